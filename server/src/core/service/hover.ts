// The entity card: who or what a name is, what each source calls it, and where sources
// disagree. Capped so a name with hundreds of mentions still gets a short card.

import type { Corpus, ResolvedMention } from '../corpus';
import type { ArticleAnalysis, PersonEvent, Span, TitleFact } from '../model';
import type { Conflict } from '../findConflicts';
import type { StoredArticle } from '../storedArticle';
import { PAST_MARKERS } from '../lexicon';
import { escapeMarkdown } from './markdown';

export interface HoverResult {
  markdown: string;
  span: Span;
  /** The entity the card is about. */
  entity: string;
}

const MAX_SOURCES = 8;
const MAX_ALIASES = 8;
const KIND_LABEL: Record<string, string> = {
  person: 'person', organization: 'organisation', meeting: 'meeting or event', place: 'place', date: 'date', term: 'term',
};

const esc = escapeMarkdown;

function sourceName(a: ArticleAnalysis): string {
  const when = a.meta.published?.day;
  const outlet = a.meta.outlet?.text;
  return `\`${a.label}\`` + (outlet || when ? ` (${[outlet, when].filter(Boolean).map((x) => esc(x!)).join(', ')})` : '');
}

function titleLine(f: TitleFact): string {
  const t = f.title;
  // "the former police chief of …" says so itself; "formerly" before it would say it twice.
  const saysPast = t.text.toLowerCase().split(/[\s-‐]+/).some((w) => PAST_MARKERS.has(w));
  const prefix = t.status === 'past' && !saysPast ? 'formerly ' : t.status === 'acting' ? 'acting or incoming: ' : '';
  return prefix + esc(t.text);
}

/** What a person's day is of, after "sources disagree on the": "Sushila Karki: sources disagree on the day of taking office". */
const EVENT_DAYS: Readonly<Record<PersonEvent, string>> = { 'took office': 'day of taking office', elected: 'day of election', died: 'day of death', confirmed: 'day of confirmation', buried: 'day of burial', resigned: 'day of resignation', impeached: 'day of impeachment', appointed: 'day of appointment',
  'took charge': 'day of taking charge' };

/** "Jin Yong-sung: sources disagree on the rank: 'Lt. Gen.' in `000.txt`, 'Gen.' in `004.txt`" as Markdown. */
export function conflictSentence(c: Conflict, name: string): string {
  const what = c.event ? EVENT_DAYS[c.event] : c.fact === 'date' ? 'date' : c.fact === 'rank' ? 'rank' : 'office';
  const values = c.sides.map((s) => `'${esc(s.value)}' in \`${s.label}\``).join(', ');
  return `${esc(name)}: sources disagree on the ${what}: ${values}`;
}

/** A conflict someone marked reviewed: why, and the value they trust, if any. */
export interface ReviewNote {
  reason: string;
  trustedValue?: string;
}

export function hoverAt(corpus: Corpus, uri: string, offset: number, reviewOf: (conflictId: string) => ReviewNote | undefined = () => undefined): HoverResult | undefined {
  const m = corpus.mentionAt(uri, offset);
  if (!m) return undefined;
  return { markdown: entityCard(corpus, m, reviewOf), span: m.span, entity: m.entity };
}

function entityCard(corpus: Corpus, m: ResolvedMention, reviewOf: (conflictId: string) => ReviewNote | undefined): string {
  const entity = m.entity;
  const sources = corpus.sourcesOf(entity);
  const name = corpus.nameOf(entity, sources.slice(0, 50));
  const kind = corpus.kindOf(entity);
  const lines: string[] = [];
  let total = 0;
  const perSource: { a: StoredArticle; count: number }[] = [];
  const rawKeys = corpus.rawKeys(entity);
  for (const a of sources) {
    const count = corpus.countIn(a, entity, rawKeys);
    total += count;
    perSource.push({ a, count });
  }
  lines.push(`**${esc(name)}** · ${KIND_LABEL[kind]} · ${sources.length} source${sources.length === 1 ? '' : 's'} · ${total} mention${total === 1 ? '' : 's'}`);

  // An acronym no source spells out: say so, so the reader knows to look it up. A name in
  // mixed case ("OpenAI", "ChatGPT") is not short for anything.
  if (entity.startsWith('acr:') && /^[\p{Lu}\d&]+$/u.test(name)) lines.push('', '*No source spells it out.*');

  if (kind === 'date' && m.date) {
    const d = new Date(`${m.date.value.length === 7 ? m.date.value + '-01' : m.date.value}T12:00:00`);
    const label = m.date.precision === 'day' ? d.toLocaleDateString('en-US', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' })
      : m.date.precision === 'week' ? `the week of ${m.date.value}` : d.toLocaleDateString('en-US', { year: 'numeric', month: 'long' });
    lines.push('', `"${esc(m.text)}" is **${label}**${m.date.relative ? ', counted from the article\'s own date' : ''}.`);
  }

  const keys = new Set(corpus.rawKeys(entity));
  const shown = perSource.slice(0, MAX_SOURCES);
  if (kind === 'person') {
    const rows: string[] = [];
    for (const { a } of shown) {
      const titles = a.facts.filter((f): f is TitleFact => f.type === 'title' && keys.has(f.key));
      const distinct = [...new Map(titles.map((f) => [f.title.text, f])).values()];
      rows.push(`- ${sourceName(a)}: ${distinct.length ? distinct.map(titleLine).join('; ') : '*no title given*'}`);
    }
    lines.push('', '**Title by source**', ...rows);
  }
  if (kind === 'meeting') {
    const rows: string[] = [];
    for (const { a } of shown) {
      const days = a.facts.filter((f) => f.type === 'eventDate' && keys.has(f.key)).map((f) => f.type === 'eventDate' ? `${f.aspect === 'start' ? 'opens ' : f.aspect === 'end' ? 'closes ' : ''}${f.lastDay ? `${f.day} to ${f.lastDay}` : f.day} ("${esc(f.dateText)}")${esc(corpus.nameWithPlace(entity, f.where).slice(name.length))}` : '');
      rows.push(`- ${sourceName(a)}: ${days.length ? [...new Set(days)].join('; ') : '*no date given*'}`);
    }
    lines.push('', '**Date by source**', ...rows);
  }

  const aliases = new Set<string>();
  for (const { a } of perSource.slice(0, 50)) {
    for (const x of corpus.occurrencesIn(a, entity, rawKeys)) if (x.text !== name && aliases.size < MAX_ALIASES) aliases.add(x.text);
    if (aliases.size >= MAX_ALIASES) break;
  }
  if (aliases.size) lines.push('', `**Also written:** ${[...aliases].map((s) => esc(s)).join(', ')}`);

  lines.push('', '**Mentions by source:** ' + shown.map(({ a, count }) => `\`${a.label}\` ${count}`).join(' · '));
  if (perSource.length > MAX_SOURCES) lines.push('', `*…and ${perSource.length - MAX_SOURCES} more sources (Find All References lists them).*`);

  const conflicts = [...keys].flatMap((k) => corpus.conflictsOf(k));
  for (const c of conflicts.slice(0, 3)) {
    const review = reviewOf(c.id);
    const named = c.where ? corpus.nameWithPlace(entity, c.where) : name;
    if (!review) lines.push('', `⚠️ ${conflictSentence(c, named)}`);
    else lines.push('', `✔️ *reviewed:* ${conflictSentence(c, named)} — ${esc(review.reason)}${review.trustedValue ? ` (trusts '${esc(review.trustedValue)}')` : ''}`);
  }
  return lines.join('\n');
}
