// Reading and comparing titles: "Joint Chiefs of Staff Chairman Lt. Gen." is an office
// ("joint chiefs of staff chairman") plus a rank ("lieutenant general").

import {
  GENERAL_AS_OFFICE, HONORIFICS, OFFICE_ACRONYMS, OFFICE_HEADS, RANK_EXPANSIONS, RANK_GRADES, RANK_HEADS, RANK_MODIFIERS_OF, WORD_ORDINALS,
} from './lexicon';
import { foldWords, isPlacePhrase, memoize, withoutNationality } from './normalize';
import { levenshtein } from './annotations/text';

/** "President-elect", "Prime Minister-designate": the office someone is about to hold. */
export const ELECT = /[-‐](?:elect|designate)$/i;

/**
 * A word as the title lexicons spell it: lower case, no trailing period, abbreviations
 * expanded, "-elect" left off ("President-elect" is the office of "President"), and "co-"
 * too ("Co-Chair" shares the office of "Chair").
 */
export const titleWord = memoize((raw: string): string => {
  if (OFFICE_ACRONYMS[raw]) return OFFICE_ACRONYMS[raw];
  const w = raw.toLowerCase().replace(/\.$/, '').replace(/[’']/g, "'").replace(ELECT, '').replace(/^co[-‐](?=\p{L}{3})/u, '');
  return RANK_EXPANSIONS[w] ?? w;
});

/**
 * The rank word at `i`: "Marshall" after "Air Chief" or "Field" is the rank misspelt, and
 * reads as "marshal" ("Marshall Mathers" stays a name).
 */
function rankWordAt(words: string[], i: number): string {
  const w = titleWord(words[i]);
  return w === 'marshall' && i > 0 && RANK_MODIFIERS_OF.marshal.has(titleWord(words[i - 1])) ? 'marshal' : w;
}

/** Ranks whose last word is elsewhere a post's: "Wing Commander", "Lieutenant Commander", "Squadron Leader". */
const RANKS_OF_POST_WORDS: Readonly<Record<string, ReadonlySet<string>>> = { commander: new Set(['wing', 'lieutenant']), leader: new Set(['squadron']) };

export function isRankHead(words: string[], i: number): boolean {
  const w = rankWordAt(words, i);
  if (RANKS_OF_POST_WORDS[w]) return i > 0 && RANKS_OF_POST_WORDS[w].has(titleWord(words[i - 1]));
  if (!RANK_HEADS.has(w)) return false;
  // ("General Officer Commanding London District": a command a major general holds, no rank.)
  if (w === 'general' && /^officers?$/i.test(words[i + 1] ?? '')) return false;
  // "Attorney General", "Secretary General": an office, not a rank.
  return !(w === 'general' && i > 0 && GENERAL_AS_OFFICE.has(titleWord(words[i - 1])));
}

export function isOfficeHead(words: string[], i: number): boolean {
  const w = titleWord(words[i]);
  // "Khalid bin Sultan bin Abdulaziz": after "bin" a ruler's title is a father's name.
  if (OFFICE_HEADS.has(w)) return !(i > 0 && /^(?:bin|bint|ibn)$/i.test(words[i - 1]));
  return w === 'general' && i > 0 && GENERAL_AS_OFFICE.has(titleWord(words[i - 1]));
}

const FRENCH_EXCELLENCY = /^S\.E\.(?:M\.?|Mme\.?)?$/;

export function isHonorific(word: string): boolean {
  // "HE Sheikh Mohammed", "H.E. the Prime Minister": His Excellency, in capitals only ("He" is a pronoun).
  // "Hon. Enrique A. Manalo": the Honourable, with its period only ("Hon Hai" is a company).
  // "S.E.M. Alassane Ouattara": the French "Son Excellence Monsieur", with its periods only.
  return HONORIFICS.has(titleWord(word)) || word === 'HE' || word === 'H.E.' || word === 'H.E' || word === 'Hon.' || FRENCH_EXCELLENCY.test(word);
}

/** Splits title words into the trailing rank (if any) and the office before it. */
export function splitTitle(words: string[]): { rankFrom: number; rank?: string; office?: string } {
  let rankFrom = words.length;
  if (words.length && isRankHead(words, words.length - 1)) {
    rankFrom = words.length - 1;
    let head = rankWordAt(words, rankFrom);
    // "Chief" before "Marshal" is part of the rank; before other ranks it heads an office ("Army Chief Gen.").
    const modifies = (k: number) => RANK_MODIFIERS_OF[head]?.has(titleWord(words[k])) && (!isOfficeHead(words, k) || (head === 'marshal' && titleWord(words[k]) === 'chief'));
    while (rankFrom > 0 && modifies(rankFrom - 1)) {
      rankFrom--;
      head = titleWord(words[rankFrom]);
    }
  }
  const written = rankFrom < words.length ? words.slice(rankFrom).map((_, k) => rankWordAt(words, rankFrom + k)).join(' ') : undefined;
  const rank = written && (RANK_GRADES[written] ?? written);
  const officeWords = words.slice(0, rankFrom);
  const hasHead = officeWords.some((_, i) => isOfficeHead(officeWords, i));
  const office = hasHead ? normaliseOffice(officeWords.join(' ')) : undefined;
  return { rankFrom, rank, office: office || undefined };
}

const OFFICE_FILLER = new Set(['the', 'a', 'an', 'of', 'for', 'at', 'to', 'in', 'on', 'and']);

/** Styles of royals that may stand between an office and the name. */
const ROYAL_STYLES = new Set(['prince', 'princess', 'sheikh', 'sheikha', 'shaikh', 'shaikha']);

/** Offices written as their initials: "CM Siddaramaiah" holds the office of "Chief Minister Siddaramaiah". */
const OFFICE_INITIALS: Record<string, string> = { cm: 'chief minister', pm: 'prime minister' };
/**
 * India's, only as the whole office (a number aside): "CJI Sanjiv Khanna", "DGP Rashmi Shukla", "CDS Gen Anil Chauhan"
 * ("ACP Secretary-General" is the African, Caribbean and Pacific group's).
 */
const WHOLE_OFFICE_INITIALS: Record<string, string> = {
  cji: 'india chief justice', dgp: 'police director-general', igp: 'police inspector-general', adgp: 'police additional director-general',
  dcp: 'police deputy commissioner', acp: 'police assistant commissioner', ssp: 'police senior superintendent', cds: 'defense staff chief', coas: 'army staff chief',
};

/**
 * "Secretary of Defense", "U.S. Defense Secretary" and "defence secretary" all become
 * "defense secretary": nationality dropped, spelling unified, "X of Y" turned into "Y X".
 */
export function normaliseOffice(text: string, acronyms?: Record<string, string>): string {
  return acronyms ? normaliseOfficeUncached(text, acronyms) : normaliseOfficeAsWritten(text);
}

/** A grade joined to its office by a hyphen, or written as one word with "secretary": the two apart. */
function gradeApart(w: string): string[] {
  const hyphened = /^(vice|deputy|under)-(\p{L}.*)$/u.exec(w);
  if (hyphened) return [hyphened[1], hyphened[2]];
  const joined = /^under(secretar\p{L}*(?:-\p{L}+)?)$/u.exec(w);
  return joined ? ['under', joined[1]] : [w];
}

/** Is a normalised office's run of words, in lower case, a place the lexicon knows ("punjab", "vatican")? */
function isPlaceInLowerCase(words: string[]): boolean {
  return isPlacePhrase(words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)));
}

