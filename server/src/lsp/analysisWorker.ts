// Worker thread: reads and analyses articles off the main thread during the first index,
// so two cores share the work and the server keeps answering requests meanwhile.

import { parentPort } from 'worker_threads';
import { analyzeArticle } from '../core/analyzeArticle';
import { analyseFile, type FileResult } from './analyseFile';

/** Files to read and analyse, answered in one message. */
export interface AnalysisBatch {
  id: number;
  jobs: { uri: string; path: string }[];
}

/** A batch's results, in the order of its jobs. */
export interface BatchResult {
  id: number;
  results: FileResult[];
}

parentPort?.on('message', (batch: AnalysisBatch) => {
  const results = batch.jobs.map((job) => analyseFile(job.uri, job.path, analyzeArticle));
  // The typed arrays move to the main thread instead of being copied.
  const buffers = new Set<ArrayBuffer>();
  for (const r of results) if ('packed' in r) buffers.add(r.packed.ints.buffer as ArrayBuffer);
  parentPort!.postMessage({ id: batch.id, results } satisfies BatchResult, [...buffers]);
});
