// Finds a folder's article files and stats them in a worker thread (see scanWorker.ts), or
// on this thread when workers can't start.

import { Worker } from 'worker_threads';
import { existsSync } from 'fs';
import * as path from 'path';
import { findArticleFiles, type FileFilter, type FoundFiles } from '../files/findArticleFiles';
import { fileUri } from '../files/fileUri';
import type { ScanJob } from './scanWorker';

const SCRIPT = path.join(__dirname, 'scanWorker.js');

/** A folder's articles with their stats (see FoundFiles) and their URIs. */
export interface ScannedFolder extends FoundFiles {
  uris: string[];
}

/** A started worker, and whether it has stopped already (then its answer would never come). */
interface Started {
  worker: Worker;
  stopped: boolean;
}

let ready: Started | undefined;

/**
 * Starts a worker for the next scan now: a thread takes tens of milliseconds to start,
 * which the server spends waiting for the client's settings anyway.
 */
export function prepareScanWorker(script = SCRIPT): void {
  if (!ready && existsSync(script)) ready = startWorker(script);
}

function startWorker(script: string): Started | undefined {
  try {
    const started = { worker: new Worker(script), stopped: false };
    started.worker.unref();
    started.worker.on('error', () => undefined); // the exit that follows tells the scan using it
    started.worker.on('exit', () => (started.stopped = true));
    return started;
  } catch {
    return undefined;
  }
}

/** Stops the worker prepareScanWorker started, when no scan took it. */
export function discardScanWorker(): void {
  void ready?.worker.terminate();
  ready = undefined;
}

/** The folder's articles, .gitignore files, and each article's modification time, size and URI. */
export function scanFolder(root: string, filter: FileFilter, script = SCRIPT): Promise<ScannedFolder> {
  const here = async (): Promise<ScannedFolder> => {
    const found = await findArticleFiles(root, filter, undefined, { stat: true });
    return { ...found, uris: found.files.map((f) => fileUri(f)) };
  };
  const prepared = script === SCRIPT ? ready : undefined;
  if (prepared) ready = undefined;
  const started = prepared && !prepared.stopped ? prepared : existsSync(script) ? startWorker(script) : undefined;
  if (!started) return here();
  const { worker } = started;
  return new Promise<ScannedFolder>((resolve, reject) => {
    let answered = false;
    const answer = (r: { found?: ScannedFolder; error?: string }) => {
      if (answered) return;
      answered = true;
      void worker.terminate();
      if (r.found) resolve(r.found);
      else here().then(resolve, reject); // the walk failed there: it fails or succeeds here the same way
    };
    worker.ref();
    worker.once('message', answer);
    worker.once('exit', () => answer({ error: 'the scan worker stopped' }));
    worker.postMessage({ root, filter } satisfies ScanJob);
  });
}
