// The folders of src/ are layers: a folder imports only from folders below it, never up, so no two folders can
// loop (a file-level cycle guard cannot see a loop spread over several files). The order is written once, in
// docs/architecture.md ("Layers"), and read from there: the doc and the rule cannot drift apart.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importGraph } from './import-graph';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));
const DOC = fileURLToPath(new URL('../../docs/architecture.md', import.meta.url));

/** The layer order from docs/architecture.md: the line of folder names joined by " < ", bottom first. */
export function layerOrder(doc: string): string[] {
  const line = doc.split('\n').find((l) => /^[a-z0-9-]+(?: < [a-z0-9-]+){5,}$/.test(l));
  if (!line) throw new Error('docs/architecture.md has no layer line ("figures < util < …")');
  return line.trim().split(' < ');
}

const folderOf = (file: string) => (file.includes('/') ? file.split('/')[0]! : '(top)');

/** Every import from a folder to one at or above its own layer: "from → to (file => target)". */
export function upwardImports(graph: Map<string, string[]>, order: readonly string[]): string[] {
  const rank = (folder: string) => order.indexOf(folder);
  const wrong: string[] = [];
  for (const [file, targets] of graph) {
    const from = folderOf(file);
    for (const target of targets) {
      const to = folderOf(target);
      if (to !== from && !(rank(to) >= 0 && rank(to) < rank(from))) wrong.push(`${from} → ${to} (${file} => ${target})`);
    }
  }
  return wrong;
}

describe('src/ folders are layers (docs/architecture.md)', () => {
  const order = layerOrder(readFileSync(DOC, 'utf8'));
  const graph = importGraph(SRC);

  it('the rule finds an arrow back up, and an import between two folders of one rank (positive controls)', () => {
    const toy = new Map([
      ['low/a.ts', []],
      ['high/b.ts', ['low/a.ts']],
      ['low/c.ts', ['high/b.ts']],
    ]);
    expect(upwardImports(toy, ['low', 'high'])).toEqual(['low → high (low/c.ts => high/b.ts)']);
    expect(upwardImports(new Map([['x/a.ts', ['y/b.ts']]]), ['x'])).toEqual(['x → y (x/a.ts => y/b.ts)']);
  });

  it('reads real imports: the pre-flight imports the checks, the report imports the checks', () => {
    const froms = new Set([...graph].flatMap(([file, targets]) => targets.map((t) => `${folderOf(file)}>${folderOf(t)}`)));
    expect(froms).toContain('preflight>checks');
    expect(froms).toContain('report>checks');
  });

  it('names every folder of src/ once, and nothing else', () => {
    const folders = [...new Set([...graph.keys()].map(folderOf))].sort();
    expect([...order].sort()).toEqual(folders);
    expect(new Set(order).size).toBe(order.length);
  });

  it('has no import from a folder to one at or above its layer', () => {
    expect(upwardImports(graph, order)).toEqual([]);
  });
});
