// A chunk with no title or head word: a person only when something in the sentence says so
// (a verb of saying, an honorific, a role before it), otherwise a candidate short reference.

import { isCommonGivenName } from '../givenNames';
import { APPOINTED_PARTICIPLES, CASE_NOUNS, GENERIC_CAPITALS, MEETING_HEADS, NAME_SYLLABLE_MONTHS, ORG_HEADS, PERSON_NOUNS, PLACE_HEADS, PLACES, ROLE_WORDS, SPEECH_VERBS } from '../lexicon';
import { foldText, isNameParticle, isNationality } from '../normalize';
import { ELECT, isHonorific, isOfficeHead } from '../titles';
import type { Token } from '../tokenize';
import { appositive, isTitleHead, postAfterDescription, postsAfterSemicolons } from './appositive';
import { otherOccasionBefore } from './meetingSeries';
import { BODY_KIND_NOUNS, BODY_NOUNS, partyAfter } from './organizations';
import {
  givenBeforeArticle, headWordAsSurname, honorificInName, initialsOfName, isEastAsianName, leadingInitials, listedWordInName, middleInitial, nicknamesIn,
  officeAsGivenName, personKeyFor, shortFormsOf, styledNameAfterComma, titleAsGivenName,
} from './personNames';
import { demonymOfPlace } from './places';
import { numberedMeetingOf } from './readMeeting';
import { chunkSpan, pushMention, pushOrganization, pushPlace, pushShortReference, readChunkBody, type Reading, rereadAs } from './reading';
import { acronymOfficeBefore, chiefExecutiveAt, commaTitleBefore, madeRole, nameAfter, officeBeforeComma, roleTitleBefore } from './roleTitles';
import {
  ACRONYM, acronymAfter, BASED, DEGREE, DETERMINERS, GENERATIONAL, initialsSpell, isAnyGivenName, isCap, isKnownGivenName, isPlaceInCapitals, lawNamed, nameWordOk,
  ofBefore, ORG_NAME_WORDS, PREFIXED_NAME,
} from './words';

/** Is there a lower-case role a few words before this "of" ("independent chair of the board of")? */
function roleBeforeOf(toks: Token[], of: number): boolean {
  for (let k = of - 1; k >= 0 && k >= of - 6; k--) {
    if (toks[k].cap || !toks[k].word) return false;
    if (ROLE_WORDS.has(toks[k].text.toLowerCase())) return true;
  }
  return false;
}

