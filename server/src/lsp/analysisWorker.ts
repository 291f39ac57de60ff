// Worker thread: reads and analyses articles off the main thread during the first index,
// so two cores share the work and the server keeps answering requests meanwhile.

import { parentPort } from 'worker_threads';
import { analyzeArticle } from '../core/analyzeArticle';
import { packAnalysis } from '../core/storedArticle';
import { readArticleFileSync } from '../files/readArticleFile';

/** Either a text to analyse, or a file to read and analyse. */
export type AnalysisJob = { id: number; uri: string } & ({ text: string } | { path: string });

parentPort?.on('message', (job: AnalysisJob) => {
  try {
    let stamp: { mtimeMs?: number; size?: number } = {};
    let text: string;
    if ('path' in job) {
      const r = readArticleFileSync(job.path);
      if ('skipped' in r) return void parentPort!.postMessage({ id: job.id, skipped: r.skipped });
      text = r.text;
      stamp = { mtimeMs: r.mtimeMs, size: r.size };
    } else text = job.text;
    // Packed, the result crosses as one transferred buffer instead of thousands of cloned objects.
    const packed = packAnalysis(analyzeArticle(job.uri, text));
    parentPort!.postMessage({ id: job.id, packed, ...stamp });
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: (e as Error).message });
  }
});
