// One article in, its mentions and facts out. Everything here depends on this article's
// text alone, so an edit never re-analyses another file; linking across articles is
// done by key equality in the Corpus.

import { WEEKDAYS } from './lexicon';
import type { ArticleAnalysis, ArticleWarning, Block, Fact, Mention, Span } from './model';
import { contentHash } from './normalize';
import { computeLineStarts } from './service/positions';
import { parseArticle, type ParsedArticle } from './parseArticle';
import { markOutOfSeries, meetingKey, ownSessionsAfter } from './recognize/meetingSeries';
import { mayHoldForeignText, notEnglish } from './notEnglish';
import type { RawMention } from './recognize/rawMention';
import { recognizeBlock } from './recognizeMentions';
import { resolveBareElections } from './recognize/elections';
import { quotedSpans, within } from './quotedSpans';
import { type FoundDate, recognizeDates } from './recognizeDates';
import { resolveAcronyms, resolveConventionParties, resolveMeetingOrdinals, resolveOrganisationNames, resolveQualifiedOrganisations, resolveShortNames } from './resolveInArticle';
import { extractFacts } from './extractFacts';

export interface AnalyzeOptions {
  /** Larger texts are only partly analysed: the first `maxChars` characters. */
  maxChars?: number;
}

const DEFAULT_MAX_CHARS = 2_000_000;
const MENTION_BLOCKS = new Set(['headline', 'body', 'caption']);

export function labelOf(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || uri;
}

/** Why a text should not be analysed at all, or undefined when it is fine. */
export function unreadableReason(text: string): string | undefined {
  const sample = text.slice(0, 8192);
  if (sample.includes('\u0000')) return 'binary file (contains NUL bytes)';
  const bad = (sample.match(/\uFFFD/g) ?? []).length;
  if (bad > 16 && bad > sample.length / 100) return 'not valid UTF-8 text (many undecodable bytes)';
  return undefined;
}

export function analyzeArticle(uri: string, text: string, options: AnalyzeOptions = {}): ArticleAnalysis {
  const base: ArticleAnalysis = {
    uri, label: labelOf(uri), contentHash: contentHash(text), length: text.length, lineStarts: computeLineStarts(text),
    meta: { format: 'text' }, blocks: [], mentions: [], facts: [], acronyms: {}, names: new Map(), warnings: [],
  };
  const reason = unreadableReason(text);
  if (reason) return { ...base, skipped: reason };
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const analysed = text.length > maxChars ? text.slice(0, maxChars) : text;
  const parsed = parseArticle(analysed);
  const refDay = parsed.meta.published?.day ?? parsed.meta.updated?.day;

  const { raw, candidates, weekdays, sentenceSpans } = recognizeArticle(analysed, parsed.blocks, refDay);
  markOutOfSeries(raw, analysed);
  if (refDay) numberThisYear(raw, Number(refDay.slice(0, 4)));
  if (parsed.meta.published && parsed.meta.updated) weekdaysOfTheUpdate(raw, parsed.meta.published.day, parsed.meta.updated.day);

  const acronyms = resolveAcronyms(analysed, parsed.blocks, raw, candidates);
  resolveOrganisationNames(raw);
  resolveQualifiedOrganisations(raw);
  resolveShortNames(uri, raw, candidates, analysed);
  resolveConventionParties(raw);
  resolveMeetingOrdinals(raw);
  resolveBareElections(raw);

  const kept = raw.filter((m) => !m.dropped).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const mentions: Mention[] = kept.map(toMention);
  // A meeting's day counted from a publication day that is a guess ("02/12/2024") is a guess too.
  const guessed = !!parsed.meta.published?.guessed;
  const facts: Fact[] = extractFacts(analysed, kept, sentenceSpans, guessed ? undefined : refDay).filter((f) => !(guessed && f.type === 'eventDate' && kept[f.dateMention]?.dateValue?.relative));
  const statedDay = refDay ? undefined : latestStatedDay(kept, leadEnd(parsed.blocks));
  return {
    ...base, meta: parsed.meta, blocks: parsed.blocks as Block[], mentions, facts, acronyms, names: namesOf(kept),
    // (So is the year of a weekday's date written without one.)
    warnings: [...parsed.warnings, ...weekdays.filter((w) => !guessed || /\d{4}/.test(analysed.slice(w.span.start, w.span.end)))],
    ...(statedDay ? { statedDay } : {}),
    truncated: text.length > maxChars ? `only the first ${maxChars} of ${text.length} characters were analysed` : undefined,
  };
}

/**
 * The mentions of the headline, body and captions, and the single words and acronyms to
 * resolve once the whole article is read. Apart from analyzeArticle so that V8 optimises
 * each on its own (together they took it a tenth of a second to compile, several times).
 */
