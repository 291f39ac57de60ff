// Facts a source states: a person's title, and the day of a numbered meeting. Only body
// text states facts; headlines abbreviate, captions recall other occasions, and
// boilerplate is not the article.

import { APPOINTED_PARTICIPLES, MONTH_ABBREVIATIONS, MONTHS_AND_DAYS, NAMING_VERBS } from './lexicon';
import type { Fact, Span, TitleFact } from './model';
import type { RawMention } from './recognize/rawMention';
import { normaliseOffice, splitTitle } from './titles';
import { isPlacePhrase, phraseKey } from './normalize';
import { nameWordOk } from './recognize/words';
import { personEventFacts } from './personEvents';

/** Words that may stand between a date and the meeting after it: "on Nov. 4 for the 57th annual SCM". */
const LINK_BEFORE = new Set(`for the of during 's ’s annual this year's`.split(/\s+/));
const ORDINAL = /^\d{1,4}(?:st|nd|rd|th)$/i;

function gapWords(text: string, from: number, to: number): string[] | undefined {
  if (to < from || to - from > 80) return undefined;
  return text.slice(from, to).split(/\s+/).filter(Boolean);
}

/** Verbs that may link a meeting to its date: one run of them ("is set to take place") says what the meeting does. */
const LINK_VERBS = new Set(`is was are were will be been being set slated scheduled planned due held hold holds open opens opened
  convene convenes convened begin begins began start starts started kick kicks kicked take takes took commence commences
  commenced inaugurated declared close closes closed conclude concludes concluded end ends ended wrap wraps wrapped adjourn adjourns adjourned
  run runs ran came comes come drew draws draw last lasts lasted continue continues continued organised organized got gets
  beginning starting ending expected holding taking`.split(/\s+/));
/**
 * Words that may stand between a meeting and its date, the verbs and these: "the SCM, held in
 * Seoul on Nov. 4", "kicked off here on Monday", "is underway from June 15 to 17", "took place in
 * person at the OPEC Secretariat in Vienna, Austria, on Wednesday", "was held virtually on",
 * "(SCO), chaired by Kazakhstan, commences today".
 */
const LINK_AFTER = new Set([...LINK_VERBS, ...`the to off officially formally which up place a on in at for from until till through capital city
  virtually online person chaired hosted by here underway via videoconference teleconference video link`.split(/\s+/)]);
/**
 * Where in a country, before its name or a city's, and the "of" of a place's longer name: "in
 * northeast China's Harbin", "in the northeastern Chinese city of Harbin", "the Kingdom of Bahrain".
 */
const WHERE_WORDS = new Set(`north south east west northeast northwest southeast southwest northern southern eastern western
  northeastern northwestern southeastern southwestern central of`.split(/\s+/));

/**
 * Words that carry a run of verbs on: "set to take place", "kicked off", "officially began", "was
 * declared open", "wrapped up", "came to a close".
 */
const VERB_RUN = new Set(['to', 'place', 'off', 'officially', 'formally', 'up', 'a']);

/** Verbs that date a meeting's first day, not any day of it. */
const START_VERBS = new Set(`open opens opened begin begins began beginning start starts started starting kick kicks kicked convene convenes convened
  commence commences commenced inaugurate inaugurates inaugurated`.split(/\s+/));

/** What a meeting opens or closes besides itself: "concluded its work", "opened its session". */
const OWN_WORK = new Set(['work', 'session', 'deliberations', 'proceedings']);

/** "The 20th National Congress … concluded its work in Beijing on Saturday": what a meeting did, without "its work". */
function withoutOwnWork(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i].toLowerCase() === 'its' && OWN_WORK.has(words[i + 1]?.toLowerCase() ?? '') && LINK_VERBS.has(words[i - 1]?.toLowerCase() ?? '')) i++;
    else out.push(words[i]);
  }
  return out;
}

/**
 * How many of the gap's first words still name the meeting: the body whose meeting it is ("of
 * the Communist Party of China (CPC)"), or the meetings held alongside ("and Related Summits").
 */
