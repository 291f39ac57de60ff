// Reads a chunk that names a meeting ("the 56th SCM", "Summit of GCC Leaders") or a numbered
// body whose session it is ("the 79th session of the General Assembly").

import { BODY_UNLESS_NUMBERED, MEETING_ADJECTIVES, MEETING_HEADS, NUMBERED_MEETING_ACRONYMS, ORG_HEADS, OTHER_CONVENTIONS, WORD_ORDINALS } from '../lexicon';
import type { BlockKind, Span } from '../model';
import { foldText } from '../normalize';
import { isOfficeHead } from '../titles';
import type { Token } from '../tokenize';
import {
  HEAD_FIRST_MEETINGS, INITIAL_FILLERS, meetingKey, namesOneSeries, NUMBERED_ACRONYM, numberOf, ordinalBefore, otherOccasionBefore, pairedOrdinal,
  romanNumeral, seriesKey, SESSION_NUMBERED, sessionNumberBefore, sessionOf, SINGULAR_HEADS, STANDING_BODY, thisYearBefore, VENUE_WORDS, yearOfMeeting,
} from './meetingSeries';
import { bodyAfterOffice, readBodyAfterOffice } from './organizations';
import type { RawMention } from './rawMention';
import { type Chunk, chunkSpan, pushMention, pushOrganization, readChunkBody, type Reading, readSplit, rereadAs } from './reading';
import { acronymAfter, CONNECTORS, endsTitle, isCap, isPlacePhrase, joinWords, lastIndex } from './words';

/**
 * "the 47th Association of Southeast Asian Nations (ASEAN) Summit": a body's name, its
 * acronym, then a meeting's head word. The meeting is the acronym's ("ASEAN Summit"); its
 * span is the head word, so the body keeps its own.
 */
export function meetingAfterAcronym(toks: Token[], c: Chunk, block: BlockKind, sentence: number): RawMention | undefined {
  const acr = acronymAfter(toks, c.to);
  const head = toks[c.to + 3];
  if (!acr || !head || !MEETING_HEADS.has(foldText(head.text))) return undefined;
  const { ordinal, start = c.firstStart } = ordinalBefore(toks, c.from);
  // "The 25th Shanghai Cooperation Organisation (SCO) summit": in lower case, only a summit with its number.
  if (!head.cap && !(ordinal !== undefined && foldText(head.text) === 'summit')) return undefined;
  const series = seriesKey([acr, head.text]);
  if (!series) return undefined;
  return meetingMention({ start: head.start, end: head.end }, { start, end: head.end }, `${acr} ${head.text}`, series, ordinal, block, sentence);
}

/** A meeting of a series, keyed with its number when it has one. */
function meetingMention(span: Span, fullSpan: Span, text: string, series: string, ordinal: number | undefined, block: BlockKind, sentence: number): RawMention {
  return { kind: 'meeting', span, fullSpan, text, key: meetingKey(series, ordinal), form: 'full', series, ordinal, block, sentence, titles: [] };
}

/**
 * "The 47th summit of the Association of Southeast Asian Nations (ASEAN)": a numbered meeting
 * written in lower case before the body that holds it. Named and keyed like "47th ASEAN Summit".
 */
