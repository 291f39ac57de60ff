// The front of a chunk: words that open it without belonging to a name ("Former", "Met",
// "Novelist", "Presidents") are taken off and say what they can about the person after them.

import {
  ACTING_MARKERS, CREEDS, GIVEN_NAMES, KNOWN_ORGS, MONTHS_AND_DAYS, MULTIWORD_PLACES, NAME_SYLLABLE_MONTHS, ORG_HEADS, PAST_MARKERS, PAST_PREFIX, PERSON_NOUNS, PROGRAMME_HEADS, RANK_MODIFIERS_OF, STOPWORDS,
} from '../lexicon';
import type { BlockKind, TitleStatus } from '../model';
import { foldText, isNameParticle, isNationality } from '../normalize';
import { isHonorific, isOfficeHead, isRankHead, titleWord } from '../titles';
import type { Token } from '../tokenize';
import type { BlockMentions } from './rawMention';
import { partsPhrase, readChunkBody } from './reading';
import { acronymAfter, initialsSpell, isCap, isPlacePhrase, isPlaceInCapitals, isPluralTitle, nameWordOk, OPENERS, TITLE_MODIFIERS, underSecretary } from './words';

/** A member of a party, written before the name: "Democrat Abigail Spanberger", "Tory Kemi Badenoch", "Independent Bonnie Critchley". */
const PARTY_MEMBER = new Set(['democrat', 'republican', 'tory', 'independent']);
/** First words of parties of Democrats, whose members are "Christian Democrat X", "Social Democrat X". */
const PARTY_OF_DEMOCRATS = new Set(['Christian', 'Social', 'Free', 'Liberal', 'Sweden', 'Swedish', 'Danish']);

/** Words between "former" and the title it marks: "former party Secretary General". */
const BEFORE_TITLE = new Set(['the', 'a', 'an', '-', 'then', 'party', 'ruling', 'governing', 'opposition', 'cabinet', 'government']);

/** Reads the lower-case marker before a title: "former", "then-", "acting". */
function statusBefore(tokens: Token[], i: number): TitleStatus {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const w = tokens[k].text.toLowerCase();
    // ("then-acting Thai Prime Minister X": acting then, so past now.)
    if (PAST_MARKERS.has(w) || (PAST_PREFIX.test(w) && ACTING_MARKERS.has(w.slice(w.search(/[-‐]/) + 1)))) return 'past';
    if (ACTING_MARKERS.has(w)) return 'acting';
    if (!BEFORE_TITLE.has(w)) break;
  }
  return 'current';
}

/** Is there an office head in the next few words ("Deputy Prime Minister", "First Vice Foreign Minister")? */
function modifiesOffice(toks: Token[], k: number, to: number): boolean {
  for (let n = 0; k < to && n < 6; k++, n++) if (isOfficeHead([toks[k].text], 0)) return true;
  return false;
}

/** Verbs that open a yes-or-no question and are given names too. */
const QUESTION_OPENERS = new Set(['can', 'will']);

/** Does the sentence of toks[from] end in a question mark (within its next 20 tokens)? */
function asksQuestion(toks: Token[], from: number): boolean {
  for (let k = from + 1; k < toks.length && k <= from + 20; k++) {
    if (toks[k].text === '?') return true;
    if (toks[k].text === '.' || toks[k].text === '!') return false;
  }
  return false;
}

/** The tabloids' "mum-of-two", "father-of-three", "grandmother-of-five". */
const PARENT_OF = /^(?:mum|mom|mother|dad|father|grand(?:mother|father|mum|dad|ma|pa))-of-[a-z]+$/;

/**
 * Stop words that also begin proper names: "New" in "New York" or "New Development Bank",
 * "People" in "People Power Party", "High" in "High Court", "All" in "All Progressives
 * Congress" and "All India Radio". Kept when the rest makes a known place or an organisation
 * (of two words or more after "All": "All Congress members" are members).
 */
const NAME_STARTING_STOPWORDS = new Set(['new', 'people', 'high', 'all']);

/** "Jan Jambon", "Jun Seo-yeon": a month's abbreviation that is a given name, before a name word (STOPWORDS has it as the month). */
function givenNameMonth(toks: Token[], k: number, to: number): boolean {
  return NAME_SYLLABLE_MONTHS.has(toks[k].text) && k + 1 < to && nameWordOk(toks[k + 1].text) && !MONTHS_AND_DAYS.has(foldText(toks[k + 1].text));
}

