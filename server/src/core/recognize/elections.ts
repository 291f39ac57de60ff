// Elections named with where they are held: "Iraq's parliamentary election", "the Tuscany
// regional election", "the provincial election in Buenos Aires", "the Legislative Council
// election". News date them as often as meetings, and get the day wrong as often.
//
// An election is a meeting here, keyed by its place and kind, and its place is its `where`:
// two days more than a few apart are two elections there (a runoff, the last one), not one
// told wrong. Without a place, "the election" may be any; "the presidential and
// parliamentary elections" are two; "regional elections" in a country are many.

import { MONTHS_AND_DAYS, NATIONALITIES } from '../lexicon';
import type { BlockKind } from '../model';
import { foldText, phraseKey } from '../normalize';
import type { Token } from '../tokenize';
import { meetingKey } from './meetingSeries';
import { placeOfDemonym } from './places';
import type { RawMention } from './rawMention';
import { isUpperAt } from './words';

/** Kind words and the kind they key as ("legislative" and "general" elections fill a parliament). */
const KINDS: Record<string, string> = {
  parliamentary: 'parliamentary', legislative: 'parliamentary', general: 'parliamentary', midterm: 'midterm', 'mid-term': 'midterm',
  congressional: 'parliamentary', presidential: 'presidential', provincial: 'regional', regional: 'regional', state: 'regional',
  municipal: 'local', local: 'local', mayoral: 'local', gubernatorial: 'governor', senate: 'senate', senatorial: 'senate', assembly: 'assembly',
};
/** Words that say when or how, not which: kept out of the key ("snap", "national"), a kind of their own when alone. */
const MODIFIERS = new Set(['snap', 'early', 'national', 'federal', 'nationwide', 'upcoming', 'recent', 'latest', 'crucial', 'key', 'landmark', 'historic', 'metropolitan']);
/** A country's election, where an article may name a region's with its place: "the national midterm elections". */
const NATIONWIDE = new Set(['national', 'federal', 'nationwide']);
/** Another election than the one of the story: "the previous parliamentary elections in Moldova". */
const OTHER_OCCASION = new Set(['previous', 'last', 'next', 'past', 'prior', 'earlier', 'preceding', 'following', 'subsequent', 'former']);
/** An election still ahead, whose date a caption's or a dateline's may not be: "the upcoming general election in Yangon, Aug. 18". */
const AHEAD = new Set(['upcoming', 'forthcoming', 'coming']);
/** Words after a place's name that say what kind of place it is. */
const PLACE_KINDS = new Set(['province', 'state', 'region', 'county', 'district', 'prefecture', 'city', 'oblast', 'governorate']);
/** Of a country's many regions or towns: one date each, not one for all. */
const MANY_PLACES = new Set(['regional', 'local']);
/** The last word of a body whose members an election fills: "the Legislative Council election". */
const LEGISLATURES = new Set(`council assembly parliament senate duma house congress chamber legislature storting sejm seimas saeima riigikogu knesset
  bundestag landtag diet majlis rada folketing riksdag eduskunta althing sabor oireachtas dail dáil sobranie skupstina cortes`.split(/\s+/));
/** Nouns an election only qualifies: "the election commission said on Monday" dates no election. */
const QUALIFIED_BY_ELECTION = new Set(`commission commissions commissioner commissioners campaign campaigns result results day date dates law laws observer observers
  official officials body bodies authority authorities tribunal tribunals council board watchdog year years cycle season rally rallies debate debates
  manifesto manifestos promise promises pledge pledges fraud rigging violence interference rule rules process count counting monitor monitors mission
  missions worker workers staff spending funding victory victories win wins defeat loss losses outcome night eve run bid race races candidate candidates
  committee petition petitions dispute disputes court courts period silence timetable calendar system reform reforms material materials booth booths
  centre centres center centers poster posters ad ads advertising coverage poll polls polling turnout boycott agency management security act code budget
  expenses deposit symbol battle map data machinery officer officers chief head heads chair chairman chairperson president secretary
  runoff runoffs run-off run-offs rerun re-run round rounds`.split(/\s+/));
