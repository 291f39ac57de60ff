// All analysed articles, linked into entities by key. Updating one article touches only
// the keys it mentions: the inverted indexes are patched, and conflicts are recomputed
// lazily for the keys that changed. Nothing here walks the whole corpus per edit.

import Fuse from 'fuse.js';
import type { ArticleAnalysis, EntityKind, Mention, Span } from './model';
import { findConflicts, type Conflict, type ConflictOptions } from './findConflicts';
import { StoredArticle, type DeferredAnalysis, type PackedAnalysis } from './storedArticle';
import { foldText, foldWords, grandfatherOrFamily, orgKeyWithoutNationality, shorterNameKeys, transliterationKey } from './normalize';
import { ARABIC_GIVEN_NAMES, GIVEN_NAME_FORMS, GIVEN_NAMES } from './lexicon';
import { NumberedMeetings } from './numberedMeetings';
import { localForm, TitledSurnames, type GivenTitles } from './titledSurnames';
import { levenshtein } from './annotations/text';

export interface ChangeSet {
  /** Entity keys whose mentions, facts or conflicts may have changed. */
  keys: Set<string>;
  /** Articles whose diagnostics may have changed. */
  uris: Set<string>;
}

export interface ResolvedMention extends Mention {
  index: number;
  /** The entity this mention belongs to (fuzzy aliases folded in). */
  entity: string;
}

const FUZZY_THRESHOLD = 0.12;
const MAX_SPELLING_GROUP = 32;

/**
 * The linked state of a corpus, saved so the next start restores it instead of re-linking
 * every article. Only valid with exactly these articles: `hashes` says which versions.
 */
export interface CorpusSnapshot {
  /** Article URI by id, null for a free id; and the content hash of that article. (Ids by URI are rebuilt from it.) */
  byId: (string | null)[];
  hashes: (string | null)[];
  keyIndex: PackedIndex;
  factIndex: PackedIndex;
  acronymDefs: Map<string, Map<string, number>>;
  confirmed: Map<string, number>;
  aliases: Map<string, string>;
  aliasMembers: Map<string, Set<string>>;
  acronymsOf: Map<string, Set<string>>;
  personBlocks: Map<string, Set<string>>;
  variantChecked: Set<string>;
  shorterOf: Map<string, string[]>;
  longerOf: Map<string, Set<string>>;
  qualifiedOf: Map<string, Set<string>>;
  /** Person key → the short forms of its name (see TitledSurnames). */
  surnameForms: Map<string, string[]>;
  /** Conflicts by key, computed with `options`. */
  options: ConflictOptions;
  conflicts: Map<string, Conflict[]>;
}

/**
 * A key → article ids index in three arrays: the ids of key i are ids[ends[i - 1] … ends[i]].
 * Read back, typed arrays are one copy; 200,000 ids in arrays of numbers took a tenth of a
 * warm start to deserialise, one by one.
 */
export interface PackedIndex {
  keys: string[];
  ends: Int32Array;
  ids: Int32Array;
}

function packIndex(index: Map<string, IdList>): PackedIndex {
  const keys = [...index.keys()];
  const ends = new Int32Array(keys.length);
  let n = 0;
  for (const list of index.values()) n += list.length;
  const ids = new Int32Array(n);
  let at = 0;
  keys.forEach((k, i) => {
    for (const id of index.get(k)!) ids[at++] = id;
    ends[i] = at;
  });
  return { keys, ends, ids };
}

/**
 * Article ids of a key: a view into the restored ids until the key's articles change (then an
 * array). Copying 200,000 ids into arrays took a tenth of a warm start.
 */
type IdList = number[] | Int32Array;

function unpackIndex(p: PackedIndex): Map<string, IdList> {
  const index = new Map<string, IdList>();
  let from = 0;
  p.keys.forEach((k, i) => {
    index.set(k, p.ids.subarray(from, p.ends[i]));
    from = p.ends[i];
  });
  return index;
}

export class Corpus {
  private readonly articles = new Map<string, StoredArticle>();
  /** Articles by a small number: sets of numbers are far cheaper than sets of URIs. */
  private ids = new Map<string, number>();
  private readonly byId: (StoredArticle | undefined)[] = [];
  /** Raw mention key → articles mentioning it (each once; arrays cost far less than sets at this size). */
  private keyIndex = new Map<string, IdList>();
  /** Raw key → articles that state a fact about it (each once). */
  private factIndex = new Map<string, IdList>();
  /** Acronym → defining key → number of articles defining it so. */
  private acronymDefs = new Map<string, Map<string, number>>();
  /** Raw key → number of articles naming it with evidence (tentative names need one). */
  private confirmed = new Map<string, number>();
  /** Person key → key it is a romanisation or spelling variant of (fuse.js). */
  private aliases = new Map<string, string>();
  private aliasMembers = new Map<string, Set<string>>();
  /** Defining key → acronyms that currently resolve to it. */
  private acronymsOf = new Map<string, Set<string>>();
  private conflictCache = new Map<string, Conflict[]>();
  /** A cluster's canonical key → its members parted into spellings of one name (see factKeysSpelledAs). */
  private spellingGroups = new Map<string, string[][]>();
  /** Person keys by name prefix and length: the only candidates fuzzy linking compares. */
  private personBlocks = new Map<string, Set<string>>();
  private variantChecked = new Set<string>();
  /** A three-word name's key → the keys of its shorter forms ("bolaahmedtinubu" → ["bolatinubu"]). */
  private shorterOf = new Map<string, string[]>();
  /** The other way: a shorter form's key → the three-word keys that shorten to it. */
  private longerOf = new Map<string, Set<string>>();
  /**
   * A body's key without its nationality → the keys with one that the corpus holds
   * ("org:defense ministry" → {"org:israeli defense ministry"}). With exactly one, a source
   * that leaves the country out names that body; with two, it can't be told which.
   */
  private qualifiedOf = new Map<string, Set<string>>();
  /**
   * Numbered meetings written with more or fewer of their body's words, joined. Built from the
   * key index when first asked after a restore (it is not saved: the keys say all it holds).
   */
  private numberedMeetings: NumberedMeetings | undefined = this.newNumberedMeetings();
  /** Titled surnames an article keeps to itself ("President Trump"), joined to the person the corpus says they are. */
  private surnames = this.newTitledSurnames();
  /** Sorted sources per entity, dropped when one of its keys changes. */
  private readonly sourcesCache = new Map<string, StoredArticle[]>();
  private options: ConflictOptions;

  constructor(options: ConflictOptions = { titleWindowDays: 120 }) {
    this.options = options;
  }

