// Deterministic synthetic corpora for the benchmark: N articles in the three shapes of
// seeds/ (raw-text scrapes, agency wire stories with a `date …` dateline, Markdown
// clippings with front matter), about 3.5 KB each, on one long-running story. A pool of a
// few hundred people keeps the same title everywhere; on top of that a KNOWN set of
// conflicts is injected (different rank / office for one person, different day for one
// numbered meeting) together with KNOWN look-alikes that must not be flagged. The ground
// truth is written next to the corpus as `<name>.truth.json`.
//
//   node node_modules/tsx/dist/cli.mjs bench/generateCorpus.ts --n 1000 [--seed 42] [--out bench/.corpora]

import { mkdirSync, rmSync, writeFileSync, existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { RANK_WINDOW_DAYS } from '../server/src/core/findConflicts';
import { personKey, romanisationKey } from '../server/src/core/normalize';

export const GENERATOR_VERSION = 7;


// ---------------------------------------------------------------- random

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  constructor(readonly next: () => number) {}
  int(lo: number, hi: number): number { return lo + Math.floor(this.next() * (hi - lo + 1)); }
  pick<T>(xs: readonly T[]): T { return xs[Math.floor(this.next() * xs.length)]; }
  chance(p: number): boolean { return this.next() < p; }
  shuffle<T>(xs: T[]): T[] {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [xs[i], xs[j]] = [xs[j], xs[i]];
    }
    return xs;
  }
  hex(n: number): string { let s = ''; for (let i = 0; i < n; i++) s += '0123456789abcdef'[this.int(0, 15)]; return s; }
}

// ---------------------------------------------------------------- dates (UTC days)

const DAY = 86400000;
const MONTH_AP = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const dayNum = (iso: string) => Math.round(Date.parse(iso + 'T00:00:00Z') / DAY);
const iso = (d: number) => new Date(d * DAY).toISOString().slice(0, 10);
const weekday = (d: number) => new Date(d * DAY).getUTCDay();
const yearOf = (d: number) => new Date(d * DAY).getUTCFullYear();
/** "Nov. 4" or "Nov. 4, 2024" when the year differs from the article's. */
function apDate(d: number, pub: number): string {
  const t = new Date(d * DAY);
  const s = `${MONTH_AP[t.getUTCMonth()]} ${t.getUTCDate()}`;
  return yearOf(d) === yearOf(pub) ? s : `${s}, ${yearOf(d)}`;
}
/** "27 Oct. 2025, 17:57" as in the scrapes' Published: lines. */
function publishedLine(d: number, minutes: number): string {
  const t = new Date(d * DAY);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  const mon = MONTH_AP[t.getUTCMonth()].length <= 4 ? MONTH_AP[t.getUTCMonth()] : MONTH_SHORT[t.getUTCMonth()] + '.';
  return `${t.getUTCDate()} ${mon} ${t.getUTCFullYear()}, ${hh}:${mm}`;
}
const FIRST_DAY = dayNum('2023-01-09');
const LAST_DAY = dayNum('2025-12-19');

// ---------------------------------------------------------------- style per outlet

