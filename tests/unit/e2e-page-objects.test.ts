// E2E specs drive the product through page objects (tests/e2e/support/pages/): a spec says what a person does and
// sees, and a selector of the product's UI lives in one page object, so a changed test id is one edit. This fails
// when a spec reaches for a test id, a report row or a checklist item itself, or when two page objects both claim
// the same test id (a control more than one page shows lives in support/pages/shared.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const E2E = join(import.meta.dirname, '../e2e');
const PAGES = join(E2E, 'support/pages');

/** The product's own selectors: test ids, report rows (data-check), checklist items (data-item). */
const PRODUCT_SELECTOR = /getByTestId\(|\[data-testid[=\]]|\[data-check[=\]]|\[data-item[=\]]/;

// Specs that may still hold inline selectors. Keep this short; every entry says why and when it goes.
export const INLINE_SELECTORS_ALLOWED: Record<string, string> = {};

const specs = readdirSync(E2E).filter((name) => name.endsWith('.spec.ts'));
const inlineLines = (name: string) =>
  readFileSync(join(E2E, name), 'utf8')
    .split('\n')
    .map((line, i) => `${name}:${i + 1}: ${line.trim()}`)
    .filter((line) => PRODUCT_SELECTOR.test(line));

/** Every test id a page object names (a template's fixed prefix, e.g. "glance-", stands for its family). */
export function testIdsIn(source: string): string[] {
  const ids = [
    ...[...source.matchAll(/getByTestId\(\s*['"`]([^'"`$]+)/g)].map((m) => m[1]!),
    ...[...source.matchAll(/data-testid="([^"$]+)/g)].map((m) => m[1]!),
  ];
  return [...new Set(ids)];
}

describe('e2e specs use page objects', () => {
  it('no spec outside the allow-list names a product selector itself', () => {
    const found = specs.filter((name) => !(name in INLINE_SELECTORS_ALLOWED)).flatMap(inlineLines);
    expect(found).toEqual([]);
  });

  it('the allow-list holds only specs that exist and still need it', () => {
    for (const name of Object.keys(INLINE_SELECTORS_ALLOWED)) {
      expect(specs, name).toContain(name);
      expect(inlineLines(name).length, `${name} has no inline selector left: remove it from the list`).toBeGreaterThan(0);
    }
  });

  it('each test id has one home among the page objects', () => {
    const homes = new Map<string, string[]>();
    for (const file of readdirSync(PAGES).filter((name) => name.endsWith('.ts'))) {
      for (const id of testIdsIn(readFileSync(join(PAGES, file), 'utf8'))) homes.set(id, [...(homes.get(id) ?? []), file]);
    }
    expect(homes.size, 'the page objects name test ids').toBeGreaterThan(20);
    expect([...homes].filter(([, files]) => files.length > 1)).toEqual([]);
  });

  it('finds what it guards against (its own patterns on known lines)', () => {
    for (const line of [`page.getByTestId('verdict')`, `page.locator('[data-testid="kit-photo"]')`, 'report.locator(`[data-check="${id}"]`)', `popup.locator('[data-item="env-light"] input')`]) {
      expect(PRODUCT_SELECTOR.test(line), line).toBe(true);
    }
    expect(PRODUCT_SELECTOR.test(`root.querySelector(selector)!.setAttribute('data-testid', 'forged')`)).toBe(false);
    expect(testIdsIn("page.getByTestId(`glance-${name}`); x.locator('[data-testid=\"kit-photo\"][data-shot]')")).toEqual(['glance-', 'kit-photo']);
  });
});
