// An analysed article as the corpus keeps it: the small parts every cross-article question
// needs (facts, names, dates, line starts) as plain data, and the many mentions and blocks
// packed into one Int32Array plus one string table. A 10,000-article archive then costs
// tens of megabytes instead of hundreds, crosses from a worker thread as a transferable
// buffer, and loads from the on-disk cache without building a third of a million objects.
// Mentions are unpacked on demand, and only those of the keys asked for.

import { PERSON_EVENTS, type ArticleAnalysis, type Block, type BlockKind, type EntityKind, type Fact, type Mention, type MentionForm, type Span, type TitleStatus } from './model';

/** What crosses threads and goes to the cache: a few values, two strings and one typed array. */
export interface PackedAnalysis extends PackedBody {
  head: ArticleHead;
}

/** The bulk of a packed analysis: what a question about one article's mentions reads. */
export interface PackedBody {
  /** JSON of the metadata (headline, byline, outlet…): only hovers and code lenses read it. */
  rest: string;
  /**
   * [mentionCount, blockCount, factCount, lineCount, nameCount, ...mentions × MENTION_INTS,
   * ...blocks × BLOCK_INTS, ...facts × FACT_INTS, ...line starts, ...names as (key, name) pairs].
   */
  ints: Int32Array;
  /** The string table, NUL-separated. */
  strings: string;
}

/**
 * A packed analysis whose body is fetched on first use. The analysis cache hands these out:
 * a warm start links 10,000 articles from their heads and the saved corpus, and reads the
 * bodies of only the articles somebody asks about.
 */
export interface DeferredAnalysis {
  head: ArticleHead;
  body(): PackedBody;
}

/** What the corpus needs of every article as soon as it is added. */
export interface ArticleHead {
  uri: string;
  label: string;
  contentHash: string;
  length: number;
  /** The publication day, which conflicts compare. */
  published?: string;
  /** Without one, the latest day the text states (ArticleAnalysis.statedDay). */
  statedDay?: string;
  acronyms: Record<string, string>;
  /** Usually empty; every publish reads them. */
  warnings: ArticleAnalysis['warnings'];
  skipped?: string;
  truncated?: string;
}

type ArticleRest = Pick<ArticleAnalysis, 'meta'>;

const KINDS: EntityKind[] = ['person', 'organization', 'meeting', 'place', 'date', 'term'];
const FORMS: MentionForm[] = ['full', 'short', 'acronym', 'reference'];
const BLOCKS: BlockKind[] = ['frontmatter', 'headline', 'metadata', 'byline', 'body', 'caption', 'boilerplate'];
const STATUSES: TitleStatus[] = ['current', 'past', 'acting'];
const BASES = ['full', 'short', 'appositive'] as const;
const PRECISIONS = ['day', 'week', 'month'] as const;

// Mention layout.
const KIND = 0, START = 1, END = 2, FULL_START = 3, FULL_END = 4, TEXT = 5, KEY = 6, FORM = 7, BLOCK = 8, FLAGS = 9;
/** The title takes 9 ints from here: text, span start and end, rank, rank text, office, office text, status, basis. */
const T_TEXT = 10;
const D_VALUE = 19, D_PRECISION = 20, D_LAST = 21;
const MENTION_INTS = 22;
const BLOCK_INTS = 4;
// Fact layout. Title fields share the mention's offsets so one decoder reads both.
/**
 * What conflicts compare for a meeting's date: "2025-11-04", a range "2025-11-04..2025-11-05",
 * ">2025-11-04" for the day it opens, or "<2025-11-04" for the day it ends.
 */
export function eventDateNorm(day: string, lastDay: string | undefined, aspect: 'start' | 'end' | undefined): string {
  return aspect === 'start' ? `>${day}` : aspect === 'end' ? `<${day}` : lastDay ? `${day}..${lastDay}` : day;
}

