// Meeting series and their numbers: the key shared by every way of writing one series
// ("the 37th African Union summit", "the 37th AU Summit"), ordinals, years and other occasions.

import { EXERCISE_HEADS, HYPHEN_PREFIX, MEETING_ADJECTIVES, MEETING_HEADS, NUMBERED_MEETING_ACRONYMS, ORG_HEADS, PLACES, WORD_ORDINALS } from '../lexicon';
import type { Span } from '../model';
import { foldWords, isNationality, memoize, UNION_CODES } from '../normalize';
import type { Token } from '../tokenize';
import type { RawMention } from './rawMention';
import { COMMON_CAPS, ORG_NAME_WORDS } from './words';

const ORDINAL = /^(\d{1,4})(?:st|nd|rd|th)$/i;
export const VENUE_WORDS = new Set(['hall', 'hotel', 'venue', 'building', 'complex', 'room', 'grounds', 'site']);
export const HEAD_FIRST_MEETINGS = new Set(['summit', 'conference', 'meeting', 'forum', 'dialogue']);

/**
 * A continent's adjective names the continent in a series' name: the "Asian Cooperation
 * Dialogue" is the "Asia Cooperation Dialogue", not any "cooperation dialogue".
 */
export const CONTINENT_OF: Record<string, string> = { asian: 'asia', african: 'africa', european: 'europe' };

/** Bodies whose meetings are named by their code as often as by their name, and the code. */
const SERIES_CODES: [string[], string][] = Object.entries({
  'african union': 'au', 'north atlantic treaty organization': 'nato', 'north atlantic treaty organisation': 'nato',
  'association of southeast asian nations': 'asean', 'shanghai cooperation organization': 'sco', 'shanghai cooperation organisation': 'sco',
  'gulf cooperation council': 'gcc', 'organization of american states': 'oas', 'asia-pacific economic cooperation': 'apec',
  'economic community of west african states': 'ecowas', 'southern african development community': 'sadc',
  'communist party of china': 'cpc', 'chinese communist party': 'cpc', 'communist party of vietnam': 'cpv',
  // "the 79th United Nations General Assembly" is the "79th UN General Assembly".
  'united nations': 'un',
  // AP's "Group of 20 summit", "Group of Seven summit": the G20's, the G7's.
  'group of 20': 'g20', 'group of twenty': 'g20', 'group of seven': 'g7', 'group of 7': 'g7', 'group of eight': 'g8', 'group of 8': 'g8',
}).map(([full, code]) => [full.split(' '), code]);

/** Joining words: "Organization of American States" is the OAS. */
export const INITIAL_FILLERS = new Set(['of', 'the', 'and', 'for', 'on']);

/** Organs a body's name may stand before or not: "WHO Executive Board", "IAEA Board of Governors" (members singular by then). */
const STANDING_ORGANS = [['executive', 'board'], ['executive', 'council'], ['board', 'of', 'governor'], ['governing', 'body'], ['governing', 'council']];
/** The last words of bodies known by their initials (not "Assembly" or "Government": "OAS General Assembly" is no "OGA"). */
const INITIALLED_HEADS = new Set(['organization', 'organisation', 'agency', 'committee', 'fund', 'programme', 'program']);

/** Who meets, in the singular: "G20 Foreign Ministers' Meeting" and "G20 Foreign Minister Meeting" are one series. */
const MEMBERS_SINGULAR: Record<string, string> = {
  islands: 'island', // "Pacific Island Forum", a common slip
  ministers: 'minister', leaders: 'leader', governors: 'governor', presidents: 'president', chiefs: 'chief', envoys: 'envoy', ambassadors: 'ambassador',
};

export function seriesKey(words: string[]): string | undefined {
  return seriesKeyOf(words.join(' ')) || undefined;
}

/** Meetings' names repeat across articles: most are keyed once. '' for no series. */
const seriesKeyOf = memoize((name: string) => seriesKeyUncached(name) ?? '');

