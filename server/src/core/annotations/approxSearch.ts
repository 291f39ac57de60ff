// Approximate substring search: every place in text[from, to) where `pattern` occurs with at
// most `maxErrors` insertions, deletions or substitutions (Sellers' dynamic programme with
// Ukkonen's cut-off, tracking where each match starts). The work is at most
// pattern.length × (to − from) cell updates; callers size the window to keep that bounded.

export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

export function approxSearch(text: string, pattern: string, maxErrors: number, from = 0, to = text.length): ApproxMatch[] {
  const m = pattern.length;
  if (m === 0 || maxErrors < 0) return [];
  const k = Math.min(maxErrors, m);
  const big = k + 1;
  // dist[i]: fewest edits matching pattern[0, i) to a text substring ending here; origin[i]: its start.
  const dist = new Int32Array(m + 1);
  const origin = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    dist[i] = i;
    origin[i] = from;
  }
  // Rows past `top` are known to exceed k; they are never read, only treated as `big`.
  let top = k;
  const raw: ApproxMatch[] = [];
  if (top === m) raw.push({ start: from, end: from, errors: m });
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    const lim = Math.min(top + 1, m);
    let diag = dist[0];
    let diagOrigin = origin[0];
    dist[0] = 0;
    origin[0] = j + 1;
    for (let i = 1; i <= lim; i++) {
      const old = i <= top ? dist[i] : big;
      const oldOrigin = origin[i];
      let best = diag + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      let bestOrigin = diagOrigin;
      if (old + 1 < best) {
        best = old + 1;
        bestOrigin = oldOrigin;
      }
      if (dist[i - 1] + 1 < best) {
        best = dist[i - 1] + 1;
        bestOrigin = origin[i - 1];
      }
      diag = old;
      diagOrigin = oldOrigin;
      dist[i] = best;
      origin[i] = bestOrigin;
    }
    top = lim;
    while (top > 0 && dist[top] > k) top--;
    if (top === m) raw.push({ start: origin[m], end: j + 1, errors: dist[m] });
  }
  return localMinima(raw);
}

// Consecutive end positions describe one place (10 errors ending at j, 9 at j+1, 10 at j+2);
// keep the valleys, so two nearby copies of a quote stay two candidates.
function localMinima(raw: ApproxMatch[]): ApproxMatch[] {
  const out: ApproxMatch[] = [];
  for (let i = 0; i < raw.length; i++) {
    const prev = i > 0 && raw[i - 1].end === raw[i].end - 1 ? raw[i - 1].errors : Infinity;
    const next = i + 1 < raw.length && raw[i + 1].end === raw[i].end + 1 ? raw[i + 1].errors : Infinity;
    if (raw[i].errors < prev && raw[i].errors <= next) out.push(raw[i]);
  }
  return out;
}
