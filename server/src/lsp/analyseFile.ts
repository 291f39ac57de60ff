// Reading and analysing one file into its packed form: what a worker does for each file of
// a batch, and the pool on its own thread when no worker can start.

import type { ArticleAnalysis } from '../core/model';
import { packAnalysis, type PackedAnalysis } from '../core/storedArticle';
import { readArticleFileSync } from '../files/readArticleFile';

export type FileResult = { packed: PackedAnalysis; mtimeMs?: number; size?: number } | { skipped: string } | { error: string };

/**
 * The file's packed analysis, with when it was modified and its size (for the cache), or why
 * it was skipped or failed. `analyze` is the core's analyzeArticle, loaded as the caller likes.
 */
export function analyseFile(uri: string, path: string, analyze: (uri: string, text: string) => ArticleAnalysis): FileResult {
  try {
    const r = readArticleFileSync(path);
    if ('skipped' in r) return { skipped: r.skipped };
    // Packed, the result is a few strings and one typed array instead of thousands of objects to clone.
    return { packed: packAnalysis(analyze(uri, r.text)), mtimeMs: r.mtimeMs, size: r.size };
  } catch (e) {
    return { error: (e as Error).message };
  }
}
