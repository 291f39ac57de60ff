// Titles written in lower case around a name: "the defense minister, Lloyd Austin",
// "South Korea's defense minister Shin", "Austin, the defense secretary".

import { ACTING_MARKERS, GENERAL_AS_OFFICE, PAST_MARKERS, PAST_PREFIX, PLACES, ROLE_WORDS, SPEECH_VERBS, STOPWORDS } from '../lexicon';
import type { TitleStatus } from '../model';
import { isNationality, isPlacePhrase } from '../normalize';
import { ELECT, isOfficeHead, normaliseOffice } from '../titles';
import type { Token } from '../tokenize';
import { isTitleHead } from './appositive';
import type { RawTitle } from './rawMention';
import { COMMON_CAPS, DEPUTY_WORDS, isCap, isKnownGivenName, nameWordOk, OPENERS, ORG_NAME_WORDS, TITLE_MODIFIERS, underSecretary } from './words';

/** Role words that also name a trade: after a nationality ("English coach") they say what someone does, not a post. */
const TRADES = new Set(['coach', 'manager', 'boss', 'player', 'striker', 'editor', 'economist', 'scientist', 'negotiator', 'officer', 'detective', 'lawyer', 'attorney']);

/** Bodies whose roles open a sentence before a name: "Committee chair Warren Entsch". */
const BODIES_OF_ROLES = new Set(['committee', 'board', 'council', 'commission', 'panel', 'tribunal', 'inquiry', 'taskforce']);

/** Lower-case words that may stand in a role written before a name: "press secretary", "top negotiator". */
const ROLE_LEAD = new Set(['press', 'top', 'chief', 'deputy', 'senior', 'vice', 'lead', 'special', 'national', 'security', 'parliament', 'assembly', 'senate', 'opposition', 'shadow',
  // A company's chief officers: "chief operating officer Omar Berrada", "chief executive Omar Berrada".
  'executive', 'operating', 'financial', 'technology', 'marketing', 'information', 'planning', 'performance', 'commercial', 'investment', 'strategy', 'product']);

/**
 * A role in lower case right before a name: "Kremlin spokesman Dmitry Peskov", "White House
 * press secretary Karoline Leavitt". At most three words, all role or portfolio words.
 */
/** Words in capitals a page puts before a line, no body: "WATCH: defence minister …". */
const PAGE_LABELS = new Set(['UPDATE', 'WATCH', 'LIVE', 'VIDEO', 'PHOTO', 'PHOTOS', 'NEWS', 'READ', 'ALSO', 'MORE', 'OPINION', 'BREAKING', 'EXCLUSIVE']);