  setOptions(options: ConflictOptions): ChangeSet {
    this.options = options;
    this.conflictCache.clear();
    return { keys: new Set(this.factIndex.keys()), uris: new Set([...this.factIndex.values()].flatMap((s) => [...s].map((id) => this.byId[id]!.uri))) };
  }

  /**
   * The live state, for immediate serialisation (nothing is copied). Conflicts of every
   * fact key are computed first, so a restored corpus publishes without computing any.
   */
  snapshot(): CorpusSnapshot {
    this.allConflicts();
    return {
      byId: this.byId.map((a) => a?.uri ?? null), hashes: this.byId.map((a) => a?.contentHash ?? null),
      keyIndex: packIndex(this.keyIndex), factIndex: packIndex(this.factIndex), acronymDefs: this.acronymDefs, confirmed: this.confirmed, aliases: this.aliases,
      aliasMembers: this.aliasMembers, acronymsOf: this.acronymsOf, personBlocks: this.personBlocks, variantChecked: this.variantChecked,
      shorterOf: this.shorterOf, longerOf: this.longerOf, qualifiedOf: this.qualifiedOf, surnameForms: this.surnames.formsOf, options: this.options, conflicts: this.conflictCache,
    };
  }

  /**
   * Takes a saved state into an empty corpus. `analysisOf` gives the packed analysis of an
   * article (by URI, content hash and id in the saved state) in exactly the version saved; when one is missing nothing is changed and the
   * answer is false (the caller then links articles one by one, as on a first start).
   */
  restore(s: CorpusSnapshot, analysisOf: (uri: string, contentHash: string, id: number) => PackedAnalysis | DeferredAnalysis | undefined): boolean {
    if (this.articles.size || s.byId.length !== s.hashes.length) return false;
    const ids = new Map<string, number>();
    const stored: (StoredArticle | undefined)[] = new Array(s.byId.length);
    for (let id = 0; id < s.byId.length; id++) {
      const uri = s.byId[id];
      if (uri === null) continue;
      const p = analysisOf(uri, s.hashes[id]!, id);
      // One id per article: a URI listed twice is a damaged save.
      if (!p || p.head.uri !== uri || ids.has(uri)) return false;
      ids.set(uri, id);
      stored[id] = new StoredArticle(p);
    }
    this.byId.length = 0;
    for (let id = 0; id < stored.length; id++) {
      const a = stored[id];
      this.byId.push(a);
      if (a) this.articles.set(a.uri, a);
    }
    this.ids = ids;
    this.keyIndex = unpackIndex(s.keyIndex);
    this.factIndex = unpackIndex(s.factIndex);
    this.acronymDefs = s.acronymDefs;
    this.confirmed = s.confirmed;
    this.aliases = s.aliases;
    this.aliasMembers = s.aliasMembers;
    this.acronymsOf = s.acronymsOf;
    this.personBlocks = s.personBlocks;
    this.variantChecked = s.variantChecked;
    this.shorterOf = s.shorterOf;
    this.longerOf = s.longerOf;
    this.qualifiedOf = s.qualifiedOf;
    this.numberedMeetings = undefined;
    this.surnames = this.newTitledSurnames(s.surnameForms);
    this.sourcesCache.clear();
    this.conflictCache = JSON.stringify(s.options) === JSON.stringify(this.options) ? s.conflicts : new Map();
    return true;
  }

  get size(): number {
    return this.articles.size;
  }

  get(uri: string): StoredArticle | undefined {
    return this.articles.get(uri);
  }

  uris(): IterableIterator<string> {
    return this.articles.keys();
  }

  /**
   * Adds or replaces an article. In `bulk` mode (the first index) the articles affected
   * through shared keys are not collected: everything gets published afterwards anyway,
   * and collecting them would cost the sum over keys of their article counts.
   */
  set(analysis: ArticleAnalysis | PackedAnalysis | DeferredAnalysis, options: { bulk?: boolean } = {}): ChangeSet {
    const stored = 'head' in analysis ? new StoredArticle(analysis, this.intern) : StoredArticle.from(analysis, this.intern);
    const change = this.remove(stored.uri);
    this.articles.set(stored.uri, stored);
    let id = this.ids.get(stored.uri);
    if (id === undefined) this.ids.set(stored.uri, (id = this.byId.length));
    this.byId[id] = stored;
    this.index(stored, +1, change);
    return this.widen(change, options.bulk);
  }

  delete(uri: string): ChangeSet {
    const change = this.widen(this.remove(uri));
    this.ids.delete(uri);
    return change;
  }

  private remove(uri: string): ChangeSet {
    const change: ChangeSet = { keys: new Set(), uris: new Set([uri]) };
    const old = this.articles.get(uri);
    if (old) {
      this.articles.delete(uri);
      this.index(old, -1, change);
      this.byId[this.ids.get(uri)!] = undefined;
    }
    return change;
  }


  /** One copy of each key (see StoredArticle). Cleared, not grown, past a bound. */
  private readonly keys = new Map<string, string>();
  private readonly intern = (k: string): string => {
    const hit = this.keys.get(k);
    if (hit !== undefined) return hit;
    if (this.keys.size > 1_000_000) this.keys.clear();
    this.keys.set(k, k);
    return k;
  };