function startsName(toks: Token[], k: number, to: number, lw: string): boolean {
  if (!NAME_STARTING_STOPWORDS.has(lw) || k + 1 >= to || !toks[k + 1].cap) return false;
  if (MULTIWORD_PLACES.has(`${lw} ${foldText(toks[k + 1].text)}`)) return true;
  // "New Development Bank President Dilma Rousseff": the organisation ends a few words on.
  for (let j = lw === 'all' ? k + 2 : k + 1; j < Math.min(to, k + 5); j++) if (ORG_HEADS.has(foldText(toks[j].text))) return true;
  return false;
}

/** Leading -ing words that are also nouns before a name ("Meeting Street", "Greeting Cards"). */
const MEETING_VERBS = new Set(['meeting', 'greeting', 'hosting', 'joining', 'featuring', 'presenting']);

/**
 * Verbs that open a post or a caption before a title, and greetings: "Met Pope Francis on the
 * sidelines", "Introducing President Zelensky". A closed list: an open rule for "-ing" took "Kunming
 * Mayor" and "Banking Minister" apart.
 */
const LEADING_VERBS = new Set([
  'met', 'meets', 'meeting', 'told', 'thanked', 'thanking', 'welcomed', 'welcomes', 'welcoming', 'congratulated', 'congratulating',
  'called', 'urged', 'invited', 'inviting', 'hosted', 'hosting', 'greeted', 'greeting', 'visited', 'joined', 'joining',
  'introducing', 'featuring', 'honoring', 'honouring', 'remembering', 'receiving', 'presenting', 'accompanying', 'calling', 'praising',
  'replacing', 'succeeding', 'appointing', 'naming', 'nominating', 'sacking', 'firing', 'dismissing', 'criticising', 'criticizing', 'quoting', 'citing',
  // What is done with a body or a person: "Leading Intel has been the honor of my lifetime".
  'leading', 'running', 'heading', 'chairing', 'backing', 'supporting', 'endorsing', 'opposing', 'defending', 'blaming', 'beating', 'defeating',
  // A government's decisions, listed: "- Appoint Brigadier General Rodolphe Haykal as Commander of the Army".
  'appoint', 'appoints', 'appointed', 'promote', 'promotes', 'promoted', 'nominate', 'nominates', 'nominated',
  // Greetings that open a quoted post: "Congratulations Dr Faustine Ndugulile on …", "Welcome President Lula".
  'welcome', 'congratulations', 'congrats', 'thanks', 'thank', 'dear', 'meet', 'hello', 'farewell',
]);

/**
 * A verb at the start of a sentence right before a title or an honorific ("Met Pope Francis",
 * "Welcoming Foreign Minister Wang Yi", "Hosting Chinese Premier Li Qiang"): a title word
 * follows, or a few words that name no body and then one. Not "Met Police Commissioner":
 * "Police" names a body. ("Visiting Professor" is a title.)
 */
function leadingVerb(toks: Token[], k: number, to: number, lw: string): boolean {
  if (k > 0 && !OPENERS.has(toks[k - 1].text)) return false;
  if (k + 1 >= to || !LEADING_VERBS.has(lw)) return false;
  const next = [toks[k + 1].text];
  if (isRankHead(next, 0) || isHonorific(next[0]) || isOfficeHead(next, 0)) return true;
  // "Calling Francis 'the People's Pope', …", "Welcoming Narendra Modi": an -ing verb before a known given name.
  if (lw.endsWith('ing') && GIVEN_NAMES.has(foldText(next[0]))) return true;
  // "Replacing Kasymaliev, Japarov …": one that says what is done to someone, before a name.
  if (lw.endsWith('ing') && !MEETING_VERBS.has(lw) && to - k <= 4 && toks.slice(k + 1, to).every((t) => nameWordOk(t.text))) return true;
  // "Meeting Prime Minister X", "Welcoming Foreign Minister Y": capitalised words, then the title.
  if (!isCap(toks[k + 1])) return false;
  // The words up to the title name no body: "Met Police Commissioner" keeps its "Met".
  for (let j = k + 1; j < Math.min(to, k + 5); j++) {
    if (isOfficeHead([toks[j].text], 0)) return j > k + 1;
    if (ORG_HEADS.has(foldText(toks[j].text))) return false;
  }
  return false;
}

/** Words of a title before its plural: "Prime Ministers", "Foreign Ministers", "Vice Presidents". */
const TITLE_WORDS_BEFORE_PLURAL = new Set(`prime vice deputy first foreign defense defence finance trade commerce interior health
  education energy agriculture justice economy environment culture transport industry`.split(/\s+/));

