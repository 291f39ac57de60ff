// The annotations sidecar, `<folder>/.corroborate/annotations.jsonl`: loading, and changes
// that survive crashes and a second window. Each change takes a lock file, re-reads the
// file, applies just that change (core mergeOperation), writes a temp file in the same
// directory, fsyncs and renames it over the old one. A file with invalid lines is never
// written: the person fixes it first, so nothing they wrote by hand is lost. Nothing is
// written outside `.corroborate/`, and a `.corroborate` that is a symbolic link is refused.

import { randomUUID } from 'crypto';
import { promises as fsp } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath } from 'url';
import {
  AnnotationInputError, annotationsForSource, canonicalRelativeSource, checkAnnotation, formatFile, mergeOperation,
  notesForEntity, parseFile, relativeSourceProblem, reviewsByConflict,
  type Annotation, type LineError, type Operation, type OperationResult, type Review,
} from '../core/annotations';

export const ANNOTATIONS_DIR = '.corroborate';
export const ANNOTATIONS_FILE = 'annotations.jsonl';
export const MAX_ANNOTATIONS_BYTES = 64 * 1024 * 1024;

export interface StoreOptions {
  /** Restricted Mode: load, never write. */
  readOnly?: boolean;
  /** How long a change waits for another writer's lock before failing. */
  lockTimeoutMs?: number;
  /** A lock older than this is a crashed writer's (a write takes milliseconds). */
  staleLockMs?: number;
}

/** The file has invalid lines (or cannot be used); writes are refused until it is fixed. */
export class AnnotationFileError extends Error {
  constructor(readonly filePath: string, readonly errors: LineError[]) {
    super(`${filePath} has ${errors.length === 1 ? 'an error' : `${errors.length} errors`} (${errors.slice(0, 3).map((e) => e.message).join('; ')}${errors.length > 3 ? '; …' : ''}). Corroborate will not change this file until it is fixed; the valid lines are still shown.`);
    this.name = 'AnnotationFileError';
  }
}

export function newAnnotationId(): string {
  return `urn:uuid:${randomUUID()}`;
}

interface LockInfo {
  pid: number;
  host: string;
  nonce: string;
}

export class AnnotationStore {
  readonly folder: string;
  readonly dir: string;
  readonly filePath: string;
  private readonly lockPath: string;
  private current = new Map<string, Annotation>();
  private currentErrors: LineError[] = [];
  /** Changes from this window run one at a time; the lock file orders them against others. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(folderPath: string, private readonly options: StoreOptions = {}) {
    this.folder = path.resolve(folderPath);
    this.dir = path.join(this.folder, ANNOTATIONS_DIR);
    this.filePath = path.join(this.dir, ANNOTATIONS_FILE);
    this.lockPath = this.filePath + '.lock';
  }

  /** As of the last load or change. */
  get annotations(): Annotation[] {
    return [...this.current.values()];
  }

  get size(): number {
    return this.current.size;
  }

  get errors(): LineError[] {
    return this.currentErrors;
  }

  /** Reads the file again. A missing file is an empty one; invalid lines are reported, the rest load. */
  async load(): Promise<{ annotations: Annotation[]; errors: LineError[] }> {
    const read = await this.readDisk();
    this.remember(read.map, read.errors);
    return { annotations: this.annotations, errors: this.errors };
  }

  async add(a: Annotation): Promise<OperationResult> {
    return this.change({ op: 'add', annotation: this.checked(a) });
  }

  /** Replaces the annotation with this id, unless the file holds a later edit or it was deleted. */
  async update(a: Annotation): Promise<OperationResult> {
    return this.change({ op: 'update', annotation: this.checked(a) });
  }

  /** Deletes it, unless someone edited it after this window last saw it. */
  async remove(id: string): Promise<OperationResult> {
    return this.change({ op: 'remove', id, seenModified: this.current.get(id)?.modified });
  }

  reviewsByConflict(): Map<string, Review> {
    return reviewsByConflict(this.annotations);
  }

  notesForEntity(key: string): Annotation[] {
    return notesForEntity(this.annotations, key);
  }

  annotationsForSource(source: string): Annotation[] {
    return annotationsForSource(this.annotations, source);
  }