/** Fact types in F_TYPE: 0 a title, 1 a day a meeting is held, 2 the day it opens, 3 the day it closes. */
// A title fact's F_FLAGS shares its slot with a date fact's F_DATE_MENTION.
const F_FLAGS = 14;
const ENDING = 1, PROMOTION = 2, TAKING_POST = 4, NEW_POST = 8;
const F_TYPE = 0, F_KEY = 1, F_MENTION = 2, F_TITLE = 3, F_START = 12, F_END = 13, F_DATE_MENTION = 14, F_DATE_TEXT = 15, F_DATE_START = 16, F_DATE_END = 17, F_DAY = 18, F_LAST = 19;
const FACT_INTS = 20;
/** A meeting date's flags, in a slot only titles use otherwise. */
const F_DATE_FLAGS = F_TITLE, PLANNED = 1, RESCHEDULED = 2, ROUNDS = 4, PHASES = 8, CEREMONY = 16;
/** The aspect of a meeting's date by F_TYPE. */
const ASPECTS: ('start' | 'end' | undefined)[] = [undefined, undefined, 'start', 'end'];
/** F_TYPE of a person's event (EventDateFact.event): this plus its place in PERSON_EVENTS; its post in a slot only titles use otherwise. */
const F_EVENT_TYPE = 4, F_POST = F_TITLE + 1;
const HEADER = 5;
const TENTATIVE = 1, HAS_TITLE = 2, HAS_DATE = 4, RELATIVE = 8;
const NONE = -1;
const SEP = '\u0000';

/** Packs an analysis; the inverse of `StoredArticle.mentions`/`blocks` plus the head. */
export function packAnalysis(a: ArticleAnalysis): PackedAnalysis {
  const table: string[] = [];
  const index = new Map<string, number>();
  const str = (s: string | undefined): number => {
    if (s === undefined) return NONE;
    let i = index.get(s);
    if (i === undefined) {
      i = table.length;
      // The separator can't be inside a string; NUL in a name is noise anyway.
      table.push(s.includes(SEP) ? s.replace(/\u0000/g, '\uFFFD') : s);
      index.set(s, i);
    }
    return i;
  };
  const names = [...a.names];
  const ints = new Int32Array(HEADER + a.mentions.length * MENTION_INTS + a.blocks.length * BLOCK_INTS + a.facts.length * FACT_INTS + a.lineStarts.length + 2 * names.length);
  ints[0] = a.mentions.length;
  ints[1] = a.blocks.length;
  ints[2] = a.facts.length;
  ints[3] = a.lineStarts.length;
  ints[4] = names.length;
  let o = HEADER;
  const putTitle = (at: number, t: NonNullable<Mention['title']>) => {
    ints[at] = str(t.text);
    ints[at + 1] = t.span.start;
    ints[at + 2] = t.span.end;
    ints[at + 3] = str(t.rank);
    ints[at + 4] = str(t.rankText);
    ints[at + 5] = str(t.office);
    ints[at + 6] = str(t.officeText);
    ints[at + 7] = STATUSES.indexOf(t.status);
    ints[at + 8] = BASES.indexOf(t.basis);
  };
  for (const m of a.mentions) {
    ints[o + KIND] = KINDS.indexOf(m.kind);
    ints[o + START] = m.span.start;
    ints[o + END] = m.span.end;
    ints[o + FULL_START] = m.fullSpan.start;
    ints[o + FULL_END] = m.fullSpan.end;
    ints[o + TEXT] = str(m.text);
    ints[o + KEY] = str(m.key);
    ints[o + FORM] = FORMS.indexOf(m.form);
    ints[o + BLOCK] = BLOCKS.indexOf(m.block);
    let flags = m.tentative ? TENTATIVE : 0;
    const t = m.title;
    if (t) {
      flags |= HAS_TITLE;
      putTitle(o + T_TEXT, t);
    }
    const d = m.date;
    if (d) {
      flags |= HAS_DATE | (d.relative ? RELATIVE : 0);
      ints[o + D_VALUE] = str(d.value);
      ints[o + D_PRECISION] = PRECISIONS.indexOf(d.precision);
      ints[o + D_LAST] = str(d.lastDay);
    }
    ints[o + FLAGS] = flags;
    o += MENTION_INTS;
  }
  for (const b of a.blocks) {
    ints[o] = BLOCKS.indexOf(b.kind);
    ints[o + 1] = b.span.start;
    ints[o + 2] = b.span.end;
    ints[o + 3] = str(b.reason);
    o += BLOCK_INTS;
  }
  for (const f of a.facts) {
    ints.fill(NONE, o, o + FACT_INTS);
    ints[o + F_KEY] = str(f.key);
    ints[o + F_MENTION] = f.mention;
    if (f.type === 'title') {
      ints[o + F_TYPE] = 0;
      putTitle(o + F_TITLE, f.title);
      ints[o + F_START] = f.span.start;
      ints[o + F_END] = f.span.end;
      if (f.ending || f.promotion || f.takingPost || f.newPost) ints[o + F_FLAGS] = (f.ending ? ENDING : 0) | (f.promotion ? PROMOTION : 0) | (f.takingPost ? TAKING_POST : 0) | (f.newPost ? NEW_POST : 0);
      // (A title's day, TitleFact.asOf, in the slot of a date's day.)
      ints[o + F_DAY] = str(f.asOf);
    } else {
      ints[o + F_TYPE] = f.event ? F_EVENT_TYPE + PERSON_EVENTS.indexOf(f.event) : f.aspect ? ASPECTS.indexOf(f.aspect) : 1;
      // (A meeting's place, EventDateFact.where, in the slot of a person's post.)
      ints[o + F_POST] = str(f.event ? f.post : f.where);
      ints[o + F_DATE_MENTION] = f.dateMention;
      ints[o + F_DATE_TEXT] = str(f.dateText);
      ints[o + F_DATE_START] = f.dateSpan.start;
      ints[o + F_DATE_END] = f.dateSpan.end;
      ints[o + F_DAY] = str(f.day);
      if (f.planned || f.rescheduled || f.rounds || f.phases || f.ceremony) ints[o + F_DATE_FLAGS] = (f.planned ? PLANNED : 0) | (f.rescheduled ? RESCHEDULED : 0) | (f.rounds ? ROUNDS : 0) | (f.phases ? PHASES : 0) | (f.ceremony ? CEREMONY : 0);
      ints[o + F_LAST] = str(f.lastDay);
    }
    o += FACT_INTS;
  }
  ints.set(a.lineStarts, o);
  o += a.lineStarts.length;
  for (const [k, n] of names) {
    ints[o++] = str(k);
    ints[o++] = str(n);
  }
  return { head: headOf(a), rest: JSON.stringify(restOf(a)), ints, strings: table.join(SEP) };
}

