// Reads what a chunk names once its front is stripped: tries each reader in turn (titled
// name, meeting, organisation, place, bare name) and records the mentions they find.

import { HEADLINE_VERBS, HYPHEN_PREFIX, MEETING_HEADS, MONTHS_AND_DAYS, ORG_HEADS, PERSON_NOUNS, SPEECH_VERBS, WEEKDAYS } from '../lexicon';
import type { BlockKind, Span, TitleStatus } from '../model';
import { foldText, isNameParticle, phraseKey } from '../normalize';
import { isHonorific, isOfficeHead, isRankHead } from '../titles';
import type { Token } from '../tokenize';
import { postAfterDescription, titleAfterName } from './appositive';
import { readBareName, readSingleWord } from './bareName';
import { isPortfolioWord, readOperation, readOrganization, readSurnameOfBody } from './organizations';
import { readPlace } from './places';
import type { BlockMentions, RawMention, RawTitle } from './rawMention';
import { meetingAfterAcronym, numberedMeetingOf, readMeeting, readNumberedSession } from './readMeeting';
import { LORDS_OFFICES, PEERS_ADDRESSED_AS } from './personNames';
import { readTitledName } from './titledName';
import { acronymAfter, BASED, COMMON_CAPS, endsTitle, initialsSpell, isAnyGivenName, isPlacePhrase, joinWords, lastIndex, nameWordOk, REGNAL, TITLE_MODIFIERS } from './words';

export interface Chunk {
  from: number;
  to: number;
  status: TitleStatus;
  /** Offset where the first token's own text starts ("Then-Defense" → "Defense"). */
  firstStart: number;
  firstText: string;
  /** What an office is of ("JPMorgan Chase" in "CEO of JPMorgan Chase"): a body or a place, never a person. */
  ofOffice?: boolean;
  /**
   * Something before says the name is a person's: a noun only people are, capitalised at the
   * sentence's start ("Novelist Sayed Kashua"), or a role and "of" ("chair of Intel Frank Yeary").
   */
  personCue?: boolean;
}

export function wordsOf(toks: Token[], c: Chunk, from = c.from, to = c.to): string[] {
  const ws: string[] = [];
  for (let k = from; k < to; k++) ws.push(k === c.from ? c.firstText : toks[k].text);
  return ws;
}

export function chunkSpan(toks: Token[], c: Chunk, from: number, to: number): Span {
  return { start: from === c.from ? c.firstStart : toks[from].start, end: toks[to - 1].end };
}

/** Do the words before `k` end in a person's name: two name words, or one after a title ("Sen. Collins")? */
function namedBefore(words: string[], k: number): boolean {
  const j = k - nameWordsBefore(words, k);
  if (k - j >= 2) return true;
  return k - j === 1 && j > 0 && (isOfficeHead(words, j - 1) || isRankHead(words, j - 1) || isHonorific(words[j - 1]));
}

/**
 * How many words of a name end right before `k`. A regnal number and particles count ("King
 * Charles III of Britain", "Crown Prince Mohammed bin Salman of Saudi Arabia").
 */
function nameWordsBefore(words: string[], k: number): number {
  let j = k;
  if (j > 1 && REGNAL.test(words[j - 1])) j--;
  while (j > 0 && (nameWordOk(words[j - 1]) || (j > 1 && j < k && isNameParticle(words[j - 1]) && nameWordOk(words[j - 2])))) j--;
  return k - j;
}

/** Reads a chunk as two phrases: its words up to `end`, and those from `resume` on. */
export function readSplit(r: Reading, end: number, resume: number): true {
  const { text, toks, c, block, sentence, out } = r;
  readChunkBody(text, toks, { ...c, to: end }, block, sentence, out);
  if (resume < c.to) readChunkBody(text, toks, { from: resume, to: c.to, status: 'current', firstStart: toks[resume].start, firstText: toks[resume].text }, block, sentence, out);
  return true;
}

