// Checking one parsed JSON value from the sidecar file. The file is meant to be read and
// occasionally hand-edited, so every message names the field at fault. Properties we do not
// know are kept (a newer Corroborate, or a person, may have added them).

import {
  ANNO_CONTEXT, UUID_URN,
  type Annotation, type KeyTarget, type Motivation, type PassageTarget, type TextPositionSelector, type TextQuoteSelector, type TextualBody,
} from './model';
import { keyTargetProblem, kindOf, relativeSourceProblem } from './targets';

const MOTIVATIONS: Motivation[] = ['commenting', 'tagging', 'assessing'];

export type Checked = { annotation: Annotation } | { error: string };

export function checkAnnotation(value: unknown): Checked {
  try {
    return { annotation: check(value) };
  } catch (e) {
    if (e instanceof Invalid) return { error: e.message };
    throw e;
  }
}

class Invalid extends Error {}

function fail(msg: string): never {
  throw new Invalid(msg);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(o: Record<string, unknown>, k: string, where: string): string {
  const v = o[k];
  if (typeof v !== 'string') fail(`${where}${k} must be a string`);
  return v;
}

function time(o: Record<string, unknown>, k: string): string {
  const v = str(o, k, '');
  if (!/^\d{4}-\d\d-\d\dT/.test(v) || !Number.isFinite(Date.parse(v))) fail(`${k} '${v}' is not an ISO 8601 date-time`);
  return v;
}

function check(v: unknown): Annotation {
  if (!isObject(v)) fail('not a JSON object');
  if (v['@context'] !== ANNO_CONTEXT) fail(`@context must be "${ANNO_CONTEXT}"`);
  const id = str(v, 'id', '');
  if (!UUID_URN.test(id)) fail(`id '${id}' is not a lowercase urn:uuid:…`);
  if (v.type !== 'Annotation') fail('type must be "Annotation"');
  const motivation = v.motivation as Motivation;
  if (!MOTIVATIONS.includes(motivation)) fail(`motivation must be one of ${MOTIVATIONS.join(', ')}`);
  const created = time(v, 'created');
  const modified = time(v, 'modified');
  // W3C allows a single body object; we always write an array.
  const rawBodies = Array.isArray(v.body) ? v.body : v.body === undefined ? [] : [v.body];
  if (!rawBodies.length) fail('body is missing');
  const body = rawBodies.map((b, i) => checkBody(b, `body[${i}].`));
  if (!isObject(v.target)) fail('target must be an object');
  const target = 'selector' in v.target ? checkPassageTarget(v.target) : checkKeyTarget(v.target);
  const a: Annotation = { ...v, '@context': ANNO_CONTEXT, id, type: 'Annotation', motivation, created, modified, body, target };
  const trusted = v['corroborate:trustedValue'];
  if (trusted !== undefined && typeof trusted !== 'string') fail('corroborate:trustedValue must be a string');
  const kind = kindOf(a);
  if (kind === 'review' && motivation !== 'assessing') fail('a review (a corroborate:conflict/ target) must have motivation "assessing"');
  if (kind !== 'review' && trusted !== undefined) fail('only reviews carry corroborate:trustedValue');
  return a;
}

function checkBody(b: unknown, where: string): TextualBody {
  if (!isObject(b)) fail(`${where.slice(0, -1)} must be an object`);
  if (b.type !== 'TextualBody') fail(`${where}type must be "TextualBody"`);
  const value = str(b, 'value', where);
  if (b.format !== undefined && b.format !== 'text/plain') fail(`${where}format must be "text/plain"`);
  if (b.purpose !== undefined && !MOTIVATIONS.includes(b.purpose as Motivation)) fail(`${where}purpose must be one of ${MOTIVATIONS.join(', ')}`);
  return { ...b, type: 'TextualBody', format: 'text/plain', value } as TextualBody;
}

function checkPassageTarget(t: Record<string, unknown>): PassageTarget {
  const source = str(t, 'source', 'target.');
  const problem = relativeSourceProblem(source);
  if (problem) fail(`target.source: ${problem}`);
  if (!Array.isArray(t.selector)) fail('target.selector must be an array');
  let quote: TextQuoteSelector | undefined;
  let position: TextPositionSelector | undefined;
  for (const s of t.selector) {
    if (!isObject(s)) fail('target.selector holds a non-object');
    if (s.type === 'TextQuoteSelector') {
      const exact = str(s, 'exact', 'TextQuoteSelector.');
      if (!exact) fail('TextQuoteSelector.exact is empty');
      for (const k of ['prefix', 'suffix']) if (s[k] !== undefined) str(s, k, 'TextQuoteSelector.');
      quote = { ...s, type: 'TextQuoteSelector', exact, prefix: (s.prefix as string) ?? '', suffix: (s.suffix as string) ?? '' };
    } else if (s.type === 'TextPositionSelector') {
      const { start, end } = s;
      if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) < (start as number)) {
        fail('TextPositionSelector needs integers 0 ≤ start ≤ end');
      }
      position = { ...s, type: 'TextPositionSelector', start: start as number, end: end as number };
    }
  }
  if (!quote) fail('target.selector has no TextQuoteSelector');
  if (!position) fail('target.selector has no TextPositionSelector');
  return { ...t, source, selector: [quote, position] };
}

function checkKeyTarget(t: Record<string, unknown>): KeyTarget {
  const source = str(t, 'source', 'target.');
  const key = str(t, 'corroborate:key', 'target.');
  const kt: KeyTarget = { ...t, source, 'corroborate:key': key };
  const problem = keyTargetProblem(kt);
  if (problem) fail(problem);
  return kt;
}