type Format = 'scrape' | 'wire' | 'clip';
interface Style { format: Format; us: string; defense: string; q0: string; q1: string; apos: string; ize: boolean }
const STYLES: Record<Format, Style> = {
  scrape: { format: 'scrape', us: 'U.S.', defense: 'Defense', q0: '“', q1: '”', apos: '’', ize: true },
  wire: { format: 'wire', us: 'US', defense: 'Defence', q0: '"', q1: '"', apos: "'", ize: false },
  clip: { format: 'clip', us: 'U.S.', defense: 'Defense', q0: '"', q1: '"', apos: "'", ize: true },
};
/** Applies the outlet's house spelling to a phrase written in American style. */
function styled(s: Style, text: string): string {
  let t = text.replace(/\bU\.S\./g, s.us).replace(/\bDefense\b/g, s.defense).replace(/\bdefense\b/g, s.defense.toLowerCase());
  if (!s.ize) t = t.replace(/moderniz/g, 'modernis').replace(/organiz/g, 'organis');
  return t.replace(/'/g, s.apos);
}

// ---------------------------------------------------------------- people

const KO_SURNAMES = ['Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Han', 'Oh', 'Seo', 'Shin', 'Kwon', 'Hwang', 'Ahn', 'Song', 'Jeon', 'Hong', 'Moon', 'Yang', 'Son', 'Bae', 'Baek', 'Heo', 'Nam', 'Noh', 'Ha', 'Kwak', 'Sung', 'Cha', 'Joo', 'Woo', 'Min', 'Ryu', 'Jin', 'Byun', 'Chae', 'Won', 'Pyo', 'Yeom', 'Tak', 'Gong', 'Maeng'];
const KO_SYLLABLES = ['min', 'jun', 'seo', 'yeon', 'ji', 'hoon', 'woo', 'jin', 'hyun', 'sung', 'young', 'soo', 'ho', 'jae', 'dong', 'chul', 'kyung', 'hee', 'sang', 'won', 'tae', 'gyu', 'back', 'hak', 'seok', 'yong', 'myung', 'il', 'nam', 'bong', 'kwang', 'joon', 'han', 'geun', 'cheol', 'mi', 'eun', 'na', 'ra', 'bin'];
const WEST_FIRST = ['Pete', 'Dan', 'Samuel', 'Xavier', 'John', 'Michael', 'David', 'James', 'Robert', 'William', 'Richard', 'Thomas', 'Mark', 'Paul', 'Steven', 'Andrew', 'Kevin', 'Brian', 'George', 'Edward', 'Ronald', 'Anthony', 'Jason', 'Jeffrey', 'Ryan', 'Gary', 'Nicholas', 'Eric', 'Jonathan', 'Stephen', 'Laura', 'Sarah', 'Karen', 'Nancy', 'Lisa', 'Emily', 'Rachel', 'Julia', 'Helen', 'Diane', 'Marco', 'Hiroshi', 'Kenji', 'Takeshi'];
const WEST_LAST = ['Hegseth', 'Caine', 'Paparo', 'Brunson', 'Austin', 'Milley', 'LaCamera', 'Aquilino', 'Harrington', 'Whitfield', 'Donnelly', 'Castellano', 'Brennan', 'Okafor', 'Lindqvist', 'Marchetti', 'Hargrove', 'Ellsworth', 'Pemberton', 'Thornbury', 'Vasquez', 'Kowalski', 'Novak', 'Delacroix', 'Fairbanks', 'Galloway', 'Holloway', 'Kensington', 'Lockhart', 'Mansfield', 'Northcott', 'Oakley', 'Prescott', 'Radcliffe', 'Sterling', 'Tillman', 'Underwood', 'Whitaker', 'Yardley', 'Zimmerman', 'Nakatani', 'Koizumi', 'Yamada', 'Takahashi', 'Ashworth', 'Brightman', 'Carrow', 'Dunmore', 'Everly', 'Fenwick', 'Garrison', 'Hawthorne', 'Ingram', 'Jorgensen', 'Kittredge', 'Langford', 'Merriweather', 'Nightingale', 'Osborne', 'Pennington', 'Quinlan', 'Rutherford', 'Sinclair', 'Trevino', 'Upton', 'Vanderbilt', 'Westbrook', 'Abernathy', 'Blackwood', 'Cromwell', 'Drummond', 'Eastwood', 'Fairweather', 'Gresham'];

interface Person {
  id: number;
  /** Canonical spelling ("Jin Yong-sung", "Pete Hegseth"). */
  name: string;
  /** Other spellings some outlets use ("Jin Yong Sung"). */
  variants: string[];
  surname: string;
  korean: boolean;
  /** 'rank' people have a rank (and maybe a post written before it); 'office' people an office. */
  kind: 'rank' | 'office';
  rank?: string;
  post?: string;
  appositive?: string;
  office?: string;
}

const RANKS_KO = ['Gen.', 'Lt. Gen.', 'Maj. Gen.', 'Brig. Gen.', 'Adm.', 'Vice Adm.', 'Rear Adm.'];
const RANKS_US = ['Gen.', 'Lt. Gen.', 'Maj. Gen.', 'Adm.', 'Vice Adm.'];
const POSTS = ['Joint Chiefs of Staff Chairman', 'Army Chief of Staff', 'Navy Chief of Staff', 'Air Force Chief of Staff', 'Marine Corps Commandant'];
const COMMANDS = ['Ground Operations Command', 'Capital Defense Command', 'Second Operations Command', 'Combined Forces Command', 'Indo-Pacific Command', 'Eighth Army', 'Seventh Air Force', 'Air Force Operations Command', 'Northwest Islands Defense Command', 'Special Warfare Command', 'Naval Operations Command', 'Cyber Operations Command', 'Strategic Command', 'Drone Operations Command'];
const APPOSITIVE_HEADS = ['commander of the', 'chief of the', 'deputy commander of the'];
const OFFICES_KO = ['Defense Minister', 'Foreign Minister', 'Unification Minister', 'Vice Defense Minister', 'First Vice Foreign Minister', 'Trade Minister', 'Finance Minister', 'National Security Adviser', 'Ambassador'];
const OFFICES_US = ['U.S. Defense Secretary', 'U.S. Secretary of State', 'U.S. Deputy Secretary of State', 'U.S. Ambassador', 'U.S. Treasury Secretary', 'U.S. Under Secretary of Defense'];
/** Offices used for injected office conflicts: same head word, different portfolio. */
const OFFICE_PAIRS: [string, string][] = [['Defense Minister', 'Foreign Minister'], ['Unification Minister', 'Defense Minister'], ['Trade Minister', 'Finance Minister'], ['Foreign Minister', 'Unification Minister']];

function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const t = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = t;
    }
  }
  return prev[b.length];
}

/** Makes names that no key folding or fuzzy aliasing of the server can merge. */
class NameFactory {
  private readonly keys: string[] = [];
  private readonly romKeys = new Set<string>();
  private readonly surnames = new Map<string, number>();
  constructor(private readonly rng: Rng) {}

  private ok(name: string, surname: string): boolean {
    const k = personKey(name).slice(7);
    const r = romanisationKey(name);
    if (this.romKeys.has(r)) return false;
    // Western surnames stay unique so that short references ("Hegseth") are unambiguous.
    if (!KO_SURNAMES.includes(surname) && this.surnames.has(surname)) return false;
    for (const o of this.keys) if (Math.abs(o.length - k.length) <= 3 && levenshtein(o, k) < 4) return false;
    return true;
  }

  make(korean: boolean): { name: string; variants: string[]; surname: string } {
    for (let tries = 0; tries < 10000; tries++) {
      let name: string;
      let surname: string;
      const variants: string[] = [];
      if (korean) {
        surname = this.rng.pick(KO_SURNAMES);
        const a = this.rng.pick(KO_SYLLABLES);
        const b = this.rng.pick(KO_SYLLABLES);
        if (a === b) continue;
        const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
        name = `${surname} ${cap(a)}-${b}`;
        variants.push(`${surname} ${cap(a)} ${cap(b)}`);
      } else {
        surname = this.rng.pick(WEST_LAST);
        name = `${this.rng.pick(WEST_FIRST)} ${surname}`;
      }
      if (!this.ok(name, surname)) continue;
      this.keys.push(personKey(name).slice(7));
      this.romKeys.add(romanisationKey(name));
      this.surnames.set(surname, (this.surnames.get(surname) ?? 0) + 1);
      return { name, variants, surname };
    }
    throw new Error('name space exhausted');
  }
}

function makePool(rng: Rng, names: NameFactory, size: number): Person[] {
  const out: Person[] = [];
  for (let id = 0; id < size; id++) {
    const korean = rng.chance(0.8);
    const n = names.make(korean);
    const p: Person = { id, ...n, korean, kind: rng.chance(0.5) ? 'rank' : 'office' };
    if (p.kind === 'rank') {
      p.rank = rng.pick(korean ? RANKS_KO : RANKS_US);
      if ((p.rank === 'Gen.' || p.rank === 'Adm.') && rng.chance(0.4)) p.post = rng.pick(POSTS);
      else if (rng.chance(0.5)) p.appositive = `${rng.pick(APPOSITIVE_HEADS)} ${korean ? '' : 'U.S. '}${rng.pick(COMMANDS)}`;
    } else {
      p.office = korean ? rng.pick(OFFICES_KO) : rng.pick(OFFICES_US);
    }
    out.push(p);
  }
  return out;
}

// ---------------------------------------------------------------- meetings

