// Building and editing annotations. Pure: the caller supplies the id (`urn:uuid:…`) and the
// clock, so the same input always gives the same object. Bad input throws
// AnnotationInputError with a message fit for the user.

import {
  ANNO_CONTEXT, CONTEXT_CHARS, UUID_URN,
  type Annotation, type Motivation, type PassageTarget, type TextualBody,
} from './model';
import { canonicalRelativeSource, conflictTarget, entityTarget, keyProblem, kindOf, relativeSourceProblem } from './targets';
import { contextEnd, contextStart } from './text';

export const MAX_NOTE_LENGTH = 100_000;
export const MAX_QUOTE_LENGTH = 20_000;
export const MAX_TAG_LENGTH = 64;

export class AnnotationInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnnotationInputError';
  }
}

export interface PassageInput {
  /** Workspace-relative path of the article, `/` separators. */
  source: string;
  /** The article's current text; offsets are UTF-16 code units into it. */
  text: string;
  start: number;
  end: number;
  note?: string;
  tags?: string[];
  now: Date | string;
  id: string;
}

export function createPassageAnnotation(input: PassageInput): Annotation {
  const problem = relativeSourceProblem(input.source);
  if (problem) throw new AnnotationInputError(problem);
  const { text, start, end } = input;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new AnnotationInputError(`the passage ${start}–${end} is not a non-empty range inside the text (length ${text.length})`);
  }
  if (end - start > MAX_QUOTE_LENGTH) throw new AnnotationInputError(`the passage is longer than ${MAX_QUOTE_LENGTH} characters; annotate a shorter part`);
  const body = bodies(input.note, input.tags);
  if (!body.length) throw new AnnotationInputError('a passage annotation needs a note or a tag');
  const target: PassageTarget = {
    source: canonicalRelativeSource(input.source),
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: text.slice(start, end),
        prefix: text.slice(contextStart(text, start, CONTEXT_CHARS), start),
        suffix: text.slice(end, contextEnd(text, end, CONTEXT_CHARS)),
      },
      { type: 'TextPositionSelector', start, end },
    ],
  };
  return envelope(input.id, input.note?.trim() ? 'commenting' : 'tagging', input.now, body, target);
}

export function createEntityNote(input: { key: string; note: string; now: Date | string; id: string }): Annotation {
  const problem = keyProblem(input.key);
  if (problem) throw new AnnotationInputError(`entity ${problem}`);
  const body = bodies(input.note, undefined);
  if (!body.length) throw new AnnotationInputError('the note is empty');
  return envelope(input.id, 'commenting', input.now, body, entityTarget(input.key));
}

/** "Reviewed": the conflict stops warning but stays listed, with the reason and the trusted value. */
export function createReview(input: { conflictId: string; reason: string; trustedValue?: string; now: Date | string; id: string }): Annotation {
  const problem = keyProblem(input.conflictId);
  if (problem) throw new AnnotationInputError(`conflict id: ${problem}`);
  const a = envelope(input.id, 'assessing', input.now, [textBody('assessing', checkedText(input.reason, 'the reason'))], conflictTarget(input.conflictId));
  return withTrusted(a, input.trustedValue);
}

export interface AnnotationEdit {
  now: Date | string;
  /** Passage and entity notes; '' removes a passage's note. */
  note?: string;
  /** Passage tags; replaces the list. */
  tags?: string[];
  /** Reviews. */
  reason?: string;
  /** Reviews; '' removes the trusted value. */
  trustedValue?: string;
}

/** A copy with the edit applied and `modified` set to `now`; id, created and target are kept. */
export function editAnnotation(a: Annotation, edit: AnnotationEdit): Annotation {
  const kind = kindOf(a);
  const old = { note: bodyValues(a, 'commenting')[0], tags: bodyValues(a, 'tagging') };
  let next: Annotation;
  if (kind === 'review') {
    const reason = edit.reason ?? bodyValues(a, 'assessing')[0] ?? '';
    next = { ...a, body: [textBody('assessing', checkedText(reason, 'the reason'))] };
    next = withTrusted(next, edit.trustedValue ?? a['corroborate:trustedValue']);
  } else {
    const note = edit.note ?? old.note;
    const tags = kind === 'passage' ? edit.tags ?? old.tags : undefined;
    const body = bodies(note, tags);
    if (!body.length) throw new AnnotationInputError(kind === 'passage' ? 'a passage annotation needs a note or a tag (remove it instead)' : 'the note is empty (remove it instead)');
    next = { ...a, body, motivation: note?.trim() ? 'commenting' : 'tagging' };
  }
  next.modified = timestamp(edit.now);
  if (Date.parse(next.modified) < Date.parse(a.created)) throw new AnnotationInputError('the edit is dated before the annotation was created');
  return next;
}

/** Body values with a given purpose, in order (the note, the tags, the review's reason). */
export function bodyValues(a: Annotation, purpose: Motivation): string[] {
  return a.body.filter((b) => (b.purpose ?? a.motivation) === purpose).map((b) => b.value);
}

function envelope(id: string, motivation: Motivation, now: Date | string, body: TextualBody[], target: Annotation['target']): Annotation {
  if (!UUID_URN.test(id)) throw new AnnotationInputError(`'${id}' is not a urn:uuid: id`);
  const t = timestamp(now);
  return { '@context': ANNO_CONTEXT, id, type: 'Annotation', motivation, created: t, modified: t, body, target };
}

function withTrusted(a: Annotation, trusted: string | undefined): Annotation {
  const { 'corroborate:trustedValue': _drop, ...rest } = a;
  if (trusted === undefined || trusted.trim() === '') return rest as Annotation;
  return { ...rest, 'corroborate:trustedValue': checkedText(trusted, 'the trusted value', 1000) } as Annotation;
}

function bodies(note: string | undefined, tags: string[] | undefined): TextualBody[] {
  const out: TextualBody[] = [];
  if (note !== undefined && note.trim() !== '') out.push(textBody('commenting', checkedText(note, 'the note')));
  const seen = new Set<string>();
  for (const raw of tags ?? []) {
    const tag = raw.trim();
    if (!tag || seen.has(tag)) continue;
    if (tag.length > MAX_TAG_LENGTH || /[\u0000-\u001f]/.test(tag)) throw new AnnotationInputError(`'${tag.slice(0, 80)}' is not a tag (one line, at most ${MAX_TAG_LENGTH} characters)`);
    seen.add(tag);
    out.push(textBody('tagging', tag));
  }
  return out;
}

function textBody(purpose: Motivation, value: string): TextualBody {
  return { type: 'TextualBody', purpose, format: 'text/plain', value };
}

function checkedText(s: string, what: string, max = MAX_NOTE_LENGTH): string {
  if (typeof s !== 'string' || s.trim() === '') throw new AnnotationInputError(`${what} is empty`);
  if (s.length > max) throw new AnnotationInputError(`${what} is longer than ${max} characters`);
  return s;
}

function timestamp(now: Date | string): string {
  const ms = now instanceof Date ? now.getTime() : Date.parse(now);
  if (!Number.isFinite(ms)) throw new AnnotationInputError(`'${String(now)}' is not a time`);
  return new Date(ms).toISOString();
}
