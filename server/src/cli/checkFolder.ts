// Indexes a folder the way the server does, for the command line.

import * as path from 'path';
import { pathToFileURL } from 'url';
import { Corpus } from '../core/corpus';
import { findArticleFiles, type FileFilter } from '../files/findArticleFiles';
import { AnalysisPool, workersFor } from '../lsp/analysisPool';

export interface CheckResult {
  corpus: Corpus;
  files: string[];
  skipped: { file: string; reason: string }[];
}

export async function checkFolder(root: string, filter: FileFilter, titleWindowDays: number, onProgress?: (done: number, total: number) => void): Promise<CheckResult> {
  // A worker gets ready while the folder is walked; more join for a large folder.
  const pool = new AnalysisPool(1);
  const corpus = new Corpus({ titleWindowDays });
  const skipped: CheckResult['skipped'] = [];
  let files: string[] = [];
  let done = 0;
  try {
    files = (await findArticleFiles(root, filter)).files;
    pool.grow(workersFor(files.length));
    const jobs = files.map((file) => ({ uri: pathToFileURL(file).href, path: file }));
    await pool.analyzeFiles(jobs, ({ path: file }, r) => {
      if ('skipped' in r) skipped.push({ file, reason: r.skipped });
      else if ('error' in r) skipped.push({ file, reason: `analysis failed (${r.error}); please report this file` });
      else if (r.packed.head.skipped) skipped.push({ file, reason: r.packed.head.skipped });
      else corpus.set(r.packed, { bulk: true });
      if (++done % 64 === 0 || done === files.length) onProgress?.(done, files.length);
    });
  } finally {
    pool.dispose();
  }
  // Results arrive in any order; reports list files in order.
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { corpus, files: files.map((f) => path.resolve(f)), skipped };
}