interface Series { name: string; acr?: string; perYear: 1 | 2; base: number; annual: boolean }
const SERIES: Series[] = [
  { name: 'Security Consultative Meeting', acr: 'SCM', perYear: 1, base: 55, annual: true },
  { name: 'Military Committee Meeting', acr: 'MCM', perYear: 1, base: 48, annual: true },
  { name: 'Korea-U.S. Integrated Defense Dialogue', acr: 'KIDD', perYear: 2, base: 22, annual: false },
  { name: 'Defense Trilateral Talks', acr: 'DTT', perYear: 2, base: 13, annual: false },
  { name: 'Strategic Economic Dialogue', acr: 'SED', perYear: 2, base: 7, annual: false },
  { name: 'Seoul Defense Dialogue', acr: 'SDD', perYear: 1, base: 12, annual: true },
  { name: 'Northeast Asia Cooperation Dialogue', acr: 'NEACD', perYear: 2, base: 30, annual: false },
  { name: 'Jeju Forum', perYear: 1, base: 18, annual: true },
  { name: 'Shangri-La Dialogue', perYear: 1, base: 20, annual: true },
  { name: 'Korea-Japan Security Dialogue', acr: 'KJSD', perYear: 2, base: 5, annual: false },
];
const CITIES = ['Seoul', 'Washington', 'Tokyo', 'Busan', 'Singapore', 'Jeju', 'Honolulu', 'Canberra', 'Pyeongtaek', 'Incheon'];

