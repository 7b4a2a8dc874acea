// Guide search: pure, over the texts in the reader's language. Every word typed must appear
// somewhere in a section (AND), case-, width- and accent-insensitively; Chinese has no spaces, so
// a Chinese query is matched as a substring, which is what people expect there.
import type { Translate } from '../i18n/translate';
import { ALL_PROSE, SCENARIOS, scenarioAnchor } from './content';

export interface SearchDoc {
  /** The section's anchor id on the page. */
  id: string;
  text: string;
}

export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[“”"'‘’«»「」『』]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function queryTerms(query: string): string[] {
  return normalise(query).split(' ').filter(Boolean);
}

/** Ids of the documents that contain every term; null when the query is empty (show all). */
export function searchDocs(docs: readonly SearchDoc[], query: string): string[] | null {
  const terms = queryTerms(query);
  if (terms.length === 0) return null;
  return docs.filter((doc) => {
    const haystack = normalise(doc.text);
    return terms.every((term) => haystack.includes(term));
  }).map((doc) => doc.id);
}

/** The guide's sections as searchable text, built from the current locale's strings. */
export function guideDocs(t: Translate): SearchDoc[] {
  const scenarios = SCENARIOS.map((s) => ({
    id: scenarioAnchor(s.id),
    text: [s.title, s.what, s.prompts, ...s.symptoms, ...s.fixes].map((key) => t(key)).join(' '),
  }));
  const prose = ALL_PROSE.map((p) => ({
    id: p.id,
    text: [p.title, ...p.paragraphs, ...(p.faq ?? []).flatMap((f) => [f.q, f.a]), ...(p.link ? [p.link.label] : [])].map((key) => t(key)).join(' '),
  }));
  return [...scenarios, ...prose];
}
