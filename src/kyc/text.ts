// Text normalisation shared by page detection and prompt matching. Prompts are compared as token
// sequences, not raw strings, so that case, spacing, punctuation, CSS upper-casing and <br> line
// breaks (FaceTec's strings split headers with <br/>) never decide a match, while word boundaries
// still do: "Enable Camera" must not match "Enable Cameras".

const BR_TAG = /<br\s*\/?>/gi;
// Apostrophes vanish inside words ("Let's" → "lets", "Didn’t" → "didnt") so curly and straight
// quotes compare equal.
const APOSTROPHES = /['’‘`´]/g;
// A Han character is a token of its own (Chinese has no spaces, and a <br> may fall between any two
// characters); any other run of letters, digits or combining marks is one token. Everything else
// (spaces, punctuation, full-width punctuation, ellipses, "&", "/") separates tokens.
// CSS upper-casing is not reversible by toLowerCase alone: "ß" becomes "SS", Greek loses its
// accents, Turkish "i" becomes "İ" (whose lower case carries a combining dot). So accents on Latin
// and Greek letters are dropped on both sides of a comparison, and "ß" reads as "ss".
const LATIN_GREEK_MARKS = /(?<=[\p{Script=Latin}\p{Script=Greek}])\p{M}+/gu;
const TOKEN = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{N}\p{M}])+/gu;

export function tokenize(text: string): string[] {
  const cleaned = text
    .normalize('NFKC')
    .replace(BR_TAG, ' ')
    .replace(APOSTROPHES, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(LATIN_GREEK_MARKS, '')
    .normalize('NFC');
  return cleaned.match(TOKEN) ?? [];
}

/** Token → the positions where it occurs, so a phrase is tried only where its first word is. */
export type TokenIndex = ReadonlyMap<string, readonly number[]>;

export function indexTokens(tokens: readonly string[]): TokenIndex {
  const index = new Map<string, number[]>();
  tokens.forEach((token, position) => {
    const positions = index.get(token);
    if (positions) positions.push(position);
    else index.set(token, [position]);
  });
  return index;
}

/**
 * True when `needle` occurs as a contiguous run in `haystack` (both already tokenised). The one
 * phrase search: pass `index` (from indexTokens(haystack)) when searching one text for many phrases.
 */
export function containsTokens(haystack: readonly string[], needle: readonly string[], index?: TokenIndex): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  const at = (start: number) => needle.every((token, i) => haystack[start + i] === token);
  if (index) return (index.get(needle[0]!) ?? []).some(at);
  for (let start = 0; start <= haystack.length - needle.length; start++) if (at(start)) return true;
  return false;
}

/** Both texts say the same words, ignoring case, spacing and punctuation. */
export function sameWords(a: string, b: string): boolean {
  const left = tokenize(a);
  const right = tokenize(b);
  return left.length > 0 && left.length === right.length && left.every((token, i) => token === right[i]);
}
