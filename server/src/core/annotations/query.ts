// Questions the language service asks of a set of annotations. Plain functions over an
// array; the store keeps the array.

import type { Annotation, PassageTarget } from './model';
import { bodyValues } from './create';
import { isPassageTarget, kindOf } from './targets';

export interface Review {
  annotation: Annotation;
  conflictId: string;
  reason: string;
  trustedValue?: string;
}

/** conflict id → its review; when a conflict was reviewed twice, the latest edit counts. */
export function reviewsByConflict(annotations: readonly Annotation[]): Map<string, Review> {
  const out = new Map<string, Review>();
  for (const a of annotations) {
    if (kindOf(a) !== 'review') continue;
    const conflictId = (a.target as { 'corroborate:key': string })['corroborate:key'];
    const prev = out.get(conflictId);
    if (prev && Date.parse(prev.annotation.modified) >= Date.parse(a.modified)) continue;
    out.set(conflictId, { annotation: a, conflictId, reason: bodyValues(a, 'assessing').join('\n'), trustedValue: a['corroborate:trustedValue'] });
  }
  return out;
}

/** Notes on an entity, oldest first. */
export function notesForEntity(annotations: readonly Annotation[], key: string): Annotation[] {
  return annotations
    .filter((a) => kindOf(a) === 'entity' && (a.target as { 'corroborate:key': string })['corroborate:key'] === key)
    .sort(byCreated);
}

/** Passage annotations on one article (workspace-relative source), in text order as stored. */
export function annotationsForSource(annotations: readonly Annotation[], source: string): Annotation[] {
  return annotations
    .filter((a) => isPassageTarget(a.target) && a.target.source === source)
    .sort((a, b) => (a.target as PassageTarget).selector[1].start - (b.target as PassageTarget).selector[1].start || byCreated(a, b));
}

export function noteOf(a: Annotation): string | undefined {
  return bodyValues(a, 'commenting')[0];
}

export function tagsOf(a: Annotation): string[] {
  return bodyValues(a, 'tagging');
}

function byCreated(a: Annotation, b: Annotation): number {
  return Date.parse(a.created) - Date.parse(b.created) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
