// Keeps the Corpus in step with the workspace: the first full index (in batches, so
// requests are still served), unsaved edits of open documents, and files created,
// changed or deleted on disk. Each update analyses one file and patches the corpus.

import { URI } from 'vscode-uri';
import { analyzeArticle } from './analyzer';
import type { ArticleAnalysis } from '../core/model';
import type { DeferredAnalysis, PackedAnalysis } from '../core/storedArticle';
import { AnalysisPool, workersFor } from './analysisPool';
import type { AnalysisCache } from './analysisCache';
import { statSync } from 'fs';
import { Corpus, type ChangeSet } from '../core/corpus';
import { EntitySearch } from '../core/service/symbols';
import { FolderWalker } from '../files/folderWalker';
import { gitignoreTest, makeMatcher, relativePath, type FileFilter, type FoundFiles } from '../files/findArticleFiles';
import { fileUri } from '../files/fileUri';
import { readArticleFile } from '../files/readArticleFile';
import { innermostFolder } from '../files/innermostFolder';
import type { Settings } from './settings';

export interface IndexerHost {
  log(message: string): void;
  changed(change: ChangeSet): void;
  progress(done: number, total: number): void;
}

interface Folder {
  uri: string;
  path: string;
  settings: Settings;
  matches: (rel: string) => boolean;
  gitignored: (rel: string) => boolean;
  walked?: FoundFiles;
}

const BATCH = 64;
const ARTICLE_LANGUAGES = new Set(['news-article']);
const EXTENSIONS = /\.(news|txt|md|markdown)$/i;

/** A walk serves a folder when it was made with the same globs. */
function walkKey(uri: string, filter: FileFilter): string {
  return JSON.stringify([uri, filter.include, filter.exclude]);
}

/** Which files a set of folders holds is decided by this key: the same key, the same files. */
export function filtersKey(folders: { uri: string; settings: FileFilter }[]): string {
  return JSON.stringify(folders.map((f) => walkKey(f.uri, f.settings)));
}

export class ArticleIndexer {
  readonly corpus = new Corpus();
  readonly search = new EntitySearch(this.corpus);
  private folders: Folder[] = [];
  private readonly open = new Map<string, string>();
  private readonly skipped = new Map<string, string>();
  private generation = 0;
  private pool: AnalysisPool | undefined;
  private cache: AnalysisCache | undefined;
  private readonly walker = new FolderWalker();
  indexing = false;

  constructor(private readonly host: IndexerHost) {}

  dispose(): void {
    this.pool?.dispose();
    this.walker.dispose();
  }

  /**
   * Starts an analysis worker ahead of a first index that will need one (there is no cache to
   * answer from): it gets ready while the folders are walked and the client answers.
   */
  startWorker(): void {
    this.pool ??= new AnalysisPool(1);
  }

  private cacheReady: Promise<AnalysisCache | undefined> = Promise.resolve(undefined);

  /** Analyses of unchanged files come from here on the next start; it may still be loading. */
  useCache(cache: Promise<AnalysisCache | undefined> | undefined): void {
    this.cacheReady = cache ?? Promise.resolve(undefined);
  }

  /** A changed file's stamp for the cache (the first index takes them from the walk). */
  private stat(p: string): { mtimeMs: number; size: number } | undefined {
    try {
      const st = statSync(p);
      return { mtimeMs: st.mtimeMs, size: st.size };
    } catch {
      return undefined;
    }
  }

  private readonly walksAhead = new Map<string, Promise<FoundFiles>>();

  /**
   * Starts walking folders before the client has said their settings, with settings guessed
   * (most folders keep the default globs): the walk is most of a warm start, and the
   * client's answer takes a round trip. setFolders uses a walk whose guess was right.
   */
  walkAhead(folders: { uri: string; settings: FileFilter }[]): void {
    this.walksAhead.clear();
    for (const f of folders) {
      const walk = this.walker.walk(URI.parse(f.uri).fsPath, f.settings, undefined, { stat: true });
      walk.catch(() => undefined); // setFolders reports a failure; an unused walk's is of no interest
      this.walksAhead.set(walkKey(f.uri, f.settings), walk);
    }
  }

  /** Walks each folder once: its .gitignore files decide which documents count, its articles and their stats feed the next index. */
  async setFolders(folders: { uri: string; settings: Settings }[]): Promise<void> {
    const ahead = new Map(this.walksAhead);
    this.walksAhead.clear();
    this.folders = await Promise.all(folders.map(async (f) => {
      const p = URI.parse(f.uri).fsPath;
      const walked = await (ahead.get(walkKey(f.uri, f.settings)) ?? this.walker.walk(p, f.settings, undefined, { stat: true }));
      return { uri: f.uri, path: p, settings: f.settings, matches: makeMatcher(f.settings), gitignored: gitignoreTest(walked.gitignores), walked };
    }));
  }

