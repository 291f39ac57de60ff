// Target forms and their safety rules. A passage's source is a workspace-relative path;
// anything that could name a file outside the workspace (absolute paths, drive letters,
// `..`, backslashes, URIs) is refused here so no layer above has to remember to check.

import {
  CONFLICT_SOURCE_PREFIX, ENTITY_SOURCE_PREFIX,
  type Annotation, type AnnotationKind, type KeyTarget, type PassageTarget,
} from './model';

export const MAX_KEY_LENGTH = 1000;
export const MAX_SOURCE_LENGTH = 4096;

/** Why a workspace-relative source is unacceptable, or undefined when it is fine. */
export function relativeSourceProblem(source: string): string | undefined {
  if (typeof source !== 'string' || source === '') return 'the source is empty';
  if (source.length > MAX_SOURCE_LENGTH) return 'the source path is too long';
  if (/[\u0000-\u001f]/.test(source)) return 'the source contains control characters';
  if (source.includes('\\')) return `'${source}' contains a backslash; use '/' between folders`;
  if (source.startsWith('/')) return `'${source}' is an absolute path; annotations name files relative to the workspace folder`;
  if (/^[A-Za-z]:/.test(source)) return `'${source}' has a drive letter; annotations name files relative to the workspace folder`;
  // A first segment with ':' reads as a URI scheme (RFC 3986 §4.2); those must be written './x:y'.
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(source)) return `'${source}' is a URI, not a workspace-relative path`;
  const segments = source.split('/');
  if (segments.includes('..')) return `'${source}' points outside the workspace ('..')`;
  if (segments[segments.length - 1] === '' || segments[segments.length - 1] === '.') return `'${source}' names a folder, not a file`;
  return undefined;
}

/** The stored form of a relative path: `/` separators, no `./` noise unless RFC 3986 needs it. */
export function canonicalRelativeSource(rel: string): string {
  const parts = rel.split('/').filter((s) => s !== '.' && s !== '');
  const joined = parts.join('/');
  return /^[^/]*:/.test(joined) ? `./${joined}` : joined;
}

export function keyProblem(key: string): string | undefined {
  if (typeof key !== 'string' || key.trim() === '') return 'the key is empty';
  if (key.length > MAX_KEY_LENGTH) return 'the key is too long';
  if (/[\u0000-\u001f]/.test(key)) return 'the key contains control characters';
  return undefined;
}

// Percent-encode everything outside RFC 3986 pchar minus '/', so the key is one IRI segment
// while common keys (`person:cinyonksunk`) stay legible.
function encodeKey(key: string): string {
  return encodeURIComponent(key).replace(/%3A/g, ':').replace(/%40/g, '@');
}

export function entityTarget(key: string): KeyTarget {
  return { source: ENTITY_SOURCE_PREFIX + encodeKey(key), 'corroborate:key': key };
}

export function conflictTarget(conflictId: string): KeyTarget {
  return { source: CONFLICT_SOURCE_PREFIX + encodeKey(conflictId), 'corroborate:key': conflictId };
}

export function isPassageTarget(t: Annotation['target']): t is PassageTarget {
  return Array.isArray((t as PassageTarget).selector);
}

export function kindOf(a: Annotation): AnnotationKind {
  if (isPassageTarget(a.target)) return 'passage';
  return a.target.source.startsWith(CONFLICT_SOURCE_PREFIX) ? 'review' : 'entity';
}

/** Why a key target is malformed (source and key disagree, unknown prefix), or undefined. */
export function keyTargetProblem(t: KeyTarget): string | undefined {
  const key = t['corroborate:key'];
  const problem = keyProblem(key);
  if (problem) return problem;
  const expected = t.source.startsWith(CONFLICT_SOURCE_PREFIX) ? conflictTarget(key) : entityTarget(key);
  if (!t.source.startsWith(CONFLICT_SOURCE_PREFIX) && !t.source.startsWith(ENTITY_SOURCE_PREFIX)) {
    return `target source '${t.source}' is neither ${ENTITY_SOURCE_PREFIX}… nor ${CONFLICT_SOURCE_PREFIX}…`;
  }
  if (expected.source !== t.source) return `target source '${t.source}' does not match corroborate:key '${key}' (expected '${expected.source}')`;
  return undefined;
}
