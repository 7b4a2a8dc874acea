// Proof that no language is left behind: every key in every locale, the same placeholders, every
// value parses as a message, every plural has the forms its language needs, nothing left in English.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { catalogs } from '../../../src/i18n/all';
import { LOCALES, matchLocale, PLANNED, resolveLocale, type Locale } from '../../../src/i18n/locales';
import { createTranslator, interpolate } from '../../../src/i18n/translate';
import { FACT_PARAMS } from '../../../src/figures/facts';

type Table = Record<string, Record<string, string>>;
const english = catalogs.en as unknown as Table;

interface Shape {
  args: Set<string>;
  plurals: Map<string, Set<string>>;
}

function shapeOf(text: string): Shape {
  const shape: Shape = { args: new Set(), plurals: new Map() };
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) shape.args.add(element.value);
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        shape.args.add(element.value);
        if (element.type === TYPE.plural) shape.plurals.set(element.value, new Set(Object.keys(element.options)));
        for (const option of Object.values(element.options)) walk(option.value);
      }
    }
  };
  walk(parse(text, { ignoreTag: true }));
  return shape;
}

/** Brand and product names, units and symbols: a value made only of these may equal the English. */
const SAME_AS_ENGLISH_OK = /^(?:\{[^}]*\}|KYC Preflight|Binance|FaceTec|Chrome|Chromium|Edge|Firefox|Safari|Brave|Opera|WebGL|MediaPipe|fps|cm|lux|Mbps|MB|KB|ms|px|min|h|s|%|×|[\s\d.,:;·–—\-/()+!?…•→])*$/u;

/** Quotes of what a screen shows in English (Binance shows these prompts untranslated): may stay as they are. */
const QUOTED_ENGLISH = new Set(['guide.s7.prompts', 'guide.s10.prompts']);

const present = LOCALES.filter((locale) => locale !== 'en');