  /** The workspace-relative source for a file URI or path; throws if it is outside this folder. */
  sourceFor(uriOrPath: string): string {
    let p = uriOrPath;
    if (/^file:/i.test(p)) p = fileURLToPath(p);
    else if (/^[A-Za-z][A-Za-z0-9+.-]+:/.test(p) && !/^[A-Za-z]:[\\/]/.test(p)) throw new AnnotationInputError(`'${uriOrPath}' is not a file in the workspace`);
    const rel = path.isAbsolute(p) ? path.relative(this.folder, p) : p;
    if (path.isAbsolute(rel) || rel.split(/[\\/]/).includes('..')) throw new AnnotationInputError(`'${uriOrPath}' is outside the workspace folder ${this.folder}`);
    const source = canonicalRelativeSource(rel.split(path.sep).join('/'));
    const problem = relativeSourceProblem(source);
    if (problem) throw new AnnotationInputError(problem);
    return source;
  }

  private checked(a: Annotation): Annotation {
    // Through JSON, as it will be stored: the same rules as for a line read back.
    const c = checkAnnotation(JSON.parse(JSON.stringify(a)));
    if ('error' in c) throw new AnnotationInputError(`invalid annotation: ${c.error}`);
    return c.annotation;
  }

  private remember(map: Map<string, Annotation>, errors: LineError[]): void {
    this.current = map;
    this.currentErrors = errors;
  }