  /** Does this document count as an article? Settings globs decide inside workspace folders. */
  isArticle(uri: string, languageId?: string): boolean {
    if (languageId && ARTICLE_LANGUAGES.has(languageId)) return true;
    const u = URI.parse(uri);
    if (u.scheme !== 'file' && u.scheme !== 'untitled') return false;
    const folder = innermostFolder(u.fsPath, this.folders);
    if (!folder) return this.folders.length === 0 && EXTENSIONS.test(u.fsPath);
    const rel = relativePath(folder.path, u.fsPath);
    return folder.matches(rel) && !folder.gitignored(rel);
  }

  /**
   * The first index, or a full re-index. Older runs stop when a newer one starts.
   * `foldersSet` is the walk setFolders is making: the saved corpus is restored meanwhile.
   */
  async indexAll(foldersSet: Promise<void> = Promise.resolve()): Promise<void> {
    const gen = ++this.generation;
    this.indexing = true;
    const started = Date.now();
    try {
      const cache = await this.cacheReady;
      if (gen !== this.generation) return;
      this.cache = cache;
      if (cache) cache.hits = 0;
      // The linked corpus of the last run, when it matches the cache: only files changed
      // since then are linked again below, instead of all of them. Documents the editor
      // opened before this first index are taken out first; they go back in after it.
      const saved = cache?.takeSnapshot();
      const onlyOpen = [...this.corpus.uris()].every((u) => this.open.has(u));
      if (saved && onlyOpen) for (const u of [...this.corpus.uris()]) this.changed(this.corpus.delete(u));
      const restored = !!saved && onlyOpen && this.corpus.restore(saved.corpus, saved.analysisOf);
      if (restored) {
        this.search.invalidate();
        this.snapshotStale = false;
      }
      await foldersSet;
      const found = await Promise.all(this.folders.map((f) => {
        // The walk setFolders made serves the index that follows it; a later one walks again.
        const walked = f.walked;
        f.walked = undefined;
        return walked ?? this.walker.walk(f.path, f.settings, undefined, { stat: true });
      }));
      if (gen !== this.generation) return;
      const files: string[] = [];
      const stamps: number[] = [];
      found.forEach((r, i) => {
        if (r.truncated) this.host.log(`${this.folders[i].path}: more than ${r.files.length} article files; only the first ${r.files.length} are indexed.`);
        for (let k = 0; k < r.files.length; k++) {
          files.push(r.files[k]);
          stamps.push(r.stamps![2 * k], r.stamps![2 * k + 1]);
        }
      });
      // One URI per file: building them costs as much as stat-ing the files.
      const uris = files.map((p) => fileUri(p));
      const keep = new Set(uris);
      for (const uri of [...this.corpus.uris()]) if (!keep.has(uri) && !this.open.has(uri)) this.changed(this.corpus.delete(uri));
      let done = 0;
      const tick = () => {
        done++;
        if (done % BATCH === 0 || done === files.length) this.host.progress(done, files.length);
      };
      this.host.progress(0, files.length);
      // Unchanged files (same modification time and size) come from the cache, unread.
      const misses: { uri: string; path: string }[] = [];
      for (let i = 0; i < files.length; i++) {
        const p = files[i];
        const uri = uris[i];
        // Stat-ed during the walk: a file changed since then is picked up by the watcher.
        const cached = this.cache && !this.open.has(uri) && this.cache.get(uri, stamps[2 * i], stamps[2 * i + 1]);
        if (this.open.has(uri)) tick(); // the editor's text wins over the disk's
        else if (!cached) misses.push({ uri, path: p });
        else {
          if (this.corpus.get(uri)?.contentHash !== cached.head.contentHash) this.apply(cached, true);
          tick();
        }
        if (i % 1024 === 1023) {
          await new Promise((r) => setImmediate(r)); // let requests in
          if (gen !== this.generation) return;
        }
      }
      // The rest is read and analysed by worker threads; this thread links each result as it
      // arrives, and requests are served between results.
      if (misses.length) {
        this.pool ??= new AnalysisPool(0);
        this.pool.grow(workersFor(misses.length));
        await this.pool.analyzeFiles(misses, ({ uri }, r) => {
          if (gen !== this.generation) return;
          if (this.open.has(uri)) return tick();
          if ('skipped' in r) this.skip(uri, r.skipped);
          else if ('error' in r) this.skip(uri, `analysis failed (${r.error}); please report this file`);
          else {
            if (r.mtimeMs !== undefined && r.size !== undefined && !r.packed.head.skipped) this.cache?.put(uri, r.mtimeMs, r.size, r.packed);
            this.apply(r.packed, true);
          }
          tick();
        }, () => gen !== this.generation);
        if (gen !== this.generation) return;
      }
      // The workers only serve the first index: their heaps go back to the system now.
      this.pool?.dispose();
      this.pool = undefined;
      if (cache) {
        // After the index is announced: the shard headers a restore did without are read,
        // entries of files gone since are dropped, and what changed is written (serialising
        // 10,000 analyses takes a while, and nobody waits for it; shutdown does, see flush).
        setImmediate(() => void cache.loadInTurns().then(() => {
          if (gen === this.generation && this.cache === cache) cache.retain(keep);
          return this.saveCache(true);
        }));
      }
      const fromCache = this.cache?.hits ?? 0;
      this.host.log(`Indexed ${this.corpus.size} articles in ${Date.now() - started} ms${fromCache ? ` (${fromCache} from the cache${restored ? ', linked as saved' : ''})` : ''}${this.skipped.size ? `; ${this.skipped.size} skipped` : ''}.`);
    } finally {
      if (gen === this.generation) this.indexing = false;
    }
  }