export function numberedMeetingOf(toks: Token[], c: Chunk, words: string[], block: BlockKind, sentence: number): RawMention | undefined {
  let of = c.from - 1;
  if (toks[of]?.text === 'the') of--;
  const head = toks[of - 1];
  if (toks[of]?.text !== 'of' || !head || head.cap || !MEETING_HEADS.has(head.text)) return undefined;
  const { ordinal, start } = ordinalBefore(toks, of - 1);
  if (ordinal === undefined) return undefined;
  // "the fourth plenum of the Communist Party of China's 20th Central Committee": a session of
  // the owner's numbered body, read there (sessionBefore).
  if (toks[c.to]?.possessive && numberOf(toks[c.to + 1]?.text) !== undefined) return undefined;
  const headName = head.text.charAt(0).toUpperCase() + head.text.slice(1);
  const organ = organAfterPossessive(toks, c.to);
  // Not an edition's code ("the 77th session of the World Health Assembly (WHA77)"): the body's words name it.
  const code = organ ? organ.acronym : acronymAfter(toks, c.to);
  const acr = code && !/\d$/.test(code) ? code : undefined;
  // "the 43rd session of the United Nations Food and Agriculture Organization (FAO) conference":
  // a session of the body's conference, in lower case after its acronym, is that conference.
  const kind = !organ && acr && head.text === 'session' ? toks[c.to + 3] : undefined;
  const kindName = kind && !kind.cap && kind.word && MEETING_HEADS.has(kind.text) && kind.text !== 'session' ? kind.text.charAt(0).toUpperCase() + kind.text.slice(1) : undefined;
  const name = [...(acr ? [acr] : words), ...(organ?.words ?? []), kindName ?? headName];
  const series = seriesKey(name);
  if (!series) return undefined;
  // The name runs on past the head word to the body's: a date after it is linked from there.
  return meetingMention({ start: head.start, end: head.end }, { start: start!, end: toks[(organ?.end ?? (kindName ? c.to + 4 : c.to)) - 1].end }, joinWords(name), series, ordinal, block, sentence);
}

/**
 * "the 156th session of the World Health Organization's (WHO) Executive Board": the session is
 * the organ's, named after the body's possessive (and its acronym, when one stands between).
 */
function organAfterPossessive(toks: Token[], to: number): { acronym?: string; words: string[]; end: number } | undefined {
  if (!toks[to]?.possessive) return undefined;
  let k = to + 1;
  const acronym = acronymAfter(toks, k);
  if (acronym) k += 3;
  const from = k;
  while (k < toks.length && k - from < 4 && toks[k].word && toks[k].cap) k++;
  if (k === from || !ORG_HEADS.has(foldText(toks[k - 1].text))) return undefined;
  return { acronym, words: toks.slice(from, k).map((t) => t.text), end: k };
}

/** The series and number of a numbered acronym at `k` ("COP29", or "COP 29" over two tokens). */
function numberedMeetingAt(toks: Token[], k: number, to: number): { series: string; ordinal: number; end: number } | undefined {
  const t = toks[k].text;
  // Most words neither end in a digit nor stand before a number: no pattern for them.
  const lastCode = t.charCodeAt(t.length - 1);
  const nextCode = k === to - 1 ? toks[k + 1]?.text.charCodeAt(0) ?? 0 : 0;
  if (!(lastCode >= 48 && lastCode <= 57) && !(nextCode >= 48 && nextCode <= 57)) return undefined;
  let letters: string;
  let digits: string;
  let end = k + 1;
  const joined = NUMBERED_ACRONYM.exec(t);
  if (joined) [, letters, digits] = joined;
  else if (k === to - 1 && /^\d{1,3}$/.test(toks[k + 1]?.text ?? '') && /^\p{Lu}{2,5}$/u.test(t)) {
    [letters, digits, end] = [t, toks[k + 1].text, k + 2];
  } else return undefined;
  // Capitals, or one capital then lower case ("Cop29"); never "CoP" or "Mc13".
  if (letters !== letters.toUpperCase() && !(joined && /^\p{Lu}\p{Ll}+$/u.test(letters) && letters.length >= 3)) return undefined;
  const full = NUMBERED_MEETING_ACRONYMS.get(letters.toUpperCase());
  const series = full && seriesKey(full.split(' '));
  return series ? { series, ordinal: Number(digits), end } : undefined;
}

/**
 * "COP29 United Nations Climate Change Conference": the numbered session is a meeting of
 * its own, and the words around it are read on their own; before a title ("COP30 President
 * André Corrêa do Lago") it is also part of that title.
 */