/** Offices written "X-General", with a hyphen or without. */
const GENERAL_OFFICES = new Set(['secretary', 'inspector', 'attorney', 'director', 'solicitor', 'surgeon', 'governor', 'auditor', 'consul', 'postmaster', 'prosecutor', 'procurator', 'comptroller', 'adjutant', 'registrar', 'advocate']);

/** Offices repeat from article to article: most are normalised once. */
const normaliseOfficeAsWritten = memoize((text: string) => normaliseOfficeUncached(text, {}));

/**
 * Words before a post that say whose, which or how recent it is, no part of it: "the new prime minister", "the country's
 * next president", "its 158th Speaker"; not a deputy's number ("2nd Deputy Prime Minister") nor a unit's ("7th Fleet
 * Commander"). (In lower case: "New Zealand".)
 */
const NOT_OF_THE_POST = /^(?:(?:the|a|an|its|his|her|their)\s+)?(?:(?:country|nation)['’]s\s+)?(?:(?:\d{1,3}(?:st|nd|rd|th)(?!\s+(?:[Dd]eputy|[Vv]ice|[Uu]nder|[Aa]ssistant|[Ff]leet|[Aa]rmy|[Cc]orps|[Dd]ivision|[Bb]rigade|[Rr]egiment|[Bb]attalion|[Dd]istrict|[Cc]ircuit|[Cc]ongressional|[Ww]ard|[Ss]quadron|[Ww]ing|[Ii]nfantry|[Aa]rmou?red|[Mm]arine)\b)|new|next|incoming|newly[- ](?:appointed|elected|named))\s+){0,2}/;

function normaliseOfficeUncached(text: string, acronyms: Record<string, string>): string {
  text = text.replace(NOT_OF_THE_POST, '') || text;
  // "Vice-President" is the "Vice President", "Under-Secretary-General" and "Undersecretary-General"
  // the "Under Secretary-General".
  let ws = withoutNationality(foldWords(text).flatMap(gradeApart).map((w) => titleWord(w)));
  const whole = ws.filter((w) => !/^\d/.test(w)).length === 1;
  ws = ws.flatMap((w) => (acronyms[w] ?? OFFICE_INITIALS[w] ?? (whole ? WHOLE_OFFICE_INITIALS[w] : undefined))?.split(' ') ?? [w]);
  // "Inspector General of Police" is the "Inspector-General", "UN Secretary General" the "Secretary-General".
  ws = ws.flatMap((w, k) => (w === 'general' && GENERAL_OFFICES.has(ws[k - 1] ?? '') ? [] : GENERAL_OFFICES.has(w) && ws[k + 1] === 'general' ? [`${w}-general`] : [w]));
  // "Foreign Minister Prince Faisal bin Farhan": a royal's style after the office is no part of it.
  if (ws.length > 1 && ROYAL_STYLES.has(ws[ws.length - 1]) && ws.slice(0, -1).some((_, k) => isOfficeHead(ws, k))) ws = ws.slice(0, -1);
  // "Chief Minister Punjab" is the "Punjab Chief Minister": a place after the office, without "of".
  for (const k of [ws.length - 2, ws.length - 1]) {
    if (k >= 1 && isOfficeHead(ws, k - 1) && isPlaceInLowerCase(ws.slice(k))) {
      ws = [...ws.slice(k), ...ws.slice(0, k)];
      break;
    }
  }
  // Only "head of X" (or "head for X", "Minister for Foreign Affairs") turns round; "joint chiefs of
  // staff chairman" stays as written.
  const of = ws.findIndex((w, k) => (w === 'of' || w === 'for') && k > 0 && k < ws.length - 1 && isOfficeHead(ws, k - 1));
  if (of > 0) {
    const head = ws.slice(0, of);
    const rest = ws.slice(of + 1).filter((w) => !OFFICE_FILLER.has(w));
    ws = [...rest, ...head];
  }
  return joinCompoundPortfolios(ws).filter((w) => !OFFICE_FILLER.has(w)).join(' ');
}

/**
 * Two portfolio words side by side that name a ministry of their own: Australia's "Defence Industry
 * Minister" is not its "Defence Minister", a "Foreign Trade Minister" no foreign minister. Joined
 * before "and" is dropped, so that "Trade and Industry" stays two.
 */
const COMPOUND_PORTFOLIOS = new Set(['defense industry', 'foreign trade']);

function joinCompoundPortfolios(ws: string[]): string[] {
  for (let k = ws.length - 2; k >= 0; k--) {
    if (COMPOUND_PORTFOLIOS.has(`${ws[k]} ${ws[k + 1]}`)) ws = [...ws.slice(0, k), `${ws[k]}-${ws[k + 1]}`, ...ws.slice(k + 2)];
  }
  return ws;
}

/** Portfolios whose difference means a different office ("Defense" vs "Foreign" Minister). */
const PORTFOLIOS: Record<string, string> = {
  defense: 'defense', war: 'defense', foreign: 'foreign', 'foreign affairs': 'foreign', 'external affairs': 'foreign', state: 'foreign',
  finance: 'finance', treasury: 'finance', economy: 'finance', justice: 'justice', interior: 'interior',
  'home affairs': 'interior', home: 'interior', trade: 'trade', commerce: 'trade', industry: 'industry',
  unification: 'unification', health: 'health', education: 'education', labor: 'labor',
  employment: 'labor', environment: 'environment', agriculture: 'agriculture', energy: 'energy',
  culture: 'culture', transport: 'transport', transportation: 'transport', science: 'science',
  // India's "Civil Aviation Minister" and "Railways Minister" head ministries of their own, which most cabinets'
  // transport ministry holds (Britain's "aviation minister" is a transport minister).
  aviation: 'transport', railways: 'transport', railway: 'transport',
  veterans: 'veterans', 'national defense': 'defense', 'homeland security': 'homeland',
  // The Philippines' "Interior and Local Government Secretary", written either way.
  'local government': 'interior', information: 'information',
  // South Africa's "Minister of International Relations and Cooperation" is its foreign minister.
  'international relations': 'foreign',
  // Pakistan's and India's "Law Minister" holds "Law and Justice".
  law: 'justice',
  // Japan's "Chief Cabinet Secretary", a post of its own.
  'chief cabinet': 'chief-cabinet',
  'defense-industry': 'defense-industry', 'foreign-trade': 'foreign-trade',
  // Argentina's and Israel's "Security Minister", Mexico's "Security Secretary": no defence minister.
  // (Social, food and energy security belong to other ministries.)
  // Canada's "Public Safety Minister" (Anandasangaree) heads its security ministry, not its defence (McGuinty).
  security: 'security', 'public security': 'security', 'public safety': 'security', 'national security': 'security', 'social security': 'social-security',
  'food security': 'agriculture', 'energy security': 'energy',
  // Ministries of their own in most cabinets ("Planning Minister" Tebet is not "Finance Minister" Haddad).
  planning: 'planning', tourism: 'tourism', sport: 'sport', sports: 'sport', housing: 'housing', fisheries: 'fisheries',
  immigration: 'immigration', communications: 'communications',
  // Egypt's "Water Resources and Irrigation Minister" (Sewilam), not its Foreign Minister (Abdelatty).
  water: 'water', irrigation: 'water',
};

/** Words of a ministry's name the portfolios above leave out: "Recreation", "Arts", "Youth", "Lands". */
const MINISTRY_WORDS = new Set(['arts', 'youth', 'women', 'children', 'gender', 'lands', 'mines', 'mining', 'works', 'heritage', 'affairs', 'labour', 'welfare', 'resources',
  'climate', 'rural', 'urban', 'local', 'social', 'public', 'national', 'regional', 'higher', 'digital', 'technical', 'small', 'medium', 'development', 'management',
  'investment', 'settlements', 'industries', 'utilities', 'communities', 'minorities', 'defence', 'intelligence', 'governance', 'insurance', 'shipping', 'banking', 'training']);
/**
 * Nouns of the kind ministries are named by: "Recreation", "Infrastructure", "Tourism", "Economics". (Not the
 * endings of names: Clement, Keating, Davies, Lawrence.)
 */
const MINISTRY_NOUN = /(?:tion|sion|ure|ism|ics|ity)s?$/;

/**
 * Could a capitalised word be a part of a ministry's name, in a list of its portfolios ("SPORT, Recreation,
 * Arts and Culture Minister")? A portfolio, a word of one's name or a noun of their kind; no name.
 */
export function isMinistryWord(word: string): boolean {
  const w = word.toLowerCase();
  return Object.hasOwn(PORTFOLIOS, w) || MINISTRY_WORDS.has(w) || (w.length >= 6 && MINISTRY_NOUN.test(w));
}

const PORTFOLIO_PATTERNS = Object.entries(PORTFOLIOS).map(([phrase, p]) => [new RegExp(`(^| )${phrase}( |$)`), p] as const);

/** Every portfolio named: "trade industry energy" (one ministry with three) gives three. */
const portfolioCache = memoize((joined: string) => {
  const found = new Set<string>();
  for (const [re, p] of PORTFOLIO_PATTERNS) if (re.test(joined)) found.add(p);
  // "Economy" is the finance ministry's in France ("Economy Minister" or "Finance Minister" Lescure),
  // but with trade or industry and without finance, Japan's "Minister of Economy, Trade and Industry"
  // is no finance minister; a loose "economy minister" may still be either.
  if (ECONOMY.test(joined)) {
    found.add('economy');
    if (!FINANCE.test(joined) && (found.has('trade') || found.has('industry'))) found.delete('finance');
  }
  return [...found].join(' ');
});
const ECONOMY = /(?:^| )economy(?: |$)/;
const FINANCE = /(?:^| )(?:finance|treasury)(?: |$)/;

function portfoliosOf(words: string[]): string[] {
  const joined = portfolioCache(words.join(' '));
  return joined ? joined.split(' ') : [];
}

const isPrimeMinister = (office: string) => office === 'prime minister' || office.endsWith(' prime minister');

/** The two words for the head of a ministry. */
const CABINET_HEADS = new Set(['minister', 'secretary']);

/** Are two normalised offices posts of one kind, so that they can agree or disagree: the same last word, or a minister's and a secretary's? */
export function sameKindOfOffice(a: string, b: string): boolean {
  // (A prime minister is no minister of a portfolio: "Prime Minister" agrees with no "Interior Minister".)
  if (isPrimeMinister(a) !== isPrimeMinister(b)) return false;
  if (chiefOfficer(a) && chiefOfficer(b)) return true;
  const ha = a.slice(a.lastIndexOf(' ') + 1);
  const hb = b.slice(b.lastIndexOf(' ') + 1);
  return ha === hb || (CABINET_HEADS.has(ha) && CABINET_HEADS.has(hb));
}

/**
 * Words that make a post the deputy's: "Deputy Foreign Minister", "Vice President", "Under Secretary of State";
 * "joint" or "additional" before some posts (see GRADED_SERVICE_POSTS), not in "Joint Chiefs".
 */
const DEPUTY_WORDS = new Set(['deputy', 'vice', 'assistant', 'under']);
/**
 * Posts a "joint" or an "additional" one is a grade below, in the civil services of South Asia and elsewhere: "BCCI
 * joint secretary", a "Joint Chief Electoral Officer", an "Additional Solicitor General". (Not a co-holder's:
 * "joint chief executive"; nor an "additional judge", who is a judge.)
 */
const GRADED_SERVICE_POSTS = /^(?:secretary|principal secretary|chief secretary|commissioner|director|registrar|controller|chief electoral officer|solicitor-general|advocate-general)\b/;
const isDeputyWord = (ws: string[], i: number) =>
  DEPUTY_WORDS.has(ws[i]) || ((ws[i] === 'joint' || ws[i] === 'additional') && GRADED_SERVICE_POSTS.test(ws.slice(i + 1).join(' '))) ||
  // ("Associate Project Director" is below the project director, an "associate dean" below the dean; an "Associate
  // Justice" is a justice, an associate professor or fellow one of many.)
  (ws[i] === 'associate' && i + 1 < ws.length && ASSOCIATES_BELOW.has(ws[ws.length - 1]));
/** Posts an "associate" one is a grade below. */
const ASSOCIATES_BELOW = new Set(['director', 'administrator', 'dean', 'commissioner', 'counsel', 'coach', 'provost', 'registrar']);
const isDeputyPost = (ws: string[]) => ws.some((_, i) => isDeputyWord(ws, i));
/** The post a deputy's post is the deputy's of: "foreign minister" of "deputy foreign minister". */
const postOf = (ws: string[]) => ws.filter((_, i) => !isDeputyWord(ws, i)).join(' ');
/** The grade a deputy's post is below the post: "deputy" (or "vice"), "assistant", "under", "joint", "additional", or more than one. */
const gradeOf = (ws: string[]) => [...new Set(ws.filter((_, i) => isDeputyWord(ws, i)).map((w) => (w === 'vice' ? 'deputy' : w)))].sort().join(' ');

/**
 * Kenya's civil servant under its minister: the "Treasury Principal Secretary" is not the "National Treasury Cabinet
 * Secretary". (A principal secretary alone may head a department and be called its "Health Secretary", in India's states.)
 */
function cabinetAndPrincipalSecretary(wa: string[], wb: string[]): boolean {
  const grade = (ws: string[]) => (ws.length >= 2 && ws[ws.length - 1] === 'secretary' ? ws[ws.length - 2] : '');
  const [ga, gb] = [grade(wa), grade(wb)];
  if (!((ga === 'cabinet' && (gb === 'principal' || gb === 'permanent')) || (gb === 'cabinet' && (ga === 'principal' || ga === 'permanent')))) return false;
  const [pa, pb] = [portfoliosOf(wa.slice(0, -2)), portfoliosOf(wb.slice(0, -2))];
  return pa.length === 0 || pb.length === 0 || pa.some((p) => pb.includes(p));
}

/** The number a deputy's post is written with, right before its grade: 2 of "court second vice president" (or "2nd"). */
function deputyOrdinal(ws: string[]): number | undefined {
  const at = ws.findIndex((_, i) => isDeputyWord(ws, i));
  if (at <= 0) return undefined;
  const digits = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(ws[at - 1]);
  return digits ? Number(digits[1]) : WORD_ORDINALS[ws[at - 1]];
}

/** A company's chief officers by their initials: "ceo" is its chief executive. (Not "CPO" or "CSO": product, people, planning; strategy, security.) */
const CHIEF_INITIALS: Record<string, string> = { ceo: 'executive', coo: 'operating', cfo: 'financial', cto: 'technology', cmo: 'marketing', cio: 'information' };

/**
 * The function and the qualifiers of a company's chief officer ("executive" and "nissan" of "nissan ceo", "nissan
 * chief executive officer" or "nissan chief executive"), or undefined. Not a deputy's, nor one of two posts ("cfo coo").
 */
function chiefOfficer(office: string): { fn: string; of: string } | undefined {
  // (Asked of every pair of offices compared: most end in no officer's word.)
  const last = office.slice(office.lastIndexOf(' ') + 1);
  if (last !== 'officer' && last !== 'executive' && !Object.hasOwn(CHIEF_INITIALS, last)) return undefined;
  const ws = office.split(' ');
  const n = ws.length;
  const initials = Object.hasOwn(CHIEF_INITIALS, ws[n - 1]) ? CHIEF_INITIALS[ws[n - 1]] : undefined;
  const fn = initials ?? (n >= 3 && ws[n - 1] === 'officer' && ws[n - 3] === 'chief' ? ws[n - 2] : n >= 2 && ws[n - 1] === 'executive' && ws[n - 2] === 'chief' ? 'executive' : undefined);
  if (!fn) return undefined;
  const of = ws.slice(0, initials ? n - 1 : ws[n - 1] === 'officer' ? n - 3 : n - 2);
  if (of.some((w, i) => isDeputyWord(of, i) || Object.hasOwn(CHIEF_INITIALS, w) || w === 'chief' || w === 'officer' || w === 'acting' || w === 'interim')) return undefined;
  return { fn, of: of.join(' ') };
}

/** The functions of two chief officers of one company, or of none named; undefined when they are not. */
function chiefOfficersOfOneCompany(a: string, b: string): [string, string] | undefined {
  const [ca, cb] = [chiefOfficer(a), chiefOfficer(b)];
  return ca && cb && (ca.of === cb.of || !ca.of || !cb.of) ? [ca.fn, cb.fn] : undefined;
}

/** One of a company's chief officers, written two ways: "CEO" and "chief executive". */
export function oneChiefOfficer(a: string, b: string): boolean {
  const fns = chiefOfficersOfOneCompany(a, b);
  return !!fns && fns[0] === fns[1];
}

/** Words that head a board's chair: "ubs chairman", "finma chair". */
const CHAIR_HEADS = new Set(['chairman', 'chair', 'chairperson', 'chairwoman']);

/**
 * A named body's chair and its chief executive: "ubs chairman" and "ubs chief executive". The two are
 * often one person's ("chairman and chief executive"). The body must be named by both, and alike; no
 * deputy's, no executive chair, no acting officer.
 */
function chairAndChiefExecutive(a: string, b: string): boolean {
  const chairA = chairOf(a);
  const [chair, chief] = chairA !== undefined ? [chairA, chiefOfficer(b)] : [chairOf(b), chiefOfficer(a)];
  return !!chair && !!chief && chief.fn === 'executive' && chief.of === chair;
}

/** The body a chair's office names ("ubs" of "ubs chairman"), or undefined. */
function chairOf(office: string): string | undefined {
  const ws = office.split(' ');
  if (!CHAIR_HEADS.has(ws[ws.length - 1])) return undefined;
  const of = ws.slice(0, -1);
  return of.length && !of.some((w, i) => isDeputyWord(of, i) || w === 'executive' || w === 'acting' || w === 'interim' || w === 'co' || CHAIR_HEADS.has(w) || Object.hasOwn(CHIEF_INITIALS, w)) ? of.join(' ') : undefined;
}

/**
 * The portfolio of a minister's post ("foreign" of "state external affairs minister"; for words no portfolio
 * names, the words sorted: "aviation civil"), or undefined: a minister of state's (`junior`, "Minister of State
 * for Civil Aviation", which must be written so: see SharedPosts.junior), or no deputy's and no minister of state's.
 * (Not the Ministry of State Security's minister.)
 */
function ministersPortfolio(office: string, junior: boolean): string | undefined {
  const ws = office.split(' ');
  if (ws[ws.length - 1] !== 'minister' || ws.some((_, i) => isDeputyWord(ws, i))) return undefined;
  const at = ws.indexOf('state');
  if ((at >= 0) !== junior || ws[at + 1] === 'security') return undefined;
  const words = ws.filter((w, i) => i !== at && w !== 'union' && w !== 'minister' && w !== 'ministry');
  const portfolios = portfoliosOf(words);
  return portfolios.length ? [...portfolios].sort().join(' ') : words.length ? words.sort().join(' ') : undefined;
}

/**
 * A minister of state's post and the minister's of the same portfolio, the junior and the senior ("state civil
 * aviation minister", "civil aviation minister"): the senior's, or undefined. Japan's ministers of state are its
 * cabinet's, and Britain calls its ministers of state "Trade Minister".
 */
function ministerOfStateAndMinister(a: string, b: string): string | undefined {
  const [ja, jb] = [ministersPortfolio(a, true), ministersPortfolio(b, true)];
  if (ja && ja === ministersPortfolio(b, false)) return b;
  if (jb && jb === ministersPortfolio(a, false)) return a;
  return undefined;
}

/** One minister's post written two ways: "union civil aviation minister" and "civil aviation minister". */
function oneMinistersPost(a: string, b: string): boolean {
  const p = ministersPortfolio(a, false);
  return p !== undefined && p === ministersPortfolio(b, false);
}

/**
 * Two posts one person may be called at once, so that they disagree only where a source of about then gives
 * one of them to someone else (see findConflicts): `disproved`, the posts someone else's holding disproves,
 * `samePost`, that post written another way, and `junior`, a post that must be written as a minister of
 * state's ("Minister of State for Health", not India's "State Health Minister", a state's minister).
 */
export interface SharedPosts {
  disproved: string[];
  samePost: (a: string, b: string) => boolean;
  junior?: string;
}

/** A minister of state's post as written: "Minister of State for Health", Ethiopia's "State Minister of Transport", "MoS". */
export const MINISTER_OF_STATE_WRITTEN = /\bministers?\s+of\s+state\b|\bstate\s+minister\s+(?:of|for)\b|\bMoS\b/i;

/**
 * Two posts one person may hold: a company's chair and its chief executive ("UBS Chairman", "UBS chief executive"),
 * either disproved; a minister of state and the minister of the portfolio, the minister's disproved.
 */
export function postsOneMayHoldBoth(a: string, b: string): SharedPosts | undefined {
  if (chairAndChiefExecutive(a, b)) return { disproved: [a, b], samePost: oneChairOrChiefExecutive };
  const senior = ministerOfStateAndMinister(a, b);
  return senior ? { disproved: [senior], samePost: oneMinistersPost, junior: senior === a ? b : a } : undefined;
}

/** One of those posts of one named body, written two ways: "ubs chair" and "ubs chairman", "ubs ceo" and "ubs chief executive". */
function oneChairOrChiefExecutive(a: string, b: string): boolean {
  const chair = chairOf(a);
  if (chair !== undefined) return chair === chairOf(b);
  const [ca, cb] = [chiefOfficer(a), chiefOfficer(b)];
  return !!ca && !!cb && ca.fn === 'executive' && cb.fn === 'executive' && ca.of !== '' && ca.of === cb.of;
}

/**
 * Two of a company's chief officers, of one company or of none named: "chief planning officer" and "chief
 * performance officer", "CEO" and "chief operating officer". An officer often moves up, so the two are
 * compared only as ranks are, within days.
 */
export function twoChiefOfficers(a: string, b: string): boolean {
  const fns = chiefOfficersOfOneCompany(a, b);
  return !!fns && fns[0] !== fns[1];
}

/**
 * Is one office the deputy's post of the other ("deputy defence minister" / "defence minister")?
 * A deputy often becomes the holder, so the two are compared only as ranks are, within days.
 */
export function deputyOfOther(a: string, b: string): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  return isDeputyPost(wa) !== isDeputyPost(wb) && (postOf(wa) === postOf(wb) || deputyInMinistry(wa, wb) || oneBodyWrittenApart(postOf(wa).split(' '), postOf(wb).split(' ')));
}

/**
 * Is one a deputy minister's post in a ministry the other heads: "deputy sports minister" and the "Sport,
 * Recreation, Arts and Culture Minister"? The deputy's portfolios are all the other's; the places, where
 * both name one, agree.
 */
function deputyInMinistry(wa: string[], wb: string[]): boolean {
  const [deputy, head] = isDeputyPost(wa) ? [wa, wb] : [wb, wa];
  const [hd, hh] = [deputy[deputy.length - 1], head[head.length - 1]];
  if (!CABINET_HEADS.has(hd) || !CABINET_HEADS.has(hh) || gradeOf(deputy) !== 'deputy') return false;
  const pd = portfoliosOf(deputy.filter((_, i) => !isDeputyWord(deputy, i)).slice(0, -1));
  const ph = portfoliosOf(head.slice(0, -1));
  return pd.length > 0 && ph.length > 0 && pd.every((p) => ph.includes(p)) && placesDisagree(deputy.filter((_, i) => !isDeputyWord(deputy, i)), head) !== true;
}

/** Words naming a body inside another: "chair of the board" is not "chair of the board's audit committee". */
const SUB_BODIES = new Set(['committee', 'subcommittee', 'board', 'panel', 'council', 'commission', 'group', 'caucus', 'taskforce', 'task', 'force', 'bureau', 'division', 'unit',
  'wing', 'league', 'youth', 'women', 'foundation', 'office', 'centre', 'center', 'chapter', 'branch', 'section', 'institute', 'school', 'faculty', 'department', 'agency', 'fund']);

/**
 * One post of one body, one source naming the body more fully or by its initials: "vice chair of the IHR
 * Emergency Committee" is a grade below the "chair of the International Health Regulations Emergency
 * Committee on the upsurge of mpox". The shorter body's words, initials read out, stand in the longer in
 * order; what the longer adds trails them and is no place, nor (of the few named here) a body inside it or
 * another office; and the shorter names more than a kind of body ("committee chair" may be another committee's).
 */
function oneBodyWrittenApart(wa: string[], wb: string[]): boolean {
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.length < 2 || short[short.length - 1] !== long[long.length - 1]) return false;
  const body = short.slice(0, -1);
  if (body.every((w) => SUB_BODIES.has(w))) return false;
  let at = 0;
  const used = new Set<number>();
  for (const w of body) {
    const found = findWordOrInitials(long, w, at);
    if (!found) return false;
    for (let k = found[0]; k < found[1]; k++) used.add(k);
    at = found[1];
  }
  // What the longer adds trails the body ("… on the upsurge of mpox"), and is no place ("of Texas").
  return long.slice(0, -1).every((w, k) => used.has(k) ||
    (k >= at && !SUB_BODIES.has(w) && !OFFICE_PARTS.has(w) && !isOfficeHead(long, k) && !isPlaceInLowerCase([w])));
}
/** Words of an office's own name: a "prime minister" is no minister of a body written more fully. */
const OFFICE_PARTS = new Set(['prime', 'chief', 'executive', 'general', 'senior', 'principal', 'managing', 'permanent', 'ranking', 'first', 'second', 'third', 'co']);

