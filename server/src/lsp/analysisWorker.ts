// Worker thread: analyses articles off the main thread during the first index, so two
// cores share the work and the server keeps answering requests meanwhile.

import { parentPort } from 'worker_threads';
import { analyzeArticle } from '../core/analyzeArticle';

export interface AnalysisJob {
  id: number;
  uri: string;
  text: string;
}

parentPort?.on('message', (job: AnalysisJob) => {
  try {
    parentPort!.postMessage({ id: job.id, analysis: analyzeArticle(job.uri, job.text) });
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: (e as Error).message });
  }
});