export function roleTitleBefore(text: string, toks: Token[], at: number): RawTitle | undefined {
  let first = at - 1;
  let start = toks[first].start;
  let status: TitleStatus | undefined;
  while (first > at - 3 && first > 0) {
    const t = toks[first - 1];
    const w = t.text.toLowerCase();
    // "Then-defense minister X": the prefix says the title is past.
    const prefixed = /^(?:then|ex|former)[-‐](\p{Ll}+)$/iu.exec(t.text);
    if (prefixed && (ROLE_WORDS.has(prefixed[1].toLowerCase()) || COMMON_CAPS.has(prefixed[1].toLowerCase()))) {
      first--;
      start = t.end - prefixed[1].length;
      status = 'past';
      break;
    }
    // "Attorney general Tarek Saab" at a sentence's start: one office, not the rank "general".
    if (t.cap && GENERAL_AS_OFFICE.has(w) && toks[first].text.toLowerCase() === 'general') {
      first--;
      start = t.start;
      break;
    }
    // "Prime minister Giorgia Meloni", "Foreign minister Wang Yi": the capital is the sentence's.
    const sentenceStart = first - 1 === 0 || OPENERS.has(toks[first - 2]?.text ?? '') || /^[.!?]$/.test(toks[first - 2]?.text ?? '');
    // ("Committee deputy chair Warren Entsch", "Board chairman X": the body the role is of.)
    if (t.cap && sentenceStart && !PAST_MARKERS.has(w) && !ACTING_MARKERS.has(w) && (ROLE_LEAD.has(w) || COMMON_CAPS.has(w) || ORG_NAME_WORDS.has(w) || BODIES_OF_ROLES.has(w))) {
      first--;
      start = t.start;
      break;
    }
    // "BCCI secretary Jay Shah", "IMF chief Kristalina Georgieva": a body's initials before its role are the
    // role's, which another source may give of the same body ("BCCI president"). (Not a country's: "US president".)
    if (/^\p{Lu}{2,6}$/u.test(t.text) && !isNationality(t.text) && !PLACES.has(t.text) && !t.possessive && !PAGE_LABELS.has(t.text)) {
      first--;
      start = t.start;
      break;
    }
    // "deputy Liberal leader Sussan Ley", "Deputy White House press secretary Anna Kelly": a party's
    // or a body's name inside a deputy's role, which is the deputy's.
    if (t.cap && t.word && !nameWordOk(t.text)) {
      let d = first - 2;
      while (d >= 0 && d >= first - 4 && toks[d].cap && toks[d].word && !DEPUTY_WORDS.has(toks[d].text.toLowerCase())) d--;
      if (d >= 0 && d >= first - 4 && DEPUTY_WORDS.has(toks[d].text.toLowerCase())) {
        first = d;
        start = toks[first].start;
        break;
      }
    }
    if (t.cap || !t.word || PAST_MARKERS.has(w) || ACTING_MARKERS.has(w) || !(ROLE_LEAD.has(w) || ROLE_WORDS.has(w) || COMMON_CAPS.has(w) || ORG_NAME_WORDS.has(w))) break;
    first--;
    start = t.start;
  }
  // "English coach Anthony Barry", "Brazilian manager X": a trade and where one is from, no post
  // held ("England coach Thomas Tuchel" is one).
  const lead = toks[first - 1];
  if (first === at - 1 && TRADES.has(toks[first].text.toLowerCase()) && lead?.cap && isNationality(lead.text) && !PLACES.has(lead.text)) return undefined;
  const span = { start, end: toks[at - 1].end };
  const phrase = text.slice(span.start, span.end);
  // "president-elect Donald Trump": not yet in office.
  const elect = ELECT.test(toks[at - 1].text) ? 'acting' : undefined;
  return { text: phrase, span, status: status ?? elect ?? roleStatus(toks, first), basis: 'appositive', office: normaliseOffice(phrase), officeText: phrase };
}

/**
 * Does an office with its article, then a comma, stand right before `from` ("the President of
 * Colombia, Gustavo Petro")? Not a post in a list of posts ("Inspector General, Assam Rifles").
 */
export function officeBeforeComma(toks: Token[], from: number): boolean {
  // "the President of the Assembly, currently José Pedro Aguiar-Branco, …".
  if (LIST_ADVERBS.has(toks[from - 1]?.text ?? '')) from--;
  if (toks[from - 1]?.text !== ',') return false;
  let k = from - 2;
  let office = false;
  // ("of the" inside the office: "the President of the Assembly of the Republic, …")
  for (; k >= 0 && k >= from - 10 && (isCap(toks[k]) || (OFFICE_JOINERS.has(toks[k].text) && (toks[k].text !== 'the' || toks[k - 1]?.text === 'of'))); k--) {
    if (isOfficeHead([toks[k].text], 0)) office = true;
  }
  const lead = toks[k];
  return office && (!lead || /^the$/i.test(lead.text) || !!lead.possessive || OPENERS.has(lead.text));
}

/** Does ", First Last" follow the offset (the next name of a list)? */
export function nameAfter(toks: Token[], offset: number): boolean {
  let j = 0;
  while (j < toks.length && toks[j].start < offset) j++;
  if (toks[j]?.text === ',' && LIST_ADVERBS.has(toks[j + 1]?.text ?? '')) j++;
  // A given name makes a place's word after it a surname: "Luís Montenegro".
  return (toks[j]?.text === ',' || LIST_ADVERBS.has(toks[j]?.text ?? '')) && isCap(toks[j + 1]) && nameWordOk(toks[j + 1].text) && isCap(toks[j + 2]) &&
    (nameWordOk(toks[j + 2].text) || isKnownGivenName(toks[j + 1].text));
}

