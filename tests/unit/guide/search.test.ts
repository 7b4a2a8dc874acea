import { describe, expect, it } from 'vitest';
import { SCENARIO_SHARE } from '../../../src/figures/facts';
import { createTranslator } from '../../../src/i18n/translate';
import { FACT_PARAMS } from '../../../src/figures/facts';
import { ALL_PROSE, SCENARIOS, scenarioFromHash } from '../../../src/guide/content';
import { scenarioForCheck } from '../../../src/checks/registry';
import { guideDocs, normalise, queryTerms, searchDocs } from '../../../src/guide/search';

const docs = [
  { id: 'a', text: 'Face the LIGHT: sit facing a window.' },
  { id: 'b', text: 'Close Zoom, Teams and OBS Studio, then restart the browser.' },
  { id: 'c', text: '面向光源：面对窗户坐。' },
  { id: 'd', text: 'Café crème “quoted” text' },
];

describe('searchDocs', () => {
  it.each([
    ['', null],
    ['   ', null],
    ['light', ['a']],
    ['LIGHT window', ['a']],
    ['light zoom', []],
    ['  obs   studio ', ['b']],
    ['the', ['a', 'b']],
    ['光源', ['c']],
    ['窗户', ['c']],
    ['cafe creme', ['d']],
    ['"quoted"', ['d']],
    ['ｌｉｇｈｔ', ['a']], // full-width letters typed with a Chinese IME
    ['nothing-like-this', []],
  ])('%j → %j', (query, expected) => {
    expect(searchDocs(docs, query)).toEqual(expected);
  });

  it('normalises case, width, accents and whitespace', () => {
    expect(normalise('  Ａb\tÉ\n c ')).toBe('ab e c');
    expect(queryTerms(' a  b ')).toEqual(['a', 'b']);
  });
});

describe('the guide in each language', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    const t = createTranslator(locale, FACT_PARAMS);
    const built = guideDocs(t);

    it(`${locale}: every section has its own text (no key left untranslated)`, () => {
      expect(built.map((d) => d.id)).toEqual([
        ...SCENARIOS.map((s) => `scenario-${s.id}`),
        ...ALL_PROSE.map((p) => p.id),
      ]);
      for (const doc of built) expect(doc.text).not.toMatch(/guide\.\w/);
      // Every figure placeholder was filled from src/figures/facts.ts.
      for (const doc of built) expect(doc.text, doc.id).not.toMatch(/\{\w+\}/);
    });
  }

  it('finds scenarios by words in the reader’s language', () => {
    expect(searchDocs(guideDocs(createTranslator('en', FACT_PARAMS)), 'VPN')).toEqual(['scenario-6']);
    expect(searchDocs(guideDocs(createTranslator('zh-CN', FACT_PARAMS)), '虚拟摄像头')).toContain('scenario-9');
    expect(searchDocs(guideDocs(createTranslator('zh-CN', FACT_PARAMS)), 'VPN')).toContain('scenario-6');
    expect(searchDocs(guideDocs(createTranslator('en', FACT_PARAMS)), 'manual review')).toContain('manual-review');
  });
});

describe('scenario anchors', () => {
  it('has the ten scenarios, most frequent cause first, with unique ids', () => {
    // The guide numbers them by frequency already; equal shares (7 and 8, 9 and 10) keep that order.
    expect(SCENARIOS.map((s) => s.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const shares = SCENARIOS.map((s) => SCENARIO_SHARE[s.id]);
    expect(shares).toEqual([...shares].sort((a, b) => b - a));
  });

  it.each([
    ['#scenario-1', 1],
    ['scenario-10', 10],
    ['#scenario-11', null],
    ['#scenario-0', null],
    ['#faq', null],
    ['', null],
    ['#scenario-4x', null],
  ])('%j → %j', (hash, id) => {
    expect(scenarioFromHash(hash)).toBe(id);
  });

  it('maps checks to the scenario that explains them', () => {
    expect(scenarioForCheck('lighting')).toBe(1);
    expect(scenarioForCheck('head-pose')).toBe(2);
    expect(scenarioForCheck('camera-permission')).toBe(4);
    expect(scenarioForCheck('browser')).toBe(5);
    expect(scenarioForCheck('network')).toBe(6);
    expect(scenarioForCheck('face-count')).toBe(7);
    expect(scenarioForCheck('glare')).toBe(8);
  });
});