/** After a plural title at `j`, "of" and a place with two name words or more after it: where the place ends, or -1. */
function pluralOfPlaceEnd(toks: Token[], j: number, to: number): number {
  if (!isPluralTitle(toks[j].text) || toks[j + 1]?.text !== 'of') return -1;
  const k = toks[j + 2]?.text === 'the' ? j + 3 : j + 2;
  for (let m = k + 1; m <= Math.min(k + 3, to - 2); m++) {
    if (isPlacePhrase(toks.slice(k, m).map((t) => t.text)) && toks.slice(m, to).every((t) => nameWordOk(t.text))) return m;
  }
  return -1;
}

/**
 * Does a title for several start at `from`, its names after it: "Presidents Joseph Biden …",
 * "Presidents Xi and Putin" (one name, then "and" and the next), "Prime Ministers Kishida and Yoon"?
 */
function pluralTitleAt(toks: Token[], from: number, to: number): boolean {
  const end = Math.min(to - 1, from + 3);
  // Only a word in "s" can be the plural (isPluralTitle): most chunks have none, and are done here.
  let j = from;
  while (j < end && !(toks[j].text.length > 4 && /s$/i.test(toks[j].text))) j++;
  if (j >= end) return false;
  for (j = from; j < end; j++) {
    if (isPluralTitle(toks[j].text)) {
      if (pluralOfPlaceEnd(toks, j, to) > 0) return true;
      if (!nameWordOk(toks[j + 1].text)) return false;
      if (to - j - 1 >= 2) return nameWordOk(toks[j + 2].text);
      return ['and', '&', ','].includes(toks[to]?.text ?? '') && isCap(toks[to + 1]);
    }
    // Only the words of a title come before its plural: "Foreign Ministers", "Prime Ministers".
    if (!isCap(toks[j]) || (!TITLE_WORDS_BEFORE_PLURAL.has(foldText(toks[j].text)) && !isNationality(toks[j].text))) return false;
  }
  return false;
}

/**
 * After a title for several at `from` and "of" ("Representatives of the …", "Heads of State of
 * the …"): where the body they speak for starts ("the"), or -1. Not "Heads of Government Meeting".
 */
function sentBy(toks: Token[], from: number, to: number): number {
  if (!isPluralTitle(toks[from].text) || toks[from + 1]?.text !== 'of') return -1;
  let k = from + 2;
  if ((toks[k]?.text === 'State' || toks[k]?.text === 'Government') && toks[k + 1]?.text === 'of') k += 2;
  return toks[k]?.text === 'the' && k + 1 < to ? k : -1;
}

/** A dateline of two words in capitals: a place the gazetteer knows, or the UN's headquarters. */
function twoWordDateline(a: string, b: string): boolean {
  if (!/^\p{Lu}{2,}$/u.test(a) || !/^\p{Lu}{2,}$/u.test(b)) return false;
  const place = `${a} ${b}`.toLowerCase();
  return place === 'united nations' || MULTIWORD_PLACES.has(place);
}

/** Are the words after `from` (two or more, up to `to`) all name words? */
function nameFollows(toks: Token[], from: number, to: number): boolean {
  // ("Businessman Victor de Aldama": a particle inside the name, not first or last.)
  return to - from >= 3 && toks.slice(from + 1, to).every((t, k, ws) => nameWordOk(t.text) || (k > 0 && k < ws.length - 1 && !t.cap && isNameParticle(t.text))) &&
    !PROGRAMME_HEADS.has(foldText(toks[to - 1].text));
}

/** "I'm", "We've", "Don't": a word run together with the next (a possessive "'s" is cut by the tokeniser). */
const CONTRACTION = /^(?:(?:I|We|You|They|He|She|That|There|Here|What|Who)['’](?:m|re|ve|ll|d)|\p{L}+n['’]t)$/u;