/** Between an office and the name of its holder in a list: "the Prime Minister, currently Luís Montenegro". */
const LIST_ADVERBS = new Set(['currently', 'now', 'presently']);

/** Lower-case words inside an office's name: "Minister of Foreign Affairs", "Chief of the Army Staff". */
const OFFICE_JOINERS = new Set(['of', 'for', 'the', 'and', '&']);

/**
 * "The President of ECOWAS, Omar Alieu Touray, said", "Nigeria's Minister of Defence, Mohammed
 * Badaru, who …": a capitalised office that opens the sentence, then the name between commas
 * (or before "who" or a speech verb). Only at the sentence's start ("The", an owner's name and
 * "'s" may come first): "After meeting the President, John Smith said" names two people.
 * The office's acronym may follow it: "The Chief of Defence Staff (CDS), Gen. Christopher Musa, said".
 */
export function commaTitleBefore(text: string, toks: Token[], from: number, to: number): RawTitle | undefined {
  if (toks[from - 1]?.text !== ',' || from < 3) return undefined;
  const closes = toks[to]?.text;
  if (!(closes === ',' || closes === 'who' || SPEECH_VERBS.has(closes?.toLowerCase() ?? ''))) return undefined;
  return officeEndingAt(text, toks, acronymBefore(toks, from - 1) ? from - 5 : from - 2, true) ?? ownedRoleBefore(text, toks, from - 1, closes !== ',' && closes !== 'who');
}

/** Is toks[k] the "executive" of "chief executive", a role though "executive" alone is none? */
export function chiefExecutiveAt(toks: Token[], k: number): boolean {
  return toks[k]?.text.toLowerCase() === 'executive' && toks[k - 1]?.text.toLowerCase() === 'chief';
}

/** The numbers of a government's deputies, in lower case: "second deputy prime minister". */
const DEPUTY_ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth']);

/** Owners in lower case a role may be written after: "the company's chief executive", "the country's finance minister". */
const COMMON_OWNERS = /^(?:company|bank|firm|group|club|country|nation|government|party|agency|army|team|committee|board|panel|council|commission|court|university|union|federation|association|ministry|department)$/i;

/**
 * "OpenAI's chief financial officer, Brad Lightcap, told staff", "The company's chief executive, Tim Cook,
 * said": a role in lower case, owned or after "The", opening the sentence before the name's comma.
 * An owned role may stand anywhere when the name ends an aside (`atStartOnly` false): "They include
 * Spain's fourth deputy prime minister, Teresa Ribera, who"; not before a verb of the name's, where
 * the role may close a clause of its own: "After meeting Spain's prime minister, John Smith said".
 */
function ownedRoleBefore(text: string, toks: Token[], comma: number, atStartOnly: boolean): RawTitle | undefined {
  const head = toks[comma - 1];
  if (!head || head.cap || !(ROLE_WORDS.has(head.text.toLowerCase()) || chiefExecutiveAt(toks, comma - 1))) return undefined;
  let role = roleTitleBefore(text, toks, comma);
  if (!role) return undefined;
  let k = comma - 1;
  while (k > 0 && toks[k - 1].start >= role.span.start) k--;
  // ("Spain's fourth deputy prime minister, Teresa Ribera": the deputy's number is the post's.)
  if (k > 0 && DEPUTY_WORDS.has(toks[k].text.toLowerCase()) && DEPUTY_ORDINALS.has(toks[k - 1].text)) {
    k--;
    const phrase = text.slice(toks[k].start, role.span.end);
    role = { ...role, text: phrase, span: { start: toks[k].start, end: role.span.end }, office: normaliseOffice(phrase), officeText: phrase };
  }
  const opens = (at: number) => at === 0 || OPENERS.has(toks[at - 1].text);
  const lead = toks[k - 1];
  const owned = !!lead?.possessive && k >= 2 && (isCap(toks[k - 2]) || COMMON_OWNERS.test(toks[k - 2].text)) &&
    (opens(k - 2) || (/^the$/i.test(toks[k - 3]?.text ?? '') && opens(k - 3)) ||
      // (Not after a name's comma: "his son-in-law Jared Kushner, Qatar's prime minister, Sheikh Mohammed" may be
      // Kushner's aside; "In the meantime, Bolton's deputy, Charles Kupperman," is the next name's.)
      (!atStartOnly && !afterNameComma(toks, /^the$/i.test(toks[k - 3]?.text ?? '') ? k - 3 : k - 2) && !frontedClause(toks, k - 2)));
  return owned || (!!lead && /^the$/i.test(lead.text) && opens(k - 1)) ? role : undefined;
}