/** Is the token the head word of an election's name? (Cheap: most sentences have none.) */
export function isElectionWord(t: Token): boolean {
  return ((t.text.length === 8 || t.text.length === 9) && /^[Ee]lections?$/.test(t.text)) || (t.text.length >= 10 && t.text.length <= 12 && BY_ELECTION.test(t.text));
}

/** A by-election: one seat's, named by the seat ("the Battle River–Crowfoot byelection", "the Runcorn and Helsby by-election"). */
const BY_ELECTION = /^[Bb]y-?elections?$/;
const BY = 'by-election';

/** How a kind of election ends its series: "presidential election", "election", "by-election". */
function electionOfKind(kind: string): string {
  return kind === BY ? BY : `${kind ? kind + ' ' : ''}election`;
}

/** A month's or a weekday's name, with its abbreviation's stop: "Aug.", "Monday". */
function isMonthOrDay(t: Token): boolean {
  return MONTHS_AND_DAYS.has(foldText(t.text.replace(/\.$/, '')));
}

/** A capitalised word of a place's name: not a body's initials, a month or "The". */
function isPlaceWord(t: Token): boolean {
  return t.word && t.cap && !isUpperAt(t.text, 1) && t.text !== 'The' && !isMonthOrDay(t);
}

/**
 * The capitalised words of a seat or region no gazetteer knows, from `k` back, with "and" between
 * two of them for a seat ("Runcorn and Helsby"): where they start, or -1. Not a body's initials
 * ("the LDP presidential election" is a party's), a month or "The".
 */
function regionBefore(toks: Token[], k: number, seat: boolean): number {
  let p = k;
  while (p > k - (seat ? 5 : 3) && toks[p] && (isPlaceWord(toks[p]) || (seat && toks[p].text === 'and' && p < k && toks[p - 1] && isPlaceWord(toks[p - 1])))) p--;
  return p < k && (toks[p]?.text.toLowerCase() === 'the' || toks[p]?.text === 'in') ? p + 1 : -1;
}

/** A seat's name no gazetteer knows may have been guessed to be a person's: a by-election is held in no person. */
function guessedPerson(m: RawMention, by: boolean): boolean {
  return by && m.kind === 'person' && !!m.tentative;
}

/** The capitalised words of a seat no gazetteer knows after "in", up to four: the last one's index, or -1. */
function seatAfter(toks: Token[], at: number): number {
  let q = at;
  while (q < at + 4 && toks[q] && isPlaceWord(toks[q])) q++;
  return q > at ? q - 1 : -1;
}

function isWordAt(toks: Token[], k: number): boolean {
  return k >= 0 && k < toks.length && toks[k].word;
}

/**
 * Election mentions in one sentence. `mentions` are the sentence's mentions so far: places and
 * bodies are taken from there, and a meeting already read over the head word ("the Iraqi
 * Parliamentary Election") is keyed again with its place.
 */
