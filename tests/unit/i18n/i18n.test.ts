import { describe, expect, it } from 'vitest';
import { catalogs } from '../../../src/i18n/catalog';
import { createTranslator, resolveLocale } from '../../../src/i18n/translate';
import { FACT_PARAMS } from '../../../src/figures/facts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('locale catalogs', () => {
  for (const [namespace, english] of Object.entries(catalogs.en)) {
    const chinese = catalogs['zh-CN'][namespace as keyof typeof catalogs.en] as Record<string, string>;
    it(`zh-CN has every ${namespace} key, non-empty, with the same placeholders`, () => {
      expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
      for (const [key, text] of Object.entries(english as Record<string, string>)) {
        expect(text.trim(), `en ${namespace}.${key}`).not.toBe('');
        expect(chinese[key]?.trim(), `zh-CN ${namespace}.${key}`).not.toBe('');
        expect(placeholders(chinese[key] ?? ''), `${namespace}.${key}`).toEqual(placeholders(text));
      }
    });
  }
});

describe('translator', () => {
  it('interpolates parameters and keeps unknown ones visible', () => {
    const t = createTranslator('en', FACT_PARAMS);
    expect(t('export.saved', { file: 'r.md' })).toBe('Saved r.md to your downloads.');
    expect(t({ key: 'export.saved', params: { other: 1 } })).toContain('{file}');
  });

  it('renders Chinese when asked', () => {
    expect(createTranslator('zh-CN', FACT_PARAMS)('common.preflightTitle')).toBe('预检');
  });

  it.each([
    ['auto', ['zh-TW', 'en'], 'zh-CN'],
    ['auto', ['en-GB'], 'en'],
    ['auto', ['fr-FR', 'zh'], 'zh-CN'],
    ['auto', [], 'en'],
    ['en', ['zh-CN'], 'en'],
    ['zh-CN', ['en-US'], 'zh-CN'],
  ] as const)('resolveLocale(%s, %j) → %s', (setting, languages, expected) => {
    expect(resolveLocale(setting, languages)).toBe(expected);
  });
});

