// Personal names: their keys (romanisation, "bin" chains, short given names), the short
// forms a later reference may use, honorifics and initials inside a name.

import {
  ARABIC_GIVEN_NAMES, GIVEN_NAME_FORMS, GIVEN_NAMES, KNOWN_ORGS, NAME_HONORIFICS, NAME_PLACES, PLACE_HEADS, PLACES, REGNAL_OFFICES, SURNAME_FIRST, WEEKDAYS,
} from '../lexicon';
import { foldText, isNationality, knownByFrom, personKey, romanisationKey } from '../normalize';
import { isHonorific, isOfficeHead, isRankHead } from '../titles';
import type { Token } from '../tokenize';
import type { Chunk } from './reading';
import { ARABIC_ARTICLE, endsTitle, INITIALS, isCap, isNameSuffix, LONE_INITIAL, nameWordOk } from './words';

/** Surname-first names: "Jin Yong-sung", "Lee Jae Myung", "Xi Jinping". */
export function isEastAsianName(words: string[]): boolean {
  if (words.length < 2 || words.length > 3 || !SURNAME_FIRST.has(words[0])) return false;
  if (words.slice(1).some((w) => /-\p{L}/u.test(w))) return true;
  if (words.length === 3) return words.slice(1).every((w) => w.length <= 6);
  return false;
}

const NASAB = /^(?:bin|ibn|bint)$/i;

/** A name without the second and later "bin X" links of its chain. */
function withoutGrandfathers(words: string[]): string[] {
  const kept: string[] = [];
  let links = 0;
  for (let k = 0; k < words.length; k++) {
    // The last word is the family name, never a link's.
    if (NASAB.test(words[k]) && k + 2 < words.length && ++links > 1) {
      k++;
      continue;
    }
    kept.push(words[k]);
  }
  return kept;
}

export function personKeyFor(words: string[]): string {
  // Romanisation variants ("Gyu-back"/"Kyu-baek") only fold together for East Asian names.
  if (isEastAsianName(words)) return 'person:' + romanisationKey(words.join(' '));
  // "Jae-myung Lee": a hyphenated given name, then the surname, keys as "Lee Jae-myung".
  if (words.length === 2 && /-\p{L}/u.test(words[0]) && isEastAsianName([words[1], words[0]])) return 'person:' + romanisationKey(`${words[1]} ${words[0]}`);
  // "Mohammed bin Abdulrahman bin Jassim Al Thani" is "Mohammed bin Abdulrahman Al Thani":
  // the father's name identifies the person, the grandfather's after it is often left out.
  words = withoutGrandfathers(withoutLeadingHonorific(words));
  // "Dan Driscoll" is "Daniel Driscoll": a short given name keys as the full one.
  const given = words.length >= 2 ? GIVEN_NAME_FORMS.get(foldText(words[0])) : undefined;
  return personKey(given ? [given, ...words.slice(1)].join(' ') : words.join(' '));
}

/** "Begum Khaleda Zia" is "Khaleda Zia"; "Shamima Begum" keeps her surname. See NAME_HONORIFICS. */
function withoutLeadingHonorific(words: string[]): string[] {
  return words.length >= 3 && NAME_HONORIFICS.has(foldText(words[0])) ? words.slice(1) : words;
}

/** After the token ending at `end`: a comma, then a name ("…, Sheikh Tamim", "…, Recep Tayyip Erdogan"). */
export function nameAfterComma(toks: Token[], end: number): boolean {
  const j = tokenAt(toks, end);
  if (toks[j]?.text !== ',') return false;
  const a = toks[j + 1];
  const b = toks[j + 2];
  return !!a && isCap(a) && (isHonorific(a.text) || (nameWordOk(a.text) && !!b && isCap(b) && nameWordOk(b.text)));
}

/**
 * After the token ending at `end`: a comma, "the" and a style, the way formal lists name each
 * guest after their title ("…, the Commonwealth Secretary-General, the Rt Hon Patricia Scotland").
 */
export function styledNameAfterComma(toks: Token[], end: number): boolean {
  const j = tokenAt(toks, end);
  const style = toks[j + 2]?.text ?? '';
  if (toks[j]?.text !== ',') return false;
  if (toks[j + 1]?.text === 'the' && (isHonorific(style) || /^Rt\.?$/.test(style))) return true;
  // "…, the Head of Government, Mr. Aziz Akhannouch, the Minister of the Interior, Mr. Abdelouafi Laftit".
  return PERSONAL_STYLE.test(toks[j + 1]?.text ?? '') && !!toks[j + 2] && isCap(toks[j + 2]) && nameWordOk(toks[j + 2].text);
}

