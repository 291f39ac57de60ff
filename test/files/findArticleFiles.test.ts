import { strict as assert } from 'assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { DEFAULT_FILTER, findArticleFiles } from '../../server/src/files/findArticleFiles';

describe('findArticleFiles', () => {
  let root: string;
  const write = (rel: string, text = 'x\n') => {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  };
  const rel = (files: string[]) => files.map((f) => path.relative(root, f).split(path.sep).join('/'));

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'corroborate-walk-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('one walk: articles in order, .gitignore files applied (root and nested), never listed', async () => {
    write('.gitignore', 'drafts/\n');
    write('drafts/a.txt');
    write('news/.gitignore', 'old-*.txt\n');
    write('news/old-1.txt');
    write('news/b.md');
    write('a.news');
    write('.hidden/c.txt');
    const found = await findArticleFiles(root, DEFAULT_FILTER);
    assert.deepEqual(rel(found.files), ['a.news', 'news/b.md']);
    assert.equal(found.truncated, false);
    assert.equal(found.gitignored('drafts/z.txt'), true);
    assert.equal(found.gitignored('news/old-2.txt'), true);
    assert.equal(found.gitignored('news/new.txt'), false);
  });

  it('a .gitignore inside an included hidden folder still applies', async () => {
    write('.drafts/.gitignore', 'secret*.txt\n');
    write('.drafts/secret1.txt');
    write('.drafts/open.txt');
    const found = await findArticleFiles(root, { include: ['.drafts/**/*.txt'], exclude: [] });
    assert.deepEqual(rel(found.files), ['.drafts/open.txt']);
  });

  it('maxFiles counts articles only', async () => {
    write('.gitignore', '*.log\n');
    for (const n of ['1', '2', '3']) write(`${n}.txt`);
    const found = await findArticleFiles(root, DEFAULT_FILTER, 2);
    assert.deepEqual(rel(found.files), ['1.txt', '2.txt']);
    assert.equal(found.truncated, true);
  });
});