  private index(a: StoredArticle, delta: 1 | -1, change: ChangeSet): void {
    const id = this.ids.get(a.uri)!;
    // Callers pass each key once per article, so adding is a push.
    const bump = (map: Map<string, IdList>, key: string) => {
      let ids = map.get(key);
      if (ids instanceof Int32Array) map.set(key, (ids = Array.from(ids)));
      if (delta > 0) {
        if (ids) ids.push(id);
        else map.set(key, [id]);
      } else if (ids) {
        const at = ids.lastIndexOf(id);
        if (at >= 0) {
          ids[at] = ids[ids.length - 1];
          ids.pop();
        }
        if (!ids.length) map.delete(key);
      }
    };
    const { keys, confirmed: confirmedHere, factKeys } = a.distinctKeys();
    for (const key of keys) {
      const had = this.keyIndex.has(key);
      bump(this.keyIndex, key);
      change.keys.add(key);
      if (had !== this.keyIndex.has(key)) {
        if (key.startsWith('org:')) this.qualifiedChanged(key, !had, change);
        else if (key.startsWith('meeting:')) this.meetingsRejoined(this.meetings().changed(key, !had), change);
        else if (key.startsWith('person@')) this.surnames.localChanged(key, !had);
      }
      if (key.startsWith('person')) this.surnames.touched(key);
      // A phrase only its acronym names may now be spelled otherwise (see spelledOut).
      if (key.startsWith('term:')) this.meetingsRejoined(this.meetings().respelled(key.slice('term:'.length)), change);
    }
    for (const k of confirmedHere) {
      const n = (this.confirmed.get(k) ?? 0) + delta;
      if (n > 0) this.confirmed.set(k, n);
      else {
        this.confirmed.delete(k);
        if (k.startsWith('person:')) {
          this.unlinkVariant(k, change);
          this.surnames.removeBearer(k);
        }
      }
      if (n === 1 && delta > 0 && k.startsWith('person:')) this.surnames.addBearer(k, a.names.get(k));
    }
    for (const k of factKeys) bump(this.factIndex, k);
    for (const [acr, key] of Object.entries(a.acronyms)) {
      const defs = this.acronymDefs.get(acr) ?? new Map<string, number>();
      const before = this.bestDefinition(acr);
      const n = (defs.get(key) ?? 0) + delta;
      if (n > 0) defs.set(key, n);
      else defs.delete(key);
      if (defs.size) this.acronymDefs.set(acr, defs);
      else this.acronymDefs.delete(acr);
      const after = this.bestDefinition(acr);
      if (before !== after) {
        if (before) this.acronymsOf.get(before)?.delete(acr);
        if (after) this.acronymsOf.set(after, (this.acronymsOf.get(after) ?? new Set()).add(acr));
        change.keys.add('acr:' + acr);
        if (before) change.keys.add(before);
        if (after) change.keys.add(after);
        this.meetingsRejoined(this.meetings().respelled(acr), change);
      }
    }
    // The name as written is read only for a key not seen before (it may need the article's body).
    if (delta > 0) for (const k of confirmedHere) if (k.startsWith('person:')) this.linkVariant(k, this.variantChecked.has(k) ? undefined : a.names.get(k), change);
  }

  private newNumberedMeetings(): NumberedMeetings {
    return new NumberedMeetings((acr) => this.spelledOut(acr));
  }

  /** Restored forms leave the rest to be built when first asked (a warm start may never ask). */
  private newTitledSurnames(restored?: Map<string, string[]>): TitledSurnames {
    const host = {
      entityOf: (k: string) => this.entityOf(k),
      titlesOf: (k: string) => this.titlesGiven(k),
      sourcesNaming: (k: string) => this.confirmed.get(k) ?? 0,
      localTitlesOf: (l: string) => this.localTitles(l),
      localKeys: () => [...this.keyIndex.keys()].filter((k) => k.startsWith('person@')),
      forget: (e: string) => this.sourcesCache.delete(e),
    };
    return new TitledSurnames(host, restored, !restored);
  }

  /** Offices and ranks the first sources stating facts about a person key give it, as they were or are. */
  private titlesGiven(key: string): GivenTitles {
    const t: GivenTitles = { offices: new Set(), ranks: new Set() };
    for (const id of (this.factIndex.get(key) ?? []).slice(0, 30)) {
      for (const f of this.byId[id]!.facts) {
        if (f.type !== 'title' || f.key !== key) continue;
        if (f.title.office) t.offices.add(f.title.office);
        if (f.title.rank) t.ranks.add(f.title.rank);
      }
    }
    return t;
  }

  /** Offices and ranks an article writes with the surname it keeps to itself. */
  private localTitles(local: string): GivenTitles {
    const t: GivenTitles = { offices: new Set(), ranks: new Set() };
    const a = this.articles.get(local.slice('person@'.length, local.length - localForm(local).length - 1));
    for (const m of a ? this.mentionsIn(a, local, [local]) : []) {
      if (m.title?.office) t.offices.add(m.title.office);
      if (m.title?.rank) t.ranks.add(m.title.rank);
    }
    return t;
  }

  /**
   * What an acronym stands for, in words: the key it is defined as, or for a phrase known only
   * by it ("the Caribbean Community (CARICOM)" is "term:caricom") the phrase most of its
   * sources write (of the first 200: past that, which ones is the order of arrival's).
   */
  private spelledOut(acr: string): string | undefined {
    const def = this.bestDefinition(acr);
    if (!def?.startsWith('term:')) return def;
    const votes = new Map<string, number>();
    for (const id of (this.keyIndex.get(def) ?? []).slice(0, 200)) {
      const name = this.byId[id]!.names.get(def);
      if (!name || name.toUpperCase() === acr) continue;
      const words = foldWords(name).join(' ');
      votes.set(words, (votes.get(words) ?? 0) + 1);
    }
    let best: [string, number] | undefined;
    for (const v of votes) if (!best || v[1] > best[1] || (v[1] === best[1] && v[0] < best[0])) best = v;
    return best && 'term:' + best[0];
  }

  /** Every key of the numbered meeting `key` is joined to, itself among them; undefined when it is joined to none. */
  private joinedMeetingKeys(key: string): string[] | undefined {
    const joins = this.meetings();
    return joins.keysOf(joins.entityOf(key) ?? key);
  }

  /** The joins of numbered meetings, built from the key index if a restore left none. */
  private meetings(): NumberedMeetings {
    if (!this.numberedMeetings) {
      this.numberedMeetings = this.newNumberedMeetings();
      for (const k of this.keyIndex.keys()) if (k.startsWith('meeting:')) this.numberedMeetings.changed(k, true);
    }
    return this.numberedMeetings;
  }

  /**
   * Keys whose joined meeting may have changed: the sources listed for them go, and so do their
   * conflicts (a joined meeting's days are compared across its keys, see factKeysSpelledAs).
   */
  private meetingsRejoined(keys: string[], change: ChangeSet): void {
    for (const k of keys) {
      this.sourcesCache.delete(k);
      change.keys.add(k);
    }
  }

  /** A body's key with a nationality came or went: the bare key may now name another entity. */
  private qualifiedChanged(key: string, added: boolean, change: ChangeSet): void {
    const bare = orgKeyWithoutNationality(key);
    if (!bare) return;
    const set = this.qualifiedOf.get(bare) ?? new Set<string>();
    if (added) set.add(key);
    else set.delete(key);
    if (set.size) this.qualifiedOf.set(bare, set);
    else this.qualifiedOf.delete(bare);
    change.keys.add(bare);
    change.keys.add(key);
    for (const q of set) change.keys.add(q);
  }

  /**
   * Keys that may be variants share a block: the first letter and the first consonant after it
   * (transliterations folded: "Qasim", "Kasim"; vowels left out: "Meshal", "Mishal"; "Mohamed",
   * "Muhammad") and about the same length.
   */
  private static blockOf(name: string, length = name.length): string {
    const head = transliterationKey(name.slice(0, 6));
    return `${head.charAt(0)}${/[^aeiouy]/.exec(head.slice(1))?.[0] ?? ''}:${Math.floor(length / 3)}`;
  }