export function electionsIn(toks: Token[], mentions: RawMention[], block: BlockKind, sentence: number): RawMention[] {
  const out: RawMention[] = [];
  for (let e = 0; e < toks.length; e++) {
    if (!isElectionWord(toks[e])) continue;
    const head = toks[e].text.toLowerCase();
    const by = BY_ELECTION.test(toks[e].text);
    const next = toks[e + 1];
    if (next && next.word && QUALIFIED_BY_ELECTION.has(foldText(next.text))) continue;
    // The kind words before the head ("snap parliamentary"); "and" between two kinds makes two elections.
    let k = e - 1;
    const kinds: string[] = [];
    let modifier = false;
    let nationwide = false;
    let ahead = false;
    while (isWordAt(toks, k)) {
      const w = foldText(toks[k].text);
      if (KINDS[w]) kinds.push(KINDS[w]);
      else if (MODIFIERS.has(w) || AHEAD.has(w)) {
        modifier = true;
        nationwide ||= NATIONWIDE.has(w);
        ahead ||= AHEAD.has(w);
      } else break;
      k--;
    }
    if (toks[k] && OTHER_OCCASION.has(foldText(toks[k].text))) continue;
    if (toks[k]?.text === 'and' || toks[k]?.text === ',' || toks[k]?.text === '/') continue;
    // "the state assembly election", "the Bihar assembly polls": an assembly's, wherever it sits.
    if (kinds.includes('assembly')) kinds.splice(0, kinds.length, ...kinds.filter((x) => x !== 'regional'));
    if (new Set(kinds).size > 1) continue;
    let kind = by ? BY : kinds[0] ?? (modifier ? 'parliamentary' : '');
    const plural = head.endsWith('elections');
    // Who holds it: a place's possessive, a people's name, a place, or a legislature, right before.
    let where: string | undefined;
    let from = k + 1;
    const before = toks[k] && mentions.find((m) => m.span.end === toks[k].end && !m.dropped);
    if (toks[k]?.possessive) {
      const owner = mentions.find((m) => m.kind === 'place' && m.span.end === toks[k - 1]?.end);
      // (Not "Milei's election"; "Sunday's election" may be the one the article names.)
      if (owner) {
        where = owner.key;
        from = toks.findIndex((t) => t.start === owner.span.start);
      }
    } else if (before?.kind === 'place') {
      where = before.key;
      from = toks.findIndex((t) => t.start === before.span.start);
    } else if (toks[k] && toks[k].cap && NATIONALITIES.has(foldText(toks[k].text)) && !/^(?:north|south|european|asian|african)$/i.test(toks[k].text)) {
      where = phraseKey('place', placeOfDemonym(toks[k].text) ?? toks[k].text);
      from = k;
    } else if (!kinds.length && before?.kind === 'organization' && LEGISLATURES.has(foldText(toks[k].text))) {
      where = before.key;
      kind = '';
      from = toks.findIndex((t) => t.start === before.span.start);
    } else if ((kinds.length || by) && (!before || guessedPerson(before, by)) && !mentions.some((m) => m !== before && m.span.start <= toks[k]?.start && m.span.end > toks[k]?.start)) {
      // A region or seat no gazetteer knows, written before the kind: "the Tuscany regional election",
      // "the Battle River–Crowfoot byelection".
      const p = regionBefore(toks, k, by);
      if (p >= 0 && (!before || toks[p].start <= before.span.start)) {
        where = phraseKey('place', toks.slice(p, k + 1).map((t) => t.text).join(' '));
        from = p;
        if (before) before.dropped = true;
      }
    }
    // Or a place after: "the provincial election in Buenos Aires", "the parliamentary elections held in Moldova".
    let to = e;
    const held = toks[e + 1]?.text === 'held' ? 1 : 0;
    if (!where && (kinds.length || by) && toks[e + 1 + held]?.text === 'in') {
      const at = toks[e + 2 + held]?.text === 'the' ? e + 3 + held : e + 2 + held;
      const place = mentions.find((m) => m.kind === 'place' && m.span.start === toks[at]?.start);
      if (place) {
        where = place.key;
        to = toks.findIndex((t) => t.end === place.span.end);
        // "in Buenos Aires province": the kind of place is part of its name here.
        if (to >= 0 && PLACE_KINDS.has(toks[to + 1]?.text ?? '')) to++;
      } else if (by) {
        // A seat no gazetteer knows: "the Aug. 19 byelection in Battle River–Crowfoot".
        const guess = mentions.find((m) => m.span.start === toks[at]?.start);
        const last = !guess || guessedPerson(guess, by) ? seatAfter(toks, at) : -1;
        if (last >= 0) {
          where = phraseKey('place', toks.slice(at, last + 1).map((t) => t.text).join(' '));
          to = last;
          if (guess) guess.dropped = true;
        }
      }
    }
    if (plural && MANY_PLACES.has(kind)) continue;
    if (!where) {
      const bare = nationwide ? undefined : bareElection(toks, k, e, by ? BY : kinds[0] ?? '', ahead, block, sentence);
      if (bare && !mentions.some((m) => m.span.start < bare.span.end && m.span.end > bare.span.start)) out.push(bare);
      continue;
    }
    if (from < 0 || to < 0) continue;
    // "the Republic of Moldova" is Moldova (not "the Democratic Republic of the Congo", which is not the Republic of the Congo).
    if (where.startsWith('place:')) where = where.replace(/^place:(?:united )?republic of (?:the )?/, 'place:');
    const series = `${where.slice(where.indexOf(':') + 1)} ${electionOfKind(kind)}`;
    // As written, for hover: "Buenos Aires provincial election", "provincial election in Buenos Aires".
    const text = toks.slice(from, to + 1).map((t, i) => (i && !t.possessive ? ' ' : '') + t.text).join('');
    const key = meetingKey(series, undefined);
    const span = { start: toks[e].start, end: toks[e].end };
    const fullSpan = { start: toks[from].start, end: toks[to].end };
    // A meeting read over the head word already ("the Iraqi Parliamentary Election") is this one.
    const read = mentions.find((m) => m.kind === 'meeting' && m.span.start <= span.start && m.span.end >= span.end);
    if (read) {
      if (read.ordinal !== undefined) continue;
      Object.assign(read, { key, series, where, fullSpan: { start: Math.min(read.fullSpan.start, fullSpan.start), end: Math.max(read.fullSpan.end, fullSpan.end) } });
      continue;
    }
    if (mentions.some((m) => m.span.start < span.end && m.span.end > span.start)) continue;
    out.push({ kind: 'meeting', span, fullSpan, text, key, form: 'full', series, where, block, sentence, titles: [], ...(ahead ? { ahead } : {}) });
  }
  return out;
}

