// Types for scripts/facetec-strings.mjs (imported by its unit test).
export const FACTS: string;
export const OUTPUT: string;
export const RULE_OF: Record<string, string>;
export const IGNORED: string[];
export interface FacetecTable {
  about: string;
  languages: string[];
  rules: Record<string, Record<string, string[]>>;
}
export function buildTable(facts: { languages: Record<string, Record<string, string>> }): FacetecTable;
export function render(table: FacetecTable): string;