  /**
   * Folds spelling variants of a person's name into one entity ("Zelensky"/"Zelenskyy").
   * A key is checked on first sight, and again when its cluster is linked afresh, against the
   * few keys in its block and the keys its shorter forms and rotations give.
   */
  private linkVariant(key: string, written?: string, change?: ChangeSet): void {
    if (this.variantChecked.has(key)) return;
    this.variantChecked.add(key);
    const name = key.slice('person:'.length);
    const shorter = written && !this.shorterOf.has(name) ? shorterNameKeys(written).filter((k) => k !== name) : [];
    if (shorter.length) this.shorterOf.set(name, shorter);
    for (const short of shorter) {
      const longer = (this.longerOf.get(short) ?? new Set()).add(name);
      this.longerOf.set(short, longer);
      // A second longer name makes the short form ambiguous: the link the first one made goes,
      // so clusters stay what linking the same keys in any order gives.
      if (longer.size >= 2) this.relink('person:' + short, change);
    }
    const near = new Set<string>();
    // "Bola Ahmed Tinubu" / "Bola Tinubu", "Edmundo González Urrutia" / "Edmundo González": a
    // middle name or a second surname one source writes and another leaves out, whatever
    // the length ("John Lee Ka-chiu" / "Lee Ka-chiu" keys in seven letters). Only while one
    // three-word name shortens to that key: "George Walker Bush" and "George Herbert Bush"
    // would both be "George Bush", and are two people.
    for (const short of this.shorterOf.get(name) ?? []) {
      if (this.oneBearer(this.longerOf.get(short)) && this.isLinkedName(short)) near.add(short);
    }
    const longer = this.longerOf.get(name);
    if (this.oneBearer(longer)) for (const k of longer!) if (this.isLinkedName(k)) near.add(k);
    // Spelling variants and rotations only for keys long enough not to meet by chance.
    if (name.length >= 8) {
      const block: string[] = [];
      // Lengths within 2 of this one can sit in this block or a neighbouring one.
      for (const b of new Set([Corpus.blockOf(name, name.length - 2), Corpus.blockOf(name), Corpus.blockOf(name, name.length + 2)])) {
        for (const k of this.personBlocks.get(b) ?? []) if (k !== name && Math.abs(k.length - name.length) <= 2) block.push(k);
      }
      const own = Corpus.blockOf(name);
      this.personBlocks.set(own, (this.personBlocks.get(own) ?? new Set()).add(name));
      // "Shigeru Ishiba" / "Ishiba Shigeru": the family name first in one source, last in
      // another. Its key is then a rotation of the other's. Not when both halves are given
      // names, or either an Arabic, Persian or Turkic one: "Ali Hassan" and "Hassan Ali",
      // "Mohammed Bello" and "Bello Mohammed" are two people ("Orbán Viktor" is Viktor Orbán).
      for (let i = 2; i <= name.length - 2; i++) {
        const r = name.slice(i) + name.slice(0, i);
        const [a, b] = [name.slice(0, i), name.slice(i)];
        if (r === name || (GIVEN_NAMES.has(a) && GIVEN_NAMES.has(b)) || ARABIC_GIVEN_NAMES.has(a) || ARABIC_GIVEN_NAMES.has(b)) continue;
        if (this.isLinkedName(r)) near.add(r);
      }
      if (block.length) {
        // fuse.js scores are not symmetric (the pattern's length matters), so a pair counts as
        // variants when either name finds the other; and every cluster the new key reaches is
        // merged. Clusters are then the connected components, whatever order keys arrive in.
        const options = { threshold: FUZZY_THRESHOLD };
        const writtenHere = written ?? this.writtenName(name);
        const initials = middleInitials(writtenHere);
        // "Frederik X" / "Frederik IX": numbers of one letter apart, as the names are written.
        const number = REGNAL_END.exec(writtenHere ?? '')?.[1];
        const apartFrom = writtenHere ? surnamesApartFrom(writtenHere) : undefined;
        // A shorter form ("George Bush" of "George W. Bush") links as shorter forms do, above:
        // not when two longer names share it ("George H.W. Bush" too).
        const shorterHere = this.shorterOf.get(name) ?? [];
        const candidates = block.filter((k) => !numberedApart(name, k) && !(initials && this.initialsApart(initials, k)) && !(number && otherNumber(number, this.writtenName(k))) &&
          !(apartFrom && apartFrom(this.writtenName(k))) &&
          !shorterHere.includes(k) && !this.shorterOf.get(k)?.includes(name)).slice(0, 500);
        for (const r of new Fuse(candidates, options).search(name)) near.add(r.item);
        const back = new Fuse([name], options);
        for (const k of candidates) if (!near.has(k) && back.search(k).length) near.add(k);
        // Transliterations swap letters in a way edit distance alone misses ("Araghchi" / "Araqchi").
        const folded = transliterationKey(name);
        for (const k of candidates) if (!near.has(k) && transliterationKey(k) === folded) near.add(k);
        // So does a slip of two letters, which counts as two edits ("Finkelman" / "Finkleman").
        for (const k of candidates) if (!near.has(k) && swapsTwoLetters(name, k)) near.add(k);
      }
    }
    if (!near.size) return;
    const members = new Set([key]);
    for (const k of near) {
      const other = 'person:' + k;
      for (const m of this.aliasMembers.get(this.aliases.get(other) ?? other) ?? [other]) members.add(m);
    }
    this.setCluster(members);
  }

  /** One entity for a cluster of variant keys, named by its smallest key whatever the order of arrival. */
  private setCluster(members: Set<string>): void {
    for (const m of members) this.dissolve(m);
    if (members.size < 2) return;
    const canonical = [...members].sort()[0];
    this.spellingGroups.delete(canonical);
    for (const m of members) if (m !== canonical) this.aliases.set(m, canonical);
    this.aliasMembers.set(canonical, members);
    this.sourcesCache.delete(canonical);
  }

  /** Is person key `short` a shorter form of the name `long` (both without "person:") that only `long` gives? */
  private soleShorterForm(long: string, short: string): boolean {
    return !!this.shorterOf.get(long)?.includes(short) && this.oneBearer(this.longerOf.get(short));
  }

  /**
   * Is person key `short` the name `long` with a middle name left out, and its only bearer? The first and the last of
   * the name kept ("robertprevost" of "robertfrancisprevost"), not the first two ("robertfrancis", maybe another's
   * whole name) nor initials.
   */
  private middleNameLeftOut(long: string, short: string): boolean {
    if (!this.soleShorterForm(long, short)) return false;
    let head = 0;
    while (head < short.length && short[head] === long[head]) head++;
    let tail = 0;
    while (tail < short.length && short[short.length - 1 - tail] === long[long.length - 1 - tail]) tail++;
    return head >= 2 && tail >= 2 && head + tail >= short.length && head < short.length && tail < short.length;
  }

