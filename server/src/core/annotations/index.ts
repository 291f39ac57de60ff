// The annotations core: W3C Web Annotations on passages, entities and conflicts, their
// file format, and re-anchoring after edits. Pure — the store in files/ does the I/O.

export * from './model';
export { AnnotationInputError, bodyValues, createEntityNote, createPassageAnnotation, createReview, editAnnotation } from './create';
export type { AnnotationEdit, PassageInput } from './create';
export { reanchor, anchorSelectors } from './reanchor';
export type { Anchor, Orphan } from './reanchor';
export { prepareText } from './text';
export type { PreparedText } from './text';
export { formatFile, formatLine, parseFile } from './jsonl';
export type { LineError, ParsedFile } from './jsonl';
export { checkAnnotation } from './validate';
export { canonicalRelativeSource, conflictTarget, entityTarget, isPassageTarget, kindOf, relativeSourceProblem } from './targets';
export { annotationsForSource, noteOf, notesForEntity, reviewsByConflict, tagsOf } from './query';
export type { Review } from './query';
export { mergeOperation } from './merge';
export type { Operation, OperationResult } from './merge';
