// Two sources disagree when they state different values for the same fact: a rank, an
// office of the same kind for a different portfolio, or the calendar day of a numbered
// meeting. Past and acting titles, titles written with a surname only, and sources
// published far apart (people get promoted) are not compared.

import type { ArticleAnalysis, Span } from './model';
import { officesDisagree } from './titles';

export type ConflictFact = 'rank' | 'office' | 'date';

export interface ConflictSide {
  uri: string;
  label: string;
  published?: string;
  /** Index of the mention in its article: the person or the meeting. */
  mention: number;
  /** What a diagnostic underlines: the title and name, or the date. */
  span: Span;
  /** As the source writes it ("Lt. Gen.", "Nov. 4"). */
  value: string;
  /** What is compared ("lieutenant general", "2025-11-04"). */
  norm: string;
}

export interface Conflict {
  id: string;
  key: string;
  fact: ConflictFact;
  sides: ConflictSide[];
  /** Pairs of side indices that disagree. */
  pairs: [number, number][];
}

export interface ConflictOptions {
  /** Title conflicts only between sources published at most this many days apart; 0 = no limit. */
  titleWindowDays: number;
}

function daysApart(a?: string, b?: string): number {
  if (!a || !b) return 0;
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86400000;
}

function sidesFor(key: string, fact: ConflictFact, articles: ArticleAnalysis[]): ConflictSide[] {
  const sides: ConflictSide[] = [];
  for (const a of articles) {
    const seen = new Set<string>();
    for (const f of a.facts) {
      if (f.key !== key) continue;
      let norm: string | undefined;
      let value = '';
      let span: Span;
      if (fact === 'date') {
        if (f.type !== 'eventDate') continue;
        norm = f.lastDay ? `${f.day}..${f.lastDay}` : f.day;
        const d = a.mentions[f.dateMention];
        value = d.text;
        span = d.span;
      } else {
        if (f.type !== 'title' || f.title.status !== 'current' || f.title.basis === 'short') continue;
        norm = fact === 'rank' ? f.title.rank : f.title.office;
        value = (fact === 'rank' ? f.title.rankText : f.title.officeText) ?? '';
        span = f.title.basis === 'appositive' ? f.title.span : a.mentions[f.mention].fullSpan;
      }
      if (!norm || seen.has(norm)) continue;
      seen.add(norm);
      sides.push({ uri: a.uri, label: a.label, published: a.meta.published?.day, mention: f.mention, span: span!, value, norm });
    }
  }
  return sides;
}

function differ(fact: ConflictFact, a: string, b: string): boolean {
  if (fact === 'office') return officesDisagree(a, b);
  if (fact === 'date') {
    // Days or day ranges ("2025-11-04..2025-11-05") disagree only when they do not overlap.
    const [a0, a1 = a0] = a.split('..');
    const [b0, b1 = b0] = b.split('..');
    return a1 < b0 || b1 < a0;
  }
  return a !== b;
}

/** Conflicts about one entity, across the articles that state facts about it. */
export function findConflicts(key: string, articles: ArticleAnalysis[], options: ConflictOptions): Conflict[] {
  const facts: ConflictFact[] = key.startsWith('meeting:') ? ['date'] : key.startsWith('person') ? ['rank', 'office'] : [];
  const out: Conflict[] = [];
  for (const fact of facts) {
    const sides = sidesFor(key, fact, articles);
    const pairs: [number, number][] = [];
    for (let i = 0; i < sides.length; i++) {
      for (let j = i + 1; j < sides.length; j++) {
        const a = sides[i];
        const b = sides[j];
        if (a.uri === b.uri || !differ(fact, a.norm, b.norm)) continue;
        // A source that also states the other value agrees with it.
        const aVals = sides.filter((s) => s.uri === a.uri).map((s) => s.norm);
        const bVals = sides.filter((s) => s.uri === b.uri).map((s) => s.norm);
        if (aVals.some((v) => bVals.some((w) => !differ(fact, v, w)))) continue;
        if (fact !== 'date' && options.titleWindowDays > 0 && daysApart(a.published, b.published) > options.titleWindowDays) continue;
        pairs.push([i, j]);
      }
    }
    if (!pairs.length) continue;
    const used = new Set(pairs.flat());
    const keep = sides.map((_, i) => i).filter((i) => used.has(i));
    const remap = new Map(keep.map((old, i) => [old, i]));
    out.push({
      id: `${key}|${fact}`, key, fact,
      sides: keep.map((i) => sides[i]),
      pairs: pairs.map(([i, j]) => [remap.get(i)!, remap.get(j)!]),
    });
  }
  return out;
}
