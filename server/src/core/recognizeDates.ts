// Dates in running text, through chrono-node, resolved against the article's own date.
// chrono only sees sentences that a cheap pre-filter says may hold a date, and durations
// ("in three months") are not dates.

import * as chrono from 'chrono-node';
import { isoDay } from './normalize';

export interface FoundDate {
  start: number;
  end: number;
  text: string;
  value: string;
  precision: 'day' | 'week' | 'month';
  relative: boolean;
  /** Last day of a range ("Nov. 4-5", "from Nov. 4 to Nov. 6"). */
  lastDay?: string;
  /** The weekday written with the date when it is not the date's: "Tuesday, March 24, 2025" (0 is Sunday). */
  wrongWeekday?: number;
}

// Month names and their abbreviations only: a bare prefix ("dec", "mar", "sep") would also
// wake chrono for "decided", "market", "separate" and names like "Jung", a quarter of all windows.
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const CANDIDATES = new RegExp(String.raw`\b${MONTH}\b\.?(?:\s+\d|\b)|\b\d{1,2}\s+${MONTH}\b|` + /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|yesterday|tomorrow|tonight)\b|\b(?:next|last|this)\s+(?:week|month)\b|\b\d{4}-\d{2}-\d{2}\b|\bago\b/.source, 'gi');
const DURATION = /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|couple|some|many)\s+(?:of\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b/i;
// A scheduled event in the present tense is ahead: "the summit opens on July 11".
const FUTURE = /\b(?:will|shall|set to|slated|scheduled|to be held|plans? to|planned|expected to|is to|are to|upcoming|due to|(?<!\b(?:was|were|been) )due (?:on|for)|ahead of|next|opens|begins|starts|kicks off|takes place|convenes)\b/i;
const PAST_VERBS = 'was|were|had|did|held|met|agreed|signed|visited|attended|took place|concluded|ended|discussed|assessed|announced';
const PAST = new RegExp(`\\b(?:${PAST_VERBS}|last)\\b`, 'i');
/** PAST's verbs alone ("the last phase of polling is on June 1" is no past). */
const PAST_VERB = new RegExp(`\\b(?:${PAST_VERBS})\\b`, 'i');
/**
 * A statement's own day, whatever the statement says will happen: "said on Monday that talks
 * will resume". Not in the passive: "a reshuffle to be announced on Wednesday" is ahead.
 */
const REPORTED_ON = /(?<!\bbe\s+)\b(?:said|told \w+|confirmed|reported|announced|stated|added|wrote|posted)(?: in an? (?:statement|interview|post|speech))?\s+(?:on\s+)?$/i;
/**
 * Verbs for what happened, for a weekday only: "the summit opened on Monday", written on a
 * Saturday, is the Monday before, not the one two days ahead that chrono picks as the closest.
 * Not for a month's day, where a wrong side is a year ("the talks, started in March, resume
 * on December 10"), nor verbs that read as adjectives ("a closed-door meeting", "the newly
 * elected parliament").
 */
const WEEKDAY_PAST = /\b(?:opened|began|started|convened|gathered|kicked off|wrapped up|hosted|arrived|returned|voted|resigned|died|addressed|delivered|spoke|sworn in|inaugurated|took (?:office|part|over)|won|lost|came (?:first|second|third|fourth|top|last)|finished (?:first|second|third|fourth|top|last))\b/i;
/**
 * chrono's casual English without its time-of-day, duration and slash parsers: a time would
 * stretch a date's span ("Monday at 3 p.m"), "9/11" in a news story is an event, not
 * September 11 of this year, and durations ("three days later") are dropped below anyway.
 * The parsers are told apart by what they read, not by class names a minifier renames.
 */
const NOT_DATES = ['at 3 p.m.', 'this morning', 'within three days', 'three days later', 'on 9/11', 'in 11/2025'];
let dateParser: chrono.Chrono | undefined;

function datesOnly(): chrono.Chrono {
  if (dateParser) return dateParser;
  const ref = new Date(2025, 10, 3, 12);
  dateParser = chrono.en.casual.clone();
  dateParser.parsers = dateParser.parsers.filter((p) => {
    const alone = new chrono.Chrono({ parsers: [p], refiners: [] });
    return !NOT_DATES.some((probe) => alone.parse(probe, ref).length);
  });
  return dateParser;
}

const MAX_SENTENCE = 2000;
/** "the 7th", which few sentences have: a cheap test before MONTH_THE_DAY. */
const THE_ORDINAL = /\bthe\s+\d{1,2}(?:st|nd|rd|th)\b/i;
/** "December the 7th": a month, "the", a day's ordinal. */
const MONTH_THE_DAY = new RegExp(String.raw`\b(${MONTH}\.?)(\s+the\s+)(\d{1,2}(?:st|nd|rd|th)\b)`, 'gi');
/** Part of a month, not a day of it: "the end of May", "the beginning of June". */
const PART_OF_MONTH = /\b(?:end|beginning|start|middle)\s+of\b/i;
/** Words that make a weekday a named day of the year: "Easter Monday", "Good Friday", "Super Tuesday". */
const NAMED_DAY_BEFORE = /\b(?:Easter|Good|Holy|Maundy|Palm|Ash|Black|Cyber|Super|Shrove|Whit|Bloody|Giving|Orthodox)\s+$/;

/** A weekday's abbreviation in lower case opening what chrono read: a word, not a day. */
const LOWER_WEEKDAY_ABBREVIATION = /^(?:sun|mon|tue|tues|wed|thu|thur|thurs|fri|sat)\b(?!\.)\s*/;
const RELATIVE = /\b(?:last|next|this|coming|past|ago|yesterday|today|tomorrow|tonight|later|earlier)\b/i;

/**
 * Someone's or the outcome right before a weekday: "Trump's victory in Tuesday's election", "the results of Sunday's
 * vote" (not "will win in Sunday's runoff", nor "hopes for a win in").
 */
const OUTCOME_OF_BEFORE = /(?:['’]s|\b(?:the|his|her|their|its))\s+(?:[\p{L}-]+\s+)?(?:victory|win|triumph|defeat|loss|landslide|results?|outcome|aftermath|wake)\s+(?:in|of|at|from)\s+$/iu;

/** Before such a weekday, a subject alone: no verb, participle or clause of its own, nor "for", "to", "until", "by". */
const BARE_SUBJECT_BEFORE_DAY = /^(?=[^]*\p{L})(?:(?!\b(?:\p{L}+ing|\p{L}+ed|who|which|that|for|to|until|till|by|is|are|was|were|will|would|has|have|had)\b)[^,;:])+$/iu;
/** A verb of the past right after a weekday, whose subject stands before it: "The board on Monday announced". */
const PAST_VERB_AFTER_DAY = /^\s+(?:announced|said|named|appointed|confirmed|told|unveiled|approved|rejected|signed|released|issued|ordered|decided|agreed|chose|picked|nominated|declared|launched|met|resigned|died)\b/;

/**
 * The tense of the clause around a date: "was held on Monday, a day before the meeting on
 * Tuesday" places Monday in the past clause and Tuesday in a clause of its own. For a
 * weekday, the verbs of what happened count too (WEEKDAY_PAST).
 */
function clauseTense(sentence: string, from: number, to: number, weekday: boolean): number {
  const before = sentence.slice(0, from);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('—'));
  const afterRest = sentence.slice(to);
  // A stop run into the next sentence ends the clause too: "… of COP28 on December 11.The events will be held …".
  const stop = afterRest.search(/[,;:—]|\.(?=\p{Lu}\p{Ll})/u);
  const clause = sentence.slice(cut + 1, stop < 0 ? sentence.length : to + stop);
  // What comes before the date decides before what follows it: "the session opened on Monday
  // evening and will resume on Aug. 10" opened on the Monday before. A word of the future before
  // it ("will be held in Kazan on"), or else a verb of the past right before it (a few words:
  // not "he was confident the ceasefire would begin on Sunday").
  const upTo = sentence.slice(cut + 1, from);
  // ("will take place in the shadow of Trump's victory in Tuesday's election": a vote won or lost is over.)
  if (weekday && OUTCOME_OF_BEFORE.test(upTo)) return -1;
  if (FUTURE.test(upTo)) return 1;
  // ("The board on Monday announced that Jane Roe would be its next chief executive": the verb right after the day is
  // its, after a bare subject; not "Leaders attending the summit in Rome on Saturday released", the participle's day.)
  if (weekday && PAST_VERB_AFTER_DAY.test(afterRest) && BARE_SUBJECT_BEFORE_DAY.test(upTo)) return -1;
  // (Not a day something is set for or moved to: "elections have been announced for March 5 next year".)
  const lead = upTo.trim().split(/\s+/).slice(-5).join(' ');
  // ("has led the department since Trump's inauguration on Monday": what a day is "since" has passed.)
  if (!/\b(?:for|to|until|till|by)\s*$/i.test(upTo) && (PAST_VERB.test(lead) || /\bsince\b/i.test(lead) || (weekday && WEEKDAY_PAST.test(lead)))) return -1;
  if (OPENED_RIGHT_BEFORE.test(upTo)) return 0;
  return FUTURE.test(clause) ? 1 : PAST.test(clause) || (weekday && WEEKDAY_PAST.test(clause)) ? -1 : 0;
}

/**
 * A meeting's start or end right before the day, in the past tense: "COP30 opened on Nov. 10 and
 * is scheduled to close on Nov. 21" is the nearest Nov. 10, not next year's for the plan later in
 * the clause (nor always the one before: a source may write a day or two ahead).
 */
const OPENED_RIGHT_BEFORE = /\b(?:opened|began|started|closed|convened|ended|kicked off|wrapped up|got under ?way)\s+(?:on\s+)?$/i;

/** A day after a date that makes it a range: "May 10–11", "May 10 to 12", "May 10 and 11". */
const RANGE_AFTER = /^\s*(?:[–—-]|to|and|&|through|until)\s*\d{1,2}\b/;
/** Weekdays listed before the one written with a date: "Saturday and Sunday, May 10". */
const WEEKDAY_LIST_BEFORE = /(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*(?:,|and|&|to|-|–)\s*$/i;

/** Is a date one end of a range, or its weekday one of a list: "Saturday and Sunday, May 10–11"? */
function ranged(sentence: string, r: { index: number; text: string; end?: chrono.ParsedComponents | null }): boolean {
  const dayAt = r.index + Math.max(0, r.text.search(/(?:mon|tues|wednes|thurs|fri|satur|sun)day/i));
  const after = r.index + r.text.length;
  return !!r.end || RANGE_AFTER.test(sentence.slice(after, after + 12)) || WEEKDAY_LIST_BEFORE.test(sentence.slice(Math.max(0, dayAt - 16), dayAt));
}

/** How many years from the article's a date's may lie and be of the Gregorian calendar. */
const CALENDAR_YEARS = 30;

/** Is a year written with a day too far from the article's (or, without one, from ours) to be a Gregorian one? */
function otherCalendarYear(year: number, ref: Date | undefined): boolean {
  return ref ? Math.abs(year - ref.getFullYear()) > CALENDAR_YEARS : year > 2060;
}

/** How far a date without its year may lie from the article's day for chrono's year to be trusted. */
const SURE_YEAR_DAYS = 60;

/**
 * The weekday written with a day of the month, when the day falls on another: "Tuesday, March
 * 24, 2025" (a Monday). Only where the year is sure: written, or the date close to the
 * article's own day.
 */
function weekdayNotOf(c: chrono.ParsedComponents, d: Date, ref: Date | undefined): number | undefined {
  if (!c.isCertain('weekday') || !c.isCertain('day') || !c.isCertain('month')) return undefined;
  if (!c.isCertain('year') && !(ref && Math.abs(d.getTime() - ref.getTime()) <= SURE_YEAR_DAYS * 86400000)) return undefined;
  const stated = c.get('weekday');
  return stated !== null && stated !== d.getDay() ? stated : undefined;
}

/**
 * A day of the month written with its weekday and no year: of the article's year, the one before
 * or the one after, the nearest where the day is that weekday; none when no such year is.
 */
function yearOfWeekday(c: chrono.ParsedComponents, ref: Date): Date | undefined {
  const month = c.get('month')! - 1, day = c.get('day')!, weekday = c.get('weekday');
  let best: Date | undefined;
  for (const year of [ref.getFullYear() - 1, ref.getFullYear(), ref.getFullYear() + 1]) {
    const d = new Date(year, month, day, 12);
    if (d.getDay() === weekday && d.getMonth() === month && (!best || Math.abs(d.getTime() - ref.getTime()) < Math.abs(best.getTime() - ref.getTime()))) best = d;
  }
  return best;
}

/** Days from the article's week to the week a date names: 7 for "next week", -7 for "last week", 0 for "this week". */
function weekShiftOf(t: string): number | undefined {
  const rel = /\b(this|next|coming|last|past|previous)\s+week\b/i.exec(t)?.[1].toLowerCase();
  return rel === undefined ? undefined : rel === 'next' || rel === 'coming' ? 7 : rel === 'this' ? 0 : -7;
}

/** Weeks are named by their Monday, so "next week" and "this week" meet. */
function mondayOf(d: Date): Date {
  const back = (d.getDay() + 6) % 7;
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - back, 12);
}

/** After a day of a month: its year is one named before ("on Nov. 23 of that year", "on March 3 the same year"). */
const THAT_YEAR_AFTER = /^,?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b/i;
/** A year written as one: after "in", "since", a month…, or before a stop ("echoes 2019, when"); not "sent 2000 troops". */
const YEAR = /(?:\b(?:in|since|of|by|from|until|till|during|early|late|mid-?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+((?:19|20)\d\d)\b)|\b((?:19|20)\d\d)(?=\s*[,.;:)])/gi;

/** The last year written in the sentence before `at`; null when there is none (the day can't be placed). */
function yearNamedBefore(sentence: string, at: number): number | null {
  let year: number | null = null;
  for (const m of sentence.slice(0, at).matchAll(YEAR)) year = Number(m[1] ?? m[2]);
  return year;
}

/** Dates in text[start, end), a sentence. `reference` is the article's day, if known. */
export function recognizeDates(text: string, start: number, end: number, reference: string | undefined): FoundDate[] {
  if (end - start > MAX_SENTENCE) end = start + MAX_SENTENCE;
  const sentence = text.slice(start, end);
  // chrono only reads short windows around candidate words, not whole sentences: most of
  // its cost is proportional to the length of what it is given.
  const results: { index: number; text: string; start: chrono.ParsedComponents; end?: chrono.ParsedComponents | null }[] = [];
  // Windows that overlap are merged: cut at a fixed length, "Monday … Sept. 16" could end a
  // window between "Sept." and "16" and leave only a month.
  const windows: [number, number][] = [];
  CANDIDATES.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CANDIDATES.exec(sentence)) !== null) {
    let from = Math.max(0, m.index - 24);
    while (from > 0 && /\S/.test(sentence[from - 1])) from--;
    let to = Math.min(sentence.length, m.index + m[0].length + 32);
    while (to < sentence.length && /\S/.test(sentence[to])) to++;
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  if (!windows.length) return [];
  // "Sunday, December the 7th", as a transcript writes what is said: chrono reads it without
  // "the" (blanked, so every offset stays the same).
  const scan = THE_ORDINAL.test(sentence) ? sentence.replace(MONTH_THE_DAY, (_, month: string, the: string, day: string) => month + ' '.repeat(the.length) + day) : sentence;
  const ref = reference ? new Date(`${reference}T12:00:00`) : undefined;
  for (const [from, to] of windows) {
    try {
      // Windows never overlap, so no date is found twice.
      for (let r of datesOnly().parse(scan.slice(from, to), ref ?? new Date(2000, 0, 1, 12))) {
        // "Saturday, April 26, 10 a.m.", "on April 29, 25 delegates": one or two digits after the
        // day are an hour or a count, not the year 2010 or 2025 ("April 26, '25" keeps its year).
        const shortYear = /,\s*\d{1,2}$/.exec(r.text);
        if (shortYear) {
          const day = datesOnly().parse(r.text.slice(0, shortYear.index), ref ?? new Date(2000, 0, 1, 12))[0];
          if (!day) continue;
          r = Object.assign(day, { index: r.index + day.index });
        }
        // "talks in Muscat on Sunday now in doubt": "now" is the writer's moment, not the day's.
        const now = /\s+now$/i.exec(r.text);
        if (now) {
          const day = datesOnly().parse(r.text.slice(0, now.index), ref ?? new Date(2000, 0, 1, 12))[0];
          if (!day) continue;
          r = Object.assign(day, { index: r.index + day.index });
        }
        // "the Assembly sat yesterday": a verb in lower case is no weekday ("sat", "wed", "sun").
        const verb = LOWER_WEEKDAY_ABBREVIATION.exec(r.text);
        if (verb) {
          const rest = datesOnly().parse(r.text.slice(verb[0].length), ref ?? new Date(2000, 0, 1, 12))[0];
          if (!rest) continue;
          r = Object.assign(rest, { index: r.index + verb[0].length + rest.index });
        }
        // "died on Easter Monday", "on Good Friday": a feast or a named day, not the nearest weekday.
        // (With its date, "Easter Monday, 21 April", the date says which.)
        if (NAMED_DAY_BEFORE.test(sentence.slice(Math.max(0, from + r.index - 12), from + r.index)) && !r.start.isCertain('day')) continue;
        results.push({ index: r.index + from, text: sentence.slice(r.index + from, r.index + from + r.text.length), start: r.start, end: r.end });
      }
    } catch {
      // chrono rejects some odd input; such a window holds no date.
    }
  }
  const out: FoundDate[] = [];
  for (const r of results) {
    const t = r.text;
    if (DURATION.test(t) && !/\bago\b/i.test(t)) continue;
    if (/^[a-z]+$/.test(t) && !/^(?:today|yesterday|tomorrow|tonight)$/.test(t)) continue; // "may", "march" as verbs
    const c = r.start;
    const hasDay = c.isCertain('day');
    const hasMonth = c.isCertain('month');
    const weekday = c.isCertain('weekday') && !hasDay;
    const tense = weekday && REPORTED_ON.test(sentence.slice(Math.max(0, r.index - 40), r.index) + t.slice(0, /^\s*(?:on\s+)?/i.exec(t)![0].length)) ? -1
      : clauseTense(sentence, r.index, r.index + r.text.length, weekday);
    const relativeWord = /\b(?:today|yesterday|tomorrow|tonight|ago)\b/i.test(t);
    let precision: FoundDate['precision'];
    // ("Friday next week, August 29", "Tuesday next week": a day of that week, which chrono places.)
    if (/\bweek\b/i.test(t) && !c.isCertain('weekday')) precision = 'week';
    // ("the end of May": chrono's last day of the month, which no one wrote.)
    else if (/\bmonth\b/i.test(t) || (hasMonth && PART_OF_MONTH.test(t))) precision = 'month';
    else if (hasDay || weekday || relativeWord) precision = 'day';
    else if (hasMonth) precision = 'month';
    else continue; // a bare year or a time of day
    const relative = !hasMonth || weekday || relativeWord || precision === 'week' || RELATIVE.test(t);
    // Without the article's date, a relative or year-less date can't be placed.
    if (!ref && (relative || !c.isCertain('year'))) continue;
    // Nepal's "Wednesday, 2082/05/18" (Bikram Sambat), Thailand's 2568: a year of another calendar.
    if (c.isCertain('year') && otherCalendarYear(c.get('year')!, ref)) continue;
    let d = c.date();
    // ("sworn in … on Nov. 23 of that year", after "2019": the year the sentence named before.)
    const thatYear = hasDay && !c.isCertain('year') && THAT_YEAR_AFTER.test(sentence.slice(r.index + t.length, r.index + t.length + 24)) ? yearNamedBefore(sentence, r.index) : undefined;
    if (thatYear === null) continue;
    if (thatYear !== undefined) d = new Date(thatYear, d.getMonth(), d.getDate(), 12);
    // ("Monday last week" on a Friday: the Monday of the week before, which chrono takes for this week's.)
    const weekShift = weekday && ref ? weekShiftOf(t) : undefined;
    if (weekShift !== undefined && ref) {
      const monday = mondayOf(ref);
      d = new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + weekShift + ((c.get('weekday')! + 6) % 7), 12);
    }
    if (ref && !RELATIVE.test(t) && thatYear === undefined) {
      // chrono picks the closest such weekday or month; the sentence's tense says which side.
      const diff = Math.round((d.getTime() - ref.getTime()) / 86400000);
      // "Friday, Jan. 24" written in September 2025: the year whose Jan. 24 is a Friday. (Close to
      // the article's day, the year is sure and a weekday that is not the day's is written wrong.)
      const ofWeekday = !weekday && !c.isCertain('year') && hasDay && c.isCertain('weekday') && Math.abs(diff) > SURE_YEAR_DAYS ? yearOfWeekday(c, ref) : undefined;
      if (weekday) {
        if (tense > 0 && diff < 0) d = new Date(d.getTime() + 7 * 86400000);
        if (tense < 0 && diff > 0) d = new Date(d.getTime() - 7 * 86400000);
      } else if (ofWeekday) {
        d = ofWeekday;
      } else if (!c.isCertain('year')) {
        // A month alone is compared by month: "in mid-November", written on Nov. 3, is this November.
        const months = (d.getFullYear() - ref.getFullYear()) * 12 + d.getMonth() - ref.getMonth();
        const ahead = hasDay ? diff : months;
        const slack = hasDay ? 1 : 0;
        if (tense > 0 && ahead < -slack) d = new Date(d.getFullYear() + 1, d.getMonth(), d.getDate(), 12);
        if (tense < 0 && ahead > slack) d = new Date(d.getFullYear() - 1, d.getMonth(), d.getDate(), 12);
      }
    }
    if (precision === 'week') {
      // chrono starts weeks on Sunday; count from the article's own week instead.
      const shift = weekShiftOf(t);
      d = shift !== undefined && ref ? mondayOf(new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() + shift, 12)) : mondayOf(d);
    }
    const value = precision === 'month' ? isoDay(d).slice(0, 7) : isoDay(d);
    // The mention is the date itself: "on Tuesday," → "Tuesday".
    const lead = /^(?:(?:on|in|at|by|since|from|until|till|of|during)\s+)*/i.exec(t)![0].length;
    const core = t.slice(lead).replace(/[\s,.;:]+$/, '');
    if (!core) continue;
    const s0 = start + r.index + lead;
    // (The range's end moves with its start: "held on Feb. 20-21", read back to last February, ends then too.)
    const endDay = precision === 'day' && r.end && r.end.isCertain('day') ? isoDay(new Date(r.end.date().getTime() + (d.getTime() - c.date().getTime()))) : undefined;
    const stated = weekdayNotOf(c, d, ref);
    // ("on Saturday and Sunday, May 10–11": the weekdays of a range are its days', in order.)
    const wrongWeekday = stated === undefined || ranged(sentence, r) ? undefined : stated;
    out.push({
      start: s0, end: s0 + core.length, text: core, value, precision, relative, ...(endDay && endDay > value ? { lastDay: endDay } : {}),
      ...(wrongWeekday !== undefined ? { wrongWeekday } : {}),
    });
  }
  return withStatedDays(text, withWeekdayPairs(text, withWeekdayDayRanges(text, withDayLists(text, out))), ref);
}

