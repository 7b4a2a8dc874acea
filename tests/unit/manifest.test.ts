// Least privilege at the source: the manifest wxt.config.ts generates asks for exactly these
// permissions, each one is really used by the code, and the CSP stays strict. The built manifests
// are checked the same way in tests/e2e/security.spec.ts (the unit suite runs before the build).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

const ROOT = resolve(import.meta.dirname, '..', '..');
const source = ['src', 'entrypoints']
  .flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && /\.tsx?$/.test(e.name)).map((e) => join(e.parentPath, e.name)))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

/** Each permission and the API call that needs it. */
const USES: Record<string, RegExp> = {
  alarms: /browser\.alarms\.(create|onAlarm|clear)/,
  notifications: /browser\.notifications\.create/,
  storage: /from 'wxt\/utils\/storage'|browser\.storage\./,
};

const manifestFor = (manifestVersion: 2 | 3) => {
  const build = config.manifest as (env: { manifestVersion: 2 | 3; browser: string; mode: string; command: string }) => Record<string, unknown>;
  return build({ manifestVersion, browser: manifestVersion === 3 ? 'chrome' : 'firefox', mode: 'production', command: 'build' });
};

describe.each([3, 2] as const)('manifest v%i from wxt.config.ts', (version) => {
  const manifest = manifestFor(version);
  it('asks for exactly storage, alarms and notifications, and no host permissions', () => {
    expect([...(manifest.permissions as string[])].sort()).toEqual(Object.keys(USES).sort());
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('optional_permissions');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });
  it('keeps the CSP strict: own scripts, wasm compilation, no connections elsewhere', () => {
    const csp = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'; connect-src 'self'";
    expect(manifest.content_security_policy).toEqual(version === 3 ? { extension_pages: csp } : csp);
  });
});

it.each(Object.entries(USES))('the "%s" permission is used by the code', (_permission, use) => {
  expect(source).toMatch(use);
});

it('the content script matches binance.com over HTTPS only', () => {
  const entry = readFileSync(join(ROOT, 'entrypoints', 'kyc.content', 'index.ts'), 'utf8');
  expect([...entry.matchAll(/matches:\s*\[([^\]]*)\]/g)].map((m) => m[1]!.trim())).toEqual(["'https://*.binance.com/*'"]);
});