function recognizeArticle(analysed: string, blocks: ParsedArticle['blocks'], refDay: string | undefined): { raw: RawMention[]; candidates: RawMention[]; weekdays: ArticleWarning[]; sentenceSpans: Span[] } {
  const raw: RawMention[] = [];
  const weekdays: ArticleWarning[] = [];
  const candidates: RawMention[] = [];
  const sentenceSpans: { start: number; end: number }[] = [];
  const titleCased: RawMention[] = [];
  let foreignScreen: boolean | undefined;
  for (const block of blocks) {
    if (!MENTION_BLOCKS.has(block.kind)) continue;
    const found = recognizeBlock(analysed, block.span, block.kind, sentenceSpans.length);
    // In a Title Case headline capitals say nothing: "… Chairman Says Firm, …" is no person
    // unless a source names one with evidence (then the corpus confirms it).
    if (block.kind === 'caption' && found.titleCase) for (const m of found.mentions) m.titles = m.titles.filter(shortTitle);
    // A Title Case subheading in the body says no more than a headline does.
    if ((block.kind === 'headline' || found.subheading) && found.titleCase) {
      for (const m of found.mentions) {
        if (m.kind === 'person') {
          m.tentative = true;
          m.titles = m.titles.filter(shortTitle);
        }
        // "Developing Nations Criticize …", "Global Finance Leaders Form Strategic Alliance": an
        // organisation or meeting there counts only when the body names it too (checked below).
        else if (m.kind === 'organization' || m.kind === 'meeting') titleCased.push(m);
      }
    }
    if (block.kind === 'body') markQuoted(analysed, block.span, found.mentions);
    if (block.kind === 'body' && (foreignScreen ??= mayHoldForeignText(analysed)) && notEnglish(analysed, block.span.start, block.span.end)) {
      for (const m of found.mentions) m.foreign = true;
    }
    raw.push(...found.mentions, ...ownSessionsAfter(analysed, found.mentions));
    candidates.push(...found.candidates);
    for (const s of found.sentenceSpans) {
      const sentence = sentenceSpans.length;
      sentenceSpans.push(s);
      for (const d of recognizeDates(analysed, s.start, s.end, refDay)) {
        // "Air Vice Marshal Sunday Kelvin Aneke": a given name, not a day.
        if (found.mentions.some((m) => m.kind === 'person' && m.span.start <= d.start && d.end <= m.span.end)) continue;
        const key = d.precision === 'day' ? `date:${d.value}` : d.precision === 'week' ? `week:${d.value}` : `month:${d.value}`;
        const sp = { start: d.start, end: d.end };
        raw.push({ kind: 'date', span: sp, fullSpan: sp, text: d.text, key, form: 'full', block: block.kind, sentence, titles: [], dateValue: d });
        if (d.wrongWeekday !== undefined) weekdays.push(weekdayWarning(d, d.wrongWeekday));
      }
    }
  }

  if (titleCased.length) {
    const named = new Set(raw.filter((m) => !titleCased.includes(m)).map((m) => m.key));
    for (const m of titleCased) if (!named.has(m.key)) m.dropped = true;
  }
  return { raw, candidates, weekdays, sentenceSpans };
}

/** "'Tuesday, March 24, 2025': March 24, 2025 is a Monday, not a Tuesday." */
function weekdayWarning(d: FoundDate, stated: number): ArticleWarning {
  const day = new Date(`${d.value}T00:00:00Z`);
  const named = (o: Intl.DateTimeFormatOptions, at = day) => at.toLocaleDateString('en-US', { ...o, timeZone: 'UTC' });
  // 4 January 1970 was a Sunday: its week names the stated weekday.
  const statedDay = new Date(Date.UTC(1970, 0, 4 + stated));
  return {
    span: { start: d.start, end: d.end }, code: 'weekdayMismatch',
    message: `'${d.text}': ${named({ month: 'long', day: 'numeric', year: 'numeric' })} is a ${named({ weekday: 'long' })}, not a ${named({ weekday: 'long' }, statedDay)}`,
  };
}

/**
 * The latest day or month an undated article's lead states outright ("on October 24, 2025",
 * "in March 2024"). Further down, days are history: two reports a year apart on Israel's
 * defence minister both recall "the Oct. 7, 2023 attack".
 */
function latestStatedDay(kept: RawMention[], before: number): string | undefined {
  let latest: string | undefined;
  for (const m of kept) {
    const d = m.dateValue;
    if (m.span.start >= before) continue;
    if (!d || d.relative || d.precision === 'week') continue;
    const day = d.precision === 'month' ? `${d.value}-01` : d.value;
    if (!latest || day > latest) latest = day;
  }
  return latest;
}

/** Where the lead ends: after the first two paragraphs of the body long enough to be prose (a byline is not). */
function leadEnd(blocks: ParsedArticle['blocks']): number {
  let end = 0;
  let paragraphs = 0;
  for (const b of blocks) {
    if (b.kind !== 'body' || b.span.end - b.span.start < LEAD_PARAGRAPH_CHARS) continue;
    end = b.span.end;
    if (++paragraphs === 2) break;
  }
  return end;
}

