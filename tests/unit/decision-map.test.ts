// docs/architecture.md's decision map says which file decides what. It is only useful while it is true, so this
// reads it: every file it names exists, every symbol it names in backticks beside a file is defined in that file,
// and its folder list names every folder of src/.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DOC = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');

/** The decision map's rows: [question, the "decided in" cell]. */
export function mapRows(doc: string): [string, string][] {
  const start = doc.indexOf('## Decision map');
  const table = doc.slice(start, doc.indexOf('\n## ', start + 1));
  return table
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| question') && !line.startsWith('| ---'))
    .map((line) => {
      const cells = line.split(' | ');
      return [cells[0]!.slice(2), cells.slice(1).join(' | ').replace(/ \|$/, '')];
    });
}

/** Each `src/…` file a cell names, with the symbols named in backticks right after it (before the next file). */
export function claims(cell: string): { file: string; symbols: string[] }[] {
  const parts = [...cell.matchAll(/`((?:src|tests|scripts|entrypoints)\/[^`]+?)`|`([A-Za-z_$][\w$]*)`/g)];
  const found: { file: string; symbols: string[] }[] = [];
  for (const part of parts) {
    if (part[1]) found.push({ file: part[1], symbols: [] });
    else if (part[2] && found.length) found[found.length - 1]!.symbols.push(part[2]);
  }
  return found;
}

/** A symbol is defined in a file when the file declares it (export, function, const, class, type, interface). */
export function defines(source: string, symbol: string): boolean {
  const name = symbol.replace(/[$]/g, '\\$');
  return new RegExp(`(?:function|const|let|class|type|interface|enum)\\s+${name}\\b|export\\s*\\{[^}]*\\b${name}\\b`).test(source);
}

/** A path with a pattern in it (`*`, `<family>`) exists when the folder before the pattern does. */
const exists = (path: string) => existsSync(join(ROOT, path.replace(/[*<].*$/, '')));

describe('the decision map in docs/architecture.md is true', () => {
  const rows = mapRows(DOC);

  it('reads the map (positive controls: a row, a false file and a false symbol are caught)', () => {
    expect(rows.length).toBeGreaterThan(20);
    expect(claims('`src/report/verdict.ts` (`verdictOf`), tables in `src/a.ts`')).toEqual([
      { file: 'src/report/verdict.ts', symbols: ['verdictOf'] },
      { file: 'src/a.ts', symbols: [] },
    ]);
    expect(exists('src/no/such/file.ts')).toBe(false);
    expect(defines('export function verdictOf() {}', 'verdictOf')).toBe(true);
    expect(defines('export function verdictOfAll() {}', 'verdictOf')).toBe(false);
  });

  it('every row names at least one file', () => {
    expect(rows.filter(([, cell]) => claims(cell).length === 0).map(([q]) => q)).toEqual([]);
  });

  it('every file it names exists, and defines every symbol named beside it', () => {
    const wrong: string[] = [];
    for (const [question, cell] of rows) {
      for (const { file, symbols } of claims(cell)) {
        if (!exists(file)) {
          wrong.push(`${question}: ${file} does not exist`);
          continue;
        }
        if (/[*<]/.test(file) || statSync(join(ROOT, file)).isDirectory()) continue;
        const source = readFileSync(join(ROOT, file), 'utf8');
        for (const symbol of symbols) if (!defines(source, symbol)) wrong.push(`${question}: ${file} does not define ${symbol}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the folder list names every folder of src/', () => {
    const list = DOC.slice(0, DOC.indexOf('## Decision map'));
    const folders = readdirSync(join(ROOT, 'src')).filter((name) => statSync(join(ROOT, 'src', name)).isDirectory());
    expect(folders.filter((folder) => !list.includes(`src/${folder}/`))).toEqual([]);
  });
});
