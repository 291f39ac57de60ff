// A small pool of analysis workers. Falls back to analysing on the calling thread when
// workers can't start (the bundle is missing, or the platform refuses threads).

import { Worker } from 'worker_threads';
import * as os from 'os';
import * as path from 'path';
import { existsSync } from 'fs';
import { analyzeArticle } from './analyzer';
import { readArticleFileSync } from '../files/readArticleFile';
import { packAnalysis, type PackedAnalysis } from '../core/storedArticle';
import type { AnalysisJob } from './analysisWorker';

export type FileResult = { packed: PackedAnalysis; mtimeMs?: number; size?: number } | { skipped: string } | { error: string };

/**
 * Workers for a job of this many files. Each worker warms up its own compiled code and
 * regexes (about a second of CPU), so below a few thousand files one worker finishes
 * first; measured on 2 cores: 1,000 files 2.7 s with one worker, 3.5 s with two; 10,000
 * files 17 s with one, 15 s with two.
 */
export function workersFor(files: number): number {
  return files < 3000 ? 1 : Math.max(1, Math.min(4, os.cpus().length));
}

export class AnalysisPool {
  private workers: Worker[] = [];
  private next = 0;
  private seq = 0;
  private readonly pending = new Map<number, (r: FileResult) => void>();

  constructor(size = Math.max(1, Math.min(4, os.cpus().length)), script = path.join(__dirname, 'analysisWorker.js')) {
    if (!existsSync(script)) return;
    for (let i = 0; i < size; i++) {
      try {
        const w = new Worker(script);
        w.on('message', (m: { id: number } & FileResult) => {
          const done = this.pending.get(m.id);
          this.pending.delete(m.id);
          if (!this.pending.size) this.setRef(false);
          done?.(m);
        });
        w.on('error', () => this.retire(w));
        w.unref();
        this.workers.push(w);
      } catch {
        break;
      }
    }
  }

  /** Idle workers must not keep the process alive; busy ones must. */
  private setRef(busy: boolean): void {
    for (const w of this.workers) {
      if (busy) w.ref();
      else w.unref();
    }
  }

  get threads(): number {
    return this.workers.length;
  }

  private retire(w: Worker): void {
    this.workers = this.workers.filter((x) => x !== w);
    // Jobs that worker held are lost with it: answer them as failures so nobody waits.
    for (const [id, done] of this.pending) {
      this.pending.delete(id);
      done({ error: 'analysis worker stopped' });
    }
  }

  /** Reads and analyses a file in a worker; says when it was modified and its size, for the cache. */
  analyzeFile(uri: string, path: string): Promise<FileResult> {
    const job: AnalysisJob = { id: ++this.seq, uri, path };
    if (!this.workers.length) {
      try {
        const r = readArticleFileSync(job.path);
        if ('skipped' in r) return Promise.resolve({ skipped: r.skipped });
        return Promise.resolve({ packed: packAnalysis(analyzeArticle(job.uri, r.text)), mtimeMs: r.mtimeMs, size: r.size });
      } catch (e) {
        return Promise.resolve({ error: (e as Error).message });
      }
    }
    const w = this.workers[this.next++ % this.workers.length];
    if (!this.pending.size) this.setRef(true);
    return new Promise((resolve) => {
      this.pending.set(job.id, resolve);
      w.postMessage(job);
    });
  }

  /**
   * Analyses many files with a window of jobs in flight, so the workers never wait for
   * this thread; `done` gets each result as it arrives. Stops submitting when `stop` says so.
   */
  async analyzeFiles<T extends { uri: string; path: string }>(jobs: T[], done: (job: T, r: FileResult) => void, stop: () => boolean = () => false, window = 128): Promise<void> {
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < jobs.length && !stop()) {
        const job = jobs[next++];
        done(job, await this.analyzeFile(job.uri, job.path));
      }
    };
    await Promise.all(Array.from({ length: Math.min(window, jobs.length) }, lane));
  }

  dispose(): void {
    for (const w of this.workers) void w.terminate();
    this.workers = [];
  }
}
