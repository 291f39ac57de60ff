// Worker thread: reads and analyses articles off the main thread during the first index,
// so two cores share the work and the server keeps answering requests meanwhile.

import { parentPort } from 'worker_threads';
import { analyzeArticle } from '../core/analyzeArticle';
import { packAnalysis, type PackedAnalysis } from '../core/storedArticle';
import { readArticleFileSync } from '../files/readArticleFile';

/** Files to read and analyse, answered in one message. */
export interface AnalysisBatch {
  id: number;
  jobs: { uri: string; path: string }[];
}

export type FileResult = { packed: PackedAnalysis; mtimeMs?: number; size?: number } | { skipped: string } | { error: string };

/** A batch's results, in the order of its jobs. */
export interface BatchResult {
  id: number;
  results: FileResult[];
}

function analyse(uri: string, path: string): FileResult {
  try {
    const r = readArticleFileSync(path);
    if ('skipped' in r) return { skipped: r.skipped };
    // Packed, the result is a few strings and one typed array instead of thousands of objects to clone.
    return { packed: packAnalysis(analyzeArticle(uri, r.text)), mtimeMs: r.mtimeMs, size: r.size };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

parentPort?.on('message', (batch: AnalysisBatch) => {
  const results = batch.jobs.map((job) => analyse(job.uri, job.path));
  // The typed arrays move to the main thread instead of being copied.
  const buffers = new Set<ArrayBuffer>();
  for (const r of results) if ('packed' in r) buffers.add(r.packed.ints.buffer as ArrayBuffer);
  parentPort!.postMessage({ id: batch.id, results } satisfies BatchResult, [...buffers]);
});
