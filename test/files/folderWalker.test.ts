// The folder walk as the server makes it: on the built walk worker's thread, the one the
// launcher started early when there is one, and on this thread when the worker is gone.

import { strict as assert } from 'assert';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { FolderWalker } from '../../server/src/files/folderWalker';
import { startWalkWorkerEarly, takeEarlyWalkWorker } from '../../server/src/files/earlyWalkWorker';
import { DEFAULT_FILTER, findArticleFiles } from '../../server/src/files/findArticleFiles';

const WORKER = path.resolve(__dirname, '../../server/out/walkWorker.js');

describe('FolderWalker (the walk worker)', () => {
  let root: string;
  const write = (rel: string, text = 'x\n') => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  };

  before(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'corroborate-walker-'));
    write('.gitignore', 'drafts/\n');
    write('drafts/a.txt');
    write('news/b.md', 'bee\n');
    write('news/README.md');
    write('c.news', 'sea');
    write('out/d.txt');
    for (let i = 0; i < 300; i++) write(`bulk/${String(i).padStart(3, '0')}.txt`, 'y'.repeat(i));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('finds on the worker thread what the walk here finds: files, .gitignore files and stamps', async () => {
    const walker = new FolderWalker(WORKER);
    try {
      const found = await walker.walk(root, DEFAULT_FILTER, undefined, { stat: true });
      assert.equal(found.files.length, 302);
      assert.deepEqual(found.files.slice(-2), [path.join(root, 'c.news'), path.join(root, 'news/b.md')]);
      assert.deepEqual(found.stamps!.slice(-4), [statSync(path.join(root, 'c.news')).mtimeMs, 3, statSync(path.join(root, 'news/b.md')).mtimeMs, 4]);
      assert.deepEqual(found.gitignores, [['', 'drafts/\n']]);
      assert.deepEqual(found, await findArticleFiles(root, DEFAULT_FILTER, undefined, { stat: true }));
      // Walks asked for together are each answered with their own folder's files.
      const [all, some] = await Promise.all([walker.walk(root, DEFAULT_FILTER), walker.walk(path.join(root, 'news'), DEFAULT_FILTER, 5)]);
      assert.equal(all.files.length, 302);
      assert.deepEqual(some.files, [path.join(root, 'news/b.md')]);
    } finally {
      walker.dispose();
    }
  });

  it('adopts the worker the launcher started, once', async () => {
    startWalkWorkerEarly(WORKER);
    const early = takeEarlyWalkWorker();
    assert.ok(early instanceof Worker);
    assert.equal(takeEarlyWalkWorker(), undefined, 'taken once');
    await early.terminate();
    startWalkWorkerEarly(path.join(root, 'no-such-worker.js'));
    assert.equal(takeEarlyWalkWorker(), undefined, 'no script, no worker');
  });

  it('walks on this thread when the worker stops, or there is none', async () => {
    const walker = new FolderWalker(WORKER);
    const pending = walker.walk(root, DEFAULT_FILTER);
    walker.dispose(); // the worker is terminated with the walk owed
    assert.equal((await pending).files.length, 302);
    const none = new FolderWalker(path.join(root, 'no-such-worker.js'));
    const found = await none.walk(root, { include: ['**/*.md'], exclude: [] });
    assert.deepEqual(found.files, [path.join(root, 'news/README.md'), path.join(root, 'news/b.md')]);
  });

  it('reports a folder that cannot be walked as the walk here does: no files', async () => {
    const walker = new FolderWalker(WORKER);
    try {
      const found = await walker.walk(path.join(root, 'missing'), DEFAULT_FILTER, undefined, { stat: true });
      assert.deepEqual(found, { files: [], truncated: false, gitignores: [], stamps: [] });
    } finally {
      walker.dispose();
    }
  });
});