/** Does the lower-case noun at `k` end a role's "of" phrase ("commander of the ground forces")? */
function roleOfBefore(toks: Token[], k: number): boolean {
  const of = ofBefore(toks, k, true);
  return of > 0 && roleBeforeOf(toks, of);
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
/** Words before which "official" is an adjective, not a person's role. */
const ADJECTIVE_OPENERS = new Set([...DETERMINERS, 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Words before a verb of saying that make what follows it the thing said: "has said", "he told". */
const SPEAKER_BEFORE_VERB = new Set(['has', 'have', 'had', 'he', 'she', 'they', 'it', 'who', 'also', 'previously', 'earlier', 'and', 'then', 'later', 'once', 'repeatedly']);
/** Nouns for a business that are also people's jobs: "producer Emma Thomas", "developer John Carmack". */
const OCCUPATIONS_TOO = new Set(['producer', 'developer', 'operator', 'broadcaster', 'distributor', 'exporter', 'importer', 'supplier']);

/**
 * Last words after a given name that make a thing's name: "Elliott Management", "Second Thomas
 * Shoal". (Bodies' head words, "Group", "Holdings", "Systems", are ORG_HEADS, checked before these.)
 */
const NOT_SURNAMES = new Set(['management', 'shoal', 'reef', 'fellow', 'fellowship', 'law', 'capital', 'partners', 'ventures', 'media', 'studios', 'records']);

/** Acronyms and single words: resolved once the whole article is read. */
export function readSingleWord(r: Reading): boolean {
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
    if (isPlaceInCapitals(w)) return pushPlace(r);
    if (ACRONYM.test(w) && !isNationality(w) && !PREFIXED_NAME.test(w)) {
      out.candidates.push({ kind: 'term', span: s, fullSpan: s, text: w, key: 'acr:' + w.toUpperCase(), form: 'acronym', block, sentence, titles: [], otherOccasion: otherOccasionBefore(toks, c.from) });
      // "the 141st session of the IOC": a numbered meeting of the body the acronym names, as
      // "the 141st session of the International Olympic Committee" is.
      // Not when the acronym only qualifies what follows ("the 5th meeting of the IMF board",
      // "the 20th summit of the SCO member states").
      const meeting = !acronymQualifies(toks[c.to]) ? numberedMeetingOf(toks, c, words, block, sentence) : undefined;
      if (meeting) out.mentions.push(meeting);
    } else if (nameWordOk(w) && !/ic$/.test(w) && partyAfter(toks, c.to) && (!!acronymAfter(toks, c.to) || toks[c.from - 1]?.text.toLowerCase() === 'the' || BASED.test(toks[c.from - 1]?.text.toLowerCase() ?? ''))) {
      // "the Kuomintang party", "Kuomintang (KMT) party": one word needs "the" or its acronym
      // to be a party's name ("Smith party guests" is a gathering). An adjective says what kind
      // of movement, it names none: "the Olympic movement", "the Islamic movement".
      pushOrganization(r);
    } else if (nameWordOk(w) && !c.ofOffice && !(numberAfter && NAME_SYLLABLE_MONTHS.has(w))) {
      pushShortReference(r, w);
    }
    return true;
  }
  return false;
}

/** Lower-case nouns an acronym qualifies before them: "IMF board", "ASEAN member states", "SCO heads". */
const QUALIFIED_NOUNS = new Set(['member', 'members', 'countries', 'states', 'nations', 'leaders', 'heads', 'ministers', 'delegates', 'delegations', 'officials']);

/** Does the lower-case word `next` make the acronym before it part of a longer noun phrase? */
function acronymQualifies(next: Token | undefined): boolean {
  if (!next?.word || next.cap) return false;
  const w = foldText(next.text);
  return ORG_HEADS.has(w) || MEETING_HEADS.has(w) || BODY_NOUNS.has(w) || PERSON_NOUNS.has(w) || QUALIFIED_NOUNS.has(w);
}

/** Prepositions of where: after one, a name that "said" is where the speaker is ("a health worker in Spin Boldak said"). */
const LOCATIVES = new Set(['in', 'at', 'near', 'outside', 'inside']);

/** Before "of" and a name, words for those who live in a place or run it, and for kinds of place: "a resident of Spin Boldak", "deputy mayor of Wiener Neustadt". */
const PLACE_NOUNS_BEFORE_OF = new Set(['residents', 'resident', 'inhabitants', 'mayor', 'town', 'city', 'village', 'province', 'outskirts', 'suburbs', 'streets']);

const CHURCH_WORDS = new Set(['Catholic', 'Catholics', 'Orthodox', 'Protestant', 'Anglican', 'Evangelical', 'Lutheran', 'Methodist', 'Presbyterian', 'Pentecostal']);

/** A bare name: a person when its shape or its sentence says so. */
export function readBareName(r: Reading): void {
  const { text, toks, c, words, n, block, sentence, out, numberAfter } = r;
  // "Butler Jr. said": a surname and its suffix are a later reference, like "Butler".
  if (n === 2 && nameWordOk(words[0]) && GENERATIONAL.test(words[1]) && !c.ofOffice) {
    pushShortReference(r, words[0]);
    return;
  }

  // "Marine One", "Formula One": a number closes a vehicle's or a series' name, never a person's.
  if (n >= 2 && words[n - 1] === 'One') return;
  // "Inauguration Day", "Christmas Day", "Election Day": a day, not a person ("Doris Day" is one).
  if (n === 2 && words[1] === 'Day' && !isAnyGivenName(words[0])) return;
  // "Germany's Basic Law", "the Finance Bill", "the EU's Green Deal": a law or a policy, not a
  // person ("Jude Law" is one).
  if (lawNamed(words)) return;
  // "Residents of Spin Boldak said", "the border town of Spin Boldak": those who live in a place, a place's kind.
  if (toks[c.from - 1]?.text === 'of' && PLACE_NOUNS_BEFORE_OF.has(toks[c.from - 2]?.text.toLowerCase() ?? '')) return void pushPlace(r);
  // "the Nobel Peace laureate": a prize's name, before one who won it.
  if (/^laureates?$/.test(toks[c.to]?.text ?? '')) return;
  // "Roman Catholic cardinals", "the Serbian Orthodox Church": a church's word last.
  if (n >= 2 && CHURCH_WORDS.has(words[n - 1])) return;
  // "President's House, St Ann's", "St. Kitts": a saint's name abbreviated names a place, or a
  // church; no one in the news is called "St".
  if (n >= 2 && /^Ste?\.?$/.test(words[0])) return void pushPlace(r);
  // "Sri Lankans", "Middle Eastern": a place's people, or what is of it.
  if (n >= 2 && demonymOfPlace(words.join(' '))) return;
  // Particles inside count for nothing: "Ursula von der Leyen", "Luiz Inácio Lula da Silva".
  const inside = (k: number) => k > 0 && k < n - 1 && isNameParticle(words[k]);
  // "BJP president JP Nadda": initials and a surname after a role in lower case (alone, "JP Morgan" may be a bank).
  const before = toks[c.from - 1];
  const initialsAfterRole = (k: number) => k === 0 && n === 2 && !!before?.word && !before.cap && isTitleHead(before) && initialsOfName(words[0]);
  // "Ten Hag" at a sentence's start: the particle of a surname (readChunk kept it).
  const nameAt = (k: number) => nameWordOk(words[k]) || inside(k) || (k === 0 && (givenBeforeArticle(words, 0) || titleAsGivenName(words, 0, n - 1, toks[c.from - 1]?.text) || officeAsGivenName(words))) || middleInitial(words, k, k < n - 1 ? 1 : 0) || (k === 0 && n === 2 && (words[0] === 'Ten' || words[0] === 'Ter')) || (k === 0 && words[0] === 'To' && n <= 3) || leadingInitials(words, k) || initialsAfterRole(k) || honorificInName(words, k) || listedWordInName(words, k, k < n - 1 && nameWordOk(words[k + 1]) ? 1 : 0, numberAfter) || headWordAsSurname(toks, c, words, k);
  const named = words.filter((_, k) => !inside(k)).length;
  if (named >= 2 && named <= 4 && !c.ofOffice && words.every((_, k) => nameAt(k))) {
    const next = toks[c.to]?.text.toLowerCase();
    const prev = toks[c.from - 1]?.text.toLowerCase();
    // "in La Paz", "to El Alto": a Spanish article and one word after a place's preposition is a
    // place (as the short form "La Russa" never follows "in"); "the Los Lobos gang": after a plural
    // article, a group. (Not "Le" or "Les": "Le Duan" and "Les Moonves" are people.)
    if (n === 2 && /^(?:La|El|Los|Las)$/.test(words[0]) && prev && LIST_OPENERS.has(prev) && !toks[c.from - 1].cap && !toks[c.to]?.possessive) return void pushPlace(r);
    if (/^(?:Los|Las)$/.test(words[0])) return void pushOrganization(r);
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
    // After "the group", only a name that a clause does not follow: "of the group Tindig Pilipinas,
    // one of the organisers" is a body, "a company Elon Musk founded" a person.
    const clauseAfter = !!toks[c.to]?.word && !toks[c.to].cap;
    if (prev && BODY_KIND_NOUNS.has(prev) && !toks[c.from - 1].cap && (!DETERMINERS.has(toks[c.from - 2]?.text.toLowerCase() ?? '') || !clauseAfter) &&
      !((OCCUPATIONS_TOO.has(prev) || roleOfBefore(toks, c.from - 1)) && isKnownGivenName(words[0]))) {
      pushOrganization(r);
      return;
    }
    // "Kiko Aquino Dee of Tindig Pilipinas, one of …": after a person's name and "of", where
    // they work or belong (a place the lexicon knows was read before this).
    const lastRead = out.mentions[out.mentions.length - 1];
    if (prev === 'of' && lastRead?.kind === 'person' && lastRead.span.end === toks[c.from - 1].start - 1 && !isKnownGivenName(words[0])) return void pushOrganization(r);
    // "the Blue Ribbon committee", "the Appropriations panel": the name of a body's committee.
    if (prev === 'the' && COMMITTEE_NOUNS.has(toks[c.to]?.text ?? '') && !isKnownGivenName(words[0])) return void pushOrganization(r);
    // "Novo Nordisk chair Helge Lund", "Eli Lilly's shares", "Novo Nordisk CEO": what only a company has.
    // ("Intel named Lip-Bu Tan CEO": the post given to the name.)
    if (companyCueAfter(toks, c.to) && !APPOINTED_PARTICIPLES.includes(prev ?? '') && prev !== 'made') return void pushOrganization(r);
    // "Janatha Vimukthi Peramuna (JVP) party" names a party, and "Goldman Sachs, which
    // declined to comment" a body: people are "who". Not a name from a given name on: in
    // "voted for firing Pete Arredondo, which was met with applause" "which" is the vote.
    // Nor a given name and a surname after "by" or "to", where "which" is the thing before them:
    // "a song performed by Yuval Raphael, which earned 357 points".
    const whichAfter = toks[c.to]?.text === ',' && toks[c.to + 1]?.text === 'which' && !(n <= 3 && isKnownGivenName(words[0])) &&
      !(n === 2 && (prev === 'by' || prev === 'to') && isAnyGivenName(words[0]));
    if (partyAfter(toks, c.to) || whichAfter) {
      pushOrganization(r);
      return;
    }
    // "signed by the President of Colombia, Gustavo Petro, the first guerrilla commander, Antonio
    // García, and …": a list of titles each before its name; the title after this name is the next one's.
    const listed = appositive(text, toks, c.to, c.from);
    const officeBefore = officeBeforeComma(toks, c.from);
    const app = listed && ((officeBefore && nameAfter(toks, listed.span.end)) || styledNameAfterComma(toks, listed.span.end)) ? undefined : listed;
    if (app) out.titleUntil = app.span.end;
    // "Chinese leader Xi Jinping": a role word just before the name says it is a person;
    // so does "Japan's new Prime Minister, Sanae Takaichi".
    // "Hamas official Khalil al-Hayya" too, though "official" is no title in an appositive ("the official area").
    // "Labour leader Sir Keir Starmer": the role stands before the honorific.
    let honorificAt = c.from;
    while (honorificAt > 1 && isHonorific(toks[honorificAt - 1].text)) honorificAt--;
    // "its chief executive officer (CEO) Laurent Freixe": the role's acronym stands between.
    const acronymBetween = toks[honorificAt - 1]?.text === ')' && toks[honorificAt - 3]?.text === '(' && /^\p{Lu}{2,5}$/u.test(toks[honorificAt - 2].text);
    const roleAt = acronymBetween ? honorificAt - 3 : honorificAt;
    const rolePrev = toks[roleAt - 1]?.text.toLowerCase();
    // After "his", "the" or "an", "official" describes a thing: "his official Rideau Cottage residence".
    const officialRole = rolePrev === 'official' && !ADJECTIVE_OPENERS.has(toks[roleAt - 2]?.text.toLowerCase() ?? '');
    // ("chief executive Omar Berrada": "executive" is a role after "chief" only.)
    const roleBefore = !!rolePrev && (ROLE_WORDS.has(rolePrev.replace(ELECT, '')) || officialRole || chiefExecutiveAt(toks, roleAt - 1)) && !toks[roleAt - 1].cap;
    // "the Prime Minister, Sanae Takaichi", "Miguel Luna's wife, María del Carmen Castellón".
    const titleBefore = prev === ',' && !!toks[c.from - 2] && (isOfficeHead([toks[c.from - 2].text], 0) || kinBefore(toks, c.from - 2));
    // "the White House said" is not a person, whatever the verb.
    // A capitalised verb before it parted a Title Case phrase ("… Says Investigation Continues"): no evidence.
    // A verb before the name says so only when it follows the quote ("…," said Jane Doe): after
    // "has said" or "Cook said" the name is what was said ("Cook has said Apple Vision Pro is …").
    const saidBy = SPEECH_VERBS.has(prev ?? '') && !toks[c.from - 1].cap && !SPEAKER_BEFORE_VERB.has(toks[c.from - 2]?.text ?? '') && !toks[c.from - 2]?.cap;
    // ("A health worker in Spin Boldak said": the one in the place speaks.)
    const speaks = (SPEECH_VERBS.has(next ?? '') || saidBy) && prev !== 'the' && !(LOCATIVES.has(prev ?? '') && !toks[c.from - 1].cap);
    // "Mr Francois Bayrou", "centrist ally Francois Bayrou", "Francois Bayrou, 73, is …".
    const honorific = honorificAt < c.from;
    // "graduate student Bryan Kohberger", "28-year-old Bryan Kohberger".
    // Not a thing's: "its predecessor Fiat Chrysler", "its rival Samsung".
    const thingsNoun = !!prev && NOT_ONLY_PEOPLE.has(prev) && /^(?:its|their)$/i.test(toks[c.from - 2]?.text ?? '');
    const personNoun = (!!prev && (PERSON_NOUNS.has(prev) || CASE_NOUNS.has(prev) || /^\d{1,3}-year-old$/.test(prev)) && !toks[c.from - 1].cap && !thingsNoun) || !!c.personCue;
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
    const eastAsian = isEastAsianName(words);
    const evidence = !!app || eastAsian || given || speaks || roleBefore || titleBefore || officeBefore || honorific || personNoun || age || kin || befell || who || described || madeRole(toks, c.to);
    const s = chunkSpan(toks, c, c.from, c.to);
    // (Both a role before and a description after its comma are the name's: "Committee chair Warren Entsch, the Liberal MP,".)
    const before = roleBefore && rolePrev !== 'official' ? roleTitleBefore(text, toks, roleAt) : undefined;
    const beforeDescription = next === ',' ? before : undefined;
    const role = app ?? before ?? (titleBefore || who || speaks || next === ',' ? commaTitleBefore(text, toks, c.from, c.to) : undefined) ?? acronymOfficeBefore(text, toks, c.from);
    // Nothing but the look of a name says person, and its setting says place: "in Siem Reap
    // province", "in Bangkok, Chiang Mai and Mae Sot" ("Siem" and "Mae" are given names too).
    if (!role && evidence === (given || eastAsian) && placeSetting(r)) return void pushPlace(r);
    pushMention(r, {
      kind: 'person', span: s, fullSpan: app ? { start: beforeDescription?.span.start ?? s.start, end: app.span.end } : role ? { start: role.span.start, end: s.end } : s,
      text: words.join(' '), key: personKeyFor(words), form: 'full', titles: role ? [role, ...(app ? [beforeDescription, postAfterDescription(text, toks, app), ...postsAfterSemicolons(text, toks, app)].filter((t) => !!t) : [])] : [], tentative: !evidence && !role, shortForms: [...shortFormsOf(words), ...nicknamesIn(toks, c.from, c.to)],
    });
  }
}

/**
 * Does a company's own word follow a name: "Novo Nordisk chair Helge Lund", "Eli Lilly's
 * shareholders", "Novo Nordisk shares fell"? A person has an adviser or a chief of staff, not a
 * CEO or shareholders ("Trump adviser", "Biden's chief of staff").
 */
function companyCueAfter(toks: Token[], to: number): boolean {
  const owns = !!toks[to]?.possessive;
  const k = owns ? to + 1 : to;
  const w = toks[k]?.text ?? '';
  // (A person owns shares too, "Elon Musk's shares": only "Novo Nordisk shares" says company.)
  if (COMPANY_WORDS_AFTER.has(w) || (!owns && COMPANY_STOCK.has(w))) return true;
  const two = `${w.toLowerCase()} ${(toks[k + 1]?.text ?? '').toLowerCase()}`;
  return (two === 'chief executive' || two === 'chief financial' || two === 'board members' || two === 'share price') && !toks[k].cap;
}

const COMMITTEE_NOUNS = new Set(['committee', 'committees', 'subcommittee', 'panel', 'commission', 'caucus']);

/** Words after a name, or its possessive, that only a company's has: "CEO", "shareholders", "chair". */
const COMPANY_WORDS_AFTER = new Set(['CEO', 'CFO', 'COO', 'shareholders', 'stockholders', 'chair', 'chairwoman', 'chairperson']);

/** Words after a name that make it a company's, but not after its possessive. */
const COMPANY_STOCK = new Set(['shares', 'stock']);

/**
 * Lower-case nouns after a place's name: "Siem Reap province". Administrative units only, and
 * airports ("Ben Gurion airport"), not all PLACE_HEADS ("the Joe Biden base", "a Kim Jong Un
 * palace"), nor "state" ("a state visit", "Le Moniteur states").
 */
const PLACE_NOUNS_AFTER = new Set(['province', 'district', 'county', 'region', 'city', 'town', 'village', 'prefecture', 'governorate', 'township', 'municipality',
  'provinces', 'districts', 'counties', 'regions', 'cities', 'towns', 'villages', 'prefectures', 'governorates', 'townships', 'airport', 'airfield',
  'prison', 'jail']);

/**
 * Is the chunk set as a place: before "province", or in a list of places after "in", "near" …
 * ("in Bangkok, Chiang Mai, and Mae Sot"). A comma alone after a place joins no list: "in
 * Moldova, Alexandr Stoianoglo, acknowledged", "the President of Colombia, Gustavo Petro".
 */
function placeSetting(r: Reading): boolean {
  const { toks, c, out } = r;
  const after = toks[c.to];
  if (after?.word && !after.cap && PLACE_NOUNS_AFTER.has(after.text)) return true;
  // "in Jackson Hole, Wyoming, where …", "to Palm Beach, Florida.": the state or country it lies in
  // follows, and ends the phrase ("According to Estevão Pedro, Angola rejects …" is a person).
  const opener = toks[c.from - 1];
  const within = toks[c.to + 1];
  if (opener && !opener.cap && LIST_OPENERS.has(opener.text) && !/^according$/i.test(toks[c.from - 2]?.text ?? '') && after?.text === ',' && within && PLACES.has(within.text) &&
    !within.possessive && (c.to + 2 >= toks.length || /^[,.;:)]$/.test(toks[c.to + 2].text))) return true;
  const joined = (k: number) => toks[k]?.text === 'and' || toks[k]?.text === 'or';
  // Joined by a comma with the list going on after it ("Chiang Mai, and"), or last after "and"
  // in a list of three or more ("between Thailand and Hun Manet" is no list of places).
  let k = c.from - 1;
  const byAnd = joined(k);
  if (byAnd) k--;
  else if (!(toks[k]?.text === ',' && (joined(c.to) || (toks[c.to]?.text === ',' && joined(c.to + 1))))) return false;
  if (toks[k]?.text === ',') k--;
  const last = out.mentions[out.mentions.length - 1];
  if (k < 0 || last?.kind !== 'place' || last.span.end !== toks[k].end) return false;
  let first = k;
  while (first > 0 && toks[first - 1].end > last.span.start) first--;
  const listOpener = toks[first - 1];
  if (!listOpener) return false;
  return listOpener.text === ',' || (!byAnd && !listOpener.cap && LIST_OPENERS.has(listOpener.text));
}

/** Prepositions before a list of places: "in Bangkok, Chiang Mai and Mae Sot". */
const LIST_OPENERS = new Set(['in', 'near', 'across', 'around', 'from', 'to', 'at', 'between', 'including']);

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
