// Answers to the custom requests in protocol.ts, for the client's views and pickers.

import { rangeOf } from '../core/service/positions';
import type { Span } from '../core/model';
import type { ConflictInfo, EntitiesParams, EntityDetails, EntitySummary } from '../protocol';
import type { ArticleIndexer } from './articleIndexer';
import type { Review } from '../core/annotations';

const DEFAULT_LIMIT = 500;
const MAX_MENTIONS_PER_SOURCE = 50;

function wireRange(indexer: ArticleIndexer, uri: string, span: Span) {
  return rangeOf(indexer.corpus.get(uri)?.lineStarts ?? [0], span);
}

function conflictCount(indexer: ArticleIndexer, entity: string): number {
  return indexer.corpus.rawKeys(entity).reduce((n, k) => n + indexer.corpus.conflictsOf(k).length, 0);
}

export function describeEntities(indexer: ArticleIndexer, p: EntitiesParams, noteCount: (id: string) => number = () => 0): EntitySummary[] {
  return indexer.search.search(p.query ?? '', Math.min(p.limit ?? DEFAULT_LIMIT, 5000), p.kind).map((h) => ({
    id: h.entity, name: h.name, kind: h.kind, aliases: h.aliases.filter((a) => a !== h.name),
    sourceCount: h.sourceCount, mentionCount: h.mentionCount, conflictCount: conflictCount(indexer, h.entity), noteCount: noteCount(h.entity),
  }));
}

export function describeEntity(indexer: ArticleIndexer, id: string): EntityDetails | null {
  const c = indexer.corpus;
  const sources = c.sourcesOf(id);
  if (!sources.length) return null;
  const aliases = new Set<string>();
  let mentionCount = 0;
  const out = sources.map((a) => {
    const ms = c.mentionsIn(a, id);
    mentionCount += ms.length;
    for (const m of ms) if (aliases.size < 12) aliases.add(m.text);
    return { uri: a.uri, label: a.label, mentions: ms.slice(0, MAX_MENTIONS_PER_SOURCE).map((m) => ({ range: rangeOf(a.lineStarts, m.span), text: m.text })) };
  });
  const name = c.nameOf(id, sources);
  return {
    id, name, kind: c.kindOf(id), aliases: [...aliases].filter((x) => x !== name), sourceCount: sources.length, mentionCount,
    conflictCount: conflictCount(indexer, id), sources: out,
  };
}

function excerpt(text: string | undefined, span: Span): string {
  if (!text) return '';
  const from = Math.max(0, text.lastIndexOf('\n', span.start) + 1, span.start - 160);
  let to = text.indexOf('\n', span.end);
  if (to < 0 || to - span.end > 160) to = Math.min(text.length, span.end + 160);
  return text.slice(from, to).trim();
}

export function describeConflicts(indexer: ArticleIndexer, reviews: Map<string, Review> = new Map(), readText: (uri: string) => string | undefined = () => undefined): ConflictInfo[] {
  const c = indexer.corpus;
  return c.allConflicts().map((k) => {
    const entity = c.entityOf(k.key);
    const review = reviews.get(k.id);
    return {
      id: k.id, entityId: entity, entityName: c.nameOf(entity), fact: k.fact, ...(k.event ? { event: k.event } : {}),
      ...(review ? { review: { reason: review.reason, trustedValue: review.trustedValue, id: review.annotation.id } } : {}),
      sides: k.sides.map((s) => ({ uri: s.uri, label: s.label, value: s.value, range: wireRange(indexer, s.uri, s.span), excerpt: excerpt(readText(s.uri), s.span) })),
    };
  });
}
