// Finding an annotated passage again after the article changed. In order: the stored
// position, while the text there is still the quote; the quote itself, the occurrence whose
// context agrees best; an approximate match of the quote within an error budget. Failing
// all three the annotation is orphaned — reported, never dropped. Work per annotation is
// bounded (FUZZY_CELL_BUDGET, MAX_OCCURRENCES) whatever the text.

import type { Annotation, TextPositionSelector, TextQuoteSelector } from './model';
import { approxSearch } from './approxSearch';
import { isPassageTarget } from './targets';
import { normalizeEol, prepareText, similarity, toNormalized, toOriginal, type PreparedText } from './text';

export type Anchor = { start: number; end: number; how: 'position' | 'quote' | 'fuzzy' };
export type Orphan = { orphaned: true; reason: string };

/** Dynamic-programming cells one fuzzy search may visit (~10–30 ms). */
export const FUZZY_CELL_BUDGET = 10_000_000;
/** Quotes longer than this are only found exactly. */
export const FUZZY_MAX_QUOTE = 1000;
/** Edits allowed: a quarter of the quote, at most this many. */
export const FUZZY_MAX_ERRORS = 64;
/** Exact occurrences (or fuzzy candidates) scored, the nearest to the old position first. */
export const MAX_OCCURRENCES = 200;

// Weights as in Hypothesis's anchoring: the quote matters most, then each side's context,
// then (as a tie-breaker) closeness to where the passage used to be.
const W_QUOTE = 50;
const W_CONTEXT = 20;
const W_POSITION = 2;

export function reanchor(annotation: Annotation, text: string | PreparedText): Anchor | Orphan {
  if (!isPassageTarget(annotation.target)) return { orphaned: true, reason: 'not a passage annotation' };
  const [quote, position] = annotation.target.selector;
  return anchorSelectors(quote, position, text);
}

export function anchorSelectors(quote: TextQuoteSelector, position: TextPositionSelector | undefined, text: string | PreparedText): Anchor | Orphan {
  const prepared = typeof text === 'string' ? prepareText(text) : text;
  const original = prepared.original;
  if (!quote.exact) return { orphaned: true, reason: 'the annotation has an empty quote' };
  if (position && position.start >= 0 && original.slice(position.start, position.end) === quote.exact) {
    return { start: position.start, end: position.end, how: 'position' };
  }
  const exact = normalizeEol(quote.exact);
  const ctx = { prefix: normalizeEol(quote.prefix ?? ''), suffix: normalizeEol(quote.suffix ?? '') };
  const norm = prepared.normalized;
  const expected = toNormalized(prepared, Math.min(Math.max(position?.start ?? 0, 0), original.length));
  const back = (start: number, end: number, how: Anchor['how']): Anchor => ({ start: toOriginal(prepared, start), end: toOriginal(prepared, end), how });

  const occurrences = nearest(findAll(norm, exact).map((start) => ({ start, end: start + exact.length, errors: 0 })), expected);
  if (occurrences.length) {
    const best = pickBest(occurrences, norm, exact.length, ctx, expected);
    return back(best.start, best.end, 'quote');
  }

  if (exact.length > FUZZY_MAX_QUOTE) return { orphaned: true, reason: 'the quote is no longer in the text (too long to search approximately)' };
  const maxErrors = Math.min(FUZZY_MAX_ERRORS, Math.floor(exact.length / 4));
  if (maxErrors < 1) return { orphaned: true, reason: 'the quote is no longer in the text' };
  const width = Math.floor(FUZZY_CELL_BUDGET / exact.length);
  let from = 0;
  let to = norm.length;
  if (width < norm.length) {
    from = Math.max(0, Math.min(norm.length - width, expected - Math.floor((width - exact.length) / 2)));
    to = from + width;
  }
  const candidates = approxSearch(norm, exact, maxErrors, from, to);
  if (!candidates.length) return { orphaned: true, reason: 'the quote is no longer in the text' };
  const best = pickBest(nearest(candidates, expected), norm, exact.length, ctx, expected);
  // A short quote with a few edits matches too much by chance: its context must agree too.
  if (exact.length < 16 && contextAgreement(norm, best, ctx) < 0.5) {
    return { orphaned: true, reason: 'the quote is no longer in the text' };
  }
  return back(best.start, best.end, 'fuzzy');
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

function findAll(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** The MAX_OCCURRENCES candidates nearest the expected position (finding them is linear). */
function nearest(cands: Candidate[], expected: number): Candidate[] {
  if (cands.length <= MAX_OCCURRENCES) return cands;
  return [...cands].sort((a, b) => Math.abs(a.start - expected) - Math.abs(b.start - expected)).slice(0, MAX_OCCURRENCES);
}

function contextAgreement(text: string, c: Candidate, ctx: { prefix: string; suffix: string }): number {
  const before = text.slice(Math.max(0, c.start - ctx.prefix.length), c.start);
  const after = text.slice(c.end, c.end + ctx.suffix.length);
  return (similarity(ctx.prefix, before) + similarity(ctx.suffix, after)) / 2;
}

function pickBest(cands: Candidate[], text: string, quoteLength: number, ctx: { prefix: string; suffix: string }, expected: number): Candidate {
  let best = cands[0];
  let bestScore = -Infinity;
  for (const c of cands) {
    const score = W_QUOTE * (1 - c.errors / quoteLength)
      + 2 * W_CONTEXT * contextAgreement(text, c, ctx)
      + W_POSITION * (1 - Math.abs(c.start - expected) / Math.max(text.length, 1));
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
