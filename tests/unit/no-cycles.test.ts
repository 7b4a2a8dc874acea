// No import circles in src/, type-only imports included: a circle means two modules share one
// decision, or a folder's rules reach back up into their caller. eslint's import-x/no-cycle guards
// runtime imports in the editor; this walks every import, `import type` too.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cyclesOf, importGraph } from './import-graph';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

describe('import graph of src/', () => {
  it('the walker finds a circle when there is one (positive control)', () => {
    const graph = new Map([['a.ts', ['b.ts']], ['b.ts', ['c.ts']], ['c.ts', ['a.ts']], ['d.ts', ['a.ts']]]);
    expect(cyclesOf(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(cyclesOf(new Map([['a.ts', ['b.ts']], ['b.ts', []]]))).toEqual([]);
  });

  it("reads real imports: the pre-flight's checks adapter imports the checks", () => {
    expect(importGraph(SRC).get('preflight/checks-adapter.ts')).toContain('checks/environment.ts');
  });

  it('has no circles', () => {
    expect(cyclesOf(importGraph(SRC))).toEqual([]);
  });
});