function nameGoesOn(gap: string[]): number {
  if (gap[0] === 'and' && /^related$/i.test(gap[1] ?? '') && /^(?:summits|meetings)$/i.test(gap[2] ?? '')) return 3;
  // "The 19th Asia Cooperation Dialogue (ACD) ministerial meeting was held …": after the acronym,
  // what kind of meeting it is, in lower case.
  if (ACRONYM_IN_PARENS.test(gap[0] ?? '') && !gap[0].endsWith(',')) {
    let k = 1;
    while (k < gap.length && MEETING_KINDS.has(gap[k])) k++;
    if (k > 1) return k;
    // "The 23rd Ordinary Summit of the East African Community (EAC) Heads of State, held on …":
    // who meet, after the body.
    const members = membersAfter(gap, 1);
    if (members) return 1 + members;
    // "The 13th Ministerial Conference (MC13) of the World Trade Organisation (WTO) commenced …".
    const of = gap[1] === 'of' ? nameGoesOn(gap.slice(1)) : 0;
    if (of) return 1 + of;
  }
  if (gap[0] !== 'of') return 0;
  const from = gap[1] === 'the' ? 2 : 1;
  // "of the CPI(M)": a party's name with its faction's letter.
  const named = (w: string | undefined) => w !== undefined && /^\p{Lu}[\p{L}.'’-]*(?:\(\p{Lu}\))?$/u.test(w);
  let k = from;
  while (k < gap.length && (named(gap[k]) || (['of', 'the', 'and', 'for'].includes(gap[k]) && named(gap[k + 1]) && named(gap[k - 1])))) k++;
  if (k < gap.length && ACRONYM_IN_PARENS.test(gap[k])) k++;
  return k > from ? k : 0;
}

/** How many words from `k` say who meet: "Heads of State", "Heads of State and Government" (a comma may end them); else 0. */
function membersAfter(gap: string[], k: number): number {
  if (gap[k] !== 'Heads' || gap[k + 1] !== 'of' || !/^(?:State|Government),?$/.test(gap[k + 2] ?? '')) return 0;
  return gap[k + 3] === 'and' && /^Government,?$/.test(gap[k + 4] ?? '') && !gap[k + 2].endsWith(',') ? 5 : 3;
}

/**
 * How many of the gap's first words describe the meeting between commas: ", a multilateral
 * international meeting," in "The 12th Summit of the Organization of Turkic States, a
 * multilateral international meeting, was held on 7 October 2025". Only "a" or "an" and a few
 * words of no number nor verb of its own; else 0.
 */
function describedAfter(gap: string[]): number {
  if (gap[0] !== ',' || !/^an?$/.test(gap[1] ?? '')) return 0;
  for (let k = 2; k < Math.min(gap.length, 9); k++) {
    const w = gap[k].replace(/,$/, '');
    if (/\d/.test(w) || LINK_VERBS.has(w.toLowerCase()) || !/^[\p{L}'’-]+$/u.test(w)) return 0;
    if (gap[k].endsWith(',')) return k + 1;
  }
  return 0;
}

/** The meeting's acronym after its name: "(ACD)", "(SCO-CoHS)", maybe with a comma after it. */
const ACRONYM_IN_PARENS = /^\(\p{Lu}[\p{L}\d-]*\),?$/u;

/** Lower-case words that say what kind of meeting a named one is: "(ACD) ministerial meeting". */
const MEETING_KINDS = new Set(['ministerial', 'leaders', "leaders'", 'summit', 'meeting', 'session', 'plenary', 'conference']);

/** Verbs that date a meeting's last day. */
const END_VERBS = new Set(`close closes closed conclude concludes concluded end ends ended ending wrap wraps wrapped adjourn adjourns adjourned`.split(/\s+/));

/** Does the date after the meeting state its day? "start" or "end" when the verb says the day it opens or closes. */
function linksAfter(text: string, meeting: RawMention, date: RawMention): false | 'day' | 'start' | 'end' {
  // "The 47th summit of the Association of Southeast Asian Nations (ASEAN) commenced Sunday":
  // the meeting's name runs on past its head word.
  const words = gapWords(text, Math.max(meeting.span.end, meeting.fullSpan.end), date.span.start);
  const gap = words && withoutOwnWork(words);
  if (gap) gap.splice(0, nameGoesOn(gap));
  if (gap) gap.splice(0, describedAfter(gap));
  // "The 16th BRICS Summit is set to take place in Kazan, Russia, on October 22-23".
  if (!gap || gap.length > 14) return false;
  // Allowed between: linking verbs and prepositions, a place, the acronym "(SCM)".
  // (A place's name may hold an apostrophe: "Nuku'alofa", "N’Djamena".)
  // "held at the defense ministry in Seoul on Nov. 13": a venue in lower case after "at the".
  const venue = new Set<number>();
  for (let i = 0; i + 1 < gap.length; i++) {
    if (gap[i].toLowerCase() !== 'at' || gap[i + 1].toLowerCase() !== 'the') continue;
    // ("at the FAO headquarters in Rome": a body's name may come first, "at the Party Central Committee's headquarters".)
    for (let k = i + 2; k < Math.min(gap.length, i + 6) && /^\p{L}[\p{L}'’-]*,?$/u.test(gap[k]) && !LINK_AFTER.has(gap[k].replace(/,$/, '')); k++) if (/^\p{Ll}/u.test(gap[k])) venue.add(k);
  }
  const allowed = (w: string, i: number) => {
    const bare = w.toLowerCase().replace(/,$/, '');
    return LINK_AFTER.has(bare) || WHERE_WORDS.has(bare) || venue.has(i) || (i === 0 && (w === ',' || ACRONYM_IN_PARENS.test(w))) || /^\p{Lu}[\p{L}.'’‘-]*,?$/u.test(w);
  };
  if (!gap.every(allowed)) return false;
  // One clause only: "…Conference, to be held in Baku, Azerbaijan, began in Bonn on June 3"
  // dates the talks in Bonn.
  let runs = 0;
  let inRun = false;
  for (const w of gap.map((x) => x.toLowerCase())) {
    if (LINK_VERBS.has(w)) {
      if (!inRun) runs++;
      inRun = true;
    } else if (!(inRun && VERB_RUN.has(w))) inRun = false;
  }
  if (runs > 1) return false;
  const opens = gap.some((w) => START_VERBS.has(w.toLowerCase()));
  const closes = gap.some((w) => END_VERBS.has(w.toLowerCase()));
  // "was declared closed" is the end; "closed" in a list of other verbs would be a second clause.
  if (opens && closes) return false;
  const before = text.slice(Math.max(0, meeting.fullSpan.start - 100), meeting.fullSpan.start);
  // "the closing ceremony of the 47th ASEAN Summit … held … Oct. 28": the day it ends, not a day it is held.
  const part = (CEREMONY_OF.exec(before) ?? EDGE_OF.exec(before))?.[1].toLowerCase();
  // "runs through September 19", "is underway until Thursday": the day it ends.
  const until = /^(?:until|till|through)$/i.test(gap[gap.length - 1] ?? '');
  // "The general debate of the 80th session … is scheduled to begin on Sept. 23": a part of it
  // begins, on a day it is held.
  if (!part && PART_OF.test(before)) return runs > 0 ? 'day' : false;
  const aspect = opens ? 'start' : closes || until ? 'end' : part ? (['closing', 'final', 'close', 'end'].includes(part) ? 'end' : 'start') : 'day';
  // "left for the 16th BRICS Summit in Kazan on Monday", "met on the sidelines of the 16th BRICS
  // Summit in Kazan on Wednesday", "spoke at …": with no verb of its own, the meeting is where
  // the date's event happened, not the meeting's day. ("will host Hegseth for the 57th SCM on
  // Nov. 4" is the meeting's.)
  if (runs > 0) return aspect;
  if (AT_MEETING.test(before) || (/\b(?:for|to)\s+(?:the\s+)?$/i.test(before) && TRAVEL.test(before.replace(/\b(?:for|to)\s+(?:the\s+)?$/i, '')))) return false;
  // "Widodo officially opened the 43rd ASEAN Summit … on Tuesday": someone opens or closes it.
  const verb = verbBefore(before);
  return START_VERBS.has(verb) ? 'start' : END_VERBS.has(verb) ? 'end' : aspect;
}

/** "the second ordinary session of the": a session of a body numbered by its term, before the body. */
const SESSION_OF_END = /\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:session|plenum|sitting)\s+of(?:\s+the)?\s*$/i;

/**
 * "Widodo on Tuesday opened the 43rd ASEAN Summit", "the King on Sunday inaugurated the second
 * ordinary session of the 20th Parliament": the day someone opens or closes it, written before
 * the verb.
 */
function opensOnDate(text: string, date: RawMention, meeting: RawMention): false | 'start' | 'end' {
  if (!/\bon\s+$/i.test(text.slice(Math.max(0, date.span.start - 4), date.span.start))) return false;
  const between = text.slice(date.span.end, meeting.fullSpan.start).replace(SESSION_OF_END, ' ');
  const gap = gapWords(between, 0, between.length)?.map((w) => w.toLowerCase()).filter((w) => w !== 'the' && w !== 'officially' && w !== 'formally' && !ORDINAL.test(w));
  if (gap?.length !== 1) return false;
  return START_VERBS.has(gap[0]) ? 'start' : END_VERBS.has(gap[0]) ? 'end' : false;
}

/**
 * "Xi met von der Leyen in Beijing on Thursday, as the 25th China-EU Summit opened": the day, then
 * "as" the meeting and the verb that opens or closes it.
 */
function opensAsDated(text: string, date: RawMention, meeting: RawMention): false | 'start' | 'end' {
  if (!/^,?\s+as\s+(?:the\s+)?$/i.test(text.slice(date.span.end, meeting.fullSpan.start))) return false;
  const end = Math.max(meeting.span.end, meeting.fullSpan.end);
  const verb = /^\s+(?:(?:was|were|officially|formally)\s+)?(\w+)/.exec(text.slice(end, end + 40))?.[1].toLowerCase() ?? '';
  return START_VERBS.has(verb) ? 'start' : END_VERBS.has(verb) ? 'end' : false;
}

/** The first or last part of a meeting named before it: "the opening ceremony of the", "the closing session of". */
const CEREMONY_OF = /\b(opening|inaugural|closing|final)\s+(?:ceremony|session|plenary|day)\s+of\s+(?:the\s+)?$/i;
/** Its first or last day named before it: "before the start of COP 30 on Monday (10)", "the close of the talks on Friday". */
const EDGE_OF = /\b(?:the\s+)(start|opening|beginning|close|end)\s+of\s+(?:the\s+)?$/i;
/** A part of a meeting named before it, that has days of its own: "the general debate of the", "the high-level week of". */
const PART_OF = /\b(?:debate|segment|week|phase|round|leg|part)\s+of\s+(?:the\s+)?$/i;
/**
 * The meeting as the post someone holds, the time around it, or what it decided, not as the
 * event: "elected president of the 80th session … on June 2", "on the eve of the 30th COP", "the
 * decision of the 144th IOC Session on 19 March" (one day of a session of four). Nor what goes
 * before an election: "Early Voting for the 21st Presidential Election to Be Held on May 29-30",
 * "Seven candidates registered for the 21st Presidential Election on 10-11 May".
 */
const POST_OR_EVE_OF = /\b(?:president|presidency|chair|chairman|chairmanship|chairperson|vice[- ]presidents?|candidates?|eve|run-up|anniversary|preparations?|agenda|theme|host|hosting|bid|decisions?|resolutions?|vote|declaration|communiqu[eé]|outcome|(?:early|advance|absentee|overseas|postal)\s+voting|registration|registered|campaign|campaigning|nominations?)\s+(?:of|for)\s+(?:the\s+)?$/i;
function postOrEveOf(text: string, m: RawMention): boolean {
  return POST_OR_EVE_OF.test(text.slice(Math.max(0, m.fullSpan.start - 40), m.fullSpan.start));
}

/**
 * The verb right before the meeting's name: "opened" in "opened the", "wrapped" in "wrapped up
 * the", and in "opened the second ordinary session of the" (a session of a body's term).
 */
function verbBefore(before: string): string {
  const ws = before.replace(SESSION_OF_END, '').replace(/\s+the\s*$/i, '').trimEnd().split(/\s+/);
  const last = ws.pop()?.toLowerCase() ?? '';
  return last === 'off' || last === 'up' ? ws.pop()?.toLowerCase() ?? '' : last;
}

/**
 * A meeting named as the scene or the author of something else: "on the sidelines of the",
 * "at the", "was reappointed by the 75th World Health Assembly on Tuesday".
 */
const AT_MEETING = /\b(?:(?:sidelines|margins|fringes|edges)\s+of|at|during|by)\s+(?:the\s+)?$/i;

/** A journey before a date: "Xi arrived in Kazan on Tuesday for the 16th BRICS Summit" dates the arrival. */
const TRAVEL = /\b(?:arriv\w*|left|leav\w*|depart\w*|flew|fl(?:y|ies|ying)|travel\w*|head(?:s|ed|ing)?|land(?:s|ed|ing)?|embark\w*|set(?:s|ting)? off|return\w*|reach\w*)\b[^.;]{0,60}$/i;

function linksBefore(text: string, date: RawMention, meeting: RawMention): boolean {
  const words = gapWords(text, date.span.end, meeting.fullSpan.start);
  const gap = words && withoutPlaceBeforeDuring(words);
  if (!gap || gap.length > 4) return false;
  if (!gap.every((w) => LINK_BEFORE.has(w.toLowerCase()) || ORDINAL.test(w))) return false;
  const before = text.slice(Math.max(0, date.span.start - 80), date.span.start);
  // "preparing since June 1 for the 57th SCM": a span's edge, not the meeting's day.
  if (/\b(?:since|by|until|till|from|before|after)\s*$/i.test(before)) return false;
  return !(gap[0]?.toLowerCase() === 'for' && TRAVEL.test(before));
}

/**
 * "announced the decision on Sunday, December 15, in Abuja during the 66th Ordinary Session":
 * the gap without the place, when "during" follows it (what happened that day, there, happened
 * within the meeting).
 */
function withoutPlaceBeforeDuring(gap: string[]): string[] {
  const from = gap[0] === ',' ? 1 : 0;
  if (gap[from] !== 'in') return gap;
  let k = from + 1;
  while (k < gap.length && /^\p{Lu}[\p{L}.'’-]*,?$/u.test(gap[k])) k++;
  return k > from + 1 && gap[k] === 'during' ? gap.slice(k) : gap;
}

/**
 * A row of a timeline table: the day alone in one cell, the meeting opening the next ("| 25 July |
 * 25th EU-China summit, Beijing | …").
 */
function timelineRow(text: string, date: RawMention, meeting: RawMention): boolean {
  // (The meeting is the cell's whole name: not "| 6–7 Nov | COP30 leaders' summit, Belém |".)
  const end = Math.max(meeting.span.end, meeting.fullSpan.end);
  return TABLE_CELL_BEFORE.test(text.slice(Math.max(0, date.span.start - 4), date.span.start)) && NEXT_CELL.test(text.slice(date.span.end, meeting.fullSpan.start)) &&
    /^\s*(?:[,|(–—]|\*\*|$)/.test(text.slice(end, end + 3));
}
const TABLE_CELL_BEFORE = /\|\s*$/;
const NEXT_CELL = /^\s*(?:,\s*\d{4}\s*)?\|\s*(?:\*\*)?(?:the\s+)?(?:\d{1,4}(?:st|nd|rd|th)\s+)?$/i;

/** Words that give a meeting's date as a plan: "will be held on", "decided to hold … on", "is scheduled for". */
const PLAN = /\b(?:will|shall|scheduled|slated|planned|(?:set|due|expected|decided|agreed|is|are) to)\b/i;

/** A meeting's own verb of what happened, between it and its date: "…, which opened today". */
const HAPPENED = /\b(?:opened|began|started|convened|concluded|closed|ended|(?:was|were) held|took place|kicked off|got underway|wrapped up)\b/i;

/**
 * Is a meeting's date given as a plan? A plan's words shortly before the meeting or between it
 * and the date say so, unless the meeting's own verb after it says it happened: "The vote is
 * set to take place during the 74th session …, which opened today".
 */
function givenAsPlan(text: string, m: RawMention, d: RawMention): boolean {
  const between = d.span.start >= m.span.end ? text.slice(m.span.end, d.span.start) : '';
  if (between && !PLAN.test(between) && HAPPENED.test(between)) return false;
  const start = Math.min(m.fullSpan.start, d.span.start);
  return PLAN.test(text.slice(Math.max(0, start - 40), Math.max(m.span.end, d.span.start))) || DIRECTIVE.test(text.slice(Math.max(0, start - 40), start));
}

/** A date given as a plan is `planned`, and `rescheduled` too when the text before it says the meeting moved. */
function planOf(text: string, m: RawMention, d: RawMention): { planned?: true; rescheduled?: true } {
  if (!givenAsPlan(text, m, d)) return {};
  return RESCHEDULED.test(text.slice(Math.max(0, d.span.start - 1000), d.span.start)) ? { planned: true, rescheduled: true } : { planned: true };
}

/** Words that say a meeting was moved to another day, in the text before its new date. */
const RESCHEDULED = /\b(?:postpon(?:e|es|ed|ing|ement)|reschedul(?:e|es|ed|ing)|pushed back|brought forward|moved (?:up|forward|back))\b/i;

/** A decision's item that opens with its verb: "8. Hold the 38th ONOMM on 1 December 2024." */
const DIRECTIVE = /(?:^|[\n.;:]\s*|\b\d{1,2}[.)]\s+)(?:hold|convene)\s+(?:the\s+)?(?:next\s+)?$/i;

/** Verbs by which a meeting happens: one of them must follow a meeting dated at the sentence's start. */
const HAPPENS = new Set(`held hold holds convene convenes convened open opens opened begin begins began start starts started kick kicks kicked
  commence commences commenced close closes closed conclude concludes concluded end ends ended wrap wraps wrapped adjourn adjourns
  adjourned`.split(/\s+/));

/**
 * "Europe won the 45th Ryder Cup on Monday (Korea time)": a day in the writer's time zone, not
 * where the meeting was, which may be the day before or after the one other sources give. (Not
 * "local time", the meeting's own.)
 */
function inOtherTimeZone(text: string, date: RawMention): boolean {
  // (chrono may take the zone's letters into the date: "Tuesday KST".)
  if (ZONE_LETTERS.test(date.text)) return true;
  const after = OTHER_TIME_ZONE.exec(text.slice(date.span.end, date.span.end + 32));
  return !!after && !/^local$/i.test(after[1] ?? '');
}
const ZONE_LETTERS = /\b(?:KST|JST|GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|IST|HKT|AEST|AEDT|SGT)\b/;
const OTHER_TIME_ZONE = new RegExp(String.raw`^,?\s*\(?\s*(?:(\p{L}+) time\b|${ZONE_LETTERS.source})`, 'u');

/**
 * A date that opens the sentence, the meeting right after it, and the meeting's own verb:
 * "From February 16 to 18, 2024 local time, the 60th Munich Security Conference was held in
 * Munich", "On Nov. 4, the 57th SCM opened in Seoul". Anything else between the date and the
 * meeting ("On Monday, Hegseth attended the 57th SCM") dates something else.
 */
function linksFronted(text: string, date: RawMention, meeting: RawMention): false | 'day' | 'start' | 'end' {
  const lead = text.slice(Math.max(0, date.span.start - 12), date.span.start);
  if (!/(?:^|[.!?]["”’)]?\s+|\n\s*)(?:(?:on|from|between)\s+)?$/i.test(lead) || /\b(?:[A-Z][a-z]{0,3}|[A-Z])\.\s+(?:(?:on|from|between)\s+)?$/.test(lead)) return false;
  if (!/^\s*(?:\(?local time\)?\s*)?,\s*(?:the\s+)?(?:\d{1,4}(?:st|nd|rd|th)\s+)?$/i.test(text.slice(date.span.end, meeting.fullSpan.start))) return false;
  const words = text.slice(Math.max(meeting.span.end, meeting.fullSpan.end), Math.max(meeting.span.end, meeting.fullSpan.end) + 120).split(/\s+/).filter(Boolean);
  words.splice(0, nameGoesOn(words));
  if (words[0] && ACRONYM_IN_PARENS.test(words[0])) words.shift();
  // The run of verbs right after the meeting: "was held", "officially opened", "took place".
  const run: string[] = [];
  for (const w of words.map((x) => x.toLowerCase().replace(/[.,;:]$/, ''))) {
    if (!(LINK_VERBS.has(w) || (run.length > 0 && VERB_RUN.has(w)))) break;
    run.push(w);
  }
  const takesPlace = run.some((w, i) => /^t(?:ake|akes|ook)$/.test(w) && run[i + 1] === 'place');
  if (!takesPlace && !run.some((w) => HAPPENS.has(w))) return false;
  const opens = run.some((w) => START_VERBS.has(w));
  const closes = run.some((w) => END_VERBS.has(w));
  if (opens && closes) return false;
  return opens ? 'start' : closes ? 'end' : 'day';
}

/**
 * "the 2023 NATO summit … on July 11": a day written without its year is one of the meeting's
 * year, wherever the article's own date placed it. Weekdays and "today" stay where they are.
 */
function inEditionYear(date: RawMention, year: number): { day: string; lastDay?: string } {
  const v = date.dateValue!;
  if (v.relative || /\b\d{4}\b/.test(date.text)) return { day: v.value, lastDay: v.lastDay };
  const move = (d: string) => `${year}${d.slice(4)}`;
  return { day: move(v.value), lastDay: v.lastDay && move(v.lastDay) };
}

/**
 * "to the rank of general", "to the substantive rank of Lieutenant General"; after the post the
 * name is appointed to: "appointed Brig. Gen. Rodolphe Haykal to the post, promoting him to the rank of general".
 */
const TO_THE_RANK = /\s*(?:,\s*)?(?:to the (?:post|position|job|role)(?: of [^,.;!?]{1,40})?\s*,?\s*(?:and\s+)?(?:promoting|elevating|raising)\s+(?:him|her)\s+)?(?:who\s+)?(?:(?:has been|was|were|is|got|have been|had been)\s+)?(?:promoted|elevated|raised)?\s*to the (?:substantive |full |acting )?rank of ([A-Za-z][A-Za-z.\-]*(?: [A-Za-z][A-Za-z.\-]*){0,2})/y;
/**
 * The promotion's verb, before the name or after it: "raises X to the rank of", "X was promoted to
 * the rank of", "promoted Army chief General X", "the promotion of Chief of Army Staff (COAS) General X"
 * (the words between in one clause).
 */
const PROMOTES = /\b(?:promot|elevat|rais|upgrad)\w*\s+(?:of\s+)?(?:[^\s.;!?]+\s+){0,5}$/i;

/**
 * "Ruto … promoted Lieutenant General Charles Kahariri to the rank of general", "Gen. X was
 * promoted to the rank of general": the rank the person holds from then on, a title as much as
 * one written before the name. A source that says so agrees with those that call him General
 * and with those that call him by the rank he leaves.
 */
function promotedTo(text: string, m: RawMention, index: number): TitleFact | undefined {
  // Matched in place (sticky), not on a copy: this runs for every person named in full.
  TO_THE_RANK.lastIndex = m.span.end;
  const to = TO_THE_RANK.exec(text);
  if (!to) return promotedToStars(text, m, index) ?? promotedToNamedRank(text, m, index);
  if (!to || !(/promot|elevat|rais/i.test(to[0]) || PROMOTES.test(text.slice(Math.max(0, m.fullSpan.start - 60), m.fullSpan.start)))) return undefined;
  // "… to the rank of Field Marshal.": the sentence's period, not an abbreviation's ("Brig.").
  const words = to[1].replace(/(\p{L}{5,})\.$/u, '$1').split(' ');
  for (let k = words.length; k > 0; k--) {
    const split = splitTitle(words.slice(0, k));
    if (split.rank === undefined || split.rankFrom !== 0) continue;
    const start = to.index + to[0].length - to[1].length;
    // "… to the rank of general. Gen. Wayne Eyre": the sentence ends with the rank.
    const span = { start, end: start + words.slice(0, k).join(' ').replace(/(\p{L}{5,})\.$/u, '$1').length };
    const rankText = text.slice(span.start, span.end);
    return promotionFact(m, index, span, split.rank, rankText);
  }
  return undefined;
}

/**
 * "Torre, who previously held the rank of police major general, was promoted to four-star
 * general": a rank named by its stars, after the name or a clause about it.
 */
const TO_STARS = /\s*(?:,\s*who\b[^.;!?]{0,160}?,)?\s*(?:(?:has been|was|were|had been)\s+)?(?:promoted|elevated|raised)\s+to\s+(?:the\s+rank\s+of\s+)?(?:an?\s+)?(one|two|three|four)-star\s+(general|admiral)\b/iy;
const STAR_RANKS: Record<string, Record<string, string>> = {
  general: { one: 'brigadier general', two: 'major general', three: 'lieutenant general', four: 'general' },
  admiral: { one: 'rear admiral', two: 'rear admiral', three: 'vice admiral', four: 'admiral' },
};

function promotedToStars(text: string, m: RawMention, index: number): TitleFact | undefined {
  TO_STARS.lastIndex = m.span.end;
  const to = TO_STARS.exec(text);
  if (!to) return undefined;
  const rankText = `${to[1]}-star ${to[2]}`;
  const start = to.index + to[0].length - rankText.length;
  const span = { start, end: start + rankText.length };
  const rank = STAR_RANKS[to[2].toLowerCase()][to[1].toLowerCase()];
  return promotionFact(m, index, span, rank, text.slice(span.start, span.end));
}

/**
 * "Oluyede was later decorated as a full General", "Lieutenant General Olufemi Oluyede, became
 * chief of defence staff and was promoted to full general": a general's or an admiral's rank
 * named without "the rank of", after the name or a clause of its new post; or after a description
 * ("Gen. Mohammad Ayub Khan, the country's first military ruler, who had himself elevated to Field Marshal").
 */
const TO_NAMED_RANK = /\s*(?:,[^,.;!?()]{1,60},\s*who\s+|,?\s*)(?:(?:who\s+)?(?:became|was named|was appointed|took over)[^.;!?]{0,60}?\s+and\s+)?(?:(?:has been|was|were|had been|had|has)\s+)?(?:(?:him|her)self\s+)?(?:later\s+|then\s+|subsequently\s+)?(?:promoted|decorated|elevated|raised)\s+(?:to|as)\s+(?:an?\s+)?(?:full\s+)?((?:lieutenant |major |brigadier |vice |rear |field |air (?:vice |chief )?)?(?:general|admiral|marshal))\b/iy;

function promotedToNamedRank(text: string, m: RawMention, index: number): TitleFact | undefined {
  TO_NAMED_RANK.lastIndex = m.span.end;
  const to = TO_NAMED_RANK.exec(text);
  if (!to) return undefined;
  const split = splitTitle(to[1].split(' '));
  if (split.rank === undefined || split.rankFrom !== 0) return undefined;
  const start = to.index + to[0].length - to[1].length;
  const span = { start, end: start + to[1].length };
  return promotionFact(m, index, span, split.rank, text.slice(span.start, span.end));
}

/** A sentence of officers decorated with their ranks ("Tinubu decorated the new service chiefs with their new ranks"). */
const DECORATED = /\bdecorat(?:ed|es|ing)\b/i;
/** Right after a ranked name, the rank it had until now: "General Olufemi Oluyede, until today a lieutenant-general,". */
const RANK_UNTIL_NOW = /^\s*,\s*(?:until|till|up to)\s+(?:today|now|yesterday|this week|recently)\s+an?\s+(?:(?:lieutenant|major|brigadier|vice|rear|air|chief)[\s-]+){0,2}(?:general|admiral|marshal|commodore|colonel)\b/i;

/**
 * ", who was (later) promoted to …" right after a name; or who promoted himself: "General Ayub
 * Khan, who elevated himself to field marshal in 1959", "… who assumed the rank in 1959".
 */
const PROMOTED_AFTER = /\s*,?\s*(?:who\s+)?(?:(?:was|were|had been|has been|got)\s+(?:later\s+|subsequently\s+|then\s+|eventually\s+)?(?:promoted|elevated|raised)\s+to\b|(?:later\s+|then\s+)?(?:promoted|elevated|raised|appointed|named)\s+(?:himself|herself)\b|(?:later\s+|then\s+)?(?:assumed|took|conferred|gave himself|awarded himself)\s+(?:the|that|this)\s+rank\b)/iy;

/** The rank someone is said to be promoted to, as a current title of theirs. */
function promotionFact(m: RawMention, index: number, span: Span, rank: string, rankText: string): TitleFact {
  return { type: 'title', key: m.key, mention: index, title: { text: rankText, span, rank, rankText, office: undefined, officeText: undefined, status: 'current', basis: 'appositive' }, span, promotion: true };
}

/** Words that say someone leaves a post: "Finance Minister Chrystia Freeland resigned", "fired Defense Secretary Mark Esper". */
const LEAVING = /\b(?:resign(?:s|ed|ing|ation)?|quit(?:s|ting)?|step(?:s|ped|ping)? down|stood down|fired|sacked|ousted|dismissed|(?:was|were|been|being) (?:removed|replaced|relieved)|relieved of)\b/gi;

function isStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63; // . ! ?
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c);
}

/** The sentence around text[at, end), within a few hundred characters: from the stop or line break before it to the one after it. */
function sentenceAround(text: string, at: number, end: number): { start: number; end: number } {
  let from = at;
  while (from > 0 && at - from < 300 && text.charCodeAt(from - 1) !== 10 && !(isStop(text.charCodeAt(from - 1)) && isSpace(text.charCodeAt(from)))) from--;
  let to = end;
  while (to < text.length && to - end < 300 && text.charCodeAt(to) !== 10 && !(isStop(text.charCodeAt(to)) && isSpace(text.charCodeAt(to + 1)))) to++;
  return { start: from, end: to };
}

/**
 * People the article says are leaving their posts: those named in a sentence that says so.
 * One scan of the text for the words, which most articles do not have.
 */
function leavingKeys(text: string, mentions: RawMention[]): Set<string> {
  const out = new Set<string>();
  const sentences: { start: number; end: number }[] = [];
  LEAVING.lastIndex = 0;
  for (let m; (m = LEAVING.exec(text)) !== null;) sentences.push(sentenceAround(text, m.index, m.index + m[0].length));
  if (!sentences.length) return out;
  for (const m of mentions) {
    if (m.kind !== 'person' || m.block !== 'body' || !sentences.some((s) => s.start <= m.fullSpan.start && m.fullSpan.end <= s.end)) continue;
    const lead = text.slice(Math.max(0, m.fullSpan.start - 60), m.fullSpan.start);
    if (RECIPIENT_BEFORE.test(lead) || (TOLD_BEFORE.test(lead) && TELLERS_OWN_LEAVING_AFTER.test(text.slice(m.fullSpan.end, m.fullSpan.end + 80)))) continue;
    out.add(m.key);
  }
  return out;
}

/**
 * "submitted his resignation to Prime Minister Ana Brnabić", "said in a letter to Defence Minister Israel Katz that he
 * would step down": the one a resignation or a letter is handed to stays.
 */
const RECIPIENT_BEFORE = /\b(?:(?:resignation|letter)\s+(?:(?:was\s+)?(?:addressed|sent|submitted|handed|delivered)\s+)?(?:to|with)|wrote\s+to|written\s+to)\s+(?:the\s+)?$/i;
/**
 * "has informed Defense Minister Israel Katz that he will resign": the one told stays, where the teller is the one
 * leaving, in the active. (Not "told Finance Minister Chrystia Freeland on Friday that she was being replaced".)
 */
const TOLD_BEFORE = /\b(?:informed|told|notified)\s+(?:the\s+)?$/i;
const TELLERS_OWN_LEAVING_AFTER = /^\s*,?\s+that\s+(?:he|she)\s+(?:(?:would|will|had|has|was going to|is going to|intends to|planned to|plans to)\s+)?(?:resign|step(?:s|ped)?\s+down|quit|stand\s+down|leave)\b/i;

/**
 * After a name, words that say its bearer takes up a post: "Air Chief Marshal AP Singh took
 * over as Chief of the Air Staff", "Air Vice Marshal S.K Aneke is appointed Chief of Air
 * Staff", "Air Marshal AP Singh succeeded … as the new Air Force chief", "AVM Aneke is now the
 * Chief of Air Staff", "… is the new Chief of Army Staff". Taking over is active:
 * "Musa was replaced by …" is the one leaving.
 */
// (", who becomes interior minister under Sheinbaum": the clause of the name's own.)
const TAKES_POST_AFTER = /^(?:\s*,[^,.;]{1,80},)?(?:\s*,\s*who)?\s+(?:(?:(?:has|have|had|was|were|is|are|will|would|shall|to)\s+)?(?:been\s+|be\s+)?(?:(?:formally|officially|now|also|then)\s+)?(?:appointed|named|nominated|designated|installed|sworn in)|(?:(?:will|would|shall|to|is to|is set to|has|have|had)\s+)?(?:(?:formally|officially|now|also|then)\s+)?(?:(?:take|takes|took|taken|taking) (?:over|command|charge)|assum(?:e|es|ed|ing) (?:command|office|charge|the post|the role|duty|duties)|succeed(?:s|ed|ing)?|replac(?:e|es|ed|ing))|(?:is|are) now\b|(?:becomes|became|will become|to become)\b|(?:is|was|will be) (?:the )?(?:new|next|incoming)\b)/i;

/**
 * Before a name, with at most the title the bearer leaves between: "the President named former
 * Chief of Army Staff, Lt. General Olufemi Oluyede as the new Chief of Defence Staff", "the new
 * command, headed by Lt. Gen. Kenichiro Nagumo", "will be replaced by current Foreign Minister
 * Israel Katz", "replace him with foreign minister Israel Katz". Not "succeeds" or "replacing",
 * whose object is the one leaving ("replacing General Christopher Musa").
 */
const TAKES_POST_BEFORE = /(?:\b(?:appoint(?:s|ed|ing|ment of)?|nam(?:es|ed|ing)|nominat(?:es|ed|ing)|designat(?:es|ed|ing)|install(?:s|ed|ing)|promot(?:es|ed|ing)|elevat(?:es|ed|ing)|swore in|swears in|(?:replaced|succeeded) by|replac(?:e|es|ed|ing) (?:him|her) with)|\bnew\b[^.;]{0,60}\b(?:headed|led|commanded) by)\s+(?:the\s+)?(?:(?:former|outgoing|current|then)\s+)?(?:[a-z][\w'’-]*\s+){0,2}(?:(?:[A-Z][\w'’-]*|[A-Z][\w.'’-]{0,4}\.|of|the|and|for)\s+)*(?:[A-Z][\w.'’-]*,\s+)?$/;

const SINCE_BEFORE = /\bsince\s+$/i;

/** After a name, the verb that gives the post after it: "was named defense minister", "becomes trade minister" (see appositive). */
const NAMED_AS = String.raw`\b(?:(?:was|were|has been|have been|had been)\s+(?:${NAMING_VERBS.join('|')})(?:\s+as)?|(?:was|were|has been|had been)\s+sworn in as|becomes)(?:\s+the)?`;

/**
 * Right before a title, words that say it is new to its bearer: "New Liberal leader", "the newly
 * appointed Defence Minister", "the newly elected Speaker", "Mel Stride, appointed shadow
 * chancellor," (one capitalised word may come between, a party's or a country's).
 */
const NEW_BEFORE = new RegExp(`(?:\\b(?:[Nn]ew|[Nn]ewly[- ](?:appointed|elected|named|installed|sworn-in|minted|confirmed))|,\\s*(?:${APPOINTED_PARTICIPLES.join('|')})|${NAMED_AS})\\s+(?:(\\p{Lu}[\\p{L}'’-]*)\\s+)?$`, 'u');

/** Words for a post, which a move is to or from (MOVED_TO_POST_AFTER). */
const POST_WORDS = '(?:[Mm]inistry|[Mm]inistries|[Pp]ortfolio|[Pp]ost|[Rr]ole|[Oo]ffice|[Dd]epartment|[Jj]ob|[Pp]osition|[Mm]inister|[Ss]ecretary|[Cc]hair|[Cc]ommand)';

/**
 * After a name, a move to another post: "moved from the Defence Ministry to the Interior
 * Ministry", "was shifted to the foreign ministry", "switched to the finance portfolio". The
 * place moved to names a post (a ministry, a portfolio, an office): not "moved to Bangkok".
 */
const MOVED_TO_POST_AFTER = new RegExp(String.raw`^(?:\s*,(?:[^,.;]|\.(?=\s*\d)){1,80},)?\s+(?:(?:has|have|had|was|were|is|will be|to be)\s+(?:been\s+)?)?(?:moved|moves|shifted|shifts|switched|switches|transferred|reassigned)\s+` +
  // ("Koizumi, Takaichi's rival in the runoff on Oct. 4, moves from the farm ministry": from a post, to the one the article gives.)
  String.raw`(?:(?:from\s+[^.;]{1,60}?\s+)?to\s+(?:the\s+|a\s+|an\s+)?[^.;,]{0,40}?|from\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?[^.;,]{0,40}?)\b${POST_WORDS}\b`);

/** Is the title at `start` said to be new? Not "New Zealand Prime Minister", "New York Governor": a name after "New" is a place's. */
function saidNew(text: string, start: number): boolean {
  const m = NEW_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  return !!m && (!m[1] || !(nameWordOk(m[1]) || isPlacePhrase(['New', m[1]])));
}

/**
 * "Deputy Cooperatives Minister Ferry Juliantono was promoted to lead the ministry": promoted to
 * another office. (A rank's promotion, "promoted to the rank of general", is PROMOTED_AFTER's.)
 */
const PROMOTED_TO_OFFICE_AFTER = /^(?:\s*,[^,.;]{1,80},)?\s+(?:(?:has|have|had)\s+been|was|were|is|will be)\s+(?:(?:formally|officially|now|also)\s+)?(?:promoted|elevated)\b/i;

/** People the article says take up a post, of those `wanted`: a mention of theirs is set so. */
function takingPostKeys(text: string, mentions: RawMention[], wanted: Set<string>, after = TAKES_POST_AFTER, beforeIt: RegExp | null = TAKES_POST_BEFORE, refDay?: string): Set<string> {
  const out = new Set<string>();
  const takes = (from: number) => {
    const tail = text.slice(from, from + 120);
    const hit = after.exec(tail);
    if (!hit) return false;
    // (The verb whole: the pattern stops inside "replaced".)
    const rest = /^\w*/.exec(tail.slice(hit[0].length))![0];
    const verb = hit[0] + rest;
    return !(refDay && PAST_MOVE.test(verb) && !FUTURE_MOVE.test(verb) && movedLongAgo(tail.slice(verb.length), refDay));
  };
  for (const m of mentions) {
    if (m.kind !== 'person' || m.block !== 'body' || !wanted.has(m.key) || out.has(m.key)) continue;
    const end = Math.max(m.span.end, m.fullSpan.end);
    const before = text.slice(Math.max(0, m.fullSpan.start - 100), m.fullSpan.start);
    // "the first since Biden became president": a post taken long before, the state since.
    if (SINCE_BEFORE.test(before)) continue;
    // (After the name itself too: "Mohsin Naqvi, who was caretaker chief minister of Punjab until last
    // month, was sworn in", where the mention runs on over the clause.)
    if (takes(end) || (end > m.span.end && takes(m.span.end)) || !!beforeIt?.test(before)) out.add(m.key);
  }
  return out;
}

/** A move told as done: "who replaced Yoav Gallant", "took over", "was appointed"; not one ahead ("will replace"). */
const PAST_MOVE = /\b(?:replaced|succeeded|took|became|assumed|was|were|had|has)\b/i;
const FUTURE_MOVE = /\b(?:will|would|shall|to|is|are|becomes|takes|replaces|succeeds)\b/i;
/**
 * After a move, in the verb's own phrase (its object, "as" and the post), the month or year it was made, or how long
 * ago: "… Yoav Gallant as defence minister in November". Not past a comma, "and", a clause or a participle of its own:
 * "replaced Gallant and vowed to press the offensive launched in October".
 */
const MOVE_WHEN = /^(?:(?![,;:]|\b(?:and|or|but|who|which|that|after|before|when|while)\b|\b\p{L}+ing\b|\b(?:launched|begun|started|held)\b)[^.\n]){0,70}?\b(?:in\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(\d{4}))?|in\s+(\d{4})|(last\s+year)|((?:\d+|two|three|four|five|six|several)\s+(?:months|years)\s+ago))\b/u;
/**
 * Was the move made in a month before the article's, or a year before ("Katz, who replaced Yoav Gallant as defence
 * minister in November", in January)? Then the post the article gives is the one taken, and a later source's other
 * post is stale.
 */
function movedLongAgo(clause: string, refDay: string): boolean {
  const w = MOVE_WHEN.exec(clause);
  if (!w) return false;
  if (w[4] || w[5]) return true;
  const [refYear, refMonth] = [Number(refDay.slice(0, 4)), Number(refDay.slice(5, 7)) - 1];
  if (w[3]) return Number(w[3]) < refYear;
  const month = MONTH_ABBREVIATIONS.indexOf(w[1].slice(0, 3).toLowerCase());
  const year = w[2] ? Number(w[2]) : month <= refMonth ? refYear : refYear - 1;
  return year * 12 + month < refYear * 12 + refMonth;
}

/** A line that introduces a list of appointments: "The following individuals have been appointed to the Ministry:". */
const APPOINTMENT_LEAD = /\b(?:appointed|named|nominated|designated|sworn in)\b[^.\n]{0,80}:\s*$/i;
/** How many lines a list of appointments runs to at most. */
const APPOINTMENT_LIST_LINES = 60;
/** How far into its line a record's name starts at most ("The Rt Hon. Dr "). */
const RECORD_NAME_WITHIN = 24;

/**
 * Is the line at `at` one of a list under such a line, each line a record ("The Hon. Anita
 * Anand, P.C., M.P., Minister of Foreign Affairs"), with no blank line or sentence between?
 */
function inAppointmentList(text: string, at: number): boolean {
  let lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (text[lineStart] === '|') return inAppointmentTable(text, lineStart);
  // A bulleted list is read as a table is; under a headline that names a new cabinet, it is the
  // new cabinet's ("# Prime Minister Carney announces new Cabinet" … "- **Dominic LeBlanc**, Minister of International Trade").
  if (BULLET.test(text.slice(lineStart, lineStart + 3))) return inAppointmentTable(text, lineStart) || NEW_CABINET_HEADLINE.test(text.slice(0, HEADLINE_WITHIN));
  // A record opens with the name, after a style at most: most names are in running text.
  if (at - lineStart > RECORD_NAME_WITHIN) return false;
  for (let n = 0; n < APPOINTMENT_LIST_LINES && lineStart > 0; n++) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(prevStart, lineStart - 1);
    if (APPOINTMENT_LEAD.test(line)) return true;
    if (!line.trim() || /[.!?]\s*$/.test(line)) return false;
    lineStart = prevStart;
  }
  return false;
}

const BULLET = /^[-*•] /;
/** A headline of a cabinet formed: "Carney announces new Cabinet", "New government sworn in", "Lecornu unveils his government". */
const NEW_CABINET_HEADLINE = /^(?:---[\s\S]*?\btitle:[^\n]*|\s*#?[^\n]*)\b(?:(?:new|unveils?|announces?|names?|forms?)\s+(?:(?:his|her|their|its|a)\s+)?(?:new\s+)?(?:cabinet|government|ministry)\b|(?:cabinet|government|ministry)\s+(?:is\s+|was\s+)?(?:sworn in|unveiled|announced|named|formed)\b)/i;
/** How far into an article its headline (or front matter's title) is looked for. */
const HEADLINE_WITHIN = 600;

/**
 * The place a meeting named without its number is held in, written right after it: "the G20
 * summit in Johannesburg", "the NATO summit, held in The Hague". Not for meetings held often in
 * one place ("the cabinet meeting in Islamabad", "the Security Council session", "talks in Istanbul"),
 * whose days a week apart are two meetings.
 */
function heldIn(text: string, mentions: RawMention[], indices: readonly number[], mi: number): string | undefined {
  const m = mentions[mi];
  // (A number or year may come from the text around it, "the 57th SCM … the SCM in Washington": in the key.)
  if (m.ordinal !== undefined || /[#~]/.test(m.key) || FREQUENT_MEETINGS.test(m.key)) return undefined;
  const end = Math.max(m.span.end, m.fullSpan.end);
  // "the G7 summit, held June 16-18 in Kananaskis": its days, then its place.
  const d = indices.find((k) => mentions[k].kind === 'date' && mentions[k].span.start >= end && mentions[k].span.start - end <= 24);
  const from = d !== undefined && HELD_ON_GAP.test(text.slice(end, mentions[d].span.start)) ? mentions[d].span.end : end;
  const gap = from === end ? HELD_IN_GAP : IN_GAP;
  for (const i of indices) {
    const p = mentions[i];
    if (p.kind !== 'place' || p.span.start < from || p.span.start - from > 24) continue;
    return gap.test(text.slice(from, p.span.start)) ? p.key : undefined;
  }
  // A town no gazetteer knows, "in Kananaskis", when no other name stands there.
  const town = TOWN_AFTER.exec(text.slice(from, from + 60));
  if (!town || (from !== end && !IN_GAP.test(town[1])) || MONTHS_AND_DAYS.has(town[2].toLowerCase())) return undefined;
  const at = from + town[1].length;
  if (indices.some((i) => mentions[i].span.start <= at && mentions[i].span.end > at)) return undefined;
  return phraseKey('place', town[2]);
}
/** An election's rounds: "the runoff", "the second round", "a two-round system". */
const ROUNDS = /\b(?:run-?offs?|(?:first|second|third|final|two|2nd|1st)[- ]rounds?|two-round|ballotage)\b/i;
/** An election's phases: "in two phases", "the second phase of polling". */
const PHASES = /\b(?:phases|phased|(?:first|second|third|final|last|1st|2nd|3rd)[- ]phase)\b/i;
/** A verb of calling an election, right before it: "called the", "announced a snap", "triggered an early". */
const CALLED_BEFORE = /(?<![\w-])(?:call|calls|called|calling|announce|announces|announced|announcing|trigger|triggers|triggered|triggering)\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}$/i;
/** An election's day written after it with a weekday only when a verb says it is held then: "the vote, held on Sunday". */
const ELECTION_HELD = /\b(?:held|hold|holds|took place|takes place|is|was|will be|set|scheduled|slated|due)\b/;
/**
 * A day written beside an election that is not its own: a weekday after it with no verb that says it
 * was held then ("were tied in the Dutch parliamentary election on Thursday", the count's day); a
 * caption's day after one still ahead ("the upcoming general election in Yangon, Myanmar, Aug. 18,
 * 2025"); a day before "for the election" ("Official campaigning began Friday for the …", the campaign's).
 */
function notTheElectionsDay(text: string, m: RawMention, d: RawMention, after: boolean): boolean {
  if (!after) return /^\s*,?\s*for\b/i.test(text.slice(d.span.end, m.fullSpan.start));
  const gap = text.slice(Math.max(m.span.end, m.fullSpan.end), d.span.start);
  // The day it was called, not held: "Carney called the byelection on June 30" ("called an election for April 28" is its day).
  if (CALLED_BEFORE.test(text.slice(Math.max(0, m.fullSpan.start - 40), m.fullSpan.start)) && /\bon\b/.test(gap)) return true;
  return !ELECTION_HELD.test(gap) && (d.dateValue!.relative || (!!m.ahead && !/\b(?:on|for)\b/.test(gap)));
}
/** Between a meeting and its place: ", held in", "hosted in", "in". */
const HELD_IN = String.raw`\s*(?:,\s*)?(?:(?:(?:was|were|is|will be)\s+)?(?:held|hosted|taking place|that took place)\s+)?in\s+`;
const HELD_IN_GAP = new RegExp(`^${HELD_IN}(?:the\\s+)?$`);
const IN_GAP = /^\s*in\s+(?:the\s+)?$/;
const HELD_ON_GAP = /^\s*,\s*(?:held|taking place|that took place|which took place)\s+(?:on\s+|from\s+)?$/;
/** After a meeting (or its days): "in", then one or two capitalised words that end the phrase. */
const TOWN_AFTER = new RegExp(String.raw`^(${HELD_IN})(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?)(?=[\s,.;:)]|$)`, 'u');
const FREQUENT_MEETINGS = /\b(?:cabinet|council|committee|board|session|sitting|hearing|talks|briefing|rally|protest|march|operation|plenary|round)\b/i;

/**
 * After a post between commas, the person has left it for another: "Rosa Icela Rodríguez, López Obrador's security
 * secretary since 2020, has moved to Gobernación".
 */
const MOVED_ON_AFTER = /^[^,.;:()]{0,30},\s+(?:has|had)\s+(?:since\s+|now\s+|also\s+)?(?:moved|switched|been moved|been reassigned)\s+to\b/;

/** A past marker before an office and "and", right before another office: "former industry and ". */
const PAST_BEFORE_AND = /\b(?:former|ex-|then-|outgoing)\s+(?:[\p{L}-]+\s+){0,3}and\s+$/iu;

/**
 * An office written right before "and" and another office: "Minister for Home Affairs and ", "Foreign Minister and ",
 * "Second Vice President and ".
 */
const OFFICE_BEFORE_AND = /(?:^|[^\p{L}'’-])((?:[\p{Lu}][\p{L}'’-]* ){0,4}(?:Minister|Secretary)(?: (?:for|of) (?:the )?[\p{Lu}][\p{L}'’-]*(?:,? (?:and )?[\p{Lu}][\p{L}'’-]*){0,5})?|(?:(?:First|Second|Third|Fourth|Fifth) )?(?:Vice|Deputy)[- ](?:President|Prime Minister|Premier|Chancellor)) and $/u;
/** A deputy's post of a government's head, which someone may hold beside a ministry ("Second Vice President and Economy Minister"). */
const DEPUTY_HEAD_OF_GOVERNMENT = /^(?:(?:first|second|third|fourth|fifth) )?(?:vice|deputy) (?:president|prime minister|premier|chancellor)$/;

/** "and finance minister", "and Federal Minister of Finance": a cabinet post after "and", ending the phrase. */
const OFFICE_AFTER_AND = /^ and ((?:[\p{L}-]+ ){0,2}(?:[Mm]inister|[Ss]ecretary)(?: (?:of|for) (?:the )?[\p{Lu}][\p{L}'’-]*(?: (?:and )?[\p{Lu}][\p{L}'’-]*){0,3})?)(?=[,.;:]|\s+(?:[a-z]+ed|is|was|has|will|said|says|on|in)\b|$)/u;

function officeAfterAnd(text: string, at: number): { text: string; span: Span; office: string } | undefined {
  const m = OFFICE_AFTER_AND.exec(text.slice(at, at + 80));
  if (!m) return undefined;
  const office = normaliseOffice(m[1]);
  // (A cabinet post with a portfolio: not "and former minister", nor "and the minister".)
  if (!/ (?:minister|secretary)$/.test(office) || office.split(' ').length < 2 || /^(?:former|then|ex|the|a)\b/i.test(m[1])) return undefined;
  const start = at + m[0].indexOf(m[1]);
  return { text: m[1], span: { start, end: start + m[1].length }, office };
}

function officeBeforeAnd(text: string, at: number): { text: string; span: Span; office: string } | undefined {
  const from = Math.max(0, at - 100);
  const m = OFFICE_BEFORE_AND.exec(text.slice(from, at));
  if (!m) return undefined;
  const office = normaliseOffice(m[1]);
  // (A cabinet post with a portfolio: not "Prime Minister and …", whose other office the title read already holds.)
  const deputyHead = DEPUTY_HEAD_OF_GOVERNMENT.test(office);
  if ((!/ (?:minister|secretary)$/.test(office) || office.split(' ').length < 2) && !deputyHead) return undefined;
  // (After a possessive, a deputy's post is the owner's deputy, someone else: "her Vice President and Economy
  // Minister X" names the minister only. After "the" it is the name's: one person holds both posts.)
  const start = from + m.index + m[0].indexOf(m[1]);
  if (deputyHead && /\b(?:his|her|their|its)\s+$/i.test(text.slice(Math.max(0, start - 8), start))) return undefined;
  return { text: m[1], span: { start, end: start + m[1].length }, office };
}

/** A sentence that says the people listed after it were appointed: "The Ministers of State listed below were attested …". */
const APPOINTED_BELOW = /\b(?:listed below|below|the following|as follows)\b[^.\n]{0,120}\b(?:appointed|attested|sworn in|named|nominated|inaugurated)\b|\b(?:appointed|attested|sworn in|named|nominated)\b[^.\n]{0,80}\b(?:listed below|below|as follows)\b/i;

/** A sentence that says a cabinet was formed: "the Prime Minister formed her Cabinet", "Lecornu unveiled his new government". */
const CABINET_FORMED = /\b(?:formed|forms|unveiled|unveils|announced|announces|named|names|appointed|appoints)\s+(?:her|his|their|its|the|a)\s+(?:new\s+)?(?:cabinet|government|ministers|council of ministers)\b/i;

/**
 * Is the table row at `rowStart` one of a table of posts and names ("| Minister of Defense |
 * KOIZUMI Shinjiro |") under a sentence that says those listed were appointed, with headings,
 * other lists and blank lines between at most?
 */
function inAppointmentTable(text: string, rowStart: number): boolean {
  let lineStart = rowStart;
  for (let n = 0, prose = 0; n < APPOINTMENT_LIST_LINES && lineStart > 0 && prose < 2; n++) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(prevStart, lineStart - 1).trim();
    lineStart = prevStart;
    if (!line || /^(?:\||#|[-*•] )/.test(line)) continue;
    if (APPOINTED_BELOW.test(line) || APPOINTMENT_LEAD.test(line) || CABINET_FORMED.test(line)) return true;
    prose++;
  }
  return false;
}

/**
 * "he told the 80th session of the UNGA on Wednesday", "in his speech to the 80th session …
 * on Tuesday": the day is the speech's, one of many in a meeting of days or weeks.
 */
const ADDRESSED_BEFORE = /\b(?:told|tells|addressed|addresses|addressing|address to|speech (?:to|at|before)|speaking (?:to|at|before)|spoke (?:to|at|before)|remarks (?:to|at))\s+(?:the\s+)?$/i;
function addressedTo(text: string, m: RawMention): boolean {
  return ADDRESSED_BEFORE.test(text.slice(Math.max(0, m.fullSpan.start - 40), m.fullSpan.start));
}

/** Between a name and a day: a clause of the person's own, still open. */
const OWN_CLAUSE = /^\s*,\s*(?:who|whose|which)\b[^,;]*$/;

/**
 * The dates a sentence tells of (their indices), not those in a clause of the person's own:
 * "Secretary Jonvic Remulla, who succeeded Abalos in October 2024, defended the PNP" tells of now.
 */
function sentenceDates(text: string, mentions: RawMention[], indices: readonly number[], person: RawMention): number[] {
  return indices.filter((i) => mentions[i].kind === 'date' && !!mentions[i].dateValue &&
    !(mentions[i].span.start >= person.span.end && OWN_CLAUSE.test(text.slice(person.span.end, mentions[i].span.start))));
}

/** How long before the article a sentence's only days must be for its titles to be the past's. */
const BACKGROUND_DAYS = 60;

/** How long before the article the days a sentence tells of must be for its titles to be those days'. */
const AS_OF_DAYS = 7;

/**
 * The latest day a sentence tells of before the person's name, when every day it states (not in a
 * clause of the person's own) lies more than AS_OF_DAYS before the article's: "In the Oct. 5
 * leadership vote, Agriculture Minister Shinjiro Koizumi …", written on 23 October, gives his title
 * of 5 October. (A day after the name is often another matter's: "… called for restraint following
 * the re-election of Paul Biya in the October 12 poll".)
 */
function toldOfDay(text: string, mentions: RawMention[], indices: readonly number[], refDay: string, person: RawMention): string | undefined {
  const ref = Date.parse(refDay);
  let latest: string | undefined;
  for (const i of sentenceDates(text, mentions, indices, person)) {
    const d = mentions[i].dateValue!;
    if (d.precision !== 'day') continue;
    const day = d.lastDay ?? d.value;
    if (ref - Date.parse(day) <= AS_OF_DAYS * 86_400_000) return undefined;
    if (mentions[i].span.end <= person.fullSpan.start && (!latest || day > latest)) latest = day;
  }
  return latest;
}

/** Years before the article's that make a sentence history, whoever's clause they are in. */
const HISTORY_YEARS = 10;
const YEAR = /\b(1[89]\d\d|20\d\d)\b(?!\s*(?:[-–]|to|and)\s*(?:1[89]|20)\d\d)/g;

/** Does the sentence name only years long before `refYear` ("in 1959", "since 1958")? */
function yearsBefore(sentence: string, refYear: string): boolean {
  let found = false;
  for (const y of sentence.matchAll(YEAR)) {
    if (+y[1] > +refYear - HISTORY_YEARS) return false;
    // "Iran's breach of the 2015 nuclear deal": a year that names a thing, which may be talked of now.
    const end = y.index! + y[0].length;
    if (ATTRIBUTIVE_AFTER.test(sentence.slice(end, end + 24)) && ATTRIBUTIVE_BEFORE.test(sentence.slice(Math.max(0, y.index! - 12), y.index))) continue;
    // "Teresa Ribera (Madrid, 1969), Third Vice-President", "(born 1969)": a year of birth tells nothing of long ago.
    if (BORN_BEFORE.test(sentence.slice(Math.max(0, y.index! - 30), y.index)) && /^\s*\)/.test(sentence.slice(end, end + 3))) continue;
    found = true;
  }
  return found;
}
// (After "born", or a place right after a name: not "signed the Doha accord (2009)".)
const BORN_BEFORE = /(?:\(\s*(?:born\s+(?:in\s+)?|b\.\s*)|\p{Lu}[\p{L}'’-]+\s*\(\s*\p{Lu}[\p{L}' .-]{1,25},\s*)$/u;
const ATTRIBUTIVE_BEFORE = /(?:\b(?:the|its|their|his|her|a|an)|['’]s)\s+$/i;
const ATTRIBUTIVE_AFTER = /^\s+(?!(?:and|or|to|in|on|at|as|when|after|before|until|with|by|for|of|the|was|were|is|he|she|they|it)\b)[a-z][a-z-]+/;

/**
 * Does the sentence at these mention indices date what it tells only to days long before the
 * article's own (`refDay`)? "Foreign Minister Israel Katz visited Kyiv in January 2024", in June
 * 2025: a title of then, which a source of now may rightly give otherwise.
 */
function toldOfLongAgo(text: string, mentions: RawMention[], indices: readonly number[], refDay: string, person: RawMention, sentence?: Span): boolean {
  const ref = Date.parse(refDay);
  let dated = false;
  // A year of history, in any clause, with no day of now: "the first was General Ayub Khan, who
  // elevated himself to field marshal in 1959" (a year alone is no date mention).
  if (sentence && indices.every((i) => mentions[i].kind !== 'date') && yearsBefore(text.slice(sentence.start, sentence.end), refDay.slice(0, 4))) return true;
  for (const i of sentenceDates(text, mentions, indices, person)) {
    const d = mentions[i].dateValue!;
    dated = true;
    if (ref - Date.parse(d.lastDay ?? d.value) <= BACKGROUND_DAYS * 86_400_000) return false;
  }
  return dated;
}

export function extractFacts(text: string, mentions: RawMention[], sentenceSpans: readonly Span[] = [], refDay?: string): Fact[] {
  const facts: Fact[] = [];
  const leaving = leavingKeys(text, mentions);
  const bySentence = new Map<number, number[]>();
  mentions.forEach((m, i) => {
    if (m.block !== 'body' || m.foreign) return;
    bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), i]);
    if (m.kind !== 'person' || m.tentative) return;
    // A promotion is a fact even in a quoted press release: "… raises Lieutenant General X to the rank of general".
    // Said of the name in full or of its short form: "Carignan was promoted to the rank of general".
    const promoted = promotedTo(text, m, i);
    if (promoted) facts.push(promoted);
    if (m.quoted) return;
    // "Those decorated were Gen. Olufemi Oluyede, …; Lt.-Gen. Waidi Shaibu, …": the ranks a sentence of decoration gives are new.
    const sentence = sentenceSpans[m.sentence];
    const decorated = !!sentence && m.titles.some((t) => t.rank) && (DECORATED.test(text.slice(sentence.start, sentence.end)) || RANK_UNTIL_NOW.test(text.slice(m.span.end, m.span.end + 80)));
    // "General Muhammad Ayub Khan, who was elevated to the rank in 1959": a promotion to a rank
    // not named here; the rank before the name is the one left, which states nothing now.
    PROMOTED_AFTER.lastIndex = m.span.end;
    const rankLeft = !promoted && PROMOTED_AFTER.test(text);
    for (const t of m.titles) {
      if (rankLeft && t.rank) continue;
      const basis = t.basis === 'appositive' ? 'appositive' : m.form === 'short' ? 'short' : 'full';
      facts.push({
        type: 'title', key: m.key, mention: i,
        title: {
          text: t.text, span: t.span, rank: t.rank, rankText: t.rankText, office: t.office, officeText: t.officeText,
          // ("former industry and science minister Ed Husic": "former" is said of both offices.)
          status: t.status === 'current' && (PAST_BEFORE_AND.test(text.slice(Math.max(0, t.span.start - 60), t.span.start)) ||
            (basis === 'appositive' && MOVED_ON_AFTER.test(text.slice(t.span.end, t.span.end + 60)))) ? 'past' : t.status, basis,
        },
        span: basis === 'appositive' ? t.span : m.fullSpan,
        ...(leaving.has(m.key) ? { ending: true } : {}),
        ...(decorated && t.rank ? { promotion: true } : {}),
        // (So is an office in a list of appointments: "The following individuals have been appointed …:".)
        ...(t.office && (saidNew(text, t.span.start) || inAppointmentList(text, m.span.start)) ? { newPost: true } : {}),
      });
      // "Klingbeil becomes vice chancellor and finance minister": after a title written after the name, the office after "and" is held too.
      const second = t.office && basis === 'appositive' && t.status === 'current' ? officeAfterAnd(text, t.span.end) : undefined;
      if (second) {
        const last = facts[facts.length - 1] as TitleFact;
        facts.push({ ...last, title: { ...last.title, text: second.text, span: second.span, office: second.office, officeText: second.text, rank: undefined, rankText: undefined }, span: second.span });
      }
      // "Minister for Home Affairs and Minister for Law, Justice and Parliamentary Affairs Om Prakash
      // Aryal": the title read is the last of the offices held; the one before "and" is held too.
      const first = t.office && basis === 'full' ? officeBeforeAnd(text, t.span.start) : undefined;
      // (Not another's title and name: "Minister of State Jane Doe and Secretary of Defense Lloyd Austin".)
      if (first && !mentions.some((o) => o.kind === 'person' && o.span.start >= first.span.start && o.span.end <= first.span.end)) {
        const last = facts[facts.length - 1] as TitleFact;
        facts.push({ ...last, title: { ...last.title, text: first.text, span: first.span, office: first.office, officeText: first.text, rank: undefined, rankText: undefined } });
      }
    }
  });
  // Ranks and offices are compared with the day a post is taken in mind; most articles give none.
  const titled = new Set<string>();
  for (const f of facts) if (f.type === 'title' && (f.title.rank || f.title.office)) titled.add(f.key);
  if (titled.size) {
    const taking = takingPostKeys(text, mentions, titled, TAKES_POST_AFTER, TAKES_POST_BEFORE, refDay);
    const promoted = takingPostKeys(text, mentions, titled, PROMOTED_TO_OFFICE_AFTER, null);
    for (const f of facts) if (f.type === 'title' && (taking.has(f.key) || (promoted.has(f.key) && f.title.office && !f.title.rank))) f.takingPost = true;
    // "Mr Phumtham … moved from the Defence Ministry to the Interior Ministry in the reshuffle":
    // the offices this article gives the person are new to them (see TitleFact.newPost).
    const moved = takingPostKeys(text, mentions, titled, MOVED_TO_POST_AFTER, null);
    for (const f of facts) if (f.type === 'title' && f.title.office && moved.has(f.key)) f.newPost = true;
    // "Foreign Secretary David Lammy was appointed as the new deputy prime minister": the office
    // before the name, in the sentence that gives the new one, is the one held until then.
    for (const f of facts) {
      if (f.type !== 'title' || !f.title.office || f.newPost || !f.takingPost || f.title.status !== 'current') continue;
      const sentence = mentions[f.mention].sentence;
      if (facts.some((g) => g !== f && g.type === 'title' && g.key === f.key && g.newPost && g.title.office && g.title.office !== f.title.office && mentions[g.mention].sentence === sentence)) {
        f.title = { ...f.title, status: 'past' };
      }
    }
  }
  // Titles in a sentence of long ago are the past's; in one of some weeks ago, that day's.
  if (refDay) {
    for (const f of facts) {
      // (Not a move it reports: "Dec. 16, 2024: Dominic LeBlanc becomes Finance Minister" says when the post changed hands.)
      if (f.type !== 'title' || f.title.status !== 'current' || f.promotion || f.newPost || f.takingPost || f.ending) continue;
      const indices = bySentence.get(mentions[f.mention].sentence);
      if (!indices) continue;
      if (toldOfLongAgo(text, mentions, indices, refDay, mentions[f.mention], sentenceSpans[mentions[f.mention].sentence])) f.title = { ...f.title, status: 'past' };
      // (An office only: a rank of a day weeks before is still held against one of now, "At a parliamentary
      // audit on Oct. 14, Joint Chiefs of Staff Chairman Lt. Gen. Jin Yong-sung said …" against "Gen. Jin".)
      else if (f.title.office && !f.title.rank) {
        const asOf = toldOfDay(text, mentions, indices, refDay, mentions[f.mention]);
        if (asOf) f.asOf = asOf;
      }
    }
  }
  let rounds: boolean | undefined;
  let phases: boolean | undefined;
  for (const indices of bySentence.values()) {
    // Only a meeting written with its number (or its year) states a date for that meeting:
    // "the SCM" may be last year's ("Last year's SCM was held on Oct. 30, 2024").
    // (Most sentences state no day: no meeting in them is dated, and no place need be looked for.)
    const dates = indices.filter((i) => mentions[i].kind === 'date' && mentions[i].dateValue?.precision === 'day');
    if (!dates.length) continue;
    // (Or, without its number, the place it is held in: "the G20 summit in Johannesburg".)
    const whereOf = new Map<number, string | undefined>();
    for (const i of indices) if (mentions[i].kind === 'meeting' && mentions[i].ordinal === undefined) whereOf.set(i, mentions[i].where ?? heldIn(text, mentions, indices, i));
    // (Not a meeting inside a person's title: "COP28 President Sultan Al Jaber on Monday sought to …" dates his act.)
    const inTitle = (i: number) => indices.some((o) => mentions[o].kind === 'person' && mentions[o].fullSpan.start <= mentions[i].span.start && mentions[i].span.end <= mentions[o].span.start);
    const meetings = indices.filter((i) => mentions[i].kind === 'meeting' && (mentions[i].ordinal !== undefined || whereOf.get(i) !== undefined) && !inTitle(i));
    for (const mi of meetings) {
      for (const di of dates) {
        const m = mentions[mi];
        const d = mentions[di];
        const after = d.span.start >= m.span.end;
        if (m.where && notTheElectionsDay(text, m, d, after)) continue;
        const attached = after ? linksAfter(text, m, d) : d.span.end <= m.fullSpan.start && ((linksBefore(text, d, m) && 'day') || linksFronted(text, d, m) || opensOnDate(text, d, m) || opensAsDated(text, d, m) || (timelineRow(text, d, m) && 'day'));
        // Another meeting between the two takes the date for itself ("… BRICS Summit in Kazan,
        // the BRICS Business Forum opened in Moscow on Oct. 17"), numbered or not.
        // ("the 44th and 45th ASEAN Summits opened on Oct. 9": two meetings named together share the date.)
        const between = indices.some((o) => o !== mi && mentions[o].kind === 'meeting' && mentions[o].key !== m.key && o > Math.min(mi, di) && o < Math.max(mi, di) &&
          !(mentions[o].series === m.series && mentions[o].fullSpan.end === m.fullSpan.end));
        const { day, lastDay } = m.yearEdition ? inEditionYear(d, m.ordinal!) : { day: d.dateValue!.value, lastDay: d.dateValue!.lastDay };
        // "the 2025 NATO summit" is dated only by a day of 2025.
        const inYear = !m.yearEdition || day.startsWith(`${m.ordinal}-`);
        const where = whereOf.get(mi);
        if (attached && !between && inYear && !inOtherTimeZone(text, d) && !addressedTo(text, m) && !postOrEveOf(text, m)) {
          facts.push({
            type: 'eventDate', key: m.key, mention: mi, dateMention: di, dateText: d.text, dateSpan: d.span, day,
            ...(lastDay ? { lastDay } : {}), ...(attached === 'start' || attached === 'end' ? { aspect: attached } : {}),
            ...planOf(text, m, d), ...(where ? { where } : {}), ...(m.where && (rounds ??= ROUNDS.test(text)) ? { rounds } : {}),
            ...(m.where && (phases ??= PHASES.test(text)) ? { phases } : {}),
          });
        }
      }
    }
  }
  // The days people were sworn in, took office or died ("Karki was sworn in on Friday").
  for (const f of personEventFacts(text, mentions, bySentence.values(), refDay)) if (!inOtherTimeZone(text, mentions[f.dateMention])) facts.push(f);
  return facts;
}
