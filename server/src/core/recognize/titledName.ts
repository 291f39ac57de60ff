// A name with its title before it: "Defense Minister Shin Won-sik", "Gen. Charles Q. Brown Jr.",
// "then-Vice President Kamala Harris". Splits the chunk into title and name.

import { GIVEN_NAMES, KNOWN_ORGS, NAME_PLACES, ORG_HEADS, PLACE_HEADS, PLACES, ROLE_WORDS, STREET_HEADS, SURNAME_FIRST } from '../lexicon';
import { foldText, isNameParticle, isNationality } from '../normalize';
import { ELECT, isHonorific, isMinistryWord, isOfficeHead, isRankHead, splitTitle, titleWord } from '../titles';
import type { Token } from '../tokenize';
import { postAfterDescription, postsAfterSemicolons, TITLE_AFTERWORDS, titleAfterName } from './appositive';
import { readOrgInTitle } from './organizations';
import {
  givenBeforeArticle, headWordAsSurname, honorificAt, honorificInName, honorificPairAt, initialsOfName, JOINED_NAME, listedWordInName, middleInitial,
  LORDS_OFFICES, NAME_BEARING_HONORIFICS, PEERS_ADDRESSED_AS, nicknamesIn, officeAsGivenName, personKeyFor, placeWordAsSurname, shortFormsOf, titleAsGivenName, weekdayAsGivenName,
} from './personNames';
import type { BlockMentions, RawMention, RawTitle } from './rawMention';
import { type Chunk, chunkSpan, pushMention, pushPlace, type Reading, readSplit } from './reading';
import { acronymOfficeBefore, commaTitleBefore, roleTitleBefore } from './roleTitles';
import { endsTitle, GENERATIONAL, isAnyGivenName, isKnownGivenName, isPlacePhrase, joinWords, lawNamed, LONE_INITIAL, nameWordOk, ORG_NAME_WORDS, REGNAL, textOf } from './words';

/** Words a constituency's name may start with: "North East Cambridgeshire". */
const COMPASS = new Set(['North', 'South', 'East', 'West', 'Central', 'Mid', 'Greater', 'Upper', 'Lower']);

/** ", Inc.", ", Corp." and the like after a chunk: it ends in a company's name. */
function companySuffixAfter(toks: Token[], at: number): boolean {
  return toks[at]?.text === ',' && /^(?:Inc|Corp|Ltd|LLC|plc|PLC|Co|AG|SA|NV|GmbH|LP)\.?$/.test(toks[at + 1]?.text ?? '');
}

/** How a dignitary is addressed, never part of their title: "His Holiness", "Her Royal Highness". */
const STYLES = new Set(['holiness', 'majesty', 'majesties', 'highness', 'highnesses', 'royal', 'eminence', 'excellency', 'excellencies', 'beatitude']);

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

/** "Vice President JD Vance": two capitals between a title and a name are initials, not an acronym. */
function initialsAfterTitle(words: string[], k: number, nameWordsAfter: number): boolean {
  // "Sen. JD Vance", "Sen. J.D. Vance" (not "U.S.": a nationality).
  // (Nor a title's own letters: "Committee Chairman MK Rothman".)
  if (!/^(?:\p{Lu}{2}|\p{Lu}\.\p{Lu}\.?)$/u.test(words[k]) || nameWordsAfter === 0 || isNationality(words[k]) || isOfficeHead(words, k)) return false;
  // ("Shri J.P. Nadda", "Sh. JP Nadda": after an honorific too.)
  return k > 0 && (isOfficeHead(words, k - 1) || isRankHead(words, k - 1) || isHonorific(words[k - 1]));
}

/** Is the chunk all inside the title read after the name before it? */
function withinTitle(toks: Token[], c: Chunk, out: BlockMentions): boolean {
  return out.titleUntil !== undefined && toks[c.from].start < out.titleUntil && toks[c.to - 1].end <= out.titleUntil;
}

