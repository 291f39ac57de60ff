// Article-wide resolution: acronyms to what they stand for, "Jin" and "Gen. Caine" to the
// full name the article gave, an unnumbered "the SCM" to the SCM the article is about, and a
// bare "Defense Ministry" to the one country's ministry the article names.

import { ARABIC_GIVEN_NAMES, EXERCISE_HEADS, NUMBERED_MEETING_ACRONYMS, REGNAL_OFFICES, SURNAME_FIRST } from './lexicon';
import type { Block } from './model';
import { meetingKey, seriesKey } from './recognize/meetingSeries';
import { isEastAsianName } from './recognize/personNames';
import type { RawMention } from './recognize/rawMention';
import { isAnyGivenName } from './recognize/words';
import { foldText, isNameParticle, orgKeyWithoutNationality, personKey } from './normalize';
import { oneOffice, titleWord } from './titles';

interface AcronymDef {
  key: string;
  kind: RawMention['kind'];
}

const FILLER = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'to', 'a']);
const PAREN_ACRONYM = /\(([A-Z][A-Za-z0-9&]{1,9})\)/g;
const MENTION_BLOCKS = new Set(['headline', 'body', 'caption']);

/** Can `acr` be spelled by non-empty prefixes of `words`, in order, using every word? */
function spells(acr: string, words: string[], i = 0): boolean {
  if (i === words.length) return acr.length === 0;
  if (!acr.length) return false;
  const w = words[i];
  for (let p = Math.min(acr.length, w.length); p >= 1; p--) {
    if (w.startsWith(acr.slice(0, p)) && spells(acr.slice(p), words, i + 1)) return true;
  }
  return false;
}