/** Styles a formal list writes before each name: "Mr.", "Mrs.", "Ms", "Dr", "H.E.". */
const PERSONAL_STYLE = /^(?:Mr|Mrs|Ms|Dr|H\.E)\.?$/;

/** The first token at or after `end` (tokens are in text order). */
function tokenAt(toks: Token[], end: number): number {
  let j = 0;
  let hi = toks.length;
  while (j < hi) {
    const mid = (j + hi) >>> 1;
    if (toks[mid].start < end) j = mid + 1;
    else hi = mid;
  }
  return j;
}

/** Honorifics that, with one name after them, may be all a person is called: "Sheikh Hasina". */
export const NAME_BEARING_HONORIFICS = new Set(['sheikh', 'sheik', 'shaikh']);

/** "Lord Advocate of Scotland", "Lord Lieutenant of Kent", "Lord Privy Seal": offices, no peers. */
export const LORDS_OFFICES = new Set(['Advocate', 'Lieutenant', 'Chamberlain', 'Privy', 'High', 'Steward', 'Protector', 'Warden', 'Commissioner']);

/**
 * A peer is called by the style and one name ("Baroness Casey", "Lord Cameron"), and addressed as
 * Lord or Lady whatever the rank: the style each keys as, so "Lady Casey" is "Baroness Casey".
 */
export const PEERS_ADDRESSED_AS = new Map([['lord', 'Lord'], ['baron', 'Lord'], ['viscount', 'Lord'], ['lady', 'Lady'], ['baroness', 'Lady'], ['viscountess', 'Lady']]);

/** Malaysian honorifics of two words, each also a name of its own ("Tan Kin Lian", "Sri Mulyani"). */
const HONORIFIC_PAIRS = new Set(['Tan Sri', 'Puan Sri', 'Toh Puan', 'Sena Padei']);

/** Is words[k] one half of "Tan Sri", "Puan Sri", "Toh Puan" or "Sena Padei" ("Samdech Akka Moha Sena Padei Techo Hun Sen")? */
export function honorificPairAt(words: readonly string[], k: number): boolean {
  return (k + 1 < words.length && HONORIFIC_PAIRS.has(`${words[k]} ${words[k + 1]}`)) || (k > 0 && HONORIFIC_PAIRS.has(`${words[k - 1]} ${words[k]}`));
}

/** Is words[k] an honorific, on its own ("Sir") or as half of a pair ("Tan Sri", "Right Reverend")? */
export function honorificAt(words: readonly string[], k: number): boolean {
  return isHonorific(words[k]) || honorificPairAt(words, k) || styleAt(words, k);
}

/** Words that raise a style: "the Right Reverend", "the Most Rev.", "the Rt Hon". */
const STYLE_LEADS = new Set(['right', 'rt', 'most', 'very']);
const STYLE_NOUNS = new Set(['reverend', 'rev', 'revd', 'honourable', 'honorable', 'hon', 'venerable', 'ven', 'worshipful']);

/** Is words[k] one half of a style ("Right Reverend", "Rt Hon", "Most Rev.")? Styles are no titles. */
function styleAt(words: readonly string[], k: number): boolean {
  const w = (i: number) => foldText(words[i] ?? '').replace(/\.$/, '');
  return (STYLE_LEADS.has(w(k)) && STYLE_NOUNS.has(w(k + 1))) || (k > 0 && STYLE_NOUNS.has(w(k)) && STYLE_LEADS.has(w(k - 1)));
}

/** Rulers' titles that are given names too: "Sheikh Sultan bin Muhammad Al Qasimi". */
const TITLES_AS_GIVEN_NAMES = new Set(['sultan', 'amir', 'malik']);

/**
 * "Air Vice Marshal Sunday Kelvin Aneke", "Governor Monday Okpebholo": a weekday between a title
 * and two name words is a given name (common in Nigeria), not a day.
 */
export function weekdayAsGivenName(words: string[], k: number, nameWords: number): boolean {
  return nameWords >= 1 && k > 0 && WEEKDAYS.has(foldText(words[k])) && endsTitle(words[k - 1]) && nameWordOk(words[k + 1] ?? '');
}

/** A person's own honorifics: after them "Sultan" is a given name ("Dr. Sultan Al Jaber"), as a ruler's is not ("His Majesty Sultan Haitham"). */
const PERSONAL_HONORIFIC = /^(?:dr|doctor|mr|prof|eng)\.?$/i;

