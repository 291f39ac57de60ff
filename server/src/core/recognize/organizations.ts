// Organisations: where a body's name ends ("Ministry of Trade, Industry and Energy"), bodies
// written inside a title, and the chunk that names one.

import {
  COMPANY_NOUNS, GENERAL_AS_OFFICE, KNOWN_ORGS, MONTHS_AND_DAYS, MULTIWORD_PLACES, OFFICE_HEADS, ORG_HEADS, PLACE_HEADS, PLACES, RANK_HEADS,
  ROLE_WORDS,
} from '../lexicon';
import type { BlockKind } from '../model';
import { foldText, isNationality, phraseKey } from '../normalize';
import { isOfficeHead, titleWord } from '../titles';
import type { Token } from '../tokenize';
import { VENUE_WORDS } from './meetingSeries';
import { headWordAsSurname } from './personNames';
import type { BlockMentions } from './rawMention';
import { type Chunk, chunkSpan, pushMention, pushOrganization, readChunkBody, type Reading, readSplit, rereadAs, wordsOf } from './reading';
import {
  acronymAfter, COMMON_CAPS, CONNECTORS, endsTitle, INITIALS, initialsSpell, isAnyGivenName, isCap, isPluralTitle, joinWords, nameWordOk, ofBefore,
  ORG_NAME_WORDS, TITLE_MODIFIERS,
} from './words';

/** Does "in" at `k` follow a role's "of" phrase ("Leader of Opposition in …", "Leader of the House in …")? */
function roleOfIn(toks: Token[], k: number): boolean {
  const of = ofBefore(toks, k, false);
  return of > 0 && (ROLE_WORDS.has(titleWord(toks[of - 1].text)) || isOfficeHead([toks[of - 1].text], 0));
}

/** A capitalised word that names a portfolio: "Trade", "Industry", "ICT". */
export function isPortfolioWord(t: Token | undefined): boolean {
  return isCap(t) && ORG_NAME_WORDS.has(foldText(t!.text));
}

/** Portfolios that are also surnames ("Nathan Law", "David Steel"): portfolios only beside other portfolio words or an office. */
const PORTFOLIO_SURNAMES = new Set(['law', 'steel', 'coal', 'ports']);

/** Words a portfolio opens with that say no portfolio alone: "Minister of New and Renewable Energy", "Micro, Small and Medium Enterprises". */
const PORTFOLIO_ADJECTIVES = new Set(['new', 'micro', 'small', 'medium']);

/** A portfolio word, or one that is also a surname or an adjective in a list of them ("Minister for Law and Justice"). */
function inPortfolioList(t: Token | undefined): boolean {
  return isPortfolioWord(t) || (!!t && /^\p{Lu}\p{Ll}+$/u.test(t.text) && (PORTFOLIO_SURNAMES.has(t.text.toLowerCase()) || PORTFOLIO_ADJECTIVES.has(t.text.toLowerCase())));
}

/**
 * "Minister of Trade, Industry": an office head, "of"/"for", then only portfolio words
 * (and commas) up to `to`. A name after "of" ("Minister of Science Bae") does not count.
 */
function officePortfolio(toks: Token[], from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) {
    if (!isOfficeHead([toks[k].text], 0) || (toks[k + 1].text !== 'of' && toks[k + 1].text !== 'for')) continue;
    if (k + 2 >= to) return false;
    for (let m = k + 2; m < to; m++) if (toks[m].text !== ',' && !inPortfolioList(toks[m])) return false;
    return true;
  }
  return false;
}

/**
 * A portfolio list inside a title or a ministry's name, at a comma or "and" at `at`:
 * "Ministry of Trade, Industry and Energy", "Minister of Science and ICT",
 * "Trade, Industry and Energy Minister Ahn". Returns where the chunk goes on, or -1.
 */