function seriesKeyUncached(name: string): string | undefined {
  let all = foldWords(name).map((w) => MEMBERS_SINGULAR[w.replace(/['’]$/, '')] ?? w);
  // "the 37th African Union summit" is the "37th AU Summit".
  const lead = all[0] === 'the' ? 1 : 0;
  // "the 41st Summit of GCC Leaders" is the "41st GCC Summit": a summit is named by whose it is, before or after.
  // So is a conference or a meeting: "the 13th Ministerial Conference of the WTO" is the "13th WTO
  // Ministerial Conference" (not the Conference of the Parties, which is named so).
  // So is "the 2025 Annual Meeting of the World Economic Forum": its adjectives name no one.
  let head = lead;
  while (head + 1 < all.length && MEETING_ADJECTIVES.has(all[head])) head++;
  // "the Assembly of (Heads of State and Government of) the African Union" is the "AU Assembly".
  if (all[head] === 'assembly' && all[head + 1] === 'of') all = assemblyNamedFirst(all, head);
  const namedAfter = all[head] === 'summit' || ((all[head] === 'conference' || all[head] === 'meeting') && all[head + 2] !== 'parties' && all[head + 3] !== 'parties');
  if (namedAfter && all[head + 1] === 'of' && all.length > head + 2) all = headLast(all, head, 1);
  // So is a forum or a summit by its topic: the "Forum on China-Africa Cooperation" is the
  // "China-Africa Cooperation Forum", the "Summit on the Future" the "Future Summit".
  else if (HEAD_FIRST_MEETINGS.has(all[head]) && all[head + 1] === 'on' && all.length > head + 2) all = headLast(all, head, 1);
  // And a party's central committee: the "Central Committee of the Communist Party of China" is
  // the "CPC Central Committee".
  else if (all[head] === 'central' && all[head + 1] === 'committee' && all[head + 2] === 'of' && all.length > head + 3) all = headLast(all, head, 2);
  let coded = false;
  for (const [full, code] of SERIES_CODES) {
    if (all.length > lead + full.length && full.every((w, i) => all[lead + i] === w)) {
      all.splice(lead, full.length, code);
      coded = true;
      break;
    }
  }
  // A body of three words or more that its initials name: the "World Trade Organization
  // Ministerial Conference" is the "WTO Ministerial Conference", the "International Atomic
  // Energy Agency General Conference" the "IAEA General Conference".
  if (!coded) {
    const headAt = all.findIndex((w, k) => k >= lead + 2 && INITIALLED_HEADS.has(w));
    const named = headAt > 0 ? all.slice(lead, headAt + 1) : [];
    if (named.length >= 3 && headAt < all.length - 1 && named.every((w) => /^[a-z][a-z]+$/.test(w) && !INITIAL_FILLERS.has(w))) all.splice(lead, headAt + 1 - lead, named.map((w) => w[0]).join(''));
  }
  // "the 156th session of the WHO Executive Board" is the "156th session of the Executive Board":
  // a standing organ is named with or without the one body it serves.
  if (STANDING_ORGANS.some((o) => all.length > lead + 1 + o.length && o.every((w, i) => all[lead + 1 + i] === w))) all.splice(lead, 1);
  const kept: string[] = [];
  let pair: string | undefined;
  // A topic after the name keeps its words: the "Arab Summit on the Palestinian Cause".
  const topicAt = all.indexOf('on');
  all.forEach((w, k) => {
    if (topicAt >= 0 && k > topicAt) return w === 'the' ? undefined : kept.push(w);
    // "European Union summit" and "European Council summit" are two series: a body's nationality stays.
    if (isNationality(w.toUpperCase()) && ORG_HEADS.has(all[k + 1] ?? '')) return kept.push(w);
    if (CONTINENT_OF[w]) return kept.push(CONTINENT_OF[w]);
    if (MEETING_ADJECTIVES.has(w) || isNationality(w.toUpperCase()) || w === 'the') return;
    // "Korea-U.S." and "South Korea-U.S." qualify a series without naming it.
    const parts = w.split('-');
    if (!(parts.length > 1 && parts.every((p) => isNationality(p.toUpperCase()) || PLACES.has(p.charAt(0).toUpperCase() + p.slice(1))))) kept.push(w);
    else pair ??= w;
  });
  // Unless they are all its name: "the 25th China-EU Summit" is the China-EU series.
  if (kept.length === 1 && pair) kept.unshift(pair);
  // "the 44th and 45th ASEAN Summits": each is an "ASEAN Summit".
  // ("Han Kuang exercises", "Han Kuang drill": one exercise, however its head is written.)
  const one = SINGULAR_HEADS[kept[kept.length - 1]] ?? (EXERCISE_HEADS.has(kept[kept.length - 1]) ? 'exercise' : undefined);
  if (one) kept[kept.length - 1] = one;
  // "the 20th National Congress of the Communist Party of China", "the 20th Communist Party
  // Congress", "the 20th CPC National Congress", "the 20th Party Congress": one party's congress.
  if (kept[kept.length - 1] === 'congress' && (kept.length === 2 ? kept[0] === 'national' || kept[0] === 'party' || PARTY_ACRONYMS.has(kept[0]) : kept.some((w) => w === 'party' || PARTY_ACRONYMS.has(w)))) return 'party congress';
  // "UNGA Session" is the General Assembly's.
  const spelled = kept.length === 2 ? NUMBERED_MEETING_ACRONYMS.get(kept[0].toUpperCase()) : undefined;
  if (spelled) kept.splice(0, 1, ...foldWords(spelled).filter((w) => w !== 'the'));
  if (kept.length < 2) return undefined;
  // "Leaders' Summit", "Leaders’ Summit" and "Leaders Summit" are one series; so are the
  // "Trump-Putin summit" and the "Putin-Trump summit", the "NATO-Ukraine Council" and the "Ukraine-NATO Council".
  // (Other parts of two letters are prefixes: "re-", "co-".)
  // (Not a prefix and its word: "Non-Aligned".)
  const series = kept.map((w) => (w.includes('-') && !HYPHEN_PREFIX.test(w) && w.split('-').every((p) => p.length >= 3 || UNION_CODES.has(p)) ? w.split('-').sort().join('-') : w)).join(' ').replace(/['’]/g, '')
    // A summit is its leaders' meeting: the "G20 Leaders' Summit" is the "G20 Summit", and so is the
    // "Summit of the ECOWAS Authority of Heads of State and Government" the "ECOWAS Summit".
    .replace(/(?<=\S) (?:leader|(?:authority )?of heads of state(?: and government)?|heads of state(?: and government)?) summit$/, ' summit')
    // So is the "44th Summit of the Heads of State and Government of the Southern African
    // Development Community" the "44th SADC Summit".
    .replace(/^(?:heads of state(?: and government)?|heads of government) of (?=\S+ \S)/, '')
    // The "53rd Pacific Islands Forum Leaders Meeting" is the "53rd Pacific Islands Forum".
    .replace(/(?<=\S (?:forum|dialogue)) leader meeting$/, '')
    // A session of a bloc's Authority, whichever way who meets is written around it: "of the ECOWAS
    // Authority of Heads of State and Government", "of the Authority of ECOWAS Heads of State and
    // Government", "of the Authority of Heads of State and Government of ECOWAS" are the "ECOWAS Authority"'s.
    // (Without the bloc, "the Authority of Heads of State and Government", it is the "Authority"'s.)
    .replace(/^(?:(\S+) authority of heads of state(?: and government)?|authority of (\S+) heads of state(?: and government)?|authority of heads of state(?: and government)?(?: of (\S+))?) session$/,
      (_, a, b, c) => `${a ?? b ?? c ?? ''} authority session`.trimStart());
  if (SERIES_ALIASES[series]) return SERIES_ALIASES[series];
  // "the 79th session of the General Assembly" is the 79th General Assembly, UNGA79.
  return series.endsWith(' session') && SESSION_NUMBERED.has(series.slice(0, -8)) ? series.slice(0, -8) : series;
}

/**
 * "assembly of (heads of state and government of) the african union (session)" as "african union
 * assembly (session)": the body whose assembly it is first, as "the AU Assembly" writes it. Left as
 * it is when no body follows ("Assembly of Heads of State and Government").
 */
function assemblyNamedFirst(all: string[], head: number): string[] {
  let k = head + 2;
  if (all[k] === 'heads' && all[k + 1] === 'of' && all[k + 2] === 'state') {
    k += 3;
    if (all[k] === 'and' && all[k + 1] === 'government') k += 2;
    if (all[k] !== 'of') return all;
    k++;
  }
  if (all[k] === 'the') k++;
  const end = all[all.length - 1] === 'session' ? all.length - 1 : all.length;
  return k < end ? [...all.slice(0, head), ...all.slice(k, end), 'assembly', ...all.slice(end)] : all;
}

/**
 * The `n` head words at `head` moved after what follows the word joining them to it ("of", "on"),
 * without a "the" that opens it: "summit of the americas" → "americas summit".
 */
function headLast(all: string[], head: number, n: number): string[] {
  return [...all.slice(0, head), ...all.slice(head + n + 1).filter((w, k) => k > 0 || w !== 'the'), ...all.slice(head, head + n)];
}

/** Series known by two names: the "28th UN Climate Change Conference" is COP28. */
const SERIES_ALIASES: Record<string, string> = {
  'climate change conference': 'conference of parties', 'climate conference': 'conference of parties',
  'united nations climate change conference': 'conference of parties', 'united nations climate conference': 'conference of parties',
  'united nations conference on climate change': 'conference of parties', 'conference on climate change': 'conference of parties',
  // The Gulf Cooperation Council's summit is the "Gulf summit".
  'gulf summit': 'gcc summit',
};

/** Acronyms of ruling parties that number their congresses. */
const PARTY_ACRONYMS = new Set(['cpc', 'ccp', 'cpv', 'cpsu', 'lprp', 'wpk']);

/** Plural meeting heads, for two numbered meetings named together. */
export const SINGULAR_HEADS: Record<string, string> = { summits: 'summit', conferences: 'conference' };

/** Bodies whose sessions are numbered as the body itself: "UNGA79", "COP29", "the 77th World Health Assembly". */
export const SESSION_NUMBERED = new Set([...NUMBERED_MEETING_ACRONYMS.values()].map((full) => foldWords(full).filter((w) => w !== 'the').join(' ')));

// "Upcoming" and "next" are left out: in an article written before the meeting, "the
// upcoming SCM" is the very meeting the article is about.
const OTHER_OCCASION = /^(?:last|previous|preceding|past|prior|earlier|every|each|first|inaugural|former)$/i;

/** "last year's SCM", "the previous SCM", "next year's meeting": another occasion of the series. */
export function otherOccasionBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const w = tokens[k].text;
    if (OTHER_OCCASION.test(w) || /^(?:19|20)\d\d$/.test(w)) return true;
    if (/^(?:year|years|month|week)$/i.test(w)) return !/^this$/i.test(tokens[k - 1]?.text ?? '');
    if (!(tokens[k].possessive || /^(?:the|this|a|an|annual)$/i.test(w))) return false;
  }
  return false;
}

/** "this year's G7 summit": the meeting of the year the article is written in (see analyzeArticle). */
export function thisYearBefore(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 3 && (tokens[k].possessive || /^(?:annual|the)$/i.test(tokens[k].text))) k--;
  return /^year$/i.test(tokens[k]?.text ?? '') && /^this$/i.test(tokens[k - 1]?.text ?? '') && !!tokens[k + 1]?.possessive;
}

const ROMAN = /^(?=[IVXL])(XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** The value of a Roman numeral from II to LXXXIX in capitals ("I" alone is a pronoun). */
export function romanNumeral(w: string): number | undefined {
  if (w.length < 2 || !ROMAN.test(w)) return undefined;
  let v = 0;
  for (let i = 0; i < w.length; i++) {
    const cur = ROMAN_VALUES[w[i]];
    v += cur < (ROMAN_VALUES[w[i + 1]] ?? 0) ? -cur : cur;
  }
  return v;
}

/** Owners that count a person's occasions: "her first Olympic Games". */
const PERSONAL_OWNERS = new Set(['my', 'your', 'his', 'her', 'our']);

/** A number written as a word, in figures or in Roman numerals: "third", "3rd", "III". */
export function numberOf(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const w = text.toLowerCase();
  const o = ORDINAL.exec(w);
  return o ? Number(o[1]) : WORD_ORDINALS[w] ?? romanNumeral(text);
}

/** What a numbered body meets in, in lower case: "the third session of the 14th NPC". */
const SESSION_WORDS = new Set(['session', 'plenum', 'sitting', 'meeting']);

/**
 * "the third (plenary) session of the 14th National People's Congress": the number of one
 * session of a body numbered itself, before the body's number at `ordinalAt`. Each session is
 * a meeting of its own, held in its own year.
 */
function sessionBefore(toks: Token[], ordinalAt: number): number | undefined {
  return numberOfSessionBefore(toks, ordinalAt, SESSION_WORDS).ordinal;
}

/** The number in "the third (plenary) session of (the)" right before `at`, with `words` for "session", and where it starts. */
function numberOfSessionBefore(toks: Token[], at: number, words: ReadonlySet<string>): { ordinal?: number; start?: number } {
  let k = at - 1;
  const sessionOfAt = (j: number) => toks[j]?.text.toLowerCase() === 'of' && words.has(toks[j - 1]?.text.toLowerCase() ?? '');
  // "the fourth plenum of the party's 20th Central Committee", "… of the Communist Party of
  // China's 20th Central Committee": the body's owner between.
  if (toks[k]?.possessive) {
    let j = k - 1;
    while (j > 0 && j >= k - 6 && toks[j].word && !sessionOfAt(j)) j--;
    if (sessionOfAt(j)) k = j;
  }
  if (toks[k]?.text.toLowerCase() === 'the') k--;
  if (!sessionOfAt(k)) return {};
  k -= 2;
  while (k >= 0 && MEETING_ADJECTIVES.has(toks[k].text.toLowerCase())) k--;
  const ordinal = numberOf(toks[k]?.text);
  return ordinal === undefined ? {} : { ordinal, start: toks[k].start };
}

/** What a conference numbered by its sessions meets in, in lower case. */
const SESSION_ONLY: ReadonlySet<string> = new Set(['session']);

/**
 * "the 43rd session of the FAO Conference", "the 66th regular session of the IAEA General
 * Conference": a conference numbered by its sessions, the number before "session of (the)" and
 * where it starts.
 */
export function sessionNumberBefore(toks: Token[], from: number): { ordinal?: number; start?: number } {
  return numberOfSessionBefore(toks, from, SESSION_ONLY);
}

/**
 * The series and number of a numbered meeting, or of one session of it: the 14th NPC's third
 * session is "national people congress#14 session" number 3, apart from its second.
 */
export function sessionOf(series: string, numbered: { ordinal?: number; session?: number }): { series: string; ordinal?: number } {
  if (numbered.session === undefined || numbered.ordinal === undefined || !STANDING_BODY.test(series)) return { series, ordinal: numbered.ordinal };
  return { series: `${series}#${numbered.ordinal} session`, ordinal: numbered.session };
}

/** After a body numbered by its term: a verb, then "its third (plenary) session". */
const OWN_SESSION = /^(?:\s*\(\p{Lu}{2,}\))?(?:,[^,.;()]{1,60},)?\s+(?:opened|opens|closed|closes|concluded|concludes|convened|convenes|began|begins|held|holds)\s+its\s+(\w+)\s+(?:plenary\s+|annual\s+|full\s+)?session\b/u;

/**
 * "The 14th National People's Congress (NPC), China's national legislature, opened its third
 * session on Wednesday": after a body numbered by its term, one session of it named by "its",
 * a meeting of its own (`national people congress#14 session#3`), as "the third session of the
 * 14th NPC" is. Its full span starts at "its", so the verb before it says what the day is.
 */
export function ownSessionsAfter(text: string, mentions: RawMention[]): RawMention[] {
  const out: RawMention[] = [];
  for (const m of mentions) {
    if (m.kind !== 'meeting' || m.ordinal === undefined || m.yearEdition || !m.series || !STANDING_BODY.test(m.series) || m.series.includes('#')) continue;
    const from = Math.max(m.span.end, m.fullSpan.end);
    const x = OWN_SESSION.exec(text.slice(from, from + 160));
    const session = numberOf(x?.[1]);
    if (!x || session === undefined) continue;
    const nested = sessionOf(m.series, { ordinal: m.ordinal, session });
    const end = from + x[0].length;
    const its = from + x[0].search(/\bits\s/);
    out.push({
      kind: 'meeting', span: { start: end - 'session'.length, end }, fullSpan: { start: its, end }, text: `${m.text} Session`,
      key: meetingKey(nested.series, nested.ordinal), form: 'full', block: m.block, sentence: m.sentence, titles: [], series: nested.series, ordinal: nested.ordinal,
    });
  }
  return out;
}

/**
 * Bodies numbered by their term that meet in sessions of their own, a year apart. A session of
 * a meeting ("the second session of the 32nd APEC Economic Leaders' Meeting") is part of it.
 */
export const STANDING_BODY = /(?:^| )(?:congress|assembly|parliament|committee|council|legislature|consultative conference)$/;

/** The ordinal a few words before a meeting's name ("the 47th annual …"), and where it starts. */
export function ordinalBefore(toks: Token[], from: number): { ordinal?: number; start?: number; session?: number } {
  for (let k = from - 1; k >= 0 && k >= from - 4; k--) {
    const w = toks[k].text.toLowerCase();
    const o = ORDINAL.exec(w);
    // "her first Olympic Games", "his second G20 summit": a person's count, not the meeting's number
    // ("its 144th Session", "the party's 20th Congress" are the body's).
    if ((o || WORD_ORDINALS[w]) && PERSONAL_OWNERS.has(toks[k - 1]?.text.toLowerCase() ?? '')) return {};
    // "the 1,000th meeting": thousands written with a comma are one number.
    const thousands = o && toks[k - 1]?.text === ',' && toks[k - 1].end === toks[k].start && /^\d{1,3}$/.test(toks[k - 2]?.text ?? '') && toks[k - 2].end === toks[k - 1].start;
    if (thousands) return { ordinal: Number(toks[k - 2].text + o[1]), start: toks[k - 2].start, session: sessionBefore(toks, k - 2) };
    if (o || WORD_ORDINALS[w]) return { ordinal: o ? Number(o[1]) : WORD_ORDINALS[w], start: toks[k].start, session: sessionBefore(toks, k) };
    // "the XV BRICS Summit": a Roman numeral, as Russian and Latin American outlets write it.
    const roman = romanNumeral(toks[k].text);
    if (roman) return { ordinal: roman, start: toks[k].start, session: sessionBefore(toks, k) };
    // "the 57th U.S.-ROK Security Consultative Meeting": a country joined to the name by a hyphen.
    if (!MEETING_ADJECTIVES.has(w) && w !== '-' && !(toks[k + 1]?.text === '-' && toks[k + 1].start === toks[k].end && isNationality(toks[k].text))) break;
  }
  return {};
}

/** The number before "and" (or a comma) that pairs with the ordinal at `ordinalStart`: "44th" in "the 44th and 45th …". */
export function pairedOrdinal(toks: Token[], ordinalStart: number): { ordinal: number; span: Span } | undefined {
  let k = toks.length - 1;
  while (k >= 0 && toks[k].start > ordinalStart) k--;
  if (toks[k]?.start !== ordinalStart || !['and', '&', ','].includes(toks[k - 1]?.text ?? '')) return undefined;
  const t = toks[k - 2];
  const o = t && (ORDINAL.exec(t.text)?.[1] ?? WORD_ORDINALS[t.text.toLowerCase()]);
  return o ? { ordinal: Number(o), span: { start: t.start, end: t.end } } : undefined;
}

/** The kinds of meeting a body numbers apart from its ordinary ones: ECOWAS's "2nd Extraordinary Summit" is not its 2nd summit. */
export const OUT_OF_SERIES_KINDS = new Set(['extraordinary', 'special', 'emergency']);
const OUT_OF_SERIES = new RegExp(String.raw`\b(${[...OUT_OF_SERIES_KINDS].join('|')})\b`, 'i');

/**
 * Numbered meetings of a kind numbered apart, their series marked with the kind: "the second extraordinary
 * ECOWAS summit" and "the 2nd Extraordinary Session of the AU Assembly" are keyed apart from the second summit and
 * the 2nd (ordinary) session. Unnumbered ones keep the series, one meeting however it is called.
 */
export function markOutOfSeries(raw: RawMention[], text: string): void {
  for (const m of raw) {
    if (m.kind !== 'meeting' || m.ordinal === undefined || !m.series) continue;
    const kind = OUT_OF_SERIES.exec(text.slice(m.fullSpan.start, Math.max(m.span.end, m.fullSpan.end)))?.[1].toLowerCase();
    const words = m.series.split(' ');
    if (!kind || words.includes(kind)) continue;
    m.series = [...words.slice(0, -1), kind, words[words.length - 1]].join(' ');
    m.key = meetingKey(m.series, m.ordinal, !!m.yearEdition);
  }
}

export function meetingKey(series: string, ordinal: number | undefined, yearEdition = false): string {
  return 'meeting:' + series + (ordinal === undefined ? '' : (yearEdition ? '~' : '#') + ordinal);
}

const YEAR = /^(?:19[5-9]\d|20\d\d)$/;

/** Words that many bodies' meetings share: "the 2023 Legislative Session" may be any state's. */
const GENERIC_SERIES_WORDS = new Set([...COMMON_CAPS, ...ORG_NAME_WORDS, ...MEETING_HEADS, ...MEETING_ADJECTIVES,
  ...`legislative assembly council board shareholders leader peace regional city annual`.split(' ')]);

/** Does a series' name say whose meetings they are ("nato summit", "munich security conference"), so that a year names one? */
export function namesOneSeries(series: string): boolean {
  return series.split(' ').some((w) => !GENERIC_SERIES_WORDS.has(w));
}

/**
 * A year that names one meeting of a yearly series, the way an ordinal does: "the 2025 NATO
 * summit" (after "the" only: "in 2025 NATO summits" counts years), or "G20 Summit 2024" right
 * after the name on its line (`end` is where the name ends, or -1 when more of it follows).
 */
export function yearOfMeeting(toks: Token[], from: number, end: number): { year: number; start?: number; end?: number } | undefined {
  const before = toks[from - 1];
  if (before && YEAR.test(before.text) && toks[from - 2]?.text.toLowerCase() === 'the') return { year: Number(before.text), start: before.start };
  if (end < 0) return undefined;
  const after = toks[end];
  if (after && YEAR.test(after.text) && !after.afterBreak && !/^[\d%]/.test(toks[end + 1]?.text ?? '')) return { year: Number(after.text), end: after.end };
  return undefined;
}

/** "COP29", "Cop29", "WHA77": a session numbered after its meeting's acronym. */
export const NUMBERED_ACRONYM = /^(\p{Lu}\p{L}{1,4})[-‐]?(\d{1,3})$/u;
