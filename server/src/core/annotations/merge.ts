// Applying one change to the annotations as they are on disk *now* (re-read under the write
// lock), rather than writing back what this window loaded earlier. So another window's notes
// survive, a note deleted elsewhere is not brought back by a stale copy, and of two edits to
// one note the later `modified` wins.

import type { Annotation } from './model';

export type Operation =
  | { op: 'add'; annotation: Annotation }
  | { op: 'update'; annotation: Annotation }
  /** `seenModified`: the version the user saw; a newer edit on disk is not deleted unseen. */
  | { op: 'remove'; id: string; seenModified?: string };

export type OperationResult =
  | { status: 'added' | 'updated' | 'removed' }
  /** Update: the file holds a later edit of this annotation; ours was not applied. */
  | { status: 'kept-newer'; current: Annotation }
  /** Update or remove: the annotation was deleted meanwhile (and stays deleted). */
  | { status: 'gone' }
  /** Remove: someone edited it after the user last saw it; it was kept. */
  | { status: 'changed'; current: Annotation }
  /** Add: the id is taken. */
  | { status: 'exists'; current: Annotation };

/** The new contents (undefined when nothing changes) and what happened. */
export function mergeOperation(onDisk: ReadonlyMap<string, Annotation>, op: Operation): { next?: Map<string, Annotation>; result: OperationResult } {
  const id = op.op === 'remove' ? op.id : op.annotation.id;
  const current = onDisk.get(id);
  const next = new Map(onDisk);
  switch (op.op) {
    case 'add':
      if (current) return { result: { status: 'exists', current } };
      next.set(id, op.annotation);
      return { next, result: { status: 'added' } };
    case 'update':
      if (!current) return { result: { status: 'gone' } };
      if (Date.parse(current.modified) > Date.parse(op.annotation.modified)) return { result: { status: 'kept-newer', current } };
      next.set(id, op.annotation);
      return { next, result: { status: 'updated' } };
    case 'remove':
      if (!current) return { result: { status: 'gone' } };
      if (op.seenModified !== undefined && Date.parse(current.modified) > Date.parse(op.seenModified)) return { result: { status: 'changed', current } };
      next.delete(id);
      return { next, result: { status: 'removed' } };
  }
}
