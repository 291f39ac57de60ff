// Appositive titles after a name: "Lloyd Austin, the U.S. defense secretary, said …".
// Where the title ends and whether it is this person's.

import { ACTING_MARKERS, APPOINTED_PARTICIPLES, MONTHS_AND_DAYS, NAMING_VERBS, OFFICE_HEADS, ORG_HEADS, PAST_MARKERS, PAST_PREFIX, POST_NOMINALS, RANK_HEADS, ROLE_WORDS, SPEECH_VERBS, STOPWORDS } from '../lexicon';
import type { TitleStatus } from '../model';
import { foldText, isNationality } from '../normalize';
import { ELECT, isHonorific, isRankHead, normaliseOffice, splitTitle, titleWord } from '../titles';
import type { Token } from '../tokenize';
import { BODY_NOUNS, namesBody, portfolioListEnd } from './organizations';
import { initialsOfName, nameAfterComma, styledNameAfterComma } from './personNames';
import { placeAfter, placeAfterOf } from './places';
import type { RawTitle } from './rawMention';
import { COMMON_CAPS, CONNECTORS, DEGREE, isCap, isPlacePhrase, isPluralTitle, lastIndex, nameWordOk, NICKNAME_CLOSE, NICKNAME_OPEN, ORG_NAME_WORDS, particlesEnd, RECORD_LINE, seatAfter } from './words';

/** Words a title does not end with: a cut-off ", chief market analyst at trading platform IG". */
const TITLE_TAIL_JOINERS = new Set(['at', 'of', 'for', 'in', 'with', 'to', 'on', 'from', 'by', 'and', 'the']);

/** Words after which two capitalised words are what a title is of, not a person's name. */
const LIST_BREAKERS = new Set(['of', 'to', 'for', 'from', 'under', 'at', 'in', 'with']);

/** After these an -ing word describes ("head of the governing party"), it is no verb. */
const ADJECTIVE_LEAD = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'of', 'for']);
const APPOSITIVE_LEAD = new Set(['the', 'a', 'an', ...PAST_MARKERS, ...ACTING_MARKERS, 'deputy', 'assistant', 'vice', 'senior', 'principal', 'special', 'executive', 'first']);
/** Words for a post itself: a phrase ending in one is the post, not a person's title. */
const POST_NOUNS = new Set(['position', 'post', 'portfolio', 'job', 'role', 'seat', 'vacancy']);

const APPOSITIVE_STOP = new Set([',', '.', '?', '!', ';', ':', '(', ')', '"', '“', '”', '—', '–', 'who', 'which', 'that', 'said', 'says', 'told', 'and', 'as', 'while',
  'goes', 'go', 'falls', 'passes',
  'whose', 'whom', 'when', 'where', 'because', 'since', 'after', 'before', 'although', 'though',
  // A verb ends the appositive: "Donald Trump, the US president was presented with a crown".
  'was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'did', 'does',
  'hold', 'holds', 'held', 'meet', 'meets', 'met', 'visit', 'visits', 'visited', 'arrive', 'arrives', 'arrived', 'announced', 'attended', 'agreed',
  // "Pope Francis, the pontiff made a surprise public appearance": common verbs in the past tense.
  'made', 'took', 'gave', 'went', 'came', 'left', 'won', 'lost', 'led', 'became', 'began', 'saw', 'sent', 'spoke', 'wrote', 'got', 'kept',
  'brought', 'stood', 'sat', 'fell', 'rose', 'knew', 'chose', 'paid', 'called', 'urged', 'warned', 'added', 'noted', 'stressed', 'vowed']);

/** Do the capitalised name words from `k` end the phrase (at punctuation, a verb or the end)? */
function nameEndsPhrase(toks: Token[], k: number): boolean {
  for (;;) {
    while (isCap(toks[k]) && nameWordOk(toks[k].text)) k++;
    const past = particlesEnd(toks, k); // "André de Largo"
    if (!past) break;
    k = past;
  }
  // "Pushpa Kamal Dahal ‘Prachanda’": a nickname after the name.
  if (NICKNAME_OPEN.has(toks[k]?.text ?? '') && isCap(toks[k + 1]) && NICKNAME_CLOSE.has(toks[k + 2]?.text ?? '')) k += 3;
  // "…, President Javier Milei of Argentina, …": the place the title is of, after the name.
  if (toks[k]?.text === 'of') {
    let end = k + 1;
    while (end < k + 4 && isCap(toks[end])) end++;
    if (end > k + 1 && isPlacePhrase(toks.slice(k + 1, end).map((t) => t.text))) k = end;
  }
  const after = toks[k];
  // "…, International Olympic Committee President Thomas Bach declared": the next sentence's speaker.
  return !after || APPOSITIVE_STOP.has(after.text) || APPOSITIVE_STOP.has(foldText(after.text)) || SPEECH_VERBS.has(foldText(after.text));
}

/** Words that follow a title and end it: "Senate President pro tempore", "Dean emeritus", "Queen Mother". */
export const TITLE_AFTERWORDS = new Set(['pro-tempore', 'tempore', 'pro-tem', 'tem', 'emeritus', 'emerita', 'mother']);

/** Does a title end right before `k` ("President", "President pro tempore")? */
function titleEndsBefore(toks: Token[], k: number): boolean {
  let j = k - 1;
  const after = (i: number) => TITLE_AFTERWORDS.has(foldText(toks[i].text)) || (toks[i].text === 'pro' && TITLE_AFTERWORDS.has(foldText(toks[i + 1]?.text ?? '')));
  while (j > 0 && after(j)) j--;
  return j >= 0 && isTitleHead(toks[j]);
}