export function readChunk(text: string, toks: Token[], from: number, to: number, block: BlockKind, sentence: number, out: BlockMentions): void {
  let status = statusBefore(toks, from);
  let firstStart = toks[from].start;
  let firstText = toks[from].text;
  const prefix = PAST_PREFIX.exec(firstText)?.[0].length ?? 0;
  if (prefix && prefix < firstText.length) {
    status = 'past';
    firstStart += prefix;
    firstText = firstText.slice(prefix);
  }
  // "Debbie Dingell, D-Ann Arbor,", "(R-Texas)": a lawmaker's party and home, no one's name.
  if (/^[DRI]-\p{Lu}/u.test(firstText) && (toks[from - 1]?.text === ',' || toks[from - 1]?.text === '(')) return;
  // "Christian Democrat (CDU) Julia Klöckner", "Social Democrat Olaf Scholz": a member of a party of
  // Democrats, before the name or on its own, whose first word is no given name.
  if (to - from >= 2 && PARTY_OF_DEMOCRATS.has(firstText) && toks[from + 1].text === 'Democrat') {
    if (to - from === 2) return;
    from += 2;
    firstStart = toks[from].start;
    firstText = toks[from].text;
  }
  // Sentence-initial "Former"/"Acting" and stop words are not part of the name.
  let stripped = false;
  let personCue = false;
  let body = -1;
  while (from < to) {
    const bare = firstText.replace(/\.$/, '');
    const lw = bare.toLowerCase();
    // ("Senior Lieutenant General": "Senior" is part of the rank after it.)
    // ("Third Deputy Prime Minister Teresa Ribera", "Second Vice-President …": a deputy's number is the post's.)
    const numberedDeputy = /^(?:second|third|fourth|fifth)$/.test(lw) && from + 1 < to && /^(?:deputy|vice)\b/i.test(toks[from + 1].text) && modifiesOffice(toks, from + 1, to);
    const keepsTitle = numberedDeputy || (TITLE_MODIFIERS.has(lw) && modifiesOffice(toks, from + 1, to)) || underSecretary(bare, toks[from + 1]?.text) || (from + 1 < to && !!RANK_MODIFIERS_OF[titleWord(toks[from + 1].text)]?.has(lw));
    if (PAST_MARKERS.has(lw)) status = 'past';
    else if (ACTING_MARKERS.has(lw)) status = 'acting';
    else if (DEMONYM_NOUNS.test(lw) && from + 1 < to && nameWordOk(toks[from + 1].text)) {
      // "the Englishman Southgate", "Frenchman Didier Deschamps", "Briton Graeme Lowdon": one of a people, then the name.
      personCue = true;
    } else if (/^[\p{L}\d]+-years?-old$/u.test(lw) && from + 1 < to && nameWordOk(toks[from + 1].text)) {
      // "Eighty-year-old Museveni": an age, then the name.
      personCue = true;
    } else if ((lw === 'advocate' || lw === 'adv' || lw === 'barrister') && nameFollows(toks, from, to)) {
      // "the inauguration of Advocate Duma Boko", "PTI Chairman Barrister Gohar Ali Khan": a
      // lawyer's style in southern Africa and South Asia, like "Dr"; no post of its own
      // ("Advocate General" is one, see GENERAL_AS_OFFICE; after a post it is a style too, see
      // STYLE_AFTER_POST).
      personCue = true;
    } else if (lw === 'incumbent' && from + 1 < to) {
      // "Incumbent European Commission President Ursula von der Leyen": the one now in office.
    }
    else if (QUESTION_OPENERS.has(lw) && (from === 0 || OPENERS.has(toks[from - 1].text)) && asksQuestion(toks, from)) {
      // "Can Hasina appeal?", "Will Trump attend?": a question's verb, not a given name (Can Dündar, Will Smith).
    } else if ((lw === 'ten' || lw === 'ter') && to - from === 2 && nameWordOk(toks[from + 1].text) && !/s$/.test(toks[from + 1].text)) {
      // "Ten Hag said": the Dutch particle of a surname, not the number (resolveShortNames).
      break;
    } else if (bare === 'To' && vietnameseTo(toks, from, to)) {
      // "elected To Lam the General Secretary": the Vietnamese family name Tô, not the preposition.
      break;
    } else if (stripped && !toks[from].cap && STOPWORDS.has(bare.charAt(0).toUpperCase() + bare.slice(1))) {
      // A lower-case joiner left at the front ("of Talks" once "Top" is gone) starts nothing.
    } else if (isPlaceInCapitals(bare) && from + 1 < to && !/^\p{Lu}+$/u.test(toks[from + 1].text)) {
      // "LONDON Health Secretary Wes Streeting": a wire dateline's city, run into the first sentence.
    } else if (from + 2 < to && twoWordDateline(toks[from].text, toks[from + 1].text) && toks.slice(from + 2, to).some((t) => /\p{Ll}/u.test(t.text))) {
      // "UNITED NATIONS UN Secretary-General Antonio Guterres", "NEW DELHI Prime Minister …".
      from++;
    } else if (CONTRACTION.test(bare)) {
      // "I'm Ali Bongo Ondimba, president of Gabon": a pronoun run together with its verb.
    } else if ((lw === 'pm' || lw === 'am') && from > 0 && /^\d{1,2}(?:[:.]\d\d)?$/.test(toks[from - 1].text)) {
      // "at 3 PM Kim said": a time, not the Prime Minister.
    } else if (partsPhrase(lw, out) && from + 1 < to) {
      // "…, Says CEO Satya Nadella" in a Title Case headline: the verb opens no name.
    } else if (leadingVerb(toks, from, to, lw)) {
      // "Introducing President Zelensky, Biden said": the verb is not part of the title.
    } else if ((PERSON_NOUNS.has(lw) || PARENT_OF.test(lw)) && !isOfficeHead([bare], 0) && (from === 0 || OPENERS.has(toks[from - 1].text)) && nameFollows(toks, from, to)) {
      // "Novelist Sayed Kashua said", "Mum-of-two Shannon Price, 31, said": the noun says who, it is no name.
      personCue = true;
    } else if (pluralTitleAt(toks, from, to)) {
      // "Presidents Joseph Biden of the United States and Xi Jinping of China", "Presidents Xi and
      // Putin", "Foreign Ministers Wang Yi and Sergei Lavrov": a title for several.
      personCue = true;
      // "former Presidents of Poland Aleksander Kwaśniewski and …": the place is the title's too.
      const place = pluralOfPlaceEnd(toks, from, to);
      if (place > 0) from = place - 1;
    } else if (PARTY_MEMBER.has(lw) && nameFollows(toks, from, to)) {
      // "Democrat Abigail Spanberger won": a party's member, then the name.
      personCue = true;
    } else if ((body = sentBy(toks, from, to)) > from) {
      // "Representatives of the Ethiopian Government", "Heads of State of the SCO": those who
      // speak for a body, then the body (from "the" on, which is stripped next).
      from = body - 1;
    } else if (CREEDS.has(lw) && nameFollows(toks, from, to)) {
      // "Marxist Anura Kumara Dissanayake": a creed, then the name; parties have creeds too.
    } else if (isNationality(lw) && nameFollows(toks, from, to) && !KNOWN_ORGS.has(toks.slice(from + 1, to).map((t) => t.text).join(' ')) &&
      !initialsSpell(acronymAfter(toks, to), toks.slice(from, to).map((t) => t.text))) {
      // (Not "the African Risk Capacity (ARC)": its acronym spells the nationality too, a body's name.)
      // "British-Israeli Emily Damari", "Korean-American Young Kim": a nationality, then the name
      // (not "Lebanese Red Cross", a body of its own). "The Italian Jannik Sinner": one of a people.
      if (toks[from - 1]?.text.toLowerCase() === 'the' && /^\p{Lu}\p{Ll}+$/u.test(bare)) personCue = true;
    } else if (!STOPWORDS.has(bare) || keepsTitle || isOfficeHead([bare], 0) || isRankHead([bare], 0) || startsName(toks, from, to, lw) || givenNameMonth(toks, from, to)) break;
    from++;
    stripped = true;
    if (from < to) {
      firstStart = toks[from].start;
      firstText = toks[from].text;
    }
  }
  if (from >= to) return;
  readChunkBody(text, toks, { from, to, status, firstStart, firstText, personCue }, block, sentence, out);
}

/**
 * A capitalised "To" inside a sentence, before one or two name words, in a sentence with a
 * lower-case word (not Title Case, "Biden To Visit Paris"): the Vietnamese family name Tô, as
 * in "To Lam". Without more (a title, an appositive) the name stays tentative.
 */
function vietnameseTo(toks: Token[], from: number, to: number): boolean {
  if (from === 0 || to - from < 2 || to - from > 3 || isCap(toks[from - 1])) return false;
  if (!toks.some((t) => t.word && !t.cap && t.text.length >= 4)) return false;
  return toks.slice(from + 1, to).every((t) => nameWordOk(t.text) && !/s$/.test(t.text));
}

/** Nouns for a man or woman of a people: "Englishman", "Frenchwoman", "Dutchman". */
const DEMONYM_NOUNS = /^(?:(?:english|french|irish|scots|scotch|welsh|dutch|cornish|manx|country)(?:man|men|woman|women)|briton|britons|spaniard|spaniards|swede|swedes|dane|danes|finn|finns|scot)$/;