export function readNumberedSession(r: Reading): boolean {
  const { text, toks, c, block, sentence, out } = r;
  for (let k = c.from; k < c.to; k++) {
    const numbered = numberedMeetingAt(toks, k, c.to);
    if (!numbered) continue;
    // "UNCCD COP16", "CBD COP16": another convention's parties, not the climate talks' COP16.
    const before = k > c.from ? toks[k - 1].text.toLowerCase() : '';
    const series = OTHER_CONVENTIONS.has(before) ? `${before} ${numbered.series}` : numbered.series;
    const s = { start: k === c.from ? c.firstStart : toks[k].start, end: toks[numbered.end - 1].end };
    const meeting = meetingMention(s, s, text.slice(s.start, s.end), series, numbered.ordinal, block, sentence);
    if (numbered.end < c.to && endsTitle(toks[numbered.end].text)) {
      out.mentions.push(meeting);
      break;
    }
    if (k > c.from) readChunkBody(text, toks, { ...c, to: k }, block, sentence, out);
    out.mentions.push(meeting);
    if (numbered.end < c.to) readChunkBody(text, toks, { from: numbered.end, to: c.to, status: 'current', firstStart: toks[numbered.end].start, firstText: toks[numbered.end].text }, block, sentence, out);
    return true;
  }
  return false;
}

/** What a convention that is a treaty is about, or where it was signed: "Genocide Convention", "Vienna Convention". */
const TREATY_TOPICS = new Set(`genocide refugee refugees weapons munitions torture ban mine climate biodiversity diversity desertification
  geneva hague vienna ottawa istanbul basel stockholm rotterdam ramsar aarhus minamata espoo berne bern warsaw montreal`.split(/\s+/));

/** An office's term, named like the office: "the Chairmanship of ASEAN", "the Presidency of the G20". */
const OFFICE_TERMS = new Set(['chairmanship', 'chairpersonship', 'chairship', 'presidency']);

/** Words before an office's head: "Executive Chair", "Vice Chairman", "Deputy Director". */
const TITLE_LEADS = new Set(['executive', 'vice', 'deputy', 'acting', 'interim', 'former', 'first', 'honorary', 'founding', 'co-chair', 'managing']);

/** "Meeting-Plus": a meeting's head word with its partners joined on. */
const PLUS_JOINED = /[-‐]plus$/i;