export function isTitleHead(t: Token): boolean {
  const w = titleWord(t.text);
  return ROLE_WORDS.has(w) || OFFICE_HEADS.has(w) || RANK_HEADS.has(w);
}

const DASHES = new Set(['–', '—']);

/**
 * "the Italian prime minister, Giorgia Meloni, the French president, Emmanuel Macron, and …": a
 * list of titles each before its name. The title after a name there (`at` to `end`) is the next
 * name's, when the name itself came after a title and a comma and another name follows.
 */
function titleFirstList(toks: Token[], at: number, end: number): boolean {
  // ("the Governor of Kerala, Shri Arif Mohammed Khan, the Chief Minister of Kerala, Shri Pinarayi
  // Vijayan": each name with an honorific, each title with what it is of.)
  const next = toks[end + 1] && isHonorific(toks[end + 1].text) ? end + 2 : end + 1;
  if (toks[end]?.text !== ',' || !isCap(toks[next]) || !(nameWordOk(toks[next].text) || initialsOfName(toks[next].text))) return false;
  let from = at;
  while (from > 0 && isCap(toks[from - 1])) from--;
  if (from >= at || toks[from - 1]?.text !== ',') return false;
  let k = from - 2;
  while (k > from - 8 && toks[k] && !isTitleHead(toks[k]) && (isCap(toks[k]) || toks[k].text === 'of' || toks[k].text === 'the')) k--;
  return !!toks[k] && k > from - 8 && isTitleHead(toks[k]);
}

/**
 * "…, his son-in-law Jared Kushner, Qatar's prime minister, Sheikh Mohammed bin Abdulrahman
 * al-Thani, and …": a title between two names of a list, each after a comma, may be either's,
 * so it is neither's. Not where the next name has a title after it too ("Joe Biden, the US
 * president, Xi Jinping, the Chinese leader, and …": each name, then its title). `k` is where
 * the title ends.
 */
function eitherNamesTitle(toks: Token[], k: number): boolean {
  if (toks[k]?.text !== ',') return false;
  const name = isHonorific(toks[k + 1]?.text ?? '') ? k + 2 : k + 1;
  if (!isCap(toks[name]) || !nameWordOk(toks[name].text) || !nameEndsPhrase(toks, name)) return false;
  let j = name;
  while (j < toks.length && !APPOSITIVE_STOP.has(toks[j].text)) j++;
  const after = toks[j + 1];
  return !(toks[j]?.text === ',' && after?.word && !after.cap && after.text !== 'and' && after.text !== 'or');
}

const COUNTING_WORDS = new Set(['two', 'three', 'four', 'five', 'both', 'all', 'several', 'many', 'few', 'other', 'same', 'only']);

/** "Leader of Opposition in Lok Sabha", "Leader of the House in the Senate": "in" before the house an office is held in, up to `to`. */
function inHouse(toks: Token[], j: number, to: number): boolean {
  if (toks[j].text !== 'in' || j + 1 >= to) return false;
  for (let k = toks[j + 1].text === 'the' ? j + 2 : j + 1; k < to; k++) if (!isCap(toks[k])) return false;
  return ORG_HEADS.has(foldText(toks[to - 1].text));
}

/**
 * Does a title run from its role up to `to`, as "Deputy Secretary of State" before "Dan
 * LaCamera"? Not when other lower-case words than its portfolio's come between: ", the
 * leader of the radical left-wing Economic Freedom Fighters," ends in a party's name.
 */
function titleRunsTo(toks: Token[], from: number, to: number): boolean {
  let role = to - 1;
  while (role >= from && !isTitleHead(toks[role])) role--;
  let owned = false;
  for (let j = from; j <= role; j++) owned ||= !!toks[j].possessive;
  for (let j = role + 1; j < to; j++) {
    const w = foldText(toks[j].text);
    owned ||= !!toks[j].possessive;
    // "secretary of state Marco Rubio": a title in lower case runs on through its portfolio,
    // and "head of Raisi's guard team Mehdi Mousavi" through what the owner has.
    if (!owned && !isCap(toks[j]) && !CONNECTORS.has(w) && w !== 'the' && !COMMON_CAPS.has(w) && !ORG_NAME_WORDS.has(w) && !inHouse(toks, j, to)) return false;
  }
  return true;
}

/**
 * ", the firebrand leader of …", "– the Uvalde schools police chief –": lower-case words that
 * lead to a role one or two words on (no joiners, stops or counting words between).
 */
function describesRole(toks: Token[], k: number): boolean {
  const plain = (t: Token | undefined) => !!t && t.word && /^\p{Ll}[\p{Ll}-]*$/u.test(t.text) && !COUNTING_WORDS.has(t.text) &&
    !TITLE_TAIL_JOINERS.has(t.text) && !APPOSITIVE_STOP.has(t.text);
  if (!plain(toks[k])) return false;
  if (toks[k + 1] && !toks[k + 1].cap && isTitleHead(toks[k + 1])) return true;
  return plain(toks[k + 1]) && !!toks[k + 2] && !toks[k + 2].cap && isTitleHead(toks[k + 2]);
}

/**
 * ", Chairman of the Joint Chiefs in the President George H Bush administration,": a titled
 * name inside says whose the phrase is not (an owner, "President Yoon Suk Yeol's defense
 * minister", keeps it).
 */
function namesAnotherPerson(toks: Token[], from: number, to: number): boolean {
  for (let j = from + 1; j < to - 2; j++) {
    if (!toks[j].cap || !isTitleHead(toks[j])) continue;
    let m = j + 1;
    while (m < to && isCap(toks[m]) && nameWordOk(toks[m].text) && !toks[m].possessive) m++;
    if (m - j - 1 >= 2 && !toks[m]?.possessive) return true;
  }
  return false;
}