const PM_SCHEME_WORDS = new Set(['kisan', 'awas', 'yojana', 'abhiyan', 'nidhi', 'cares', 'scheme', 'mission', 'ujjwala', 'vishwakarma', 'svanidhi', 'poshan', 'surya', 'garib', 'kalyan', 'vidyalaxmi', 'internship',
  'schools', 'mitra', 'krishi', 'dhan', 'gati', 'shakti', 'parks', 'mega', 'textile', 'fund', 'package']);

/** Occasions and rooms named after "General": "General Debate", "General Assembly Hall". */
const OCCASION_NOUNS = new Set(['debate', 'debates', 'session', 'sessions', 'conference', 'meeting', 'election', 'elections', 'strike', 'audience', 'audiences']);
const ROOM_NOUNS = new Set(['hall', 'headquarters', 'building']);

/** Academic and legal styles, which after a post are a style, not part of it ("President Advocate Duma Boko", "PTI Chairman Barrister Gohar Ali Khan"). */
const STYLE_AFTER_POST = /^(?:Prof\.?|Professor|Advocate|Barrister)$/;

/** Words that open a post of two words ("Prime Minister", "Chief Minister", "Vice President"). */
const POST_LEADS = /^(?:Prime|Chief|Vice|Deputy|First|Senior|Acting|Crown)$/;

/**
 * "Special Envoy of President Joseph R. Biden", "Adviser to Prime Minister X": another's office
 * after "of", "to" or "for" (without "the") names the person after it; the words before are
 * someone else's post. Where that office starts, or 0.
 */
function anotherOfficeFrom(titleWords: string[], shown: number): number {
  for (let k = shown - 2; k >= 1; k--) {
    if (!/^(?:of|to|for)$/.test(titleWords[k])) continue;
    const office = titleWords.slice(k + 1, shown);
    // Only a post's words after it ("President", "Prime Minister"), not a name ("Spokesman for
    // President Putin Dmitry Peskov"), nor a portfolio ("Minister for Law and Justice", "Minister of Justice").
    const post = office.every((w) => !nameWordOk(w)) && !(office.length === 1 && ORG_NAME_WORDS.has(foldText(office[0]))) &&
      (isOfficeHead(office, 0) || (office.length > 1 && POST_LEADS.test(office[0]) && isOfficeHead(office, 1)));
    if (post && splitTitle(office).office && splitTitle(titleWords.slice(0, k)).office) return k + 1;
    return 0;
  }
  return 0;
}

/** Where a known place begun before `nameFrom` ends, leaving two words or more of the name after it; or -1. */
function placeRunningInto(words: string[], nameFrom: number, n: number): number {
  for (let end = n - 2; end > nameFrom; end--) {
    for (let start = Math.max(0, end - 6); start < nameFrom; start++) if (end - start >= 3 && isPlacePhrase(words.slice(start, end))) return end;
  }
  return -1;
}

/**
 * Where a place after "of", "for" or "to" ends when it begins one or two words before
 * `nameFrom` and runs on past it, three words long or two; or undefined.
 */
function placeAfterTitleAcross(words: string[], nameFrom: number, n: number): number | undefined {
  for (const k of [3, 2]) {
    for (let from = nameFrom - 1; from >= nameFrom - 2; from--) {
      const to = from + k;
      if (from >= 1 && to > nameFrom && to < n && /^(?:of|for|to)$/.test(words[from - 1]) && isPlacePhrase(words.slice(from, to))) return to;
    }
  }
  return undefined;
}

/** Does `text` have `word` in lower case, as a word of its own ("law" for "Law")? */
function writtenInLowerCase(text: string, word: string): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word)) return false;
  const lower = word.toLowerCase();
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    if (!/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + lower.length] ?? '')) return true;
  }
  return false;
}

