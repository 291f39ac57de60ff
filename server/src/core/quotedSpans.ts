// Where a paragraph quotes someone. What a speaker calls a person is the speaker's word, not
// the source's ("I wouldn't have picked Vice President Trump", Biden said, of Kamala Harris),
// so titles inside quotation marks state no fact.

import type { Span } from './model';

/**
 * The quoted stretches of text[start, end): between curly quotes, or between straight double
 * quotes taken in pairs. A quote left open runs to the end, as a quote that goes on into the
 * next paragraph is written.
 */
export function quotedSpans(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c && open < 0) open = i; // “
    else if (c === 0x201d && open >= 0) { // ”
      spans.push({ start: open, end: i + 1 });
      open = -1;
    } else if (c === 0x22) { // "
      if (open < 0) open = i;
      else {
        spans.push({ start: open, end: i + 1 });
        open = -1;
      }
    }
  }
  if (open >= 0) spans.push({ start: open, end });
  return spans;
}

export function within(spans: Span[], at: number): boolean {
  for (const s of spans) if (s.start <= at && at < s.end) return true;
  return false;
}
