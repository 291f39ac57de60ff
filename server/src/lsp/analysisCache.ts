// The persistent analysis cache: analyses of files on disk, keyed by path, modification
// time and size, with a format version. Kept in the editor's storage folder for this
// workspace (never in the workspace itself), in shards, written atomically.

import { createHash } from 'crypto';
import { promises as fs, readFileSync } from 'fs';
import * as path from 'path';
import { setImmediate as nextTurn } from 'timers/promises';
import * as v8 from 'v8';
import type { ArticleHead, DeferredAnalysis, PackedAnalysis } from '../core/storedArticle';
import type { CorpusSnapshot } from '../core/corpus';
import { encodeShard, headAt, headColumns, OpenShard, type BodyPlace, type HeadColumns, type ShardEntry, type ShardIdentity } from './shardFile';

/** Bump when the analysis changes shape or meaning: old caches are then ignored. */
export const CACHE_FORMAT = 7;
const SHARDS = 16;

/**
 * Where the saved corpus's articles lie in the shard files it was saved with: with the
 * files unchanged since, a warm start restores the corpus without reading the shards'
 * headers (10,000 heads and stamps, a fifth of a warm start); they are read after the
 * index is announced, or when a file turns out to have changed.
 */
interface SavedPlaces {
  /** Per shard: the file written, or null when there was none. */
  files: (ShardIdentity | null)[];
  /** Per article id: the modification time and size its analysis was made for. */
  stamps: Float64Array;
  /** Per article id: where its body lies in its shard (see BodyPlace); -1 when it is in `extras`. */
  places: Float64Array;
  /** Per article id (the URI and content hash are the corpus's). */
  heads: HeadColumns;
}

/** The linked corpus of the last run, and the analyses it holds that the shards don't (unsaved editor text). */
interface SnapshotFile {
  format: number;
  core: string;
  corpus: CorpusSnapshot;
  extras: PackedAnalysis[];
  places?: SavedPlaces;
}

const sameFile = (a: ShardIdentity, b: ShardIdentity) => a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;

export class AnalysisCache {
  private snapshot: SnapshotFile | undefined;

  private readonly shards: Map<string, ShardEntry>[] = Array.from({ length: SHARDS }, () => new Map());
  /** Whose entries are in `shards`: after a restore from the saved places, none until wanted. */
  private readonly loaded: boolean[] = new Array(SHARDS).fill(false);
  /** The files the shards were loaded from: their entries' bodies are read from them on first use. */
  private readonly opened: (OpenShard | undefined)[] = new Array(SHARDS);
  /** The files this cache wrote, and where each body lies in them. */
  private readonly written: ({ identity: ShardIdentity; places: Map<string, BodyPlace> } | undefined)[] = new Array(SHARDS);
  /**
   * Analyses restored from the saved places, by URI and their id in the saved corpus, with
   * the stamps they were made for, until their shards are loaded. (No entry objects: 10,000
   * of them were a sixth of a restore.)
   */
  private restored: { ids: Map<string, number>; shard: Uint8Array; analyses: DeferredAnalysis[]; stamps: Float64Array } = { ids: new Map(), shard: new Uint8Array(0), analyses: [], stamps: new Float64Array(0) };
  private readonly dirty = new Set<number>();
  private count = 0;
  hits = 0;

  /** `coreVersion` ties the cache to the analysis code that produced it. */
  constructor(private readonly dir: string, private readonly coreVersion: string) {}

