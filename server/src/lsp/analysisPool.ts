// A small pool of analysis workers. Falls back to analysing on the calling thread when
// workers can't start (the bundle is missing, or the platform refuses threads).

import { Worker } from 'worker_threads';
import * as os from 'os';
import * as path from 'path';
import { existsSync } from 'fs';
import { analyzeArticle } from '../core/analyzeArticle';
import { packAnalysis, type PackedAnalysis } from '../core/storedArticle';

export type AnalysisResult = { packed: PackedAnalysis } | { error: string };

export class AnalysisPool {
  private workers: Worker[] = [];
  private next = 0;
  private seq = 0;
  private readonly pending = new Map<number, (r: AnalysisResult) => void>();

  constructor(size = Math.max(1, Math.min(4, os.cpus().length)), script = path.join(__dirname, 'analysisWorker.js')) {
    if (!existsSync(script)) return;
    for (let i = 0; i < size; i++) {
      try {
        const w = new Worker(script);
        w.on('message', (m: { id: number } & AnalysisResult) => {
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

  analyze(uri: string, text: string): Promise<AnalysisResult> {
    if (!this.workers.length) {
      try {
        return Promise.resolve({ packed: packAnalysis(analyzeArticle(uri, text)) });
      } catch (e) {
        return Promise.resolve({ error: (e as Error).message });
      }
    }
    const id = ++this.seq;
    const w = this.workers[this.next++ % this.workers.length];
    if (!this.pending.size) this.setRef(true);
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      w.postMessage({ id, uri, text });
    });
  }

  dispose(): void {
    for (const w of this.workers) void w.terminate();
    this.workers = [];
  }
}
