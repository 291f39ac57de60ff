// Worker thread: reads and analyses articles off the main thread during the first index,
// so two cores share the work and the server keeps answering requests meanwhile.

import { parentPort } from 'worker_threads';
import { analyzeArticle } from '../core/analyzeArticle';
import { packAnalysis } from '../core/storedArticle';
import { readArticleFileSync } from '../files/readArticleFile';

/** A file to read and analyse. */
export interface AnalysisJob {
  id: number;
  uri: string;
  path: string;
}

parentPort?.on('message', (job: AnalysisJob) => {
  try {
    const r = readArticleFileSync(job.path);
    if ('skipped' in r) return void parentPort!.postMessage({ id: job.id, skipped: r.skipped });
    // Packed, the result is a few strings and one typed array instead of thousands of objects to clone.
    const packed = packAnalysis(analyzeArticle(job.uri, r.text));
    parentPort!.postMessage({ id: job.id, packed, mtimeMs: r.mtimeMs, size: r.size });
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: (e as Error).message });
  }
});