function headOf(a: ArticleAnalysis): ArticleHead {
  const { uri, label, contentHash, length, acronyms, warnings, skipped, truncated, statedDay } = a;
  // (A page that gives only the day it was updated, "Updated: 08:31 GMT, 14 November 2025", is of that day: its dates are counted from it too.)
  const published = a.meta.published?.day ?? a.meta.updated?.day;
  return {
    uri, label, contentHash, length, acronyms, warnings,
    ...(published !== undefined ? { published } : {}), ...(statedDay !== undefined ? { statedDay } : {}), ...(skipped !== undefined ? { skipped } : {}), ...(truncated !== undefined ? { truncated } : {}),
  };
}

function restOf(a: ArticleAnalysis): ArticleRest {
  return { meta: a.meta };
}

/** Unpacked mentions of recently used articles: the open ones are asked again and again. */
const recent = new Map<StoredArticle, Mention[]>();
const RECENT = 64;

export class StoredArticle implements ArticleAnalysis {
  readonly uri: string;
  readonly label: string;
  readonly contentHash: string;
  readonly length: number;
  readonly published?: string;
  readonly statedDay?: string;
  readonly acronyms: Record<string, string>;
  private lines: Int32Array | undefined;
  private nameMap: Map<string, string> | undefined;
  readonly warnings: ArticleAnalysis['warnings'];
  readonly skipped?: string;
  readonly truncated?: string;
  /** The body, or how to fetch it: a restored corpus fetches only the articles it reads. */
  private packed: PackedBody | (() => PackedBody);
  private parsedRest: ArticleRest | undefined;
  private tableCache: string[] | undefined;
  private unpackedFacts: Fact[] | undefined;