/**
 * A capitalised verb of saying parts two phrases of a Title Case headline, or of one quoted in
 * the body: "Altman Says OpenAI Board …". Not "Said", which may be a given name ("Said Jalili").
 * In a Title Case sentence so does a capitalised preposition.
 */
export function partsPhrase(word: string, out: BlockMentions): boolean {
  const lw = word.toLowerCase();
  return (lw !== 'said' && SPEECH_VERBS.has(lw)) || HEADLINE_VERBS.has(lw) || (!!out.titleCase && TITLE_CASE_JOINERS.has(lw));
}

/**
 * Prepositions that Title Case capitalises: "Sheikh Hasina Resigns Amid Student Protests",
 * "S Jaishankar On Sheikh Hasina's India Move". There, a capitalised one inside a phrase parts
 * two phrases. Running text capitalises them only inside names ("Doctors Without Borders",
 * "Council On Foreign Relations"), so it is left alone. Not "of", "for", "to" or "and", which
 * join the words of one title or body ("Minister Of State", "Ambassador To").
 */
const TITLE_CASE_JOINERS = new Set(['amid', 'on', 'after', 'before', 'over', 'against', 'despite', 'during', 'into', 'from', 'with', 'without', 'at', 'in', 'amidst', 'following', 'ahead', 'near', 'via',
  'if', 'unless', 'until', 'while', 'when', 'because', 'only',
  // "Prabowo and Gibran Officially Inaugurated as …": an adverb before a headline's verb.
  'officially', 'formally', 'finally', 'reportedly', 'narrowly', 'unanimously', 'overwhelmingly']);

/** Plural names of a party's members that end a party's name: "Free Democrats". */
const PARTY_MEMBERS = new Set(['democrats', 'republicans', 'socialists', 'conservatives', 'liberals', 'greens', 'communists', 'progressives', 'libertarians',
  // French parties named by their members: "Les Républicains", "Les Écologistes".
  'republicains', 'ecologistes', 'socialistes', 'insoumis', 'patriotes']);

/** One member of a party, named by it: "Democrat", "Republican". */
const PARTY_MEMBER = /^(?:Democrat|Republican)$/;

/** Last words of investment firms' names, which are no surnames. */
const FIRM_ENDS = new Set(['Capital', 'Advisors', 'Advisers', 'Associates']);

/** Words of award categories after "Best": "Best Picture", "Best Supporting Actress". */
const AWARD_CATEGORY_WORDS = new Set(`picture film actor actress director screenplay song score editing cinematography documentary
  animated feature supporting original adapted international costume makeup sound effects production design album record
  artist performance series drama comedy musical play player goalkeeper newcomer`.split(/\s+/));

/** One chunk being read, and what each step of reading it looks at. */
export interface Reading {
  text: string;
  toks: Token[];
  c: Chunk;
  words: string[];
  n: number;
  block: BlockKind;
  sentence: number;
  out: BlockMentions;
  /** A number follows the chunk: "… May 5", "Flight 1282". */
  numberAfter: boolean;
}

/**
 * Reads a chunk of capitalised words as people, bodies, meetings and places. Each step either
 * reads the chunk (and says so) or leaves it to the next; they are separate functions so the
 * compiler optimises each on its own (one function of all of them took a tenth of a second to
 * compile, again on each deoptimisation, in every worker).
 */