/** Words after the head of a title: "chief ministers from BJP-ruled states". */
const PLURAL_POST_ENDS = new Set(['of', 'for', 'from', 'at', 'in', 'with']);

/** Verbs that open a clause's predicate: after a role with no comma to close it, the role is that clause's subject. */
const CLAUSE_AUXILIARIES = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'shall', 'must', 'can', 'could']);

/** Words that open a verb's object: "commended them", "signed the deal". */
const CLAUSE_OBJECTS = new Set(['them', 'him', 'her', 'it', 'us', 'me', 'the', 'a', 'an', 'his', 'their', 'its', 'our', 'this', 'these', 'those', 'that']);

/** Words that say what someone is to another, not a title: "and a close ally of President Biden". */
const NOT_IN_TITLE = new Set(['a', 'an', 'the', 'of', 'to', 'for', 'with', 'from', 'at', 'in', 'by']);

/** After "and" at `and`, a few words of a title, then a name that ends the phrase ("and party president JP Nadda,")? */
function titledNameAfterAnd(toks: Token[], and: number): boolean {
  // Not "…, former Los Angeles mayor and a close ally of President Joe Biden,": what the person is to another.
  for (let m = and + 1; m < and + 6 && toks[m]?.word && !NOT_IN_TITLE.has(toks[m].text); m++) {
    if (!isTitleHead(toks[m])) continue;
    // ("… and BJP National President, Sh. J.P. Nadda,": a comma and an honorific before the name.)
    let n = m + 1;
    if (toks[n]?.text === ',' && toks[n + 1] && isHonorific(toks[n + 1].text)) n += 2;
    if (!isCap(toks[n])) continue;
    if ((nameWordOk(toks[n].text) && nameEndsPhrase(toks, n)) || (initialsBeforeName(toks, n) && nameEndsPhrase(toks, n + 1))) return true;
  }
  return false;
}

/** Initials at `k` and a name word after them: "JP Nadda", "N.V. Ramana". */
function initialsBeforeName(toks: Token[], k: number): boolean {
  return initialsOfName(toks[k]?.text) && isCap(toks[k + 1]) && nameWordOk(toks[k + 1].text);
}

/** Is a comma right before the name at `from`, or before its honorific ("…, Mr Senzo Mchunu")? */
function betweenCommas(toks: Token[], from: number): boolean {
  let k = from;
  while (k > 0 && isHonorific(toks[k - 1].text)) k--;
  return toks[k - 1]?.text === ',';
}

/** Participles of taking a post, before the post after a name. */
const APPOINTED = new Set(APPOINTED_PARTICIPLES);

/** Do toks[from, to) hold "for" and a seat up to `to` ("the MP for North West Essex")? */
function seatWithin(toks: Token[], from: number, to: number): boolean {
  for (let j = from + 1; j < to; j++) if (toks[j].text === 'for') return seatAfter(toks, j, to);
  return false;
}

/** A person's name, or one owning what follows, at toks[k]: "Sir Keir Starmer's reshuffle", "Mr Carney's cabinet". */
function personsAfter(toks: Token[], k: number): boolean {
  if (isHonorific(toks[k]?.text ?? '')) return true;
  let j = k;
  while (j < k + 3 && isCap(toks[j]) && nameWordOk(toks[j].text)) j++;
  return j > k && !!toks[j]?.possessive;
}

/** Verbs that give someone a post: "was named", "has been appointed", "was sworn in as". */
const NAMING = new Set(NAMING_VERBS);

/**
 * After a name, where the post starts in "was named defense minister", "has been appointed as
 * the new chief of staff", "was sworn in as president"; -1 for none. Not a post to come ("will be
 * named"), nor a bare "is named" (a headline's present).
 */
function namedAsEnd(toks: Token[], at: number, nameFrom?: number): number {
  // "appointed former opposition leader Alexandre Barro Chambrier as vice-president of the government",
  // "has named …, Alexandre Barro Chambrier, as the country's Vice-President": the post the verb gives.
  if (nameFrom !== undefined && appointedBefore(toks, nameFrom)) {
    const as = toks[at]?.text === 'as' ? at : toks[at]?.text === ',' && toks[at + 1]?.text === 'as' ? at + 1 : -1;
    if (as >= 0) return toks[as + 1]?.word ? as + 1 : -1;
  }
  let k = at;
  // ("Shinjiro Koizumi, 44, was named …": past the age.)
  if (toks[k]?.text === ',' && /^\d{1,3}$/.test(toks[k + 1]?.text ?? '') && toks[k + 2]?.text === ',') k += 2;
  // ("X, who served as agriculture minister, was named defense minister": past the clause.)
  if (toks[k]?.text === ',' && toks[k + 1]?.text === 'who') {
    for (k += 2; k < at + 25 && k < toks.length && toks[k].text !== ',' && toks[k].text !== '.'; k++);
    if (toks[k]?.text !== ',') return -1;
    k++;
  }
  if (k > at && toks[k]?.text === ',') k++;
  // "… becomes defense minister": the present of news. "Klingbeil is Vice-Chancellor and Finance
  // Minister": a post in capitals after "is" (not "is a …", "is expected").
  if (toks[k]?.text === 'becomes' || (toks[k]?.text === 'is' && k === at && capitalisedPostAt(toks, k + 1))) return toks[k + 1]?.word ? k + 1 : -1;
  if (toks[k]?.text === 'was' || toks[k]?.text === 'were') k++;
  else if ((toks[k]?.text === 'has' || toks[k]?.text === 'have' || toks[k]?.text === 'had') && toks[k + 1]?.text === 'been') k += 2;
  else return -1;
  if (toks[k]?.text === 'sworn' && toks[k + 1]?.text === 'in' && toks[k + 2]?.text === 'as') k += 3;
  else if (NAMING.has(toks[k]?.text ?? '')) k += toks[k + 1]?.text === 'as' ? 2 : 1;
  else return -1;
  return toks[k]?.word ? k : -1;
}