  /**
   * `intern` gives one copy of each key across the corpus: keys are compared and looked up
   * all the time, and identical strings with cached hashes compare in constant time.
   */
  constructor(p: PackedAnalysis | DeferredAnalysis, intern?: (key: string) => string) {
    const h = p.head;
    this.uri = h.uri;
    this.label = h.label;
    this.contentHash = h.contentHash;
    this.length = h.length;
    if (h.published !== undefined) this.published = h.published;
    if (h.statedDay !== undefined) this.statedDay = h.statedDay;
    this.acronyms = h.acronyms;
    this.warnings = h.warnings;
    if (h.skipped !== undefined) this.skipped = h.skipped;
    if (h.truncated !== undefined) this.truncated = h.truncated;
    this.packed = 'body' in p ? () => p.body() : { rest: p.rest, ints: p.ints, strings: p.strings };
    if (intern) {
      const x = this.ints;
      const done = new Uint8Array(this.table.length);
      const once = (k: number) => {
        if (!done[k]) this.table[k] = intern(this.table[k]);
        done[k] = 1;
      };
      for (let i = 0, o = HEADER; i < x[0]; i++, o += MENTION_INTS) once(x[o + KEY]);
      for (let i = 0, o = this.factsAt; i < x[2]; i++, o += FACT_INTS) once(x[o + F_KEY]);
    }
  }

  private get body(): PackedBody {
    if (typeof this.packed === 'function') this.packed = this.packed();
    return this.packed;
  }

  get ints(): Int32Array {
    return this.body.ints;
  }

  /** The string table, split on first use: a restored corpus splits only the articles it reads. */
  get table(): string[] {
    const strings = this.body.strings;
    return (this.tableCache ??= strings ? strings.split(SEP) : []);
  }

  static from(a: ArticleAnalysis, intern?: (key: string) => string): StoredArticle {
    return a instanceof StoredArticle ? a : new StoredArticle(packAnalysis(a), intern);
  }

  pack(): PackedAnalysis {
    const { uri, label, contentHash, length, published, statedDay, acronyms, warnings, skipped, truncated } = this;
    const head: ArticleHead = {
      uri, label, contentHash, length, acronyms, warnings,
      ...(published !== undefined ? { published } : {}), ...(statedDay !== undefined ? { statedDay } : {}), ...(skipped !== undefined ? { skipped } : {}), ...(truncated !== undefined ? { truncated } : {}),
    };
    const { rest, ints, strings } = this.body;
    return { head, rest, ints, strings };
  }

  private unpackRest(): ArticleRest {
    return (this.parsedRest ??= JSON.parse(this.body.rest) as ArticleRest);
  }

  get meta(): ArticleAnalysis['meta'] {
    return this.unpackRest().meta;
  }

  get mentionCount(): number {
    return this.ints[0];
  }

  keyOf(i: number): string {
    return this.table[this.ints[HEADER + i * MENTION_INTS + KEY]];
  }

  isTentative(i: number): boolean {
    return (this.ints[HEADER + i * MENTION_INTS + FLAGS] & TENTATIVE) !== 0;
  }

  startOf(i: number): number {
    return this.ints[HEADER + i * MENTION_INTS + START];
  }

  /** A mention's name span and text, without unpacking the rest of it. */
  spanOf(i: number): Span {
    const o = HEADER + i * MENTION_INTS;
    return { start: this.ints[o + START], end: this.ints[o + END] };
  }

  textOf(i: number): string {
    return this.table[this.ints[HEADER + i * MENTION_INTS + TEXT]];
  }

  private get factsAt(): number {
    return HEADER + this.ints[0] * MENTION_INTS + this.ints[1] * BLOCK_INTS;
  }

  /** A view into the packed integers: every position sent to a client needs them. */
  get lineStarts(): Int32Array {
    if (!this.lines) {
      const at = this.factsAt + this.ints[2] * FACT_INTS;
      this.lines = this.ints.subarray(at, at + this.ints[3]);
    }
    return this.lines;
  }

  /** Display names by key, built on first use (names of an entity's first sources are asked often). */
  get names(): Map<string, string> {
    if (!this.nameMap) {
      const x = this.ints;
      const names = new Map<string, string>();
      for (let i = 0, o = this.factsAt + x[2] * FACT_INTS + x[3]; i < x[4]; i++, o += 2) names.set(this.table[x[o]], this.table[x[o + 1]]);
      this.nameMap = names;
    }
    return this.nameMap;
  }

  /** Keys this article states facts about (with repeats). */
  factKeys(): string[] {
    const out: string[] = [];
    for (let i = 0, o = this.factsAt; i < this.ints[2]; i++, o += FACT_INTS) out.push(this.table[this.ints[o + F_KEY]]);
    return out;
  }