export function portfolioListEnd(toks: Token[], from: number, at: number): number {
  if (!inPortfolioList(toks[at - 1])) return -1;
  for (let k = from; k < at; k++) if (RANK_HEADS.has(titleWord(toks[k].text))) return -1;
  let k = at;
  // (An adjective in the list stands before a portfolio word: "Micro, Small and Medium Enterprises".)
  const adjectiveThenPortfolio = (j: number) => isPortfolioWord(toks[j]) || (inPortfolioList(toks[j]) && isPortfolioWord(toks[j + 1])) || (inPortfolioList(toks[j]) && toks[j + 1]?.text === 'and');
  while (toks[k]?.text === ',' && adjectiveThenPortfolio(k + 1)) {
    k += 2;
    while (isPortfolioWord(toks[k])) k++;
  }
  if (toks[k]?.text === ',' && toks[k + 1]?.text === 'and') k++;
  if (toks[k]?.text !== 'and' || !(isPortfolioWord(toks[k + 1]) || (inPortfolioList(toks[k + 1]) && isPortfolioWord(toks[k + 2])))) return -1;
  let after = k + 1;
  while (isPortfolioWord(toks[after]) || (after === k + 1 && inPortfolioList(toks[after]))) after++;
  // ("Treasury and Economic Planning Cabinet Secretary", "Finance and National Planning Committee Chairman": an office
  // of the cabinet's or of a body's after the list.)
  const heldIn = isCap(toks[after]) && (toks[after].text === 'Cabinet' || ORG_HEADS.has(foldText(toks[after].text))) && isCap(toks[after + 1]) && isOfficeHead([toks[after + 1].text], 0);
  const officeAfter = isCap(toks[after]) && (isOfficeHead([toks[after].text], 0) || heldIn);
  // Prefix form: only portfolio words before, an office right after the list.
  // "South African International Relations and Cooperation Minister": nationalities first.
  // "Deputy International and Legal Affairs Minister": a modifier first, too.
  // "Senate Health, Education, Labor and Pensions Committee": a body, its portfolios, its head.
  let first = from;
  while (first < at && (isNationality(toks[first].text) || TITLE_MODIFIERS.has(foldText(toks[first].text)) || toks[first].text === 'The')) first++;
  const bodyFirst = first < at && ORG_HEADS.has(foldText(toks[first].text));
  if (bodyFirst) first++;
  let prefix = first < at;
  for (let m = first; m < at; m++) if (!inPortfolioList(toks[m])) prefix = false;
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
export function andContinuesOrg(toks: Token[], from: number, and: number): boolean {
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

/**
 * "Heads of State and Government": who meets at a bloc's summit, one phrase ("the 44th Summit of
 * Heads of State and Government of the Southern African Development Community"), not a body
 * and "Government of the Southern African Development Community".
 */
export function headsOfStateAnd(toks: Token[], and: number): boolean {
  return toks[and - 1]?.text === 'State' && toks[and - 2]?.text === 'of' && /^Heads?$/.test(toks[and - 3]?.text ?? '') && toks[and + 1]?.text === 'Government';
}

/** "the OPEC and non-OPEC Ministerial Meeting": a body and those outside it name one thing together. */
export function andItsNon(toks: Token[], and: number): boolean {
  const before = toks[and - 1];
  const after = toks[and + 1];
  return !!after && after.word && /^non-/i.test(after.text) && after.text.slice(4).toLowerCase() === before.text.toLowerCase() && isCap(before);
}

/** Lower-case words after a name that make it a body's: "the Pheu Thai party". */
const PARTY_HEADS = new Set(['party', 'movement', 'coalition', 'front', 'alliance', 'bloc', 'faction', 'militia']);

/** "Janatha Vimukthi Peramuna (JVP) party", "Kuomintang party": what the name is comes after it. */
export function partyAfter(toks: Token[], at: number): boolean {
  const head = toks[acronymAfter(toks, at) ? at + 3 : at];
  return !!head?.word && !head.cap && PARTY_HEADS.has(head.text);
}

/**
 * "Cabinet Secretary", "Cabinet Minister": "cabinet" before an office is part of the office, no
 * body's name. So is India's "Union" opening one: "Union Minister for Law and Justice".
 */
function cabinetOffice(words: string[], k: number): boolean {
  const w = foldText(words[k]);
  return (w === 'cabinet' || (w === 'union' && k === 0)) && k + 1 < words.length && (isOfficeHead(words, k + 1) || isPluralTitle(words[k + 1]));
}

/** Lower-case nouns that make the name after them a body's: "fighting group Hayat Tahrir al-Sham", "pager firm Gold Apollo". */
export const BODY_KIND_NOUNS = new Set([...COMPANY_NOUNS, 'group', 'platform', 'party', 'force', 'forces', 'coalition', 'alliance', 'movement', 'network', 'militia', 'faction', 'organisation', 'organization', 'agency', 'bloc']);
/** Lower-case nouns for a body before its name; a club or a team is also where someone plays ("club Lionel Messi joined"). */
export const BODY_NOUNS = new Set([...BODY_KIND_NOUNS, 'club', 'team']);

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

/** What a country calls itself before "of": "Republic of the Philippines Navy" names no one. */
const STATE_WORDS = new Set(['republic', 'kingdom', 'commonwealth', 'federation', 'sultanate', 'emirate', 'principality', 'state', 'states', 'people']);

/**
 * "Smith of the Heritage Foundation", "Mahama of the National Democratic Congress": a
 * surname, then the body the person is with (not "Bank of the West", "Friends of the Earth").
 */
export function readSurnameOfBody(r: Reading): boolean {
  const { text, toks, c, words, n, block, sentence, out } = r;
  const first = foldText(words[0]);
  // "John Mahama of the National Democratic Congress", "Sheila Dikshit of the Congress": a whole
  // name from a given name on, then the body the person is with.
  const of = words.indexOf('of');
  if ((of === 2 || of === 3) && isAnyGivenName(words[0]) && words.slice(0, of).every((w) => nameWordOk(w))) {
    const rest = words[of + 1] === 'the' ? of + 2 : of + 1;
    if (rest < n && words.slice(rest).some((w) => ORG_HEADS.has(foldText(w)))) {
      readChunkBody(text, toks, { ...c, to: c.from + of, personCue: true }, block, sentence, out);
      return rereadAs(r, { from: c.from + rest, to: c.to, status: 'current', firstStart: toks[c.from + rest].start, firstText: toks[c.from + rest].text });
    }
  }
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
export function readOperation(r: Reading): boolean {
  const { toks, c, words, n } = r;
  const lead = n >= 3 && foldText(words[0]) === 'tropical' && foldText(words[1]) === 'storm' ? 2 : 1;
  if (n > lead && n <= 4 && (lead === 2 || EVENT_LEADS.has(foldText(words[0]))) && toks[c.from].cap && words.slice(lead).every((w) => /^\p{Lu}/u.test(w) && !MONTHS_AND_DAYS.has(foldText(w)))) {
    const s = chunkSpan(toks, c, c.from, c.to);
    pushMention(r, { kind: 'meeting', span: s, fullSpan: s, text: joinWords(words), key: phraseKey('meeting', words.join(' ')), form: 'full' });
    return true;
  }
  return false;
}

/**
 * Where the body starts after an office and its "of" (word `of`), past "the": "CEO of the
 * European Climate Foundation"; past the office's own "of" phrase first, "Chief of Staff of
 * the Army". The chunk's end when no body follows ("Minister of State for Cabinet Affairs").
 */
export function bodyAfterOffice(r: Reading, of: number): number {
  const own = officeOwnOfEnd(r, of);
  if (own > 0) {
    if (r.words[own] !== 'of') return r.c.to;
    of = own;
  }
  return r.c.from + of + 1 + (r.words[of + 1]?.toLowerCase() === 'the' ? 1 : 0);
}

/** Words of a staff a chief heads: "Chief of the General Staff", "Chief of Army Staff", "Chief of the Defence Staff". */
const STAFF_KINDS = new Set(['the', 'general', 'army', 'defence', 'defense', 'naval', 'air', 'joint']);

/**
 * Where an office's own "of" phrase ends, after "of" at `of`: "Minister of State", "Head of
 * State", "Chief of Staff", "Chief of the General Staff"; -1 when the words after "of" are not one,
 * or own what follows ("Chief of the General Staff's Main Directorate").
 */
function officeOwnOfEnd(r: Reading, of: number): number {
  const { words, toks, c } = r;
  if (words[of] !== 'of') return -1;
  if (words[of + 1] === 'State') return toks[c.from + of + 2]?.possessive ? -1 : of + 2;
  for (let k = of + 1; k < Math.min(words.length, of + 4); k++) {
    const w = words[k].toLowerCase();
    if (w === 'staff') return toks[c.from + k + 1]?.possessive ? -1 : k + 1;
    if (!STAFF_KINDS.has(w)) return -1;
  }
  return -1;
}

/** Reads that body on its own, as the body of an office. */
export function readBodyAfterOffice(r: Reading, of: number): boolean {
  const from = bodyAfterOffice(r, of);
  return rereadAs(r, { ...r.c, from, firstStart: r.toks[from].start, firstText: r.toks[from].text, ofOffice: true });
}

/** Organisations: a head word anywhere ("Ministry of National Defense", "U.S. Forces Korea"). */
export function readOrganization(r: Reading, lowerWords: string[]): boolean {
  const { text, toks, c, words, n, block, sentence, out } = r;
  // "The United Nations Secretary-General, António Guterres": the office ends no organisation's name.
  // ("Department of Justice" is whole: after "of", "Justice" is the portfolio.)
  // ("Office of the President", "Office of the Prime Minister" are whole: after "of the", the
  // office is what the body is of.)
  if (n >= 3 && isOfficeHead(words, n - 1) && !CONNECTORS.has(lowerWords[n - 2]) && !officeOfThe(lowerWords) && lowerWords.slice(0, n - 1).some((w, k) => ORG_HEADS.has(w) && !cabinetOffice(words, k))) {
    readOrgInTitle(text, toks, c, n - 1, block, sentence, out);
    return true;
  }
  // "FIA World Motor Sport Council Vice President for Middle East": an office after the body's
  // head word, then what it is for, ends the body's name too.
  for (let k = 2; k < n - 2; k++) {
    if (!isOfficeHead(words, k) || (lowerWords[k + 1] !== 'for' && lowerWords[k + 1] !== 'of')) continue;
    let at = k;
    while (at > 1 && TITLE_MODIFIERS.has(lowerWords[at - 1])) at--;
    if (ORG_HEADS.has(lowerWords[at - 1]) && !cabinetOffice(words, at - 1)) {
      readOrgInTitle(text, toks, c, k, block, sentence, out);
      return true;
    }
  }
  // "installed as Senate President Pro Tempore": an office, "pro tempore" and all, with no name.
  if (n >= 3 && lowerWords[n - 2] === 'pro' && /^tem(?:pore|p)?\.?$/.test(lowerWords[n - 1]) && isOfficeHead(words, n - 3)) return true;
  // "Group A", "GROUP K": a stage of a tournament's draw, no body.
  if (n === 2 && lowerWords[0] === 'group' && /^\p{Lu}$/u.test(words[1])) return true;
  // "as Army Chief announces …", "Party Leader": a post without a name, and no body's name either.
  if (n === 2 && ORG_HEADS.has(lowerWords[0]) && (isOfficeHead(words, 1) || isPluralTitle(words[1]))) return true;
  // "CEO of the European Climate Foundation": the office before "of" is no part of the body.
  const of = lowerWords.findIndex((w) => w === 'of' || w === 'for');
  if (of > 0 && of + 1 < n && lowerWords.slice(0, of).some((_, k) => isOfficeHead(lowerWords, k)) && !lowerWords.slice(0, of).some((w, k) => ORG_HEADS.has(w) && !cabinetOffice(words, k))) {
    if (bodyAfterOffice(r, of) < c.to) return readBodyAfterOffice(r, of);
    // "Minister of State for Cabinet Affairs", "Chief of the General Staff": an office, no body.
    if (officeOwnOfEnd(r, of) > 0) return true;
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

/** Does the office that ends these words follow "the" ("Office of the Deputy Prime Minister")? */
function officeOfThe(lowerWords: string[]): boolean {
  let office = lowerWords.length - 1;
  while (office > 0 && (TITLE_MODIFIERS.has(lowerWords[office - 1]) || lowerWords[office - 1] === 'prime')) office--;
  return lowerWords[office - 1] === 'the';
}

/** Do the capitalised words ending at `to` make a body's name that its acronym, after them, spells? */
export function namesBody(toks: Token[], from: number, to: number): boolean {
  const acr = acronymAfter(toks, to);
  if (!acr) return false;
  let k = to;
  while (k > from && isCap(toks[k - 1])) k--;
  for (let s = k; s <= to - 2; s++) if (initialsSpell(acr, toks.slice(s, to).map((t) => t.text))) return true;
  return false;
}

/** Words of an office that may follow an organisation: "Senate Majority Leader", "News Service Executive Editor". */
const OFFICE_QUALIFIERS = new Set(['majority', 'minority', 'executive', 'managing', 'chief', 'operating', 'financial', 'technology', 'information', 'marketing', 'commercial', 'special']);

/** Parties' adjectives, and the chambers they sit on a side of. */
const PARTY_SIDES = new Set(['democratic', 'republican']);
const CHAMBERS = new Set(['house', 'senate', 'assembly']);

export function readOrgInTitle(text: string, toks: Token[], c: Chunk, orgEnd: number, block: BlockKind, sentence: number, out: BlockMentions): void {
  // "Nippon Steel Vice Chairman", "Senate Majority Leader", "Group Chief Operating Officer": the
  // qualifier belongs to the office.
  // So does the first word of a two-word office: "United Nations Secretary General".
  const ofOffice = (w: string) => TITLE_MODIFIERS.has(w) || OFFICE_QUALIFIERS.has(w) || w === 'cabinet' || GENERAL_AS_OFFICE.has(w); // "Prime Cabinet Secretary"
  while (orgEnd > 0 && ofOffice(foldText(toks[c.from + orgEnd - 1].text))) orgEnd--;
  const words = wordsOf(toks, c, c.from, c.from + orgEnd);
  let k0 = 0;
  while (k0 < words.length - 1 && isNationality(words[k0])) k0++;
  // "former Democratic House Speaker Melissa Hortman": the party is the speaker's, "House" alone no body's name.
  if (words.length - k0 === 2 && PARTY_SIDES.has(foldText(words[k0])) && CHAMBERS.has(foldText(words[k0 + 1]))) return;
  if (words.length - k0 < 2 || !words.slice(k0).some((w) => ORG_HEADS.has(foldText(w)))) return;
  // "Union Home Minister", "Union Law Minister": a body's word, then only the portfolio, is
  // the office's ("Bank Negara Governor", "Bank Indonesia Governor" name banks).
  const rest = words.slice(k0 + 1).map((w) => foldText(w));
  if (ORG_HEADS.has(foldText(words[k0])) && rest.every((w) => (ORG_NAME_WORDS.has(w) || COMMON_CAPS.has(w) || PORTFOLIO_SURNAMES.has(w)) && !ORG_HEADS.has(w))) return;
  // "Russian Defense Ministry spokesman": the nationality names the body, as in readChunkBody.
  const s = chunkSpan(toks, c, c.from, c.from + orgEnd);
  out.mentions.push({ kind: 'organization', span: s, fullSpan: s, text: joinWords(words), key: phraseKey('org', words.join(' ')), form: 'full', block, sentence, titles: [] });
}
