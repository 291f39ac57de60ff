// Finds people (with the title written with them), organisations, meetings, places and
// acronyms in one block. Capitalised runs of words ("chunks") are read left to right:
// a title head splits title from name; a head word makes a meeting, an organisation or a
// place; what is left may be a person if something in the sentence says so.

import type { BlockKind, EntityKind, Span, TitleStatus } from './model';
import {
  ACTING_MARKERS, BODY_UNLESS_NUMBERED, CASE_NOUNS, CREEDS, GENERAL_AS_OFFICE, GENERIC_CAPITALS, GIVEN_NAME_FORMS, KNOWN_ORGS, NAME_PLACES, MEETING_ADJECTIVES, MEETING_HEADS, MONTHS_AND_DAYS, MULTIWORD_PLACES,
  ARABIC_GIVEN_NAMES, COMPANY_NOUNS, GIVEN_NAMES, HEADLINE_VERBS, NAME_HONORIFICS, NAME_PARTICLES, OFFICE_HEADS, ORG_HEADS, PAST_MARKERS, PERSON_NOUNS, PLACE_HEADS, PLACE_LEADS, PLACES, PROGRAMME_HEADS, RANK_HEADS,
  NUMBERED_MEETING_ACRONYMS, RANK_MODIFIERS, ROLE_WORDS, SPEECH_VERBS, STOPWORDS, STREET_HEADS, SURNAME_FIRST, WEEKDAYS, WORD_ORDINALS,
} from './lexicon';
import { foldText, foldWords, isNameParticle, isNationality, knownByFrom, memoize, personKey, phraseKey, romanisationKey } from './normalize';
import { isCommonGivenName } from './givenNames';
import { ELECT, isHonorific, isOfficeHead, isRankHead, normaliseOffice, splitTitle, titleWord } from './titles';
import { sentences, tokenize, type Token } from './tokenize';

export interface RawTitle {
  text: string;
  span: Span;
  rank?: string;
  rankText?: string;
  office?: string;
  officeText?: string;
  status: TitleStatus;
  basis: 'prefix' | 'appositive';
}

/** A mention before article-wide resolution (short names, acronyms, "the SCM"). */
export interface RawMention {
  kind: EntityKind;
  span: Span;
  fullSpan: Span;
  text: string;
  key: string;
  form: 'full' | 'short' | 'acronym' | 'reference';
  block: BlockKind;
  sentence: number;
  titles: RawTitle[];
  /** A person recognised only by the shape of the name; kept if the corpus confirms it. */
  tentative?: boolean;
  /** People: the words a later short reference may use ("Jin", "Hegseth"). */
  shortForms?: string[];
  /**
   * A short name after "Sheikh": the two words as one whole name ("Sheikh Hasina") and its key,
   * for when the article names no one fuller it could stand for ("Sheikh Tamim bin Hamad").
   */
  whole?: { name: string; key: string };
  /** Meetings: series key without ordinal, and the ordinal when written. */
  series?: string;
  ordinal?: number;
  /** The meeting's number is its year: "the 2025 NATO summit", "G20 Summit 2024". */
  yearEdition?: boolean;
  /** "this year's G7 summit": numbered by the article's year once that is known. */
  thisYear?: boolean;
  /** Acronym spelled out right after this mention: "(SCM)". */
  definesAcronym?: string;
  /** Dates: what chrono resolved. */
  dateValue?: { value: string; precision: 'day' | 'week' | 'month'; relative: boolean; lastDay?: string };
  /** A person named inside a quotation: the title is the speaker's word, no fact. */
  quoted?: boolean;
  /** A lone word that speaks ("Paetongtarn said") or follows an honorific ("Mr Musk"): only people do. */
  personCue?: boolean;
  /** Set by article-wide resolution when the mention turned out to be nothing. */
  dropped?: boolean;
  /** "last year's SCM", "the previous SCM": not the occasion the article is about. */
  otherOccasion?: boolean;
}

export interface BlockMentions {
  mentions: RawMention[];
  /** Single capitalised words that may be short references to people named elsewhere. */
  candidates: RawMention[];
  /** Sentence spans in this block, numbered from `firstSentence`. */
  sentenceSpans: Span[];
  /** Where the last title written after a name ends: its words name no one else. */
  titleUntil?: number;
  /** Is the block a Title Case headline or caption ("Sheikh Hasina Resigns Amid Student Protests")? */
  titleCase?: boolean;
  /** A body block that is a subheading in Title Case ("Intel CEO Forced Out Due To Low Value Returns"). */
  subheading?: boolean;
}

const ORDINAL = /^(\d{1,4})(?:st|nd|rd|th)$/i;
const ACRONYM = /^[A-Z][A-Z0-9&]{1,7}$|^[A-Z][a-z]+[A-Z][A-Za-z]*$/;
const CONNECTORS = new Set(['of', 'for', 'de', 'del', 'da', 'van', 'von', 'der', 'den', 'al', 'bin', 'la', 'le', 'du']);
const LONE_INITIAL = /^\p{Lu}\.$/u;
// Not a lone "I", "V" or "X": "President Trump I think …".
const REGNAL = /^(?:II|III|IV|VI{1,3}|IX|XI{1,3}|XIV|XV|XVI{1,3})$/;
/** "Jr.", "Sr." or a regnal number, folded to lower case. */
const isNameSuffix = (w: string): boolean => /^(?:jr|sr|i|v|x|xx)$/.test(w) || REGNAL.test(w.toUpperCase());
/** "Jr.", "Sr.": they tell a father from a son but are no name of their own ("Charles III" is one). */
const GENERATIONAL = /^(?:jr|sr)\.?$/i;
const VENUE_WORDS = new Set(['hall', 'hotel', 'venue', 'building', 'complex', 'room', 'grounds', 'site']);

/** Is there a lower-case role a few words before this "of" ("independent chair of the board of")? */
function roleBeforeOf(toks: Token[], of: number): boolean {
  for (let k = of - 1; k >= 0 && k >= of - 6; k--) {
    if (toks[k].cap || !toks[k].word) return false;
    if (ROLE_WORDS.has(toks[k].text.toLowerCase())) return true;
  }
  return false;
}

/** A given name the lexicon knows, in any of its forms ("Oleksandr" is "Alexander"). */
function isKnownGivenName(word: string): boolean {
  const w = foldText(word);
  return GIVEN_NAMES.has(w) || GIVEN_NAMES.has(GIVEN_NAME_FORMS.get(w) ?? '');
}

/** The "of" at most four words before `k`, or -1; with `lowerOnly`, only across lower-case words. */
function ofBefore(toks: Token[], k: number, lowerOnly: boolean): number {
  for (let j = k - 1; j > 0 && j >= k - 4; j--) {
    if (toks[j].text === 'of') return j;
    if (lowerOnly && (toks[j].cap || !toks[j].word)) return -1;
  }
  return -1;
}

/** Does the lower-case noun at `k` end a role's "of" phrase ("commander of the ground forces")? */
function roleOfBefore(toks: Token[], k: number): boolean {
  const of = ofBefore(toks, k, true);
  return of > 0 && roleBeforeOf(toks, of);
}

/** Does "in" at `k` follow a role's "of" phrase ("Leader of Opposition in …", "Leader of the House in …")? */
function roleOfIn(toks: Token[], k: number): boolean {
  const of = ofBefore(toks, k, false);
  return of > 0 && (ROLE_WORDS.has(titleWord(toks[of - 1].text)) || isOfficeHead([toks[of - 1].text], 0));
}

/** What happens only to people, before "of" and a name: "the death of Tyre Nichols". */
const PERSON_EVENTS = new Set(['death', 'killing', 'murder', 'funeral', 'assassination', 'arrest', 'beating', 'kidnapping', 'abduction', 'burial']);

/** What a person has, after "'s": "Miguel Luna's wife", "his family". */
const KIN_AFTER = new Set([...PERSON_NOUNS, 'family', 'parents', 'children', 'relatives', 'lawyers', 'attorneys']);

/** "Luna's wife", "his lawyer": someone's kin or counsel, in lower case, at `k`. */
function kinBefore(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (t.cap || !KIN_AFTER.has(t.text.toLowerCase())) return false;
  const owner = toks[k - 1];
  return !!owner && (!!owner.possessive || /^(?:his|her|their)$/i.test(owner.text));
}