/** Where `word` stands in `ws` from `from` on, itself or as the initials of words in a row: [start, end), or undefined. */
function findWordOrInitials(ws: string[], word: string, from: number): [number, number] | undefined {
  for (let k = from; k < ws.length - 1; k++) {
    if (ws[k] === word) return [k, k + 1];
    const n = word.length;
    if (n >= 2 && n <= 5 && k + n < ws.length && ws.slice(k, k + n).every((w, i) => w[0] === word[i])) return [k, k + n];
  }
  return undefined;
}

/** Are two normalised offices one, one written more fully ("minister" / "defense minister")? Not a post and its deputy's. */
export function oneOffice(a: string, b: string): boolean {
  if (a === b) return true;
  return (a.endsWith(' ' + b) || b.endsWith(' ' + a)) && !deputyOfOther(a, b);
}

/**
 * Is `v` one ministry whose portfolios include both of two offices' ("Energy, Transport and
 * Telecommunications Minister" of "Energy Minister" and "Transport Minister")? Then a source
 * giving either gives a part of it.
 */
export function officeCoversBoth(v: string, a: string, b: string): boolean {
  const [wv, wa, wb] = [v, a, b].map((x) => x.split(' '));
  const head = (ws: string[]) => ws[ws.length - 1];
  if (v === a || v === b || head(wv) !== head(wa) || head(wv) !== head(wb)) return false;
  if (isDeputyPost(wv) !== isDeputyPost(wa) || isDeputyPost(wv) !== isDeputyPost(wb)) return false;
  const pv = portfoliosOf(wv.slice(0, -1));
  if (pv.length < 2) return false;
  const within = (ws: string[]) => {
    const px = portfoliosOf(ws.slice(0, -1));
    return px.length > 0 && px.every((p) => pv.includes(p));
  };
  return within(wa) && within(wb);
}

