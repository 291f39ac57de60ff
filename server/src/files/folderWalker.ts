// Walks folders on a worker thread (walkWorker), or on this one when no worker can run.

import { Worker } from 'worker_threads';
import { existsSync } from 'fs';
import * as path from 'path';
import { findArticleFiles, type FileFilter, type FoundFiles } from './findArticleFiles';
import type { WalkAnswer, WalkRequest } from './walkWorker';
import { takeEarlyWalkWorker } from './earlyWalkWorker';

export class FolderWalker {
  private worker: Worker | undefined;
  private seq = 0;
  private readonly waiting = new Map<number, { request: WalkRequest; answer: (found: Promise<FoundFiles>) => void }>();

  constructor(private readonly script = path.join(__dirname, 'walkWorker.js')) {}

  /** `findArticleFiles`, on the worker thread when there is one. */
  walk(root: string, filter: FileFilter, maxFiles?: number, options: { stat?: boolean } = {}): Promise<FoundFiles> {
    const worker = this.started();
    const request: WalkRequest = { id: ++this.seq, root, filter: { include: [...filter.include], exclude: [...filter.exclude] }, maxFiles, stat: options.stat };
    if (!worker) return findArticleFiles(root, filter, maxFiles, options);
    return new Promise<FoundFiles>((answer) => {
      this.waiting.set(request.id, { request, answer });
      worker.ref(); // a walk under way keeps the process alive; an idle worker does not
      worker.postMessage(request);
    });
  }

  dispose(): void {
    const w = this.worker;
    this.worker = undefined;
    void w?.terminate();
    this.walkHereInstead();
  }

  private started(): Worker | undefined {
    if (this.worker) return this.worker;
    let worker = takeEarlyWalkWorker();
    try {
      if (!worker && existsSync(this.script)) worker = new Worker(this.script);
    } catch {
      worker = undefined;
    }
    if (!worker) return undefined;
    worker.unref();
    worker.on('message', (m: WalkAnswer) => {
      const waiting = this.waiting.get(m.id);
      this.waiting.delete(m.id);
      if (!this.waiting.size) worker!.unref();
      if (!waiting) return;
      // A walk that failed there is made here, where its error reaches the caller.
      waiting.answer('found' in m ? Promise.resolve(m.found) : walkHere(waiting.request));
    });
    const lost = () => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.walkHereInstead();
    };
    worker.on('error', lost);
    worker.on('exit', lost);
    this.worker = worker;
    return worker;
  }

  /** Walks the worker still owed, here: it stopped or was disposed of. */
  private walkHereInstead(): void {
    for (const [id, { request, answer }] of this.waiting) {
      this.waiting.delete(id);
      answer(walkHere(request));
    }
  }
}

const walkHere = (r: WalkRequest) => findArticleFiles(r.root, r.filter, r.maxFiles, { stat: r.stat });