export function readChunkBody(text: string, toks: Token[], c: Chunk, block: BlockKind, sentence: number, out: BlockMentions): void {
  const words = wordsOf(toks, c);
  // "Heads of State and Government" are people, no body; "… of CARICOM" after it names one.
  const members = membersPhrase(words);
  if (members === words.length) return;
  if (members > 0) {
    const from = c.from + members;
    return readChunkBody(text, toks, chunkFrom(toks, c, from), block, sentence, out);
  }
  // "Gen Z Madagascar" (a protest movement): the generation, no general.
  if (words.length >= 2 && /^gen$/i.test(words[0]) && words[1] === 'Z' && text.charAt(toks[c.from].end) !== '.' && text.charAt(toks[c.from + 1].end) !== '.') {
    if (words.length === 2) return;
    const from = c.from + 2;
    return readChunkBody(text, toks, chunkFrom(toks, c, from), block, sentence, out);
  }
  // "former Marine Daniel Penny", "ex-Marine Daniel Penny": who served, no part of the name
  // (unlike "Marine Le Pen").
  if (words.length >= 3 && words[0] === 'Marine' && isAnyGivenName(words[1]) && /(?:\bex-|\b(?:former|retired|veteran) )$/i.test(text.slice(Math.max(0, c.firstStart - 9), c.firstStart))) {
    const from = c.from + 1;
    return readChunkBody(text, toks, chunkFrom(toks, c, from), block, sentence, out);
  }
  // "Lord Evans of Weardale": the peer is read without the place of the peerage.
  const peer = peerNameEnd(words);
  if (peer > 0) return readChunkBody(text, toks, { ...c, to: c.from + peer }, block, sentence, out);
  const r: Reading = { text, toks, c, words, n: words.length, block, sentence, out, numberAfter: /^\d/.test(toks[c.to]?.text ?? '') };
  if (readNumberedSession(r) || readAround(r) || readTitledName(r) || readSurnameOfBody(r) || readOperation(r) || readMeeting(r)) return;
  const lowerWords = words.map((w) => foldText(w).replace(/\.$/, ''));
  if (readOrganization(r, lowerWords) || readPlace(r, lowerWords) || readSingleWord(r)) return;
  readBareName(r);
}

/**
 * "Lord Evans of Weardale", "Baroness Hale of Richmond", "Lord Cameron of Chipping Norton": a
 * peer's style and name, then the place the peerage is of, a part of the style and no place the
 * story is about (nor a person, "Chipping Norton"). Where the name ends, or 0. Not an office
 * ("Lord Mayor of London", "Lord Chief Justice of England").
 */
function peerNameEnd(words: string[]): number {
  if (!/^\p{Lu}\p{Ll}+$/u.test(words[0]) || !PEERS_ADDRESSED_AS.has(words[0].toLowerCase())) return 0;
  const of = words.indexOf('of');
  if (of < 2 || of > 3 || of === words.length - 1 || words.length - of > 3) return 0;
  for (let k = 1; k < of; k++) if (!nameWordOk(words[k]) || LORDS_OFFICES.has(words[k]) || isOfficeHead(words, k) || isRankHead(words, k)) return 0;
  return words.slice(of + 1).every((w) => /^\p{Lu}/u.test(w)) ? of : 0;
}

/** The chunk from its token `from` on (a word read apart before it: "Gen Z", "former Marine"). */
function chunkFrom(toks: Token[], c: Chunk, from: number): Chunk {
  return { ...c, from, firstStart: toks[from].start, firstText: toks[from].text };
}

/** Reads the chunk again as another chunk. */
export function rereadAs(r: Reading, c: Chunk): true {
  readChunkBody(r.text, r.toks, c, r.block, r.sentence, r.out);
  return true;
}

export function pushMention(r: Reading, m: Omit<RawMention, 'block' | 'sentence' | 'titles'> & { titles?: RawTitle[] }): void {
  if (m.kind === 'person' && kinOnly(m.text)) return;
  r.out.mentions.push({ block: r.block, sentence: r.sentence, titles: [], ...m });
}

/** "Father Mother Sister Brother" (a film): words for people only (kin, roles) are a title, no one's name. */
function kinOnly(name: string): boolean {
  const words = name.toLowerCase().split(' ');
  return words.length >= 2 && words.every((w) => PERSON_NOUNS.has(w));
}