/** Meetings: "[57th] [annual] Security Consultative Meeting [(SCM)]". */
export function readMeeting(r: Reading): boolean {
  const { text, toks, c, words, n, block, sentence, out } = r;
  if (readNumberedBody(r)) return true;
  // "the UN Summit of the Future", "the United Nations Summit of the Future": the body that holds
  // a meeting named head first stands before its name (with a number before, "the 5th United
  // Nations Conference on the Least Developed Countries", the whole is read with it).
  const named = words[0] === 'UN' ? 1 : words[0] === 'United' && words[1] === 'Nations' ? 2 : 0;
  if (named && named + 2 < n && HEAD_FIRST_MEETINGS.has(foldText(words[named])) && (words[named + 1] === 'of' || words[named + 1] === 'on') &&
    ordinalBefore(toks, c.from).ordinal === undefined) {
    return rereadAs(r, { ...c, from: c.from + named, firstStart: toks[c.from + named].start, firstText: toks[c.from + named].text });
  }
  // "Chairman of the National Committee of the … Consultative Conference": an office of a body
  // whose name ends in a meeting's word; the body is read on its own after "of".
  // So does "the Chairmanship of the Pacific Islands Forum": the term of an office.
  // So does "the Executive Chair of the World Economic Forum": an office of two words.
  for (let of = 1; of <= 2 && of < n - 1; of++) {
    const head = words[of - 1];
    if (words[of] === 'of' && (isOfficeHead(words, of - 1) || OFFICE_TERMS.has(foldText(head))) && !MEETING_HEADS.has(foldText(head)) && (of === 1 || TITLE_LEADS.has(foldText(words[0]))) && bodyAfterOffice(r, of) < c.to) {
      return readBodyAfterOffice(r, of);
    }
  }
  let meetingHead = lastIndex(words, (w) => MEETING_HEADS.has(foldText(w).replace(PLUS_JOINED, '')));
  // "Summit of the Americas", "Conference of the Parties": the head first, what it is of after it.
  const headFirst = meetingHead === 0 && n >= 3 && words[1] === 'of' && HEAD_FIRST_MEETINGS.has(foldText(words[0])) &&
    !words.some((w, k) => k > 1 && ORG_HEADS.has(foldText(w))); // "Conference of Presidents of Major … Organizations" is a body
  if (headFirst) meetingHead = n - 1;
  // "National Committee of the … Political Consultative Conference": a body of the meeting, named
  // by what comes before "of the" ("Association of Southeast Asian Nations Summit" is the bloc's summit).
  if (!headFirst && meetingHead > 2 && words.some((w, k) => k > 0 && k < meetingHead - 1 && w === 'of' && words[k + 1] === 'the' && ORG_HEADS.has(foldText(words[k - 1])))) return pushOrganization(r);
  // "Convention Center", "Summit Hotel": a venue or a body named after an event is no event.
  // So is an office named after one: "Chief Election Commissioner", "Olympics Minister".
  const venue = meetingHead >= 0 && meetingHead + 1 < n && (ORG_HEADS.has(foldText(words[meetingHead + 1])) || VENUE_WORDS.has(foldText(words[meetingHead + 1])) || isOfficeHead(words, meetingHead + 1));
  // "Library of Congress", "Member of the Convention": the phrase is named by what comes before "of".
  const afterOf = !headFirst && meetingHead >= 2 && (words[meetingHead - 1] === 'of' || (words[meetingHead - 1] === 'the' && words[meetingHead - 2] === 'of'));
  // "Framework Convention on Climate Change", "Convention on the Rights of the Child": a treaty.
  // So are the "Genocide Convention", the "Chemical Weapons Convention" and the "Geneva Conventions".
  const convention = meetingHead >= 0 && /^conventions?$/.test(foldText(words[meetingHead]));
  const treaty = convention && ((meetingHead === n - 1 && toks[c.to]?.text === 'on') || (meetingHead >= 1 && TREATY_TOPICS.has(foldText(words[meetingHead - 1]))));
  // "Leaders Arrive in Italy for G7 Summit", "Xi arrives in Rio for G20 Summit": what stands
  // before "for" is no part of the meeting unless it names an event or a body itself.
  const forAt = headFirst ? -1 : words.indexOf('for');
  // Not "Nutrition for Growth Summit", "AI for Good Global Summit": only a known place, or a
  // word after "in", "to" or "at", is where someone goes for the meeting.
  const whereTo = isPlacePhrase(words.slice(0, forAt)) || ['in', 'to', 'at'].includes(toks[c.from - 1]?.text ?? '');
  if (forAt > 0 && forAt < meetingHead && whereTo && !words.slice(0, forAt).some((w) => MEETING_HEADS.has(foldText(w)) || ORG_HEADS.has(foldText(w)))) {
    return readSplit(r, c.from + forAt, c.from + forAt + 1);
  }
  // "International Conference on Financing for Development", "Forum on China-Africa Cooperation":
  // the topic is part of the name.
  const topic = meetingHead >= 0 && words[meetingHead + 1] === 'on' && meetingHead + 2 < n;
  if ((meetingHead >= 1 || topic) && !venue && !afterOf && !treaty) {
    // "the 12th ASEAN Defence Ministers' Meeting Plus (ADMM-Plus)", "… Meeting-Plus": the meeting
    // with its partners, a series of its own.
    const plusAfter = !topic && /^plus$/i.test(words[meetingHead + 1] ?? '');
    const mWords = topic ? words : words.slice(0, meetingHead + (plusAfter ? 2 : 1));
    const end = topic ? c.to : c.from + meetingHead + (plusAfter ? 2 : 1);
    const seriesWords = PLUS_JOINED.test(words[meetingHead]) ? [...mWords.slice(0, -1), mWords[meetingHead].replace(PLUS_JOINED, ''), 'Plus'] : mWords;
    // The body around is looked for only when the words alone name no series.
    let series = seriesKey([...ownerAfter(words, meetingHead + 1), ...seriesWords]) ?? seriesOwnedAround(toks, c, end, seriesWords);
    const acr = acronymAfter(toks, end);
    if (series) {
      const ordinalAhead = ordinalBefore(toks, c.from);
      // A conference numbered by its sessions; not a standing body's ("the second session of the National Assembly").
      const before = ordinalAhead.ordinal === undefined && !STANDING_BODY.test(series) ? sessionNumberBefore(toks, c.from) : ordinalAhead;
      const nested = sessionOf(series, before);
      const numbered = { ...before, ordinal: nested.ordinal };
      series = nested.series;
      const s = chunkSpan(toks, c, c.from, end);
      if (numbered.ordinal === undefined && BODY_UNLESS_NUMBERED.has(foldText(words[meetingHead]))) return pushOrganization(r);
      const year = numbered.ordinal === undefined && namesOneSeries(series) ? yearOfMeeting(toks, c.from, c.to === end ? end : -1) : undefined;
      const ordinal = numbered.ordinal ?? year?.year;
      const fullStart = numbered.start ?? year?.start ?? c.firstStart;
      // "the 44th and 45th ASEAN Summits": the first number is a meeting of its own, named by the same words.
      const paired = numbered.ordinal !== undefined && SINGULAR_HEADS[foldText(words[meetingHead])] ? pairedOrdinal(toks, fullStart) : undefined;
      // Each is named in the singular: "44th ASEAN Summit", "45th ASEAN Summit".
      const name = paired ? [...mWords.slice(0, -1), mWords[meetingHead].replace(/s$/, '')].join(' ') : mWords.join(' ');
      if (paired) {
        pushMention(r, {
          kind: 'meeting', span: paired.span, fullSpan: { start: paired.span.start, end: s.end }, text: name,
          key: meetingKey(series, paired.ordinal), form: 'full', series, ordinal: paired.ordinal,
        });
      }
      pushMention(r, {
        kind: 'meeting', span: s, fullSpan: { start: fullStart, end: year?.end ?? s.end }, text: name,
        key: meetingKey(series, ordinal, !!year), form: 'full',
        series, ordinal, ...(year ? { yearEdition: true } : {}), ...(ordinal === undefined && thisYearBefore(toks, c.from) ? { thisYear: true } : {}),
        definesAcronym: acr, otherOccasion: ordinal === undefined && otherOccasionBefore(toks, c.from),
      });
      // "the 20th National Congress of the Communist Party": the body after "of (the)" is read on its own.
      let rest = end;
      while (rest < c.to && (CONNECTORS.has(toks[rest].text) || toks[rest].text === 'the')) rest++;
      if (rest < c.to) readChunkBody(text, toks, { ...c, from: rest, firstStart: toks[rest].start, firstText: toks[rest].text }, block, sentence, out);
      return true;
    }
  }
  return false;
}