/** Verbs whose object takes the post after "as": "appointed X as", "named X as", "tapped X as". */
const APPOINTING = new Set(['appointed', 'appoints', 'named', 'names', 'nominated', 'nominates', 'designated', 'designates', 'tapped', 'taps', 'picked', 'picks', 'chose', 'chooses', 'selected', 'selects', 'installed', 'installs']);

/** Is the name at toks[nameFrom] the object of an appointing verb, past a role in lower case, an honorific and a comma ("named former opposition leader, Alexandre …")? */
function appointedBefore(toks: Token[], nameFrom: number): boolean {
  let k = nameFrom - 1;
  while (k >= 0 && isHonorific(toks[k].text)) k--;
  if (toks[k]?.text === ',') k--;
  for (let n = 0; n < 4 && k >= 0 && !toks[k].cap && toks[k].word && !APPOINTING.has(toks[k].text); n++) k--;
  return k >= 0 && APPOINTING.has(toks[k].text);
}

/**
 * The title written after a name, unless it is the next name's in a list: "President of Tajikistan
 * Emomali Rahmon, Emir of Qatar, Sheikh Tamim …" (not "Pete Hegseth, a former Fox host, Marco Rubio
 * and …": a description with an article is of the one before); "the President of Rwanda, H.E. Paul
 * Kagame, the Commonwealth Secretary-General, the Rt Hon Patricia Scotland".
 */
export function titleAfterName(text: string, toks: Token[], at: number, nameFrom: number): RawTitle | undefined {
  const app = appositive(text, toks, at, nameFrom);
  if (!app || (!/^(?:an?|the|former|then)\b/i.test(app.text) && nameAfterComma(toks, app.span.end)) || styledNameAfterComma(toks, app.span.end)) return undefined;
  return app;
}

/**
 * The posts listed after the first, each after a semicolon, in a list of ministers: "Anurag Singh Thakur,
 * Minister of Information and Broadcasting; and Minister of Youth Affairs and Sports", "G. Kishan Reddy,
 * Minister of Culture; Minister of Tourism; and Minister of …". Each opens with the first one's office word.
 */
export function postsAfterSemicolons(text: string, toks: Token[], first: RawTitle): RawTitle[] {
  const posts: RawTitle[] = [];
  // The office word the first post opens with, capitalised: "Minister" (not "the", nor "Union Minister").
  const head = toks[firstTokenFrom(toks, first.span.start)];
  if (!head?.cap || !OFFICE_HEADS.has(titleWord(head.text))) return posts;
  let end = first.span.end;
  for (let n = 0; n < 6; n++) {
    const j = firstTokenFrom(toks, end);
    const opens = toks[j + 1]?.text === 'and' ? j + 2 : j + 1;
    if (j < 0 || toks[j].text !== ';' || toks[opens]?.text !== head.text || toks[j].afterBreak || toks[opens].afterBreak) break;
    const post = appositive(text, toks, j, undefined, true);
    if (!post || post.status !== first.status) break;
    posts.push(post);
    end = post.span.end;
  }
  return posts;
}

/**
 * The post the sentence gives after a description of the person between commas: "Lars Klingbeil,
 * the co-leader of the Social Democrats, becomes vice chancellor and finance minister". Both are
 * the person's titles. (Not one taken years ago: "Boluarte, a lawyer, was elected vice-president in 2021".)
 */
export function postAfterDescription(text: string, toks: Token[], description: RawTitle): RawTitle | undefined {
  // ("Katz, then the foreign minister, was appointed defense minister the following month": a story of then.)
  if (description.status !== 'current') return undefined;
  let j = firstTokenFrom(toks, description.span.end);
  if (j < 0 || toks[j].text !== ',') return undefined;
  j++;
  if (toks[j]?.text !== 'becomes' && !((toks[j]?.text === 'was' || toks[j]?.text === 'has') && NAMING.has(toks[j + (toks[j + 1]?.text === 'been' ? 2 : 1)]?.text ?? ''))) return undefined;
  const post = appositive(text, toks, j);
  if (!post || post.status !== 'current' || /\b(?:following|previous|next|last|same)\s+(?:day|week|month|year)\b/.test(post.text)) return undefined;
  const after = firstTokenFrom(toks, post.span.end);
  return after >= 0 && /^(?:in|from|since)$/.test(toks[after].text) && /^\d{4}$/.test(toks[after + 1]?.text ?? '') ? undefined : post;
}

