import { describe, expect, it } from 'vitest';
import { containsTokens, indexTokens, tokenize } from '../../../src/kyc/text';

describe('containsTokens: the one phrase search (page reader and prompt matching)', () => {
  const text = tokenize('Enable Camera<br/>to continue. Enable Cameras later, camera enable');
  it.each<[string, boolean]>([
    ['Enable Camera', true],
    ['camera to CONTINUE', true],
    ['Enable Cameras', true],
    ['Cameras Enable', false],
    ['camera enable', true],
    ['enable camera enable', false],
    ['later camera enable extra', false],
    ['', false],
    ['启用', false],
  ])('%s → %s, with or without an index', (phrase, expected) => {
    const needle = tokenize(phrase);
    expect(containsTokens(text, needle)).toBe(expected);
    expect(containsTokens(text, needle, indexTokens(text))).toBe(expected);
  });

  it('a needle longer than the text, and an empty text, never match', () => {
    expect(containsTokens(tokenize('a b'), tokenize('a b c'), indexTokens(tokenize('a b')))).toBe(false);
    expect(containsTokens([], tokenize('a'))).toBe(false);
  });
});