/**
 * Does the sentence of toks[at] open with a clause of its own ("After meeting Spain's prime minister, Joe Biden, who …",
 * "Asked about Israel's prime minister, Bernie Sanders, …"), where a role before a comma may end that clause?
 */
function frontedClause(toks: Token[], at: number): boolean {
  let k = at;
  // (A clause closed by its comma is over: "In the meantime, Bolton's deputy, Charles Kupperman, will serve".)
  while (k > 0 && !OPENERS.has(toks[k - 1].text) && !/^[.!?]$/.test(toks[k - 1].text)) if (toks[--k].text === ',') return false;
  const first = toks[k]?.text ?? '';
  return FRONTING_WORDS.has(first.toLowerCase()) || (k < at && /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(first));
}
const FRONTING_WORDS = new Set(['after', 'asked', 'when', 'while', 'unlike', 'before', 'since', 'although', 'though', 'if', 'as', 'like', 'following',
  'despite', 'besides', 'beyond', 'alongside', 'once', 'until', 'whereas', 'because', 'with', 'without', 'for', 'to', 'in', 'on', 'at', 'by', 'from', 'of']);

/** Does a comma after a capitalised word inside its sentence stand before toks[at]? */
function afterNameComma(toks: Token[], at: number): boolean {
  const word = at - 2;
  return toks[at - 1]?.text === ',' && word >= 0 && isCap(toks[word]) && word > 0 && !OPENERS.has(toks[word - 1].text);
}

/** Is there an acronym in parentheses just before `at`: "(CDS)"? */
function acronymBefore(toks: Token[], at: number): boolean {
  return toks[at - 1]?.text === ')' && toks[at - 3]?.text === '(' && OFFICE_ACRONYM.test(toks[at - 2]?.text ?? '');
}
const OFFICE_ACRONYM = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})[\p{L}\d&]{2,10}$/u;

/**
 * "Inspector General of Police (IGP) Kayode Egbetokun", "met the Chief of Army Staff (COAS)
 * General Asim Munir": an office, its acronym, then the name. The acronym ties them as a comma
 * does not, so the office may stand anywhere in the sentence.
 */
export function acronymOfficeBefore(text: string, toks: Token[], from: number): RawTitle | undefined {
  return acronymBefore(toks, from) ? officeEndingAt(text, toks, from - 4, false) : undefined;
}

/**
 * Words that open sentences but here make an office another: "Deputy Secretary-General of NATO",
 * "Under Secretary of State for Political Affairs", "First Deputy Prime Minister".
 */
const OFFICE_GRADES = new Set([...TITLE_MODIFIERS, 'second', 'third', 'junior']);

/** Words before "the" and an office that let it open the title of the name after its comma. */
const JOINED_BEFORE = new Set(['by', 'with', 'and']);

