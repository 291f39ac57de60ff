// Inlay hints that resolve relative dates ("on Tuesday" → 2025-11-04) and the headline
// lens ("3 sources · 1 conflict").

import type { Corpus } from '../corpus';
import type { Span } from '../model';

export interface DateHint {
  offset: number;
  label: string;
  tooltip: string;
}

export function relativeDateHints(corpus: Corpus, uri: string, range: Span): DateHint[] {
  const a = corpus.get(uri);
  if (!a) return [];
  const out: DateHint[] = [];
  for (const m of a.mentions) {
    if (m.span.start > range.end) break;
    if (m.kind !== 'date' || !m.date?.relative || m.span.end < range.start) continue;
    const label = m.date.precision === 'week' ? `week of ${m.date.value}` : m.date.value;
    out.push({ offset: m.span.end, label: ` → ${label}`, tooltip: `"${m.text}" counted from the article's date, ${a.meta.published?.day ?? a.meta.updated?.day}` });
  }
  return out;
}

export interface HeadlineLens {
  span: Span;
  title: string;
}

export function headlineLens(corpus: Corpus, uri: string): HeadlineLens | undefined {
  const a = corpus.get(uri);
  if (!a) return undefined;
  const span = a.meta.headline?.span.end ? a.meta.headline.span : a.blocks.find((b) => b.kind === 'body')?.span;
  if (!span) return undefined;
  const others = new Set<string>();
  for (const m of corpus.mentionsOf(uri)) {
    if (m.kind === 'date' || m.kind === 'place') continue;
    for (const s of corpus.sourcesOf(m.entity)) if (s.uri !== uri) others.add(s.uri);
    if (others.size > 999) break;
  }
  const conflicts = corpus.conflictsIn(uri).length;
  const sources = others.size + 1;
  return { span: { start: span.start, end: span.start }, title: `${sources} source${sources === 1 ? '' : 's'} · ${conflicts} conflict${conflicts === 1 ? '' : 's'}` };
}