/**
 * Is words[k] a given name that looks like a title, after "Sheikh" or "Dr." and before the rest
 * of a name? Or a father's, after "bin" ("Prince Khalid bin Sultan bin Abdulaziz").
 */
export function titleAsGivenName(words: string[], k: number, nameWords: number, before = k > 0 ? words[k - 1] : undefined): boolean {
  return nameWords > 0 && before !== undefined && TITLES_AS_GIVEN_NAMES.has(foldText(words[k])) && (NAME_BEARING_HONORIFICS.has(foldText(before)) || PERSONAL_HONORIFIC.test(before) || NASAB.test(before));
}

/**
 * "Dean Fuleihan": an office word that is also a given name, alone before one other name word,
 * is the name itself; a ruler's is not ("Sultan Haitham" is the Sultan).
 */
export function officeAsGivenName(words: string[]): boolean {
  const first = foldText(words[0] ?? '');
  return words.length === 2 && GIVEN_NAMES.has(first) && !REGNAL_OFFICES.has(first) && isOfficeHead(words, 0) && nameWordOk(words[1]);
}

/**
 * "Sultan al-Jaber", "Sultan Al Jaber": a title word that is also a given name, right before a
 * family name with the Arabic article, is the given name ("Sultan Haitham bin Tariq" is the Sultan).
 */
export function givenBeforeArticle(words: string[], k: number): boolean {
  const next = words[k + 1] ?? '';
  return GIVEN_NAMES.has(foldText(words[k])) && (/^(?:al|el)[-‐]\p{Lu}/iu.test(next) || (/^(?:al|el)$/i.test(next) && /^\p{Lu}/u.test(words[k + 2] ?? '')));
}

/** Nicknames quoted inside the name on toks[from, to), folded: a later "Jokowi" is Joko Widodo. */
export function nicknamesIn(toks: Token[], from: number, to: number): string[] {
  const found: string[] = [];
  for (let k = from; k < to; k++) if (toks[k].nickname) found.push(foldText(toks[k].nickname!));
  return found;
}

export function shortFormsOf(words: string[]): string[] {
  // "Waqar-uz-Zaman" is "Zaman" later on.
  if (words.length === 1) return [foldText(words[0]).split(/[-‐]/).pop()!];
  words = withoutLeadingHonorific(words);
  const clean = words.map((w) => foldText(w).replace(/\.$/, ''));
  // "Charles Q. Brown Jr." is "Brown" later on; "Charles III" is "Charles".
  while (clean.length > 2 && isNameSuffix(clean[clean.length - 1])) clean.pop();
  const forms = new Set<string>([clean[0], clean[clean.length - 1]]);
  // "Lula" after "Luiz Inácio Lula da Silva".
  const known = knownByFrom(words);
  if (known !== undefined) forms.add(clean[known]);
  // "Abdel Fattah el-Sisi" is "Sisi" later on.
  if (ARABIC_ARTICLE.test(words[words.length - 1])) forms.add(clean[clean.length - 1].replace(/^[a-z]+[-‐]/, ''));
  return [...forms].filter((f) => f.length > 1);
}

/** "Judge Lewis A. Kaplan": an initial between name words is a middle name's, even one that looks like "A". */
export function middleInitial(words: string[], k: number, nameWordsAfter: number): boolean {
  // "George H.W. Bush": two initials written together, but not a country's ("U.S.").
  const initials = LONE_INITIAL.test(words[k]) || (JOINED_INITIALS.test(words[k]) && !isNationality(words[k]));
  return nameWordsAfter > 0 && k > 0 && initials && nameWordOk(words[k - 1]);
}

const JOINED_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;

/**
 * Is a word from another list (a place, a month) part of a personal name here? A place as a
 * given name before name words ("Chad Wolf") or as a surname after one ("Jim Jordan"); a
 * month as a surname last in the phrase ("Theresa May").
 */
export function listedWordInName(words: string[], k: number, nameWordsAfter: number, numberAfter: boolean): boolean {
  // ("Prime Minister May said": after an office word too.)
  if (MONTH_SURNAMES.has(words[k])) return !numberAfter && k === words.length - 1 && k > 0 && (nameWordOk(words[k - 1]) || isOfficeHead(words, k - 1));
  if (!NAME_PLACES.has(words[k])) return false;
  return nameWordsAfter > 0 || (k > 0 && nameWordOk(words[k - 1]));
}

