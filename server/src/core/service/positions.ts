// Offsets ↔ line/character, in UTF-16 code units as LSP counts them. A lone \r ends a line
// too, as it does in LSP.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) starts.push(i + 1);
  }
  return starts;
}

export function positionAt(lineStarts: ArrayLike<number>, offset: number): Position {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - lineStarts[lo] };
}

/** Clamps positions outside the text to its bounds, as LSP asks servers to. */
export function offsetAt(lineStarts: ArrayLike<number>, length: number, pos: Position): number {
  if (pos.line < 0) return 0;
  if (pos.line >= lineStarts.length) return length;
  const start = lineStarts[pos.line];
  const next = pos.line + 1 < lineStarts.length ? lineStarts[pos.line + 1] : length;
  return Math.max(start, Math.min(start + Math.max(0, pos.character), next));
}

export function rangeOf(lineStarts: ArrayLike<number>, span: { start: number; end: number }): Range {
  return { start: positionAt(lineStarts, span.start), end: positionAt(lineStarts, span.end) };
}