  private saving: Promise<void> = Promise.resolve();
  /** Has the corpus changed since it was restored or last saved? */
  private snapshotStale = true;

  private changed(change: ChangeSet): void {
    this.snapshotStale = true;
    this.host.changed(change);
  }

  /**
   * Writes changed shards and, with `linked`, the linked corpus too. That costs a few
   * hundred milliseconds at 10,000 articles, so it is written after an index and on
   * shutdown, not after each file changed on disk; a snapshot older than the shards no
   * longer matches them and is simply not used.
   */
  private saveCache(linked = false): Promise<void> {
    const cache = this.cache;
    if (!cache) return this.saving;
    this.saving = this.saving.then(async () => {
      const started = Date.now();
      const shards = await cache.save();
      const writeLinked = linked && this.snapshotStale && this.cache === cache;
      if (writeLinked) {
        this.snapshotStale = false; // serialised before the first await below
        await cache.saveSnapshot(this.corpus.snapshot(), (uri) => this.corpus.get(uri)!.pack()).catch((e) => {
          this.snapshotStale = true;
          throw e;
        });
      }
      if (shards || writeLinked) this.host.log(`Analysis cache written (${shards} shard${shards === 1 ? '' : 's'}${writeLinked ? ' and the linked corpus' : ''}) in ${Date.now() - started} ms.`);
    }).catch((e) => this.host.log(`The analysis cache could not be written: ${(e as Error).message}`));
    return this.saving;
  }

  /** Waits for cache writes in progress and writes what is left (on shutdown). */
  flush(): Promise<void> {
    return this.saveCache(true);
  }

  private skip(uri: string, reason: string): void {
    if (this.skipped.get(uri) !== reason) this.host.log(`Skipped ${URI.parse(uri).fsPath}: ${reason}.`);
    this.skipped.set(uri, reason);
    if (this.corpus.get(uri)) this.changed(this.corpus.delete(uri));
  }

  /** Analyses one text and patches the corpus; returns what changed. */
  update(uri: string, text: string): ChangeSet | undefined {
    let analysis;
    try {
      analysis = analyzeArticle(uri, text);
    } catch (e) {
      // A bug in the analysis must cost one file, not the index.
      this.skip(uri, `analysis failed (${(e as Error).message}); please report this file`);
      this.host.log(`${(e as Error).stack}`);
      return undefined;
    }
    return this.apply(analysis);
  }

  private apply(analysis: ArticleAnalysis | PackedAnalysis | DeferredAnalysis, bulk = false): ChangeSet | undefined {
    const head = 'head' in analysis ? analysis.head : analysis;
    const uri = head.uri;
    if (head.skipped) {
      this.skip(uri, head.skipped);
      return undefined;
    }
    const old = this.corpus.get(uri);
    if (old && old.contentHash === head.contentHash) return undefined;
    this.skipped.delete(uri);
    if (head.truncated) this.host.log(`${URI.parse(uri).fsPath}: ${head.truncated}.`);
    const change = this.corpus.set(analysis, { bulk });
    this.search.invalidate();
    this.changed(change);
    return change;
  }

  opened(uri: string, text: string): void {
    this.open.set(uri, text);
  }

  edited(uri: string, text: string): void {
    this.open.set(uri, text);
  }

  openText(uri: string): string | undefined {
    return this.open.get(uri);
  }

  /** A closed document goes back to what is on disk (unsaved edits are gone). */
  async closed(uri: string): Promise<void> {
    this.open.delete(uri);
    await this.fromDisk(uri);
  }

  async fromDisk(uri: string): Promise<void> {
    if (this.open.has(uri)) return;
    const u = URI.parse(uri);
    if (u.scheme !== 'file' || !this.isArticle(uri)) {
      if (this.corpus.get(uri)) this.removed(uri);
      return;
    }
    const st = this.cache ? this.stat(u.fsPath) : undefined;
    const r = await readArticleFile(u.fsPath);
    if ('skipped' in r) {
      if (/deleted/.test(r.skipped)) this.removed(uri);
      else this.skip(uri, r.skipped);
      return;
    }
    this.update(uri, r.text);
    const a = this.corpus.get(uri);
    if (st && a && this.cache) {
      this.cache.put(uri, st.mtimeMs, st.size, a.pack());
      void this.saveCache();
    }
  }

  /** A file (or a whole folder) deleted or renamed away. */
  removed(uri: string): void {
    const prefix = uri.endsWith('/') ? uri : uri + '/';
    this.cache?.delete(uri);
    for (const u of [...this.corpus.uris()]) {
      if (u === uri || u.startsWith(prefix)) {
        this.changed(this.corpus.delete(u));
        this.search.invalidate();
      }
    }
    this.skipped.delete(uri);
  }

}