const SERVED_GROUPS = new Set(['workers', 'farmers', 'teachers', 'veterans', 'refugees', 'migrants', 'women', 'children', 'families', 'seniors', 'pensioners', 'consumers', 'exporters']);

const COUNTED_THINGS = /^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve)$/;

/** A title and a name: "Joint Chiefs of Staff Chairman Lt. Gen. Jin Yong-sung". */
export function readTitledName(r: Reading): boolean {
  const { text, toks, c, words, n, block, sentence, out, numberAfter } = r;
  // "Bandar Seri Begawan": a place the lexicon knows whole, whatever honorific it holds.
  if (n >= 2 && isPlacePhrase(words)) return false;
  if (officeAsGivenName(words)) return false;
  // "Prince William County", "Prince George's County": a place named after a royal.
  if (n >= 2 && isHonorificOrRoyal(words[0]) && (PLACE_HEADS.has(foldText(words[n - 1])) || (toks[c.to]?.possessive && PLACE_HEADS.has(foldText(toks[c.to + 1]?.text ?? ''))))) return false;
  let nameFrom = n;
  // "Pope Leo XIV", "King Charles III": a regnal number closes the name.
  if (n >= 3 && REGNAL.test(words[n - 1]) && nameWordOk(words[n - 2])) nameFrom--;
  // "Vice Premier He Lifeng": a surname may look like a stop word when a name follows it.
  // Particles inside a name count for nothing: "Ursula von der Leyen", "Lula da Silva".
  // A chain of "bin"/"bint"/"ibn" links a name to its fathers' and is longer: "Mohammed bin
  // Abdulrahman bin Jassim Al Thani".
  let nameWords = 0;
  let particles = 0;
  // Is words[k] a capitalised word right after "of" or "for"?
  const ofBefore = (k: number) => k >= 1 && (words[k - 1] === 'of' || words[k - 1] === 'for') && /^\p{Lu}/u.test(words[k]);
  while (nameFrom > 0 && nameWords < (particles ? 6 : 4)) {
    const w = words[nameFrom - 1];
    // "Minister of Protection of Indonesian Migrant Workers Mukhtarudin": those a ministry serves end its title.
    if (nameWords >= 1 && SERVED_GROUPS.has(foldText(w))) break;
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
    // "Prime Minister John Major", "Foreign Minister Julie Bishop", "Sen. Angus King": a rank or
    // office word last, after a given name, is a surname.
    if (nameFrom === n && n >= 3 && (isRankHead(words, n - 1) || (isOfficeHead(words, n - 1) && /^\p{Lu}\p{Ll}+$/u.test(words[n - 1]))) && isAnyGivenName(words[n - 2]) && nameWordOk(words[n - 2])) {
      nameWords++;
      nameFrom--;
      continue;
    }
    // "Air Chief Marshall Richard Knighton": the rank misspelt is no given name; nor is
    // "Sri" of the Malaysian "Tan Sri" ("General Tan Sri Mohammad Ab Rahman").
    // ("Defense Minister Gen Nakatani": the Japanese given name, without the rank's period, after a minister's post.)
    if (nameFrom >= 2 && (isRankHead(words, nameFrom - 1) || honorificPairAt(words, nameFrom - 1)) && !givenNameGen(words, nameFrom - 1, nameWords)) break;
    // "Pope Emeritus Benedict XVI": "Emeritus" after an office is part of it.
    if (nameFrom >= 2 && TITLE_AFTERWORDS.has(foldText(w)) && isOfficeHead(words, nameFrom - 2)) break;
    // "Deputy CM of Karnataka DK Shivakumar", "Chief Justice of India N.V. Ramana": initials
    // after what an office is of start the name ("George H.W. Bush" has his given name before them).
    if (nameWords >= 1 && nameFrom < n && initialsOfName(w) && (ofBefore(nameFrom - 2) || (ofBefore(nameFrom - 3) && /^\p{Lu}/u.test(words[nameFrom - 2])))) {
      nameWords++;
      nameFrom--;
      break;
    }
    if (nameWordOk(w) || givenNameGen(words, nameFrom - 1, nameWords) || (nameFrom < n && (SURNAME_FIRST.has(w) || w === 'To') && nameFrom - 1 > 0) || listedWordInName(words, nameFrom - 1, nameWords, numberAfter) || initialsAfterTitle(words, nameFrom - 1, nameWords) || middleInitial(words, nameFrom - 1, nameWords) || placeWordAsSurname(words, nameFrom - 1, !out.titleCase) || headWordAsSurname(toks, c, words, nameFrom - 1) || titleAsGivenName(words, nameFrom - 1, nameWords, nameFrom > 1 ? words[nameFrom - 2] : toks[c.from - 1]?.text) || weekdayAsGivenName(words, nameFrom - 1, nameWords)) nameWords++;
    else if (!(nameFrom < n && isNameParticle(w) && nameFrom > 1 && (nameWordOk(words[nameFrom - 2]) || isNameParticle(words[nameFrom - 2]) || (nameWords > 0 && endsTitle(words[nameFrom - 2]))))) break;
    nameFrom--;
  }
  // "Lance Corporal Badr Saad Mohammed al-Humaidi al-Dosari": a long name runs on to the title
  // word before it, past the count above.
  while (nameWords >= 4 && nameWords < 7 && nameFrom >= 2 && nameWordOk(words[nameFrom - 1]) && endsTitle(words[nameFrom - 2])) {
    nameFrom--;
    nameWords++;
  }
  // "Spokesman for President Putin Dmitry Peskov", "Adviser to President Zelensky Andriy Yermak":
  // the one the office serves is named by one word, and the holder's name starts at a given name.
  if (nameWords >= 3 && nameFrom >= 2 && isOfficeHead(words, nameFrom - 1) && (words[nameFrom - 2] === 'for' || words[nameFrom - 2] === 'to')) {
    const given = words.findIndex((w, k) => k > nameFrom && k < n - 1 && isAnyGivenName(w));
    if (given > 0) {
      nameWords -= given - nameFrom;
      nameFrom = given;
    }
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
  // "Prime Minister of Saint Kitts and Nevis Terrance Drew": a place the lexicon knows, begun in the
  // title, ends inside what was read as the name; the name starts after it.
  const placeEnd = placeRunningInto(words, nameFrom, n);
  if (placeEnd > nameFrom) {
    nameWords -= placeEnd - nameFrom;
    nameFrom = placeEnd;
  }
  // "Chief Minister Punjab Maryam Nawaz", "Governor Khyber Pakhtunkhwa Faisal Karim Kundi": a
  // place right after an office, without "of", is what the office is of (two name words after it).
  for (const len of [1, 2]) {
    const at = nameFrom > 0 && isOfficeHead(words, nameFrom - 1) ? nameFrom : nameFrom > 1 && isOfficeHead(words, nameFrom - 2) && len === 2 ? nameFrom - 1 : -1;
    // ("President Santiago Peña Palacios": a place that is also a given name starts the name.)
    if (at < 0 || n - (at + len) < 2 || !isPlacePhrase(words.slice(at, at + len)) || isPlacePhrase(words.slice(at, at + len + 1)) || (len === 1 && NAME_PLACES.has(words[at]))) continue;
    nameWords -= at + len - nameFrom;
    nameFrom = at + len;
    break;
  }
  // A title does not end in "of": "Chairman of Samsung Lee Jae-yong" names Lee Jae-yong, not
  // "Samsung Lee Jae-yong". A constituency after "for" ends where a given name starts: "MP for
  // Leeds West Rachel Reeves", "MP for Hartlepool Jonathan David Brash". Two name words after
  // "of" are the whole name, and the title before is not theirs ("his re-election as US
  // President of Donald Trump"), unless the second is an East Asian surname after a company
  // ("Chairman of Samsung Lee", "Chief Executive of Nvidia Huang"). Fewer words after "for" or
  // "of the" are what the title is of: "Chancellor of the Exchequer", "Chancellor of the Duchy
  // of Lancaster", "MP for Leeds West" name no one.
  // "Special Envoy to the Middle East Steve Witkoff": a place after "to" is the post's too.
  const titleOf = (w: string) => w === 'of' || w === 'for' || w === 'to';
  // "President Samia Suluhu Hassan of Chama Cha Mapinduzi", "Hon. Joshua Osih of the Social
  // Democratic Front": a titled name, then the body the person is of, no office of that body.
  const ofAt = words.indexOf('of');
  if (ofAt > 0 && ofAt < nameFrom && titledNameEndsAt(words, ofAt)) return readSplit(r, c.from + ofAt, c.from + ofAt + (words[ofAt + 1] === 'the' ? 2 : 1));
  // "Custodian of the Two Holy Mosques", "the Three Gorges": after "the" and a number, a name of things.
  if (nameFrom >= 2 && nameFrom < n && COUNTED_THINGS.test(words[nameFrom - 1]) && words[nameFrom - 2] === 'the') nameFrom = n;
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
    nameFrom = placeAfterTitleAcross(words, nameFrom, n) ?? nameFrom;
  }
  // "the CEO of JPMorgan Chase": one odd-shaped word after "of" and one name word are a
  // company's name, not a title ending in a company and a surname.
  if (nameWords === 1 && nameFrom === n - 1 && nameFrom >= 3 && words[nameFrom - 2] === 'of' && /\p{Ll}/u.test(words[nameFrom - 1]) && /\p{Lu}.*\p{Lu}/u.test(words[nameFrom - 1])) nameFrom = n;
  // "Professor of International Law", "Minister for Digital Transformation": one word after the
  // title's own (not its office word), which the article also writes in lower case, is a common
  // noun of the title's, no surname.
  if (nameWords === 1 && nameFrom === n - 1 && nameFrom >= 2 && !endsTitle(words[nameFrom - 1]) && writtenInLowerCase(text, words[n - 1])) nameFrom = n;
  // "the General Appropriations Bill": a law after the word, no one's name.
  if (nameFrom < n && lawNamed(words.slice(nameFrom))) nameFrom = n;
  // "the UN General Debate", "the General Assembly Hall": a word for an occasion or a room after
  // "General" is no surname.
  // (A room only after a body's name: "Gen. Hall" is an officer.)
  if (nameWords === 1 && nameFrom === n - 1 && words.slice(0, nameFrom).some((w) => titleWord(w) === 'general')) {
    const last = foldText(words[n - 1]);
    if (OCCASION_NOUNS.has(last) || (ROOM_NOUNS.has(last) && words.slice(0, nameFrom).some((w) => ORG_HEADS.has(foldText(w))))) nameFrom = n;
  }
  // "The General Headquarters said", "President of the German Bundestag": a body's head word, or
  // a body known by one word, alone after a title is the body, not a surname.
  if (nameFrom === n - 1 && nameFrom > 0 && (ORG_HEADS.has(foldText(words[n - 1])) || KNOWN_ORGS.has(words[n - 1]))) nameFrom = n;
  // "the Col de Sarenne", "the Col du Galibier": a mountain pass, no colonel.
  if (nameFrom === 1 && words[0] === 'Col' && /^(?:de|du|des|d'|d’)$/.test(words[1] ?? '')) nameFrom = n;
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
  // "Minister of Government Legislation Lee Wan-kyu": a Korean family name and a hyphenated given
  // name end the phrase, and the words before them, no given names, are the title's.
  if (nameFrom > 0 && n - nameFrom >= 3 && SURNAME_FIRST.has(words[n - 2]) && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[n - 1]) &&
    words.slice(nameFrom, n - 2).every((w) => !isAnyGivenName(w) && !SURNAME_FIRST.has(w))) nameFrom = n - 2;
  // "Minister for Digital Transformation Hisashi Matsumoto": a noun in "-ation" is no name's word but the title's.
  // (So is one alone after what a ministry is of: "Minister of Economic Affairs and Digital Transformation".)
  while (nameFrom > 0 && (n - nameFrom >= 3 || (n - nameFrom === 1 && words.slice(0, nameFrom).some((w) => w === 'of' || w === 'for'))) && /^\p{Lu}\p{Ll}+ations?$/u.test(words[nameFrom])) nameFrom++;
  // "Begum Zia": first in a phrase "Begum" is an honorific (last, a surname: "Shamima Begum").
  // A longer name keeps it in its text and leaves it out of its key ("Begum Khaleda Zia").
  const begum = nameFrom === 0 && n === 2 && foldText(words[0]) === 'begum';
  if (begum) nameFrom = 1;
  if (nameFrom > 0 && nameFrom < n) {
    const titleWords = words.slice(0, nameFrom);
    const headAt = begum ? 0 : titleWords.findIndex((_, k) => isOfficeHead(titleWords, k) || isRankHead(titleWords, k) || honorificAt(titleWords, k));
    // "the statue in Dhaka of Sheikh Mujibur Rahman": before an honorific and no office, what
    // "of" follows is a place or a thing of the person's, not a title.
    // ("the Inauguration of His Excellency Rodrigo Paz Pereira": so with "His" or "Her" before the style.)
    const of = headAt >= 2 && titleWords[headAt - 1] === 'of' ? headAt - 1 : headAt >= 3 && /^(?:His|Her|Their)$/.test(titleWords[headAt - 1]) && titleWords[headAt - 2] === 'of' ? headAt - 2 : -1;
    if (of > 0 && titleWords.every((_, k) => !isOfficeHead(titleWords, k) && !isRankHead(titleWords, k))) {
      return readSplit(r, c.from + of, c.from + headAt);
    }
    // "the Embassy of His Majesty King Charles III", "Private Secretary of Her Majesty Queen X": the
    // body or the post before "of" and the style is someone else's, not a title of the one named.
    const styledOf = titleWords.findIndex((w, k) => k > 0 && w === 'of' && /^(?:His|Her|Their)$/.test(titleWords[k + 1] ?? '') && STYLES.has(foldText(titleWords[k + 2] ?? '')));
    if (styledOf > 0) return readSplit(r, c.from + styledOf, c.from + styledOf + 2);
    if (headAt >= 0) {
      const nameWords = words.slice(nameFrom);
      const nameSpan = chunkSpan(toks, c, c.from + nameFrom, c.to);
      // "UK Prime Minister Sir Keir Starmer": the honorific belongs to neither title nor name.
      let shown = nameFrom;
      // ("Vice President Prof. Naana Jane Opoku-Agyemang": after a post, "Prof." is a style too, as "Advocate" is.)
      while (shown > 1 && (honorificAt(titleWords, shown - 1) || (STYLE_AFTER_POST.test(titleWords[shown - 1]) && isOfficeHead(titleWords, shown - 2)))) shown--;
      // "His Holiness Pope Francis", "Her Royal Highness Princess Anne": a style before the title is neither.
      let lead = 0;
      while (lead < shown - 1 && STYLES.has(foldText(titleWords[lead]))) lead++;
      lead = Math.max(lead, anotherOfficeFrom(titleWords, shown));
      // "Message of President Maia Sandu", "Visit of Prime Minister X": words before "of" that
      // hold no post nor body are what the title's holder sent or made, no part of the title.
      const postAt = headAt >= 1 && POST_LEADS.test(titleWords[headAt - 1]) ? headAt - 1 : headAt;
      // So is a body alone before "of" and the whole title: "the Cabinet of Prime Minister Sanae
      // Takaichi", "the Government of President Bola Tinubu" (not "Ministry of Foreign Affairs
      // Spokesperson", whose title starts later).
      const before = titleWords.slice(0, postAt - 1);
      if (postAt >= 2 && titleWords[postAt - 1] === 'of' && (!before.some((w, k) => isOfficeHead(titleWords, k) || isRankHead(titleWords, k) || ORG_HEADS.has(foldText(w))) ||
        (ORG_HEADS.has(foldText(before[before.length - 1])) && before.every((_, k) => !isOfficeHead(titleWords, k) && !isRankHead(titleWords, k))))) {
        lead = Math.max(lead, postAt);
      }
      // "SPORT, Recreation, Arts and Culture Minister Kirsty Coventry": the ministry's first portfolios, listed
      // before the chunk, are the title's too.
      const listed = lead === 0 ? portfoliosListedBefore(toks, c.from, titleWords.slice(0, shown)) : undefined;
      const titleSpan = listed !== undefined ? { start: toks[listed].start, end: chunkSpan(toks, c, c.from, c.from + shown).end } : chunkSpan(toks, c, c.from + lead, c.from + shown);
      const honorificOnly = begum || titleWords.every((w, k) => honorificAt(titleWords, k) || isNationality(w));
      const titles: RawTitle[] = [];
      if (!honorificOnly) {
        const listedWords = listed !== undefined ? toks.slice(listed, c.from).filter((t) => t.word).map((t) => t.text) : [];
        const split = splitTitle([...listedWords, ...titleWords.slice(lead).filter((w, k) => !honorificAt(titleWords, lead + k) && !(lead + k >= shown && STYLE_AFTER_POST.test(w)))]);
        split.rankFrom -= listedWords.length;
        const rankTokens = titleWords.slice(lead + split.rankFrom, shown);
        titles.push({
          text: textOf(text, titleSpan), span: titleSpan, status: c.status === 'current' && titleWords.some((w) => ELECT.test(w)) ? 'acting' : c.status, basis: 'prefix',
          rank: split.rank, rankText: split.rank ? rankTokens.join(' ') : undefined,
          office: split.office, officeText: split.office ? (listed !== undefined ? textOf(text, { start: titleSpan.start, end: chunkSpan(toks, c, c.from, c.from + Math.min(lead + split.rankFrom, shown)).end }) : joinWords(titleWords.slice(lead, Math.min(lead + split.rankFrom, shown)))) : undefined,
        });
      } else if (toks[c.from - 1] && !toks[c.from - 1].cap && ROLE_WORDS.has(toks[c.from - 1].text.toLowerCase())) {
        // "Iran's supreme leader Ayatollah Ali Khamenei": a lower-case role before the honorific.
        const role = roleTitleBefore(text, toks, c.from);
        if (role) titles.push(role);
      }
      const titleStart = Math.min(titleSpan.start, titles[0]?.span.start ?? titleSpan.start);
      // (A body the holder's, "the Cabinet of Prime Minister …", ends before its "of".)
      const orgEnd = lead > 0 && titleWords[lead - 1] === 'of' ? lead - 1 : titleWords.findIndex((_, k) => isOfficeHead(titleWords, k));
      if (orgEnd >= 2) readOrgInTitle(text, toks, c, orgEnd, block, sentence, out);
      const app = titleAfterName(text, toks, c.to, c.from);
      if (app) titles.push(app);
      const then = app && postAfterDescription(text, toks, app);
      if (then) titles.push(then);
      if (app) titles.push(...postsAfterSemicolons(text, toks, app));
      // "The Chief of Defence Staff (CDS), Gen. Christopher Musa, said", "Chief of Army Staff (COAS)
      // General Asim Munir": the office before the rank is the bearer's too; so is one before an
      // honorific ("The Minister of Police, Mr Senzo Mchunu, said").
      if (lead === 0 && !titles.some((t) => t.office)) {
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
      const style = !full && named.length === 1 ? foldText(titleWords[nameFrom - 1]) : '';
      const peer = PEERS_ADDRESSED_AS.get(style);
      // "the Lord Advocate", "the Lord Lieutenant", "Lord Privy Seal": an office, no one's name.
      if (LORDS_OFFICES.has(named[0]) && foldText(titleWords[nameFrom - 1] ?? '') === 'lord') return true;
      const whole = NAME_BEARING_HONORIFICS.has(style) ? personKeyFor(['Sheikh', named[0]]) : peer ? personKeyFor([peer, named[0]]) : undefined;
      pushMention(r, {
        kind: 'person', span: nameSpan, fullSpan: { start: Math.min(titleStart, nameSpan.start), end: nameSpan.end },
        text: nameWords.join(' '), key: full ? personKeyFor(nameWords) : 'short:' + foldText(named[named.length - 1]),
        form: full ? 'full' : 'short', titles, shortForms: full ? [...shortFormsOf(nameWords), ...nicknamesIn(toks, c.from + nameFrom, c.to)] : undefined,
        ...(whole ? { whole: { name: `${titleWords[nameFrom - 1]} ${named[0]}`, key: whole } } : {}),
      });
      return true;
    }
  }
  return false;
}

/**
 * Where a list of a ministry's portfolios starts, written before the chunk that ends it: "SPORT,
 * Recreation, " before "Arts and Culture Minister", "Lands, Agriculture, Fisheries, " before "Water and
 * Rural Development Minister". The chunk is a minister's or a secretary's title with "and" in it; each
 * item, one word or two between commas, could name a ministry; the list opens its line or follows a
 * lower-case word ("Ramaphosa, Trade and Industry Minister" lists no portfolio).
 */
function portfoliosListedBefore(toks: Token[], from: number, titleWords: string[]): number | undefined {
  const head = titleWords[titleWords.length - 1]?.toLowerCase();
  if ((head !== 'minister' && head !== 'secretary') || !titleWords.includes('and') || toks[from - 1]?.text !== ',' || toks[from].afterBreak) return undefined;
  let k = from;
  while (toks[k - 1]?.text === ',' && !toks[k - 1].afterBreak) {
    let j = k - 2;
    while (j >= 0 && k - 2 - j < 2 && toks[j].word && toks[j].cap && isMinistryWord(toks[j].text) && !toks[j + 1].afterBreak) j--;
    if (j === k - 2) return undefined;
    k = j + 1;
    if (toks[k].afterBreak) break;
  }
  const before = toks[k - 1];
  return !before || toks[k].afterBreak || (before.word && !before.cap) ? k : undefined;
}

/**
 * Do words[0, end) end in a title or honorific and two name words or more ("President Samia
 * Suluhu Hassan", "Hon. Joshua Osih")? Then what follows "of" is not what the title is of.
 */
function titledNameEndsAt(words: string[], end: number): boolean {
  let k = end - 1;
  const plainName = (i: number) => nameWordOk(words[i]) && !isOfficeHead(words, i) && !isRankHead(words, i) && !isHonorific(words[i]) && !ORG_HEADS.has(foldText(words[i]));
  while (k >= 0 && plainName(k)) k--;
  return end - 1 - k >= 2 && k >= 0 && (isOfficeHead(words, k) || isRankHead(words, k) || isHonorific(words[k]));
}

/** A royal's or a saint's title, after which places are named: "Prince William County", "King George Island". */
function isHonorificOrRoyal(word: string): boolean {
  return /^(?:Prince|Princess|King|Queen|Lord|Lady|Sir|Saint|St\.?)$/.test(word);
}

/** Is words[k] "Gen" the given name ("Defense Minister Gen Nakatani"): no period, one name after it, a minister's post before? */
function givenNameGen(words: string[], k: number, nameWords: number): boolean {
  return words[k] === 'Gen' && nameWords === 1 && words.slice(0, k).some((w) => titleWord(w) === 'minister');
}