  /**
   * Is person key `short` the name `long` with its first word, or its first two, by their initials, and its only
   * bearer ("sjaishankar" of "subrahmanyamjaishankar", "brgavai" of "bhushanramkrishnagavai")? Read from the keys, so
   * whichever written form came first (see initialledKeys).
   */
  private initialled(long: string, short: string): boolean {
    if (short.length >= long.length || short[0] !== long[0] || !this.soleShorterForm(long, short)) return false;
    return long.endsWith(short.slice(1)) || (long.endsWith(short.slice(2)) && long.slice(1, long.length - short.length + 2).includes(short[1]));
  }

  /**
   * Can a short form have only one bearer? When one longer name gives it, or several that are
   * one name and its own shorter forms: "Ahmed Ghaleb Nasser al-Rahawi" and "Ahmed Ghaleb
   * al-Rahawi" both shorten to "Ahmed al-Rahawi", and the first to the second.
   */
  private oneBearer(longer: Set<string> | undefined): boolean {
    if (!longer?.size) return false;
    if (longer.size === 1) return true;
    for (const m of longer) {
      const own = this.shorterOf.get(m) ?? [];
      let all = true;
      for (const o of longer) if (o !== m && !own.includes(o)) all = false;
      if (all) return true;
    }
    // "Raila Amolo Odinga" and "Raila Amollo Odinga": spellings of one name have one bearer.
    // (Tested on the names themselves, not on their clusters, so arrival order does not matter.)
    // So do "Donald J. Trump" and "Donald John Trump", an initial standing for a word, and
    // "Faisal bin Farhan bin Abdullah" and "Faisal bin Farhan Al Saud" (see grandfatherOrFamily).
    // Not "Frederik X" and "Frederik IX", both "King Frederik": a regnal number apart is another monarch.
    const [first, ...rest] = longer;
    const written = this.writtenName(first);
    const initials = middleInitials(written);
    const number = REGNAL_END.exec(written ?? '')?.[1];
    return rest.every((m) => (spellingVariants(first, m) && !(initials && this.initialsApart(initials, m)) && !(number && otherNumber(number, this.writtenName(m)))) ||
      initialForWord(written, this.writtenName(m)) || grandfatherOrFamily(written, this.writtenName(m)));
  }

  /** The name as one article writes it, for what its key folds away (initials, numbers). */
  private writtenName(name: string): string | undefined {
    const key = 'person:' + name;
    const id = this.keyIndex.get(key)?.[0];
    return id === undefined ? undefined : this.byId[id]?.names.get(key);
  }

  /**
   * Does `name` carry middle initials other than `initials`? "George W. Bush" and "George H.W.
   * Bush" are father and son, one letter apart in their keys.
   */
  private initialsApart(initials: string, name: string): boolean {
    const other = middleInitials(this.writtenName(name));
    return !!other && other !== initials;
  }

  /** A key no article names any more leaves its cluster and its block. */
  private unlinkVariant(key: string, change: ChangeSet): void {
    const name = key.slice('person:'.length);
    this.variantChecked.delete(key);
    const unambiguous: string[] = [];
    for (const short of this.shorterOf.get(name) ?? []) {
      const longer = this.longerOf.get(short)!;
      longer.delete(name);
      if (!longer.size) this.longerOf.delete(short);
      // One bearer left: the short form may link to it again.
      if (longer.size) unambiguous.push('person:' + short);
    }
    this.shorterOf.delete(name);
    this.personBlocks.get(Corpus.blockOf(name))?.delete(name);
    const canonical = this.aliases.get(key) ?? key;
    const members = this.aliasMembers.get(canonical);
    // The others may have been linked only through this key: dissolve the cluster and link
    // each again, so the clusters are what linking the remaining keys afresh would give.
    if (members) this.linkAfresh(members, change, key);
    for (const k of unambiguous) this.relink(k, change);
  }

  /** Links a confirmed key and the members of its cluster afresh; their articles are affected. */
  private relink(key: string, change?: ChangeSet): void {
    const members = this.aliasMembers.get(this.aliases.get(key) ?? key) ?? (this.confirmed.has(key) ? new Set([key]) : undefined);
    if (!members) return;
    this.linkAfresh(members, change);
    for (const m of this.aliasMembers.get(this.aliases.get(key) ?? key) ?? []) change?.keys.add(m);
  }

  /** Dissolves a cluster and links its members again, but `gone`, one by one. */
  private linkAfresh(members: Set<string>, change?: ChangeSet, gone?: string): void {
    for (const m of members) change?.keys.add(m);
    for (const m of members) this.dissolve(m);
    for (const m of members) {
      if (m === gone) continue;
      this.variantChecked.delete(m);
      this.linkVariant(m);
    }
  }

  /**
   * Is this person key (without "person:") one linking knows, that is, confirmed by some article?
   * (Not "is it in a block": keys under eight letters are in none, and a short form such as
   * "cqbrown" must link to "Charles Q. Brown" whichever of the two arrives first.)
   */
  private isLinkedName(name: string): boolean {
    return this.confirmed.has('person:' + name);
  }

  private dissolve(key: string): void {
    const old = this.aliases.get(key) ?? key;
    this.aliasMembers.delete(old);
    this.spellingGroups.delete(old);
    this.sourcesCache.delete(old);
    this.aliases.delete(key);
    this.surnames.touched(key);
  }

  /**
   * Invalidates what the changed keys touch and, unless in bulk, collects the articles
   * whose diagnostics may change: the sides of the key's conflicts before and after.
   * Articles that share the key but were in no conflict either way keep their diagnostics.
   */
  private widen(change: ChangeSet, keysOnly = false): ChangeSet {
    // During a first index nothing is cached yet: there is nothing to invalidate.
    if (keysOnly && !this.conflictCache.size && !this.sourcesCache.size) return change;
    // A person's conflicts are found over the spellings of the name (see conflictKeyOf): a
    // change to one spelling, or to the cluster, changes those of every other.
    // So are a numbered meeting's over the keys joined to it.
    for (const k of [...change.keys]) {
      if (k.startsWith('meeting:')) for (const m of this.joinedMeetingKeys(k) ?? []) change.keys.add(m);
      if (!k.startsWith('person:')) continue;
      for (const m of this.aliasMembers.get(this.aliases.get(k) ?? k) ?? []) change.keys.add(m);
    }
    for (const k of change.keys) {
      const before = this.conflictCache.get(k);
      this.conflictCache.delete(k);
      this.sourcesCache.delete(k);
      // (A local key's entity is not worked out here: TitledSurnames forgets its sources.)
      if (!k.startsWith('person@')) this.sourcesCache.delete(this.entityOf(k));
      if (keysOnly) continue;
      if (before === undefined) {
        // Nothing known about this key's conflicts before the change: all its articles.
        for (const id of this.factIndex.get(k) ?? []) change.uris.add(this.byId[id]!.uri);
      } else {
        for (const c of [...before, ...this.conflictsOf(k)]) for (const side of c.sides) change.uris.add(side.uri);
      }
      if (k.startsWith('acr:')) for (const id of this.keyIndex.get(k) ?? []) change.uris.add(this.byId[id]!.uri);
    }
    return change;
  }

