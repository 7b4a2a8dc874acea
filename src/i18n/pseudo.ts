// The pseudo-locale of test builds: every string accented, about 40 % longer and wrapped in ⟦ ⟧, so an
// end-to-end test can see text that bypassed the translator (no markers) and controls too tight for
// a longer language (clipped). It transforms what the translator produced, so placeholders and
// plurals are already filled in.
const ACCENTED: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ĺ', m: 'ɱ',
  n: 'ñ', o: 'ó', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ĺ', M: 'Ṁ',
  N: 'Ñ', O: 'Ó', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ú', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';
/** Written on <html lang> while the pseudo-locale is on (a private-use BCP 47 tag). */
export const PSEUDO_TAG = 'en-x-pseudo';

export function pseudoLocalize(text: string): string {
  if (!text) return text;
  const accented = [...text].map((char) => ACCENTED[char] ?? char).join('');
  // Longer the way translations are longer: extra words, which wrap, not one unbreakable run.
  const extra = Math.ceil(text.length * 0.4);
  const padding = extra > 0 ? ' ' + 'ẋẋẋẋ '.repeat(Math.ceil(extra / 5)).slice(0, extra - 1).trimEnd() : '';
  return `${PSEUDO_OPEN}${accented}${padding}${PSEUDO_CLOSE}`;
}
