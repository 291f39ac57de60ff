// Indexes a folder the way the server does, for the command line.

import * as path from 'path';
import { pathToFileURL } from 'url';
import { Corpus } from '../core/corpus';
import { findArticleFiles, type FileFilter } from '../files/findArticleFiles';
import { readArticleFile } from '../files/readArticleFile';
import { AnalysisPool } from '../lsp/analysisPool';

export interface CheckResult {
  corpus: Corpus;
  files: string[];
  skipped: { file: string; reason: string }[];
}

export async function checkFolder(root: string, filter: FileFilter, titleWindowDays: number, onProgress?: (done: number, total: number) => void): Promise<CheckResult> {
  const { files } = await findArticleFiles(root, filter);
  const corpus = new Corpus({ titleWindowDays });
  const skipped: CheckResult['skipped'] = [];
  const BATCH = 64;
  const pool = new AnalysisPool();
  try {
    for (let i = 0; i < files.length; i += BATCH) {
      const batch = files.slice(i, i + BATCH);
      const texts = await Promise.all(batch.map((f) => readArticleFile(f)));
      const results = await Promise.all(texts.map((r, k) => ('skipped' in r ? r : pool.analyze(pathToFileURL(batch[k]).href, r.text))));
      results.forEach((r, k) => {
        const file = batch[k];
        if ('skipped' in r) return void skipped.push({ file, reason: r.skipped });
        if ('error' in r) return void skipped.push({ file, reason: `analysis failed (${r.error}); please report this file` });
        if (r.packed.head.skipped) return void skipped.push({ file, reason: r.packed.head.skipped });
        corpus.set(r.packed, { bulk: true });
      });
      onProgress?.(Math.min(files.length, i + BATCH), files.length);
    }
  } finally {
    pool.dispose();
  }
  return { corpus, files: files.map((f) => path.resolve(f)), skipped };
}