/**
 * "scheduled for Tuesday and Wednesday": two weekdays one after the other are the days from the
 * first to the second, as two days of a month written as a list are (not "Tuesday and Thursday"),
 * and two dates a day apart in two months ("August 31 and September 1").
 */
function withWeekdayPairs(text: string, found: FoundDate[]): FoundDate[] {
  const out: FoundDate[] = [];
  for (let i = 0; i < found.length; i++) {
    const d = found[i];
    const e = found[i + 1];
    // (So are two dates a day apart across a month's end: "held in Tianjin on August 31 and September 1".)
    if (e && d.relative === e.relative && d.precision === 'day' && e.precision === 'day' && !d.lastDay && !e.lastDay &&
      (d.relative ? WEEKDAY.test(d.text) && WEEKDAY.test(e.text) : e.value.slice(5, 7) !== d.value.slice(5, 7)) && /^\s*(?:and|&)\s*$/.test(text.slice(d.end, e.start)) &&
      Date.parse(e.value) - Date.parse(d.value) === 86400000) {
      out.push({ ...d, end: e.end, text: text.slice(d.start, e.end), lastDay: e.value });
      i++;
    } else out.push(d);
  }
  return out;
}

/** A weekday's day of the month and the word to the range's end: "Monday 8 to Friday 12 September". */
const WEEKDAY_DAY_TO = /^\s+([1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s*(?:[–—-]|to|until|through)\s*$/;

/**
 * "from Monday 8 to Friday 12 September": chrono reads the first weekday alone, as the one
 * nearest the article's day, and the second as a date. The two are a range, its first day
 * that day of the second's month (or of the month before, "Monday 29 September to Friday 3
 * October"), when it falls on the weekday written; otherwise they stay as read.
 */
function withWeekdayDayRanges(text: string, found: FoundDate[]): FoundDate[] {
  const out: FoundDate[] = [];
  for (let i = 0; i < found.length; i++) {
    const d = found[i];
    const e = found[i + 1];
    const day = e && d.relative && d.precision === 'day' && WEEKDAY.test(d.text) && !e.relative && e.precision === 'day' && !e.lastDay
      ? WEEKDAY_DAY_TO.exec(text.slice(d.end, e.start)) : null;
    if (day) {
      const last = new Date(e.value + 'T00:00:00Z');
      const first = new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() - (Number(day[1]) > last.getUTCDate() ? 1 : 0), Number(day[1])));
      const span = (last.getTime() - first.getTime()) / 86400000;
      if (span > 0 && span <= 14 && WEEKDAY_NAMES[first.getUTCDay()] === d.text.toLowerCase()) {
        out.push({ ...e, start: d.start, text: text.slice(d.start, e.end), value: isoDay(first), lastDay: e.value });
        i++;
        continue;
      }
    }
    out.push(d);
  }
  return out;
}

