// Document symbols (the article's entities grouped by kind) and fuzzy entity search over
// names and aliases, for workspace symbols and the Find Entity picker.

import Fuse from 'fuse.js';
import type { Corpus } from '../corpus';
import type { EntityKind, Span } from '../model';

export interface SymbolNode {
  name: string;
  detail: string;
  kind: EntityKind | 'group';
  span: Span;
  selection: Span;
  children: SymbolNode[];
}

export interface EntityHit {
  entity: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  /** One mention to jump to. */
  uri: string;
  span: Span;
  sourceCount: number;
  mentionCount: number;
}

const GROUPS: [EntityKind, string][] = [
  ['person', 'People'], ['organization', 'Organisations'], ['meeting', 'Meetings and events'],
  ['place', 'Places'], ['date', 'Dates'], ['term', 'Terms'],
];

export function documentSymbols(corpus: Corpus, uri: string): SymbolNode[] {
  const byEntity = new Map<string, { kind: EntityKind; spans: Span[]; name: string }>();
  for (const m of corpus.mentionsOf(uri)) {
    const e = byEntity.get(m.entity) ?? { kind: corpus.kindOf(m.entity), spans: [], name: '' };
    e.spans.push(m.span);
    if (m.form === 'full' && m.text.length > e.name.length) e.name = m.text;
    if (!e.name) e.name = m.text;
    byEntity.set(m.entity, e);
  }
  const out: SymbolNode[] = [];
  for (const [kind, label] of GROUPS) {
    const children = [...byEntity.values()].filter((e) => e.kind === kind).map((e) => ({
      name: e.name, detail: `${e.spans.length} mention${e.spans.length === 1 ? '' : 's'}`, kind, span: e.spans[0], selection: e.spans[0], children: [],
    }));
    if (!children.length) continue;
    const span = { start: Math.min(...children.map((c) => c.span.start)), end: Math.max(...children.map((c) => c.span.end)) };
    out.push({ name: label, detail: `${children.length}`, kind: 'group', span, selection: children[0].span, children });
  }
  return out;
}

/** Entity search index; rebuilt lazily after the corpus changes. */
export class EntitySearch {
  private fuse: Fuse<EntityHit> | undefined;
  private hits: EntityHit[] = [];

  constructor(private readonly corpus: Corpus) {}

  invalidate(): void {
    this.fuse = undefined;
  }

  private build(): Fuse<EntityHit> {
    this.hits = [];
    for (const entity of this.corpus.entities()) {
      const kind = this.corpus.kindOf(entity);
      const sources = this.corpus.sourcesOf(entity);
      if (!sources.length) continue;
      const first = this.corpus.mentionsIn(sources[0], entity)[0];
      if (!first) continue;
      const aliases = new Set<string>();
      let mentionCount = 0;
      for (const a of sources.slice(0, 20)) for (const m of this.corpus.mentionsIn(a, entity)) {
        mentionCount++;
        if (aliases.size < 8) aliases.add(m.text);
      }
      this.hits.push({ entity, name: this.corpus.nameOf(entity, sources.slice(0, 20)), kind, aliases: [...aliases], uri: sources[0].uri, span: first.span, sourceCount: sources.length, mentionCount });
    }
    this.fuse = new Fuse(this.hits, { keys: [{ name: 'name', weight: 2 }, 'aliases'], threshold: 0.3, ignoreLocation: true, includeScore: true, minMatchCharLength: 2 });
    return this.fuse;
  }

  search(query: string, limit = 100, kind?: EntityKind): EntityHit[] {
    const fuse = this.fuse ?? this.build();
    const pool = query.trim() ? fuse.search(query.trim(), { limit: kind ? limit * 5 : limit }).map((r) => r.item) : [...this.hits].sort((a, b) => b.sourceCount - a.sourceCount || b.mentionCount - a.mentionCount);
    return pool.filter((h) => !kind || h.kind === kind).slice(0, limit);
  }
}
