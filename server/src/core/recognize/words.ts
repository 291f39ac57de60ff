// Word-level tests shared by every reader of a chunk: could this word be part of a name,
// is it capitalised, does an acronym follow. Each looks at a word or two and nothing more.

import {
  GIVEN_NAME_FORMS, GIVEN_NAMES, MEETING_HEADS, MONTHS_AND_DAYS, NAME_ADJECTIVE_ENDINGS, NAME_PARTICLES, NAME_SYLLABLE_MONTHS, OFFICE_HEADS, ORG_HEADS, PLACE_HEADS,
  PLACES, RANK_HEADS, RANK_MODIFIERS, STOPWORDS,
} from '../lexicon';
import { isCommonGivenName } from '../givenNames';
import type { Span } from '../model';
import { foldText, isNationality, memoize } from '../normalize';
import { isHonorific, isOfficeHead, isRankHead, titleWord } from '../titles';
import type { Token } from '../tokenize';

export const ACRONYM = /^[A-Z][A-Z0-9&]{1,7}$|^[A-Z][a-z]+[A-Z][A-Za-z]*$/;
export const CONNECTORS = new Set(['of', 'for', 'de', 'del', 'da', 'van', 'von', 'der', 'den', 'al', 'bin', 'bint', 'ibn', 'la', 'dela', 'le', 'du']);
export const LONE_INITIAL = /^\p{Lu}\.$/u;
// Not a lone "I", "V" or "X": "President Trump I think …".
export const REGNAL = /^(?:II|III|IV|VI{1,3}|IX|XI{1,3}|XIV|XV|XVI{1,3})$/;
/** "Jr.", "Sr." or a regnal number, folded to lower case. */
export const isNameSuffix = (w: string): boolean => /^(?:jr|sr|i|v|x|xx)$/.test(w) || REGNAL.test(w.toUpperCase());
/** "Jr.", "Sr.": they tell a father from a son but are no name of their own ("Charles III" is one). */
export const GENERATIONAL = /^(?:jr|sr)\.?$/i;

/** A given name the lexicon knows, in any of its forms ("Oleksandr" is "Alexander"). */
export function isKnownGivenName(word: string): boolean {
  const w = foldText(word);
  return GIVEN_NAMES.has(w) || GIVEN_NAMES.has(GIVEN_NAME_FORMS.get(w) ?? '');
}

/**
 * A given name by either list: the lexicon's (with its short forms) or the common given names of
 * givenNames; or two of them joined by a hyphen ("Jean-Louis", "Hans-Peter").
 */
export function isAnyGivenName(word: string): boolean {
  if (isKnownGivenName(word) || isCommonGivenName(word)) return true;
  const parts = word.split(/[-‐]/);
  return parts.length === 2 && parts.every((p) => /^\p{Lu}\p{Ll}+$/u.test(p) && (isKnownGivenName(p) || isCommonGivenName(p)));
}

/** The "of" at most four words before `k`, or -1; with `lowerOnly`, only across lower-case words. */
export function ofBefore(toks: Token[], k: number, lowerOnly: boolean): number {
  for (let j = k - 1; j > 0 && j >= k - 4; j--) {
    if (toks[j].text === 'of') return j;
    if (lowerOnly && (toks[j].cap || !toks[j].word)) return -1;
  }
  return -1;
}

/** Words that make the noun after them any one of its kind: "a company Elon Musk founded". */
export const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'which', 'whose', 'every', 'any', 'one', 'another']);

/** The last word of a title: "President von der Leyen", "General de Gaulle" have particles after one. */
export function endsTitle(w: string): boolean {
  return isOfficeHead([w], 0) || isRankHead([w], 0) || isHonorific(w);
}

/**
 * Dutch "ten" and "ter" inside a name ("Erik ten Hag"), not the number before a plural
 * ("in March ten Palestinians", "Biden ten Democrats"): a name word before, a surname after.
 */
export function numberParticle(toks: Token[], j: number): boolean {
  if (toks[j].text !== 'ten' && toks[j].text !== 'ter') return false;
  const before = toks[j - 1];
  const after = toks[j + 1];
  if (!before?.word || !isCap(after) || !nameWordOk(before.text) || !nameWordOk(after.text) || /s$/.test(after.text)) return false;
  return !MONTHS_AND_DAYS.has(foldText(before.text)) && !isNationality(after.text) && !STOPWORDS.has(before.text);
}