  /** FNV-1a: a stable spread of URIs over shards, without a digest per lookup. */
  private shardOf(uri: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < uri.length; i++) h = Math.imul(h ^ uri.charCodeAt(i), 0x01000193);
    return (h >>> 0) % SHARDS;
  }

  private file(i: number): string {
    return path.join(this.dir, `analyses-${String(i).padStart(2, '0')}.v8`);
  }

  private snapshotFile(): string {
    return path.join(this.dir, 'corpus.v8');
  }

  /**
   * Loads what is there: the saved corpus, and the heads of the cached analyses; their
   * bodies stay on disk until asked for. A missing, old or damaged shard is simply empty.
   * When the shard files are those the corpus was saved with, their headers are not read
   * now but when wanted (see SavedPlaces).
   *
   * The files are read synchronously, one at a time, with a turn of the event loop between
   * them: messages that came in meanwhile are handled there, and the answer being written
   * when loading starts goes out first.
   */
  async load(): Promise<number> {
    // Two turns: vscode-jsonrpc writes a response in a turn of its own, queued after this
    // one when loading starts in a request handler (initialize).
    await nextTurn();
    await nextTurn();
    try {
      const data = v8.deserialize(readFileSync(this.snapshotFile())) as SnapshotFile;
      if (data.format === CACHE_FORMAT && data.core === this.coreVersion) this.snapshot = data;
    } catch {
      // none yet, or damaged: not used
    }
    const places = this.snapshot?.places;
    if (places && this.attach(places.files)) {
      this.count = this.snapshot!.corpus.byId.reduce((n, u, id) => (u !== null && places.places[4 * id] >= 0 ? n + 1 : n), 0);
      return this.count;
    }
    for (let i = 0; i < SHARDS; i++) {
      await nextTurn();
      this.loadShard(i);
    }
    return (this.count = this.size);
  }

  /** Opens the shard files without reading them: true when they are exactly `files`. */
  private attach(files: (ShardIdentity | null)[]): boolean {
    for (let i = 0; i < SHARDS; i++) {
      const shard = OpenShard.attach(this.file(i));
      this.opened[i] = shard;
      const want = files[i];
      if (want ? !shard || !sameFile(shard.identity, want) : shard) {
        this.dispose();
        return false;
      }
    }
    return true;
  }

  private loadShard(i: number): void {
    if (this.loaded[i]) return;
    this.loaded[i] = true;
    const attached = this.opened[i];
    if (attached) {
      // Attached for the saved places: the bodies handed out so far become its entries'.
      if (attached.readHeader(CACHE_FORMAT, this.coreVersion)) this.shards[i] = attached.entries;
      return;
    }
    const opened = OpenShard.open(this.file(i), CACHE_FORMAT, this.coreVersion);
    if (!opened) return;
    this.opened[i] = opened;
    this.shards[i] = opened.entries;
  }

  private loadAll(): void {
    for (let i = 0; i < SHARDS; i++) if (!this.loaded[i]) this.loadShard(i);
    this.restored.ids.clear();
    this.restored.analyses = [];
  }

  /** Reads the headers not read yet, one shard per turn of the event loop. */
  async loadInTurns(): Promise<void> {
    for (let i = 0; i < SHARDS; i++) {
      if (this.loaded[i]) continue;
      await nextTurn();
      this.loadShard(i);
    }
    this.loadAll(); // (all loaded: what the restore handed out is the entries' now)
  }

  /** How many shards' headers have been read (or found missing) so far. */
  get headersRead(): number {
    return this.loaded.filter(Boolean).length;
  }

  /** How many analyses the cache had when it was loaded. */
  get known(): number {
    return this.count;
  }

  /** Lets go of the shard files: bodies not read by then can no longer be (for shutting down and tests). */
  dispose(): void {
    for (const s of this.opened) s?.close(false);
    this.opened.fill(undefined);
  }

  /**
   * The saved corpus, once (it is adopted, not copied), with a lookup of each article's
   * analysis in the version the corpus holds: from the shards, or saved with the snapshot.
   */
  takeSnapshot(): { corpus: CorpusSnapshot; analysisOf: (uri: string, contentHash: string, id?: number) => PackedAnalysis | DeferredAnalysis | undefined } | undefined {
    const s = this.snapshot;
    this.snapshot = undefined;
    if (!s) return undefined;
    const extras = new Map(s.extras.map((p) => [p.head.uri, p]));
    const saved = s.places;
    if (saved) this.restored = { ids: new Map(), shard: new Uint8Array(s.corpus.byId.length), analyses: new Array(s.corpus.byId.length), stamps: saved.stamps };
    return {
      corpus: s.corpus,
      analysisOf: (uri, contentHash, id) => {
        const extra = extras.get(uri);
        if (extra) return extra.head.contentHash === contentHash ? extra : undefined;
        const i = this.shardOf(uri);
        const shard = this.opened[i];
        const f = 4 * (id ?? 0);
        if (saved && id !== undefined && !this.loaded[i] && shard && s.corpus.hashes[id] === contentHash && saved.places[f] >= 0) {
          const head = headAt(saved.heads, id, uri);
          head.contentHash = contentHash;
          const analysis = shard.bodyAt(head, saved.places[f], saved.places[f + 1], saved.places[f + 2], saved.places[f + 3]);
          this.restored.ids.set(uri, id);
          this.restored.shard[id] = i;
          this.restored.analyses[id] = analysis;
          return analysis;
        }
        const p = this.peek(uri);
        return p?.head.contentHash === contentHash ? p : undefined;
      },
    };
  }

  /** How many analyses it holds. */
  get size(): number {
    this.loadAll();
    let n = 0;
    for (const shard of this.shards) n += shard.size;
    return n;
  }

  /** The cached analysis of a file in whatever version, for comparing with the corpus. */
  peek(uri: string): PackedAnalysis | DeferredAnalysis | undefined {
    const i = this.shardOf(uri);
    this.loadShard(i);
    return this.shards[i].get(uri)?.analysis;
  }

  /**
   * Writes the linked corpus, with where each of its articles lies in the shards. An article
   * whose analysis in the corpus is not in a shard file (`packOf` gives it) is saved with it.
   */
  async saveSnapshot(corpus: CorpusSnapshot, packOf: (uri: string) => PackedAnalysis): Promise<void> {
    // Serialised before the first await: `corpus` holds the live maps, which change under one.
    this.loadAll();
    const n = corpus.byId.length;
    const stamps = new Float64Array(2 * n);
    const where = new Float64Array(4 * n).fill(-1);
    const heads: ArticleHead[] = [];
    const extras: PackedAnalysis[] = [];
    const none: ArticleHead = { uri: '', label: '', contentHash: '', length: 0, acronyms: {}, warnings: [] };
    for (let id = 0; id < n; id++) {
      const uri = corpus.byId[id];
      const found = uri === null ? undefined : this.placeOf(uri, corpus.hashes[id]!);
      if (uri !== null && !found) extras.push(packOf(uri));
      if (!found) {
        heads.push(none);
        continue;
      }
      heads.push({ ...found.entry.analysis.head, contentHash: '' });
      stamps.set([found.entry.mtimeMs, found.entry.size], 2 * id);
      where.set(found.place, 4 * id);
    }
    const places: SavedPlaces = {
      // The files on disk now; a dirty shard's file is not what its entries say, and its places are not used (placeOf).
      files: Array.from({ length: SHARDS }, (_, i) => this.written[i]?.identity ?? this.opened[i]?.identity ?? null),
      stamps, places: where, heads: headColumns(heads),
    };
    const buf = v8.serialize({ format: CACHE_FORMAT, core: this.coreVersion, corpus, extras, places } satisfies SnapshotFile);
    await fs.mkdir(this.dir, { recursive: true });
    const tmp = `${this.snapshotFile()}.${process.pid}.tmp`;
    await fs.writeFile(tmp, buf);
    await fs.rename(tmp, this.snapshotFile());
  }

  /** This version of an article's cache entry and where its body lies in a shard file on disk, if it does. */
  private placeOf(uri: string, contentHash: string): { entry: ShardEntry; place: BodyPlace } | undefined {
    const i = this.shardOf(uri);
    if (this.dirty.has(i)) return undefined; // the file is not what the entries say
    const entry = this.shards[i].get(uri);
    if (entry?.analysis.head.contentHash !== contentHash) return undefined;
    const w = this.written[i];
    const place = w ? w.places.get(uri) : this.opened[i]?.placeOf(uri);
    return place && { entry, place };
  }

  /** The cached analysis when the file has not changed since it was made. */
  get(uri: string, mtimeMs: number, size: number): PackedAnalysis | DeferredAnalysis | undefined {
    const r = this.restored;
    const id = r.ids.get(uri);
    if (id !== undefined && !this.loaded[r.shard[id]] && r.stamps[2 * id] === mtimeMs && r.stamps[2 * id + 1] === size) {
      this.hits++;
      return r.analyses[id];
    }
    const i = this.shardOf(uri);
    this.loadShard(i);
    const e = this.shards[i].get(uri);
    if (!e || e.mtimeMs !== mtimeMs || e.size !== size) return undefined;
    this.hits++;
    return e.analysis;
  }

  put(uri: string, mtimeMs: number, size: number, analysis: PackedAnalysis): void {
    const i = this.shardOf(uri);
    this.loadShard(i);
    this.shards[i].set(uri, { mtimeMs, size, analysis });
    this.dirty.add(i);
  }

  delete(uri: string): void {
    const i = this.shardOf(uri);
    this.loadShard(i);
    if (this.shards[i].delete(uri)) this.dirty.add(i);
  }

  /** Keeps only these files (others were deleted or excluded since). */
  retain(uris: Set<string>): void {
    this.loadAll();
    this.shards.forEach((shard, i) => {
      for (const uri of shard.keys()) if (!uris.has(uri)) {
        shard.delete(uri);
        this.dirty.add(i);
      }
    });
  }

  /** Writes changed shards: temp file, then rename, so a crash never leaves half a shard. */
  /** Returns how many shards were written. */
  async save(): Promise<number> {
    if (!this.dirty.size) return 0;
    await fs.mkdir(this.dir, { recursive: true });
    const todo = [...this.dirty];
    this.dirty.clear();
    for (const i of todo) {
      const tmp = `${this.file(i)}.${process.pid}.tmp`;
      const entries = [...this.shards[i]];
      const { bytes, places } = encodeShard(CACHE_FORMAT, this.coreVersion, entries);
      // The identity of the file written, taken before it is renamed: another server may
      // rename its own into place right after.
      const out = await fs.open(tmp, 'w');
      let identity: ShardIdentity;
      try {
        await out.writeFile(bytes);
        const st = await out.stat();
        identity = { ino: st.ino, size: st.size, mtimeMs: st.mtimeMs };
      } finally {
        await out.close();
      }
      // The new file holds every body: the old one can go, once what it still holds is read.
      this.opened[i]?.close(true);
      this.opened[i] = undefined;
      await fs.rename(tmp, this.file(i));
      // An entry set during the write makes the shard dirty again: its places are then not used.
      this.written[i] = { identity, places: new Map(entries.map(([uri], k) => [uri, places[k]])) };
    }
    return todo.length;
  }
}

/** The cache folder for a set of workspace folders inside the editor's storage folder. */
export function cacheDirFor(storagePath: string, folderUris: string[]): string {
  const id = createHash('sha1').update(folderUris.slice().sort().join('\n')).digest('hex').slice(0, 16);
  return path.join(storagePath, 'corroborate-cache', id);
}
