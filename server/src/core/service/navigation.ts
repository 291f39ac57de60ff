// Go to definition, references and highlights: every mention of the same entity.

import type { Corpus } from '../corpus';
import type { Span } from '../model';

export interface Target {
  uri: string;
  span: Span;
}

const MAX_REFERENCES = 5000;
const MAX_DEFINITIONS = 500;

/** The entity's first mention in every other source (a peek list when there are several). */
export function definitionAt(corpus: Corpus, uri: string, offset: number): Target[] {
  const m = corpus.mentionAt(uri, offset);
  if (!m) return [];
  const out: Target[] = [];
  const keys = corpus.rawKeys(m.entity);
  for (const a of corpus.sourcesOf(m.entity)) {
    if (a.uri === uri) continue;
    const { first } = a.countKeys(corpus.keysIn(a, keys));
    if (first >= 0) out.push({ uri: a.uri, span: a.spanOf(first) });
    if (out.length >= MAX_DEFINITIONS) break;
  }
  if (!out.length) {
    // Only this source: its first mention, if we are not on it already.
    const here = corpus.get(uri);
    const first = here && corpus.firstIn(here, m.entity);
    if (first && first.index !== m.index) out.push({ uri, span: first.span });
  }
  return out;
}

export function referencesAt(corpus: Corpus, uri: string, offset: number, includeDeclaration = true): Target[] {
  const m = corpus.mentionAt(uri, offset);
  if (!m) return [];
  const out: Target[] = [];
  const keys = corpus.rawKeys(m.entity);
  for (const a of corpus.sourcesOf(m.entity)) {
    for (const x of corpus.occurrencesIn(a, m.entity, keys)) {
      if (!includeDeclaration && a.uri === uri && x.index === m.index) continue;
      out.push({ uri: a.uri, span: x.span });
      if (out.length >= MAX_REFERENCES) return out;
    }
  }
  return out;
}

export function highlightsAt(corpus: Corpus, uri: string, offset: number): Span[] {
  const m = corpus.mentionAt(uri, offset);
  const a = corpus.get(uri);
  if (!m || !a) return [];
  return corpus.occurrencesIn(a, m.entity).map((x) => x.span);
}