/** The phrase just before "(ACR)" that ACR abbreviates: "operational control (Opcon)". */
function definedPhrase(text: string, parenStart: number, acr: string): { start: number; end: number } | undefined {
  const windowStart = Math.max(0, parenStart - 120);
  const before = text.slice(windowStart, parenStart);
  if (!/\s$/.test(before) || /[.;:!?]\s*$/.test(before)) return undefined;
  const words: { w: string; start: number; end: number }[] = [];
  for (const m of before.matchAll(/[A-Za-z][A-Za-z'’-]*/g)) words.push({ w: m[0].toLowerCase(), start: windowStart + m.index!, end: windowStart + m.index! + m[0].length });
  const a = acr.toLowerCase();
  for (let k = words.length - 1; k >= Math.max(0, words.length - 8); k--) {
    if (FILLER.has(words[k].w)) continue;
    const used = words.slice(k).map((x) => x.w).filter((w) => !FILLER.has(w));
    if (used.length >= 2 && spells(a, used)) return { start: words[k].start, end: words[words.length - 1].end };
  }
  return undefined;
}

export function resolveAcronyms(text: string, blocks: Block[], raw: RawMention[], candidates: RawMention[]): Record<string, string> {
  const defs = new Map<string, AcronymDef>();
  // A headline phrase dropped for want of support in the body defines nothing, not even a term.
  const dropped = new Set<string>();
  // "the 35th OPEC and non-OPEC Ministerial Meeting (ONOMM)": the acronym stands for the edition
  // it was defined with, though the article names others of the series ("the 33rd OPEC and
  // non-OPEC Ministerial Meeting"); the one in parentheses for the edition just before it.
  const definedHere = new Map<number, string>();
  const edition = new Map<string, string>();
  for (const m of raw) {
    if (m.definesAcronym && m.dropped) dropped.add(m.definesAcronym.toUpperCase());
    if (!m.definesAcronym || m.dropped) continue;
    // "MC13", "COP29": an acronym that ends in the meeting's number names that edition.
    const spellsNumber = m.kind === 'meeting' && m.ordinal !== undefined && !m.yearEdition && /^\D+\d+$/.test(m.definesAcronym) && m.definesAcronym.replace(/^\D+/, '') === String(m.ordinal);
    const key = m.kind === 'meeting' && m.series && !spellsNumber ? 'meeting:' + m.series : m.key;
    defs.set(m.definesAcronym.toUpperCase(), { key, kind: m.kind });
    if (key !== m.key) {
      if (!edition.has(m.definesAcronym.toUpperCase())) edition.set(m.definesAcronym.toUpperCase(), m.key);
      const paren = /^\s*\(/.exec(text.slice(m.span.end, m.span.end + 4));
      if (paren) definedHere.set(m.span.end + paren[0].length, m.key);
    }
  }
  // Acronyms of common-noun phrases: "wartime operational control (Opcon)".
  for (const block of blocks) {
    if (!MENTION_BLOCKS.has(block.kind)) continue;
    const slice = text.slice(block.span.start, block.span.end);
    for (const m of slice.matchAll(PAREN_ACRONYM)) {
      const acr = m[1];
      if (defs.has(acr.toUpperCase()) || dropped.has(acr.toUpperCase())) continue;
      const at = block.span.start + m.index!;
      const phrase = definedPhrase(text, at, acr);
      if (!phrase) continue;
      const key = 'term:' + acr.toLowerCase();
      defs.set(acr.toUpperCase(), { key, kind: 'term' });
      raw.push({ kind: 'term', span: phrase, fullSpan: phrase, text: text.slice(phrase.start, phrase.end).replace(/\s+/g, ' '), key, form: 'full', block: block.kind, sentence: -1, titles: [] });
    }
  }
  for (const c of candidates) {
    const def = defs.get(c.text.toUpperCase());
    if (!def) continue;
    const own = definedHere.get(c.span.start) ?? (c.otherOccasion ? undefined : edition.get(c.text.toUpperCase()));
    raw.push({ ...c, kind: def.kind, key: own ?? def.key, form: 'acronym' });
    c.dropped = true;
  }
  const out: Record<string, string> = {};
  for (const [acr, d] of defs) out[acr] = d.key;
  return out;
}

/**
 * A name the article itself shows to be a body's ("pager firm Gold Apollo said") is that
 * body's everywhere in the article: "Gold Apollo says …" in the headline, "made by Gold
 * Apollo". So is one it shows to be an exercise's: "It was Lai's first Han Kuang as president"
 * in an article on "the Han Kuang exercises", and one of two words or more it shows to be a
 * place's: "attacked Spin Boldak" in an article on "the border town of Spin Boldak". A name with
 * a title of its own stays a person's.
 */
export function resolveOrganisationNames(raw: RawMention[]): void {
  const named = new Map<string, { kind: 'organization' | 'meeting' | 'place'; key: string }>();
  for (const m of raw) {
    if (m.dropped) continue;
    if (m.kind === 'organization') named.set(m.text.toLowerCase(), { kind: 'organization', key: m.key });
    if (m.kind === 'place' && m.text.includes(' ') && !named.has(m.text.toLowerCase())) named.set(m.text.toLowerCase(), { kind: 'place', key: m.key });
    const head = m.kind === 'meeting' ? m.text.lastIndexOf(' ') : -1;
    if (head > 0 && EXERCISE_HEADS.has(m.text.slice(head + 1).toLowerCase())) named.set(m.text.slice(0, head).toLowerCase(), { kind: 'meeting', key: m.key });
  }
  if (!named.size) return;
  for (const m of raw) {
    const body = m.kind === 'person' && m.form === 'full' && !m.titles.length ? named.get(m.text.toLowerCase()) : undefined;
    if (body === undefined) continue;
    m.kind = body.kind;
    m.key = body.key;
    m.fullSpan = m.span;
    delete m.tentative;
    delete m.shortForms;
  }
}

/**
 * A body named without its country ("the Defense Ministry") is the one country's body the
 * article names with it ("the Israeli Defense Ministry"). With two ("Israeli" and "Iranian"),
 * which one is meant can't be told, and the bare name stays as written.
 */
export function resolveQualifiedOrganisations(raw: RawMention[]): void {
  const qualified = new Map<string, Set<string>>();
  for (const m of raw) {
    const bare = m.kind === 'organization' && !m.dropped ? orgKeyWithoutNationality(m.key) : undefined;
    if (!bare) continue;
    let keys = qualified.get(bare);
    if (!keys) qualified.set(bare, (keys = new Set()));
    keys.add(m.key);
  }
  if (!qualified.size) return;
  for (const m of raw) {
    const keys = m.kind === 'organization' ? qualified.get(m.key) : undefined;
    if (keys?.size === 1) m.key = keys.values().next().value!;
  }
}

/** An unconfirmed name in a Title Case headline, which may run on into a verb, seen from the body. */
function runOnHeadline(o: RawMention, from: RawMention): boolean {
  return !!o.tentative && o.block === 'headline' && from.block !== 'headline';
}

/**
 * Do two mentions carry the same office ("Minister" and "Defense Minister"), or with `exactly`,
 * the office in the same words? ("Vice President" is not the "President".)
 */
function sharesOffice(a: RawMention, b: RawMention, exactly = false): boolean {
  const same = exactly ? (x: string, y: string) => x === y : oneOffice;
  return a.titles.some((t) => t.office && t.status !== 'past' && b.titles.some((u) => u.office && same(t.office!, u.office!)));
}

/** The office a mention's own current title gives, if any. */
function officeOf(m: RawMention): string | undefined {
  return m.titles.find((t) => t.office && t.status !== 'past')?.office;
}

function sharesRank(a: RawMention, b: RawMention): boolean {
  return a.titles.some((t) => t.rank && t.status !== 'past' && b.titles.some((u) => u.rank === t.rank));
}

/** A regnal number after the name: "Leo XIV", "Charles III". */
const REGNAL_NUMBER = / [IVXL]+$/;

/** "pope" for "Pope Francis", "king" for "King Charles": the regnal office a name is written with. */
function regnalOffice(m: RawMention): string | undefined {
  return m.titles.map((t) => t.office?.split(' ').pop() ?? '').find((o) => REGNAL_OFFICES.has(o));
}

/**
 * "prince" for "Crown Prince Haakon", "Princess Charlotte": a royal known by one name, whose
 * office is being one ("Foreign Minister Prince Faisal" is a minister, and stays the article's own).
 */
const PRINCELY = new Set(['prince', 'princess']);
function princelyOffice(m: RawMention): string | undefined {
  const offices = m.titles.filter((t) => t.office && t.status !== 'past').map((t) => t.office!.split(' ').pop()!);
  return offices.length && offices.every((o) => PRINCELY.has(o)) ? offices[0] : undefined;
}

/** Particles that link a name to a father's: what follows them is another person's name. */
const PATRONYMIC = new Set(['bin', 'ibn', 'bint', 'ben', 'ould', 'abu']);

/**
 * Are the words of `name` before its last `n` one to three given names ("Andrés Manuel", "María
 * del Socorro")? Not Arabic ones: "Khaled Khalifa Haftar" and "Ahmad Nawaf Al-Ahmad" are the sons
 * of "Khalifa Haftar" and "Nawaf Al-Ahmad", a given name before the father's; nor those of
 * families that name a child after a parent the same way.
 */
function givenNamesBefore(name: string, n: number): boolean {
  const before = name.split(' ').slice(0, -n);
  const given = before.filter((w) => !isNameParticle(w));
  // After "bin", "de", the surnames are a father's name: "Isa bin Salman bin Hamad Al Khalifa".
  return given.length >= 1 && given.length <= 3 && /^\p{Lu}/u.test(before[0]) && /^\p{Lu}/u.test(before[before.length - 1]) &&
    given.every((w) => isAnyGivenName(w) && !ARABIC_GIVEN_NAMES.has(foldText(w)) && !PARENT_NAMED_NEXT.has(foldText(w)));
}

/** Given names of South Asian political families, whose next name is a parent's: "Maryam Nawaz Sharif", "Bilawal Bhutto Zardari". */
const PARENT_NAMED_NEXT = new Set(['maryam', 'bilawal', 'aseefa', 'bakhtawar', 'ayesha', 'aisha', 'zainab', 'khadija', 'moonis', 'sajeeb']);

export function resolveShortNames(uri: string, raw: RawMention[], candidates: RawMention[], text: string): void {
  const full = raw.filter((m) => m.kind === 'person' && m.form === 'full');
  const confirmedKeys = new Set(full.filter((m) => !m.tentative).map((m) => m.key));
  const byForm = new Map<string, RawMention[]>();
  for (const m of full) for (const f of m.shortForms ?? []) byForm.set(f, [...(byForm.get(f) ?? []), m]);
  // "Bangladesh Prime Minister Sheikh Hasina": with no one fuller in the article for "Hasina"
  // to stand for, "Sheikh Hasina" is her whole name, which other sources write too, and the
  // article's later "Hasina" is hers.
  for (const m of raw) {
    if (!m.whole || !m.key.startsWith('short:')) continue;
    const form = m.key.slice('short:'.length);
    // A run-on headline name ("Sheikh Hasina Flees Official Residence") is no fuller name.
    if (byForm.get(form)?.some((o) => !o.whole && !runOnHeadline(o, m))) continue;
    m.key = m.whole.key;
    m.form = 'full';
    m.shortForms = [form];
    full.push(m);
    byForm.set(form, [...(byForm.get(form) ?? []), m]);
  }
  // "Van Nistelrooy said", "Ten Hag left": at a sentence's start the particle is capitalised,
  // and the two words read as a whole name. They are the surname of the one "Ruud van
  // Nistelrooy" the article names.
  // So is "Correa do Lago" after "Andre Correa do Lago": a surname with a particle inside; and
  // "López Obrador" after "Andrés Manuel López Obrador", "Petro Urrego" after "Gustavo Petro
  // Urrego": a father's and a mother's surname, after given names only.
  const firstAt = new Map<string, number>();
  for (const m of full) firstAt.set(m.key, Math.min(firstAt.get(m.key) ?? Infinity, m.span.start));
  for (const m of full) {
    const ws = m.text.split(' ');
    if (ws.length < 2) continue;
    const particleFirst = /^\p{Lu}/u.test(ws[0]) && isNameParticle(ws[0].toLowerCase());
    // (Not "bin": "Salman bin Abdulaziz" ends "Mohammed bin Salman bin Abdulaziz", his son's name.)
    const particleInside = ws.slice(1, -1).some((w) => /^\p{Ll}/u.test(w) && isNameParticle(w) && !PATRONYMIC.has(w));
    const tail = m.text.toLowerCase();
    let options = byForm.get(foldText(ws[ws.length - 1]))?.filter((o) => o !== m && o.key !== m.key && o.text.toLowerCase().endsWith(' ' + tail)) ?? [];
    // Two surnames need more: one fuller name, named first ("Nawaz Sharif" named before "Maryam
    // Nawaz Sharif" is her father), with given names before them.
    if (!particleFirst && !particleInside) {
      const first = Math.min(...options.map((o) => o.span.start));
      const fuller = new Set(options.map((o) => o.key)).size === 1 && first < (firstAt.get(m.key) ?? 0);
      // Nor two titles for different offices: "Chief Minister Maryam Nawaz Sharif" and "Former Prime
      // Minister Nawaz Sharif".
      options = fuller ? options.filter((o) => givenNamesBefore(o.text, ws.length) && (!m.titles.length || !o.titles.length || sharesOffice(o, m))) : [];
    }
    if (new Set(options.map((o) => o.key)).size !== 1) continue;
    m.key = options[0].key;
    m.form = 'short';
    delete m.shortForms;
    // Evidence for either is evidence for the person.
    if (!m.tentative) confirmedKeys.add(m.key);
    else if (options.some((o) => !o.tentative)) delete m.tentative;
  }
  const optionFor = (m: RawMention): RawMention | undefined => {
    // An unconfirmed name in a Title Case headline may run on into a verb ("Hasina Resigns"):
    // the body's "Hasina" is not that.
    let options = byForm.get(m.key.slice('short:'.length))?.filter((o) => !runOnHeadline(o, m));
    if (!options?.length) return undefined;
    // "President Lee" with two Lees in the article: the one who is the president. "Wg Cdr Singh"
    // after "Defence Minister Rajnath Singh" and "Wing Commander Vyomika Singh": the one of that rank.
    if (m.titles.length && new Set(options.map((o) => o.key)).size > 1) {
      // The same office in the same words first: "President Marcos" is not "Senate President" Sotto.
      const exact = new Set(options.filter((o) => sharesOffice(o, m, true)).map((o) => o.key));
      const titled = exact.size === 1 ? exact : new Set(options.filter((o) => sharesOffice(o, m) || sharesRank(o, m)).map((o) => o.key));
      const narrowed = options.filter((o) => titled.has(o.key));
      if (narrowed.length && titled.size === 1) options = narrowed;
    }
    // "President Pavel" with "Petr Pavel" and "Pavel Blažek" in the article: a titled one-word name
    // is the surname, not another's given name (the family name first in East Asia: "President Lee").
    if (m.titles.length && new Set(options.map((o) => o.key)).size > 1) {
      const form = m.key.slice('short:'.length);
      const familyFirst = (ws: string[]) => isEastAsianName(ws) || (SURNAME_FIRST.has(ws[0]) && !isAnyGivenName(ws[0]));
      const surnamed = options.filter((o) => foldText(o.text.split(' ').pop() ?? '') === form || familyFirst(o.text.split(' ')));
      if (surnamed.length) options = surnamed;
    }
    // "Pope Francis" is not "Archbishop Francis Leo": a pope or a monarch goes by one name, which
    // stands for a fuller one only with a regnal number ("Leo XIV", "Charles III") or the same title.
    if (regnalOffice(m)) {
      const sameTitle = new Set(full.filter((o) => sharesOffice(o, m)).map((o) => o.key));
      options = options.filter((o) => REGNAL_NUMBER.test(o.text) || sameTitle.has(o.key));
      if (!options.length) return undefined;
    }
    // Journalistic convention: a surname refers to the person last named in full.
    let best: RawMention | undefined;
    for (const o of options) if (o.span.start <= m.span.start && (!best || o.span.start > best.span.start)) best = o;
    // "President Marcos announced …", and only later "Sen. Imee Marcos": a titled surname before
    // anyone of that name, in another office than theirs, is someone else (the senator's brother).
    // So is one in running text before a name given no office ("President Trump", then "a film
    // about Melania Trump"); a headline's titled surname is the body's full name.
    if (!best && officeOf(m) && options.every((o) => !sharesOffice(o, m) && (officeOf(o) || m.block === 'body'))) return undefined;
    return best ?? options.reduce((a, b) => (a.span.start < b.span.start ? a : b));
  };
  // A surname with a title refers to a person: "Pete Hegseth was sworn in … Defense Secretary Hegseth".
  // So does one that speaks or follows an honorific: "Paetongtarn said", "Mr Musk".
  // "Intel said" is no evidence that "Intel Foundry", a name only guessed at, is a person's when
  // "Intel" stands alone before it: a company comes before its units, while a given name alone
  // ("Joko said", after "Joko Sutrisno") follows the whole name.
  const firstShortAt = new Map<string, number>();
  for (const m of [...raw, ...candidates]) {
    if (m.key.startsWith('short:')) firstShortAt.set(m.key, Math.min(firstShortAt.get(m.key) ?? Infinity, m.span.start));
  }
  const companyFirst = (o: RawMention, m: RawMention) =>
    o.tentative && !m.titles.length && byFirstWordOnly(o, m.key.slice('short:'.length)) && (firstShortAt.get(m.key) ?? Infinity) < (firstAt.get(o.key) ?? 0);
  const confirmWho = (m: RawMention) => {
    const o = optionFor(m);
    if (o && !companyFirst(o, m)) confirmedKeys.add(o.key);
  };
  for (const m of raw) if (m.key.startsWith('short:') && m.titles.length) confirmWho(m);
  for (const c of candidates) if (c.personCue && !c.dropped && c.key.startsWith('short:')) confirmWho(c);
  for (const m of raw) if (m.tentative && confirmedKeys.has(m.key)) m.tentative = false;

  // "Pope Francis", "King Felipe" with no fuller name in the article: the office and the one name
  // are the whole name, which other sources write too, and the article's later "Francis" is his.
  // So are "Crown Prince Haakon" and "Princess Charlotte".
  const shorts = raw.filter((m) => m.key.startsWith('short:'));
  const optionOf = new Map(shorts.map((m) => [m, optionFor(m)]));
  const regnalKeys = new Map<string, string>();
  for (const m of shorts) {
    const office = regnalOffice(m) ?? princelyOffice(m);
    const form = m.key.slice('short:'.length);
    if (office && !optionOf.get(m) && !regnalKeys.has(form)) regnalKeys.set(form, personKey(`${office} ${form}`));
  }
  // A reference to a name still only tentative is tentative too: the corpus may confirm it.
  // A titled surname nobody in the article carries ("President Trump") stays local to it, and so
  // does a bare one after it, before anyone of that name is named in full: "President Marcos
  // announced …", "Marcos said", and only then "Sen. Imee Marcos".
  const localBefore = new Map<string, number>();
  // "President Trump took a victory lap in the Knesset …", and only in the 33rd line "Ivanka Trump":
  // a titled surname in running text before anyone of that name is named, in an office none of
  // them holds, is the article's own person of that name. So is that surname wherever it stands
  // bare (the headline's "Trump" too) or with that office, and not with the named one's office
  // or a woman's style ("Ms. Trump"), nor with another title, written before it or after it
  // ("Sen. Imee Marcos criticised the move. Marcos, the senator, said …").
  const ownFirst = new Map<string, RawMention>();
  for (const m of shorts) {
    const form = m.key.slice('short:'.length);
    if (!ownFirst.has(form) && m.block === 'body' && officeOf(m) && byForm.get(form)?.every((o) => o.span.start > m.span.start && !sharesOffice(o, m))) ownFirst.set(form, m);
  }
  const ownOf = (o: RawMention, m: RawMention, form: string) => {
    const first = ownFirst.get(form);
    if (!first || sharesOffice(o, m) || m.titles.some((t) => WOMANS_STYLE.test(t.text))) return false;
    return m.titles.length ? sharesOffice(first, m) : !APPOSITIVE_AFTER.test(text.slice(m.span.end, m.span.end + 8));
  };
  const staysLocal = (o: RawMention | undefined, m: RawMention, form: string) => !!o && ((o.span.start > m.span.start && (localBefore.get(form) ?? Infinity) < m.span.start) || ownOf(o, m, form));
  for (const m of shorts) {
    const form = m.key.slice('short:'.length);
    const found = optionOf.get(m);
    const o = staysLocal(found, m, form) ? undefined : found;
    const regnal = o ? undefined : regnalKeys.get(form);
    if (!o && !regnal && !localBefore.has(form)) localBefore.set(form, m.span.start);
    m.key = o?.key ?? regnal ?? `person@${uri}:${form}`;
    if (o?.tentative) m.tentative = true;
    // Named with the office as written, "Pope Francis", wherever the entity is shown.
    const office = regnal ? m.titles.flatMap((t) => t.text.split(' ')).find((w) => REGNAL_OFFICES.has(titleWord(w)) || PRINCELY.has(titleWord(w))) : undefined;
    if (regnal && office) Object.assign(m, { form: 'full', whole: { name: `${office} ${m.text}`, key: regnal }, shortForms: [form] });
  }
  for (const c of candidates) {
    if (c.dropped) continue;
    if (c.key.startsWith('short:')) {
      const form = c.key.slice('short:'.length);
      const o = optionFor(c);
      const regnal = o ? undefined : regnalKeys.get(form);
      if (staysLocal(o, c, form)) raw.push({ ...c, key: `person@${uri}:${form}`, form: 'short' });
      else if (o) raw.push({ ...c, key: o.key, form: 'short', ...(o.tentative ? { tentative: true } : {}) });
      else if (regnal) raw.push({ ...c, key: regnal, form: 'short' });
      // "President Trump said …", and no fuller Trump in the article: a later "Trump said" is him.
      else if ((localBefore.get(form) ?? Infinity) < c.span.start) raw.push({ ...c, key: `person@${uri}:${form}`, form: 'short' });
    } else if (c.key.startsWith('acr:')) {
      raw.push(c); // resolved (or dropped) by the corpus, which knows other articles' acronyms
    }
  }
}

/** An appositive's start after a surname: "Marcos, the senator, …", "Trump, a businesswoman, …". */
const APPOSITIVE_AFTER = /^\s*,\s*(?:the|a|an)\s/;

/** A woman's style before a surname: "Ms. Trump", "Mrs Marcos", "Madam Sirleaf". */
const WOMANS_STYLE = /^(?:Ms|Mrs|Miss|Mme|Madam|Madame|Dame|Lady)\.?$/i;

/** Does `form` stand for the name `o` only by its first word, neither a known given name nor a family name written first? */
function byFirstWordOnly(o: RawMention, form: string): boolean {
  const ws = o.text.split(' ');
  return ws.length >= 2 && foldText(ws[0]) === form && foldText(ws[ws.length - 1]) !== form && !SURNAME_FIRST.has(ws[0]) && !isAnyGivenName(ws[0]);
}

export function resolveMeetingOrdinals(raw: RawMention[]): void {
  // Per series, by key ("…#57", "…~2025"): an ordinal and a year are counted apart.
  const counts = new Map<string, Map<string, { n: number; first: number; body: boolean }>>();
  for (const m of raw) {
    if (m.kind !== 'meeting' || m.ordinal === undefined || !m.series) continue;
    const per = counts.get(m.series) ?? new Map();
    const key = meetingKey(m.series, m.ordinal, m.yearEdition);
    const c = per.get(key) ?? { n: 0, first: m.span.start, body: false };
    c.n += m.block === 'body' ? 10 : 1; // the body says what the article is about; captions recall other years
    c.body ||= m.block === 'body';
    per.set(key, c);
    counts.set(m.series, per);
  }
  for (const m of raw) {
    if (m.kind !== 'meeting' || /[#~]/.test(m.key) || m.otherOccasion) continue;
    const series = m.series ?? m.key.slice('meeting:'.length);
    const per = counts.get(series);
    if (!per) continue;
    let best: [string, { n: number; first: number }] | undefined;
    for (const e of per) if (!best || e[1].n > best[1].n || (e[1].n === best[1].n && e[1].first < best[1].first)) best = e;
    if (best) m.key = best[0];
  }
}

/** The series of a conference of the parties a bare "COP16" is keyed by (the climate convention's). */
const PARTIES_SERIES = seriesKey(NUMBERED_MEETING_ACRONYMS.get('COP')!.split(' '))!;

/**
 * "UNCCD COP16 … COP16 closed on Friday": a bare COP in an article that names another
 * convention's COP of the same number is that one ("COP29" in the same article, the climate
 * talks, stays as it is). Only while one convention's COP has that number in the article.
 */
export function resolveConventionParties(raw: RawMention[]): void {
  const qualified = new Map<number, Set<string>>();
  for (const m of raw) {
    if (m.kind !== 'meeting' || m.ordinal === undefined || !m.series?.endsWith(' ' + PARTIES_SERIES)) continue;
    qualified.set(m.ordinal, (qualified.get(m.ordinal) ?? new Set()).add(m.series));
  }
  if (!qualified.size) return;
  for (const m of raw) {
    if (m.kind !== 'meeting' || m.series !== PARTIES_SERIES || m.ordinal === undefined) continue;
    const series = qualified.get(m.ordinal);
    if (series?.size !== 1) continue;
    [m.series] = series;
    m.key = meetingKey(m.series, m.ordinal, m.yearEdition);
  }
}
