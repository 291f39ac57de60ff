// The persistent analysis cache: analyses of files on disk, keyed by path, modification
// time and size, with a format version. Kept in the editor's storage folder for this
// workspace (never in the workspace itself), in shards, written atomically.

import { createHash } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';
import * as v8 from 'v8';
import type { DeferredAnalysis, PackedAnalysis } from '../core/storedArticle';
import type { CorpusSnapshot } from '../core/corpus';
import { encodeShard, OpenShard, type ShardEntry } from './shardFile';

/** Bump when the analysis changes shape or meaning: old caches are then ignored. */
export const CACHE_FORMAT = 7;
const SHARDS = 16;

/** The linked corpus of the last run, and the analyses it holds that the shards don't (unsaved editor text). */
interface SnapshotFile {
  format: number;
  core: string;
  corpus: CorpusSnapshot;
  extras: PackedAnalysis[];
}

export class AnalysisCache {
  private snapshot: SnapshotFile | undefined;

  private readonly shards: Map<string, ShardEntry>[] = Array.from({ length: SHARDS }, () => new Map());
  /** The files the shards were loaded from: their entries' bodies are read from them on first use. */
  private readonly opened: (OpenShard | undefined)[] = new Array(SHARDS);
  private readonly dirty = new Set<number>();
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
   * Loads what is there: the heads of the cached analyses, their bodies stay on disk until
   * asked for. A missing, old or damaged shard is simply empty.
   */
  async load(): Promise<number> {
    const snapshot = fs.readFile(this.snapshotFile()).then((buf) => {
      const data = v8.deserialize(buf) as SnapshotFile;
      if (data.format === CACHE_FORMAT && data.core === this.coreVersion) this.snapshot = data;
    }, () => undefined);
    let n = 0;
    await Promise.all(this.shards.map(async (_, i) => {
      const shard = await OpenShard.open(this.file(i), CACHE_FORMAT, this.coreVersion);
      if (!shard) return;
      this.opened[i] = shard;
      this.shards[i] = shard.entries;
      n += shard.entries.size;
    }));
    await snapshot.catch(() => undefined); // a damaged snapshot is not used
    return n;
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
  takeSnapshot(): { corpus: CorpusSnapshot; analysisOf: (uri: string, contentHash: string) => PackedAnalysis | DeferredAnalysis | undefined } | undefined {
    const s = this.snapshot;
    this.snapshot = undefined;
    if (!s) return undefined;
    const extras = new Map(s.extras.map((p) => [p.head.uri, p]));
    return {
      corpus: s.corpus,
      analysisOf: (uri, contentHash) => {
        const p = extras.get(uri) ?? this.peek(uri);
        return p?.head.contentHash === contentHash ? p : undefined;
      },
    };
  }

  /** How many analyses it holds. */
  get size(): number {
    let n = 0;
    for (const shard of this.shards) n += shard.size;
    return n;
  }

  /** The cached analysis of a file in whatever version, for comparing with the corpus. */
  peek(uri: string): PackedAnalysis | DeferredAnalysis | undefined {
    return this.shards[this.shardOf(uri)].get(uri)?.analysis;
  }

  /** Writes the linked corpus; `extras` are the analyses it holds that the shards don't. */
  async saveSnapshot(corpus: CorpusSnapshot, extras: PackedAnalysis[]): Promise<void> {
    // Serialised before the first await: `corpus` holds the live maps, which change under one.
    const buf = v8.serialize({ format: CACHE_FORMAT, core: this.coreVersion, corpus, extras } satisfies SnapshotFile);
    await fs.mkdir(this.dir, { recursive: true });
    const tmp = `${this.snapshotFile()}.${process.pid}.tmp`;
    await fs.writeFile(tmp, buf);
    await fs.rename(tmp, this.snapshotFile());
  }

  /** The cached analysis when the file has not changed since it was made. */
  get(uri: string, mtimeMs: number, size: number): PackedAnalysis | DeferredAnalysis | undefined {
    const e = this.shards[this.shardOf(uri)].get(uri);
    if (!e || e.mtimeMs !== mtimeMs || e.size !== size) return undefined;
    this.hits++;
    return e.analysis;
  }

  put(uri: string, mtimeMs: number, size: number, analysis: PackedAnalysis): void {
    const i = this.shardOf(uri);
    this.shards[i].set(uri, { mtimeMs, size, analysis });
    this.dirty.add(i);
  }

  delete(uri: string): void {
    const i = this.shardOf(uri);
    if (this.shards[i].delete(uri)) this.dirty.add(i);
  }

  /** Keeps only these files (others were deleted or excluded since). */
  retain(uris: Set<string>): void {
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
      await fs.writeFile(tmp, encodeShard(CACHE_FORMAT, this.coreVersion, [...this.shards[i]]));
      // The new file holds every body: the old one can go, once what it still holds is read.
      this.opened[i]?.close(true);
      this.opened[i] = undefined;
      await fs.rename(tmp, this.file(i));
    }
    return todo.length;
  }
}

/** The cache folder for a set of workspace folders inside the editor's storage folder. */
export function cacheDirFor(storagePath: string, folderUris: string[]): string {
  const id = createHash('sha1').update(folderUris.slice().sort().join('\n')).digest('hex').slice(0, 16);
  return path.join(storagePath, 'corroborate-cache', id);
}