/** The whole chunk as a body's name (and a meeting of it after its acronym, see meetingAfterAcronym). */
export function pushOrganization(r: Reading): true {
  const { toks, c, words, block, sentence } = r;
  const acronym = acronymAfter(toks, c.to);
  // "Heads of State and Government of the Southern African Development Community (SADC)": an
  // acronym that spells only the name after the last "of" is that body's, and so is the mention
  // (a meeting of it is still read from the whole chunk).
  const tail = acronym && !c.ofOffice && !initialsSpell(acronym, words) ? spelledAfterOf(words, acronym) : 0;
  const body = tail > 0 ? { ...c, from: c.from + tail, firstStart: toks[c.from + tail].start, firstText: toks[c.from + tail].text } : c;
  const named = tail > 0 ? words.slice(tail) : words;
  const s = chunkSpan(toks, body, body.from, body.to);
  const definesAcronym = acronym && !(c.ofOffice && officeSpelled(toks, c.from, acronym, words)) ? acronym : undefined;
  pushMention(r, { kind: 'organization', span: s, fullSpan: s, text: joinWords(named), key: phraseKey('org', named.join(' ')), form: 'full', definesAcronym });
  const meeting = meetingAfterAcronym(toks, c, block, sentence) ?? numberedMeetingOf(toks, c, words, block, sentence);
  if (meeting) r.out.mentions.push(meeting);
  return true;
}

/**
 * How many words open the chunk with who meets, "(Excellencies) Heads of State (and Government)"
 * and an "of (the)" after it, when something follows; 0 when the chunk opens otherwise.
 */
function membersPhrase(words: string[]): number {
  let k = words[0] === 'Excellencies' ? 1 : 0;
  if (!/^Heads?$/.test(words[k] ?? '') || words[k + 1] !== 'of' || !/^(?:State|Government)$/.test(words[k + 2] ?? '')) return 0;
  k += 3;
  if (words[k] === 'and' && words[k + 1] === 'Government') k += 2;
  if (k === words.length) return k;
  if (words[k] !== 'of') return 0;
  k += words[k + 1] === 'the' ? 2 : 1;
  return k < words.length ? k : 0;
}

/** Where the words after an "of" (and a "the") start, the last "of" whose words the acronym spells; else 0. */
function spelledAfterOf(words: string[], acronym: string): number {
  // Any "of", not only the last: "… of the Economic Community of West African States (ECOWAS)".
  for (let of = words.lastIndexOf('of'); of >= 1; of = words.lastIndexOf('of', of - 1)) {
    const from = words[of + 1] === 'the' ? of + 2 : of + 1;
    if (from < words.length - 1 && initialsSpell(acronym, words.slice(from))) return from;
  }
  return 0;
}

/**
 * "Chief of Defence Forces (CDF)": does the acronym after a body read after an office's "of"
 * spell the office with it? Then it stands for the office, not the body.
 */
function officeSpelled(toks: Token[], from: number, acronym: string, words: string[]): boolean {
  let k = from - 1;
  if (toks[k]?.text === 'the') k--;
  return toks[k]?.text === 'of' && !!toks[k - 1] && initialsSpell(acronym, [toks[k - 1].text, ...words]);
}

/** The whole chunk as a place's name. */
export function pushPlace(r: Reading): true {
  const s = chunkSpan(r.toks, r.c, r.c.from, r.c.to);
  pushMention(r, { kind: 'place', span: s, fullSpan: s, text: r.words.join(' '), key: phraseKey('place', r.words.join(' ')), form: 'full' });
  return true;
}