/** The capitalised office whose last word is toks[end], when there is one. */
function officeEndingAt(text: string, toks: Token[], end: number, atStart: boolean): RawTitle | undefined {
  if (end < 0) return undefined;
  let first = end;
  const marker = (w: string) => PAST_MARKERS.has(w) || ACTING_MARKERS.has(w);
  while (first > 0 && (isCap(toks[first - 1]) || marker(toks[first - 1].text) || (OFFICE_JOINERS.has(toks[first - 1].text) && first - 1 > 0))) first--;
  let lead = first;
  const owned = lead >= 2 && toks[lead - 1].possessive && isCap(toks[lead - 2]);
  if (owned) {
    lead -= 2;
    // (A place of two or three words owns it too: "South Africa's Justice Minister, Ronald Lamola,".)
    for (let k = lead - 1; k >= Math.max(0, lead - 2) && isCap(toks[k]); k--) {
      if (isPlacePhrase(toks.slice(k, lead + 1).map((t) => t.text))) {
        lead = k;
        break;
      }
    }
  }
  if (lead > 0 && /^the$/i.test(toks[lead - 1].text)) lead--;
  // ("accompanied by the Minister of Foreign Affairs, Mélanie Joly,": after "by", "with" or "and" too.)
  // (Or after a comma, owned: "Speaking after the closing session, South Africa's Justice Minister, Ronald Lamola, said".)
  if (atStart && lead !== 0 && !OPENERS.has(toks[lead - 1].text) && !((/^the$/i.test(toks[lead].text) || !!toks[lead].possessive) && JOINED_BEFORE.has(toks[lead - 1].text)) &&
    !(owned && toks[lead - 1].text === ',')) return undefined;
  // Leading joiners and stop words belong to no office: "Only the President of Peru, …".
  // "Former", "Acting" and the like say the title's status, as they do before a name.
  let status: TitleStatus | undefined;
  while (first < end) {
    const w = toks[first].text.toLowerCase();
    if (PAST_MARKERS.has(w)) status = 'past';
    else if (ACTING_MARKERS.has(w)) status ??= 'acting';
    else if (OFFICE_GRADES.has(w) || underSecretary(w, toks[first + 1]?.text) || (!OFFICE_JOINERS.has(w) && !STOPWORDS.has(toks[first].text))) break;
    first++;
  }
  const words = toks.slice(first, end + 1).map((t) => t.text);
  if (!words.some((_, k) => isOfficeHead(words, k))) return undefined;
  // "The President, the Vice President and the Speaker, …": a list of offices names no one.
  if (words.includes('and') && words.filter((_, k) => isOfficeHead(words, k)).length > 1) return undefined;
  // "HRH Prince Feisal Al Hussein, David Lappartient, …": a name after the last office word
  // (not what the office is of) makes the phrase a titled name, the one before in a list.
  let lastHead = words.length - 1;
  while (lastHead > 0 && !isOfficeHead(words, lastHead)) lastHead--;
  const after = words.slice(lastHead + 1);
  // ("PM Modi, Amit Shah, NDA chief ministers …": one name word after it is a name too.)
  if (after.length >= 1 && !after.some((w) => OFFICE_JOINERS.has(w)) && after.every((w) => (nameWordOk(w) && !PLACES.has(w)) || /^(?:Al|El|bin|al|el)$/.test(w))) return undefined;
  const span = { start: toks[first].start, end: toks[end].end };
  const phrase = text.slice(span.start, span.end);
  return { text: phrase, span, status: status ?? roleStatus(toks, first), basis: 'appositive', office: normaliseOffice(phrase), officeText: phrase };
}

/** "Former GOP leader X", "Ukraine's former top negotiator X": a marker a few words before the role. */
function roleStatus(toks: Token[], first: number): TitleStatus {
  // "former Uvalde school district police chief Pete Arredondo": the marker may stand well
  // before the role. Reading too far only makes a title past, and past titles are never compared.
  for (let k = first - 1; k >= Math.max(0, first - 6); k--) {
    const w = toks[k].text.toLowerCase();
    // ("then-People Power Party leader Han Dong-hoon": the marker joined to the party's name.)
    if (PAST_MARKERS.has(w) || PAST_PREFIX.test(w)) return 'past';
    if (ACTING_MARKERS.has(w)) return 'acting';
    // "former Prime Minister and key opposition leader X": the marker is the other title's.
    if ((!toks[k].word && !toks[k].possessive && w !== '-') || w === 'and' || w === 'or') break;
  }
  return 'current';
}

/** "appointed Harini Amarasuriya as the new prime minister": what a name is made says it is a person's. */
export function madeRole(toks: Token[], at: number): boolean {
  if (toks[at]?.text !== 'as') return false;
  let k = at + 1;
  if (['the', 'its', 'his', 'her', 'their', 'a', 'an'].includes(toks[k]?.text ?? '')) k++;
  if (['new', 'next', 'interim', 'acting', 'first'].includes(toks[k]?.text ?? '')) k++;
  // "prime minister", "chief executive": the role may take a second word.
  return [k, k + 1].some((j) => !!toks[j] && toks[j].word && !toks[j].cap && isTitleHead(toks[j])) && !!toks[k]?.word && !toks[k].cap;
}