interface Meeting { series: number; ordinal: number; day: number; city: string }

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${s}`;
}

function schedule(rng: Rng): Meeting[] {
  const out: Meeting[] = [];
  SERIES.forEach((s, si) => {
    let ord = s.base;
    for (let y = 2023; y <= 2025; y++) {
      for (let h = 0; h < s.perYear; h++) {
        const from = dayNum(`${y}-${s.perYear === 1 ? '03' : h === 0 ? '02' : '08'}-01`);
        let d = from + rng.int(0, s.perYear === 1 ? 240 : 130);
        while (weekday(d) === 0 || weekday(d) === 6) d++;
        out.push({ series: si, ordinal: ord++, day: d, city: rng.pick(CITIES) });
      }
    }
  });
  return out;
}

// ---------------------------------------------------------------- text building

/** A piece of text; `probe` marks a mention whose position the benchmark queries. */
type Piece = string | { text: string; probe?: 'person' | 'short' | 'meeting'; rank?: { person: number }; key?: string };

interface ProbeOut { kind: 'person' | 'short' | 'meeting'; text: string; line: number; character: number; offset: number }
interface RankSite { person: number; offset: number; text: string }

class Writer {
  text = '';
  probes: ProbeOut[] = [];
  rankSites: RankSite[] = [];
  add(...pieces: Piece[]): void {
    for (const p of pieces) {
      if (typeof p === 'string') { this.text += p; continue; }
      if (p.probe) this.probes.push({ kind: p.probe, text: p.text, line: 0, character: 0, offset: this.text.length });
      if (p.rank) this.rankSites.push({ person: p.rank.person, offset: this.text.length, text: p.text });
      this.text += p.text;
    }
  }
  finish(): void {
    const starts = [0];
    for (let i = 0; i < this.text.length; i++) if (this.text[i] === '\n') starts.push(i + 1);
    const at = (off: number) => {
      let lo = 0, hi = starts.length - 1;
      while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= off) lo = mid; else hi = mid - 1; }
      return { line: lo, character: off - starts[lo] };
    };
    for (const p of this.probes) Object.assign(p, at(p.offset));
  }
}

type Para = Piece[];

// ---------------------------------------------------------------- ground truth

export interface ExpectedConflict { entity: string; key: string; fact: 'rank' | 'office' | 'date'; files: string[]; values: string[] }
export interface Decoy { type: string; entity: string; key: string; files: string[]; note: string }
export interface EditTarget {
  file: string; person: string; names: string[]; offset: number; line: number; character: number;
  from: string; to: string; day: string; affected: string[];
}
export interface Truth {
  version: number; seed: number; n: number; dir: string; bytes: number;
  formats: Record<Format, number>;
  expected: ExpectedConflict[];
  decoys: Decoy[];
  probes: (ProbeOut & { file: string })[];
  editTargets: EditTarget[];
}

// ---------------------------------------------------------------- articles

interface Injection { kind: string; build: (a: ArticlePlan, st: Style) => Para; caption?: boolean }
interface ArticlePlan { index: number; file: string; format: Format; pub: number; meeting: Meeting; people: Person[]; injections: Injection[] }

const FILLER = [
  'The main agenda items include coordination on North Korea policy, the combined defense posture, extended deterrence, regional security cooperation, cybersecurity, space and missile cooperation, shipbuilding partnerships and defense science and technology collaboration, according to the ministry\'s press release.',
  'Discussions also covered cooperation in defense industries such as ship maintenance, repair and overhaul, defense spending, and the strategic flexibility of U.S. Forces Korea. Those issues are expected to continue at the upcoming talks.',
  'The South Korean military aims to secure approval soon for the second-phase Full Operational Capability assessment of the future combined command under Korean leadership, paving the way for a clearer timeline on the transition.',
  'They noted that the security environment in the Indo-Pacific has become increasingly complex due to North Korea\'s advancing nuclear and missile threats, as well as an intensifying global arms race.',
  'Still, the officials said the North\'s military buildup, backed by technological support from Russia, is effectively being managed under the allies\' strong combined defense posture.',
  'The two sides agreed to enhance the alliance\'s capabilities, interoperability and combined readiness posture to better respond to the changing security environment and emerging threats.',
  'Analysts in Seoul said the meeting would test whether the allies can keep their timetable while Washington reviews its global force posture and the cost of stationing troops abroad.',
  'The ministry said the delegations would also review progress on joint exercises, including large-scale field training that had been scaled back in previous years, and ways to expand trilateral drills with Japan.',
  'Officials have stressed that any change to the command structure will be conditions-based, tied to South Korea\'s ability to lead combined forces and to counter North Korean nuclear and missile threats.',
  'Established in 1968, the consultations alternate each year between Seoul and Washington and are regarded as the highest-level regular defense channel between the two countries.',
  'A senior official who spoke on condition of anonymity said the two governments were close to agreeing on a joint communique, though wording on cost-sharing and force posture was still under discussion.',
  'The talks come amid growing concern over military cooperation between Pyongyang and Moscow, which officials in both capitals say has expanded to include technology transfers and the deployment of troops.',
  'Experts at the Korea Institute for Defense Analyses said the allies should focus on practical steps such as integrating intelligence, surveillance and reconnaissance assets before setting a firm date.',
  'Civic groups staged a small rally near the Defense Ministry building in Yongsan District, central Seoul, calling for a faster handover and for the return of land used by U.S. bases.',
  'The National Assembly\'s defense committee is expected to hold a separate briefing on the outcome of the talks later this month, according to lawmakers familiar with the schedule.',
  'Both delegations include senior officials from the defense and foreign affairs ministries as well as the Joint Chiefs of Staff and U.S. Forces Korea, the ministry said.',
  'The allies also plan to discuss space and cyber cooperation, including information sharing on satellite launches and joint responses to hacking attempts attributed to North Korean groups.',
  'Officials said the agenda would also cover the modernization of the alliance, a term Washington has used to describe a broader regional role for U.S. troops stationed on the Korean Peninsula.',
  'The Pentagon has not confirmed the full list of attendees, but officials in Seoul expect a delegation of more than 40 people, including officials handling nuclear planning and missile defense.',
  'In a separate statement, the Foreign Ministry said it would keep close communication with Washington and Tokyo ahead of the talks to coordinate a unified response to provocations.',
];

const HEADLINES = [
  'Opcon transfer progress top of agenda for Seoul-Washington security meeting',
  'Allies assess meaningful progress on wartime control transition',
  'Defense chiefs to discuss nuclear-powered submarines, alliance modernization',
  'Top brass meet ahead of annual security talks',
  'Seoul, Washington agree to deepen trilateral security cooperation',
  'Allies review extended deterrence as North Korea tests missiles',
  'Defense ministers to co-chair talks on command transition',
  'Military officials discuss readiness amid Russia-North Korea ties',
  'Talks on cost-sharing, force posture expected at security dialogue',
  'Seoul hosts regional defense officials for annual dialogue',
];
const AGENCIES = ['MINISTRY OF NATIONAL DEFENSE', 'YONHAP', 'JOINT CHIEFS OF STAFF', 'NEWS1', 'JOINT PRESS CORPS', 'U.S. FORCES KOREA'];
const BYLINES = ['SHIM SEOK-YONG', 'LEE HAE-JUN', 'KIM JI-HYE', 'PARK BO-RAM', 'CHO JUNG-WOO', 'YOON SO-YEON'];
const CLIP_SITES = ['www.koreaherald.com/article', 'www.koreatimes.co.kr/www/nation', 'apnews.com/article', 'www.reuters.com/world/asia-pacific', 'www.bbc.co.uk/news/articles', 'www.nknews.org'];
const CLIP_AUTHORS = ['Kim Arin', 'Jo He-rim', 'Hyonhee Shin', 'Kim Tong-hyung', 'Jean Mackenzie', 'Josh Smith'];

/** "Defense Minister Ahn Gyu-back" or "Lt. Gen. Jin Yong-sung, commander of the …," as pieces. */
function fullPerson(p: Person, st: Style, rng: Rng, opts: { variant?: boolean; rankOverride?: string; officeOverride?: string; prefix?: string; noAppositive?: boolean } = {}): Piece[] {
  const name = opts.variant && p.variants.length ? p.variants[0] : p.name;
  const pieces: Piece[] = [];
  if (opts.prefix) pieces.push(opts.prefix);
  if (p.kind === 'rank') {
    const rank = opts.rankOverride ?? p.rank!;
    if (p.post && !opts.rankOverride) pieces.push(styled(st, p.post) + ' ');
    pieces.push({ text: rank, rank: opts.prefix || opts.rankOverride ? undefined : { person: p.id } }, ' ');
    pieces.push({ text: name, probe: 'person' });
    if (p.appositive && !opts.noAppositive) pieces.push(`, ${styled(st, p.appositive)},`);
  } else {
    pieces.push(styled(st, opts.officeOverride ?? p.office!) + ' ', { text: name, probe: 'person' });
  }
  void rng;
  return pieces;
}

function shortRef(p: Person, st: Style, rng: Rng, possessive = false): Piece[] {
  if (possessive) return [{ text: p.surname, probe: 'short' }, st.apos + 's'];
  if (p.kind === 'rank' && rng.chance(0.5)) return [`${p.rank!.split(' ').pop()} `, { text: p.surname, probe: 'short' }];
  return [{ text: p.surname, probe: 'short' }];
}

/** Sentence-initial pieces get their first letter capitalised. */
const trimEnd = (pieces: Piece[]): Piece[] => {
  const last = pieces[pieces.length - 1];
  if (typeof last === 'string' && last.endsWith(',')) return [...pieces.slice(0, -1), last.slice(0, -1)];
  return pieces;
};

export interface GenerateOptions { n: number; seed?: number; outRoot?: string; force?: boolean }

export function corpusName(n: number, seed: number): string {
  return `n${n}-s${seed}`;
}

export function generateCorpus(opts: GenerateOptions): Truth {
  const seed = opts.seed ?? 42;
  const outRoot = opts.outRoot ?? path.resolve(__dirname, '.corpora');
  const name = corpusName(opts.n, seed);
  const dir = path.join(outRoot, name);
  const truthFile = path.join(outRoot, `${name}.truth.json`);
  if (!opts.force && existsSync(truthFile)) {
    const t = JSON.parse(readFileSync(truthFile, 'utf8')) as Truth;
    if (t.version === GENERATOR_VERSION && t.dir === dir && existsSync(dir)) return t;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });

  const rng = new Rng(mulberry32(seed));
  const names = new NameFactory(rng);
  const pool = makePool(rng, names, 320);
  const meetings = schedule(rng);
  const N = opts.n;

  // Plans: format, publication day near a focal meeting, the people in the story.
  const plans: ArticlePlan[] = [];
  for (let i = 0; i < N; i++) {
    const format: Format = rng.chance(0.45) ? 'scrape' : rng.chance(0.64) ? 'wire' : 'clip';
    const meeting = rng.pick(meetings);
    let pub = meeting.day + rng.int(-14, 6);
    pub = Math.min(LAST_DAY, Math.max(FIRST_DAY, pub));
    const people: Person[] = [];
    const want = rng.int(3, 5);
    while (people.length < want) { const p = rng.pick(pool); if (!people.includes(p)) people.push(p); }
    const folder = format === 'scrape' ? 'joongang' : format === 'wire' ? 'wire' : 'clippings';
    const file = `${folder}/${String(i).padStart(String(N).length, '0')}_${rng.hex(16)}.${format === 'clip' ? 'md' : 'txt'}`;
    plans.push({ index: i, file, format, pub, meeting, people, injections: [] });
  }

  // Injections: conflicts and look-alikes on people and meetings that appear nowhere else.
  const used = new Set<number>();
  const freeArticle = (pred: (a: ArticlePlan) => boolean = () => true): ArticlePlan => {
    for (let tries = 0; tries < 100000; tries++) {
      const a = plans[rng.int(0, N - 1)];
      if (!used.has(a.index) && pred(a)) { used.add(a.index); return a; }
    }
    throw new Error('no free article');
  };
  const near = (a: ArticlePlan, days: number) => (b: ArticlePlan) => b !== a && Math.abs(b.pub - a.pub) <= days;
  /** An article with a free one published `from` to `to` days after it, to pick second. */
  const withLater = (from: number, to: number) => (a: ArticlePlan) => plans.some((b) => !used.has(b.index) && b.pub - a.pub >= from && b.pub - a.pub <= to);
  const expected: ExpectedConflict[] = [];
  const decoys: Decoy[] = [];
  const reserved = new Map<number, number>(); // series → next reserved ordinal
  const reserveOrdinal = (si: number, count = 1) => {
    const o = reserved.get(si) ?? SERIES[si].base + 40;
    reserved.set(si, o + count);
    return o;
  };
  const otherSeries = (a: ArticlePlan, b: ArticlePlan) => {
    for (;;) { const s = rng.int(0, SERIES.length - 1); if (s !== a.meeting.series && s !== b.meeting.series) return s; }
  };
  const meetingName = (si: number, ord: number, st: Style) => `the ${ordinal(ord)} ${styled(st, SERIES[si].name)}`;
  const said = (st: Style, who: Piece[], quote: string): Para => [`${st.q0}${quote},${st.q1} `, ...trimEnd(who), ' told reporters.'];

  const per1k = (k: number) => Math.max(1, Math.round((k * N) / 1000));
  const rankPairs: [string, string][] = [['Lt. Gen.', 'Gen.'], ['Maj. Gen.', 'Lt. Gen.'], ['Vice Adm.', 'Adm.'], ['Brig. Gen.', 'Maj. Gen.']];

  // Rank conflicts: "Lt. Gen. X" in one source, "Gen. X" in another within a week (ranks are
  // compared only so: an officer is often promoted on taking a post, see the look-alike below).
  for (let i = 0; i < per1k(2); i++) {
    const n = names.make(true);
    const p: Person = { id: -1, ...n, korean: true, kind: 'rank' };
    const [r1, r2] = rng.pick(rankPairs);
    const a = freeArticle();
    const b = freeArticle(near(a, 7));
    a.injections.push({ kind: 'rank', build: (_, st) => said(st, fullPerson(p, st, rng, { rankOverride: r1 }), 'We are ready to implement what the ministers agree on') });
    b.injections.push({ kind: 'rank', build: (_, st) => [...fullPerson(p, st, rng, { rankOverride: r2 }), ' said the military would keep a firm readiness posture throughout the talks.'] });
    expected.push({ entity: p.name, key: personKey(p.name), fact: 'rank', files: [a.file, b.file], values: [r1, r2] });
  }
  // Office conflicts: "Defense Minister X" vs "Foreign Minister X" within 30 days.
  for (let i = 0; i < per1k(1); i++) {
    const n = names.make(true);
    const p: Person = { id: -1, ...n, korean: true, kind: 'office' };
    const [o1, o2] = rng.pick(OFFICE_PAIRS);
    const a = freeArticle();
    const b = freeArticle(near(a, 30));
    a.injections.push({ kind: 'office', build: (_, st) => [...fullPerson(p, st, rng, { officeOverride: o1 }), ' said the government would brief lawmakers on the outcome of the talks.'] });
    b.injections.push({ kind: 'office', build: (_, st) => said(st, fullPerson(p, st, rng, { officeOverride: o2 }), 'We will keep close consultations with our partners') });
    expected.push({ entity: p.name, key: personKey(p.name), fact: 'office', files: [a.file, b.file], values: [o1, o2] });
  }
  // Date conflicts: the same numbered meeting on different days.
  for (let i = 0; i < per1k(2); i++) {
    const a = freeArticle();
    const b = freeArticle(near(a, 20));
    const si = otherSeries(a, b);
    const ord = reserveOrdinal(si);
    let day = Math.max(a.pub, b.pub) + rng.int(3, 12);
    while (weekday(day) === 0 || weekday(day) >= 5) day++;
    const other = day + rng.int(1, 2);
    const city = rng.pick(CITIES);
    a.injections.push({ kind: 'date', build: (x, st) => [`Separately, officials confirmed that ${meetingName(si, ord, st)} will be held in ${city} on `, apDate(day, x.pub), '.'] });
    b.injections.push({ kind: 'date', build: (x, st) => [`Separately, officials confirmed that ${meetingName(si, ord, st)} will be held in ${city} on `, apDate(other, x.pub), '.'] });
    expected.push({ entity: `${ordinal(ord)} ${SERIES[si].name}`, key: `meeting:${SERIES[si].name}#${ord}`, fact: 'date', files: [a.file, b.file], values: [iso(day), iso(other)] });
  }

  for (let i = 0; i < per1k(1); i++) {
    // Look-alike: consecutive meetings of one series on different days.
    {
      const a = freeArticle();
      const b = freeArticle(near(a, 30));
      const si = otherSeries(a, b);
      const ord = reserveOrdinal(si, 2);
      let day = Math.max(a.pub, b.pub) + rng.int(3, 10);
      while (weekday(day) === 0 || weekday(day) === 6) day++;
      const prev = day - 364;
      const city = rng.pick(CITIES);
      a.injections.push({ kind: 'decoy-ordinal', build: (x, st) => [`Separately, officials confirmed that ${meetingName(si, ord + 1, st)} will be held in ${city} on `, apDate(day, x.pub), '.'] });
      b.injections.push({ kind: 'decoy-ordinal', build: (x, st) => [`${meetingName(si, ord, st).replace(/^the/, 'The')} was held in ${city} on `, apDate(prev, x.pub), '.'] });
      decoys.push({ type: 'consecutive ordinals, different days', entity: `${SERIES[si].name} ${ord}/${ord + 1}`, key: `meeting:${SERIES[si].name}#${ord + 1}`, files: [a.file, b.file], note: `${ordinal(ord + 1)} on ${iso(day)}, ${ordinal(ord)} on ${iso(prev)}` });
    }
    // Look-alike: a past or temporary title next to a current one.
    {
      const n = names.make(true);
      const p: Person = { id: -1, ...n, korean: true, kind: 'office' };
      const [o1, o2] = rng.pick(OFFICE_PAIRS);
      const marker = rng.pick(['former ', 'then-', 'acting ']);
      const a = freeArticle();
      const b = freeArticle(near(a, 30));
      a.injections.push({ kind: 'decoy-past', build: (_, st) => [...fullPerson(p, st, rng, { officeOverride: o1 }), ' said the government would brief lawmakers on the outcome of the talks.'] });
      b.injections.push({ kind: 'decoy-past', build: (_, st) => ['The delegation included ', ...fullPerson(p, st, rng, { officeOverride: o2, prefix: marker }), ', officials said.'] });
      decoys.push({ type: `"${marker.trim()}" title vs current title`, entity: p.name, key: personKey(p.name), files: [a.file, b.file], note: `${o1} vs ${marker}${o2}` });
    }
    // Look-alike: American and British spelling of the same office.
    {
      const n = names.make(true);
      const p: Person = { id: -1, ...n, korean: true, kind: 'office', office: 'Defense Minister' };
      const a = freeArticle((x) => x.format !== 'wire');
      const b = freeArticle((x) => x.format === 'wire' && Math.abs(x.pub - a.pub) <= 30);
      const build = (_: ArticlePlan, st: Style): Para => [...fullPerson(p, st, rng), ' said the ministry would review the outcome of the talks with lawmakers.'];
      a.injections.push({ kind: 'decoy-spelling', build });
      b.injections.push({ kind: 'decoy-spelling', build });
      decoys.push({ type: 'Defense vs Defence', entity: p.name, key: personKey(p.name), files: [a.file, b.file], note: 'Defense Minister vs Defence Minister' });
    }
    // Look-alike: one day written as a weekday and as a calendar date.
    {
      const b = freeArticle((x) => x.pub + 6 < LAST_DAY && weekday(x.pub) >= 1 && weekday(x.pub) <= 3);
      const day = b.pub + rng.int(1, 2);
      const a = freeArticle((x) => x !== b && x.pub < day && day - x.pub <= 30);
      const si = otherSeries(a, b);
      const ord = reserveOrdinal(si);
      const city = rng.pick(CITIES);
      a.injections.push({ kind: 'decoy-relative', build: (x, st) => [`Separately, officials confirmed that ${meetingName(si, ord, st)} will be held in ${city} on `, apDate(day, x.pub), '.'] });
      b.injections.push({ kind: 'decoy-relative', build: (_, st) => [`Separately, officials confirmed that ${meetingName(si, ord, st)} will be held in ${city} on ${WEEKDAYS[weekday(day)]}.`] });
      decoys.push({ type: 'weekday vs calendar date, same day', entity: `${ordinal(ord)} ${SERIES[si].name}`, key: `meeting:${SERIES[si].name}#${ord}`, files: [a.file, b.file], note: `${iso(day)} (${WEEKDAYS[weekday(day)]}), article ${b.file} published ${iso(b.pub)}` });
    }
    // Look-alike: a promotion between sources two years apart.
    {
      const n = names.make(true);
      const p: Person = { id: -1, ...n, korean: true, kind: 'rank' };
      const a = freeArticle((x) => yearOf(x.pub) === 2023 && x.pub < dayNum('2023-10-01'));
      const b = freeArticle((x) => x.pub - a.pub >= 730);
      a.injections.push({ kind: 'decoy-promotion', build: (_, st) => said(st, fullPerson(p, st, rng, { rankOverride: 'Lt. Gen.' }), 'The corps is ready for any contingency') });
      b.injections.push({ kind: 'decoy-promotion', build: (_, st) => [...fullPerson(p, st, rng, { rankOverride: 'Gen.' }), ' said the military would keep a firm readiness posture throughout the talks.'] });
      decoys.push({ type: 'promotion, sources 2+ years apart', entity: p.name, key: personKey(p.name), files: [a.file, b.file], note: `Lt. Gen. (${iso(a.pub)}) vs Gen. (${iso(b.pub)})` });
    }
    // Look-alike: a promotion on taking a post, sources two to four weeks apart.
    {
      const n = names.make(true);
      const p: Person = { id: -1, ...n, korean: true, kind: 'rank' };
      const a = freeArticle(withLater(10, 30));
      const b = freeArticle((x) => x.pub - a.pub >= 10 && x.pub - a.pub <= 30);
      a.injections.push({ kind: 'decoy-promotion', build: (_, st) => said(st, fullPerson(p, st, rng, { rankOverride: 'Lt. Gen.' }), 'The command is ready for the handover') });
      b.injections.push({ kind: 'decoy-promotion', build: (_, st) => [...fullPerson(p, st, rng, { rankOverride: 'Gen.' }), ' said the military would keep a firm readiness posture throughout the talks.'] });
      decoys.push({ type: 'promotion on taking a post, sources 10-30 days apart', entity: p.name, key: personKey(p.name), files: [a.file, b.file], note: `Lt. Gen. (${iso(a.pub)}) vs Gen. (${iso(b.pub)})` });
    }
    // Look-alike: a promotion on taking a post, reported the same day or the next: "Lt. Gen. X
    // took over as commander …" in one source, "Gen. X" in the other. Both are right.
    {
      const n = names.make(true);
      const p: Person = { id: -1, ...n, korean: true, kind: 'rank' };
      const first = freeArticle();
      const second = freeArticle(near(first, 1));
      const [a, b] = first.pub <= second.pub ? [first, second] : [second, first];
      a.injections.push({ kind: 'decoy-promotion', build: (_, st) => [...fullPerson(p, st, rng, { rankOverride: 'Lt. Gen.' }), ' took over as commander of the Ground Operations Command at a ceremony.'] });
      b.injections.push({ kind: 'decoy-promotion', build: (_, st) => [...fullPerson(p, st, rng, { rankOverride: 'Gen.' }), ' said the command would keep a firm readiness posture.'] });
      decoys.push({ type: 'promotion on taking a post, sources 0-1 days apart', entity: p.name, key: personKey(p.name), files: [a.file, b.file], note: `Lt. Gen. (${iso(a.pub)}, taking command) vs Gen. (${iso(b.pub)})` });
    }
    // Look-alike: a meeting postponed after it was announced. "… will be held in Seoul on
    // <day>" weeks ahead, "… was held in Seoul on <a later day>" on the day or the next: both right.
    {
      const a = freeArticle(withLater(15, 120));
      const b = freeArticle((x) => x.pub - a.pub >= 15 && x.pub - a.pub <= 120);
      const si = otherSeries(a, b);
      const ord = reserveOrdinal(si);
      const held = b.pub - rng.int(0, 1);
      const planned = held - rng.int(2, 5);
      const city = rng.pick(CITIES);
      a.injections.push({ kind: 'decoy-postponed', build: (x, st) => [`Separately, officials confirmed that ${meetingName(si, ord, st)} will be held in ${city} on `, apDate(planned, x.pub), '.'] });
      b.injections.push({ kind: 'decoy-postponed', build: (x, st) => [`${meetingName(si, ord, st).replace(/^the/, 'The')} was held in ${city} on `, apDate(held, x.pub), ' after a postponement.'] });
      decoys.push({ type: 'postponed meeting: a plan weeks ahead vs the report', entity: `${ordinal(ord)} ${SERIES[si].name}`, key: `meeting:${SERIES[si].name}#${ord}`, files: [a.file, b.file], note: `planned ${iso(planned)} (${a.file}, ${iso(a.pub)}), held ${iso(held)} (${b.file}, ${iso(b.pub)})` });
    }
    // Look-alike: a rank written with the surname only.
    {
      const n = names.make(true);
      const p: Person = { id: -1, ...n, korean: true, kind: 'rank' };
      const a = freeArticle();
      const b = freeArticle(near(a, 30));
      a.injections.push({ kind: 'decoy-surname', build: (_, st) => said(st, fullPerson(p, st, rng, { rankOverride: 'Lt. Gen.' }), 'We are ready to implement what the ministers agree on') });
      b.injections.push({ kind: 'decoy-surname', build: (_, st) => [{ text: p.name, probe: 'person' }, ' attended the briefing on Opcon. ', `Gen. ${p.surname} later told reporters that the schedule had not changed.`] });
      decoys.push({ type: 'rank with surname only', entity: p.name, key: personKey(p.name), files: [a.file, b.file], note: `Lt. Gen. ${p.name} vs Gen. ${p.surname}` });
    }
  }

  // Write every article.
  const truthProbes: Truth['probes'] = [];
  const editCandidates: { file: string; site: RankSite; line: number; character: number; day: number }[] = [];
  /** Pool person → articles stating their rank with the full name in body text. */
  const rankFacts = new Map<number, { file: string; day: number }[]>();
  const formats: Record<Format, number> = { scrape: 0, wire: 0, clip: 0 };
  let bytes = 0;
  for (const a of plans) {
    const arng = new Rng(mulberry32(seed * 7919 + a.index));
    const st = STYLES[a.format];
    const w = writeArticle(a, st, arng, meetings, pool);
    w.finish();
    const full = path.join(dir, a.file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, w.text);
    bytes += Buffer.byteLength(w.text);
    formats[a.format]++;
    // A few probes per article, chosen deterministically.
    const ps = w.probes.filter((p, i) => i % 3 === a.index % 3).slice(0, 4);
    for (const p of ps) truthProbes.push({ ...p, file: a.file });
    for (const s of w.rankSites) {
      const list = rankFacts.get(s.person) ?? [];
      if (!list.some((x) => x.file === a.file)) list.push({ file: a.file, day: a.pub });
      rankFacts.set(s.person, list);
      if (!a.injections.length) {
        const lines = w.text.slice(0, s.offset).split('\n');
        editCandidates.push({ file: a.file, site: s, line: lines.length - 1, character: lines[lines.length - 1].length, day: a.pub });
      }
    }
  }

  // Edit targets: one rank word changed in an article about a pool person; it conflicts with the
  // sources that state the person's rank within the days ranks are compared over.
  const REPLACE: Record<string, string> = { 'Gen.': 'Adm.', 'Lt.': 'Maj.', 'Maj.': 'Lt.', 'Brig.': 'Maj.', 'Adm.': 'Gen.', 'Vice': 'Rear', 'Rear': 'Vice' };
  const erng = new Rng(mulberry32(seed + 1));
  const editTargets: EditTarget[] = [];
  const pickedPeople = new Set<number>();
  for (let tries = 0; editTargets.length < 24 && tries < 5000 && editCandidates.length; tries++) {
    const c = erng.pick(editCandidates);
    if (pickedPeople.has(c.site.person)) continue;
    const p = pool[c.site.person];
    const from = c.site.text.split(' ')[0];
    const affected = (rankFacts.get(p.id) ?? []).filter((x) => x.file !== c.file && Math.abs(x.day - c.day) <= RANK_WINDOW_DAYS).map((x) => x.file);
    if (!affected.length || affected.length > 60) continue;
    pickedPeople.add(p.id);
    editTargets.push({ file: c.file, person: p.name, names: [p.name, ...p.variants], offset: c.site.offset, line: c.line, character: c.character, from, to: REPLACE[from], day: iso(c.day), affected });
  }

  const truth: Truth = { version: GENERATOR_VERSION, seed, n: N, dir, bytes, formats, expected, decoys, probes: truthProbes, editTargets };
  writeFileSync(truthFile, JSON.stringify(truth, null, 1));
  return truth;
}