/** The whole chunk as a later reference to someone named in full, by `surname`. */
export function pushShortReference(r: Reading, surname: string): true {
  const s = chunkSpan(r.toks, r.c, r.c.from, r.c.to);
  // ("The Budget asked more of everyone", "the Times said": after "the", a thing's name.)
  const personCue = (SPEECH_VERBS.has(r.toks[r.c.to]?.text ?? '') && !/^the$/i.test(r.toks[r.c.from - 1]?.text ?? '')) || isHonorific(r.toks[r.c.from - 1]?.text ?? '');
  // "Phumtham, who served as defence minister until Thursday,", "Alapini-Gansou, the First
  // Vice-President of the ICC,": the title after a lone surname is its bearer's, as after a whole name.
  // (Not a list's next title before its name: "Sybiha, Defence Minister Denys Shmyhal and …".)
  const held = titleAfterName(r.text, r.toks, r.c.to, r.c.from);
  const then = held && postAfterDescription(r.text, r.toks, held);
  r.out.candidates.push({ kind: 'person', span: s, fullSpan: s, text: r.words.join(' '), key: 'short:' + foldText(surname).replace(/\.$/, ''), form: 'short', block: r.block, sentence: r.sentence, titles: held ? [held, ...(then ? [then] : [])] : [], ...(personCue ? { personCue } : {}) });
  return true;
}