/** Words that make the noun after them any one of its kind: "a company Elon Musk founded". */
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'which', 'whose', 'every', 'any', 'one', 'another']);
/** Words before which "official" is an adjective, not a person's role. */
const ADJECTIVE_OPENERS = new Set([...DETERMINERS, 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** The last word of a title: "President von der Leyen", "General de Gaulle" have particles after one. */
function endsTitle(w: string): boolean {
  return isOfficeHead([w], 0) || isRankHead([w], 0) || isHonorific(w);
}

/**
 * Dutch "ten" and "ter" inside a name ("Erik ten Hag"), not the number before a plural
 * ("in March ten Palestinians", "Biden ten Democrats"): a name word before, a surname after.
 */
function numberParticle(toks: Token[], j: number): boolean {
  if (toks[j].text !== 'ten' && toks[j].text !== 'ter') return false;
  const before = toks[j - 1];
  const after = toks[j + 1];
  if (!before?.word || !isCap(after) || !nameWordOk(before.text) || !nameWordOk(after.text) || /s$/.test(after.text)) return false;
  return !MONTHS_AND_DAYS.has(foldText(before.text)) && !isNationality(after.text) && !STOPWORDS.has(before.text);
}

/** After name particles at `j` ("do", "von der"), where the name goes on; 0 when it does not. */
function particlesEnd(toks: Token[], j: number): number {
  if (j === 0 || !(nameWordOk(toks[j - 1].text) || endsTitle(toks[j - 1].text))) return 0;
  let k = j;
  while (k < toks.length && k - j < 3 && toks[k].word && (NAME_PARTICLES.has(toks[k].text) || numberParticle(toks, k))) k++;
  return k > j && isCap(toks[k]) && nameWordOk(toks[k].text) ? k + 1 : 0;
}
const NAME_WORD = /^(?:Mc|Mac|O['’]|D['’]|De|Di|La|Le|(?:al|el|ad|ash|as|az|bin|ibn|abu)[-‐])?\p{Lu}[\p{Ll}\p{M}'‘’]*(?:-\p{L}[\p{Ll}\p{M}]*)*\.?$/u;
/** "McMaster", "O'Brien", "DeSantis": a capital inside a name after a common prefix. */
const PREFIXED_NAME = /^(?:Mc|Mac|O['’]|D['’]|De|Di|La|Le)\p{Lu}\p{Ll}/u;
/** Capitalised words that describe a portfolio or body, never a personal name. */
const COMMON_CAPS = new Set(`state defense defence foreign external affairs security national joint military justice finance trade
  interior home health education energy environment labor labour unification industry commerce agriculture treasury
  war policy strategic public economic international federal central general supreme chiefs staff armed special
  prime vice deputy first senior executive chief assistant acting former navy army air force forces corps
  democratic republican liberal conservative people's workers' party communist government administration
  agreement accord accords treaty pact declaration protocol convention charter member members states
  plan act initiative programme program strategy doctrine`.split(/\s+/));

/** Words that continue an organisation's name after "and": "Center for Strategic and International Studies". */
const ORG_NAME_WORDS = new Set(`international studies development research science technology culture communications
  information planning welfare tourism sports fisheries oceans transport infrastructure gender equality family employment
  resources energy trade industry affairs security finance economy commerce health education labor environment justice
  training evaluation strategy policy innovation startups ict food rural land agriculture forestry veterans patriots
  maritime safety housing urban smes relations cooperation climate water digital mines minerals petroleum youth
  women heritage arts legal political consular parliamentary multilateral economic social human services
  transition ecological ecology environmental change sustainable sustainability biodiversity operations intelligence
  levelling leveling communities pensions work skills business media sport net zero local relief works rights
  commercial industrial financial global regional municipal nuclear
  learning engineering marketing manufacturing banking accounting computing lending publishing mining farming policing
  securities exchange investment diplomacy integration european euro-atlantic foreign defence defense interior`.split(/\s+/));

/** A capitalised word that names a portfolio: "Trade", "Industry", "ICT". */
function isPortfolioWord(t: Token | undefined): boolean {
  return isCap(t) && ORG_NAME_WORDS.has(foldText(t!.text));
}

/**
 * "Minister of Trade, Industry": an office head, "of"/"for", then only portfolio words
 * (and commas) up to `to`. A name after "of" ("Minister of Science Bae") does not count.
 */
function officePortfolio(toks: Token[], from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) {
    if (!isOfficeHead([toks[k].text], 0) || (toks[k + 1].text !== 'of' && toks[k + 1].text !== 'for')) continue;
    if (k + 2 >= to) return false;
    for (let m = k + 2; m < to; m++) if (toks[m].text !== ',' && !isPortfolioWord(toks[m])) return false;
    return true;
  }
  return false;
}

/**
 * A portfolio list inside a title or a ministry's name, at a comma or "and" at `at`:
 * "Ministry of Trade, Industry and Energy", "Minister of Science and ICT",
 * "Trade, Industry and Energy Minister Ahn". Returns where the chunk goes on, or -1.
 */
function portfolioListEnd(toks: Token[], from: number, at: number): number {
  if (!isPortfolioWord(toks[at - 1])) return -1;
  for (let k = from; k < at; k++) if (RANK_HEADS.has(titleWord(toks[k].text))) return -1;
  let k = at;
  while (toks[k]?.text === ',' && isPortfolioWord(toks[k + 1])) {
    k += 2;
    while (isPortfolioWord(toks[k])) k++;
  }
  if (toks[k]?.text === ',' && toks[k + 1]?.text === 'and') k++;
  if (toks[k]?.text !== 'and' || !isPortfolioWord(toks[k + 1])) return -1;
  let after = k + 1;
  while (isPortfolioWord(toks[after])) after++;
  const officeAfter = isCap(toks[after]) && isOfficeHead([toks[after].text], 0);
  // Prefix form: only portfolio words before, an office right after the list.
  // "South African International Relations and Cooperation Minister": nationalities first.
  // "Deputy International and Legal Affairs Minister": a modifier first, too.
  // "Senate Health, Education, Labor and Pensions Committee": a body, its portfolios, its head.
  let first = from;
  while (first < at && (isNationality(toks[first].text) || TITLE_MODIFIERS.has(foldText(toks[first].text)) || toks[first].text === 'The')) first++;
  const bodyFirst = first < at && ORG_HEADS.has(foldText(toks[first].text));
  if (bodyFirst) first++;
  let prefix = first < at;
  for (let m = first; m < at; m++) if (!isPortfolioWord(toks[m])) prefix = false;
  const committeeAfter = bodyFirst && isCap(toks[after]) && ORG_HEADS.has(foldText(toks[after].text));
  if (prefix) return officeAfter || committeeAfter ? after : -1;
  // Suffix form: after "Ministry of"/"Minister of"; a title after the list starts another person.
  if (officeAfter || !(hasOrgHead(toks, from, at) || officePortfolio(toks, from, at))) return -1;
  return k + 2;
}

function hasOrgHead(toks: Token[], from: number, to: number): boolean {
  let connector = false;
  let head = false;
  for (let k = from; k < to; k++) {
    const w = foldText(toks[k].text);
    if (w === 'of' || w === 'for') connector = true;
    if (ORG_HEADS.has(w)) head = true;
  }
  return connector && head;
}

/**
 * Does "and" at `and` continue an organisation's name ("Center for Strategic and
 * International Studies")? Not when a rank stands before it or a title after it:
 * "Chiefs of Staff Chairman Adm. Hong Jae-bong and Finance Minister Choi" is two people.
 */
function andContinuesOrg(toks: Token[], from: number, and: number): boolean {
  if (!isCap(toks[and + 1]) || !ORG_NAME_WORDS.has(foldText(toks[and + 1].text))) return false;
  // "United Nations Relief and Works Agency": portfolio words on both sides, the head after them.
  const headAfter = ORG_NAME_WORDS.has(foldText(toks[and - 1].text)) && ORG_HEADS.has(foldText(toks[and + 2]?.text ?? ''));
  if (!headAfter && !hasOrgHead(toks, from, and)) return false;
  for (let k = from; k < and; k++) if (RANK_HEADS.has(titleWord(toks[k].text))) return false;
  for (let k = and + 1; k < toks.length && isCap(toks[k]); k++) {
    const w = titleWord(toks[k].text);
    if (OFFICE_HEADS.has(w) || RANK_HEADS.has(w)) return false;
    // "the Bank of Korea and Finance Ministry": a head after "and" starts a second body.
    if (!headAfter && ORG_HEADS.has(foldText(toks[k].text))) return false;
  }
  return true;
}

/** "the OPEC and non-OPEC Ministerial Meeting": a body and those outside it name one thing together. */
function andItsNon(toks: Token[], and: number): boolean {
  const before = toks[and - 1];
  const after = toks[and + 1];
  return !!after && after.word && /^non-/i.test(after.text) && after.text.slice(4).toLowerCase() === before.text.toLowerCase() && isCap(before);
}

function isCap(t: Token | undefined): boolean {
  return !!t && t.word && (t.cap || ARABIC_ARTICLE.test(t.text));
}

/** "el-Sisi", "al-Assad": a name whose article is written in lower case. */
const ARABIC_ARTICLE = /^(?:al|el|ad|ash|as|az|bin|ibn|abu)[-‐]\p{Lu}\p{Ll}/u;

/** Month abbreviations that are also given names or name syllables, when written without a period. */
const NAME_SYLLABLE_MONTHS = new Set(['Jun', 'Jan']);
const HEAD_FIRST_MEETINGS = new Set(['summit', 'conference', 'meeting', 'forum', 'dialogue']);

/** Could this word be part of a personal name? Cached: the answer depends on the word alone. */
const nameWordOk = (text: string): boolean => nameWordFlag(text) === '1';

const nameWordFlag = memoize((text: string): string => {
  if (!NAME_WORD.test(text)) return '';
  const w = foldText(text).replace(/\.$/, '');
  // "Jun" and "Jan" without a period are names too ("Maeng Yeon Jun", "Jan Lipavsky"); a date
  // after a name is split off before names are read.
  if (!NAME_SYLLABLE_MONTHS.has(text) && (STOPWORDS.has(text.replace(/\.$/, '')) || MONTHS_AND_DAYS.has(w))) return '';
  if (isNationality(w)) return '';
  if (ORG_HEADS.has(w) || MEETING_HEADS.has(w) || PLACE_HEADS.has(w) || OFFICE_HEADS.has(titleWord(text))) return '';
  // Portfolio words too: "Minister of Ecological Transition Anies Panier-Rinasé", "UN Climate Change".
  if (RANK_HEADS.has(titleWord(text)) || RANK_MODIFIERS.has(titleWord(text)) || COMMON_CAPS.has(w) || ORG_NAME_WORDS.has(w)) return '';
  if (PLACES.has(text) || isHonorific(text)) return '';
  return '1';
});

function textOf(text: string, s: Span): string {
  return text.slice(s.start, s.end).replace(/\s+/g, ' ');
}

/** Surname-first names: "Jin Yong-sung", "Lee Jae Myung", "Xi Jinping". */
function isEastAsianName(words: string[]): boolean {
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

/** "Sri Lankans", "Middle Eastern", "Costa Rican": a place's name with a people's ending. */
function demonymOfPlace(phrase: string): boolean {
  for (const end of DEMONYM_ENDINGS) if (phrase.endsWith(end) && isPlacePhrase(phrase.slice(0, -end.length).split(' '))) return true;
  return false;
}

const DEMONYM_ENDINGS = ['ns', 'n', 'ers', 'er', 'ern', 'erns', 'ese', 'is', 'i'];

/** After the token ending at `end`: a comma, then a name ("…, Sheikh Tamim", "…, Recep Tayyip Erdogan"). */
function nameAfterComma(toks: Token[], end: number): boolean {
  // The first token at or after `end` (tokens are in text order).
  let j = 0;
  let hi = toks.length;
  while (j < hi) {
    const mid = (j + hi) >>> 1;
    if (toks[mid].start < end) j = mid + 1;
    else hi = mid;
  }
  if (toks[j]?.text !== ',') return false;
  const a = toks[j + 1];
  const b = toks[j + 2];
  return !!a && isCap(a) && (isHonorific(a.text) || (nameWordOk(a.text) && !!b && isCap(b) && nameWordOk(b.text)));
}

/** Words before a verb of saying that make what follows it the thing said: "has said", "he told". */
const SPEAKER_BEFORE_VERB = new Set(['has', 'have', 'had', 'he', 'she', 'they', 'it', 'who', 'also', 'previously', 'earlier', 'and', 'then', 'later', 'once', 'repeatedly']);

/** Lower-case words after a name that make it a body's: "the Pheu Thai party". */
const PARTY_HEADS = new Set(['party', 'movement', 'coalition', 'front', 'alliance', 'bloc', 'faction', 'militia']);

/** "Janatha Vimukthi Peramuna (JVP) party", "Kuomintang party": what the name is comes after it. */
function partyAfter(toks: Token[], at: number): boolean {
  const head = toks[acronymAfter(toks, at) ? at + 3 : at];
  return !!head?.word && !head.cap && PARTY_HEADS.has(head.text);
}

/** Honorifics that, with one name after them, may be all a person is called: "Sheikh Hasina". */
const NAME_BEARING_HONORIFICS = new Set(['sheikh', 'sheik', 'shaikh']);

/** Malaysian honorifics of two words, each also a name of its own ("Tan Kin Lian", "Sri Mulyani"). */
const HONORIFIC_PAIRS = new Set(['Tan Sri', 'Puan Sri', 'Toh Puan']);

/** Is words[k] one half of "Tan Sri", "Puan Sri" or "Toh Puan"? */
function honorificPairAt(words: readonly string[], k: number): boolean {
  return (k + 1 < words.length && HONORIFIC_PAIRS.has(`${words[k]} ${words[k + 1]}`)) || (k > 0 && HONORIFIC_PAIRS.has(`${words[k - 1]} ${words[k]}`));
}

/** Is words[k] an honorific, on its own ("Sir") or as half of a pair ("Tan Sri")? */
function honorificAt(words: readonly string[], k: number): boolean {
  return isHonorific(words[k]) || honorificPairAt(words, k);
}

/** Rulers' titles that are given names too: "Sheikh Sultan bin Muhammad Al Qasimi". */
const TITLES_AS_GIVEN_NAMES = new Set(['sultan', 'amir', 'malik']);

/**
 * "Air Vice Marshal Sunday Kelvin Aneke", "Governor Monday Okpebholo": a weekday between a title
 * and two name words is a given name (common in Nigeria), not a day.
 */
function weekdayAsGivenName(words: string[], k: number, nameWords: number): boolean {
  return nameWords >= 1 && k > 0 && WEEKDAYS.has(foldText(words[k])) && endsTitle(words[k - 1]) && nameWordOk(words[k + 1] ?? '');
}

/** A person's own honorifics: after them "Sultan" is a given name ("Dr. Sultan Al Jaber"), as a ruler's is not ("His Majesty Sultan Haitham"). */
const PERSONAL_HONORIFIC = /^(?:dr|doctor|mr|prof|eng)\.?$/i;

/** Is words[k] a given name that looks like a title, after "Sheikh" or "Dr." and before the rest of a name? */
function titleAsGivenName(words: string[], k: number, nameWords: number, before = k > 0 ? words[k - 1] : undefined): boolean {
  return nameWords > 0 && before !== undefined && TITLES_AS_GIVEN_NAMES.has(foldText(words[k])) && (NAME_BEARING_HONORIFICS.has(foldText(before)) || PERSONAL_HONORIFIC.test(before));
}

/**
 * "Sultan al-Jaber", "Sultan Al Jaber": a title word that is also a given name, right before a
 * family name with the Arabic article, is the given name ("Sultan Haitham bin Tariq" is the Sultan).
 */
function givenBeforeArticle(words: string[], k: number): boolean {
  const next = words[k + 1] ?? '';
  return GIVEN_NAMES.has(foldText(words[k])) && (/^(?:al|el)[-‐]\p{Lu}/iu.test(next) || (/^(?:al|el)$/i.test(next) && /^\p{Lu}/u.test(words[k + 2] ?? '')));
}

/** Nicknames quoted inside the name on toks[from, to), folded: a later "Jokowi" is Joko Widodo. */
function nicknamesIn(toks: Token[], from: number, to: number): string[] {
  const found: string[] = [];
  for (let k = from; k < to; k++) if (toks[k].nickname) found.push(foldText(toks[k].nickname!));
  return found;
}

function shortFormsOf(words: string[]): string[] {
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

/**
 * A continent's adjective names the continent in a series' name: the "Asian Cooperation
 * Dialogue" is the "Asia Cooperation Dialogue", not any "cooperation dialogue".
 */
const CONTINENT_OF: Record<string, string> = { asian: 'asia', african: 'africa', european: 'europe' };

/** Bodies whose meetings are named by their code as often as by their name, and the code. */
const SERIES_CODES: [string[], string][] = Object.entries({
  'african union': 'au', 'north atlantic treaty organization': 'nato', 'north atlantic treaty organisation': 'nato',
  'association of southeast asian nations': 'asean', 'shanghai cooperation organization': 'sco', 'shanghai cooperation organisation': 'sco',
  'gulf cooperation council': 'gcc', 'organization of american states': 'oas', 'asia-pacific economic cooperation': 'apec',
  'economic community of west african states': 'ecowas', 'southern african development community': 'sadc',
}).map(([full, code]) => [full.split(' '), code]);

/** Words a constituency's name may start with: "North East Cambridgeshire". */
const COMPASS = new Set(['North', 'South', 'East', 'West', 'Central', 'Mid', 'Greater', 'Upper', 'Lower']);

/** A member of a party, written before the name: "Democrat Abigail Spanberger", "Tory Kemi Badenoch". */
const PARTY_MEMBER = new Set(['democrat', 'republican', 'tory']);

/** Joining words: "Organization of American States" is the OAS. */
const INITIAL_FILLERS = new Set(['of', 'the', 'and', 'for', 'on']);

/** The last words of bodies known by their initials (not "Assembly" or "Government": "OAS General Assembly" is no "OGA"). */
const INITIALLED_HEADS = new Set(['organization', 'organisation', 'agency', 'committee', 'fund', 'programme', 'program']);

/** Who meets, in the singular: "G20 Foreign Ministers' Meeting" and "G20 Foreign Minister Meeting" are one series. */
const MEMBERS_SINGULAR: Record<string, string> = {
  islands: 'island', // "Pacific Island Forum", a common slip
  ministers: 'minister', leaders: 'leader', governors: 'governor', presidents: 'president', chiefs: 'chief', envoys: 'envoy', ambassadors: 'ambassador',
};

function seriesKey(words: string[]): string | undefined {
  let all = foldWords(words.join(' ')).map((w) => MEMBERS_SINGULAR[w.replace(/['’]$/, '')] ?? w);
  // "the 37th African Union summit" is the "37th AU Summit".
  const lead = all[0] === 'the' ? 1 : 0;
  // "the 41st Summit of GCC Leaders" is the "41st GCC Summit": a summit is named by whose it is, before or after.
  // So is a conference or a meeting: "the 13th Ministerial Conference of the WTO" is the "13th WTO
  // Ministerial Conference" (not the Conference of the Parties, which is named so).
  const namedAfter = all[lead] === 'summit' || ((all[lead] === 'conference' || all[lead] === 'meeting') && all[lead + 2] !== 'parties' && all[lead + 3] !== 'parties');
  if (namedAfter && all[lead + 1] === 'of' && all.length > lead + 2) all = [...all.slice(0, lead), ...all.slice(lead + 2).filter((w, k) => k > 0 || w !== 'the'), all[lead]];
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
  const kept: string[] = [];
  all.forEach((w, k) => {
    // "European Union summit" and "European Council summit" are two series: a body's nationality stays.
    if (isNationality(w.toUpperCase()) && ORG_HEADS.has(all[k + 1] ?? '')) return kept.push(w);
    if (CONTINENT_OF[w]) return kept.push(CONTINENT_OF[w]);
    if (MEETING_ADJECTIVES.has(w) || isNationality(w.toUpperCase()) || w === 'the') return;
    // "Korea-U.S." and "South Korea-U.S." qualify a series without naming it.
    const parts = w.split('-');
    if (!(parts.length > 1 && parts.every((p) => isNationality(p.toUpperCase()) || PLACES.has(p.charAt(0).toUpperCase() + p.slice(1))))) kept.push(w);
  });
  // "the 44th and 45th ASEAN Summits": each is an "ASEAN Summit".
  const one = SINGULAR_HEADS[kept[kept.length - 1]];
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
  const series = kept.map((w) => (w.includes('-') && w.split('-').every((p) => p.length >= 3) ? w.split('-').sort().join('-') : w)).join(' ').replace(/['’]/g, '')
    // A summit is its leaders' meeting: the "G20 Leaders' Summit" is the "G20 Summit", and so is the
    // "Summit of the ECOWAS Authority of Heads of State and Government" the "ECOWAS Summit".
    .replace(/(?<=\S) (?:leader|(?:authority )?of heads of state(?: and government)?|heads of state(?: and government)?) summit$/, ' summit')
    // The "53rd Pacific Islands Forum Leaders Meeting" is the "53rd Pacific Islands Forum".
    .replace(/(?<=\S (?:forum|dialogue)) leader meeting$/, '');
  if (SERIES_ALIASES[series]) return SERIES_ALIASES[series];
  // "the 79th session of the General Assembly" is the 79th General Assembly, UNGA79.
  return series.endsWith(' session') && SESSION_NUMBERED.has(series.slice(0, -8)) ? series.slice(0, -8) : series;
}

/** Series known by two names: the "28th UN Climate Change Conference" is COP28. */
const SERIES_ALIASES: Record<string, string> = {
  'climate change conference': 'conference of parties', 'climate conference': 'conference of parties',
  'united nations climate change conference': 'conference of parties', 'united nations climate conference': 'conference of parties',
  // The Gulf Cooperation Council's summit is the "Gulf summit".
  'gulf summit': 'gcc summit',
};

/** Acronyms of ruling parties that number their congresses. */
const PARTY_ACRONYMS = new Set(['cpc', 'ccp', 'cpv', 'cpsu', 'lprp', 'wpk']);

/** Plural meeting heads, for two numbered meetings named together. */
const SINGULAR_HEADS: Record<string, string> = { summits: 'summit', conferences: 'conference' };

/** Bodies whose sessions are numbered as the body itself: "UNGA79", "COP29", "the 77th World Health Assembly". */
const SESSION_NUMBERED = new Set([...NUMBERED_MEETING_ACRONYMS.values()].map((full) => foldWords(full).filter((w) => w !== 'the').join(' ')));

// "Upcoming" and "next" are left out: in an article written before the meeting, "the
// upcoming SCM" is the very meeting the article is about.
const OTHER_OCCASION = /^(?:last|previous|preceding|past|prior|earlier|every|each|first|inaugural|former)$/i;

/** "last year's SCM", "the previous SCM", "next year's meeting": another occasion of the series. */
function otherOccasionBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const w = tokens[k].text;
    if (OTHER_OCCASION.test(w) || /^(?:19|20)\d\d$/.test(w)) return true;
    if (/^(?:year|years|month|week)$/i.test(w)) return !/^this$/i.test(tokens[k - 1]?.text ?? '');
    if (!(tokens[k].possessive || /^(?:the|this|a|an|annual)$/i.test(w))) return false;
  }
  return false;
}

/** "this year's G7 summit": the meeting of the year the article is written in (see analyzeArticle). */
function thisYearBefore(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 3 && (tokens[k].possessive || /^(?:annual|the)$/i.test(tokens[k].text))) k--;
  return /^year$/i.test(tokens[k]?.text ?? '') && /^this$/i.test(tokens[k - 1]?.text ?? '') && !!tokens[k + 1]?.possessive;
}

/** Words between "former" and the title it marks: "former party Secretary General". */
const BEFORE_TITLE = new Set(['the', 'a', 'an', '-', 'then', 'party', 'ruling', 'governing', 'opposition', 'cabinet', 'government']);

/** Reads the lower-case marker before a title: "former", "then-", "acting". */
function statusBefore(tokens: Token[], i: number): TitleStatus {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const w = tokens[k].text.toLowerCase();
    if (PAST_MARKERS.has(w)) return 'past';
    if (ACTING_MARKERS.has(w)) return 'acting';
    if (!BEFORE_TITLE.has(w)) break;
  }
  return 'current';
}

interface Chunk {
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

export function recognizeBlock(text: string, blockSpan: Span, kind: BlockKind, firstSentence: number): BlockMentions {
  const tokens = tokenize(text, blockSpan.start, blockSpan.end);
  const sents = sentences(tokens);
  // Only headlines and captions are written in Title Case; a short body sentence full of names
  // ("Doctors Without Borders President Christos Christou said so") is not.
  const subheading = kind === 'body' && isSubheading(text, blockSpan) && inTitleCase(tokens);
  const out: BlockMentions = { mentions: [], candidates: [], sentenceSpans: [], titleCase: ((kind === 'headline' || kind === 'caption') && inTitleCase(tokens)) || subheading, subheading };
  let sIndex = firstSentence;
  for (const s of sents) {
    if (!s.length) continue;
    out.sentenceSpans.push({ start: s[0].start, end: s[s.length - 1].end });
    recognizeSentence(text, withoutNicknames(s), kind, sIndex++, out);
  }
  return out;
}

const NICKNAME_OPEN = new Set(['"', '“', '‘', "'"]);
const NICKNAME_CLOSE = new Set(['"', '”', '’', "'"]);

/**
 * The sentence's tokens without a nickname quoted inside a name: in 'Joko "Jokowi" Widodo'
 * and 'Luis "Toto" Caputo' the name is "Joko Widodo", "Luis Caputo" (its span still covers
 * the nickname). One or two capitalised words between quotes, name words on both sides.
 */
function withoutNicknames(toks: Token[]): Token[] {
  let out: Token[] | undefined;
  let copied = 0; // tokens before this one are in `out` or dropped
  for (let i = 1; i + 3 < toks.length; i++) {
    if (!NICKNAME_OPEN.has(toks[i].text) || !nameSide(toks[i - 1])) continue;
    let close = i + 1;
    while (close < i + 3 && isCap(toks[close]) && toks[close].word) close++;
    if (close === i + 1 || !NICKNAME_CLOSE.has(toks[close].text) || !nameSide(toks[close + 1])) continue;
    out ??= [];
    for (let k = copied; k < i; k++) out.push(toks[k]);
    // The word after it carries the nickname, a short form of the name ("Jokowi" later on).
    out.push({ ...toks[close + 1], nickname: toks.slice(i + 1, close).map((t) => t.text).join(' ') });
    copied = close + 2;
    i = close + 1;
  }
  if (!out) return toks;
  for (let k = copied; k < toks.length; k++) out.push(toks[k]);
  return out;
}

function nameSide(t: Token | undefined): boolean {
  return !!t && t.word && isCap(t) && nameWordOk(t.text) && !STOPWORDS.has(t.text);
}

/** One short line that ends in no sentence's punctuation: a subheading inside the body. */
function isSubheading(text: string, span: Span): boolean {
  if (span.end - span.start > 120) return false;
  const line = text.slice(span.start, span.end);
  return !line.includes('\n') && !/[.,;:!"”’)]\s*$/.test(line);
}

/** A line of at most this many characters, under one twice as long, is a line of its own. */
const SHORT_LINE = 50;

/**
 * Is the line of `before` a line of its own ("The Yomiuri Shimbun" over a caption), not one
 * of a hard-wrapped paragraph, whose lines are about as long as each other? A name goes on
 * across the break of a wrapped line only.
 */
function afterShortLine(text: string, before: Token, at: Token): boolean {
  if (!at.afterBreak) return false;
  const lineEnd = text.indexOf('\n', before.end);
  if (lineEnd < 0) return false;
  const length = lineEnd - (text.lastIndexOf('\n', before.start) + 1);
  if (length > SHORT_LINE) return false;
  const nextEnd = text.indexOf('\n', at.start);
  return (nextEnd < 0 ? text.length : nextEnd) - at.start > 2 * length;
}

/**
 * Does a second name start on a new line at `j`? "… with Russian President Vladimir Putin" and a
 * caption's "Maria Lvova-Belova, …" on the next line: a given name after the break, and a name
 * opened by a given name before it. A name wrapped across lines ("Vladimir\nPutin") goes on.
 */
function nameAfterName(toks: Token[], i: number, j: number): boolean {
  if (!toks[j].afterBreak || !GIVEN_NAMES.has(foldText(toks[j].text))) return false;
  for (let k = j - 2; k >= i && k >= j - 3; k--) if (GIVEN_NAMES.has(foldText(toks[k].text))) return true;
  return false;
}

/** "THIS IS A BREAKING NEWS UPDATE": in a sentence shouted in capitals, capitals say nothing. */
function shouted(toks: Token[]): boolean {
  let words = 0;
  for (const t of toks) {
    if (!t.word || t.text.length < 2 || !/\p{L}/u.test(t.text)) continue;
    if (t.text !== t.text.toUpperCase()) return false;
    words++;
  }
  return words >= 4;
}

function recognizeSentence(text: string, toks: Token[], block: BlockKind, sentence: number, out: BlockMentions): void {
  if (shouted(toks)) return;
  let i = 0;
  let bracket = 0;
  while (i < toks.length) {
    const t = toks[i];
    if (t.text === '[') bracket++;
    if (t.text === ']') bracket = Math.max(0, bracket - 1);
    // Bracketed credits ("[MINISTRY OF NATIONAL DEFENSE]") are not running text.
    if (bracket > 0 || !isCap(t)) {
      i++;
      continue;
    }
    let j = i + 1;
    let toAt = -1;
    while (j < toks.length) {
      if (afterShortLine(text, toks[j - 1], toks[j]) || nameAfterName(toks, i, j)) break;
      if (isCap(toks[j])) {
        j++;
        continue;
      }
      const listEnd = toks[j].text === ',' || toks[j].text === 'and' ? portfolioListEnd(toks, i, j) : -1;
      if (listEnd > j) j = listEnd;
      else if (toks[j].text === 'and' && (andContinuesOrg(toks, i, j) || andItsNon(toks, j))) j += 2;
      // "apologizes to Congress for July global tech outage": a month after "for" or "of" is a date's.
      else if (toks[j].word && CONNECTORS.has(toks[j].text) && isCap(toks[j + 1]) && !MONTHS_AND_DAYS.has(foldText(toks[j + 1].text))) j += 2;
      else if (numberParticle(toks, j)) j += 2;
      else if (toks[j].text === 'of' && toks[j + 1]?.text === 'the' && isCap(toks[j + 2])) j += 3;
      else if (toks[j].text === 'to' && OFFICES_TO.has(titleWord(toks[j - 1].text))) {
        // "Ambassador to the UN Mike Waltz", "Envoy to South Korea X": the post's place is part of the title.
        const at = toks[j + 1]?.text === 'the' ? j + 2 : j + 1;
        if (!isCap(toks[at])) break;
        toAt = j;
        j = at + 1;
      } else {
        // "André Corrêa do Lago", "Ursula von der Leyen": particles between name words only
        // ("Why do Koreans" is no name).
        const past = particlesEnd(toks, j);
        if (!past) break;
        j = past;
      }
    }
    // "the 15th BRICS summit", "the NATO summit in Vilnius": news write the head of a summit's
    // name in lower case as often as not.
    if (toks[j]?.text === 'summit' && j - i <= 6 && summitHost(toks[j - 1])) j++;
    // "the Ambassador to Oman, Ana Escrogima": with no name after it, the place is a mention of its own.
    if (toAt >= 0) {
      const from = toks[toAt + 1].text === 'the' ? toAt + 2 : toAt + 1;
      if (isPlacePhrase(toks.slice(from, j).map((t) => t.text))) j = toAt;
    }
    readChunk(text, toks, i, j, block, sentence, out);
    i = j;
  }
}

/**
 * Who holds a summit, as the word before a lower-case "summit" shows: a bloc ("NATO", "G20"),
 * a body ("African Union"), a place ("Vilnius") or the two sides ("Biden-Xi", "Russia-Africa").
 * Not a person alone ("President Biden summit plans").
 */
function summitHost(t: Token): boolean {
  // A country alone names no series ("the U.S.-China summit" is read as "China").
  if (t.possessive || !t.word || isNationality(t.text)) return false;
  return /^[\p{Lu}\d&]{2,}$/u.test(t.text) || KNOWN_ORGS.has(t.text.toUpperCase()) || /\p{L}[-‐]\p{Lu}/u.test(t.text) || PLACES.has(t.text) || ORG_HEADS.has(foldText(t.text));
}

/** Capitalised words that are stop words alone but part of a title: "Deputy Prime Minister". */
const TITLE_MODIFIERS = new Set(['first', 'deputy', 'assistant', 'senior', 'vice', 'principal']);

/** Is there an office head in the next few words ("Deputy Prime Minister", "First Vice Foreign Minister")? */
function modifiesOffice(toks: Token[], k: number, to: number): boolean {
  for (let n = 0; k < to && n < 6; k++, n++) if (isOfficeHead([toks[k].text], 0)) return true;
  return false;
}

/**
 * Stop words that also begin proper names: "New" in "New York" or "New Development Bank",
 * "People" in "People Power Party", "High" in "High Court". Kept when the rest makes a known
 * place or an organisation.
 */
const NAME_STARTING_STOPWORDS = new Set(['new', 'people', 'high']);

function startsName(toks: Token[], k: number, to: number, lw: string): boolean {
  if (!NAME_STARTING_STOPWORDS.has(lw) || k + 1 >= to || !toks[k + 1].cap) return false;
  if (MULTIWORD_PLACES.has(`${lw} ${foldText(toks[k + 1].text)}`)) return true;
  // "New Development Bank President Dilma Rousseff": the organisation ends a few words on.
  for (let j = k + 1; j < Math.min(to, k + 5); j++) if (ORG_HEADS.has(foldText(toks[j].text))) return true;
  return false;
}

/**
 * Verbs that open a post or a caption before a title: "Met Pope Francis on the sidelines",
 * "Introducing President Zelensky". A closed list: an open rule for "-ing" took "Kunming
 * Mayor" and "Banking Minister" apart.
 */
/** Leading -ing words that are also nouns before a name ("Meeting Street", "Greeting Cards"). */
const MEETING_VERBS = new Set(['meeting', 'greeting', 'hosting', 'joining', 'featuring', 'presenting']);

const LEADING_VERBS = new Set([
  'met', 'meets', 'meeting', 'told', 'thanked', 'thanking', 'welcomed', 'welcomes', 'welcoming', 'congratulated', 'congratulating',
  'called', 'urged', 'invited', 'inviting', 'hosted', 'hosting', 'greeted', 'greeting', 'visited', 'joined', 'joining',
  'introducing', 'featuring', 'honoring', 'honouring', 'remembering', 'receiving', 'presenting', 'accompanying', 'calling', 'praising',
  'replacing', 'succeeding', 'appointing', 'naming', 'nominating', 'sacking', 'firing', 'dismissing', 'criticising', 'criticizing', 'quoting', 'citing',
]);

/** Where a sentence or a quotation opens: the only places a caption's verb stands first. */
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '—', '–', ':', '-']);

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

/** A title's plural ("Ministers"): a title for several people, no name and no one's title. */
function isPluralTitle(word: string): boolean {
  if (word.length <= 4 || !/s$/i.test(word) || isOfficeHead([word], 0)) return false;
  return isOfficeHead([word.slice(0, -1)], 0) || (/ies$/i.test(word) && isOfficeHead([word.slice(0, -3) + 'y'], 0)); // "Secretaries"
}

/** "Cabinet Secretary", "Cabinet Minister": "cabinet" before an office is part of the office, no body's name. */
function cabinetOffice(words: string[], k: number): boolean {
  return foldText(words[k]) === 'cabinet' && k + 1 < words.length && (isOfficeHead(words, k + 1) || isPluralTitle(words[k + 1]));
}

/**
 * Does a title for several start at `from`, its names after it: "Presidents Joseph Biden …",
 * "Presidents Xi and Putin" (one name, then "and" and the next), "Prime Ministers Kishida and Yoon"?
 */
/** After a plural title at `j`, "of" and a place with two name words or more after it: where the place ends, or -1. */
function pluralOfPlaceEnd(toks: Token[], j: number, to: number): number {
  if (!isPluralTitle(toks[j].text) || toks[j + 1]?.text !== 'of') return -1;
  const k = toks[j + 2]?.text === 'the' ? j + 3 : j + 2;
  for (let m = k + 1; m <= Math.min(k + 3, to - 2); m++) {
    if (isPlacePhrase(toks.slice(k, m).map((t) => t.text)) && toks.slice(m, to).every((t) => nameWordOk(t.text))) return m;
  }
  return -1;
}

function pluralTitleAt(toks: Token[], from: number, to: number): boolean {
  for (let j = from; j < Math.min(to - 1, from + 3); j++) {
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

/** Are the words after `from` (two or more, up to `to`) all name words? */
function nameFollows(toks: Token[], from: number, to: number): boolean {
  return to - from >= 3 && toks.slice(from + 1, to).every((t) => nameWordOk(t.text)) && !PROGRAMME_HEADS.has(foldText(toks[to - 1].text));
}

function readChunk(text: string, toks: Token[], from: number, to: number, block: BlockKind, sentence: number, out: BlockMentions): void {
  let status = statusBefore(toks, from);
  let firstStart = toks[from].start;
  let firstText = toks[from].text;
  const prefixed = /^(then|ex|former)[-‐](.+)$/i.exec(firstText);
  if (prefixed) {
    status = 'past';
    firstStart += firstText.length - prefixed[2].length;
    firstText = prefixed[2];
  }
  // Sentence-initial "Former"/"Acting" and stop words are not part of the name.
  let stripped = false;
  let personCue = false;
  while (from < to) {
    const bare = firstText.replace(/\.$/, '');
    const lw = bare.toLowerCase();
    const keepsTitle = TITLE_MODIFIERS.has(lw) && modifiesOffice(toks, from + 1, to);
    if (PAST_MARKERS.has(lw)) status = 'past';
    else if (ACTING_MARKERS.has(lw)) status = 'acting';
    else if (DEMONYM_NOUNS.test(lw) && from + 1 < to && nameWordOk(toks[from + 1].text)) {
      // "the Englishman Southgate", "Frenchman Didier Deschamps": one of a people, then the name.
      personCue = true;
    } else if ((lw === 'advocate' || lw === 'adv') && nameFollows(toks, from, to)) {
      // "the inauguration of Advocate Duma Boko": an advocate's style in southern Africa and
      // South Asia, like "Dr"; it is no office ("Advocate General" is, see GENERAL_AS_OFFICE).
      personCue = true;
    } else if (lw === 'incumbent' && from + 1 < to) {
      // "Incumbent European Commission President Ursula von der Leyen": the one now in office.
    }
    else if ((lw === 'ten' || lw === 'ter') && to - from === 2 && nameWordOk(toks[from + 1].text) && !/s$/.test(toks[from + 1].text)) {
      // "Ten Hag said": the Dutch particle of a surname, not the number (resolveShortNames).
      break;
    } else if (bare === 'To' && vietnameseTo(toks, from, to)) {
      // "elected To Lam the General Secretary": the Vietnamese family name Tô, not the preposition.
      break;
    } else if (stripped && !toks[from].cap && STOPWORDS.has(bare.charAt(0).toUpperCase() + bare.slice(1))) {
      // A lower-case joiner left at the front ("of Talks" once "Top" is gone) starts nothing.
    } else if ((lw === 'pm' || lw === 'am') && from > 0 && /^\d{1,2}(?:[:.]\d\d)?$/.test(toks[from - 1].text)) {
      // "at 3 PM Kim said": a time, not the Prime Minister.
    } else if (partsPhrase(lw, out) && from + 1 < to) {
      // "…, Says CEO Satya Nadella" in a Title Case headline: the verb opens no name.
    } else if (leadingVerb(toks, from, to, lw)) {
      // "Introducing President Zelensky, Biden said": the verb is not part of the title.
    } else if (PERSON_NOUNS.has(lw) && !isOfficeHead([bare], 0) && (from === 0 || OPENERS.has(toks[from - 1].text)) && nameFollows(toks, from, to)) {
      // "Novelist Sayed Kashua said": the noun says who, it is no name.
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
    } else if (CREEDS.has(lw) && nameFollows(toks, from, to)) {
      // "Marxist Anura Kumara Dissanayake": a creed, then the name; parties have creeds too.
    } else if (isNationality(lw) && nameFollows(toks, from, to) && !KNOWN_ORGS.has(toks.slice(from + 1, to).map((t) => t.text).join(' ')) &&
      !initialsSpell(acronymAfter(toks, to), toks.slice(from, to).map((t) => t.text))) {
      // (Not "the African Risk Capacity (ARC)": its acronym spells the nationality too, a body's name.)
      // "British-Israeli Emily Damari", "Korean-American Young Kim": a nationality, then the name
      // (not "Lebanese Red Cross", a body of its own). "The Italian Jannik Sinner": one of a people.
      if (toks[from - 1]?.text.toLowerCase() === 'the' && /^\p{Lu}\p{Ll}+$/u.test(bare)) personCue = true;
    } else if (!STOPWORDS.has(bare) || keepsTitle || isOfficeHead([bare], 0) || isRankHead([bare], 0) || startsName(toks, from, to, lw)) break;
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

/** "Pennsylvania-based", "Iran-backed", "Hamas-run": who is behind a name, no part of it. */
const BASED = /[-‐](?:based|headquartered|backed|led|run|linked|owned|allied|affiliated|funded|sponsored|brokered|born|friendly|aligned|leaning|controlled|dominated)$/;

/** ", Inc.", ", Corp." and the like after a chunk: it ends in a company's name. */
function companySuffixAfter(toks: Token[], at: number): boolean {
  return toks[at]?.text === ',' && /^(?:Inc|Corp|Ltd|LLC|plc|PLC|Co|AG|SA|NV|GmbH|LP)\.?$/.test(toks[at + 1]?.text ?? '');
}

/** Words as written: "Trade, Industry and Energy", not "Trade , Industry and Energy". */
function joinWords(words: string[]): string {
  return words.join(' ').replace(/ ,/g, ',');
}

function wordsOf(toks: Token[], c: Chunk, from = c.from, to = c.to): string[] {
  const ws: string[] = [];
  for (let k = from; k < to; k++) ws.push(k === c.from ? c.firstText : toks[k].text);
  return ws;
}

/** Lower-case nouns that make the name after them a body's: "fighting group Hayat Tahrir al-Sham", "pager firm Gold Apollo". */
const BODY_KIND_NOUNS = new Set([...COMPANY_NOUNS, 'group', 'platform', 'party', 'force', 'forces', 'coalition', 'alliance', 'movement', 'network', 'militia', 'faction', 'organisation', 'organization', 'agency', 'bloc']);
/** Nouns for a business that are also people's jobs: "producer Emma Thomas", "developer John Carmack". */
const OCCUPATIONS_TOO = new Set(['producer', 'developer', 'operator', 'broadcaster', 'distributor', 'exporter', 'importer', 'supplier']);
/** Lower-case nouns for a body before its name; a club or a team is also where someone plays ("club Lionel Messi joined"). */
const BODY_NOUNS = new Set([...BODY_KIND_NOUNS, 'club', 'team']);

/** Does `acr` spell the initials of `words` ("HTS", "Hayat Tahrir al-Sham"; an Arabic article counts for nothing)? */
function initialsSpell(acr: string | undefined, words: string[]): boolean {
  return !!acr && words.map((w) => foldText(w).replace(/^(?:al|el|ad|an|ar|as|ash|at|az)[-‐]/, '').charAt(0)).join('') === acr.toLowerCase();
}

/** How a dignitary is addressed, never part of their title: "His Holiness", "Her Royal Highness". */
const STYLES = new Set(['holiness', 'majesty', 'highness', 'royal', 'eminence', 'excellency', 'beatitude']);

function chunkSpan(toks: Token[], c: Chunk, from: number, to: number): Span {
  return { start: from === c.from ? c.firstStart : toks[from].start, end: toks[to - 1].end };
}

function acronymAfter(toks: Token[], to: number): string | undefined {
  if (toks[to]?.text === '(' && toks[to + 2]?.text === ')' && toks[to + 1].word && ACRONYM.test(toks[to + 1].text)) return toks[to + 1].text;
  return undefined;
}

/** Do the words before `k` end in a person's name: two name words, or one after a title ("Sen. Collins")? */
function namedBefore(words: string[], k: number): boolean {
  let j = k;
  while (j > 0 && nameWordOk(words[j - 1])) j--;
  if (k - j >= 2) return true;
  return k - j === 1 && j > 0 && (isOfficeHead(words, j - 1) || isRankHead(words, j - 1) || isHonorific(words[j - 1]));
}

/**
 * Does a chunk stand where a description of someone just named does: after a person's name
 * and a comma, or after a role and "and"?
 */
function describesNamed(toks: Token[], from: number, out: BlockMentions): boolean {
  const prev = toks[from - 1]?.text;
  if (prev === 'and') return ROLE_WORDS.has(toks[from - 2]?.text.toLowerCase() ?? '');
  if (prev !== ',' || from < 2) return false;
  const end = toks[from - 2].end;
  const named = (ms: RawMention[]) => ms.length > 0 && ms[ms.length - 1].kind === 'person' && ms[ms.length - 1].span.end === end;
  return named(out.mentions) || named(out.candidates);
}

/** "Judge Lewis A. Kaplan": an initial between name words is a middle name's, even one that looks like "A". */
function middleInitial(words: string[], k: number, nameWordsAfter: number): boolean {
  // "George H.W. Bush": two initials written together, but not a country's ("U.S.").
  const initials = LONE_INITIAL.test(words[k]) || (JOINED_INITIALS.test(words[k]) && !isNationality(words[k]));
  return nameWordsAfter > 0 && k > 0 && initials && nameWordOk(words[k - 1]);
}

const JOINED_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;

/** "Vice President JD Vance": two capitals between a title and a name are initials, not an acronym. */
function initialsAfterTitle(words: string[], k: number, nameWordsAfter: number): boolean {
  // "Sen. JD Vance", "Sen. J.D. Vance" (not "U.S.": a nationality).
  if (!/^(?:\p{Lu}{2}|\p{Lu}\.\p{Lu}\.?)$/u.test(words[k]) || nameWordsAfter === 0 || isNationality(words[k])) return false;
  return k > 0 && (isOfficeHead(words, k - 1) || isRankHead(words, k - 1));
}

function isPlacePhrase(words: string[]): boolean {
  return (words.length === 1 && PLACES.has(words[0])) || MULTIWORD_PLACES.has(foldText(words.join(' ')));
}

/** Do the capitalised words from `k` on (up to three) name a place? */
function placeAfter(toks: Token[], k: number): boolean {
  const words: string[] = [];
  for (let j = k; j < toks.length && j < k + 3 && isCap(toks[j]); j++) words.push(toks[j].text);
  return words.length > 0 && isPlacePhrase(words);
}

/** Words a title does not end with: a cut-off ", chief market analyst at trading platform IG". */
const TITLE_TAIL_JOINERS = new Set(['at', 'of', 'for', 'in', 'with', 'to', 'on', 'from', 'by', 'and', 'the']);

/**
 * Is a word from another list (a place, a month) part of a personal name here? A place as a
 * given name before name words ("Chad Wolf") or as a surname after one ("Jim Jordan"); a
 * month as a surname last in the phrase ("Theresa May").
 */
function listedWordInName(words: string[], k: number, nameWordsAfter: number, numberAfter: boolean): boolean {
  if (MONTH_SURNAMES.has(words[k])) return !numberAfter && k === words.length - 1 && k > 0 && nameWordOk(words[k - 1]);
  if (!NAME_PLACES.has(words[k])) return false;
  return nameWordsAfter > 0 || (k > 0 && nameWordOk(words[k - 1]));
}

/**
 * "Director Michael Bay", "Sen. Faith Hill": a place's head word last, after a title and a
 * given name, is a surname (alone, "Michael Bay" may still be a bay).
 */
function placeWordAsSurname(words: string[], k: number): boolean {
  return k === words.length - 1 && k >= 2 && PLACE_HEADS.has(foldText(words[k])) && GIVEN_NAMES.has(foldText(words[k - 1])) && endsTitle(words[k - 2]);
}

/** Head words of bodies' names that are also surnames: "Brian Steel", "Emily Post". */
const SURNAME_HEADS = new Set(['steel', 'post', 'house', 'court', 'bank']);

/**
 * "attorney Brian Steel", "Gary House": such a head word last, right after a given name, is a
 * surname, unless "the" makes the two a body ("the Christian Post").
 */
function headWordAsSurname(toks: Token[], c: Chunk, words: string[], k: number): boolean {
  if (k !== words.length - 1 || k < 1 || !SURNAME_HEADS.has(foldText(words[k])) || !GIVEN_NAMES.has(foldText(words[k - 1]))) return false;
  return !/^the$/i.test(toks[c.from - 1]?.text ?? '') && !/^the$/i.test(words[k - 2] ?? '');
}

/** Words after which two capitalised words are what a title is of, not a person's name. */
const LIST_BREAKERS = new Set(['of', 'to', 'for', 'from', 'under', 'at', 'in', 'with']);

/** A whole name written as one word with a linking particle: "Waqar-uz-Zaman", "Zia-ul-Haq". */
const JOINED_NAME = /^\p{Lu}\p{Ll}+[-‐][uU][lzsdrn][-‐]\p{Lu}\p{Ll}+$/u;

/** Months that are also surnames; never when a day number follows ("Kim May 5" is a date). */
const MONTH_SURNAMES = new Set(['May', 'June', 'April', 'August']);

/** Is the chunk all inside the title read after the name before it? */
function withinTitle(toks: Token[], c: Chunk, out: BlockMentions): boolean {
  return out.titleUntil !== undefined && toks[c.from].start < out.titleUntil && toks[c.to - 1].end <= out.titleUntil;
}

const PM_SCHEME_WORDS = new Set(['kisan', 'awas', 'yojana', 'abhiyan', 'nidhi', 'cares', 'scheme', 'mission', 'ujjwala', 'vishwakarma', 'svanidhi', 'poshan', 'surya', 'garib', 'kalyan', 'vidyalaxmi', 'internship',
  'schools', 'mitra', 'krishi', 'dhan', 'gati', 'shakti', 'parks', 'mega', 'textile', 'fund', 'package']);

/** Reads a chunk as two phrases: its words up to `end`, and those from `resume` on. */
function readSplit(r: Reading, end: number, resume: number): true {
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
function partsPhrase(word: string, out: BlockMentions): boolean {
  const lw = word.toLowerCase();
  return (lw !== 'said' && SPEECH_VERBS.has(lw)) || HEADLINE_VERBS.has(lw) || (!!out.titleCase && TITLE_CASE_JOINERS.has(lw));
}

/**
 * Most longer words capitalised, as in a Title Case headline or caption ("Nippon Steel
 * Completes Acquisition of U.S. Steel"); a short one has them all ("Zelensky At Davos Summit").
 */
function inTitleCase(toks: Token[]): boolean {
  let long = 0;
  let caps = 0;
  for (const t of toks) {
    if (!t.word || t.text.length < 4) continue;
    long++;
    if (t.cap) caps++;
  }
  return long >= 4 ? caps / long >= 0.8 : long >= 2 && caps === long;
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

/**
 * Where a person's name starts after a body's or a region's name ("Parliament | Nabih Berri",
 * "Middle East | Steve Witkoff"): two or three name words after a head word; 0 when not so.
 */
function bodyThenName(words: string[]): number {
  const n = words.length;
  for (const names of [2, 3]) {
    const at = n - names;
    if (at < 1) continue;
    const head = foldText(words[at - 1]).replace(/\.$/, '');
    const before = foldText(words.slice(0, at).join(' '));
    if (!ORG_HEADS.has(head) && !MULTIWORD_PLACES.has(before) && !endsInPlaceOfBody(words, at)) continue;
    const rest = words.slice(at);
    const last = foldText(rest[names - 1]);
    // "the House of Representatives KP Sharma Oli": initials may open the name.
    const nameWord = (w: string, k: number) => (nameWordOk(w) || (k === 0 && names === 3 && INITIALS.test(w))) && !ORG_HEADS.has(foldText(w)) && !PLACES.has(w);
    if (rest.every(nameWord) && !PLACE_HEADS.has(last) && !VENUE_WORDS.has(last)) return at;
  }
  return 0;
}

/** Who a body is of, ending its name: the "House of Representatives", the "Council of Ministers". */
const BODY_OF_MEMBERS = new Set(['representatives', 'deputies', 'ministers', 'governors', 'commons', 'lords', 'appeals', 'directors', 'trustees', 'delegates']);

/**
 * "Ecological Party of Uzbekistan", "House of Representatives": a body's name that ends in the
 * place it is of, or in its members.
 */
function endsInPlaceOfBody(words: string[], at: number): boolean {
  const of = words.lastIndexOf('of', at - 1);
  if (of < 1 || at - of > 3 || !ORG_HEADS.has(foldText(words[of - 1]))) return false;
  const place = words.slice(of + 1, at).join(' ');
  return PLACES.has(place) || MULTIWORD_PLACES.has(foldText(place)) || (at - of === 2 && BODY_OF_MEMBERS.has(foldText(words[of + 1])));
}

const ROMAN = /^(?=[IVXL])(XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

/** The value of a Roman numeral from II to LXXXIX in capitals ("I" alone is a pronoun). */
function romanNumeral(w: string): number | undefined {
  if (w.length < 2 || !ROMAN.test(w)) return undefined;
  let v = 0;
  for (let i = 0; i < w.length; i++) {
    const cur = ROMAN_VALUES[w[i]];
    v += cur < (ROMAN_VALUES[w[i + 1]] ?? 0) ? -cur : cur;
  }
  return v;
}

/** The ordinal a few words before a meeting's name ("the 47th annual …"), and where it starts. */
/** Owners that count a person's occasions: "her first Olympic Games". */
const PERSONAL_OWNERS = new Set(['my', 'your', 'his', 'her', 'our']);

function ordinalBefore(toks: Token[], from: number): { ordinal?: number; start?: number } {
  for (let k = from - 1; k >= 0 && k >= from - 4; k--) {
    const w = toks[k].text.toLowerCase();
    const o = ORDINAL.exec(w);
    // "her first Olympic Games", "his second G20 summit": a person's count, not the meeting's number
    // ("its 144th Session", "the party's 20th Congress" are the body's).
    if ((o || WORD_ORDINALS[w]) && PERSONAL_OWNERS.has(toks[k - 1]?.text.toLowerCase() ?? '')) return {};
    if (o || WORD_ORDINALS[w]) return { ordinal: o ? Number(o[1]) : WORD_ORDINALS[w], start: toks[k].start };
    // "the XV BRICS Summit": a Roman numeral, as Russian and Latin American outlets write it.
    const roman = romanNumeral(toks[k].text);
    if (roman) return { ordinal: roman, start: toks[k].start };
    // "the 57th U.S.-ROK Security Consultative Meeting": a country joined to the name by a hyphen.
    if (!MEETING_ADJECTIVES.has(w) && w !== '-' && !(toks[k + 1]?.text === '-' && toks[k + 1].start === toks[k].end && isNationality(toks[k].text))) break;
  }
  return {};
}

/**
 * "the 47th Association of Southeast Asian Nations (ASEAN) Summit": a body's name, its
 * acronym, then a meeting's head word. The meeting is the acronym's ("ASEAN Summit"); its
 * span is the head word, so the body keeps its own.
 */
function meetingAfterAcronym(toks: Token[], c: Chunk, block: BlockKind, sentence: number): RawMention | undefined {
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

/** The number before "and" (or a comma) that pairs with the ordinal at `ordinalStart`: "44th" in "the 44th and 45th …". */
function pairedOrdinal(toks: Token[], ordinalStart: number): { ordinal: number; span: Span } | undefined {
  let k = toks.length - 1;
  while (k >= 0 && toks[k].start > ordinalStart) k--;
  if (toks[k]?.start !== ordinalStart || !['and', '&', ','].includes(toks[k - 1]?.text ?? '')) return undefined;
  const t = toks[k - 2];
  const o = t && (ORDINAL.exec(t.text)?.[1] ?? WORD_ORDINALS[t.text.toLowerCase()]);
  return o ? { ordinal: Number(o), span: { start: t.start, end: t.end } } : undefined;
}

/** A meeting of a series, keyed with its number when it has one. */
function meetingMention(span: Span, fullSpan: Span, text: string, series: string, ordinal: number | undefined, block: BlockKind, sentence: number): RawMention {
  return { kind: 'meeting', span, fullSpan, text, key: meetingKey(series, ordinal), form: 'full', series, ordinal, block, sentence, titles: [] };
}

export function meetingKey(series: string, ordinal: number | undefined, yearEdition = false): string {
  return 'meeting:' + series + (ordinal === undefined ? '' : (yearEdition ? '~' : '#') + ordinal);
}

const YEAR = /^(?:19[5-9]\d|20\d\d)$/;

/** Words that many bodies' meetings share: "the 2023 Legislative Session" may be any state's. */
const GENERIC_SERIES_WORDS = new Set([...COMMON_CAPS, ...ORG_NAME_WORDS, ...MEETING_HEADS, ...MEETING_ADJECTIVES,
  ...`legislative assembly council board shareholders leader peace regional city annual`.split(' ')]);

/** Does a series' name say whose meetings they are ("nato summit", "munich security conference"), so that a year names one? */
function namesOneSeries(series: string): boolean {
  return series.split(' ').some((w) => !GENERIC_SERIES_WORDS.has(w));
}

/**
 * A year that names one meeting of a yearly series, the way an ordinal does: "the 2025 NATO
 * summit" (after "the" only: "in 2025 NATO summits" counts years), or "G20 Summit 2024" right
 * after the name on its line (`end` is where the name ends, or -1 when more of it follows).
 */
function yearOfMeeting(toks: Token[], from: number, end: number): { year: number; start?: number; end?: number } | undefined {
  const before = toks[from - 1];
  if (before && YEAR.test(before.text) && toks[from - 2]?.text.toLowerCase() === 'the') return { year: Number(before.text), start: before.start };
  if (end < 0) return undefined;
  const after = toks[end];
  if (after && YEAR.test(after.text) && !after.afterBreak && !/^[\d%]/.test(toks[end + 1]?.text ?? '')) return { year: Number(after.text), end: after.end };
  return undefined;
}

/**
 * "The 47th summit of the Association of Southeast Asian Nations (ASEAN)": a numbered meeting
 * written in lower case before the body that holds it. Named and keyed like "47th ASEAN Summit".
 */
function numberedMeetingOf(toks: Token[], c: Chunk, words: string[], block: BlockKind, sentence: number): RawMention | undefined {
  let of = c.from - 1;
  if (toks[of]?.text === 'the') of--;
  const head = toks[of - 1];
  if (toks[of]?.text !== 'of' || !head || head.cap || !MEETING_HEADS.has(head.text)) return undefined;
  const { ordinal, start } = ordinalBefore(toks, of - 1);
  if (ordinal === undefined) return undefined;
  const headName = head.text.charAt(0).toUpperCase() + head.text.slice(1);
  const acr = acronymAfter(toks, c.to);
  const name = [...(acr ? [acr] : words), headName];
  const series = seriesKey(name);
  if (!series) return undefined;
  // The name runs on past the head word to the body's: a date after it is linked from there.
  return meetingMention({ start: head.start, end: head.end }, { start: start!, end: toks[c.to - 1].end }, joinWords(name), series, ordinal, block, sentence);
}

/** Plural names of a party's members that end a party's name: "Free Democrats". */
const PARTY_MEMBERS = new Set(['democrats', 'republicans', 'socialists', 'conservatives', 'liberals', 'greens', 'communists', 'progressives', 'libertarians']);

/** Words of award categories after "Best": "Best Picture", "Best Supporting Actress". */
const AWARD_CATEGORY_WORDS = new Set(`picture film actor actress director screenplay song score editing cinematography documentary
  animated feature supporting original adapted international costume makeup sound effects production design album record
  artist performance series drama comedy musical play player goalkeeper newcomer`.split(/\s+/));

/** What a country calls itself before "of": "Republic of the Philippines Navy" names no one. */
const STATE_WORDS = new Set(['republic', 'kingdom', 'commonwealth', 'federation', 'sultanate', 'emirate', 'principality', 'state', 'states', 'people']);

/** "COP29", "Cop29", "WHA77": a session numbered after its meeting's acronym. */
const NUMBERED_ACRONYM = /^(\p{Lu}\p{L}{1,4})[-‐]?(\d{1,3})$/u;

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

/** One chunk being read, and what each step of reading it looks at. */
interface Reading {
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
function readChunkBody(text: string, toks: Token[], c: Chunk, block: BlockKind, sentence: number, out: BlockMentions): void {
  const words = wordsOf(toks, c);
  const r: Reading = { text, toks, c, words, n: words.length, block, sentence, out, numberAfter: /^\d/.test(toks[c.to]?.text ?? '') };
  if (readNumberedSession(r) || readAround(r) || readTitledName(r) || readSurnameOfBody(r) || readOperation(r) || readMeeting(r)) return;
  const lowerWords = words.map((w) => foldText(w).replace(/\.$/, ''));
  if (readOrganization(r, lowerWords) || readPlace(r, lowerWords) || readSingleWord(r)) return;
  readBareName(r);
}

/** Reads the chunk again as another chunk. */
function rereadAs(r: Reading, c: Chunk): true {
  readChunkBody(r.text, r.toks, c, r.block, r.sentence, r.out);
  return true;
}

function pushMention(r: Reading, m: Omit<RawMention, 'block' | 'sentence' | 'titles'> & { titles?: RawTitle[] }): void {
  r.out.mentions.push({ block: r.block, sentence: r.sentence, titles: [], ...m });
}

/** The whole chunk as a body's name (and a meeting of it after its acronym, see meetingAfterAcronym). */
function pushOrganization(r: Reading): true {
  const { toks, c, words, block, sentence } = r;
  const s = chunkSpan(toks, c, c.from, c.to);
  pushMention(r, { kind: 'organization', span: s, fullSpan: s, text: joinWords(words), key: phraseKey('org', words.join(' ')), form: 'full', definesAcronym: acronymAfter(toks, c.to) });
  const meeting = meetingAfterAcronym(toks, c, block, sentence) ?? numberedMeetingOf(toks, c, words, block, sentence);
  if (meeting) r.out.mentions.push(meeting);
  return true;
}

/** The whole chunk as a place's name. */
function pushPlace(r: Reading): true {
  const s = chunkSpan(r.toks, r.c, r.c.from, r.c.to);
  pushMention(r, { kind: 'place', span: s, fullSpan: s, text: r.words.join(' '), key: phraseKey('place', r.words.join(' ')), form: 'full' });
  return true;
}

/** The whole chunk as a later reference to someone named in full, by `surname`. */
function pushShortReference(r: Reading, surname: string): true {
  const s = chunkSpan(r.toks, r.c, r.c.from, r.c.to);
  const personCue = SPEECH_VERBS.has(r.toks[r.c.to]?.text ?? '') || isHonorific(r.toks[r.c.from - 1]?.text ?? '');
  r.out.candidates.push({ kind: 'person', span: s, fullSpan: s, text: r.words.join(' '), key: 'short:' + foldText(surname).replace(/\.$/, ''), form: 'short', block: r.block, sentence: r.sentence, titles: [], ...(personCue ? { personCue } : {}) });
  return true;
}

/**
 * "COP29 United Nations Climate Change Conference": the numbered session is a meeting of
 * its own, and the words around it are read on their own; before a title ("COP30 President
 * André Corrêa do Lago") it is also part of that title.
 */
function readNumberedSession(r: Reading): boolean {
  const { text, toks, c, block, sentence, out } = r;
  for (let k = c.from; k < c.to; k++) {
    const numbered = numberedMeetingAt(toks, k, c.to);
    if (!numbered) continue;
    const s = { start: k === c.from ? c.firstStart : toks[k].start, end: toks[numbered.end - 1].end };
    const meeting = meetingMention(s, s, text.slice(s.start, s.end), numbered.series, numbered.ordinal, block, sentence);
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

/** Phrases run together ("… Labor Party wins", "Altman Says OpenAI Board"), and words around a name that are no part of it. */
function readAround(r: Reading): boolean {
  const { toks, c, words, n, out, numberAfter } = r;
  // "Anthony Albanese Labor Party wins": a leader's name, then the party's.
  if (n >= 4 && foldText(words[n - 1]) === 'party' && nameWordOk(words[0]) && nameWordOk(words[1]) && COMMON_CAPS.has(foldText(words[2]))) {
    return readSplit(r, c.from + 2, c.from + 2);
  }
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
  const based = lastIndex(words, (w) => BASED.test(w.toLowerCase()));
  if (based >= 0 && based < n - 1) {
    const from = c.from + based + 1;
    return rereadAs(r, { ...c, from, firstStart: toks[from].start, firstText: toks[from].text });
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
  }
  return false;
}

/** Nouns for a man or woman of a people: "Englishman", "Frenchwoman", "Dutchman". */
const DEMONYM_NOUNS = /^(?:english|french|irish|scots|scotch|welsh|dutch|cornish|manx|country)(?:man|men|woman|women)$/;

/** Role words that also name a trade: after a nationality ("English coach") they say what someone does, not a post. */
const TRADES = new Set(['coach', 'manager', 'boss', 'player', 'striker', 'editor', 'economist', 'scientist', 'negotiator', 'officer', 'detective', 'lawyer', 'attorney']);

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

/** Occasions and rooms named after "General": "General Debate", "General Assembly Hall". */
const OCCASION_NOUNS = new Set(['debate', 'debates', 'session', 'sessions', 'conference', 'meeting', 'election', 'elections', 'strike']);
const ROOM_NOUNS = new Set(['hall', 'headquarters', 'building']);

/**
 * Last words after a given name that make a thing's name: "Elliott Management", "Second Thomas
 * Shoal". (Bodies' head words, "Group", "Holdings", "Systems", are ORG_HEADS, checked before these.)
 */
const NOT_SURNAMES = new Set(['management', 'shoal', 'reef', 'fellow', 'fellowship', 'law', 'capital', 'partners', 'ventures', 'media', 'studios', 'records']);

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

/** A title and a name: "Joint Chiefs of Staff Chairman Lt. Gen. Jin Yong-sung". */
function readTitledName(r: Reading): boolean {
  const { text, toks, c, words, n, block, sentence, out, numberAfter } = r;
  let nameFrom = n;
  // "Pope Leo XIV", "King Charles III": a regnal number closes the name.
  if (n >= 3 && REGNAL.test(words[n - 1]) && nameWordOk(words[n - 2])) nameFrom--;
  // "Vice Premier He Lifeng": a surname may look like a stop word when a name follows it.
  // Particles inside a name count for nothing: "Ursula von der Leyen", "Lula da Silva".
  // A chain of "bin"/"bint"/"ibn" links a name to its fathers' and is longer: "Mohammed bin
  // Abdulrahman bin Jassim Al Thani".
  let nameWords = 0;
  let particles = 0;
  while (nameFrom > 0 && nameWords < (particles ? 6 : 4)) {
    const w = words[nameFrom - 1];
    // "Somali President Hassan Sheikh Mohamud": "Sheikh" between a given name and the last one is part of the name.
    if (nameWords >= 1 && nameFrom >= 2 && nameFrom < n && honorificInName(words, nameFrom - 1)) {
      nameWords++;
      nameFrom--;
      continue;
    }
    // "Sheikh Nawaf Al Ahmad Al Jaber Al Sabah": the Arabic article, capitalised, links a name as "al" does.
    if ((w === 'Al' || w === 'El') && nameFrom < n && nameFrom > 1 && nameWordOk(words[nameFrom - 2])) {
      particles++;
      nameFrom--;
      continue;
    }
    if (isNameParticle(w) && nameFrom < n) particles++;
    // "Prime Minister John Major": a rank word last, after a given name, is a surname.
    if (nameFrom === n && n >= 3 && isRankHead(words, n - 1) && isKnownGivenName(words[n - 2]) && nameWordOk(words[n - 2])) {
      nameWords++;
      nameFrom--;
      continue;
    }
    // "Air Chief Marshall Richard Knighton": the rank misspelt is no given name; nor is
    // "Sri" of the Malaysian "Tan Sri" ("General Tan Sri Mohammad Ab Rahman").
    if (nameFrom >= 2 && (isRankHead(words, nameFrom - 1) || honorificPairAt(words, nameFrom - 1))) break;
    // "Pope Emeritus Benedict XVI": "Emeritus" after an office is part of it.
    if (nameFrom >= 2 && TITLE_AFTERWORDS.has(foldText(w)) && isOfficeHead(words, nameFrom - 2)) break;
    if (nameWordOk(w) || (nameFrom < n && (SURNAME_FIRST.has(w) || w === 'To') && nameFrom - 1 > 0) || listedWordInName(words, nameFrom - 1, nameWords, numberAfter) || initialsAfterTitle(words, nameFrom - 1, nameWords) || middleInitial(words, nameFrom - 1, nameWords) || placeWordAsSurname(words, nameFrom - 1) || headWordAsSurname(toks, c, words, nameFrom - 1) || titleAsGivenName(words, nameFrom - 1, nameWords, nameFrom > 1 ? words[nameFrom - 2] : toks[c.from - 1]?.text) || weekdayAsGivenName(words, nameFrom - 1, nameWords)) nameWords++;
    else if (!(nameFrom < n && isNameParticle(w) && nameFrom > 1 && (nameWordOk(words[nameFrom - 2]) || isNameParticle(words[nameFrom - 2]) || (nameWords > 0 && endsTitle(words[nameFrom - 2]))))) break;
    nameFrom--;
  }
  // "Foreign Minister Amir Khan Mutaqqi", "Industry Minister Sultan Al Jaber": after a whole
  // title, a title word that is also a given name starts the name (not "Army Chief Gen Asim Munir").
  // So does one right before a family name with the Arabic article ("COP28 President Sultan
  // Al Jaber"), first in the phrase too, which is then a name alone ("Sultan al-Jaber").
  if (nameWords >= 1 && nameFrom >= 1 && nameFrom < n && GIVEN_NAMES.has(foldText(words[nameFrom - 1])) && isOfficeHead(words, nameFrom - 1) &&
    ((nameFrom >= 2 && isOfficeHead(words, nameFrom - 2)) || givenBeforeArticle(words, nameFrom - 1))) {
    nameFrom--;
    nameWords++;
  }
  // A title does not end in "of": "Chairman of Samsung Lee Jae-yong" names Lee Jae-yong, not
  // "Samsung Lee Jae-yong". A constituency after "for" ends where a given name starts: "MP for
  // Leeds West Rachel Reeves", "MP for Hartlepool Jonathan David Brash". Two name words after
  // "of" are the whole name, and the title before is not theirs ("his re-election as US
  // President of Donald Trump"), unless the second is an East Asian surname after a company
  // ("Chairman of Samsung Lee", "Chief Executive of Nvidia Huang"). Fewer words after "for" or
  // "of the" are what the title is of: "Chancellor of the Exchequer", "Chancellor of the Duchy
  // of Lancaster", "MP for Leeds West" name no one.
  const titleOf = (w: string) => w === 'of' || w === 'for';
  const ofThe = nameFrom > 1 && words[nameFrom - 1] === 'the' && titleOf(words[nameFrom - 2]);
  // "CEO of Chipotle Mexican Grill, Inc.": the words after the title are a company's name.
  // "Martin Luther King Jr.": a suffix alone after a title word is the end of a name that word is part of.
  if (nameFrom < n && (companySuffixAfter(toks, c.to) || words.slice(nameFrom).every((w) => GENERATIONAL.test(w)))) nameFrom = n;
  else if (nameFrom > 0 && (titleOf(words[nameFrom - 1]) || ofThe)) {
    const bareOf = words[nameFrom - 1] === 'of';
    const given = words[nameFrom - 1] === 'for' && nameWords >= 3 ? words.findIndex((w, k) => k > nameFrom && k < n - 1 && GIVEN_NAMES.has(foldText(w))) : -1;
    // "President of United Arab Emirates", "Prime Minister of Papua New Guinea": a place after "of" names no one.
    // "President of Sri Lanka Ranil Wickremesinghe": a place of two or three words, then the name.
    const placeWords = bareOf || ofThe ? [3, 2].find((k) => nameFrom + k < n && isPlacePhrase(words.slice(nameFrom, nameFrom + k))) : undefined;
    if (bareOf && isPlacePhrase(words.slice(nameFrom))) nameFrom = n;
    else if (placeWords) nameFrom += placeWords;
    else if (given > 0) nameFrom = given;
    // "Spokesperson for Donald Trump Karoline Leavitt", "MP for Brighton Pavilion Siân Berry".
    else if (nameWords >= 4 && words[nameFrom - 1] === 'for') nameFrom = n - 2;
    // "Stan Deal, CEO of Boeing Commercial Airplanes,", "the president and CEO of …": in a
    // description of someone just named, what the office is of runs to the end.
    else if (nameWords >= 3 && describesNamed(toks, c.from, out) && !SURNAME_FIRST.has(words[nameFrom + 1])) nameFrom = n;
    else if (nameWords >= 3) nameFrom++;
    // "Prime Minister of Israel Netanyahu", "Chairman of Samsung Lee": a place, or an East Asian
    // surname after a company, and the surname alone.
    else if (bareOf && nameWords === 2 && (PLACES.has(words[nameFrom]) || (SURNAME_FIRST.has(words[n - 1]) && !GIVEN_NAMES.has(foldText(words[nameFrom]))))) nameFrom++;
    // "Museum of Contemporary Art", "University of Modern Art": a body is of something, not
    // someone ("Chief of Staff of Keir Starmer" is an office's).
    else if (bareOf && nameWords === 2 && nameFrom >= 2 && !(ORG_HEADS.has(foldText(words[nameFrom - 2])) && !words.slice(0, nameFrom - 1).some((_, k) => isOfficeHead(words, k)))) {
      return readSplit(r, c.from + nameFrom - 1, c.from + nameFrom);
    } else nameFrom = n;
  }
  // "Foreign Minister of Saudi Arabia Faisal bin Farhan": a place's first word ("Saudi") read
  // as the end of the title takes the rest of the place with it.
  if (nameFrom > 1 && nameFrom < n) {
    const ends = [3, 2].flatMap((k) => [nameFrom - 1, nameFrom - 2].map((from) => [from, from + k]))
      .find(([from, to]) => from >= 1 && from < nameFrom && to > nameFrom && to < n && titleOf(words[from - 1]) && isPlacePhrase(words.slice(from, to)));
    if (ends) nameFrom = ends[1];
  }
  // "the CEO of JPMorgan Chase": one odd-shaped word after "of" and one name word are a
  // company's name, not a title ending in a company and a surname.
  if (nameWords === 1 && nameFrom === n - 1 && nameFrom >= 3 && words[nameFrom - 2] === 'of' && /\p{Ll}/u.test(words[nameFrom - 1]) && /\p{Lu}.*\p{Lu}/u.test(words[nameFrom - 1])) nameFrom = n;
  // "the UN General Debate", "the General Assembly Hall": a word for an occasion or a room after
  // "General" is no surname.
  // (A room only after a body's name: "Gen. Hall" is an officer.)
  if (nameWords === 1 && nameFrom === n - 1 && words.slice(0, nameFrom).some((w) => titleWord(w) === 'general')) {
    const last = foldText(words[n - 1]);
    if (OCCASION_NOUNS.has(last) || (ROOM_NOUNS.has(last) && words.slice(0, nameFrom).some((w) => ORG_HEADS.has(foldText(w))))) nameFrom = n;
  }
  // "Chairman of the Board of U. S. Steel": initials written apart are one abbreviation, not
  // the end of a title and the start of a name.
  if (nameFrom > 0 && nameFrom < n && LONE_INITIAL.test(words[nameFrom]) && LONE_INITIAL.test(words[nameFrom - 1])) nameFrom = n;
  // "MP for North East Cambridgeshire Steve Barclay": a constituency that starts with a compass
  // word runs on to the given name.
  if (nameFrom > 0 && nameFrom < n - 2 && COMPASS.has(words[nameFrom]) && words.lastIndexOf('for', nameFrom - 1) >= 0) {
    const given = words.findIndex((w, k) => k > nameFrom && k <= n - 2 && isKnownGivenName(w));
    if (given > 0) nameFrom = given;
  }
  // "Chancellor of the Exchequer of the United Kingdom": a place after a title names no one; nor
  // does one whose first word the title took ("President of the United Arab Emirates").
  if (nameFrom > 0 && nameFrom < n && [0, 1, 2].some((k) => nameFrom - k > 0 && isPlacePhrase(words.slice(nameFrom - k)))) nameFrom = n;
  // "Begum Zia": first in a phrase "Begum" is an honorific (last, a surname: "Shamima Begum").
  // A longer name keeps it in its text and leaves it out of its key ("Begum Khaleda Zia").
  const begum = nameFrom === 0 && n === 2 && foldText(words[0]) === 'begum';
  if (begum) nameFrom = 1;
  if (nameFrom > 0 && nameFrom < n) {
    const titleWords = words.slice(0, nameFrom);
    const headAt = begum ? 0 : titleWords.findIndex((_, k) => isOfficeHead(titleWords, k) || isRankHead(titleWords, k) || honorificAt(titleWords, k));
    // "the statue in Dhaka of Sheikh Mujibur Rahman": before an honorific and no office, what
    // "of" follows is a place or a thing of the person's, not a title.
    if (headAt >= 2 && titleWords[headAt - 1] === 'of' && titleWords.every((_, k) => !isOfficeHead(titleWords, k) && !isRankHead(titleWords, k))) {
      return readSplit(r, c.from + headAt - 1, c.from + headAt);
    }
    if (headAt >= 0) {
      const nameWords = words.slice(nameFrom);
      const nameSpan = chunkSpan(toks, c, c.from + nameFrom, c.to);
      // "UK Prime Minister Sir Keir Starmer": the honorific belongs to neither title nor name.
      let shown = nameFrom;
      while (shown > 1 && honorificAt(titleWords, shown - 1)) shown--;
      // "His Holiness Pope Francis", "Her Royal Highness Princess Anne": a style before the title is neither.
      let lead = 0;
      while (lead < shown - 1 && STYLES.has(foldText(titleWords[lead]))) lead++;
      const titleSpan = chunkSpan(toks, c, c.from + lead, c.from + shown);
      const honorificOnly = begum || titleWords.every((w, k) => honorificAt(titleWords, k) || isNationality(w));
      const titles: RawTitle[] = [];
      if (!honorificOnly) {
        const split = splitTitle(titleWords.slice(lead).filter((_, k) => !honorificAt(titleWords, lead + k)));
        const rankTokens = titleWords.slice(lead + split.rankFrom, shown);
        titles.push({
          text: textOf(text, titleSpan), span: titleSpan, status: c.status === 'current' && titleWords.some((w) => ELECT.test(w)) ? 'acting' : c.status, basis: 'prefix',
          rank: split.rank, rankText: split.rank ? rankTokens.join(' ') : undefined,
          office: split.office, officeText: split.office ? joinWords(titleWords.slice(lead, Math.min(lead + split.rankFrom, shown))) : undefined,
        });
      } else if (toks[c.from - 1] && !toks[c.from - 1].cap && ROLE_WORDS.has(toks[c.from - 1].text.toLowerCase())) {
        // "Iran's supreme leader Ayatollah Ali Khamenei": a lower-case role before the honorific.
        const role = roleTitleBefore(text, toks, c.from);
        if (role) titles.push(role);
      }
      const titleStart = Math.min(titleSpan.start, titles[0]?.span.start ?? titleSpan.start);
      const orgEnd = titleWords.findIndex((_, k) => isOfficeHead(titleWords, k));
      if (orgEnd >= 2) readOrgInTitle(text, toks, c, orgEnd, block, sentence, out);
      let app = appositive(text, toks, c.to);
      // "President of Tajikistan Emomali Rahmon, Emir of Qatar, Sheikh Tamim …": a titled name
      // in a list, then the next one's title, then the next one. Not "Pete Hegseth, a former
      // Fox host, Marco Rubio and …": a description with an article is of the one before.
      if (app && !/^(?:an?|the|former|then)\b/i.test(app.text) && nameAfterComma(toks, app.span.end)) app = undefined;
      if (app) titles.push(app);
      // "The Chief of Defence Staff (CDS), Gen. Christopher Musa, said", "Chief of Army Staff (COAS)
      // General Asim Munir": the office before the rank is the bearer's too.
      if (lead === 0 && titles.length && !titles.some((t) => t.office)) {
        const office = acronymOfficeBefore(text, toks, c.from) ?? commaTitleBefore(text, toks, c.from, c.to);
        if (office) titles.push(office);
      }
      // "Jamie Dimon, chairman & CEO of JPMorgan Chase": inside another's title, a title and a
      // lone surname ("Chase") are no one. A whole name there is ("head of Volodymyr Zelensky's office").
      // So is one in a description of someone just named ("…, the president and CEO of Boeing Commercial Airplanes").
      if (nameWords.length === 1 && (withinTitle(toks, c, out) || (toks[c.from - 1]?.text === 'and' && describesNamed(toks, c.from, out)))) return true;
      // "Gen Z", "Gen Zs": a generation. A name is never one letter.
      if (nameWords.length === 1 && /^\p{Lu}(?:s|ers)?$/u.test(nameWords[0])) return true;
      // "1122 King Road": a street named after a title word.
      if (nameWords.length === 1 && STREET_HEADS.has(foldText(nameWords[0]))) return pushPlace(r);
      // "PM Kisan Samman Nidhi", "PM Awas Yojana": Indian government schemes, not people.
      // ("PM Shri Schools": "Shri" is an honorific elsewhere, and part of the scheme's name here.)
      if (foldText(titleWords[0]) === 'pm' && titleWords.slice(1).every(isHonorific) && [...titleWords.slice(1), ...nameWords].some((w) => PM_SCHEME_WORDS.has(foldText(w)))) return true;
      if (app) out.titleUntil = app.span.end;
      // "President von der Leyen" is a surname with its particles, as short as "President Macron".
      // "Col. Butler Jr." is a surname too: "Jr." makes no name whole.
      const named = nameWords.filter((w) => !GENERATIONAL.test(w));
      const full = named.filter((w) => !isNameParticle(w)).length >= 2 || JOINED_NAME.test(named[named.length - 1]);
      const sheikh = !full && named.length === 1 && NAME_BEARING_HONORIFICS.has(foldText(titleWords[nameFrom - 1]));
      pushMention(r, {
        kind: 'person', span: nameSpan, fullSpan: { start: titleStart, end: nameSpan.end },
        text: nameWords.join(' '), key: full ? personKeyFor(nameWords) : 'short:' + foldText(named[named.length - 1]),
        form: full ? 'full' : 'short', titles, shortForms: full ? [...shortFormsOf(nameWords), ...nicknamesIn(toks, c.from + nameFrom, c.to)] : undefined,
        ...(sheikh ? { whole: { name: `${titleWords[nameFrom - 1]} ${named[0]}`, key: personKeyFor(['Sheikh', named[0]]) } } : {}),
      });
      return true;
    }
  }
  return false;
}

/**
 * "Smith of the Heritage Foundation", "Mahama of the National Democratic Congress": a
 * surname, then the body the person is with (not "Bank of the West", "Friends of the Earth").
 */
function readSurnameOfBody(r: Reading): boolean {
  const { toks, c, words, n, block, sentence, out } = r;
  const first = foldText(words[0]);
  if (n >= 4 && words[1] === 'of' && nameWordOk(words[0]) && !endsTitle(words[0]) && !ORG_HEADS.has(first) && !COMMON_CAPS.has(first) && !ORG_NAME_WORDS.has(first) && !PLACES.has(words[0]) && !STATE_WORDS.has(first)) {
    const rest = words[2] === 'the' ? 3 : 2;
    if (n - rest >= 2 && words.slice(rest).some((w) => ORG_HEADS.has(foldText(w)))) {
      const s = chunkSpan(toks, c, c.from, c.from + 1);
      out.candidates.push({ kind: 'person', span: s, fullSpan: s, text: words[0], key: 'short:' + foldText(words[0]).replace(/\.$/, ''), form: 'short', block, sentence, titles: [] });
      return rereadAs(r, { from: c.from + rest, to: c.to, status: 'current', firstStart: toks[c.from + rest].start, firstText: toks[c.from + rest].text });
    }
  }
  return false;
}

/** Words that name an event by what follows: "Operation Sindoor", "Hurricane Helene", "Typhoon Haiyan". */
const EVENT_LEADS = new Set(['operation', 'hurricane', 'typhoon', 'cyclone']);

/** "Operation Sindoor", "Operation Desert Storm", "Hurricane Helene", "Tropical Storm Debby": an operation or a storm is an event ("Storm Reid" may be a name). */
function readOperation(r: Reading): boolean {
  const { toks, c, words, n } = r;
  const lead = n >= 3 && foldText(words[0]) === 'tropical' && foldText(words[1]) === 'storm' ? 2 : 1;
  if (n > lead && n <= 4 && (lead === 2 || EVENT_LEADS.has(foldText(words[0]))) && toks[c.from].cap && words.slice(lead).every((w) => /^\p{Lu}/u.test(w) && !MONTHS_AND_DAYS.has(foldText(w)))) {
    const s = chunkSpan(toks, c, c.from, c.to);
    pushMention(r, { kind: 'meeting', span: s, fullSpan: s, text: joinWords(words), key: phraseKey('meeting', words.join(' ')), form: 'full' });
    return true;
  }
  return false;
}

/** Where the body starts after an office and its "of" (word `of`), past "the": "CEO of the European Climate Foundation". */
function bodyAfterOffice(r: Reading, of: number): number {
  return r.c.from + of + 1 + (r.words[of + 1]?.toLowerCase() === 'the' ? 1 : 0);
}

/** Reads that body on its own, as the body of an office. */
function readBodyAfterOffice(r: Reading, of: number): boolean {
  const from = bodyAfterOffice(r, of);
  return rereadAs(r, { ...r.c, from, firstStart: r.toks[from].start, firstText: r.toks[from].text, ofOffice: true });
}

/** What a convention that is a treaty is about, or where it was signed: "Genocide Convention", "Vienna Convention". */
const TREATY_TOPICS = new Set(`genocide refugee refugees weapons munitions torture ban mine climate biodiversity diversity desertification
  geneva hague vienna ottawa istanbul basel stockholm rotterdam ramsar aarhus minamata espoo berne bern warsaw montreal`.split(/\s+/));

/** An office's term, named like the office: "the Chairmanship of ASEAN", "the Presidency of the G20". */
const OFFICE_TERMS = new Set(['chairmanship', 'chairpersonship', 'chairship', 'presidency']);

/** Meetings: "[57th] [annual] Security Consultative Meeting [(SCM)]". */
function readMeeting(r: Reading): boolean {
  const { text, toks, c, words, n, block, sentence, out } = r;
  if (readNumberedBody(r)) return true;
  // "Chairman of the National Committee of the … Consultative Conference": an office of a body
  // whose name ends in a meeting's word; the body is read on its own after "of".
  // So does "the Chairmanship of the Pacific Islands Forum": the term of an office.
  if (n >= 3 && words[1] === 'of' && (isOfficeHead(words, 0) || OFFICE_TERMS.has(foldText(words[0]))) && !MEETING_HEADS.has(foldText(words[0])) && bodyAfterOffice(r, 1) < c.to) {
    return readBodyAfterOffice(r, 1);
  }
  let meetingHead = lastIndex(words, (w) => MEETING_HEADS.has(foldText(w)));
  // "Summit of the Americas", "Conference of the Parties": the head first, what it is of after it.
  const headFirst = meetingHead === 0 && n >= 3 && words[1] === 'of' && HEAD_FIRST_MEETINGS.has(foldText(words[0])) &&
    !words.some((w, k) => k > 1 && ORG_HEADS.has(foldText(w))); // "Conference of Presidents of Major … Organizations" is a body
  if (headFirst) meetingHead = n - 1;
  // "National Committee of the … Political Consultative Conference": a body of the meeting, named
  // by what comes before "of the" ("Association of Southeast Asian Nations Summit" is the bloc's summit).
  if (!headFirst && meetingHead > 2 && words.some((w, k) => k > 0 && k < meetingHead - 1 && w === 'of' && words[k + 1] === 'the' && ORG_HEADS.has(foldText(words[k - 1])))) return pushOrganization(r);
  // "Convention Center", "Summit Hotel": a venue or a body named after an event is no event.
  const venue = meetingHead >= 0 && meetingHead + 1 < n && (ORG_HEADS.has(foldText(words[meetingHead + 1])) || VENUE_WORDS.has(foldText(words[meetingHead + 1])));
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
  if (meetingHead >= 1 && !venue && !afterOf && !treaty) {
    const mWords = words.slice(0, meetingHead + 1);
    const end = c.from + meetingHead + 1;
    // The body around is looked for only when the words alone name no series.
    const series = seriesKey([...ownerAfter(words, meetingHead + 1), ...mWords]) ?? seriesOwnedAround(toks, c, end, mWords);
    const acr = acronymAfter(toks, end);
    if (series) {
      const numbered = ordinalBefore(toks, c.from);
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
  if (n >= 2 && (WORD_ORDINALS[words[0].toLowerCase()] || romanNumeral(words[0])) && words.slice(1).some((w) => MEETING_HEADS.has(foldText(w)))) {
    return rereadAs(r, { ...c, from: c.from + 1, firstStart: toks[c.from + 1].start, firstText: toks[c.from + 1].text });
  }
  // "the 37th Ordinary Session of the AU Assembly": the adjective is read like "annual", before the name.
  if (n >= 3 && MEETING_ADJECTIVES.has(words[0].toLowerCase()) && MEETING_HEADS.has(foldText(words[1])) && ordinalBefore(toks, c.from).ordinal !== undefined) {
    return rereadAs(r, { ...c, from: c.from + 1, firstStart: toks[c.from + 1].start, firstText: toks[c.from + 1].text });
  }
  const { ordinal, start } = ordinalBefore(toks, c.from);
  if (ordinal === undefined) return false;
  const series = seriesKey(words);
  if (series && SESSION_NUMBERED.has(series)) {
    const s = chunkSpan(toks, c, c.from, c.to);
    r.out.mentions.push(meetingMention(s, { start: start!, end: s.end }, joinWords(words), series, ordinal, block, sentence));
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

/** Organisations: a head word anywhere ("Ministry of National Defense", "U.S. Forces Korea"). */
function readOrganization(r: Reading, lowerWords: string[]): boolean {
  const { text, toks, c, words, n, block, sentence, out } = r;
  // "The United Nations Secretary-General, António Guterres": the office ends no organisation's name.
  // ("Department of Justice" is whole: after "of", "Justice" is the portfolio.)
  // ("Office of the President", "Office of the Prime Minister" are whole: after "of the", the
  // office is what the body is of.)
  if (n >= 3 && isOfficeHead(words, n - 1) && !CONNECTORS.has(lowerWords[n - 2]) && !officeOfThe(lowerWords) && lowerWords.slice(0, n - 1).some((w, k) => ORG_HEADS.has(w) && !cabinetOffice(words, k))) {
    readOrgInTitle(text, toks, c, n - 1, block, sentence, out);
    return true;
  }
  // "as Army Chief announces …", "Party Leader": a post without a name, and no body's name either.
  if (n === 2 && ORG_HEADS.has(lowerWords[0]) && (isOfficeHead(words, 1) || isPluralTitle(words[1]))) return true;
  // "CEO of the European Climate Foundation": the office before "of" is no part of the body.
  const of = lowerWords.findIndex((w) => w === 'of' || w === 'for');
  if (of > 0 && of + 1 < n && lowerWords.slice(0, of).some((_, k) => isOfficeHead(lowerWords, k)) && !lowerWords.slice(0, of).some((w, k) => ORG_HEADS.has(w) && !cabinetOffice(words, k))) {
    if (bodyAfterOffice(r, of) < c.to) return readBodyAfterOffice(r, of);
  }
  // "the President's Office Andriy Yermak": a body named by its owner, then a person's name.
  if (n >= 3 && n <= 4 && toks[c.from - 1]?.possessive && ORG_HEADS.has(lowerWords[0]) && words.slice(1).every((w) => nameWordOk(w))) {
    return readSplit(r, c.from + 1, c.from + 1);
  }
  // "speaker of Parliament Nabih Berri", "the General Staff's Main Directorate Igor Kostyukov",
  // "Leader of Opposition in Lok Sabha Rahul Gandhi": after "of", an owner, or "in" after a
  // role's "of", a body's head word and then a person's name are two things.
  const before = toks[c.from - 1];
  if (before?.text === 'of' || before?.possessive || before?.text === 'the' || (before?.text === 'in' && roleOfIn(toks, c.from - 1))) {
    const split = bodyThenName(words);
    if (split > 0) return readSplit(r, c.from + split, c.from + split);
  } else if (before?.word && !before.cap) {
    // "the opposition National Social Democratic Party Nurlan Auesbayev": a body of two words or more, then a name.
    const split = bodyThenName(words);
    if (split >= 2) return readSplit(r, c.from + split, c.from + split);
  }
  // The nationality is part of a body's name: the "Israeli Defense Ministry" is not the
  // Iranian one, nor the "African Development Bank" the Asian one. A bare "Defense Ministry"
  // takes the one country's body the article names (resolveQualifiedOrganisations).
  let k0 = 0;
  while (k0 < n - 1 && isNationality(lowerWords[k0])) k0++;
  const known = KNOWN_ORGS.has(words.join(' ')) || KNOWN_ORGS.has(words.slice(k0).join(' '));
  // "Parliament Square", "Congress Avenue": a place named after a body ends in a place's word.
  const placeNamed = PLACE_HEADS.has(lowerWords[n - 1]) && !ORG_HEADS.has(lowerWords[n - 1]);
  if (((n >= 2 && !placeNamed && lowerWords.some((w, k) => ORG_HEADS.has(w) && !cabinetOffice(words, k))) || known) && !headWordAsSurname(toks, c, words, n - 1)) return pushOrganization(r);
  return false;
}

/** "Hassan Sheikh Mohamud", "Sharif Sheikh Ahmed": "Sheikh" between a given name and the last one is part of the name. */
function honorificInName(words: string[], k: number): boolean {
  const given = foldText(words[k - 1] ?? '');
  return k > 0 && k < words.length - 1 && isHonorific(words[k]) && ARABIC_GIVEN_NAMES.has(given) && !GIVEN_NAMES_AS_TITLES.has(given) && nameWordOk(words[k + 1]);
}

/** Given names that are also rulers' titles: "the Amir Sheikh Tamim" is the Emir. */
const GIVEN_NAMES_AS_TITLES = new Set(['amir', 'emir', 'sultan', 'malik']);

/** Initials before a name: "KP", "A.P.J."; three capitals without periods are a title's code more often ("DIG", "CJI"). */
const INITIALS = /^(?:\p{Lu}{2}|(?:\p{Lu}\.){2,3})$/u;

/** "KP Sharma Oli", "A.P.J. Abdul Kalam": initials before a name of two words or more, not a code ("US", "EU"). */
function leadingInitials(words: string[], k: number): boolean {
  return k === 0 && words.length >= 3 && INITIALS.test(words[0]) && !isNationality(words[0]) && !KNOWN_ORGS.has(words[0]) && !PLACES.has(words[0]) &&
    words.slice(1).every((w) => nameWordOk(w));
}

/** Does the office that ends these words follow "the" ("Office of the Deputy Prime Minister")? */
function officeOfThe(lowerWords: string[]): boolean {
  let office = lowerWords.length - 1;
  while (office > 0 && (TITLE_MODIFIERS.has(lowerWords[office - 1]) || lowerWords[office - 1] === 'prime')) office--;
  return lowerWords[office - 1] === 'the';
}

/** Places: gazetteer, multi-word places, "X District". */
function readPlace(r: Reading, lowerWords: string[]): boolean {
  const { c, words, n } = r;
  const folded = lowerWords.join(' ');
  if (MULTIWORD_PLACES.has(folded) || (n === 1 && PLACES.has(words[0])) || (n >= 2 && n <= 4 && PLACE_HEADS.has(lowerWords[n - 1])) || (n >= 2 && n - 1 <= (PLACE_LEADS.get(lowerWords[0]) ?? 0))) {
    return pushPlace(r);
  }
  if (n === 1 && /[-‐]/.test(words[0])) {
    // "Seoul-Washington": two places.
    const parts = words[0].split(/[-‐]/);
    if (parts.length > 1 && parts.every((p) => PLACES.has(p))) {
      let at = c.firstStart;
      for (const p of parts) {
        const s = { start: at, end: at + p.length };
        pushMention(r, { kind: 'place', span: s, fullSpan: s, text: p, key: phraseKey('place', p), form: 'full' });
        at += p.length + 1;
      }
      return true;
    }
  }
  if (n >= 2 && n <= 3 && PLACES.has(words[0]) && lowerWords.slice(1).every((w) => MULTIWORD_PLACES.has(folded) || w === 'city')) return true;
  return false;
}

/** Acronyms and single words: resolved once the whole article is read. */
function readSingleWord(r: Reading): boolean {
  const { toks, c, words, n, block, sentence, out, numberAfter } = r;
  if (n === 1) {
    const s = chunkSpan(toks, c, c.from, c.to);
    const w = words[0];
    // "Teodoro Herbosa, MD, …": a degree after a name stands for nothing to link; nor does
    // an honorific alone ("HE the Prime Minister").
    if ((DEGREE.test(w) && toks[c.from - 1]?.text === ',' && isCap(toks[c.from - 2])) || isHonorific(w)) return true;
    // Nor does a role, a measure or a label in capitals ("CEO", "GDP"), or an amount ("R64,000").
    if (GENERIC_CAPITALS.has(w) || (/^\p{Lu}\p{Ll}?\d+$/u.test(w) && /^[.,]\d/.test(r.text.slice(s.end, s.end + 2)))) return true;
    // "VILNIUS, July 11 (Reuters) -", "SPAIN'S TRIUMPH": a place in capitals is the place, not an acronym.
    if (w.length >= 4 && /^\p{Lu}+$/u.test(w) && PLACES.has(w.charAt(0) + w.slice(1).toLowerCase())) return pushPlace(r);
    if (ACRONYM.test(w) && !isNationality(w) && !PREFIXED_NAME.test(w)) {
      out.candidates.push({ kind: 'term', span: s, fullSpan: s, text: w, key: 'acr:' + w.toUpperCase(), form: 'acronym', block, sentence, titles: [], otherOccasion: otherOccasionBefore(toks, c.from) });
    } else if (nameWordOk(w) && partyAfter(toks, c.to) && (!!acronymAfter(toks, c.to) || toks[c.from - 1]?.text.toLowerCase() === 'the' || BASED.test(toks[c.from - 1]?.text.toLowerCase() ?? ''))) {
      // "the Kuomintang party", "Kuomintang (KMT) party": one word needs "the" or its acronym
      // to be a party's name ("Smith party guests" is a gathering).
      pushOrganization(r);
    } else if (nameWordOk(w) && !c.ofOffice && !(numberAfter && NAME_SYLLABLE_MONTHS.has(w))) {
      pushShortReference(r, w);
    }
    return true;
  }
  return false;
}

/** A bare name: a person when its shape or its sentence says so. */
function readBareName(r: Reading): void {
  const { text, toks, c, words, n, block, sentence, out, numberAfter } = r;
  // "Butler Jr. said": a surname and its suffix are a later reference, like "Butler".
  if (n === 2 && nameWordOk(words[0]) && GENERATIONAL.test(words[1]) && !c.ofOffice) {
    pushShortReference(r, words[0]);
    return;
  }

  // "Marine One", "Formula One": a number closes a vehicle's or a series' name, never a person's.
  if (n >= 2 && words[n - 1] === 'One') return;
  // "Sri Lankans", "Middle Eastern": a place's people, or what is of it.
  if (n >= 2 && demonymOfPlace(words.join(' '))) return;
  // Particles inside count for nothing: "Ursula von der Leyen", "Luiz Inácio Lula da Silva".
  const inside = (k: number) => k > 0 && k < n - 1 && isNameParticle(words[k]);
  // "Ten Hag" at a sentence's start: the particle of a surname (readChunk kept it).
  const nameAt = (k: number) => nameWordOk(words[k]) || inside(k) || (k === 0 && (givenBeforeArticle(words, 0) || titleAsGivenName(words, 0, n - 1, toks[c.from - 1]?.text))) || middleInitial(words, k, k < n - 1 ? 1 : 0) || (k === 0 && n === 2 && (words[0] === 'Ten' || words[0] === 'Ter')) || (k === 0 && words[0] === 'To' && n <= 3) || leadingInitials(words, k) || honorificInName(words, k) || listedWordInName(words, k, k < n - 1 && nameWordOk(words[k + 1]) ? 1 : 0, numberAfter) || headWordAsSurname(toks, c, words, k);
  const named = words.filter((_, k) => !inside(k)).length;
  if (named >= 2 && named <= 4 && !c.ofOffice && words.every((_, k) => nameAt(k))) {
    const next = toks[c.to]?.text.toLowerCase();
    const prev = toks[c.from - 1]?.text.toLowerCase();
    // "chair of the board of Intel Frank Yeary", "head of Hamas Ismail Haniyeh": after a role's
    // "of", the first of three words is the body, the other two the name.
    // "commander of Hayat Tahrir al-Sham (HTS)": the three words its acronym spells are one body.
    if (named === 3 && n === 3 && prev === 'of' && roleBeforeOf(toks, c.from - 1) && initialsSpell(acronymAfter(toks, c.to), words)) return void pushOrganization(r);
    if (named === 3 && n === 3 && prev === 'of' && roleBeforeOf(toks, c.from - 1)) {
      readChunkBody(text, toks, { ...c, to: c.from + 1 }, block, sentence, out);
      readChunkBody(text, toks, { from: c.from + 1, to: c.to, status: c.status, firstStart: toks[c.from + 1].start, firstText: toks[c.from + 1].text, personCue: true }, block, sentence, out);
      return;
    }
    // "minister for Brexit Opportunities Jacob Rees-Mogg": after a role's "for", the portfolio, then
    // the name from its given name on.
    const givenAt = prev === 'for' && roleBeforeOf(toks, c.from - 1) ? words.findIndex((w, k) => k >= 1 && k <= n - 2 && isKnownGivenName(w)) : -1;
    if (givenAt > 0) return void rereadAs(r, { ...c, from: c.from + givenAt, firstStart: toks[c.from + givenAt].start, firstText: toks[c.from + givenAt].text, personCue: true });
    // "pager firm Gold Apollo said", "fighting group Hayat Tahrir al-Sham": a body, whatever it says ("a company Elon Musk founded" is not one).
    // ("commander of the ground forces Oleksandr Syrsky": the noun ends a role, and a given name
    // starts its holder's name; "the head of the fighting group Hayat Tahrir al-Sham" is a body.)
    if (prev && BODY_KIND_NOUNS.has(prev) && !toks[c.from - 1].cap && !DETERMINERS.has(toks[c.from - 2]?.text.toLowerCase() ?? '') &&
      !((OCCUPATIONS_TOO.has(prev) || roleOfBefore(toks, c.from - 1)) && isKnownGivenName(words[0]))) {
      pushOrganization(r);
      return;
    }
    // "Janatha Vimukthi Peramuna (JVP) party" names a party, and "Goldman Sachs, which
    // declined to comment" a body: people are "who". Not a name from a given name on: in
    // "voted for firing Pete Arredondo, which was met with applause" "which" is the vote.
    const whichAfter = toks[c.to]?.text === ',' && toks[c.to + 1]?.text === 'which' && !(n <= 3 && isKnownGivenName(words[0]));
    if (partyAfter(toks, c.to) || whichAfter) {
      pushOrganization(r);
      return;
    }
    // "signed by the President of Colombia, Gustavo Petro, the first guerrilla commander, Antonio
    // García, and …": a list of titles each before its name; the title after this name is the next one's.
    const listed = appositive(text, toks, c.to);
    const officeBefore = officeBeforeComma(toks, c.from);
    const app = listed && officeBefore && nameAfter(toks, listed.span.end) ? undefined : listed;
    if (app) out.titleUntil = app.span.end;
    // "Chinese leader Xi Jinping": a role word just before the name says it is a person;
    // so does "Japan's new Prime Minister, Sanae Takaichi".
    // "Hamas official Khalil al-Hayya" too, though "official" is no title in an appositive ("the official area").
    // "Labour leader Sir Keir Starmer": the role stands before the honorific.
    let roleAt = c.from;
    while (roleAt > 1 && isHonorific(toks[roleAt - 1].text)) roleAt--;
    const rolePrev = toks[roleAt - 1]?.text.toLowerCase();
    // After "his", "the" or "an", "official" describes a thing: "his official Rideau Cottage residence".
    const officialRole = rolePrev === 'official' && !ADJECTIVE_OPENERS.has(toks[roleAt - 2]?.text.toLowerCase() ?? '');
    const roleBefore = !!rolePrev && (ROLE_WORDS.has(rolePrev.replace(ELECT, '')) || officialRole) && !toks[roleAt - 1].cap;
    // "the Prime Minister, Sanae Takaichi", "Miguel Luna's wife, María del Carmen Castellón".
    const titleBefore = prev === ',' && !!toks[c.from - 2] && (isOfficeHead([toks[c.from - 2].text], 0) || kinBefore(toks, c.from - 2));
    // "the White House said" is not a person, whatever the verb.
    // A capitalised verb before it parted a Title Case phrase ("… Says Investigation Continues"): no evidence.
    // A verb before the name says so only when it follows the quote ("…," said Jane Doe): after
    // "has said" or "Cook said" the name is what was said ("Cook has said Apple Vision Pro is …").
    const saidBy = SPEECH_VERBS.has(prev ?? '') && !toks[c.from - 1].cap && !SPEAKER_BEFORE_VERB.has(toks[c.from - 2]?.text ?? '') && !toks[c.from - 2]?.cap;
    const speaks = (SPEECH_VERBS.has(next ?? '') || saidBy) && prev !== 'the';
    // "Mr Francois Bayrou", "centrist ally Francois Bayrou", "Francois Bayrou, 73, is …".
    const honorific = roleAt < c.from;
    // "graduate student Bryan Kohberger", "28-year-old Bryan Kohberger".
    const personNoun = (!!prev && (PERSON_NOUNS.has(prev) || CASE_NOUNS.has(prev) || /^\d{1,3}-year-old$/.test(prev)) && !toks[c.from - 1].cap) || !!c.personCue;
    const age = next === ',' && /^\d{1,3}$/.test(toks[c.to + 1]?.text ?? '') && toks[c.to + 2]?.text === ',';
    // "Miguel Luna's wife", "Luna's family": only people have them.
    // "Nichols’ family": after a final "s" the possessive is the apostrophe alone.
    const owns = !!toks[c.to]?.possessive || (/^['’]$/.test(toks[c.to]?.text ?? '') && /s$/.test(words[n - 1]));
    const kin = owns && KIN_AFTER.has(toks[c.to + 1]?.text.toLowerCase() ?? '');
    // "the death of Tyre Nichols", "the arrest of Luigi Mangione": what happens only to people.
    const befell = prev === 'of' && PERSON_EVENTS.has(toks[c.from - 2]?.text.toLowerCase() ?? '');
    // "Xóchitl Gálvez, who obtained …": only people are "who".
    const who = toks[c.to]?.text === 'who' || (next === ',' && toks[c.to + 1]?.text === 'who');
    // "Yuri Ushakov, a Kremlin aide, said": described as a person.
    const described = next === ',' && describedAsPerson(toks, c.to + 1);
    // "Rachel Reeves", "Fabio Panetta": a common given name first (see givenNames), and no body's or place's word last.
    const last = foldText(words[n - 1]);
    const given = named >= 2 && isCommonGivenName(words[0]) && !ORG_HEADS.has(last) && !MEETING_HEADS.has(last) && !PLACE_HEADS.has(last) && !ORG_NAME_WORDS.has(last) &&
      !NOT_SURNAMES.has(last) && !PLACES.has(words[n - 1]);
    const evidence = !!app || isEastAsianName(words) || given || speaks || roleBefore || titleBefore || officeBefore || honorific || personNoun || age || kin || befell || who || described || madeRole(toks, c.to);
    const s = chunkSpan(toks, c, c.from, c.to);
    const role = app ?? (roleBefore && rolePrev !== 'official' ? roleTitleBefore(text, toks, roleAt) : undefined) ?? (titleBefore || who || speaks || next === ',' ? commaTitleBefore(text, toks, c.from, c.to) : undefined) ?? acronymOfficeBefore(text, toks, c.from);
    pushMention(r, {
      kind: 'person', span: s, fullSpan: app ? { start: s.start, end: app.span.end } : role ? { start: role.span.start, end: s.end } : s,
      text: words.join(' '), key: personKeyFor(words), form: 'full', titles: role ? [role] : [], tentative: !evidence && !role, shortForms: [...shortFormsOf(words), ...nicknamesIn(toks, c.from, c.to)],
    });
  }
}

/** Do the capitalised words ending at `to` make a body's name that its acronym, after them, spells? */
function namesBody(toks: Token[], from: number, to: number): boolean {
  const acr = acronymAfter(toks, to);
  if (!acr) return false;
  let k = to;
  while (k > from && isCap(toks[k - 1])) k--;
  for (let s = k; s <= to - 2; s++) if (initialsSpell(acr, toks.slice(s, to).map((t) => t.text))) return true;
  return false;
}

/**
 * Person nouns that describe teams, parties and countries as well: "Tottenham Hotspur, the
 * defending champion,", "Boca Juniors, the finalist,", "a close ally".
 */
const NOT_ONLY_PEOPLE = new Set(['champion', 'seed', 'finalist', 'semifinalist', 'rival', 'contender', 'opponent', 'successor', 'predecessor',
  'ally', 'incumbent', 'frontrunner', 'front-runner', 'newcomer', 'challenger', 'veteran', 'producer', 'teammate']);

/** ", a Kremlin aide,", ", the jailed opposition politician.": a description whose head is a person noun. */
function describedAsPerson(toks: Token[], k: number): boolean {
  if (!['a', 'an', 'the'].includes(toks[k]?.text.toLowerCase() ?? '')) return false;
  for (let j = k + 1; j < k + 6 && j < toks.length; j++) {
    const t = toks[j];
    if (!t.word) return false;
    const w = t.text.toLowerCase();
    if (!t.cap && PERSON_NOUNS.has(w)) return !NOT_ONLY_PEOPLE.has(w) && [',', '.', 'of', 'who', 'and', 'to', 'for', 'in', 'at', 'with'].includes(toks[j + 1]?.text ?? '');
  }
  return false;
}

/** Lower-case words that may stand in a role written before a name: "press secretary", "top negotiator". */
const ROLE_LEAD = new Set(['press', 'top', 'chief', 'deputy', 'senior', 'vice', 'lead', 'special', 'national', 'security', 'parliament', 'assembly', 'senate', 'opposition']);

/**
 * A role in lower case right before a name: "Kremlin spokesman Dmitry Peskov", "White House
 * press secretary Karoline Leavitt". At most three words, all role or portfolio words.
 */
function roleTitleBefore(text: string, toks: Token[], at: number): RawTitle | undefined {
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
    if (t.cap && sentenceStart && !PAST_MARKERS.has(w) && !ACTING_MARKERS.has(w) && (ROLE_LEAD.has(w) || COMMON_CAPS.has(w) || ORG_NAME_WORDS.has(w))) {
      first--;
      start = t.start;
      break;
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
function officeBeforeComma(toks: Token[], from: number): boolean {
  if (toks[from - 1]?.text !== ',') return false;
  let k = from - 2;
  let office = false;
  for (; k >= 0 && k >= from - 7 && (isCap(toks[k]) || (OFFICE_JOINERS.has(toks[k].text) && toks[k].text !== 'the')); k--) {
    if (isOfficeHead([toks[k].text], 0)) office = true;
  }
  const lead = toks[k];
  return office && (!lead || /^the$/i.test(lead.text) || !!lead.possessive || OPENERS.has(lead.text));
}

/** Does ", First Last" follow the offset (the next name of a list)? */
function nameAfter(toks: Token[], offset: number): boolean {
  let j = 0;
  while (j < toks.length && toks[j].start < offset) j++;
  return toks[j]?.text === ',' && isCap(toks[j + 1]) && nameWordOk(toks[j + 1].text) && isCap(toks[j + 2]) && nameWordOk(toks[j + 2].text);
}

/** Lower-case words inside an office's name: "Minister of Foreign Affairs", "Chief of the Army Staff". */
const OFFICE_JOINERS = new Set(['of', 'for', 'the', 'and', '&']);

/**
 * "The President of ECOWAS, Omar Alieu Touray, said", "Nigeria's Minister of Defence, Mohammed
 * Badaru, who …": a capitalised office that opens the sentence, then the name between commas
 * (or before "who" or a speech verb). Only at the sentence's start ("The", an owner's name and
 * "'s" may come first): "After meeting the President, John Smith said" names two people.
 * The office's acronym may follow it: "The Chief of Defence Staff (CDS), Gen. Christopher Musa, said".
 */
function commaTitleBefore(text: string, toks: Token[], from: number, to: number): RawTitle | undefined {
  if (toks[from - 1]?.text !== ',' || from < 3) return undefined;
  const closes = toks[to]?.text;
  if (!(closes === ',' || closes === 'who' || SPEECH_VERBS.has(closes?.toLowerCase() ?? ''))) return undefined;
  return officeEndingAt(text, toks, acronymBefore(toks, from - 1) ? from - 5 : from - 2, true);
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
function acronymOfficeBefore(text: string, toks: Token[], from: number): RawTitle | undefined {
  return acronymBefore(toks, from) ? officeEndingAt(text, toks, from - 4, false) : undefined;
}

/** The capitalised office whose last word is toks[end], when there is one. */
function officeEndingAt(text: string, toks: Token[], end: number, atStart: boolean): RawTitle | undefined {
  if (end < 0) return undefined;
  let first = end;
  const marker = (w: string) => PAST_MARKERS.has(w) || ACTING_MARKERS.has(w);
  while (first > 0 && (isCap(toks[first - 1]) || marker(toks[first - 1].text) || (OFFICE_JOINERS.has(toks[first - 1].text) && first - 1 > 0))) first--;
  let lead = first;
  if (lead >= 2 && toks[lead - 1].possessive && isCap(toks[lead - 2])) lead -= 2;
  if (lead > 0 && /^the$/i.test(toks[lead - 1].text)) lead--;
  if (atStart && lead !== 0 && !OPENERS.has(toks[lead - 1].text)) return undefined;
  // Leading joiners and stop words belong to no office: "Only the President of Peru, …".
  // "Former", "Acting" and the like say the title's status, as they do before a name.
  let status: TitleStatus | undefined;
  while (first < end) {
    const w = toks[first].text.toLowerCase();
    if (PAST_MARKERS.has(w)) status = 'past';
    else if (ACTING_MARKERS.has(w)) status ??= 'acting';
    else if (!OFFICE_JOINERS.has(w) && !STOPWORDS.has(toks[first].text)) break;
    first++;
  }
  const words = toks.slice(first, end + 1).map((t) => t.text);
  if (!words.some((_, k) => isOfficeHead(words, k))) return undefined;
  // "The President, the Vice President and the Speaker, …": a list of offices names no one.
  if (words.includes('and') && words.filter((_, k) => isOfficeHead(words, k)).length > 1) return undefined;
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
    if (PAST_MARKERS.has(w)) return 'past';
    if (ACTING_MARKERS.has(w)) return 'acting';
    // "former Prime Minister and key opposition leader X": the marker is the other title's.
    if ((!toks[k].word && !toks[k].possessive && w !== '-') || w === 'and' || w === 'or') break;
  }
  return 'current';
}

/** Offices named with the place or body they are sent to: "Ambassador to the UN". */
const OFFICES_TO = new Set(['ambassador', 'envoy', 'representative', 'delegate', 'emissary', 'adviser', 'advisor', 'liaison']);

/** Words of an office that may follow an organisation: "Senate Majority Leader", "News Service Executive Editor". */
const OFFICE_QUALIFIERS = new Set(['majority', 'minority', 'executive', 'managing', 'chief', 'operating', 'financial', 'technology', 'information', 'marketing', 'commercial']);

function readOrgInTitle(text: string, toks: Token[], c: Chunk, orgEnd: number, block: BlockKind, sentence: number, out: BlockMentions): void {
  // "Nippon Steel Vice Chairman", "Senate Majority Leader", "Group Chief Operating Officer": the
  // qualifier belongs to the office.
  // So does the first word of a two-word office: "United Nations Secretary General".
  const ofOffice = (w: string) => TITLE_MODIFIERS.has(w) || OFFICE_QUALIFIERS.has(w) || w === 'cabinet' || GENERAL_AS_OFFICE.has(w); // "Prime Cabinet Secretary"
  while (orgEnd > 0 && ofOffice(foldText(toks[c.from + orgEnd - 1].text))) orgEnd--;
  const words = wordsOf(toks, c, c.from, c.from + orgEnd);
  let k0 = 0;
  while (k0 < words.length - 1 && isNationality(words[k0])) k0++;
  if (words.length - k0 < 2 || !words.slice(k0).some((w) => ORG_HEADS.has(foldText(w)))) return;
  // "Russian Defense Ministry spokesman": the nationality names the body, as in readChunkBody.
  const s = chunkSpan(toks, c, c.from, c.from + orgEnd);
  out.mentions.push({ kind: 'organization', span: s, fullSpan: s, text: joinWords(words), key: phraseKey('org', words.join(' ')), form: 'full', block, sentence, titles: [] });
}

function lastIndex<T>(xs: T[], f: (x: T) => boolean): number {
  for (let k = xs.length - 1; k >= 0; k--) if (f(xs[k])) return k;
  return -1;
}

/** After these an -ing word describes ("head of the governing party"), it is no verb. */
const ADJECTIVE_LEAD = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'of', 'for']);
const APPOSITIVE_LEAD = new Set(['the', 'a', 'an', ...PAST_MARKERS, ...ACTING_MARKERS, 'deputy', 'assistant', 'vice', 'senior', 'principal', 'special', 'executive', 'first']);
/** Words for a post itself: a phrase ending in one is the post, not a person's title. */
const POST_NOUNS = new Set(['position', 'post', 'portfolio', 'job', 'role', 'seat', 'vacancy']);

const APPOSITIVE_STOP = new Set([',', '.', ';', ':', '(', ')', '"', '“', '”', '—', '–', 'who', 'which', 'said', 'says', 'told', 'and', 'as', 'while',
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
  const after = toks[k];
  // "…, International Olympic Committee President Thomas Bach declared": the next sentence's speaker.
  return !after || APPOSITIVE_STOP.has(after.text) || APPOSITIVE_STOP.has(foldText(after.text)) || SPEECH_VERBS.has(foldText(after.text));
}

/** Words that follow a title and end it: "Senate President pro tempore", "Dean emeritus". */
const TITLE_AFTERWORDS = new Set(['pro-tempore', 'tempore', 'pro-tem', 'tem', 'emeritus', 'emerita']);

/** Does a title end right before `k` ("President", "President pro tempore")? */
function titleEndsBefore(toks: Token[], k: number): boolean {
  let j = k - 1;
  const after = (i: number) => TITLE_AFTERWORDS.has(foldText(toks[i].text)) || (toks[i].text === 'pro' && TITLE_AFTERWORDS.has(foldText(toks[i + 1]?.text ?? '')));
  while (j > 0 && after(j)) j--;
  return j >= 0 && isTitleHead(toks[j]);
}

function isTitleHead(t: Token): boolean {
  const w = titleWord(t.text);
  return ROLE_WORDS.has(w) || OFFICE_HEADS.has(w) || RANK_HEADS.has(w);
}

const DASHES = new Set(['–', '—']);

const COUNTING_WORDS = new Set(['two', 'three', 'four', 'five', 'both', 'all', 'several', 'many', 'few', 'other', 'same', 'only']);

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
    if (!owned && !isCap(toks[j]) && !CONNECTORS.has(w) && w !== 'the' && !COMMON_CAPS.has(w) && !ORG_NAME_WORDS.has(w)) return false;
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

/** "appointed Harini Amarasuriya as the new prime minister": what a name is made says it is a person's. */
function madeRole(toks: Token[], at: number): boolean {
  if (toks[at]?.text !== 'as') return false;
  let k = at + 1;
  if (['the', 'its', 'his', 'her', 'their', 'a', 'an'].includes(toks[k]?.text ?? '')) k++;
  if (['new', 'next', 'interim', 'acting', 'first'].includes(toks[k]?.text ?? '')) k++;
  // "prime minister", "chief executive": the role may take a second word.
  return [k, k + 1].some((j) => !!toks[j] && toks[j].word && !toks[j].cap && isTitleHead(toks[j])) && !!toks[k]?.word && !toks[k].cap;
}

/** ", chief of the US Indo-Pacific Command" / ", U.S. deputy assistant secretary of war". */
/** Degrees written after a name: "MD", "Ph.D.", "MPH". */
const DEGREE = /^(?:MD|M\.D\.?|PhD|Ph\.D\.?|MPH|DrPH|DO|RN|MBA|JD|J\.D\.?|DDS|Esq\.?)$/;

/** Do the words after the last "of" in toks[from, to) name a place? */
function placeAfterOf(toks: Token[], from: number, to: number): boolean {
  let of = to - 1;
  while (of >= from && toks[of].text !== 'of') of--;
  return of >= from && isPlacePhrase(toks.slice(of + 1, to).map((t) => t.text));
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

function appositive(text: string, toks: Token[], at: number): RawTitle | undefined {
  // ", the Uvalde schools police chief" or, between dashes, "– the Uvalde schools police chief –".
  if (toks[at]?.text !== ',' && !(DASHES.has(toks[at]?.text ?? '') && ['the', 'a', 'an'].includes(toks[at + 1]?.text ?? ''))) return undefined;
  // "Teodoro Herbosa, MD, secretary of …": a degree between name and title is neither.
  if (toks[at].text === ',' && DEGREE.test(toks[at + 1]?.text ?? '') && toks[at + 2]?.text === ',') at += 2;
  let k = at + 1;
  let status: TitleStatus = 'current';
  let sawRole = false;
  let sawOf = false;
  const start = k;
  for (; k < toks.length && k < at + 16; k++) {
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
    if (APPOSITIVE_STOP.has(w) || APPOSITIVE_STOP.has(t.text) || SPEECH_VERBS.has(w)) break;
    // ", CEO of OpenAI in San Francisco, California,": where the photo was taken is no part of it;
    // nor is what the person knows ("a former state minister of defense with knowledge of …").
    if (sawOf && w === 'in' && placeAfter(toks, k + 1)) break;
    if (sawOf && t.text === 'with') break;
    // "a former prime minister from 2012-2015", "the minister in 2019": when, not what.
    if (sawRole && (w === 'from' || w === 'in' || w === 'between') && /^\d/.test(toks[k + 1]?.text ?? '')) break;
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
    if (sawRole && isCap(t) && isHonorific(t.text) && titleEndsBefore(toks, k) && isCap(toks[k + 1]) && nameWordOk(toks[k + 1].text) && nameEndsPhrase(toks, k + 1)) return undefined;
    if (!sawRole) {
      if (PAST_MARKERS.has(w) || /^(?:then|ex|former)[-‐]/.test(w)) status = 'past';
      else if (ACTING_MARKERS.has(w)) status = 'acting';
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
  const nameAtEnd = isCap(toks[e - 1]) && nameWordOk(toks[e - 1].text) && ((isCap(toks[e - 2]) && nameWordOk(toks[e - 2].text)) || isHonorific(toks[e - 2]?.text ?? ''));
  if (e - start >= 3 && !LIST_BREAKERS.has(toks[e - 3].text) && nameAtEnd && titleRunsTo(toks, start, e - 2) && !placeAfterOf(toks, start, e) && !namesBody(toks, start, e)) return undefined;
  if (namesAnotherPerson(toks, start, k)) return undefined;
  const s = { start: toks[start].start, end: toks[k - 1].end };
  const phrase = text.slice(s.start, s.end).replace(/\s+/g, ' ');
  const words = phrase.split(' ');
  // ", Gen. Caine's top aide,": the owner's rank is not this person's.
  const own = lastIndex(words, (w) => /['’]s?$/.test(w)) + 1;
  const rankAt = words.findIndex((_, i) => i >= own && isRankHead(words, i));
  const ranked = rankAt >= 0 && rankAt <= own + 2;
  return {
    text: phrase, span: s, status, basis: 'appositive',
    rank: ranked ? titleWord(words[rankAt]) : undefined, rankText: ranked ? words[rankAt] : undefined,
    office: normaliseOffice(phrase), officeText: phrase,
  };
}
