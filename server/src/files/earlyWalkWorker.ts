// The walk worker, started by the server's launcher before it loads the server: a worker
// takes tens of milliseconds to start, time the launcher spends loading the bundle. The
// launcher and the server are separate bundles; the worker passes between them on a global.

import { Worker } from 'worker_threads';
import { existsSync } from 'fs';

const EARLY_WORKER = Symbol.for('corroborate.walkWorker');

export function startWalkWorkerEarly(script: string): void {
  try {
    if (existsSync(script)) (globalThis as Record<symbol, unknown>)[EARLY_WORKER] = new Worker(script);
  } catch {
    // The server starts one itself, or walks without one.
  }
}

/** The worker the launcher started, once. */
export function takeEarlyWalkWorker(): Worker | undefined {
  const g = globalThis as Record<symbol, unknown>;
  const w = g[EARLY_WORKER];
  delete g[EARLY_WORKER];
  return w instanceof Worker ? w : undefined;
}