/** The first token that starts at `offset` or later, or -1 (tokens are in order). */
function firstTokenFrom(toks: Token[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < toks.length ? lo : -1;
}

/** A post in capitals from `k`: "Foreign Minister", "Vice-Chancellor and Finance Minister" (not "Germany's"). */
function capitalisedPostAt(toks: Token[], k: number): boolean {
  for (let j = k; j < k + 5 && j < toks.length; j++) {
    if (!toks[j].cap && toks[j].text !== 'and') return false;
    if (toks[j].possessive) return false;
    if (isTitleHead(toks[j])) return true;
  }
  return false;
}

/** "M.P.", "OBE", and the Privy Council's "P.C." (Canada's). */
function honoursLetters(w: string): boolean {
  const bare = w.replace(/\./g, '');
  return POST_NOMINALS.has(bare) || bare === 'PC';
}

/**
 * What a bracket after a name may hold before its description: a year of birth ("Madrid, 1969", "born 1969"), an age,
 * a party and state ("R-NC", "D-Calif."), where the photo shows the person, or the name in another script (with an age:
 * "イバン・エスピノーサ, 46"); not a term of office ("Tony Blair (1997–2007), the Labour prime minister"), nor a
 * list's portfolio: "Rajeev Chandrasekhar (Skill Development), Chitradurga MP A Narayanaswamy (…)".
 */
const ASIDE_IN_BRACKETS = /^(?:(?:born\s+(?:in\s+)?|b\.\s*)?(?:\p{Lu}[\p{L}' .-]{1,25},\s*)?\d{4}|\d{1,3}|\p{Lu}{1,2}-\p{Lu}[\p{L}.]{0,12}|pictured|left|right|centre|center|above|below|file|[^\p{Script=Latin}\d]*[^\P{L}\p{Script=Latin}][^\p{Script=Latin}\d]*(?:,\s*\d{1,3})?)$/u;

/** An age between commas after a name. */
const AGE = /^\d{1,3}$/;
/** Adverbs of the present before a post: ", currently Spain's fourth vice-president,". */
const CURRENTLY = new Set(['currently', 'now', 'presently']);

export function appositive(text: string, toks: Token[], at: number, nameFrom?: number, afterSemicolon = false): RawTitle | undefined {
  const held = heldUntil(text, toks, at);
  if (held) return held;
  // "Shinjiro Koizumi was named defense minister": the post the sentence gives the person
  // (extractFacts says it is taken up).
  const named = namedAsEnd(toks, at, nameFrom);
  // ("Teresa Ribera (Madrid, 1969), Third Vice-President …", "Virginia Foxx (R-NC), the ranking member": an aside in
  // brackets before the comma.)
  if (named < 0 && toks[at]?.text === '(') {
    let close = at + 1;
    while (close < toks.length && close <= at + 10 && toks[close].text !== ')' && toks[close].text !== '(') close++;
    if (toks[close]?.text === ')' && toks[close + 1]?.text === ',' && ASIDE_IN_BRACKETS.test(text.slice(toks[at].end, toks[close].start).trim())) at = close + 1;
  }
  // ", the Uvalde schools police chief" or, between dashes, "– the Uvalde schools police chief –".
  if (named < 0 && toks[at]?.text !== ',' && !(DASHES.has(toks[at]?.text ?? '') && ['the', 'a', 'an'].includes(toks[at + 1]?.text ?? '')) && !(afterSemicolon && toks[at]?.text === ';')) return undefined;
  // "Teodoro Herbosa, MD, secretary of …": a degree between name and title is neither.
  // So are honours' letters: "The Hon. Marjorie Michel, P.C., M.P., Minister of Health".
  // So is an age: "Teresa Ribera, 55, Spain's fourth vice-president".
  while (named < 0 && toks[at].text === ',' && (DEGREE.test(toks[at + 1]?.text ?? '') || honoursLetters(toks[at + 1]?.text ?? '') || AGE.test(toks[at + 1]?.text ?? '')) && toks[at + 2]?.text === ',') at += 2;
  let k = named >= 0 ? named : at + 1;
  if (afterSemicolon && toks[k]?.text === 'and') k++;
  // ", currently Spain's fourth vice-president,": the post as now held.
  if (named < 0 && CURRENTLY.has(toks[k]?.text ?? '') && toks[k + 1]?.word) k++;
  // ", until now minister of justice,", ", until recently …": a post held before. (", formerly …" is read below.)
  let heldBefore = false;
  if (named < 0 && toks[k]?.text === 'until' && (toks[k + 1]?.text === 'now' || toks[k + 1]?.text === 'recently')) {
    k += 2;
    heldBefore = true;
  }
  // ", who is also deputy prime minister and minister of economy and finance,": the post the clause
  // gives ("who was" a past one).
  let status: TitleStatus = heldBefore ? 'past' : 'current';
  let limit = at + 16;
  if (named < 0 && toks[k]?.text === 'who' && (toks[k + 1]?.text === 'is' || toks[k + 1]?.text === 'was')) {
    if (toks[k + 1].text === 'was') status = 'past';
    k += 2;
    while (WHO_IS_ADVERBS.has(toks[k]?.text ?? '')) k++;
    limit += k - at - 1;
  } else if (named < 0 && toks[k]?.text === 'who') {
    // ", who currently serves as Nissan's chief performance officer,": so does one who serves as the post.
    let j = k + 1;
    while (WHO_IS_ADVERBS.has(toks[j]?.text ?? '')) j++;
    if ((toks[j]?.text === 'serves' || toks[j]?.text === 'served') && toks[j + 1]?.text === 'as') {
      if (toks[j].text === 'served') status = 'past';
      k = j + 2;
      limit += k - at - 1;
    }
  }
  // ", herself defence minister from 2021 to 2023,": the pronoun says whose the post is, and is no part of it.
  if (named < 0 && REFLEXIVES.has(toks[k]?.text ?? '') && toks[k + 1]?.word) k++;
  // ", appointed shadow chancellor,": the post, taken (extractFacts says it is new).
  if (APPOINTED.has(toks[k]?.text ?? '') && toks[k + 1]?.word) k++;
  let sawRole = false;
  let sawOf = false;
  const start = k;
  for (; k < toks.length && k < limit; k++) {
    const t = toks[k];
    const w = foldText(t.text).replace(/\.$/, '');
    if (sawRole && (t.text === ',' || t.text === 'and')) {
      // ", Minister of Trade, Industry and Energy, who": the list is part of the title.
      const end = portfolioListEnd(toks, start, k);
      if (end > k) {
        k = end - 1;
        continue;
      }
    }
    // ", deputy foreign minister for legal and international affairs,": portfolios in lower case.
    if (sawOf && t.text === 'and' && ORG_NAME_WORDS.has(foldText(toks[k - 1].text)) && ORG_NAME_WORDS.has(foldText(toks[k + 1]?.text ?? ''))) continue;
    if (sawRole && (w === 'for' || w === 'of')) sawOf = true;
    // "Rajnath Singh, health minister and party president JP Nadda, …": the titles after the comma
    // are all the next person's when "and" leads on to a title and a name that ends the phrase.
    if (sawRole && w === 'and' && titledNameAfterAnd(toks, k)) return undefined;
    // "Asked whether Moscow would congratulate Maia Sandu, the Kremlin spokesman said …": a
    // speech verb right after the words, with no comma to close them, makes them a new clause's subject.
    if (SPEECH_VERBS.has(w) && sawRole && !t.cap) return undefined;
    // So does a verb in the past with its object: "…, Felix Kwakye Ofosu, the President commended them".
    if (sawRole && !t.cap && t.word && /^[a-z]{3,}ed$/.test(t.text) && CLAUSE_OBJECTS.has(toks[k + 1]?.text ?? '')) return undefined;
    // So does an auxiliary after a name that is itself between commas: "…, the Minister of Police, Mr
    // Senzo Mchunu, the President has decided to …" (not "protests against Donald Trump, the US president was …").
    if (sawRole && !t.cap && CLAUSE_AUXILIARIES.has(t.text) && nameFrom !== undefined && betweenCommas(toks, nameFrom)) return undefined;
    if (APPOSITIVE_STOP.has(w) || APPOSITIVE_STOP.has(t.text) || SPEECH_VERBS.has(w)) break;
    // Markdown's emphasis closing: "**David Lammy, foreign secretary** – …" (not opening: "of *Le Nouvelliste*").
    if ((t.text === '*' || t.text === '_') && !t.word && !toks[k + 1]?.word) break;
    // A list's record ends with its line: "Jean-Luc Crucke, Minister of Mobility", then "The full
    // composition …" or the next record (not a wrapped line's next word: "Minister of\nMobility").
    if (t.afterBreak && k > start && (STOPWORDS.has(t.text) || RECORD_LINE.test(text.slice(t.start, t.start + 80))) &&
      RECORD_LINE.test(text.slice(text.lastIndexOf('\n', toks[at].start) + 1, toks[at].start + 1))) break;
    // ", CEO of OpenAI in San Francisco, California,": where the photo was taken is no part of it;
    // nor is what the person knows ("a former state minister of defense with knowledge of …").
    if (sawOf && w === 'in' && placeAfter(toks, k + 1)) break;
    if (sawOf && t.text === 'with') break;
    // "was appointed Home Secretary in Sir Keir Starmer's reshuffle": a person's doing, not the
    // post's name (as "Minister in the Presidency" is).
    if (sawRole && w === 'in' && personsAfter(toks, k + 1)) break;
    // "a former prime minister from 2012-2015", "the minister in 2019": when, not what.
    // ("was appointed commander-in-chief in July 2021": a month too.)
    if (sawRole && (w === 'from' || w === 'in' || w === 'between') && (/^\d/.test(toks[k + 1]?.text ?? '') || (MONTHS_AND_DAYS.has(foldText(toks[k + 1]?.text ?? '').replace(/\.$/, '')) && /^\d/.test(toks[k + 2]?.text ?? '')))) {
      // "energy minister from 2021 until July 2025": a post held until a day is a past one.
      if (heldSpanEnds(toks, k + 2)) status = 'past';
      break;
    }
    // "Prefect of the Dicastery for Divine Worship until the Pope's death": the post ends there, and
    // ended by a death or an ouster it is a past one.
    if (sawRole && (w === 'until' || w === 'till')) {
      // ("until earlier this year", "until last month" too; not "until his resignation takes effect", nor an acting post's "until the fall".)
      let ending = -1;
      for (let e = k + 1; e < k + 5 && e < toks.length && ending < 0; e++) {
        if (POST_ENDINGS.has(foldText(toks[e].text)) && (toks[e].text !== 'fall' || toks[e - 1].possessive || toks[e - 1].text === 'his' || toks[e - 1].text === 'her')) ending = e;
      }
      const ended = (ending >= 0 && !FUTURE_AFTER.test(text.slice(toks[ending].end, toks[ending].end + 40))) || /^(?:earlier|last)$/i.test(toks[k + 1]?.text ?? '');
      if (ended && status === 'current') status = 'past';
      break;
    }
    // "…, prime minister on Tuesday,": nor is the day.
    if (sawRole && w === 'on' && (/^\d/.test(toks[k + 1]?.text ?? '') || MONTHS_AND_DAYS.has(foldText(toks[k + 1]?.text ?? '').replace(/\.$/, '')))) break;
    // "Executive Secretary of UN Climate Change speaking at COP29": a verb in -ing ends it too
    // (lower-case portfolios such as "housing" or "planning" do not, nor does a noun after a
    // possessive: "chief executive of Amazon's streaming platform Twitch").
    // Nor does one that says what kind of body follows: "head of main fighting group Hayat Tahrir al-Sham".
    if (sawRole && t.word && !t.cap && w.endsWith('ing') && !w.includes('-') && !ORG_NAME_WORDS.has(w) && !ADJECTIVE_LEAD.has(foldText(toks[k - 1].text)) && !toks[k - 1].possessive &&
      !(sawOf && BODY_NOUNS.has(foldText(toks[k + 1]?.text ?? '')) && isCap(toks[k + 2]))) break;
    // A title followed by a name that ends the phrase is another person in a list: "Sanae
    // Takaichi, US Treasury Secretary Scott Bessent, …" is not Takaichi's title. A possessive
    // or more words after the name keep it: "X, President Lee's chief of staff".
    // So is one with an honorific: "…, Bangladesh Premier Sheikh Hasina, …".
    if (sawRole && isCap(t) && nameWordOk(t.text) && titleEndsBefore(toks, k) && nameEndsPhrase(toks, k)) return undefined;
    // So is one whose name opens with initials: "Amit Shah, BJP national president JP Nadda, …".
    if (sawRole && initialsBeforeName(toks, k) && titleEndsBefore(toks, k) && nameEndsPhrase(toks, k + 1)) return undefined;
    if (sawRole && isCap(t) && isHonorific(t.text) && titleEndsBefore(toks, k) && isCap(toks[k + 1]) && nameWordOk(toks[k + 1].text) && nameEndsPhrase(toks, k + 1)) return undefined;
    if (!sawRole) {
      if (PAST_MARKERS.has(w) || PAST_PREFIX.test(w)) status = 'past';
      else if (ACTING_MARKERS.has(w)) status = 'acting';
      // "López Obrador's last foreign minister": the last to hold it under someone is no more.
      else if ((w === 'last' || w === 'final') && toks[k - 1]?.possessive) status = 'past';
      // ", the prime minister's official residence": a role that owns something is not the title.
      if (toks[k + 1]?.possessive || t.possessive) continue;
      // "the Premier League club": a title word that starts a body's name is no role.
      const startsBody = t.cap && isCap(toks[k + 1]) && ORG_HEADS.has(foldText(toks[k + 1].text));
      if ((ROLE_WORDS.has(titleWord(t.text)) || OFFICE_HEADS.has(titleWord(t.text))) && !startsBody) sawRole = true;
      // "the defense minister", "the foreign affairs minister": portfolios in lower case lead too.
      else if (!(APPOSITIVE_LEAD.has(w) || isNationality(w) || (t.cap && t.word) || COMMON_CAPS.has(w) || ORG_NAME_WORDS.has(w) || describesRole(toks, k))) return undefined;
    }
  }
  // ", chief market analyst at trading platform IG,": the title ends before "at", not after it.
  while (k - 1 > start && !toks[k - 1].cap && TITLE_TAIL_JOINERS.has(toks[k - 1].text)) k--;
  if (!sawRole || k === start) return undefined;
  // "Nadda, chief ministers and deputy chief ministers of BJP-led states, …": a post for several,
  // the next ones in a list (after "of" it is what a post is of: "President of the Council of Ministers").
  const headEnd = toks.slice(start, k).findIndex((t) => PLURAL_POST_ENDS.has(t.text));
  const head = toks[headEnd >= 0 ? start + headEnd - 1 : k - 1];
  if (head && !head.possessive && isPluralTitle(head.text)) return undefined;
  // "Mark Dreyfus, the prized attorney-general position goes to …": the post itself, no one's title.
  if (POST_NOUNS.has(foldText(toks[k - 1].text))) return undefined;
  // "Gov. Ron DeSantis, Deputy Secretary of State Dan LaCamera and …": a title, then two name
  // words ending the phrase, is the next person in a list, not a title of the one before.
  // Not "David Solomon, chief executive of Goldman Sachs,": a body after "of" ends a title.
  // Nor ", President of United Arab Emirates,": a place after "of" is what the title is of.
  // Nor ", commander of Hayat Tahrir al-Sham (HTS),": the acronym after them makes the words a body's name.
  // ("…, Prime Minister of Bangladesh Sheikh Hasina, …": an honorific and one name word too.)
  // ("… Pushpa Kamal Dahal ‘Prachanda’ and …": a nickname after the name is no part of it.)
  const e = k - start >= 6 && NICKNAME_CLOSE.has(toks[k - 1].text) && NICKNAME_OPEN.has(toks[k - 3].text) ? k - 3 : k;
  const nameAtEnd = isCap(toks[e - 1]) && nameWordOk(toks[e - 1].text) && ((isCap(toks[e - 2]) && nameWordOk(toks[e - 2].text)) || isHonorific(toks[e - 2]?.text ?? '') || initialsOfName(toks[e - 2]?.text));
  // Nor ", the MP for North West Essex,": a seat.
  if (e - start >= 3 && !LIST_BREAKERS.has(toks[e - 3].text) && nameAtEnd && titleRunsTo(toks, start, e - 2) && !placeAfterOf(toks, start, e) && !namesBody(toks, start, e) &&
    !seatWithin(toks, start, e)) return undefined;
  if (namesAnotherPerson(toks, start, k)) return undefined;
  if (titleFirstList(toks, at, k)) return undefined;
  if (eitherNamesTitle(toks, k)) return undefined;
  // "Japheth Koome, his deputy Douglas Kanja appointed …": someone of the person's, named.
  if (/^(?:his|her|their)$/i.test(toks[start].text) && toks.slice(start + 2, k).some((t) => isCap(t) && nameWordOk(t.text))) return undefined;
  const s = { start: toks[start].start, end: toks[k - 1].end };
  // Without Markdown's emphasis inside: "the editor-in-chief of *Le Nouvelliste*".
  const phrase = text.slice(s.start, s.end).replace(/[*_]+/g, '').replace(/\s+/g, ' ');
  const words = phrase.split(' ');
  // ", Gen. Caine's top aide,": the owner's rank is not this person's.
  const own = lastIndex(words, (w) => /['’]s?$/.test(w)) + 1;
  const rankAt = words.findIndex((_, i) => i >= own && isRankHead(words, i));
  // ", a three-star general,": a grade, which admirals hold too, not the rank written with the name.
  const ranked = rankAt >= 0 && rankAt <= own + 2 && !/^(?:one|two|three|four|five|[1-5])-star$/i.test(words[rankAt - 1] ?? '');
  const written = ranked ? rankPhraseAt(words, rankAt, own) : undefined;
  // ", the general who was handed Iran's wartime command,": the noun for any general officer, in
  // lower case and without the grade; not the rank "Gen." or "General" before a name is.
  const rank = written && GENERIC_RANK_NOUNS.has(written.text) && words[rankAt - 1] !== 'full' ? undefined : written;
  return {
    // "Lebanon's new prime minister-designate": about to hold the office, as "acting" is.
    text: phrase, span: s, status: status === 'current' && words.some((w) => ELECT.test(w)) ? 'acting' : status, basis: 'appositive',
    rank: rank?.rank, rankText: rank?.text,
    office: normaliseOffice(phrase), officeText: phrase,
  };
}

/** Between "who is" and the post: "who is also", "who is now", "who is currently". */
const WHO_IS_ADVERBS = new Set(['also', 'now', 'currently', 'still']);
const REFLEXIVES = new Set(['himself', 'herself']);

/** Officers' ranks that are also the nouns for every officer of the grades under them. */
const GENERIC_RANK_NOUNS = new Set(['general', 'admiral', 'generals', 'admirals']);

/**
 * The rank written at `at`, of as many words as make one ("a major general in the IRGC" is a
 * major general, not a major; "a rear admiral" a rear admiral, not an admiral). Not before `own`.
 */
function rankPhraseAt(words: string[], at: number, own: number): { rank: string; text: string } {
  for (let from = Math.max(own, at - 2); from <= at; from++) {
    for (let end = Math.min(words.length, at + 4); end > at; end--) {
      const split = splitTitle(words.slice(from, end));
      if (split.rank && split.rankFrom === 0) return { rank: split.rank, text: words.slice(from, end).join(' ') };
    }
  }
  return { rank: titleWord(words[at]), text: words[at] };
}

/** "… from 2021 until July 2025", "between 2019 and 2022": the span ends, and not "until now". */
function heldSpanEnds(toks: Token[], from: number): boolean {
  for (let k = from; k < from + 3 && k < toks.length; k++) {
    const w = toks[k].text.toLowerCase();
    if (w === 'until' || w === 'till' || w === 'to' || w === 'and' || w === '-' || w === '–') {
      const next = toks[k + 1]?.text.toLowerCase() ?? '';
      return !!next && !/^(?:now|present|date|today)$/.test(next);
    }
  }
  return false;
}

/** A post's end still to come: "until his resignation takes effect", "… will be announced". */
const FUTURE_AFTER = /^\s+(?:takes? effect|will|is (?:due|expected|set|scheduled)|next|in (?:the )?(?:coming|next))\b/;
/** What ends a post held "until" it, having happened: "until the Pope's death", "until his ouster" ("until his fall", not "until the fall"). */
const POST_ENDINGS = new Set(['death', 'ouster', 'overthrow', 'removal', 'dismissal', 'resignation', 'arrest', 'assassination', 'impeachment', 'sacking', 'firing', 'fall', 'downfall']);

/** Words that end a post held: "until", or when it began ("health secretary from November until July"). */
const HELD_FROM = new Set(['until', 'till', 'from', 'since', 'between']);

/**
 * ", who served as defence minister until Thursday,", ", who was interior minister until May,":
 * a post the person held until some day, a past title (and the source no witness against one
 * written before that day calling the person so, see findConflicts).
 */
export function heldUntil(text: string, toks: Token[], at: number): RawTitle | undefined {
  if (toks[at]?.text !== ',' || toks[at + 1]?.text !== 'who') return undefined;
  const verb = toks.slice(at + 2, at + 5).map((t) => t.text).join(' ');
  const lead = /^(?:had served as|served as|had been|was)\b/.exec(verb)?.[0].split(' ').length;
  if (!lead) return undefined;
  const from = at + 2 + lead;
  let end = from;
  while (end < toks.length && end < from + 10 && toks[end].word && !HELD_FROM.has(toks[end].text)) end++;
  let until = end;
  while (until < toks.length && until < end + 6 && toks[until].word && toks[until].text !== 'until' && toks[until].text !== 'till') until++;
  if (end === from || (toks[until]?.text !== 'until' && toks[until]?.text !== 'till') || !toks.slice(from, end).some(isTitleHead)) return undefined;
  const span = { start: toks[from].start, end: toks[end - 1].end };
  const phrase = text.slice(span.start, span.end).replace(/\s+/g, ' ');
  const words = phrase.split(' ');
  const rankAt = words.findIndex((_, i) => isRankHead(words, i));
  const rank = rankAt >= 0 ? rankPhraseAt(words, rankAt, 0) : undefined;
  return { text: phrase, span, status: 'past', basis: 'appositive', rank: rank?.rank, rankText: rank?.text, office: normaliseOffice(phrase), officeText: phrase };
}
