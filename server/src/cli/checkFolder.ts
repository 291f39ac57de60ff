// Indexes a folder the way the server does, for the command line.

import * as path from 'path';
import { pathToFileURL } from 'url';
import { analyzeArticle } from '../core/analyzeArticle';
import { Corpus } from '../core/corpus';
import { findArticleFiles, type FileFilter } from '../files/findArticleFiles';
import { readArticleFile } from '../files/readArticleFile';

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
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH);
    const texts = await Promise.all(batch.map((f) => readArticleFile(f)));
    texts.forEach((r, k) => {
      const file = batch[k];
      if ('skipped' in r) return void skipped.push({ file, reason: r.skipped });
      let a;
      try {
        a = analyzeArticle(pathToFileURL(file).href, r.text);
      } catch (e) {
        return void skipped.push({ file, reason: `analysis failed (${(e as Error).message}); please report this file` });
      }
      if (a.skipped) return void skipped.push({ file, reason: a.skipped });
      corpus.set(a);
    });
    onProgress?.(Math.min(files.length, i + BATCH), files.length);
  }
  return { corpus, files: files.map((f) => path.resolve(f)), skipped };
}