describe('every language', () => {
  it('has strings for every language that ships, and none half-written', () => {
    expect(Object.keys(catalogs).sort()).toEqual([...LOCALES].sort());
    expect(LOCALES.length + PLANNED.length, 'the fifteen languages of this round').toBe(15);
  });

  for (const locale of present) {
    const table = catalogs[locale] as unknown as Table | undefined;
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    describe(locale, () => {
      for (const [namespace, source] of Object.entries(english)) {
        it(`${namespace}: every key, the same placeholders, every plural form, nothing left in English`, () => {
          expect(table, `${locale} is missing`).toBeDefined();
          const own = table?.[namespace] ?? {};
          expect(Object.keys(own).sort(), `${locale} ${namespace} keys`).toEqual(Object.keys(source).sort());
          const problems: string[] = [];
          for (const [key, text] of Object.entries(source)) {
            const value = own[key] ?? '';
            const where = `${locale} ${namespace}.${key}`;
            if (!value.trim()) {
              problems.push(`${where}: empty`);
              continue;
            }
            let theirs: Shape;
            try {
              theirs = shapeOf(value);
            } catch (error) {
              problems.push(`${where}: does not parse (${String(error)})`);
              continue;
            }
            const ours = shapeOf(text);
            if ([...theirs.args].sort().join() !== [...ours.args].sort().join()) problems.push(`${where}: placeholders ${[...theirs.args]} ≠ English ${[...ours.args]}`);
            for (const argument of ours.plurals.keys()) {
              const forms = theirs.plurals.get(argument);
              if (categories.length > 1 && !forms) problems.push(`${where}: {${argument}} needs plural forms ${categories.join('/')}`);
              for (const category of forms ? categories : []) if (!forms?.has(category)) problems.push(`${where}: {${argument}} lacks the "${category}" form`);
            }
            for (const [argument, forms] of theirs.plurals) if (!forms.has('other')) problems.push(`${where}: {${argument}} lacks "other"`);
            if (value === text && !SAME_AS_ENGLISH_OK.test(text) && !QUOTED_ENGLISH.has(`${namespace}.${key}`)) problems.push(`${where}: still English`);
          }
          expect(problems).toEqual([]);
        });
      }
    });
  }

  it('the manifest\'s name and description exist in every language (public/_locales), the description within the stores\' 132 characters', () => {
    for (const locale of LOCALES) {
      const file = resolve(import.meta.dirname, `../../../public/_locales/${locale.replace('-', '_')}/messages.json`);
      expect(existsSync(file), file).toBe(true);
      const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
      expect(messages.extName?.message.trim(), locale).toBeTruthy();
      expect(messages.extDescription?.message.length, locale).toBeLessThanOrEqual(132);
      if (locale !== 'en') expect(messages.extDescription?.message, locale).not.toBe(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8')).extDescription.message);
    }
  });

  it('English itself parses and has both forms of each plural', () => {
    for (const [namespace, source] of Object.entries(english)) {
      for (const [key, text] of Object.entries(source)) {
        for (const [argument, forms] of shapeOf(text).plurals) expect([...forms].sort(), `${namespace}.${key} {${argument}}`).toEqual(['one', 'other']);
      }
    }
  });

  it('a plural renders every number in every language without a placeholder left over', () => {
    for (const locale of LOCALES) {
      const t = createTranslator(locale, FACT_PARAMS);
      for (const n of [0, 1, 2, 3, 5, 11, 21, 100]) {
        const text = t('kyc.attemptsLeft', { left: n, limit: n });
        expect(text, `${locale} ${n}`).not.toMatch(/[{}]/);
        expect(text, `${locale} ${n}`).toContain(new Intl.NumberFormat(locale, { useGrouping: false }).format(n));
      }
    }
  });
});

describe('translator', () => {
  it('interpolates parameters and keeps unknown ones visible', () => {
    const t = createTranslator('en', FACT_PARAMS);
    expect(t('export.saved', { file: 'r.md' })).toBe('Saved r.md to your downloads.');
    expect(t({ key: 'export.saved', params: { other: 1 } })).toContain('{file}');
  });

  it('picks the English plural form by the number', () => {
    const t = createTranslator('en', FACT_PARAMS);
    expect(t('kyc.attemptsLeft', { left: 0, limit: 1 })).toBe('0 of 1 attempt left today.');
    expect(t('kyc.attemptsLeft', { left: 4, limit: 5 })).toBe('4 of 5 attempts left today.');
    expect(t('report.passed', { n: 1 })).toBe('1 check passed');
    expect(t('report.passed', { n: 21 })).toBe('21 checks passed');
  });

  it('an unknown number in a plural reads "?", never NaN or "не число"', () => {
    expect(interpolate('{fps, plural, one {# кадр} few {# кадра} many {# кадров} other {# кадра}}', { fps: '?' }, {}, 'ru')).toBe('? кадра');
    for (const locale of LOCALES) {
      const text = createTranslator(locale, FACT_PARAMS)('checks.camera.lowFps', { label: 'Cam', fps: '?' });
      expect(text, locale).not.toMatch(/NaN|не число|не є числом/u);
      expect(text, locale).toContain('?');
    }
  });

  it('writes numbers as the locale writes them, with no grouping', () => {
    expect(interpolate('{x} / {y}', { x: 1.5, y: 2026 }, {}, 'de')).toBe('1,5 / 2026');
    expect(interpolate('{x}', { x: 1.5 }, {}, 'en')).toBe('1.5');
  });

  it('renders Chinese when asked', () => {
    expect(createTranslator('zh-CN', FACT_PARAMS)('common.preflightTitle')).toBe('预检');
  });
});

describe('the browser decides, the person overrides', () => {
  it.each([
    ['zh-TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh-Hant-CN', 'zh-TW'],
    ['zh-MO', 'zh-TW'],
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-Hans-HK', 'zh-CN'],
    ['pt', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['pt-BR', 'pt-BR'],
    ['es-419', 'es'],
    ['es-MX', 'es'],
    ['es', 'es'],
    ['en-GB', 'en'],
    ['ar-SA', 'ar'],
    ['ar', 'ar'],
    ['de-AT', 'de'],
    ['fr-CA', 'fr'],
    ['id-ID', 'id'],
    ['in', 'id'],
    ['ja-JP', 'ja'],
    ['ko-KR', 'ko'],
    ['ru-RU', 'ru'],
    ['tr-TR', 'tr'],
    ['uk-UA', 'uk'],
    ['vi-VN', 'vi'],
    ['ru_RU', 'ru'],
    ['nl-NL', undefined],
    ['', undefined],
  ] as const)('%s reads %s (where that language ships)', (tag, expected) => {
    const ships = (code: string | undefined) => (code === undefined || (LOCALES as readonly string[]).includes(code) ? code : undefined);
    const fallback = expected === 'zh-TW' ? 'zh-CN' : undefined;
    expect(matchLocale(tag)).toBe(ships(expected) ?? fallback);
  });

  it.each([
    ['auto', 'ru', ['en-US'], 'ru'],
    ['auto', 'nl', ['nl', 'de-DE', 'en'], 'de'],
    ['auto', undefined, ['fr-FR', 'zh'], 'fr'],
    ['auto', undefined, ['nl', 'pl'], 'en'],
    ['auto', undefined, [], 'en'],
    ['en', 'zh-CN', ['zh-CN'], 'en'],
    ['tr', 'en-US', ['en-US'], 'tr'],
    ['auto', 'ja', ['ja', 'en-US'], 'ja'],
  ] as const)('setting %s, UI %s, preferred %j → %s', (setting, ui, languages, expected) => {
    expect(resolveLocale(setting as 'auto' | Locale, ui, languages)).toBe(expected);
  });
});