  private bestDefinition(acr: string): string | undefined {
    const defs = this.acronymDefs.get(acr);
    if (!defs) return undefined;
    let best: [string, number] | undefined;
    for (const e of defs) if (!best || e[1] > best[1] || (e[1] === best[1] && e[0] < best[0])) best = e;
    return best?.[0];
  }

  /** The entity a raw key belongs to: its cluster, its body, what its acronym stands for, or itself. */
  entityOf(key: string): string {
    if (key.startsWith('acr:')) {
      const def = this.bestDefinition(key.slice(4));
      // One no source spells out ("IAEA", "G20", "OpenAI") is a term of its own: its
      // occurrences still link across sources.
      return def ? this.entityOf(def) : key;
    }
    if (key.startsWith('org:')) {
      const qualified = this.qualifiedOf.get(key);
      if (qualified?.size === 1) return qualified.values().next().value!;
    }
    if (key.startsWith('meeting:')) return this.meetings().entityOf(key) ?? key;
    if (key.startsWith('person@')) {
      const bearer = this.surnames.bearerOf(key);
      return bearer ? this.entityOf(bearer) : key;
    }
    return this.aliases.get(key) ?? key;
  }

  private counts(m: Mention): boolean {
    return !m.tentative || this.confirmed.has(m.key);
  }

  private countsAt(a: StoredArticle, i: number): boolean {
    return !a.isTentative(i) || this.confirmed.has(a.keyOf(i));
  }

  /** An article's mentions that belong to an entity, with the entity resolved. */
  mentionsOf(uri: string): ResolvedMention[] {
    const a = this.articles.get(uri);
    if (!a) return [];
    const out: ResolvedMention[] = [];
    a.mentions.forEach((m, index) => {
      if (!this.counts(m)) return;
      out.push({ ...m, index, entity: this.entityOf(m.key) });
    });
    return out;
  }