const LEAD_PARAGRAPH_CHARS = 40;

/** "this year's G7 summit" in an article of 2025 is the 2025 G7 summit. */
function numberThisYear(raw: RawMention[], year: number): void {
  for (const m of raw) {
    if (!m.thisYear || !m.series) continue;
    m.ordinal = year;
    m.yearEdition = true;
    m.key = meetingKey(m.series, year, true);
  }
}

/**
 * A story published on Friday and updated on Saturday: "Caine was sworn in as chairman on Saturday"
 * is the day of the update, not the Saturday the week before. A past weekday read more than five
 * days before publication, that is the update's weekday, a day to three after it, is the update's day.
 */
function weekdaysOfTheUpdate(raw: RawMention[], published: string, updated: string): void {
  const days = (Date.parse(updated) - Date.parse(published)) / 86_400_000;
  if (!(days >= 1 && days <= 3)) return;
  const weekday = new Date(`${updated}T12:00:00Z`).getUTCDay();
  for (const m of raw) {
    const d = m.kind === 'date' ? m.dateValue : undefined;
    if (!d || !d.relative || d.precision !== 'day' || d.lastDay || !WEEKDAYS.has(m.text.toLowerCase())) continue;
    if (new Date(`${d.value}T12:00:00Z`).getUTCDay() !== weekday || (Date.parse(published) - Date.parse(d.value)) / 86_400_000 <= 5) continue;
    d.value = updated;
  }
}

/** People named inside a quotation: what the speaker calls them states no title of the source's. */
function markQuoted(text: string, span: { start: number; end: number }, mentions: RawMention[]): void {
  let quotes: { start: number; end: number }[] | undefined;
  for (const m of mentions) {
    if (m.kind !== 'person' || !m.titles.length) continue;
    quotes ??= quotedSpans(text, span.start, span.end);
    if (!quotes.length) return;
    if (within(quotes, m.fullSpan.start)) m.quoted = true;
  }
}

/** Each entity's longest name in the article, to show. */
function namesOf(kept: RawMention[]): Map<string, string> {
  // A Map: an object keyed by arbitrary strings would internalise every key.
  const names = new Map<string, string>();
  // A meeting's name that states its number wins over one that took the number from elsewhere in
  // the article ("COP29" over a later "United Nations Climate Change Conference"); then the longer.
  const borrowed = new Set<string>();
  for (const m of kept) {
    if (m.form !== 'full' && m.form !== 'reference') continue;
    // "COP29" carries its number already; "Security Consultative Meeting" gets "57th" before it,
    // "NATO summit" its year. "Sheikh Hasina" is all her name, though the mention is "Hasina"
    // after the honorific.
    const numbered = m.kind === 'meeting' && m.ordinal !== undefined && !/\d/.test(m.text);
    // One session of a numbered body: "3rd session of the 14th National People's Congress".
    const body = numbered ? /#(\d+) session$/.exec(m.series ?? '') : null;
    const name = body ? `${ordinalText(m.ordinal!)} session of the ${ordinalText(Number(body[1]))} ${m.text}`
      : numbered ? `${m.yearEdition ? m.ordinal : ordinalText(m.ordinal!)} ${m.text}` : m.whole?.key === m.key ? m.whole.name : m.text;
    const borrows = m.kind === 'meeting' && m.ordinal === undefined && /[#~]/.test(m.key);
    const had = names.get(m.key);
    const better = had === undefined || (borrowed.has(m.key) ? !borrows || name.length > had.length : !borrows && name.length > had.length);
    if (!better) continue;
    names.set(m.key, name);
    if (borrows) borrowed.add(m.key);
    else borrowed.delete(m.key);
  }
  return names;
}

/**
 * In a Title Case headline or caption a long "title" has run on from the words before it:
 * "Gen Asim Munir Meets Chinese Vice President Han Zheng".
 */
function shortTitle(t: { text: string }): boolean {
  return t.text.split(/\s+/).length <= 4;
}

export function ordinalText(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${s}`;
}

function toMention(m: RawMention): Mention {
  const title = m.titles[0];
  const out: Mention = { kind: m.kind, span: m.span, fullSpan: m.fullSpan, text: m.text, key: m.key, form: m.form, block: m.block };
  if (title) out.title = { text: title.text, span: title.span, rank: title.rank, rankText: title.rankText, office: title.office, officeText: title.officeText, status: title.status, basis: title.basis === 'appositive' ? 'appositive' : m.form === 'short' ? 'short' : 'full' };
  if (m.tentative) out.tentative = true;
  if (m.dateValue) out.date = { value: m.dateValue.value, precision: m.dateValue.precision, relative: m.dateValue.relative, ...(m.dateValue.lastDay ? { lastDay: m.dateValue.lastDay } : {}) };
  return out;
}
