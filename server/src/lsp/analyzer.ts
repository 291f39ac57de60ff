// The analysis core, loaded on first use. A warm start answers from the cache and needs
// neither chrono-node nor the YAML parser; loading them costs tens of milliseconds that a
// start of 10,000 cached articles has better uses for.

import type * as Core from '../core/analyzeArticle';

let core: typeof Core | undefined;

function load(): typeof Core {
  // A require, not an import: esbuild then evaluates the module (and what only it imports) on this call.
  return (core ??= require('../core/analyzeArticle') as typeof Core);
}

export const analyzeArticle: typeof Core.analyzeArticle = (uri, text) => load().analyzeArticle(uri, text);

/** Loads the core now (when the server is idle), so the first edit does not wait for it. */
export function preloadAnalyzer(): void {
  load();
}