/**
 * "the 66th General Conference of the International Atomic Energy Agency", "the 47th Ordinary
 * Congress of UEFA": the body a meeting named by its kind alone belongs to, after "of (the)".
 * Nothing when the meeting's words name an owner already ("ASEAN Summit") or what follows is no body.
 */
function ownerAfter(words: string[], from: number): string[] {
  if (words[from] !== 'of' || words.slice(0, from).some((w) => ORG_HEADS.has(foldText(w)) || /^\p{Lu}{2,}/u.test(w))) return [];
  const body = words.slice(words[from + 1] === 'the' ? from + 2 : from + 1);
  const last = body[body.length - 1] ?? '';
  return body.length && body.every((w) => /^\p{Lu}/u.test(w) || INITIAL_FILLERS.has(w)) && (ORG_HEADS.has(foldText(last)) || /^\p{Lu}{2,}$/u.test(last)) ? body : [];
}

/**
 * A numbered meeting named by its kind alone ("13th Ministerial Conference") and its body
 * around it: "the WTO's 13th Ministerial Conference", "the 13th Ministerial Conference (MC13)
 * of the World Trade Organisation (WTO)". Without one, the words name no series.
 */
function ownerAround(toks: Token[], c: Chunk, end: number): string[] {
  const { start } = ordinalBefore(toks, c.from);
  if (start === undefined) return [];
  let k = c.from - 1;
  while (k >= 0 && toks[k].start !== start) k--;
  if (k >= 2 && toks[k - 1].possessive && /^\p{Lu}{2,}$/u.test(toks[k - 2].text)) return [toks[k - 2].text];
  let at = end === c.to && acronymAfter(toks, end) ? end + 3 : end;
  if (toks[at]?.text !== 'of') return [];
  at += toks[at + 1]?.text === 'the' ? 2 : 1;
  const body: string[] = [];
  while (at < toks.length && (isCap(toks[at]) || (INITIAL_FILLERS.has(toks[at].text) && isCap(toks[at + 1])))) body.push(toks[at++].text);
  const last = body[body.length - 1] ?? '';
  return ORG_HEADS.has(foldText(last)) || /^\p{Lu}{2,}$/u.test(last) ? body : [];
}

