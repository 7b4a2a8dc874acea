import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { extensionPageUrl } from '../../../src/util/page-url';

describe('extensionPageUrl: the one builder for links to our pages', () => {
  const base = browser.runtime.getURL('/');
  it.each<[Parameters<typeof extensionPageUrl>, string]>([
    [['preflight'], 'preflight.html'],
    [['options'], 'options.html'],
    [['preflight', { returnTab: 0 }], 'preflight.html?returnTab=0'],
    [['preflight', { returnTab: undefined }], 'preflight.html'],
    [['preflight', { report: 'r 1&x=2' }], 'preflight.html?report=r+1%26x%3D2'],
    [['guide', {}, 'scenario-3'], 'guide.html#scenario-3'],
  ])('%j → %s', (args, path) => {
    expect(extensionPageUrl(...args)).toBe(`${base.replace(/\/$/, '')}/${path}`);
  });

  it('what it writes, the pages read back', () => {
    const url = new URL(extensionPageUrl('preflight', { report: 'r 1&x=2', returnTab: 12 }));
    expect(url.searchParams.get('report')).toBe('r 1&x=2');
    expect(url.searchParams.get('returnTab')).toBe('12');
  });
});
