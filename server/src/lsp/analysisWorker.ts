// Worker thread: analyses articles off the main thread during the first index, so two
// cores share the work and the server keeps answering requests meanwhile.

import { parentPort } from 'worker_threads';
import { analyzeArticle } from '../core/analyzeArticle';
import { packAnalysis } from '../core/storedArticle';

export interface AnalysisJob {
  id: number;
  uri: string;
  text: string;
}

parentPort?.on('message', (job: AnalysisJob) => {
  try {
    // Packed, the result crosses as one transferred buffer instead of thousands of cloned objects.
    const packed = packAnalysis(analyzeArticle(job.uri, job.text));
    parentPort!.postMessage({ id: job.id, packed }, [packed.ints.buffer as ArrayBuffer]);
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: (e as Error).message });
  }
});