/** After name particles at `j` ("do", "von der"), where the name goes on; 0 when it does not. */
export function particlesEnd(toks: Token[], j: number): number {
  if (j === 0) return 0;
  let k = j;
  while (k < toks.length && k - j < 3 && toks[k].word && (NAME_PARTICLES.has(toks[k].text) || numberParticle(toks, k))) k++;
  // (The particles first: most words after a name are none, and the name's test costs more.)
  if (k === j || !(nameWordOk(toks[j - 1].text) || endsTitle(toks[j - 1].text))) return 0;
  return isCap(toks[k]) && nameWordOk(toks[k].text) ? k + 1 : 0;
}
const NAME_WORD = /^(?:Mc|Mac|O['’]|D['’]|De|Di|La|Le|(?:al|el|ad|ash|as|az|bin|ibn|abu)[-‐])?\p{Lu}[\p{Ll}\p{M}'‘’]*(?:-\p{L}[\p{Ll}\p{M}]*)*\.?$/u;
/** "McMaster", "O'Brien", "DeSantis": a capital inside a name after a common prefix. */
export const PREFIXED_NAME = /^(?:Mc|Mac|O['’]|D['’]|De|Di|La|Le)\p{Lu}\p{Ll}/u;
/**
 * "Basic Law", "Appropriations Bill", "Green Deal": two words naming a law or a policy, the first
 * no given name ("Jude Law", "Bill Law" are people).
 */
export function lawNamed(words: readonly string[]): boolean {
  return words.length === 2 && /^(?:Law|Laws|Bill|Deal)$/.test(words[1]) && !isAnyGivenName(words[0]);
}

/** Capitalised words that describe a portfolio or body, never a personal name. */
export const COMMON_CAPS = new Set(`state defense defence foreign external affairs security national joint military justice finance trade
  interior home health education energy environment labor labour unification industry commerce agriculture treasury
  war policy strategic public economic international federal central general supreme chiefs staff armed special
  prime vice deputy first senior executive chief assistant acting former navy army air force forces corps
  democratic democrat republican liberal conservative people's workers' party communist government administration
  agreement accord accords treaty pact declaration protocol convention charter member members states
  plan act initiative programme program strategy doctrine review inquiry report show award prize trophy medal code
  license licence licenses licences sanctions waiver
  caeli urbi orbi deum habemus papam angelus`.split(/\s+/)); // prayers and blessings: "the Regina Caeli", "Urbi et Orbi"

/** Words that continue an organisation's name after "and": "Center for Strategic and International Studies". */
export const ORG_NAME_WORDS = new Set(`international studies development research science technology culture communications
  information planning welfare tourism sports fisheries oceans transport infrastructure gender equality family employment
  resources energy trade industry affairs security finance economy commerce health education labor environment justice
  training evaluation strategy policy innovation startups ict food rural land agriculture forestry veterans patriots
  maritime safety housing urban smes relations cooperation climate water digital mines minerals petroleum youth
  women heritage arts legal political consular parliamentary multilateral economic social human services
  transition ecological ecology environmental change sustainable sustainability biodiversity operations intelligence
  levelling leveling communities pensions work skills business media sport net zero local relief works rights
  commercial industrial financial global regional municipal nuclear treasury national
  learning engineering marketing manufacturing banking accounting computing lending publishing mining farming policing
  securities exchange investment diplomacy integration european euro-atlantic foreign defence defense interior instruction
  corporate projects investments advertising nursing partnerships disaster disasters preparedness refugees emergency
  emergencies humanitarian migration immigration reconstruction rehabilitation prosecutions protection conservation natural care commonwealth biomedical sciences competition markets
  broadcasting telecom electronics railways shipping waterways highways textiles chemicals fertilizers fertilisers husbandry dairying tribal minority statistics
  renewable enterprises
  expatriates emigrants diaspora worship antiquities endowments aviation wildlife telecommunications communication home`.split(/\s+/));

/** A place the gazetteer knows, written in capitals as a dateline's city is ("VILNIUS", "LONDON"). */
export function isPlaceInCapitals(word: string): boolean {
  return word.length >= 4 && /^\p{Lu}+$/u.test(word) && PLACES.has(word.charAt(0) + word.slice(1).toLowerCase());
}

export function isCap(t: Token | undefined): boolean {
  return !!t && t.word && (t.cap || ARABIC_ARTICLE.test(t.text));
}

/** "el-Sisi", "al-Assad": a name whose article is written in lower case. */
export const ARABIC_ARTICLE = /^(?:al|el|ad|ash|as|az|bin|ibn|abu)[-‐]\p{Lu}\p{Ll}/u;

/** Could this word be part of a personal name? Cached: the answer depends on the word alone. */
export const nameWordOk = (text: string): boolean => nameWordFlag(text) === '1';

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
  // "Chief Ministers from the BJP-ruled states": a title for several is no one's name.
  if (isPluralTitle(text)) return '';
  return '1';
});

export function textOf(text: string, s: Span): string {
  return text.slice(s.start, s.end).replace(/\s+/g, ' ');
}

