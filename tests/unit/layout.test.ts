// Unit tests mirror src/: a test in tests/unit/<folder>/ tests a module under src/<folder>/, so a newcomer finds the
// tests of src/x/y.ts in tests/unit/x/. A test's "main import" is the src module named like the test (form.test.ts ->
// src/ui/options/form.ts), else the module named like the last word of a "<topic>-<module>" test name
// (settings-form.test.ts -> form), else the test's first static or dynamic import from src/.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const UNIT = import.meta.dirname;

// Cross-cutting tests that live at the top of tests/unit/ because they test the whole product, not one folder.
// Keep this list short; every entry says why.
export const CROSS_CUTTING: Record<string, string> = {
  'privacy.test.ts': 'no message or storage path sends data anywhere: spans background, messaging and storage',
  'manifest.test.ts': 'the built manifest and wxt.config.ts, not a src module',
  'provision-assets.test.ts': 'scripts/provision-assets.mjs, not a src module',
  'test-summary.test.ts': 'scripts/test-summary.mjs (the closing line of npm test), not a src module',
  'camera-clips.test.ts': 'scripts/camera-clips.mjs (the fake-camera recipe of the e2e suite and the eval), not a src module',
  'layout.test.ts': 'this file: the layout of tests/unit itself',
  'no-cycles.test.ts': 'the import graph of the whole of src/, not one module',
  'layers.test.ts': 'the folder layers of the whole of src/ against docs/architecture.md, not one module',
  'decision-map.test.ts': "docs/architecture.md's decision map against the files it names, not one module",
  'e2e-page-objects.test.ts': 'the e2e specs and their page objects (tests/e2e), not a src module',
};

/** The src module a test file mainly tests (path relative to src/, no extension), or undefined when it imports none. */
export function mainImport(testPath: string, source: string): string | undefined {
  const specifiers = [...source.matchAll(/(?:from\s+|import\s*\(\s*)'((?:\.\.\/)+src\/[^']+)'/g)].map((m) =>
    (m[1] ?? '').replace(/^(?:\.\.\/)+src\//, '').replace(/\.(ts|tsx|json)$/, ''),
  );
  const name = testPath.split('/').pop()!.replace(/\.test\.tsx?$/, '');
  const named = (wanted: string) => specifiers.find((s) => s.split('/').pop() === wanted);
  return named(name) ?? named(name.split('-').pop()!) ?? specifiers[0];
}

/** Why a test file is misplaced, or undefined when its folder mirrors the src folder of its main import. */
export function misplaced(testPath: string, source: string): string | undefined {
  const folder = testPath.split('/').slice(0, -1).join('/');
  if (folder === '') {
    return CROSS_CUTTING[testPath] ? undefined : 'top-level test not on the cross-cutting allow-list';
  }
  const main = mainImport(testPath, source);
  if (main === undefined) return 'imports nothing from src/';
  return main === folder || main.startsWith(`${folder}/`) ? undefined : `main import is src/${main}`;
}

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [relative(UNIT, path)] : [];
  });
}

describe('tests/unit mirrors src/', () => {
  it('every unit test sits in the folder of the src module it mainly imports', () => {
    const wrong = testFiles(UNIT)
      .map((file) => [file, misplaced(file, readFileSync(join(UNIT, file), 'utf8'))] as const)
      .filter(([, why]) => why !== undefined)
      .map(([file, why]) => `${file}: ${why}`);
    expect(wrong).toEqual([]);
  });

  it('the check itself can fail: catches the placements that used to be wrong', () => {
    const card = "import { placeCard } from '../../../src/content/card';\nimport en from '../../../src/i18n/x.json';";
    expect(misplaced('kyc/content.test.ts', card)).toBe('main import is src/content/card');
    expect(misplaced('content/content.test.ts', card)).toBeUndefined();
    const form = "import { D } from '../../../src/storage/settings';\nimport { parseForm } from '../../../src/ui/options/form';";
    expect(misplaced('storage/settings-form.test.ts', form)).toBe('main import is src/ui/options/form');
    expect(misplaced('ui/options/form.test.ts', form)).toBeUndefined();
    expect(misplaced('storage/settings.test.ts', form)).toBeUndefined();
    // A name match wins over the first import; a dynamic import counts; a nested folder matches its parent.
    const load = "vi.mock('../../../src/messaging/protocol');\nconst m = await import('../../../src/ui/popup/load');";
    expect(mainImport('ui/popup-load.test.ts', load)).toBe('ui/popup/load');
    expect(misplaced('ui/popup-load.test.ts', load)).toBeUndefined();
    expect(misplaced('verdict.test.ts', "import { v } from '../../src/report/verdict';")).toBe(
      'top-level test not on the cross-cutting allow-list',
    );
    expect(misplaced('report/nothing.test.ts', "import { x } from 'vitest';")).toBe('imports nothing from src/');
  });
});