/**
 * Two offices disagree only when they are the same kind of post (same head word) for
 * different portfolios: "defense minister" vs "foreign minister" (a ministry with several
 * portfolios agrees with any of them), or when one is the other's deputy: "deputy foreign
 * minister" vs "foreign minister", "vice president" vs "president". Different heads disagree only
 * as two seats of one place ("Ohio Governor", "Ohio Senator"), two law officers, or a named body's
 * head and its secretary. Anything vaguer — extra qualifiers, another head ("chairman" vs
 * "commander"), one side unknown — is not a disagreement a reader can act on.
 */
export function officesDisagree(a: string, b: string): boolean {
  if (a === b) return false;
  if (twoChiefOfficers(a, b)) return true;
  const wa = a.split(' ');
  const wb = b.split(' ');
  const [ha, hb] = [wa[wa.length - 1], wb[wb.length - 1]];
  // (A cabinet's "Economy Secretary" in Mexico is its "Economy Minister": the two heads of a portfolio.)
  if (ha !== hb && !(CABINET_HEADS.has(ha) && CABINET_HEADS.has(hb))) return seatsOfOnePlace(wa, wb) || (LAW_OFFICERS.has(ha) && LAW_OFFICERS.has(hb)) || headAndSecretary(wa, wb);
  // The same words but for the deputy's: one source has the post, the other the post below it.
  if (isDeputyPost(wa) !== isDeputyPost(wb)) return deputyOfOther(a, b);
  if (cabinetAndPrincipalSecretary(wa, wb)) return true;
  // Two grades below the one post: "Deputy Attorney General" and "Assistant Attorney General for the
  // Antitrust Division", an Under- and an Assistant Secretary-General. ("Vice" and "Deputy" are one grade.)
  if (isDeputyPost(wa) && gradeOf(wa) !== gradeOf(wb)) {
    const [pa, pb] = [postOf(wa), postOf(wb)];
    if (pa.endsWith(pb) || pb.endsWith(pa)) return true;
  }
  // Two deputies numbered apart: the ICC's "First Vice-President" and "Second Vice-President", a "First" and a
  // "Second Deputy Prime Minister". (Only both numbered: "Deputy Prime Minister" may be either.)
  if (isDeputyPost(wa)) {
    const [oa, ob] = [deputyOrdinal(wa), deputyOrdinal(wb)];
    if (oa && ob && oa !== ob && ha === hb) return true;
  }
  // One post of two places: "Punjab Chief Minister" and "Sindh Chief Minister", "Ogun State Governor".
  const places = placesDisagree(wa, wb);
  if (places !== undefined) return places;
  const pa = portfoliosOf(wa.slice(0, -1));
  const pb = portfoliosOf(wb.slice(0, -1));
  // "Industry Minister" is short for the "Trade, Industry and Energy Minister".
  return pa.length > 0 && pb.length > 0 && !pa.some((p) => pb.includes(p)) && !securityOfInterior(pa, ha, pb) && !securityOfInterior(pb, hb, pa);
}