  private change(op: Operation): Promise<OperationResult> {
    const run = this.queue.then(() => this.changeNow(op));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async changeNow(op: Operation): Promise<OperationResult> {
    if (this.options.readOnly) throw new Error('annotations are read-only in this workspace (Restricted Mode)');
    await this.ensureDir();
    const lock = await this.acquireLock();
    try {
      await this.removeStaleTemps();
      const disk = await this.readDisk();
      this.remember(disk.map, disk.errors);
      if (disk.errors.length) throw new AnnotationFileError(this.filePath, disk.errors);
      const { next, result } = mergeOperation(disk.map, op);
      if (next) {
        await this.writeAtomically(formatFile(next.values()));
        this.remember(next, []);
      }
      return result;
    } finally {
      await this.releaseLock(lock);
    }
  }

  private async readDisk(): Promise<{ map: Map<string, Annotation>; errors: LineError[] }> {
    const whole = (message: string) => ({ map: new Map<string, Annotation>(), errors: [{ line: 0, message }] });
    try {
      const dirStat = await fsp.lstat(this.dir);
      if (!dirStat.isDirectory()) return whole(`${this.dir} is not a directory (a symbolic link is not followed)`);
      const stat = await fsp.lstat(this.filePath);
      if (!stat.isFile()) return whole(`${this.filePath} is not a regular file (a symbolic link is not followed)`);
      if (stat.size > MAX_ANNOTATIONS_BYTES) return whole(`${this.filePath} is larger than ${MAX_ANNOTATIONS_BYTES / 1048576} MB`);
      const parsed = parseFile(await fsp.readFile(this.filePath, 'utf8'));
      return { map: new Map(parsed.annotations.map((a) => [a.id, a])), errors: parsed.errors };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { map: new Map(), errors: [] };
      return whole(`cannot read ${this.filePath}: ${(e as Error).message}`);
    }
  }

  private async ensureDir(): Promise<void> {
    try {
      await fsp.mkdir(this.dir);
      // Locks and temp files are machine-local; keep them out of commits.
      await fsp.writeFile(path.join(this.dir, '.gitignore'), '*.lock\n*.tmp\n', { flag: 'wx' }).catch(() => undefined);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const stat = await fsp.lstat(this.dir);
    if (!stat.isDirectory()) throw new Error(`${this.dir} is not a directory (a symbolic link is not followed); annotations are not written`);
  }

  private async writeAtomically(content: string): Promise<void> {
    const tmp = `${this.filePath}.${process.pid}.${randomUUID().slice(0, 8)}.tmp`;
    const handle = await fsp.open(tmp, 'wx', 0o644);
    try {
      try {
        await handle.writeFile(content, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await renameWithRetry(tmp, this.filePath);
    } catch (e) {
      await fsp.unlink(tmp).catch(() => undefined);
      throw e;
    }
    await syncDir(this.dir);
  }

  /** Temp files left by a writer that died before its rename (only lock holders write them). */
  private async removeStaleTemps(): Promise<void> {
    const names = await fsp.readdir(this.dir).catch(() => [] as string[]);
    for (const n of names) {
      if (n.startsWith(ANNOTATIONS_FILE + '.') && n.endsWith('.tmp')) await fsp.unlink(path.join(this.dir, n)).catch(() => undefined);
    }
  }

  private async acquireLock(): Promise<LockInfo> {
    const mine: LockInfo = { pid: process.pid, host: os.hostname(), nonce: randomUUID() };
    const deadline = Date.now() + (this.options.lockTimeoutMs ?? 10_000);
    for (let attempt = 0; ; attempt++) {
      try {
        await fsp.writeFile(this.lockPath, JSON.stringify(mine), { flag: 'wx' });
        return mine;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const held = await this.readLock();
      if (held && (await this.isStale(held))) {
        await this.breakLock(held.info);
        continue;
      }
      if (Date.now() > deadline) {
        const who = held?.info ? `process ${held.info.pid} on ${held.info.host}` : 'another process';
        throw new Error(`${this.filePath} is being written by ${who}; try again (if no other Corroborate window is saving, delete ${this.lockPath})`);
      }
      await sleep(5 + Math.random() * Math.min(50, 5 * (attempt + 1)));
    }
  }

  private async readLock(): Promise<{ info?: LockInfo; raw: string; mtimeMs: number } | undefined> {
    try {
      const [raw, stat] = await Promise.all([fsp.readFile(this.lockPath, 'utf8'), fsp.stat(this.lockPath)]);
      let info: LockInfo | undefined;
      try {
        info = JSON.parse(raw) as LockInfo;
      } catch {
        // A lock being written right now, or cut off by a crash: judged by its age.
      }
      return { info, raw, mtimeMs: stat.mtimeMs };
    } catch {
      return undefined; // released meanwhile
    }
  }

  private async isStale(held: { info?: LockInfo; mtimeMs: number }): Promise<boolean> {
    if (Date.now() - held.mtimeMs > (this.options.staleLockMs ?? 30_000)) return true;
    // A writer fills its lock file right after creating it; an empty one that stays empty
    // for seconds was left by a writer killed in between.
    if (!held.info) return Date.now() - held.mtimeMs > 2_000;
    if (held.info.host !== os.hostname() || held.info.pid === process.pid) return false;
    try {
      process.kill(held.info.pid, 0);
      return false;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'ESRCH';
    }
  }

  // Move the lock aside first and check it is the one judged stale: if a live writer took
  // the lock in between, put theirs back.
  private async breakLock(stale: LockInfo | undefined): Promise<void> {
    const aside = `${this.lockPath}.${randomUUID().slice(0, 8)}.lock`;
    try {
      await fsp.rename(this.lockPath, aside);
    } catch {
      return; // someone else broke or released it
    }
    const raw = await fsp.readFile(aside, 'utf8').catch(() => '');
    let nonce: string | undefined;
    try {
      nonce = (JSON.parse(raw) as LockInfo).nonce;
    } catch {
      nonce = undefined;
    }
    if (nonce !== stale?.nonce) await fsp.link(aside, this.lockPath).catch(() => undefined);
    await fsp.unlink(aside).catch(() => undefined);
  }

  private async releaseLock(mine: LockInfo): Promise<void> {
    const held = await this.readLock();
    if (held?.info?.nonce === mine.nonce) await fsp.unlink(this.lockPath).catch(() => undefined);
  }
}

async function renameWithRetry(from: string, to: string): Promise<void> {
  // Windows refuses a rename over a file another process (an editor, a virus scanner) has open.
  for (let i = 0; ; i++) {
    try {
      await fsp.rename(from, to);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (i >= 10 || (code !== 'EPERM' && code !== 'EBUSY' && code !== 'EACCES')) throw e;
      await sleep(20 * (i + 1));
    }
  }
}

/** So the rename itself survives a power cut. Not possible on Windows, where it is skipped. */
async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const h = await fsp.open(dir, 'r').catch(() => undefined);
  if (!h) return;
  await h.sync().catch(() => undefined);
  await h.close();
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