/** "August 17 and 18, 2024": a second day of the month after a date, and the year after it. */
const SECOND_DAY_AFTER = /^\s*(?:and|&)\s*(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?(?=\s*$|\s*[,.;:)]|\s+(?:in|at|to|for|with|when|during|under|as|and|respectively)\b|\s+\p{Lu})/u;
/** "17 and 18 August 2024": a first day of the month before a date. */
const FIRST_DAY_BEFORE = /(?<![\w.,])(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|&)\s*$/;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Two days of one month written as a list, "August 17 and 18, 2024" or "17 and 18 August
 * 2024", are the days from the first to the second: chrono reads one of them, and a meeting
 * "held on August 17 and 18" was held on the 17th only.
 */
function withDayLists(text: string, found: FoundDate[]): FoundDate[] {
  return found.map((d) => {
    if (d.precision !== 'day' || d.lastDay || d.relative || !/\d/.test(d.text)) return d;
    const day = Number(d.value.slice(8));
    const after = SECOND_DAY_AFTER.exec(text.slice(d.end, d.end + 24));
    if (after && /\D\d{1,2}(?:st|nd|rd|th)?$/.test(d.text) && Number(after[1]) > day && Number(after[1]) <= 31) {
      const year = after[2] && !/\d{4}/.test(d.text) ? after[2] : d.value.slice(0, 4);
      const end = d.end + after[0].length;
      return { ...d, end, text: text.slice(d.start, end), value: year + d.value.slice(4), lastDay: `${year}${d.value.slice(4, 8)}${pad(Number(after[1]))}` };
    }
    const before = FIRST_DAY_BEFORE.exec(text.slice(Math.max(0, d.start - 16), d.start));
    if (before && /^\d/.test(d.text) && Number(before[1]) < day && Number(before[1]) >= 1) {
      const start = d.start - before[0].length;
      return { ...d, start, text: text.slice(start, d.end), value: `${d.value.slice(0, 8)}${pad(Number(before[1]))}`, lastDay: d.value };
    }
    return d;
  });
}