function seriesOwnedAround(toks: Token[], c: Chunk, end: number, mWords: string[]): string | undefined {
  const owner = ownerAround(toks, c, end);
  return owner.length ? seriesKey([...owner, ...mWords]) : undefined;
}

/**
 * A standing body written with a session's number: "the 79th UN General Assembly", "the
 * 79th Session of the UN General Assembly", "the Ninth Summit of the Americas".
 */
function readNumberedBody(r: Reading): boolean {
  const { toks, c, words, n, block, sentence } = r;
  // "Ninth Summit of the Americas": the ordinal is read as the word before the meeting's name.
  // So is "Twentieth" in "the second ordinary session of the Twentieth Parliament", a session of
  // the body's term (not "the Fifth Committee", a standing body of its own).
  if (n >= 2 && (WORD_ORDINALS[words[0].toLowerCase()] || romanNumeral(words[0])) && (words.slice(1).some((w) => MEETING_HEADS.has(foldText(w))) ||
    (STANDING_BODY.test(foldText(words[n - 1])) && ordinalBefore(toks, c.from + 1).session !== undefined))) {
    return rereadAs(r, { ...c, from: c.from + 1, firstStart: toks[c.from + 1].start, firstText: toks[c.from + 1].text });
  }
  // "the 37th Ordinary Session of the AU Assembly": the adjective is read like "annual", before the name.
  if (n >= 3 && MEETING_ADJECTIVES.has(words[0].toLowerCase()) && MEETING_HEADS.has(foldText(words[1])) && ordinalBefore(toks, c.from).ordinal !== undefined) {
    return rereadAs(r, { ...c, from: c.from + 1, firstStart: toks[c.from + 1].start, firstText: toks[c.from + 1].text });
  }
  const numbered = ordinalBefore(toks, c.from);
  const { ordinal, start } = numbered;
  if (ordinal === undefined) return false;
  // "the second ordinary session of the 20th Parliament": a body of one word is a series only
  // with a session of its term before it.
  const series = seriesKey(words) ?? (n === 1 && numbered.session !== undefined && STANDING_BODY.test(foldText(words[0])) ? foldText(words[0]) : undefined);
  // "the fourth plenary session of the 20th CPC Central Committee": one session of a body
  // numbered by its term, named before the body, is a meeting though the body is no meeting's name.
  const session = series && numbered.session !== undefined ? sessionOf(series, numbered) : undefined;
  if (series && (SESSION_NUMBERED.has(series) || (session && session.series !== series))) {
    const s = chunkSpan(toks, c, c.from, c.to);
    const nested = session ?? sessionOf(series, numbered);
    r.out.mentions.push(meetingMention(s, { start: start!, end: s.end }, joinWords(words), nested.series, nested.ordinal, block, sentence));
    return true;
  }
  // "the 79th Session of the UN General Assembly": the session, then the body on its own.
  const of = words[1] === 'of' ? 2 : -1;
  const body = of > 0 && words[of] === 'the' ? of + 1 : of;
  if (body < 0 || body >= n || !MEETING_HEADS.has(foldText(words[0]))) return false;
  const bodyWords = words.slice(body);
  // "the Ninth Summit of the Americas" is read whole; "the 47th Summit of the Association of
  // Southeast Asian Nations" is the body's summit.
  if (HEAD_FIRST_MEETINGS.has(foldText(words[0])) && !bodyWords.some((w) => ORG_HEADS.has(foldText(w)))) return false;
  const bodySeries = seriesKey([...bodyWords, words[0]]);
  if (!bodySeries || !bodyWords.some((w) => ORG_HEADS.has(foldText(w)))) return false;
  const head = toks[c.from];
  r.out.mentions.push(meetingMention({ start: c.firstStart, end: head.end }, { start: start!, end: toks[c.to - 1].end }, joinWords([...bodyWords, words[0]]), bodySeries, ordinal, block, sentence));
  return rereadAs(r, { ...c, from: c.from + body, firstStart: toks[c.from + body].start, firstText: toks[c.from + body].text });
}