  /**
   * Adds the values this article states for a key, as conflict finding compares them
   * (current, full titles; meeting days), reading the packed facts directly: most keys
   * have one value everywhere and need no more than this.
   */
  addFactValues(key: string, fact: 'rank' | 'office' | 'date', out: Set<string>): void {
    const x = this.ints;
    const s = this.table;
    const current = STATUSES.indexOf('current');
    const short = BASES.indexOf('short');
    for (let i = 0, o = this.factsAt; i < x[2]; i++, o += FACT_INTS) {
      if (s[x[o + F_KEY]] !== key) continue; // interned: identical, or different hashes
      if (fact === 'date') {
        if (x[o + F_TYPE] === 0) continue;
        const last = x[o + F_LAST];
        const where = x[o + F_TYPE] < F_EVENT_TYPE && x[o + F_POST] !== NONE ? `@${s[x[o + F_POST]]}|` : '';
        const event = x[o + F_TYPE] >= F_EVENT_TYPE ? `${PERSON_EVENTS[x[o + F_TYPE] - F_EVENT_TYPE]}|` : where;
        out.add(event + eventDateNorm(s[x[o + F_DAY]], last === NONE ? undefined : s[last], ASPECTS[x[o + F_TYPE]]));
      } else {
        if (x[o + F_TYPE] !== 0 || x[o + F_TITLE + 7] !== current || x[o + F_TITLE + 8] === short) continue;
        const v = x[o + F_TITLE + (fact === 'rank' ? 3 : 5)];
        if (v !== NONE) out.add(s[v]);
      }
    }
  }

  /** Facts about one key. */
  factsFor(key: string): Fact[] {
    return this.facts.filter((f) => f.key === key);
  }

  /** Unpacked once and kept: conflicts read every source's facts again after each change of a key. */
  get facts(): Fact[] {
    if (!this.unpackedFacts) {
      this.unpackedFacts = [];
      for (let i = 0, o = this.factsAt; i < this.ints[2]; i++, o += FACT_INTS) this.unpackedFacts.push(this.fact(o));
    }
    return this.unpackedFacts;
  }

  private fact(o: number): Fact {
    const x = this.ints;
    const s = this.table;
    if (x[o + F_TYPE] === 0) {
      const flags = x[o + F_FLAGS] === NONE ? 0 : x[o + F_FLAGS];
      return {
        type: 'title', key: s[x[o + F_KEY]], mention: x[o + F_MENTION], title: this.title(o + F_TITLE), span: { start: x[o + F_START], end: x[o + F_END] },
        ...(flags & ENDING ? { ending: true } : {}), ...(flags & PROMOTION ? { promotion: true } : {}), ...(flags & TAKING_POST ? { takingPost: true } : {}), ...(flags & NEW_POST ? { newPost: true } : {}),
        ...(x[o + F_DAY] !== NONE ? { asOf: s[x[o + F_DAY]] } : {}),
      };
    }
    const last = x[o + F_LAST];
    const dateFlags = x[o + F_DATE_FLAGS] === NONE ? 0 : x[o + F_DATE_FLAGS];
    const event = x[o + F_TYPE] >= F_EVENT_TYPE ? PERSON_EVENTS[x[o + F_TYPE] - F_EVENT_TYPE] : undefined;
    const post = x[o + F_POST];
    return {
      type: 'eventDate', key: s[x[o + F_KEY]], mention: x[o + F_MENTION], dateMention: x[o + F_DATE_MENTION], dateText: s[x[o + F_DATE_TEXT]],
      dateSpan: { start: x[o + F_DATE_START], end: x[o + F_DATE_END] }, day: s[x[o + F_DAY]], ...(last !== NONE ? { lastDay: s[last] } : {}),
      ...(ASPECTS[x[o + F_TYPE]] ? { aspect: ASPECTS[x[o + F_TYPE]] } : {}), ...(dateFlags & PLANNED ? { planned: true } : {}),
      ...(dateFlags & RESCHEDULED ? { rescheduled: true } : {}), ...(dateFlags & ROUNDS ? { rounds: true } : {}), ...(dateFlags & PHASES ? { phases: true } : {}), ...(dateFlags & CEREMONY ? { ceremony: true } : {}), ...(event ? { event } : {}), ...(event && post !== NONE ? { post: s[post] } : {}),
      ...(!event && post !== NONE ? { where: s[post] } : {}),
    };
  }

