// Worker thread: walks folders and stats their articles off the main thread. A warm start
// of 10,000 cached articles spent a quarter of its time in this walk, with the main thread
// blocked; here it runs beside the loading of the cache.

import { parentPort } from 'worker_threads';
import { findArticleFilesSync, type FileFilter, type FoundFiles } from './findArticleFiles';

export interface WalkRequest {
  id: number;
  root: string;
  filter: FileFilter;
  maxFiles?: number;
  stat?: boolean;
}

export type WalkAnswer = { id: number; found: FoundFiles } | { id: number; error: string };

parentPort?.on('message', (r: WalkRequest) => {
  let answer: WalkAnswer;
  try {
    answer = { id: r.id, found: findArticleFilesSync(r.root, r.filter, r.maxFiles, { stat: r.stat }) };
  } catch (e) {
    answer = { id: r.id, error: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(answer);
});