/** Phrases run together ("… Labor Party wins", "Altman Says OpenAI Board"), and words around a name that are no part of it. */
function readAround(r: Reading): boolean {
  const { toks, c, words, n, out, numberAfter } = r;
  // "Anthony Albanese Labor Party wins": a leader's name, then the party's.
  if (n >= 4 && foldText(words[n - 1]) === 'party' && nameWordOk(words[0]) && nameWordOk(words[1]) && COMMON_CAPS.has(foldText(words[2]))) {
    return readSplit(r, c.from + 2, c.from + 2);
  }
  // "New York Democrat Hakeem Jeffries", "Texas Republican Chip Roy": a party's member, named by
  // the party, is no part of the name; the state before it is a place.
  const member = words.findIndex((w, k) => PARTY_MEMBER.test(w) && k <= n - 3 && words.slice(k + 1).every((x) => nameWordOk(x) || endsTitle(x)));
  if (member === 0) return rereadAs(r, { ...c, from: c.from + 1, firstStart: toks[c.from + 1].start, firstText: toks[c.from + 1].text, status: c.status });
  if (member > 0) return readSplit(r, c.from + member, c.from + member + 1);
  // "Reuters Nawaf Salam, president of …", "YONHAP News General Xavier Brunson": a caption's
  // photo credit before the name it shows.
  const credit = photoCreditLength(words);
  if (credit && n - credit >= 2 && n - credit <= 4 && words.slice(credit).every((w, k) => nameWordOk(w) || (k === 0 && n - credit >= 3 && endsTitle(w)))) {
    return readSplit(r, c.from + credit, c.from + credit);
  }
  // "named Kelly Ortberg Chief Executive Officer", "named General Olufemi Oluyede Chief of Defence
  // Staff": the one appointed, then the post, which is read on its own (as after "as").
  const post = appointedPost(r);
  if (post > 0) return readSplit(r, c.from + post, c.from + post);
  // "the Christian Democrats", "Free Democrats", "Senate Republicans": a party or its members, not a person.
  if (n >= 2 && PARTY_MEMBERS.has(foldText(words[n - 1]))) return pushOrganization(r);
  // "Blackwells Capital", "Sequoia Capital": a firm, when "Capital" ends the name (not "the
  // National Capital Territory").
  if (n >= 2 && n <= 4 && FIRM_ENDS.has(words[n - 1]) && !isPlacePhrase(words.slice(0, n - 1))) return pushOrganization(r);
  // "Best Actress", "Best Original Screenplay": an award's category, not a person or a title.
  if (n >= 2 && words[0] === 'Best' && words.slice(1).some((w) => AWARD_CATEGORY_WORDS.has(foldText(w)))) return true;
  // "the Padma Shri Award", "Padma Bhushan": India's civilian honours ("Shri" is no honorific there).
  if (n >= 2 && words[0] === 'Padma' && /^(?:Shri|Shree|Bhushan|Vibhushan)$/.test(words[1])) return true;
  // "the Republic of Korea", "the Democratic People's Republic of Korea": a state's formal
  // name is a place.
  const republic = words.indexOf('Republic');
  if (republic >= 0 && words[republic + 1] === 'of' && words.slice(0, republic).every((w) => /^\p{Lu}/u.test(w))) {
    const of = words.slice(republic + (words[republic + 2] === 'the' ? 3 : 2));
    if (of.length && isPlacePhrase(of)) return pushPlace(r);
  }
  // "Shares of Pennsylvania-based U.S. Steel": the name starts after where it is based.
  // ("the Non-Aligned Movement": after a prefix it is the name's own word.)
  const based = lastIndex(words, (w) => BASED.test(w.toLowerCase()) && !HYPHEN_PREFIX.test(w));
  if (based >= 0 && based < n - 1) {
    const from = c.from + based + 1;
    return rereadAs(r, chunkFrom(toks, c, from));
  }
  // "The San Francisco-based company", "the Narendra Modi-led government": the phrase says who
  // is behind something it names in lower case, and is no name itself.
  if (based === n - 1) return true;
  // "met Defense Minister Ahn Gyu-back May 5": the month starts a date, not more name.
  if (n >= 2 && numberAfter && MONTHS_AND_DAYS.has(foldText(words[n - 1]).replace(/\.$/, ''))) {
    return rereadAs(r, { ...c, to: c.to - 1 });
  }
  // "Altman Says OpenAI Board …", "… Resigns Amid Student Protests": see partsPhrase.
  const says = words.findIndex((w, k) => k > 0 && k < n - 1 && /^\p{Lu}/u.test(w) && partsPhrase(w, out));
  if (says > 0) {
    // "… Nissan Only If CEO Makoto Uchida …": a run of such words parts the phrases once.
    let resume = says + 1;
    while (resume < n - 1 && /^\p{Lu}/u.test(words[resume]) && partsPhrase(words[resume], out)) resume++;
    return readSplit(r, c.from + says, c.from + resume);
  }
  // "Fumio Kishida Arrives", "Biden Says": so does one at the end.
  // Two words only in a Title Case phrase: in running text "Budget Cuts" or "Health Plans" is no name and a verb.
  if ((n >= 3 || (n === 2 && out.titleCase)) && /^\p{Lu}/u.test(words[n - 1]) && partsPhrase(words[n - 1], out)) return rereadAs(r, { ...c, to: c.to - 1 });
  // "Alaska Airlines Flight 1282", "Alaska Airlines Boeing 737 MAX 9": a flight or a model
  // after a body's name is no part of it.
  if (n >= 2 && numberAfter && foldText(words[n - 1]) === 'flight') return rereadAs(r, { ...c, to: c.to - 1 });
  if (n >= 3 && numberAfter && ORG_HEADS.has(foldText(words[n - 2])) && nameWordOk(words[n - 1])) return readSplit(r, c.to - 1, c.to - 1);
  // "at the White House Wednesday evening": a weekday after a name says when, it is no part of it.
  if (n >= 2 && WEEKDAYS.has(foldText(words[n - 1]))) return rereadAs(r, { ...c, to: c.to - 1 });
  // "Sen. Susan Collins of Maine": the home state after a name is a place of its own.
  // "Finance Minister Bezalel Smotrich of the Religious Zionist Party": so is a party.
  // Not in a meeting's name: "the Commonwealth Heads of Government Meeting".
  const home = words.findIndex((w, k) => w === 'of' && k > 0 && k < n - 1 && namedBefore(words, k));
  if (home > 0 && !MEETING_HEADS.has(foldText(words[n - 1]))) {
    const at = c.from + home + (words[home + 1] === 'the' ? 2 : 1);
    const after = words.slice(at - c.from);
    if (after.length && (isPlacePhrase(after) || (after.length >= 2 && after.some((w) => ORG_HEADS.has(foldText(w)))))) {
      return readSplit(r, c.from + home, at);
    }
    // After a title and a whole name, one or two capitalised words are where the title is held,
    // a place or a body the lexicons may not know: "Sultan Ibrahim Iskandar of Johor", "Gen. Mark
    // Milley of the Army" (not "the 16th General Review of Quotas").
    if (endsTitle(words[0]) && nameWordsBefore(words, home) >= 2 && after.length <= 2 && after.every((w) => /^\p{Lu}/u.test(w))) {
      // ("Rep. Lee Hak-young of the DP": an acronym is read as acronyms are, through the article's definitions.)
      if (after.length === 1 && /^\p{Lu}{2,}$/u.test(after[0])) return readSplit(r, c.from + home, at);
      readChunkBody(r.text, toks, { ...c, to: c.from + home }, r.block, r.sentence, out);
      const where = { ...r, c: { from: at, to: c.to, status: 'current' as const, firstStart: toks[at].start, firstText: toks[at].text }, words: after, n: after.length };
      return after.some((w) => ORG_HEADS.has(foldText(w))) ? pushOrganization(where) : pushPlace(where);
    }
    // "Jane Doe of Reuters said", "Kiko Aquino Dee of Tindig Pilipinas": a whole name from a given
    // name on, then where the person works or comes from, read apart (as the words read alone).
    if (home >= 2 && nameWordsBefore(words, home) === home && isAnyGivenName(words[0]) && after.length <= 3 && after.every((w) => /^\p{Lu}/u.test(w))) {
      return readSplit(r, c.from + home, at);
    }
  }
  return false;
}