/**
 * A minister for security may sit in the interior ministry (Britain's Security Minister at the Home
 * Office, "Home Office minister Dan Jarvis"): security alone and interior are not told apart.
 */
function securityOfInterior(pa: string[], head: string, pb: string[]): boolean {
  // (A minister: Mexico's "Security Secretary" García Harfuch heads a ministry of his own, not its Interior.)
  return pa.length === 1 && pa[0] === 'security' && head === 'minister' && (pb.includes('interior') || pb.includes('homeland'));
}

/**
 * Two seats one person can't hold at once, qualified alike: "Siaya Governor" and "Siaya Senator", "Ohio
 * Governor" and "Ohio Senator". (Of two places, or none, they may be two people's or two times'.)
 */
function seatsOfOnePlace(wa: string[], wb: string[]): boolean {
  const [ha, hb] = [wa[wa.length - 1], wb[wb.length - 1]];
  if (!ELECTED_SEATS.has(ha) || !ELECTED_SEATS.has(hb)) return false;
  const place = (ws: string[]) => ws.slice(0, -1).filter((w) => !PLACE_KINDS.has(w)).join(' ');
  const [pa, pb] = [place(wa), place(wb)];
  return pa !== '' && pa === pb;
}
/**
 * A government's law officers, each post its own: no one is the "Attorney General" and the "Solicitor
 * General" at once, of one government or of two, and outlets confuse the two (India's Solicitor General Tushar Mehta).
 */
