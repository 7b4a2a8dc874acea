// FaceTec's own strings in its other languages are data generated from the facts file
// (scripts/facetec-strings.mjs): the committed table must be exactly what the file gives, and each
// string must be recognised as the rule it was mapped to, under the table's usual rules (words,
// <br>, case).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACTS, IGNORED, OUTPUT, RULE_OF, buildTable, render } from '../../../scripts/facetec-strings.mjs';
import generated from '../../../src/kyc/facetec-strings.generated.json';
import { matchPrompts } from '../../../src/kyc/match';
import { PROMPT_RULES } from '../../../src/kyc/prompts';

const facts = JSON.parse(readFileSync(FACTS, 'utf8')) as { languages: Record<string, Record<string, string>> };
const ids = (text: string) => matchPrompts(text).map((rule) => rule.id);

describe('the generated table', () => {
  it('is exactly what the facts file gives (run `node scripts/facetec-strings.mjs` after changing either)', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(render(buildTable(facts)));
  });

  it('covers every language of the facts file (11) and maps only to rules of the prompt table', () => {
    expect(generated.languages).toEqual(Object.keys(facts.languages).sort());
    expect(generated.languages).toHaveLength(11);
    const known = new Set(PROMPT_RULES.map((rule) => rule.id));
    for (const rule of Object.values(RULE_OF as Record<string, string>)) expect(known.has(rule), rule).toBe(true);
  });

  it('fails loudly on a string id nobody decided about', () => {
    expect(() => buildTable({ languages: { en: { FaceTec_new_prompt: 'Something New' } } })).toThrow(/FaceTec_new_prompt/);
  });
});

describe('each mapped FaceTec string is recognised as its rule, in every language', () => {
  for (const [language, strings] of Object.entries(facts.languages)) {
    it(language, () => {
      for (const [key, text] of Object.entries(strings)) {
        const rule = (RULE_OF as Record<string, string>)[key];
        if (!rule) continue;
        expect(ids(text), `${language} ${key}: ${text}`).toContain(rule);
        // The SDK's <br/> may reach the page as a tag, a line break or nothing visible; CSS may upper-case it.
        expect(ids(text.replace(/<br\s*\/?>/gi, '\n').toUpperCase()), `${language} ${key} upper-cased`).toContain(rule);
      }
    });
  }
});

describe('strings left out stay out', () => {
  it('get-ready, upload, success and buttons raise no failure in any language', () => {
    for (const [language, strings] of Object.entries(facts.languages)) {
      for (const key of IGNORED as string[]) {
        const text = strings[key];
        if (!text) continue;
        const counting = matchPrompts(text).filter((rule) => rule.counts !== null);
        expect(counting.map((rule) => rule.id), `${language} ${key}: ${text}`).toEqual([]);
      }
    }
  });

  it('CSS upper-casing as browsers render it: Greek without accents, German ß as SS', () => {
    expect(ids('ΑΣ ΤΟ ΔΟΚΙΜΑΣΟΥΜΕ ΞΑΝΑ')).toContain('retry-screen');
    expect(ids('LEUCHTEN SIE IHR GESICHT GLEICHMÄSSIGER AUS')).toContain('uneven-light');
  });

  it('word boundaries still decide: a longer word is not the phrase', () => {
    // FaceTec's Russian "Включить камеру" (enable camera), with one more letter.
    expect(ids('Включить камеруу')).not.toContain('enable-camera');
    expect(ids('Включить камеру')).toContain('enable-camera');
  });
});
