// Pure prompt matching: which rules of the table are on screen, given the screen's visible text.
import generated from './facetec-strings.generated.json';
import { PROMPT_RULES, type PromptAlternative, type PromptRule } from './prompts';
import { containsTokens, indexTokens, tokenize } from './text';

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
      alternatives.some((phrases) => phrases.every((phrase) => containsTokens(tokens, phrase, index))),
    )
    .map(({ rule }) => rule);
}

/** The phrases (as written in the table) that make `rule` match `text`, for locating them on the page. */
export function matchedPhrases(rule: PromptRule, text: string): string[] {
  const tokens = tokenize(text);
  const index = indexTokens(tokens);
  for (const alternative of alternativesOf(rule)) {
    const phrases = typeof alternative === 'string' ? [alternative] : [...alternative];
    if (phrases.every((phrase) => containsTokens(tokens, tokenize(phrase), index))) return phrases;
  }
  return [];
}