/** Agencies whose credit opens or closes a photo's caption. */
const PHOTO_AGENCIES = new Set(['Reuters', 'AFP', 'AP', 'EPA', 'Getty', 'Xinhua', 'Yonhap', 'Anadolu', 'Bernama', 'PTI', 'ANI', 'IANS']);
const PHOTO_AGENCIES_IN_CAPITALS = new Set([...PHOTO_AGENCIES].map((a) => a.toUpperCase()));
const CREDIT_NOUNS = new Set(['News', 'Photo', 'Photos', 'Images', 'Pictures']);

/** How many words a photo credit takes at the start ("Reuters", "YONHAP News"), or 0. */
function photoCreditLength(words: string[]): number {
  const w = words[0];
  if (!(PHOTO_AGENCIES.has(w) || (w.length > 2 && w === w.toUpperCase() && PHOTO_AGENCIES_IN_CAPITALS.has(w)))) return 0;
  return CREDIT_NOUNS.has(words[1]) ? 2 : 1;
}

/** Verbs whose object the post may follow without "as": "named X Chief Executive Officer". */
const APPOINTING = new Set(['named', 'names', 'appointed', 'appoints', 'made', 'makes', 'elected', 'elects', 'nominated', 'nominates',
  'picked', 'picks', 'tapped', 'taps', 'chose', 'chooses', 'designated', 'designates']);

/** Words that open posts and are no portfolio: "National Security Adviser", "Press Secretary". */
const POST_LEAD_WORDS = new Set(['national', 'homeland', 'economic', 'press', 'special', 'senior', 'principal', 'general']);

/**
 * After an appointing verb, where the post begins in a chunk that runs a name (two words or
 * more) into it: portfolio words or modifiers, then an office ("National Security Adviser").
 */
function appointedPost(r: Reading): number {
  const { toks, c, words, n } = r;
  const verb = toks[c.from - 1];
  if (n < 3 || !verb || !APPOINTING.has(verb.text.toLowerCase())) return -1;
  for (let k = 2; k < n; k++) {
    if (!nameWordOk(words[k - 2]) || !nameWordOk(words[k - 1]) || isOfficeHead(words, k - 1) || isRankHead(words, k - 1)) continue;
    let j = k;
    while (j < n && (TITLE_MODIFIERS.has(foldText(words[j])) || POST_LEAD_WORDS.has(foldText(words[j])) || isPortfolioWord(toks[c.from + j]))) j++;
    if (j < n && isOfficeHead(words, j)) return k;
  }
  return -1;
}