const LAW_OFFICERS = new Set(['attorney-general', 'solicitor-general', 'advocate-general']);
/**
 * A named body's head and its secretary, two posts: "secretary of the Dicastery for Bishops" is not its "Prefect",
 * the "secretary of the BCCI" not its "president". The same body, named by more than its kind or a country ("party
 * president", "Vietnam President" and "Vietnam General Secretary" may be two bodies'), and none a communist party's
 * committee or commission, which its secretary heads.
 */
function headAndSecretary(wa: string[], wb: string[]): boolean {
  const [ha, hb] = [wa[wa.length - 1], wb[wb.length - 1]];
  const [head, sec] = BODY_HEADS.has(ha) && SECRETARIES.has(hb) ? [wa, wb] : BODY_HEADS.has(hb) && SECRETARIES.has(ha) ? [wb, wa] : [];
  if (!head || !sec) return false;
  // (Where the body sits is no part of it: "secretary of the Dicastery for Bishops in the Vatican".)
  const notPlace = (w: string) => !isPlaceInLowerCase([w]);
  const body = head.slice(0, -1).filter(notPlace);
  const secretarysBody = sec.slice(0, -1).filter((w) => w !== 'general' && w !== 'first' && notPlace(w));
  return body.length === secretarysBody.length && body.every((w, k) => secretarysBody[k] === w && !HEADED_BY_SECRETARIES.has(w)) &&
    body.some((w) => !SUB_BODIES.has(w) && !KINDS_OF_BODY.has(w));
}
const BODY_HEADS = new Set(['prefect', 'president', 'chair', 'chairman', 'chairwoman', 'chairperson']);
const SECRETARIES = new Set(['secretary', 'secretary-general']);
const KINDS_OF_BODY = new Set(['dicastery', 'congregation', 'pontifical', 'secretariat', 'party', 'club', 'association', 'union', 'federation', 'society',
  'company', 'government', 'state', 'national', 'ruling', 'opposition', 'federal', 'executive', 'central']);
