import { strict as assert } from 'assert';
import {
  AnnotationInputError, checkAnnotation, createEntityNote, createPassageAnnotation, createReview, editAnnotation,
  formatFile, formatLine, kindOf, mergeOperation, notesForEntity, noteOf, parseFile, relativeSourceProblem, reviewsByConflict, tagsOf,
  type Annotation,
} from '../../server/src/core/annotations';

const id = (n: number) => `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const T0 = '2025-11-04T09:00:00.000Z';
const T1 = '2025-11-04T10:00:00.000Z';
const TEXT = 'Seoul, Nov 3 -- Joint Chiefs of Staff Chairman Gen. Jin Yong-sung said the allies were ready.';

function passage(n = 1): Annotation {
  const start = TEXT.indexOf('Gen. Jin');
  return createPassageAnnotation({ source: 'articles/004.txt', text: TEXT, start, end: start + 'Gen. Jin Yong-sung'.length, note: 'Rank per the ministry', tags: ['claim'], now: T0, id: id(n) });
}

describe('annotations: creating', () => {
  it('a passage note is a W3C Web Annotation with quote and position selectors', () => {
    const a = passage();
    assert.deepEqual(a, {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: id(1),
      type: 'Annotation',
      motivation: 'commenting',
      created: T0,
      modified: T0,
      body: [
        { type: 'TextualBody', purpose: 'commenting', format: 'text/plain', value: 'Rank per the ministry' },
        { type: 'TextualBody', purpose: 'tagging', format: 'text/plain', value: 'claim' },
      ],
      target: {
        source: 'articles/004.txt',
        selector: [
          { type: 'TextQuoteSelector', exact: 'Gen. Jin Yong-sung', prefix: 'Nov 3 -- Joint Chiefs of Staff Chairman '.slice(-32), suffix: ' said the allies were ready.' },
          { type: 'TextPositionSelector', start: 47, end: 65 },
        ],
      },
    });
    assert.equal(kindOf(a), 'passage');
    assert.equal(noteOf(a), 'Rank per the ministry');
    assert.deepEqual(tagsOf(a), ['claim']);
  });

  it('a tag-only passage annotation has motivation tagging; tags are trimmed and deduplicated', () => {
    const a = createPassageAnnotation({ source: 'a.txt', text: TEXT, start: 0, end: 5, tags: [' needs-check ', 'needs-check', ''], now: T0, id: id(2) });
    assert.equal(a.motivation, 'tagging');
    assert.deepEqual(tagsOf(a), ['needs-check']);
  });

  it('an entity note targets the entity key (an IRI plus the key verbatim)', () => {
    const a = createEntityNote({ key: 'person:cinyonksunk', note: 'Jin Yong-sung: promoted to Gen. in Sept. 2025, per the ministry\'s release', now: T0, id: id(3) });
    assert.deepEqual(a.target, { source: 'corroborate:entity/person:cinyonksunk', 'corroborate:key': 'person:cinyonksunk' });
    assert.equal(kindOf(a), 'entity');
    const odd = createEntityNote({ key: 'meeting:scm#57 / x', note: 'n', now: T0, id: id(4) });
    assert.equal(odd.target.source, 'corroborate:entity/meeting:scm%2357%20%2F%20x');
  });

  it('a review targets the conflict id, with the reason and the trusted value', () => {
    const a = createReview({ conflictId: 'person:cinyonksunk|rank', reason: 'Promoted in Sept.; 000 predates it', trustedValue: 'Gen.', now: T0, id: id(5) });
    assert.equal(a.motivation, 'assessing');
    assert.deepEqual(a.target, { source: 'corroborate:conflict/person:cinyonksunk%7Crank', 'corroborate:key': 'person:cinyonksunk|rank' });
    assert.equal(a['corroborate:trustedValue'], 'Gen.');
    const r = reviewsByConflict([a]).get('person:cinyonksunk|rank');
    assert.equal(r?.reason, 'Promoted in Sept.; 000 predates it');
    assert.equal(r?.trustedValue, 'Gen.');
    assert.equal(kindOf(createReview({ conflictId: 'x|rank', reason: 'fine', now: T0, id: id(6) })), 'review');
  });

  it('bad input throws AnnotationInputError with a readable message', () => {
    const bad: [() => unknown, RegExp][] = [
      [() => createPassageAnnotation({ source: '../secret.txt', text: TEXT, start: 0, end: 3, note: 'n', now: T0, id: id(1) }), /outside the workspace/],
      [() => createPassageAnnotation({ source: '/etc/passwd', text: TEXT, start: 0, end: 3, note: 'n', now: T0, id: id(1) }), /absolute/],
      [() => createPassageAnnotation({ source: 'a.txt', text: TEXT, start: 5, end: 5, note: 'n', now: T0, id: id(1) }), /non-empty range/],
      [() => createPassageAnnotation({ source: 'a.txt', text: TEXT, start: 0, end: 999, note: 'n', now: T0, id: id(1) }), /inside the text/],
      [() => createPassageAnnotation({ source: 'a.txt', text: TEXT, start: 0, end: 3, note: '  ', now: T0, id: id(1) }), /needs a note or a tag/],
      [() => createPassageAnnotation({ source: 'a.txt', text: TEXT, start: 0, end: 3, note: 'n', now: 'yesterday', id: id(1) }), /not a time/],
      [() => createPassageAnnotation({ source: 'a.txt', text: TEXT, start: 0, end: 3, note: 'n', now: T0, id: 'note-1' }), /urn:uuid/],
      [() => createReview({ conflictId: 'x|rank', reason: '', now: T0, id: id(1) }), /reason is empty/],
      [() => createEntityNote({ key: '', note: 'n', now: T0, id: id(1) }), /key is empty/],
    ];
    for (const [f, re] of bad) assert.throws(f, (e: Error) => e instanceof AnnotationInputError && re.test(e.message), re.source);
  });

  it('workspace-relative sources: what is refused', () => {
    for (const s of ['../a.txt', 'a/../../b.txt', '/abs.txt', 'C:/x.txt', 'C:x.txt', 'a\\..\\b.txt', 'file:///etc/passwd', 'https://example.com/a', '', 'dir/', 'a\u0000b']) {
      assert.ok(relativeSourceProblem(s), `accepted ${JSON.stringify(s)}`);
    }
    for (const s of ['a.txt', 'articles/004_882d.txt', 'x/./y.txt', './notes:2025.txt', 'Ünïcode/기사.txt']) {
      assert.equal(relativeSourceProblem(s), undefined, s);
    }
  });

  it('editing keeps id, created and target, sets modified', () => {
    const a = passage();
    const b = editAnnotation(a, { note: 'Rank per the ministry (checked)', tags: ['verified'], now: T1 });
    assert.equal(b.id, a.id);
    assert.equal(b.created, T0);
    assert.equal(b.modified, T1);
    assert.deepEqual(b.target, a.target);
    assert.deepEqual(tagsOf(b), ['verified']);
    const tagOnly = editAnnotation(b, { note: '', now: T1 });
    assert.equal(tagOnly.motivation, 'tagging');
    const r = createReview({ conflictId: 'x|rank', reason: 'r', trustedValue: 'Gen.', now: T0, id: id(7) });
    assert.equal(editAnnotation(r, { trustedValue: '', now: T1 })['corroborate:trustedValue'], undefined);
    assert.equal(editAnnotation(r, { reason: 'r2', now: T1 })['corroborate:trustedValue'], 'Gen.');
    assert.throws(() => editAnnotation(a, { note: '', tags: [], now: T1 }), /remove it instead/);
  });
});

describe('annotations: the JSONL file format', () => {
  it('one line per annotation, keys in a stable order, sorted by id', () => {
    const anns = [createEntityNote({ key: 'person:x', note: 'two\nlines', now: T0, id: id(9) }), passage(2)];
    const text = formatFile(anns);
    const lines = text.split('\n');
    assert.equal(lines.length, 3);
    assert.equal(lines[2], '');
    assert.ok(lines[0].includes(id(2)) && lines[1].includes(id(9)));
    assert.ok(lines[0].startsWith('{"@context":"http://www.w3.org/ns/anno.jsonld","id":"urn:uuid:'));
    assert.match(lines[0], /"type":"TextualBody","purpose":"commenting","format":"text\/plain","value":/);
    assert.match(lines[0], /"selector":\[\{"type":"TextQuoteSelector","exact":"Gen. Jin Yong-sung","prefix":/);
    assert.match(lines[1], /"value":"two\\nlines"/);
    // Stable: formatting what was parsed gives the same bytes, whatever the input key order.
    const shuffled = lines.slice(0, 2).map((l) => JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(l)).reverse()))).join('\n');
    const parsed = parseFile(shuffled);
    assert.deepEqual(parsed.errors, []);
    assert.equal(formatFile(parsed.annotations), text);
  });

  it('unknown properties survive a round trip', () => {
    const line = formatLine({ ...passage(), creator: { type: 'Person', name: 'K. Lee' } });
    const { annotations } = parseFile(line);
    assert.deepEqual(annotations[0].creator, { type: 'Person', name: 'K. Lee' });
    assert.equal(formatLine(annotations[0]), line);
  });

  it('bad lines are reported by number; the good ones load', () => {
    const good = formatLine(passage(1));
    const review = formatLine(createReview({ conflictId: 'x|rank', reason: 'r', now: T0, id: id(3) }));
    const lines = [
      good,
      'this is not json',
      '',
      JSON.stringify({ ...passage(2), target: { source: '../../etc/passwd', selector: (passage().target as { selector: unknown }).selector } }),
      '<<<<<<< HEAD',
      JSON.stringify({ ...passage(4), id: 'x' }),
      review,
      good,
      review.slice(0, 40),
    ];
    const { annotations, errors } = parseFile(lines.join('\n'));
    assert.deepEqual(annotations.map((a) => a.id), [id(1), id(3)]);
    assert.deepEqual(errors.map((e) => e.line), [2, 4, 5, 6, 8, 9]);
    assert.match(errors[0].message, /^line 2: not valid JSON/);
    assert.match(errors[1].message, /^line 4: target.source: .*outside the workspace/);
    assert.match(errors[2].message, /merge conflict marker/);
    assert.match(errors[3].message, /^line 6: id 'x' is not/);
    assert.match(errors[4].message, /^line 8: id .* is also on line 1/);
    assert.match(errors[5].message, /^line 9: not valid JSON .*cut off/);
  });

  it('checks the W3C shape field by field', () => {
    const base = JSON.parse(formatLine(passage()));
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ '@context': 'x' }, /@context/],
      [{ type: 'Note' }, /type must be "Annotation"/],
      [{ motivation: 'liking' }, /motivation/],
      [{ created: 'Tuesday' }, /created 'Tuesday'/],
      [{ body: [] }, /body is missing/],
      [{ body: [{ type: 'TextualBody' }] }, /body\[0\]\.value/],
      [{ target: 'a.txt' }, /target must be an object/],
      [{ target: { source: 'a.txt', selector: [{ type: 'TextPositionSelector', start: 1, end: 2 }] } }, /no TextQuoteSelector/],
      [{ target: { source: 'corroborate:entity/person:a', 'corroborate:key': 'person:b' } }, /does not match/],
      [{ 'corroborate:trustedValue': 'Gen.' }, /only reviews/],
    ];
    for (const [patch, re] of cases) {
      const c = checkAnnotation({ ...base, ...patch });
      assert.ok('error' in c && re.test(c.error), `${JSON.stringify(patch)} → ${JSON.stringify(c)}`);
    }
    // A single body object (allowed by W3C) is read as a one-element array.
    const single = checkAnnotation({ ...base, body: base.body[0] });
    assert.ok('annotation' in single && single.annotation.body.length === 1);
  });
});

describe('annotations: queries and merging', () => {
  it('notesForEntity and reviewsByConflict', () => {
    const n1 = createEntityNote({ key: 'person:a', note: 'first', now: T0, id: id(20) });
    const n2 = createEntityNote({ key: 'person:a', note: 'second', now: T1, id: id(10) });
    const other = createEntityNote({ key: 'person:b', note: 'x', now: T0, id: id(30) });
    assert.deepEqual(notesForEntity([n2, other, n1], 'person:a').map(noteOf), ['first', 'second']);
    const r1 = createReview({ conflictId: 'person:a|rank', reason: 'old', now: T0, id: id(40) });
    const r2 = createReview({ conflictId: 'person:a|rank', reason: 'new', now: T1, id: id(41) });
    assert.equal(reviewsByConflict([r2, r1]).get('person:a|rank')?.reason, 'new');
  });

  it('mergeOperation: newer modified wins, deletions are not undone, unseen edits are not deleted', () => {
    const a = passage(1);
    const disk = new Map([[a.id, a]]);
    const later = editAnnotation(a, { note: 'later', now: T1 });
    const earlier = editAnnotation(a, { note: 'earlier', now: '2025-11-04T09:30:00.000Z' });
    assert.equal(mergeOperation(disk, { op: 'update', annotation: later }).result.status, 'updated');
    const withLater = new Map([[a.id, later]]);
    assert.deepEqual(mergeOperation(withLater, { op: 'update', annotation: earlier }), { result: { status: 'kept-newer', current: later } });
    assert.deepEqual(mergeOperation(new Map(), { op: 'update', annotation: later }), { result: { status: 'gone' } });
    assert.deepEqual(mergeOperation(withLater, { op: 'remove', id: a.id, seenModified: T0 }), { result: { status: 'changed', current: later } });
    assert.equal(mergeOperation(withLater, { op: 'remove', id: a.id, seenModified: T1 }).next?.size, 0);
    assert.equal(mergeOperation(withLater, { op: 'add', annotation: a }).result.status, 'exists');
  });
});
