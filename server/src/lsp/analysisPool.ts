// A small pool of analysis workers. Falls back to analysing on the calling thread when
// workers can't start (the bundle is missing, or the platform refuses threads).

import { Worker } from 'worker_threads';
import * as os from 'os';
import * as path from 'path';
import { existsSync } from 'fs';
import { analyzeArticle } from './analyzer';
import { analyseFile, type FileResult } from './analyseFile';
import type { AnalysisBatch, BatchResult } from './analysisWorker';

export type { FileResult } from './analyseFile';

/**
 * Workers for a job of this many files. Each worker warms up its own compiled code and
 * regexes (about a second of CPU), so below a few thousand files one worker finishes
 * first; measured on 2 cores: 1,000 files 2.7 s with one worker, 3.5 s with two; 10,000
 * files 17 s with one, 15 s with two.
 */
export function workersFor(files: number): number {
  return files < 3000 ? 1 : Math.max(1, Math.min(4, os.cpus().length));
}

/**
 * Files go to a worker in batches and come back in batches: one message per file cost each
 * worker as much time as reading its files (a wake-up of both threads per message).
 */
const BATCH_FILES = 16;
/** Batches queued per worker, so it never waits for this thread between two. */
const BATCHES_AHEAD = 3;

interface Lane {
  worker: Worker;
  /** Batches sent and not answered yet, by id: how many files each holds and who waits. */
  pending: Map<number, { files: number; answer: (results: FileResult[]) => void }>;
}

export class AnalysisPool {
  private lanes: Lane[] = [];
  private seq = 0;

  constructor(size = Math.max(1, Math.min(4, os.cpus().length)), private readonly script = path.join(__dirname, 'analysisWorker.js')) {
    this.grow(size);
  }

  /** Starts workers until there are `size` (a worker takes a few hundred milliseconds to be ready). */
  grow(size: number): void {
    if (!existsSync(this.script)) return;
    while (this.lanes.length < size) {
      try {
        const lane: Lane = { worker: new Worker(this.script), pending: new Map() };
        lane.worker.on('message', (m: BatchResult) => {
          const waiting = lane.pending.get(m.id);
          lane.pending.delete(m.id);
          if (!lane.pending.size) lane.worker.unref();
          waiting?.answer(m.results);
        });
        lane.worker.on('error', () => this.retire(lane));
        // Idle workers must not keep the process alive; busy ones must (see send).
        lane.worker.unref();
        this.lanes.push(lane);
      } catch {
        break;
      }
    }
  }

  get threads(): number {
    return this.lanes.length;
  }

  private retire(lane: Lane): void {
    this.lanes = this.lanes.filter((l) => l !== lane);
    // Batches that worker held are lost with it: answer them as failures so nobody waits.
    for (const [id, waiting] of lane.pending) {
      lane.pending.delete(id);
      waiting.answer(Array.from({ length: waiting.files }, () => ({ error: 'analysis worker stopped' })));
    }
  }

  private send(lane: Lane, jobs: { uri: string; path: string }[]): Promise<FileResult[]> {
    const batch: AnalysisBatch = { id: ++this.seq, jobs: jobs.map(({ uri, path }) => ({ uri, path })) };
    if (!lane.pending.size) lane.worker.ref();
    return new Promise((answer) => {
      lane.pending.set(batch.id, { files: jobs.length, answer });
      lane.worker.postMessage(batch);
    });
  }

  /**
   * Reads and analyses many files, a few batches ahead on every worker so none waits for
   * this thread; `done` gets each result as its batch arrives (so in no particular order),
   * with when the file was modified and its size, for the cache. Stops submitting when
   * `stop` says so.
   */
  async analyzeFiles<T extends { uri: string; path: string }>(jobs: T[], done: (job: T, r: FileResult) => void, stop: () => boolean = () => false): Promise<void> {
    let next = 0;
    const analyseRestHere = () => {
      for (; next < jobs.length && !stop(); next++) done(jobs[next], analyseFile(jobs[next].uri, jobs[next].path, analyzeArticle));
    };
    if (!this.lanes.length) return analyseRestHere();
    let inFlight = 0;
    await new Promise<void>((finished) => {
      const feed = (lane: Lane): void => {
        while (lane.pending.size < BATCHES_AHEAD && next < jobs.length && !stop()) {
          const batch = jobs.slice(next, (next += BATCH_FILES));
          inFlight++;
          // A retired worker's batches come back as failures; the others keep going.
          void this.send(lane, batch).then((results) => {
            inFlight--;
            for (let i = 0; i < batch.length; i++) done(batch[i], results[i] ?? { error: 'no result from the analysis worker' });
            if (this.lanes.includes(lane)) feed(lane);
            else if (this.lanes.length) feed(this.lanes[0]);
            else analyseRestHere();
            if (!inFlight) finished();
          });
        }
      };
      for (const lane of this.lanes) feed(lane);
      if (!inFlight) finished();
    });
  }

  dispose(): void {
    for (const lane of this.lanes) void lane.worker.terminate();
    this.lanes = [];
  }
}