/** Bodies a secretary heads: a communist party's committees and military commission, its politburo. */
const HEADED_BY_SECRETARIES = new Set(['committee', 'commission', 'politburo', 'communist', 'cpc', 'ccp', 'cpv', 'wpk']);
const ELECTED_SEATS = new Set(['governor', 'senator', 'mayor', 'congressman', 'congresswoman']);

/** Words after a place that say what kind of place it is: "Lagos State Governor" is the "Lagos Governor". */
const PLACE_KINDS = new Set(['state', 'county', 'province', 'region', 'district', 'city', 'prefecture', 'governorate', 'oblast']);

/**
 * The place an office opens with ("punjab" of "punjab chief minister") and how many words it takes,
 * as "2|lagos" for "lagos state governor"; '' for none. Offices repeat: asked once each.
 */
const leadingPlaceOf = memoize((office: string) => {
  const ws = office.split(' ');
  for (let n = Math.min(4, ws.length - 1); n >= 1; n--) {
    const words = PLACE_KINDS.has(ws[n - 1]) && n > 1 ? ws.slice(0, n - 1) : ws.slice(0, n);
    if (isPlaceInLowerCase(words)) return `${n}|${words.join(' ')}`;
  }
  return '';
});

function leadingPlace(ws: string[]): { place: string[]; n: number } | undefined {
  const found = leadingPlaceOf(ws.join(' '));
  if (!found) return undefined;
  const bar = found.indexOf('|');
  return { n: +found.slice(0, bar), place: found.slice(bar + 1).split(' ') };
}

/**
 * Is one office the other's for another place: "Punjab Chief Minister" and "Sindh Chief Minister",
 * "Lagos Governor" and "Ogun State Governor"? Not a place and a part of it ("Delhi", "New Delhi"),
 * nor two spellings of one ("Kiev", "Kyiv"). Undefined unless both open with a place before one post.
 */
function placesDisagree(wa: string[], wb: string[]): boolean | undefined {
  const la = leadingPlace(wa);
  const lb = leadingPlace(wb);
  if (!la || !lb || wa.slice(la.n).join(' ') !== wb.slice(lb.n).join(' ')) return undefined;
  const [pa, pb] = [la.place, lb.place];
  if (pa.every((w) => pb.includes(w)) || pb.every((w) => pa.includes(w))) return false;
  const [sa, sb] = [pa.join(' '), pb.join(' ')];
  return !(sa[0] === sb[0] && levenshtein(sa, sb) <= 2);
}