/**
 * Lower-case words that make the office after them a deputy's: "deputy Prime Minister Choi
 * Sang-mok", and across a party's name, "deputy Liberal leader Sussan Ley".
 */
export const DEPUTY_WORDS: ReadonlySet<string> = new Set(['deputy', 'vice', 'assistant']);

/** A line opening with two to four capitalised words, then a comma or a bracket: a list's record ("Theo Francken, Minister of Defence"). */
export const RECORD_LINE = /^\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*\s*[,(]/u;

export const NICKNAME_OPEN = new Set(['"', '“', '‘', "'"]);
export const NICKNAME_CLOSE = new Set(['"', '”', '’', "'"]);

/** Capitalised words that are stop words alone but part of a title: "Deputy Prime Minister". */
export const TITLE_MODIFIERS = new Set(['first', 'deputy', 'assistant', 'senior', 'vice', 'principal']);

/** "Under Secretary of State", "Under-Secretary": "Under" grades only a secretary ("Under President Lula" does not). */
export function underSecretary(word: string, next: string | undefined): boolean {
  return /^under$/i.test(word) && /^secretar(?:y|ies)\b/i.test(next ?? '');
}

/** Where a sentence or a quotation opens: the only places a caption's verb stands first. */
export const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '—', '–', ':', '-']);

/** A title's plural ("Ministers"): a title for several people, no name and no one's title. */
export function isPluralTitle(word: string): boolean {
  if (word.length <= 4 || !/s$/i.test(word) || isOfficeHead([word], 0)) return false;
  return isOfficeHead([word.slice(0, -1)], 0) || (/ies$/i.test(word) && isOfficeHead([word.slice(0, -3) + 'y'], 0)); // "Secretaries"
}

/** "Pennsylvania-based", "Iran-backed", "Hamas-run": who is behind a name, no part of it (or its ending alone, "-based"). */
export const BASED = new RegExp(`[-‐](?:${NAME_ADJECTIVE_ENDINGS.join('|')})$`);

/** Words as written: "Trade, Industry and Energy", not "Trade , Industry and Energy". */
export function joinWords(words: string[]): string {
  return words.join(' ').replace(/ ,/g, ',');
}

/** Does `acr` spell the initials of `words` ("HTS", "Hayat Tahrir al-Sham"; an Arabic article counts for nothing)? */
export function initialsSpell(acr: string | undefined, words: string[]): boolean {
  return !!acr && words.map((w) => foldText(w).replace(/^(?:al|el|ad|an|ar|as|ash|at|az)[-‐]/, '').charAt(0)).join('') === acr.toLowerCase();
}

export function acronymAfter(toks: Token[], to: number): string | undefined {
  if (toks[to]?.text === '(' && toks[to + 2]?.text === ')' && toks[to + 1].word && ACRONYM.test(toks[to + 1].text)) return toks[to + 1].text;
  return undefined;
}

export { isPlacePhrase } from '../normalize';

/** Initials before a name: "KP", "A.P.J."; three capitals without periods are a title's code more often ("DIG", "CJI"). */
export const INITIALS = /^(?:\p{Lu}{2}|(?:\p{Lu}\.){2,3})$/u;

export function lastIndex<T>(xs: T[], f: (x: T) => boolean): number {
  for (let k = xs.length - 1; k >= 0; k--) if (f(xs[k])) return k;
  return -1;
}

/** Degrees written after a name: "MD", "Ph.D.", "MPH". */
export const DEGREE = /^(?:MD|M\.D\.?|PhD|Ph\.D\.?|MPH|DrPH|DO|RN|MBA|JD|J\.D\.?|DDS|Esq\.?)$/;

/** Words before "for" and a parliamentary seat: "MP for Tottenham", "Member of Parliament for North West Essex". */
const SEAT_HOLDERS = new Set(['MP', 'MPs', 'MLA', 'MLAs', 'MSP', 'MSPs', 'MS', 'TD', 'TDs', 'MNA', 'MPP', 'MHA', 'Member', 'Parliament']);

/**
 * Is "for" at `j` the start of a seat's name, the capitalised words up to `end`, with no given
 * name among them ("MP for Leeds West Rachel Reeves" goes on to a name)?
 */
export function seatAfter(toks: Token[], j: number, end: number): boolean {
  if (toks[j]?.text !== 'for' || !SEAT_HOLDERS.has(toks[j - 1]?.text ?? '') || !isCap(toks[j + 1])) return false;
  for (let k = j + 2; k < end; k++) if (isAnyGivenName(toks[k].text)) return false;
  return true;
}

/** Is text[k] a capital letter? */
export function isUpperAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  return (c >= 65 && c <= 90) || (c > 127 && text[k] !== text[k].toLowerCase());
}
