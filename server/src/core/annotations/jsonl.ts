// The sidecar file format: one annotation per line, keys in a fixed order, lines sorted by
// id. Random ids scatter new lines through the file, so two people adding notes on two
// branches touch different lines and git merges them without a conflict.

import type { Annotation } from './model';
import { checkAnnotation } from './validate';

export interface LineError {
  /** 1-based line number in the file. */
  line: number;
  message: string;
}

export interface ParsedFile {
  annotations: Annotation[];
  errors: LineError[];
}

// Keys in this order at every depth; others follow alphabetically.
const KEY_ORDER = [
  '@context', 'id', 'type', 'purpose', 'motivation', 'created', 'modified', 'body', 'corroborate:trustedValue', 'target',
  'format', 'value', 'source', 'corroborate:key', 'selector', 'exact', 'prefix', 'suffix', 'start', 'end',
];
const RANK = new Map(KEY_ORDER.map((k, i) => [k, i]));

function orderKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(orderKeys);
  if (typeof v !== 'object' || v === null) return v;
  const keys = Object.keys(v).sort((a, b) => (RANK.get(a) ?? KEY_ORDER.length) - (RANK.get(b) ?? KEY_ORDER.length) || (a < b ? -1 : a > b ? 1 : 0));
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = orderKeys((v as Record<string, unknown>)[k]);
  return out;
}

/** One line, no newline: JSON.stringify escapes any newline inside values. */
export function formatLine(a: Annotation): string {
  return JSON.stringify(orderKeys(a));
}

export function formatFile(annotations: Iterable<Annotation>): string {
  const sorted = [...annotations].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sorted.map((a) => formatLine(a) + '\n').join('');
}

/**
 * Every valid line loads; each invalid one gives an error naming its line. A duplicated id
 * (a careless merge) is an error too, and the newer copy is the one loaded.
 */
export function parseFile(text: string): ParsedFile {
  const annotations = new Map<string, { a: Annotation; line: number }>();
  const errors: LineError[] = [];
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].replace(/\r$/, '');
    if (raw.trim() === '') continue;
    const line = i + 1;
    if (/^(<{7}|={7}|>{7}|\|{7})( |$)/.test(raw)) {
      errors.push({ line, message: `line ${line}: unresolved merge conflict marker '${raw.slice(0, 7)}'` });
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      const cut = i === lines.length - 1 && !text.endsWith('\n') ? ' — the file looks cut off here' : '';
      errors.push({ line, message: `line ${line}: not valid JSON (${(e as Error).message})${cut}` });
      continue;
    }
    const checked = checkAnnotation(value);
    if ('error' in checked) {
      errors.push({ line, message: `line ${line}: ${checked.error}` });
      continue;
    }
    const prev = annotations.get(checked.annotation.id);
    if (prev) {
      errors.push({ line, message: `line ${line}: id ${checked.annotation.id} is also on line ${prev.line}` });
      if (Date.parse(checked.annotation.modified) <= Date.parse(prev.a.modified)) continue;
    }
    annotations.set(checked.annotation.id, { a: checked.annotation, line });
  }
  return { annotations: [...annotations.values()].map((x) => x.a), errors };
}
