import { strict as assert } from 'assert';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync, existsSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  AnnotationInputError, createEntityNote, createPassageAnnotation, createReview, editAnnotation, formatLine, type Annotation,
} from '../../server/src/core/annotations';
import { AnnotationFileError, AnnotationStore, newAnnotationId } from '../../server/src/files/annotationStore';

const note = (text: string, key = 'person:cinyonksunk', now: Date | string = new Date()): Annotation =>
  createEntityNote({ key, note: text, now, id: newAnnotationId() });

describe('annotations: the store', () => {
  let folder: string;
  let file: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'corroborate-store-'));
    file = path.join(folder, '.corroborate', 'annotations.jsonl');
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('a workspace without the file loads empty and creates nothing', async () => {
    const store = new AnnotationStore(folder);
    assert.deepEqual(await store.load(), { annotations: [], errors: [] });
    assert.equal(existsSync(path.join(folder, '.corroborate')), false);
  });

  it('add, update, remove; the file is sorted JSONL with a .gitignore for locks and temp files', async () => {
    const store = new AnnotationStore(folder);
    const text = 'Gen. Jin Yong-sung said so.';
    const p = createPassageAnnotation({ source: store.sourceFor(path.join(folder, 'articles', '004.txt')), text, start: 0, end: 18, tags: ['needs-check'], now: new Date(), id: newAnnotationId() });
    assert.equal(p.target.source, 'articles/004.txt');
    const e = note('promoted to Gen. in Sept. 2025, per the ministry\'s release');
    const r = createReview({ conflictId: 'person:cinyonksunk|rank', reason: 'ministry release', trustedValue: 'Gen.', now: new Date(), id: newAnnotationId() });
    for (const a of [p, e, r]) assert.deepEqual(await store.add(a), { status: 'added' });
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    assert.deepEqual(lines, [p, e, r].sort((x, y) => (x.id < y.id ? -1 : 1)).map(formatLine));
    assert.equal(readFileSync(path.join(folder, '.corroborate', '.gitignore'), 'utf8'), '*.lock\n*.tmp\n');
    assert.equal(store.notesForEntity('person:cinyonksunk').length, 1);
    assert.equal(store.reviewsByConflict().get('person:cinyonksunk|rank')?.trustedValue, 'Gen.');
    assert.equal(store.annotationsForSource('articles/004.txt').length, 1);

    const edited = editAnnotation(e, { note: 'confirmed', now: new Date(Date.now() + 1000) });
    assert.deepEqual(await store.update(edited), { status: 'updated' });
    assert.deepEqual(await store.remove(r.id), { status: 'removed' });
    const fresh = new AnnotationStore(folder);
    const { annotations } = await fresh.load();
    assert.deepEqual(annotations.map((a) => a.id).sort(), [p.id, e.id].sort());
    assert.equal(fresh.notesForEntity('person:cinyonksunk')[0].body[0].value, 'confirmed');
    assert.deepEqual(readdirSync(path.join(folder, '.corroborate')).sort(), ['.gitignore', 'annotations.jsonl']);
  });

  it('a line of garbage: the valid lines load, the error names the line, and writes are refused', async () => {
    const a = note('one');
    const b = note('two');
    mkdirSync(path.dirname(file));
    const content = `${formatLine(a)}\n\u0000\u00ff garbage {{\n${formatLine(b)}\n`;
    writeFileSync(file, content);
    const store = new AnnotationStore(folder);
    const { annotations, errors } = await store.load();
    assert.deepEqual(annotations.map((x) => x.id), [a.id, b.id]);
    assert.equal(errors.length, 1);
    assert.equal(errors[0].line, 2);
    assert.match(errors[0].message, /^line 2: not valid JSON/);
    await assert.rejects(store.add(note('three')), (e: Error) => e instanceof AnnotationFileError && /line 2/.test(e.message) && /will not change this file/.test(e.message));
    await assert.rejects(store.remove(a.id), AnnotationFileError);
    assert.equal(readFileSync(file, 'utf8'), content, 'the file was modified');
    // Once fixed by hand, writing works again.
    writeFileSync(file, `${formatLine(a)}\n${formatLine(b)}\n`);
    assert.equal((await store.add(note('three'))).status, 'added');
  });

  it('a truncated file (last line cut): earlier lines load, the error names the last line', async () => {
    const anns = [note('one'), note('two'), note('three')].sort((x, y) => (x.id < y.id ? -1 : 1));
    mkdirSync(path.dirname(file));
    const full = anns.map((a) => formatLine(a) + '\n').join('');
    const cut = full.slice(0, full.length - 60);
    writeFileSync(file, cut);
    const store = new AnnotationStore(folder);
    const { annotations, errors } = await store.load();
    assert.deepEqual(annotations.map((a) => a.id), anns.slice(0, 2).map((a) => a.id));
    assert.deepEqual(errors.map((e) => e.line), [3]);
    assert.match(errors[0].message, /^line 3: not valid JSON .*cut off/);
    await assert.rejects(store.add(note('four')), AnnotationFileError);
    assert.equal(readFileSync(file, 'utf8'), cut);
  });

  it('two windows: neither loses a note, a deletion is not undone, the later edit wins', async () => {
    const w1 = new AnnotationStore(folder);
    const w2 = new AnnotationStore(folder);
    const x = note('x', 'person:a', '2025-11-04T09:00:00.000Z');
    await w1.add(x);
    await w2.load();
    await Promise.all([...Array(10)].map((_, i) => (i % 2 ? w1 : w2).add(note(`n${i}`))));
    assert.equal((await new AnnotationStore(folder).load()).annotations.length, 11);

    // w2 deletes x; w1 still holds its old copy and edits it: not resurrected.
    assert.deepEqual(await w2.remove(x.id), { status: 'removed' });
    assert.deepEqual(await w1.update(editAnnotation(x, { note: 'edited', now: '2025-11-04T10:00:00.000Z' })), { status: 'gone' });
    assert.equal(w1.annotations.some((a) => a.id === x.id), false);

    // Two edits of one note: the later `modified` wins whichever is written last.
    const y = note('y', 'person:b', '2025-11-04T09:00:00.000Z');
    await w1.add(y);
    await w2.load();
    const late = editAnnotation(y, { note: 'late', now: '2025-11-04T11:00:00.000Z' });
    const early = editAnnotation(y, { note: 'early', now: '2025-11-04T10:00:00.000Z' });
    await w1.update(late);
    const res = await w2.update(early);
    assert.equal(res.status, 'kept-newer');
    assert.equal(w2.notesForEntity('person:b')[0].body[0].value, 'late');

    // w2 saw y before the late edit: its delete does not remove an edit it never saw.
    const w3 = new AnnotationStore(folder);
    await w3.load();
    await w1.update(editAnnotation(late, { note: 'later still', now: '2025-11-04T12:00:00.000Z' }));
    assert.equal((await w3.remove(y.id)).status, 'changed');
    assert.equal((await w3.remove(y.id)).status, 'removed'); // now it has seen it
  });

  it('targets outside the workspace are refused', async () => {
    const store = new AnnotationStore(folder);
    const good = createPassageAnnotation({ source: 'a.txt', text: 'hello world', start: 0, end: 5, note: 'n', now: new Date(), id: newAnnotationId() });
    for (const source of ['../outside.txt', '/etc/passwd', 'C:/Windows/x.txt', 'https://example.com/a.txt', 'a/../../b.txt']) {
      const bad = { ...good, id: newAnnotationId(), target: { ...good.target, source } };
      await assert.rejects(store.add(bad), (e: Error) => e instanceof AnnotationInputError, source);
    }
    assert.throws(() => store.sourceFor(path.join(path.dirname(folder), 'elsewhere.txt')), /outside the workspace/);
    assert.throws(() => store.sourceFor(pathToFileURL('/etc/passwd').href), /outside the workspace/);
    assert.throws(() => store.sourceFor('untitled:Untitled-1'), /not a file in the workspace/);
    assert.equal(store.sourceFor(pathToFileURL(path.join(folder, 'sub dir', 'ä.txt')).href), 'sub dir/ä.txt');
    assert.equal(store.sourceFor('x/./y.txt'), 'x/y.txt');
    assert.equal(existsSync(file), false);
  });

  it('a .corroborate that is a symbolic link is not written through', async () => {
    const outside = mkdtempSync(path.join(os.tmpdir(), 'corroborate-outside-'));
    try {
      symlinkSync(outside, path.join(folder, '.corroborate'));
      const store = new AnnotationStore(folder);
      await assert.rejects(store.add(note('x')), /symbolic link/);
      assert.deepEqual(readdirSync(outside), []);
      assert.match((await store.load()).errors[0].message, /symbolic link/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('read-only (Restricted Mode) never writes', async () => {
    const store = new AnnotationStore(folder, { readOnly: true });
    await assert.rejects(store.add(note('x')), /read-only/);
    assert.equal(existsSync(path.join(folder, '.corroborate')), false);
  });

  it('a live lock makes a change wait, then fail with a clear message; an old lock is broken', async () => {
    mkdirSync(path.dirname(file));
    const lock = file + '.lock';
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: os.hostname(), nonce: 'someone-else' }));
    const store = new AnnotationStore(folder, { lockTimeoutMs: 300 });
    await assert.rejects(store.add(note('x')), /being written by process \d+ .*delete .*annotations\.jsonl\.lock/);
    assert.equal(existsSync(file), false);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    assert.equal((await store.add(note('x'))).status, 'added');
    assert.equal(existsSync(lock), false);
  });

  it('a lock left by a dead process is broken at once', async () => {
    mkdirSync(path.dirname(file));
    // A pid that is almost certainly not running.
    writeFileSync(file + '.lock', JSON.stringify({ pid: 2 ** 22 - 7, host: os.hostname(), nonce: 'dead' }));
    const t0 = Date.now();
    assert.equal((await new AnnotationStore(folder, { lockTimeoutMs: 5000 }).add(note('x'))).status, 'added');
    assert.ok(Date.now() - t0 < 2000);
  });
});