/** Possessive words of time before an election that is the one of the story: "Sunday's election", "last week's vote". */
const TIME_OWNERS = new Set(['today', 'yesterday', 'tomorrow', 'week', 'weekend', 'month']);

/** The headline and first sentences of an article: what it is about. */
const LEAD_SENTENCES = 4;

/** The key a bare election waits under until the article says whose it is. */
const BARE = 'meeting:?election';

/**
 * "the election", "the presidential election", "the December 14 election", "Sunday's election":
 * no place, but the article may name one election with its place (see resolveBareElections).
 * Not "the 2021 election", "the last election", "the next election": another one.
 */
function bareElection(toks: Token[], k: number, e: number, kind: string, ahead: boolean, block: BlockKind, sentence: number): RawMention | undefined {
  let p = k;
  if (toks[p]?.possessive) {
    const owner = foldText(toks[p - 1]?.text ?? '');
    if (!MONTHS_AND_DAYS.has(owner) && !TIME_OWNERS.has(owner)) return undefined;
  } else {
    // The day written in: "the December 14 election", "the Nov. 11 election" (not a year).
    while (p > k - 3 && toks[p] && (isMonthOrDay(toks[p]) || /^\d{1,2}$/.test(toks[p].text))) p--;
    if (toks[p]?.text.toLowerCase() !== 'the') return undefined;
  }
  const span = { start: toks[e].start, end: toks[e].end };
  const fullSpan = { start: toks[k + 1].start, end: toks[e].end };
  const text = toks.slice(k + 1, e + 1).map((t) => t.text).join(' ');
  return { kind: 'meeting', span, fullSpan, text, key: `${BARE} ${kind}`, form: 'reference', series: kind, block, sentence, titles: [], dropped: true, ...(ahead ? { ahead } : {}) };
}

/**
 * A bare election is the one election the article names with its place, of its kind when it
 * gives one: "Iraq's parliamentary election … The election, held on Tuesday, …". With two or
 * none, it stays unnamed (and dates nothing).
 */
export function resolveBareElections(raw: RawMention[]): void {
  const bare = raw.filter((m) => m.key.startsWith(BARE));
  if (!bare.length) return;
  const placed = new Map<string, RawMention>();
  let leadSentence = Infinity;
  for (const m of raw) {
    if (m.kind !== 'meeting' || !m.where || m.dropped || m.key.startsWith(BARE) || !m.series?.endsWith('election')) continue;
    placed.set(m.key, m);
    leadSentence = Math.min(leadSentence, m.sentence);
  }
  for (const b of bare) {
    // Without its kind, "the election" is the article's own only: the one it names in its first
    // sentences ("… after the elections of 29 October" is not the "US presidential election" an
    // analysis mentions in passing).
    const fits = [...placed.values()].filter((p) => (b.series ? p.series!.endsWith(` ${electionOfKind(b.series)}`) : placed.size === 1 && leadSentence < LEAD_SENTENCES));
    if (fits.length !== 1) continue;
    const [one] = fits;
    Object.assign(b, { key: one.key, series: one.series, where: one.where, dropped: false });
  }
}

