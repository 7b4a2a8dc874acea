// Pure prompt matching: which rules of the table are on screen, given the screen's visible text.
import generated from './facetec-strings.generated.json';
import { PROMPT_RULES, type PromptAlternative, type PromptRule } from './prompts';
import { tokenize } from './text';

const FACETEC_STRINGS = generated.rules as Record<string, Record<string, string[]> | undefined>;

/** Every way a rule may be written: its English and Chinese lines, then FaceTec's own strings in all its languages. */
export function alternativesOf(rule: PromptRule): readonly PromptAlternative[] {
  const facetec = Object.values(FACETEC_STRINGS[rule.id] ?? {}).flat();
  return [...rule.en, ...rule.zh, ...facetec];
}

interface CompiledRule {
  rule: PromptRule;
  /** Alternatives (either language); each is a list of token phrases that must all be present. */
  alternatives: string[][][];
}

function compileAlternative(alternative: PromptAlternative): string[][] {
  const phrases = typeof alternative === 'string' ? [alternative] : alternative;
  return phrases.map(tokenize);
}

export function compileRules(rules: readonly PromptRule[] = PROMPT_RULES): CompiledRule[] {
  return rules.map((rule) => ({
    rule,
    alternatives: alternativesOf(rule).map(compileAlternative),
  }));
}

/** Token → positions, so each phrase is checked only where its first word occurs. */
function indexTokens(tokens: readonly string[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  tokens.forEach((token, position) => {
    const positions = index.get(token);
    if (positions) positions.push(position);
    else index.set(token, [position]);
  });
  return index;
}

function hasPhrase(tokens: readonly string[], index: Map<string, number[]>, phrase: readonly string[]): boolean {
  const starts = phrase.length > 0 ? index.get(phrase[0]!) : undefined;
  if (!starts) return false;
  return starts.some((start) => phrase.every((token, i) => tokens[start + i] === token));
}

const DEFAULT_RULES = compileRules();

/**
 * The rules whose prompt is in `text` (visible page text; line breaks and <br> count as spaces),
 * in table order. Case, whitespace and punctuation are ignored; word boundaries are not.
 */
export function matchPrompts(text: string, compiled: readonly CompiledRule[] = DEFAULT_RULES): PromptRule[] {
  const tokens = tokenize(text);
  if (tokens.length === 0) return [];
  const index = indexTokens(tokens);
  return compiled
    .filter(({ alternatives }) =>
      alternatives.some((phrases) => phrases.every((phrase) => hasPhrase(tokens, index, phrase))),
    )
    .map(({ rule }) => rule);
}

/** The phrases (as written in the table) that make `rule` match `text`, for locating them on the page. */
export function matchedPhrases(rule: PromptRule, text: string): string[] {
  const tokens = tokenize(text);
  const index = indexTokens(tokens);
  for (const alternative of alternativesOf(rule)) {
    const phrases = typeof alternative === 'string' ? [alternative] : [...alternative];
    if (phrases.every((phrase) => hasPhrase(tokens, index, tokenize(phrase)))) return phrases;
  }
  return [];
}
