// Small text helpers for anchoring: context slices that never split a surrogate pair,
// line-ending normalisation with a way back to the original offsets, and a bounded
// Levenshtein distance for comparing short contexts.

/** Start of a slice of about `n` code units ending at `end`, moved off a low surrogate. */
export function contextStart(text: string, end: number, n: number): number {
  let s = Math.max(0, end - n);
  if (s > 0 && isLow(text.charCodeAt(s)) && isHigh(text.charCodeAt(s - 1))) s += 1;
  return s;
}

/** End of a slice of about `n` code units starting at `start`, moved off a high surrogate. */
export function contextEnd(text: string, start: number, n: number): number {
  let e = Math.min(text.length, start + n);
  if (e < text.length && isLow(text.charCodeAt(e)) && isHigh(text.charCodeAt(e - 1))) e -= 1;
  return e;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

export function normalizeEol(s: string): string {
  return s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
}

/**
 * A text with CRLF and CR turned into LF, so a quote taken on a Windows checkout still
 * matches on a Linux one (git's autocrlf rewrites articles, not our sidecar file).
 */
export interface PreparedText {
  original: string;
  normalized: string;
  /** Normalised offsets at which a '\r' was removed, ascending. */
  removed: number[];
}

export function prepareText(text: string): PreparedText {
  if (!text.includes('\r')) return { original: text, normalized: text, removed: [] };
  const removed: number[] = [];
  let out = '';
  let last = 0;
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) === 10) {
      out += text.slice(last, i);
      removed.push(out.length);
      last = i + 1;
    }
  }
  out += text.slice(last);
  return { original: text, normalized: out.replace(/\r/g, '\n'), removed };
}

/** Original offset of a normalised one: add the CRs removed strictly before it. */
export function toOriginal(p: PreparedText, offset: number): number {
  let lo = 0;
  let hi = p.removed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p.removed[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return offset + lo;
}

/** Normalised offset of an original one (a position inside a CRLF maps to its LF). */
export function toNormalized(p: PreparedText, offset: number): number {
  let lo = 0;
  let hi = p.removed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toOriginal(p, p.removed[mid]) < offset) lo = mid + 1;
    else hi = mid;
  }
  return offset - lo;
}

/** Edit distance of two short strings (contexts are ~32 code units; longer inputs are cut). */
export function levenshtein(a: string, b: string, maxLen = 256): number {
  a = a.slice(0, maxLen);
  b = b.slice(0, maxLen);
  if (a === b) return 0;
  if (!a.length || !b.length) return a.length + b.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** 1 when equal, 0 when nothing in common; an empty stored context agrees with anything. */
export function similarity(stored: string, actual: string): number {
  if (!stored.length) return 1;
  return Math.max(0, 1 - levenshtein(stored, actual) / stored.length);
}