/**
 * "Director Michael Bay", "Sen. Faith Hill", "Commonwealth Secretary-General Patricia Scotland":
 * a place's head word or a place's name last, after a title and a given name, is a surname
 * (alone, "Michael Bay" may still be a bay, and "Florence Italy" a city). In running text, not a
 * Title Case headline ("PM Modi Japan Visit"), a place's name after an office and any name word
 * is one too: "Finance Minister Sinisa Mali, …".
 */
export function placeWordAsSurname(words: string[], k: number, runningText = false): boolean {
  if (k !== words.length - 1 || k < 2 || !endsTitle(words[k - 2])) return false;
  if (GIVEN_NAMES.has(foldText(words[k - 1]))) return (PLACE_HEADS.has(foldText(words[k])) && !BUILDING_HEADS.has(foldText(words[k]))) || PLACES.has(words[k]);
  // (After an office or a rank, not an honorific: "Miss World Africa" is a pageant's title.)
  return runningText && PLACES.has(words[k]) && nameWordOk(words[k - 1]) && (isOfficeHead(words, k - 2) || isRankHead(words, k - 2));
}

/** Place heads no one bears as a surname: "Sultan Ahmed Mosque", "King Fahd Stadium" are buildings. */
const BUILDING_HEADS = new Set(['mosque', 'hosseiniyeh', 'husseiniya', 'cathedral', 'basilica', 'chapel', 'shrine', 'tomb', 'museum', 'stadium', 'arena', 'airport', 'auditorium', 'refinery',
  'prison', 'jail', 'hotel', 'bhavan', 'bhawan', 'niwas', 'nivas', 'memorial', 'barracks', 'offices', 'dam', 'canal', 'tunnel', 'complex']);

/** Head words of bodies' names that are also surnames: "Brian Steel", "Emily Post". */
const SURNAME_HEADS = new Set(['steel', 'post', 'house', 'court', 'bank']);

/**
 * "attorney Brian Steel", "Gary House": such a head word last, right after a given name, is a
 * surname, unless "the" makes the two a body ("the Christian Post").
 */
export function headWordAsSurname(toks: Token[], c: Chunk, words: string[], k: number): boolean {
  // "Hun Sen", "Amartya Sen": "Sen" without its period, last after any name word, is no senator.
  if (k === words.length - 1 && k >= 1 && words[k] === 'Sen' && nameWordOk(words[k - 1])) return true;
  if (k !== words.length - 1 || k < 1 || !SURNAME_HEADS.has(foldText(words[k])) || !GIVEN_NAMES.has(foldText(words[k - 1]))) return false;
  return !/^the$/i.test(toks[c.from - 1]?.text ?? '') && !/^the$/i.test(words[k - 2] ?? '');
}

/** A whole name written as one word with a linking particle: "Waqar-uz-Zaman", "Zia-ul-Haq". */
export const JOINED_NAME = /^\p{Lu}\p{Ll}+[-‐][uU][lzsdrn][-‐]\p{Lu}\p{Ll}+$/u;

/** Months that are also surnames; never when a day number follows ("Kim May 5" is a date). */
const MONTH_SURNAMES = new Set(['May', 'June', 'April', 'August']);

/** "Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed": "Sheikh" between a given name and the last one is part of the name. */
export function honorificInName(words: string[], k: number): boolean {
  const given = foldText(words[k - 1] ?? '');
  return k > 0 && k < words.length - 1 && isHonorific(words[k]) && ARABIC_GIVEN_NAMES.has(given) && !GIVEN_NAMES_AS_TITLES.has(given) && nameWordOk(words[k + 1]);
}

/** Given names that are also rulers' titles: "the Amir Sheikh Tamim" is the Emir. */
const GIVEN_NAMES_AS_TITLES = new Set(['amir', 'emir', 'sultan', 'malik']);

/**
 * Initials that can open a name ("JP", "N.V."): not a country's ("US"), a body's ("UN") or a
 * title's ("MP", "CM").
 */
export function initialsOfName(w: string | undefined): boolean {
  return !!w && INITIALS.test(w) && !isNationality(w) && !KNOWN_ORGS.has(w) && !PLACES.has(w) && !isOfficeHead([w], 0) && !isRankHead([w], 0);
}

/** "KP Sharma Oli", "A.P.J. Abdul Kalam": initials before a name of two words or more, not a code ("US", "EU"). */
export function leadingInitials(words: string[], k: number): boolean {
  return k === 0 && words.length >= 3 && INITIALS.test(words[0]) && !isNationality(words[0]) && !KNOWN_ORGS.has(words[0]) && !PLACES.has(words[0]) &&
    words.slice(1).every((w) => nameWordOk(w));
}