  mentionAt(uri: string, offset: number): ResolvedMention | undefined {
    const a = this.articles.get(uri);
    if (!a) return undefined;
    // Mentions are sorted by start: binary search for the last one starting at or before offset.
    let lo = 0;
    let hi = a.mentionCount - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (a.startOf(mid) <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    // A name under the cursor wins; otherwise the title or ordinal written before a name
    // ("57th", "Lt. Gen.") stands for it.
    const lo2 = Math.max(0, found - 3);
    const hi2 = Math.min(found + 1, a.mentionCount - 1);
    const near = new Map<number, Mention>();
    for (const inTitle of [false, true]) {
      for (let i = hi2; i >= lo2; i--) {
        let m = near.get(i);
        if (!m) near.set(i, (m = a.mention(i)));
        const hit = inTitle ? m.fullSpan.start <= offset && offset < m.span.start : m.span.start <= offset && offset <= m.span.end;
        if (!hit || !this.counts(m)) continue;
        return { ...m, index: i, entity: this.entityOf(m.key) };
      }
    }
    return undefined;
  }

  /** Raw keys that make up an entity. */
  rawKeys(entity: string): string[] {
    const keys = [...(this.aliasMembers.get(entity) ?? (entity.startsWith('meeting:') ? this.meetings().keysOf(entity) : undefined) ?? [entity])];
    if (entity.startsWith('org:')) {
      const bare = orgKeyWithoutNationality(entity);
      if (bare && this.qualifiedOf.get(bare)?.size === 1 && this.keyIndex.has(bare)) keys.push(bare);
    }
    for (const k of [...keys]) for (const acr of this.acronymsOf.get(k) ?? []) keys.push('acr:' + acr);
    if (entity.startsWith('person:')) keys.push(...this.surnames.joinedTo(keys, entity));
    return keys;
  }

  /** Articles mentioning an entity, in label order. */
  sourcesOf(entity: string): StoredArticle[] {
    let cached = this.sourcesCache.get(entity);
    if (!cached) {
      const ids = new Set<number>();
      for (const k of this.rawKeys(entity)) for (const id of this.keyIndex.get(k) ?? []) ids.add(id);
      cached = [...ids].map((id) => this.byId[id]!).sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
      this.sourcesCache.set(entity, cached);
    }
    return cached;
  }

  /** How many times an article mentions an entity, without walking its mentions. */
  countIn(a: StoredArticle, entity: string, keys: readonly string[] = this.rawKeys(entity)): number {
    return a.countKeys(this.keysIn(a, keys)).count;
  }

  /**
   * Of an entity's keys, those an article can hold: a surname another article keeps to itself
   * is never in this one. ("Trump" has a local key in hundreds of articles: comparing each
   * mention of each source with all of them made a hover on him slow.)
   */
  keysIn(a: StoredArticle, keys: readonly string[]): readonly string[] {
    let split = this.keysByArticle.get(keys);
    if (!split) {
      split = { shared: [], local: new Map() };
      for (const k of keys) {
        if (!k.startsWith('person@')) split.shared.push(k);
        else {
          const uri = k.slice('person@'.length, k.length - localForm(k).length - 1);
          split.local.set(uri, [...(split.local.get(uri) ?? []), k]);
        }
      }
      this.keysByArticle.set(keys, split);
    }
    if (!split.local.size) return keys;
    const own = split.local.get(a.uri);
    return own ? [...split.shared, ...own] : split.shared;
  }

  private readonly keysByArticle = new WeakMap<readonly string[], { shared: string[]; local: Map<string, string[]> }>();

  /** An entity's first mention in an article, without unpacking the others. */
  firstIn(a: StoredArticle, entity: string, keys: readonly string[] = this.rawKeys(entity)): ResolvedMention | undefined {
    const { first } = a.countKeys(this.keysIn(a, keys));
    return first < 0 ? undefined : { ...a.mention(first), index: first, entity };
  }

  /** Mentions of an entity in one article. */
  mentionsIn(a: StoredArticle, entity: string, keys: readonly string[] = this.rawKeys(entity)): ResolvedMention[] {
    keys = this.keysIn(a, keys);
    const out: ResolvedMention[] = [];
    for (let index = 0; index < a.mentionCount; index++) {
      if (keys.includes(a.keyOf(index)) && this.countsAt(a, index)) out.push({ ...a.mention(index), index, entity });
    }
    return out;
  }

  /** Where an entity is named in one article, without unpacking titles and dates: for lists of places. */
  occurrencesIn(a: StoredArticle, entity: string, keys: readonly string[] = this.rawKeys(entity)): { index: number; span: Span; text: string }[] {
    keys = this.keysIn(a, keys);
    const out: { index: number; span: Span; text: string }[] = [];
    for (let index = 0; index < a.mentionCount; index++) {
      if (keys.includes(a.keyOf(index)) && this.countsAt(a, index)) out.push({ index, span: a.spanOf(index), text: a.textOf(index) });
    }
    return out;
  }

  kindOf(entity: string): EntityKind {
    if (entity.startsWith('person')) return 'person';
    if (entity.startsWith('org:')) return 'organization';
    if (entity.startsWith('meeting:')) return 'meeting';
    if (entity.startsWith('place:')) return 'place';
    if (entity.startsWith('date:') || entity.startsWith('week:') || entity.startsWith('month:')) return 'date';
    return 'term';
  }

  /**
   * A meeting's name and the place it is held in, once: "G20 summit in Johannesburg", but
   * "provincial election in Buenos Aires" and "Dutch parliamentary election" as they are.
   */
  nameWithPlace(entity: string, where: string | undefined): string {
    const name = this.nameOf(entity);
    if (!where) return name;
    const place = this.nameOf(this.entityOf(where));
    // (Words only: "byelection in Battle River–Crowfoot" names "battle river crowfoot", the key of a place no gazetteer knows.)
    const words = (s: string) => ` ${foldText(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
    return words(name).includes(words(place)) ? name : `${name} in ${place}`;
  }

  /** The name most sources use, preferring the fullest form. */
  nameOf(entity: string, sources: StoredArticle[] = this.sourcesOf(entity).slice(0, 50)): string {
    const votes = new Map<string, number>();
    // Not a surname an article keeps to itself: that is how a source shortens the name.
    const keys = this.rawKeys(entity).filter((k) => k === entity || !k.startsWith('person@'));
    for (const a of sources) {
      for (const k of keys) {
        const n = a.names.get(k);
        if (n) votes.set(n, (votes.get(n) ?? 0) + 1);
      }
    }
    let best = '';
    let bestVotes = 0;
    for (const [n, v] of votes) if (v > bestVotes || (v === bestVotes && n.length > best.length)) [best, bestVotes] = [n, v];
    if (best) return best;
    const first = sources[0] && this.mentionsIn(sources[0], entity)[0];
    return first?.text ?? entity.replace(/^[a-z]+:/, '');
  }

  /**
   * Conflicts found under this key: for spellings of one person's name, or the keys of one numbered
   * meeting, all of them under the first that states a fact (conflictKeyOf), none under the others,
   * so that summing over keys counts each once.
   */
  conflictsOf(key: string): Conflict[] {
    let c = this.conflictCache.get(key);
    if (!c) {
      const keys = this.factKeysSpelledAs(key);
      let ids: IdList | undefined;
      if (keys.length === 1) ids = keys[0] === key ? this.factIndex.get(key) : undefined;
      else if (keys[0] === key) ids = [...new Set(keys.flatMap((k) => [...this.factIndex.get(k)!]))];
      // (A name no article names with evidence is no entity, whatever its sources say happened to it:
      // "Tweede Kamer will be sworn in on Nov. 12".)
      if (key.startsWith('person:') && !keys.some((k) => this.confirmed.has(k))) ids = undefined;
      // In URI order, so the result does not depend on the order articles were added in.
      c = ids && ids.length > 1 ? findConflicts(key, Array.from(ids, (id) => this.byId[id]!).sort((x, y) => (x.uri < y.uri ? -1 : x.uri > y.uri ? 1 : 0)), this.options, keys) : [];
      this.conflictCache.set(key, c);
    }
    return c;
  }

  /** The key a raw key's conflicts are found under: the first spelling of the name that states a fact. */
  conflictKeyOf(key: string): string {
    return this.factKeysSpelledAs(key)[0] ?? key;
  }

  /**
   * The keys with facts that spell the same name as `key` ("betzalelsmotrich",
   * "bezalelsmotrich"), in order; just `key` for one not in a cluster. Spellings, and the name
   * with its middle name left out while only one name in the corpus shortens to it ("Robert
   * Prevost" / "Robert Francis Prevost"); another shorter form in the cluster ("Robert Francis",
   * a surname alone) may be another bearer's, and its titles are not held against this one's.
   * (The parts are cached per cluster: a change to the shorter forms relinks the cluster, which drops them.)
   */
  private factKeysSpelledAs(key: string): string[] {
    // (One numbered meeting written more or less fully, "54th Forum Leaders Meeting" and "54th Pacific
    // Islands Forum Leaders Meeting": its keys that state a day, in order.)
    if (key.startsWith('meeting:')) {
      const joined = this.joinedMeetingKeys(key);
      if (!joined || joined.length > MAX_SPELLING_GROUP) return [key];
      const stating = joined.filter((k) => this.factIndex.has(k)).sort();
      return stating.length ? stating : [key];
    }
    const canonical = this.aliases.get(key) ?? key;
    const members = key.startsWith('person:') ? this.aliasMembers.get(canonical) : undefined;
    // Parting a cluster compares every pair of its keys: past a few dozen, each key stays alone.
    if (!members || members.size > MAX_SPELLING_GROUP) return [key];
    let groups = this.spellingGroups.get(canonical);
    if (!groups) {
      // (A middle name one source leaves out is the same name too, while one longer name shortens to it:
      // "Robert Francis Prevost" / "Robert Prevost".)
      // (So is a first name written as its initial: "S Jaishankar" / "Subrahmanyam Jaishankar".)
      groups = spellingGroups([...members].sort(), (a, b) => this.middleNameLeftOut(a, b) || this.middleNameLeftOut(b, a) || this.initialled(a, b) || this.initialled(b, a));
      this.spellingGroups.set(canonical, groups);
    }
    const group = groups.find((g) => g.includes(key)) ?? [key];
    if (group.length === 1) return group;
    const stating = group.filter((k) => this.factIndex.has(k));
    return stating.length ? stating : [key];
  }

  /** Conflicts an article takes part in. */
  conflictsIn(uri: string): Conflict[] {
    const a = this.articles.get(uri);
    if (!a) return [];
    const keys = new Set<string>();
    for (const k of a.factKeys()) keys.add(this.conflictKeyOf(k));
    return [...keys].flatMap((k) => this.conflictsOf(k)).filter((c) => c.sides.some((s) => s.uri === uri));
  }

  allConflicts(): Conflict[] {
    return [...this.factIndex.keys()].flatMap((k) => this.conflictsOf(k));
  }

  /** Every entity with at least one mention that counts. */
  entities(): string[] {
    const out = new Set<string>();
    for (const [k, uris] of this.keyIndex) {
      if (!uris.length || k.includes('@')) continue;
      if (!this.confirmed.has(k) && !k.startsWith('acr:')) continue;
      out.add(this.entityOf(k));
    }
    return [...out];
  }

  /** Counts for the status bar, in one pass over the key index. */
  stats(): { articles: number; entities: number; links: number; conflicts: number } {
    // Per entity: one article that mentions it, or LINKED once a second one is seen.
    const LINKED = -1;
    const seen = new Map<string, number>();
    for (const [k, uris] of this.keyIndex) {
      if (!uris.length || k.includes('@')) continue;
      if (!this.confirmed.has(k) && !k.startsWith('acr:')) continue;
      const e = this.entityOf(k);
      const prev = seen.get(e);
      if (prev === LINKED) continue;
      if (uris.length > 1) {
        seen.set(e, LINKED);
        continue;
      }
      const only = uris[0];
      seen.set(e, prev === undefined || prev === only ? only : LINKED);
    }
    let links = 0;
    for (const v of seen.values()) if (v === LINKED) links++;
    let conflicts = 0;
    for (const k of this.factIndex.keys()) conflicts += this.conflictsOf(k).length;
    return { articles: this.articles.size, entities: seen.size, links, conflicts };
  }
}

/**
 * Do two keys differ only in the letters of a regnal number at their end ("charlesii" /
 * "charlesiii", "benedictxv" / "benedictxvi")? Those are two people, one letter apart. Both
 * end in a number of two letters or more here: "syrsky" / "syrskyi" is one name spelt two ways,
 * "Karim Aga Khan" / "Karim Aga Khan IV" one man with and without his number.
 */
function numberedApart(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i >= 4 && a !== b && /^[ivxl]*$/.test(a.slice(i)) && /^[ivxl]*$/.test(b.slice(i)) && /[ivxl]{2}$/.test(a) && /[ivxl]{2}$/.test(b);
}

/**
 * Are two written names the same but for a last word too unlike to be one spelt two ways?
 * "Vijay Kumar Sinha" and "Vijay Kumar Singh" are two people: two letters of five differ, where
 * a spelling changes a few letters of a longer word ("Araghchi" / "Araqchi", two of eight). So are
 * "Joseph Simons" and "Joe Simonson": a surname with a syllable added is another one ("Johns" /
 * "Johnson"), and given names compare as they key ("Joe" is "Joseph").
 * The first name is split once, for all the names it is held against.
 */
function surnamesApartFrom(a: string): (b: string | undefined) => boolean {
  const wa = namedWords(a);
  const last = wa.length - 1;
  return (b) => {
    if (!b || wa.length < 2) return false;
    const wb = namedWords(b);
    if (wa.length !== wb.length || wa[last] === wb[last] || wa.some((w, i) => i < last && w !== wb[i])) return false;
    const [short, long] = wa[last].length < wb[last].length ? [wa[last], wb[last]] : [wb[last], wa[last]];
    if (long.length - short.length >= 2 && long.startsWith(short)) return true;
    return levenshtein(wa[last], wb[last]) * 3 > Math.max(wa[last].length, wb[last].length);
  };
}

/** A written name's words, folded, each given name in the form it keys as. */
function namedWords(written: string): string[] {
  const ws = foldText(written).split(/\s+/);
  return ws.map((w, i) => (i < ws.length - 1 ? GIVEN_NAME_FORMS.get(w) ?? w : w));
}

/** A regnal number closing a written name: "Frederik X", "Charles III." */
const REGNAL_END = /\s([IVXL]+)\.?$/;

/** Does a written name close with a regnal number other than `number`? */
function otherNumber(number: string, written: string | undefined): boolean {
  const other = REGNAL_END.exec(written ?? '')?.[1];
  return other !== undefined && other !== number;
}

/** The initials between a name's first and last words, in lower case: "George H.W. Bush" gives "hw". */
function middleInitials(written: string | undefined): string {
  if (!written) return '';
  const words = written.split(/\s+/);
  let out = '';
  for (let i = 1; i < words.length - 1; i++) if (/^(?:\p{Lu}\.?){1,3}$/u.test(words[i])) out += words[i].replace(/\./g, '').toLowerCase();
  return out;
}

/** The same words, but for one written as its initial in either: "Donald J. Trump", "Donald John Trump". */
function initialForWord(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const wa = foldText(a).split(/\s+/);
  const wb = foldText(b).split(/\s+/);
  if (wa.length !== wb.length) return false;
  const initial = (w: string) => /^[a-z]\.?$/.test(w);
  return wa.every((w, i) => w === wb[i] || (initial(w) !== initial(wb[i]) && w[0] === wb[i][0]));
}

/** Are two person keys spellings of one name, by the tests linkVariant makes within a block? */
function spellingVariants(a: string, b: string): boolean {
  if (a.length < 8 || Math.abs(a.length - b.length) > 2 || numberedApart(a, b)) return false;
  const options = { threshold: FUZZY_THRESHOLD };
  return transliterationKey(a) === transliterationKey(b) || swapsTwoLetters(a, b) ||
    new Fuse([b], options).search(a).length > 0 || new Fuse([a], options).search(b).length > 0;
}

/**
 * Person keys (sorted) parted into spellings of one name: connected by spellingVariants, a
 * rotation ("shigeruishiba" / "ishibashigeru") or `sameName`. Each part keeps the keys' order.
 */
function spellingGroups(keys: string[], sameName: (a: string, b: string) => boolean): string[][] {
  const part = keys.map((_, i) => i);
  const root = (i: number): number => (part[i] === i ? i : (part[i] = root(part[i])));
  for (let i = 0; i < keys.length; i++) {
    for (let j = i + 1; j < keys.length; j++) {
      const [a, b] = [keys[i].slice('person:'.length), keys[j].slice('person:'.length)];
      if (spellingVariants(a, b) || (a.length === b.length && (b + b).includes(a)) || sameName(a, b)) part[root(j)] = root(i);
    }
  }
  const groups = new Map<number, string[]>();
  keys.forEach((k, i) => groups.set(root(i), [...(groups.get(root(i)) ?? []), k]));
  return [...groups.values()];
}

/** Do two keys of ten letters or more differ by two neighbouring letters swapped, and nothing else? */
function swapsTwoLetters(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 10) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
