import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchedPhrases, matchPrompts } from '../../../src/kyc/match';
import { PROMPT_RULES } from '../../../src/kyc/prompts';

interface FixturePrompt { en: string; zh?: string; counts?: 'failed' | 'lockout' | null; scenario?: number[] }
const fixture = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../../shared/fixtures/facetec-prompts.json'), 'utf8'),
) as { prompts: FixturePrompt[]; guide_prompts: { list: FixturePrompt[] } };

/** The other phrases a table entry requires on the same screen as `text`, joined as one screen. */
function companions(text: string): string | undefined {
  for (const rule of PROMPT_RULES) {
    for (const alternative of [...rule.en, ...rule.zh]) {
      if (typeof alternative !== 'string' && alternative.includes(text)) return alternative.join('\n');
    }
  }
  return undefined;
}

/**
 * Where the table deliberately differs from the facts file's "counts": FaceTec's camera-feed-issue
 * screen is shown before any face scan is taken, so it is not an attempt (src/kyc/facetec-sdk.ts).
 */
const DECIDED: Record<string, null> = { 'Issue Securing Camera Feed': null };

const ids = (text: string) => matchPrompts(text).map((rule) => rule.id);
const first = (text: string) => matchPrompts(text)[0];

describe('every FaceTec prompt from the facts file is recognised, in both languages', () => {
  for (const prompt of fixture.prompts) {
    for (const language of ['en', 'zh'] as const) {
      const text = prompt[language]!;
      it(`${language}: ${text}`, () => {
        // A generic phrase ("再试一次") only counts beside the rest of its screen: test it in that company.
        const screen = matchPrompts(text).length > 0 ? text : (companions(text) ?? text);
        const matched = matchPrompts(screen);
        expect(matched.length, screen).toBeGreaterThan(0);
        const rule = matched[0]!;
        const counts = prompt.en in DECIDED ? DECIDED[prompt.en] : (prompt.counts ?? null);
        expect(rule.counts ?? null).toBe(counts);
        for (const scenario of prompt.scenario ?? []) expect(rule.scenarios).toContain(scenario);
      });
    }
  }
});

describe('every prompt the guide quotes is recognised, in English and in our Chinese', () => {
  for (const prompt of fixture.guide_prompts.list) {
    it(prompt.en, () => {
      const rule = first(prompt.en);
      expect(rule, prompt.en).toBeDefined();
      expect(rule!.counts ?? null).toBe(prompt.counts ?? null);
      expect(rule!.scenarios).toEqual(expect.arrayContaining(prompt.scenario ?? []));
      // The same rule's Chinese line matches on its own and means the same.
      const zh = rule!.zh.map((alt) => (typeof alt === 'string' ? alt : alt.join(' ')));
      for (const line of zh) expect(first(line)?.id).toBe(rule!.id);
    });
  }
});

describe('the table itself', () => {
  it('has unique ids and at least one scenario per rule, every rule in both languages', () => {
    expect(new Set(PROMPT_RULES.map((rule) => rule.id)).size).toBe(PROMPT_RULES.length);
    for (const rule of PROMPT_RULES) {
      expect(rule.scenarios.length, rule.id).toBeGreaterThan(0);
      for (const scenario of rule.scenarios) expect(scenario).toBeGreaterThanOrEqual(1);
      for (const scenario of rule.scenarios) expect(scenario).toBeLessThanOrEqual(10);
      expect(rule.en.length, rule.id).toBeGreaterThan(0);
      expect(rule.zh.length, rule.id).toBeGreaterThan(0);
    }
  });

  it('each English and Chinese line matches its own rule', () => {
    for (const rule of PROMPT_RULES) {
      for (const alternative of [...rule.en, ...rule.zh]) {
        const text = typeof alternative === 'string' ? alternative : alternative.join('\n');
        expect(ids(text), `${rule.id}: ${text}`).toContain(rule.id);
      }
    }
  });
});

describe('how text is compared', () => {
  it.each([
    ['upper-cased by CSS', "LET'S TRY THAT AGAIN", 'retry-screen'],
    ['curly apostrophe', 'Let’s try that again', 'retry-screen'],
    ['<br/> between words', "Let's Try<br/>That Again", 'retry-screen'],
    ['<BR> with newline and indentation', 'Critical Error<BR>\n     Session Ended', 'session-ended'],
    ['extra spaces and tabs', '  Face   Didn\'t\tMatch  Highly Enough ', 'match-failed'],
    ['innerText line break', 'Issue Securing\nCamera Feed', 'camera-feed-issue'],
    ['<br> inside Chinese', '我们需要更清晰的<br/>视频自拍', 'retry-screen'],
    ['full-width punctuation', '过于模糊, 请清理摄像头', 'too-blurry'],
    ['Chinese without punctuation', '出现问题 确保摄像头馈送信号', 'camera-feed-issue'],
    ['ellipsis spelled as one character', 'Still Uploading… Slow Connection', 'slow-upload'],
    ['inside a longer sentence', 'Network error. Please check your connection and retry.', 'network-error'],
    ['lockout worded around the same facts', 'Too many attempts. Please try again after 24 hours.', 'lockout'],
    ['Chinese lockout', '尝试次数过多，请在24小时后再试', 'lockout'],
    ['retry screen in Chinese by its header and hint', '再试一次<br/>请使用理想的姿势和光线', 'retry-screen'],
  ])('%s', (_label, text, expected) => {
    expect(ids(text)).toContain(expected);
  });

  it('puts the lockout first, then failures, then guidance', () => {
    const screen = "Let's Try That Again\nPlease Use Ideal Pose & Lighting\nToo many attempts, please try again in 24 hours";
    expect(ids(screen)).toEqual(['lockout', 'retry-screen', 'ideal-pose-lighting']);
  });
});

describe('near-misses that must not match', () => {
  it.each([
    ['word glued on', 'Enable Cameras'],
    ['a different word', 'Face not clearly visible? Read our guide'],
    ['partial phrase', 'Try That Again'],
    ['retry button label alone (Chinese)', '再试一次'],
    ['retry button label alone (English)', 'Try again'],
    ['too many, but no lockout', 'Too many requests'],
    ['lockout without its duration', 'Too many attempts'],
    ['network word alone', 'Select network'],
    ['a glasses product, not the prompt', 'Remove Dark Glasses Case'.replace('Dark ', 'Dark-Coloured ')],
    ['the words out of order', 'Again That Try Lets'],
    ['words split across unrelated text', 'Face matched. Highly Enough'],
    ['an empty page', ''],
    ['markets page text', 'BTC/USDT 97,000.12 +2.1% Spot Futures Markets Overview'],
    ['Chinese characters out of order', '频视拍自'],
  ])('%s', (_label, text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('matchedPhrases', () => {
  it('names the phrases that made the rule match, for locating them on the page', () => {
    const rule = PROMPT_RULES.find((r) => r.id === 'retry-screen')!;
    expect(matchedPhrases(rule, '再试一次 请使用理想的姿势和光线')).toEqual(['再试一次', '请使用理想的姿势和光线']);
    expect(matchedPhrases(rule, 'nothing here')).toEqual([]);
  });
});
