// How an annotation reads in one line: the note, then its tags as "#needs-check".

import type { AnnotationInfo } from './annotationsApi';

const PREVIEW_CHARS = 48;

export function tagText(tags: readonly string[]): string {
  return tags.map((t) => `#${t}`).join(' ');
}

/** "Check this quote against… #needs-check", or the quote when there is neither note nor tag. */
export function summary(a: AnnotationInfo, max = PREVIEW_CHARS): string {
  const parts = [];
  if (a.note) parts.push(truncate(firstLine(a.note), max));
  if (a.tags.length) parts.push(tagText(a.tags));
  if (!parts.length && a.quote) parts.push(`“${truncate(firstLine(a.quote), max)}”`);
  return parts.join('  ');
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function firstLine(text: string): string {
  const line = text.split(/\r?\n/, 1)[0] ?? '';
  return line.length < text.trimEnd().length ? `${line}…` : line;
}

/** Last path segment of a URI string, for labels. */
export function baseName(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
}

/** A readable name for an entity key when the server no longer knows it ("person:jin yong-sung" → "jin yong-sung"). */
export function keyLabel(key: string): string {
  const at = key.indexOf(':');
  return at >= 0 ? key.slice(at + 1) : key;
}