function writeArticle(a: ArticlePlan, st: Style, rng: Rng, meetings: Meeting[], pool: Person[]): Writer {
  const w = new Writer();
  const m = a.meeting;
  const s = SERIES[m.series];
  const mName = styled(st, s.name);
  const ordText = ordinal(m.ordinal);
  const [p1, p2, p3, p4] = a.people;
  const variant = () => rng.chance(0.2);
  const daysTo = m.day - a.pub;
  const future = daysTo > 0;
  // The focal meeting's day: a weekday name when it is within the coming week (after the
  // publication day), else the calendar date.
  const when = future && daysTo <= 6 && rng.chance(0.5) ? WEEKDAYS[weekday(m.day)] : apDate(m.day, a.pub);
  const acr = s.acr;
  const intro: Piece[] = [{ text: `${ordText}${s.annual ? ' annual' : ''} ${mName}`, probe: 'meeting' }, acr ? ` (${acr})` : ''];

  const paras: Para[] = [];
  if (future) {
    paras.push([...fullPerson(p1, st, rng, { variant: variant(), noAppositive: true }), ' and ', ...fullPerson(p2, st, rng, { variant: variant(), noAppositive: true }), ` are set to meet on ${when} for the `, ...intro, `, the ${styled(st, 'Ministry of National Defense')} said.`]);
  } else {
    paras.push(['The ', ...intro, ` was held in ${m.city} on ${apDate(m.day, a.pub)}, bringing together `, ...fullPerson(p1, st, rng, { variant: variant(), noAppositive: true }), ' and ', ...fullPerson(p2, st, rng, { variant: variant(), noAppositive: true }), '.']);
  }
  paras.push([styled(st, rng.pick(FILLER))]);
  paras.push([`This will be `, ...shortRef(p1, st, rng, true), ` first meeting with `, ...shortRef(p2, st, rng), ` since taking office, and senior officials from both countries${st.apos} defense and foreign affairs ministries are expected to attend.`]);
  paras.push([styled(st, rng.pick(FILLER))]);
  paras.push([`At a parliamentary audit, `, ...fullPerson(p3, st, rng, { variant: variant() }), ` said the allies were ${st.q0}coordinating agenda items on the transfer and the strengthening of the alliance.${st.q1}`]);
  if (acr) paras.push([`The `, { text: acr, probe: 'meeting' }, ` typically follows working-level consultations, raising expectations that the meetings will be held consecutively.`]);
  paras.push([styled(st, rng.pick(FILLER))]);
  if (p4) paras.push([...fullPerson(p4, st, rng, { variant: variant() }), ` also attended, according to officials.`]);
  paras.push([`In the meeting, `, ...shortRef(p1, st, rng), ` and `, ...shortRef(p3, st, rng), ` also held discussions on alliance ${st.ize ? 'modernization' : 'modernisation'} and agreed to enhance the alliance${st.apos}s capabilities.`]);
  // Last year's meeting of the same series, with its own day: a different meeting.
  const prev = meetings.find((x) => x.series === m.series && x.ordinal === m.ordinal - 1);
  if (prev && rng.chance(0.5)) paras.push([`The ${ordinal(prev.ordinal)} ${mName} was held in ${prev.city} on ${apDate(prev.day, a.pub)}.`]);
  paras.push([styled(st, rng.pick(FILLER))]);
  for (const inj of a.injections) paras.push(inj.build(a, st));
  paras.push([styled(st, rng.pick(FILLER))]);
  paras.push([`${st.q0}We will continue close consultations,${st.q1} `, ...shortRef(p2, st, rng), ' said.']);
  paras.push([styled(st, rng.pick(FILLER))]);
  while (paras.reduce((n, p) => n + p.reduce((k, x) => k + (typeof x === 'string' ? x.length : x.text.length), 0), 0) < 2900) paras.push([styled(st, rng.pick(FILLER))]);

  const caption = (): Para => {
    const q = rng.pick(pool);
    const pieces: Piece[] = q.kind === 'office' ? [rng.pick(['Then-', 'Former ', '']) + styled(st, q.office!) + ' ', { text: q.name, probe: 'person' }] : [`${q.rank} `, { text: q.name, probe: 'person' }];
    return [...pieces, `, second from left, attends a meeting in ${rng.pick(CITIES)} on ${apDate(a.pub - rng.int(20, 400), a.pub)}. [${rng.pick(AGENCIES)}]`];
  };
  const headline = styled(st, rng.pick(HEADLINES));

  if (a.format === 'scrape') {
    const minutes = rng.int(6 * 60, 22 * 60);
    w.add(headline, '\n', `Published: ${publishedLine(a.pub, minutes)}\n`, `Updated: ${publishedLine(a.pub, Math.min(23 * 60 + 59, minutes + rng.int(20, 200)))}\n`);
    w.add(...caption(), '\n');
    paras.forEach((p, i) => {
      w.add(...p, '\n');
      if (i === 5) w.add(...caption(), '\n');
    });
    w.add('This article was originally written in Korean and translated by a bilingual reporter with the help of generative AI tools. It was then edited by a native English-speaking editor. All AI-assisted translations are reviewed and refined by our newsroom.\n');
    const by = rng.pick(BYLINES);
    w.add(`BY ${by} [[email protected]]\n\n\n\n\n\nwith the Korea JoongAng Daily\nTo write comments, please log in to one of the accounts.\nStandards Board Policy (0/250자)\n`);
  } else if (a.format === 'wire') {
    const t = new Date(a.pub * DAY);
    const place = rng.pick(['Seoul', 'Seoul', 'Washington', 'Tokyo']);
    w.add(rng.chance(0.5) ? ' ' : '', `date ${iso(a.pub)} ${place}, ${MONTH_SHORT[t.getUTCMonth()]} ${t.getUTCDate()} `);
    paras.forEach((p, i) => w.add(...p, i < paras.length - 1 ? '\n\n' : '\n\n'));
    w.add('Disclaimer: This post has been auto-published from an agency feed without any modifications to the text and has not been reviewed by an editor\n');
  } else {
    const slug = headline.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    w.add('---\n', `title: "${headline.replace(/"/g, "'")}"\n`, `source: https://${rng.pick(CLIP_SITES)}/${iso(a.pub).replace(/-/g, '/')}/${slug}\n`, `author:\n  - "[[${rng.pick(CLIP_AUTHORS)}]]"\n`, `published: ${iso(a.pub)}\n`, `created: ${iso(a.pub + rng.int(0, 40))}\n`, 'description: "Clipped for the alliance story file"\n', 'tags:\n  - "clippings"\n', '---\n\n', `# ${headline}\n\n`);
    paras.forEach((p, i) => {
      w.add(...p, '\n\n');
      if (i === 3 && rng.chance(0.5)) w.add(`![](https://img.example.com/${rng.hex(8)}.jpg)\n`, ...caption(), '\n\n');
    });
  }
  return w;
}

// ---------------------------------------------------------------- command line

if (require.main === module) {
  const args = process.argv.slice(2);
  const get = (k: string, d: string) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
  const started = Date.now();
  const t = generateCorpus({ n: Number(get('--n', '1000')), seed: Number(get('--seed', '42')), outRoot: path.resolve(get('--out', path.resolve(__dirname, '.corpora'))), force: args.includes('--force') });
  console.log(`${t.dir}: ${t.n} articles, ${(t.bytes / 1e6).toFixed(1)} MB (${Math.round(t.bytes / t.n)} B/article), ${t.expected.length} expected conflicts, ${t.decoys.length} look-alikes, ${t.probes.length} probes, ${t.editTargets.length} edit targets, ${Date.now() - started} ms`);
}