/**
 * "on Friday (June 2)": the date in brackets says which Friday, whatever day the article is
 * dated; the two are one date, with the bracketed one's value. A plain weekday that is not the
 * bracketed date's is written wrong ("Wednesday (Oct. 30)" of 2025), when that date's year is sure.
 */
function withStatedDays(text: string, found: FoundDate[], ref: Date | undefined): FoundDate[] {
  const out: FoundDate[] = [];
  for (let i = 0; i < found.length; i++) {
    const day = found[i];
    const stated = found[i + 1];
    if (stated && day.relative && day.precision === 'day' && WEEKDAY.test(day.text) && !stated.relative && stated.precision === 'day' &&
      /^\s*\($/.test(text.slice(day.end, stated.start)) && text[stated.end] === ')') {
      const wrongWeekday = bracketedWeekdayWrong(day.text, stated, ref);
      out.push({ ...stated, start: day.start, end: stated.end + 1, text: text.slice(day.start, stated.end + 1), ...(wrongWeekday !== undefined ? { wrongWeekday } : {}) });
      i++;
      continue;
    }
    const dayOfMonth = day.relative && day.precision === 'day' && WEEKDAY.test(day.text) && ref ? BRACKETED_DAY_OF_MONTH.exec(text.slice(day.end, day.end + 6)) : null;
    const dated = dayOfMonth ? weekdayOnDayOfMonth(day.text, Number(dayOfMonth[1]), ref!) : undefined;
    if (dayOfMonth && dated) out.push({ ...day, value: isoDay(dated), end: day.end + dayOfMonth[0].length, text: text.slice(day.start, day.end + dayOfMonth[0].length) });
    else out.push(day);
  }
  return out;
}

/** Brazil's "on Monday (10)": the day of the month in brackets after a weekday. */
const BRACKETED_DAY_OF_MONTH = /^\s?\(([1-9]|[12]\d|3[01])\)/;

/** The day nearest the article's, within six weeks, that is both the weekday named and that day of its month. */
function weekdayOnDayOfMonth(weekday: string, dayOfMonth: number, ref: Date): Date | undefined {
  const named = WEEKDAY_NAMES.indexOf(weekday.toLowerCase().replace(/^(?:this|last|next)\s+/, ''));
  if (named < 0) return undefined;
  // Nearest first: the article's day, then a day before and after it, and so on.
  for (let k = 0; k <= 42 * 2; k++) {
    const d = new Date(ref.getFullYear(), ref.getMonth(), ref.getDate() + (k % 2 ? -(k + 1) / 2 : k / 2), 12);
    if (d.getDate() === dayOfMonth && d.getDay() === named) return d;
  }
  return undefined;
}

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The weekday written before a bracketed date when it is not that date's (0 is Sunday). */
function bracketedWeekdayWrong(weekday: string, stated: FoundDate, ref: Date | undefined): number | undefined {
  const named = WEEKDAY_NAMES.indexOf(weekday.toLowerCase());
  if (named < 0) return undefined;
  const date = new Date(`${stated.value}T12:00:00`);
  if (Number.isNaN(date.getTime())) return undefined;
  if (!/\d{4}/.test(stated.text) && !(ref && Math.abs(date.getTime() - ref.getTime()) <= SURE_YEAR_DAYS * 86400000)) return undefined;
  return date.getDay() === named ? undefined : named;
}

const WEEKDAY = /^(?:(?:this|last|next)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