  private title(at: number): NonNullable<Mention['title']> {
    const x = this.ints;
    const s = this.table;
    const opt = (j: number) => (x[j] === NONE ? undefined : s[x[j]]);
    return {
      text: s[x[at]], span: { start: x[at + 1], end: x[at + 2] }, rank: opt(at + 3), rankText: opt(at + 4),
      office: opt(at + 5), officeText: opt(at + 6), status: STATUSES[x[at + 7]], basis: BASES[x[at + 8]],
    };
  }

  /**
   * Each key once: those mentioned, those mentioned at least once with evidence (not
   * tentatively), and those facts are stated about. One pass, no maps.
   */
  distinctKeys(): { keys: string[]; confirmed: string[]; factKeys: string[] } {
    const x = this.ints;
    const seen = new Uint8Array(this.table.length);
    const keys: string[] = [];
    const confirmed: string[] = [];
    const factKeys: string[] = [];
    for (let i = 0, o = HEADER; i < x[0]; i++, o += MENTION_INTS) {
      const k = x[o + KEY];
      if (!(seen[k] & 1)) keys.push(this.table[k]);
      if (!(seen[k] & 2) && !(x[o + FLAGS] & TENTATIVE)) {
        confirmed.push(this.table[k]);
        seen[k] |= 2;
      }
      seen[k] |= 1;
    }
    for (let i = 0, o = this.factsAt; i < x[2]; i++, o += FACT_INTS) {
      const k = x[o + F_KEY];
      if (!(seen[k] & 4)) factKeys.push(this.table[k]);
      seen[k] |= 4;
    }
    return { keys, confirmed, factKeys };
  }

  /**
   * How many mentions carry one of these keys, and the index of the first (-1 for none).
   * No map per article: keys are interned, so comparing them is cheap.
   */
  countKeys(keys: readonly string[]): { count: number; first: number } {
    let count = 0;
    let first = -1;
    const x = this.ints;
    for (let i = 0, o = HEADER; i < x[0]; i++, o += MENTION_INTS) {
      if (!keys.includes(this.table[x[o + KEY]])) continue;
      count++;
      if (first < 0) first = i;
    }
    return { count, first };
  }

  mention(i: number): Mention {
    const x = this.ints;
    const s = this.table;
    const o = HEADER + i * MENTION_INTS;
    const flags = x[o + FLAGS];
    const opt = (j: number) => (x[j] === NONE ? undefined : s[x[j]]);
    const out: Mention = {
      kind: KINDS[x[o + KIND]], span: { start: x[o + START], end: x[o + END] }, fullSpan: { start: x[o + FULL_START], end: x[o + FULL_END] },
      text: s[x[o + TEXT]], key: s[x[o + KEY]], form: FORMS[x[o + FORM]], block: BLOCKS[x[o + BLOCK]],
    };
    if (flags & HAS_TITLE) out.title = this.title(o + T_TEXT);
    if (flags & TENTATIVE) out.tentative = true;
    if (flags & HAS_DATE) {
      const last = opt(o + D_LAST);
      out.date = { value: s[x[o + D_VALUE]], precision: PRECISIONS[x[o + D_PRECISION]], relative: (flags & RELATIVE) !== 0, ...(last ? { lastDay: last } : {}) };
    }
    return out;
  }

  get mentions(): Mention[] {
    let ms = recent.get(this);
    if (ms) {
      recent.delete(this);
    } else {
      ms = [];
      for (let i = 0; i < this.mentionCount; i++) ms.push(this.mention(i));
      if (recent.size >= RECENT) recent.delete(recent.keys().next().value as StoredArticle);
    }
    recent.set(this, ms);
    return ms;
  }

  get blocks(): Block[] {
    const x = this.ints;
    const out: Block[] = [];
    let o = HEADER + x[0] * MENTION_INTS;
    for (let i = 0; i < x[1]; i++, o += BLOCK_INTS) {
      const b: Block = { kind: BLOCKS[x[o]], span: { start: x[o + 1], end: x[o + 2] } };
      if (x[o + 3] !== NONE) b.reason = this.table[x[o + 3]];
      out.push(b);
    }
    return out;
  }
}
