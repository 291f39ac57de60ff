// Hostile inputs that make careless regexes backtrack, timed in-process. The hardening
// tests only check these finish; here the times are recorded, so a regression shows up
// as a number next to the others.

import { analyzeArticle } from '../server/src/core/analyzeArticle';

export interface CatastrophicResult {
  name: string;
  chars: number;
  ms: number;
  /** The limit a regression crosses. */
  boundMs: number;
}

const CASES: [string, () => string][] = [
  ['100k capitalised words', () => Array.from({ length: 100_000 }, (_, i) => `Word${String.fromCharCode(65 + (i % 26))}`).join(' ')],
  ['50k-long hyphen chain', () => Array.from({ length: 50_000 }, () => 'Ab').join('-')],
  ['50k "Gen. " in a row', () => 'Gen. '.repeat(50_000) + 'Jin Yong-sung said.'],
  ['200k brackets', () => '('.repeat(100_000) + '['.repeat(100_000)],
  ['10k "Published:" lines', () => 'Published: 27 Oct. 2025, 17:57\n'.repeat(10_000)],
  ['a 50 MB line', () => 'Gen. Dan Caine met officials. '.repeat(1_700_000)],
];

export function runCatastrophic(boundMs = 5000): CatastrophicResult[] {
  return CASES.map(([name, make]) => {
    const text = make();
    const t0 = performance.now();
    analyzeArticle(`file:///bench/${encodeURIComponent(name)}.txt`, text);
    return { name, chars: text.length, ms: performance.now() - t0, boundMs };
  });
}
