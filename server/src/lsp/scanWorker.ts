// Worker thread: walks a folder and stats what it finds, off the main thread, which loads
// the analysis cache and restores the linked corpus meanwhile (a warm start of 10,000
// articles spends most of its time in those two).

import { parentPort } from 'worker_threads';
import { findArticleFiles, type FileFilter } from '../files/findArticleFiles';
import { fileUri } from '../files/fileUri';

/** A folder to walk. */
export interface ScanJob {
  root: string;
  filter: FileFilter;
  maxFiles?: number;
}

parentPort?.once('message', (job: ScanJob) => {
  findArticleFiles(job.root, job.filter, job.maxFiles, { stat: true }).then(
    (found) => parentPort!.postMessage({ found: { ...found, uris: found.files.map((f) => fileUri(f)) } }),
    (e: Error) => parentPort!.postMessage({ error: e.message }),
  );
});
