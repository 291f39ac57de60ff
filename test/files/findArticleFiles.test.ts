import { strict as assert } from 'assert';
import { mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import picomatch from 'picomatch';
import { DEFAULT_FILTER, findArticleFiles, findArticleFilesSync, gitignoreTest, globTest } from '../../server/src/files/findArticleFiles';

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
    assert.deepEqual(found.gitignores, [['', 'drafts/\n'], ['news', 'old-*.txt\n']]);
    const gitignored = gitignoreTest(found.gitignores);
    assert.equal(gitignored('drafts/z.txt'), true);
    assert.equal(gitignored('news/old-2.txt'), true);
    assert.equal(gitignored('news/new.txt'), false);
    assert.equal(found.stamps, undefined, 'no stats unless asked for');
  });

  it('with stat: each file\'s modification time and size, in the order of the files', async () => {
    write('a.txt', 'four');
    write('b.txt', 'seven!!');
    const found = await findArticleFiles(root, DEFAULT_FILTER, undefined, { stat: true });
    assert.deepEqual(rel(found.files), ['a.txt', 'b.txt']);
    const st = statSync(path.join(root, 'a.txt'));
    assert.deepEqual(found.stamps, [st.mtimeMs, 4, statSync(path.join(root, 'b.txt')).mtimeMs, 7]);
  });

  it('with stat on a large folder: the same stamps, in the order of the files', async () => {
    const names = Array.from({ length: 2100 }, (_, i) => `d${i % 7}/f${String(i).padStart(4, '0')}.txt`);
    names.forEach((n, i) => write(n, 'x'.repeat(i % 50)));
    const found = await findArticleFiles(root, DEFAULT_FILTER, undefined, { stat: true });
    assert.equal(found.files.length, 2100);
    assert.equal(found.stamps!.length, 4200);
    found.files.forEach((f, i) => {
      const st = statSync(f);
      assert.equal(found.stamps![2 * i], st.mtimeMs, f);
      assert.equal(found.stamps![2 * i + 1], st.size, f);
    });
    // Sizes follow the files, not the order they were written in.
    assert.equal(found.stamps![1], 0);
    assert.equal(rel(found.files)[1], 'd0/f0007.txt');
    assert.equal(found.stamps![3], 7);
  });

  it('a .gitignore inside an included hidden folder still applies', async () => {
    write('.drafts/.gitignore', 'secret*.txt\n');
    write('.drafts/secret1.txt');
    write('.drafts/open.txt');
    const found = await findArticleFiles(root, { include: ['.drafts/**/*.txt'], exclude: [] });
    assert.deepEqual(rel(found.files), ['.drafts/open.txt']);
  });

  it('an exclude "X/**" leaves out the folder; other excludes are tested file by file; links are not followed', async () => {
    write('archive/2019/a.txt');
    write('archive/.gitignore', '*.bak\n'); // read only if the walk entered archive/
    write('notes/.gitignore', '*.bak\n');
    write('LICENSES/b.txt');
    write('LICENSE.txt');
    write('notes/.hidden.txt');
    write('notes/c.md');
    symlinkSync(path.join(root, 'notes'), path.join(root, 'linked'));
    symlinkSync(path.join(root, 'notes', 'c.md'), path.join(root, 'd.md'));
    const found = await findArticleFiles(root, { include: DEFAULT_FILTER.include, exclude: ['archive/**', '**/LICENSE*'] });
    assert.deepEqual(rel(found.files), ['LICENSES/b.txt', 'notes/c.md']);
    // The pruned folder was never entered: its .gitignore was not read, while notes/'s was.
    assert.deepEqual(found.gitignores.map(([dir]) => dir), ['notes']);
  });

  it('the blocking walk (the walk worker\'s) finds the same files, .gitignore files and stamps', async () => {
    write('.gitignore', 'drafts/\n');
    write('drafts/a.txt');
    write('news/.gitignore', 'old-*.txt\n');
    write('news/old-1.txt');
    write('news/b.md', 'bee');
    write('a.news', 'a');
    write('archive/x.txt');
    const filter = { include: DEFAULT_FILTER.include, exclude: ['archive/**'] };
    const sync = findArticleFilesSync(root, filter, undefined, { stat: true });
    assert.deepEqual(rel(sync.files), ['a.news', 'news/b.md']);
    assert.deepEqual(sync.stamps, [statSync(path.join(root, 'a.news')).mtimeMs, 1, statSync(path.join(root, 'news/b.md')).mtimeMs, 3]);
    assert.deepEqual(sync, await findArticleFiles(root, filter, undefined, { stat: true }));
    assert.equal(findArticleFilesSync(root, filter, 1).truncated, true);
  });

  it('a glob with its literal parts checked first decides as picomatch does, on every path', () => {
    const patterns = [
      ...DEFAULT_FILTER.include, ...DEFAULT_FILTER.exclude, 'archive/**', '**/drafts/*.md', 'news/2025-*/**', '*.txt', '**/[ab]*.md',
      '**/*.{md,txt}', '!**/x.md', './a/*.txt', '**/?eadme.md', '**/@(a|b).md', '**/+(x).txt', '"b".md', 'a/**/b/*.news',
      '**/.hidden/**', '**/[[:alpha:]]1.txt', 'a[b/*.txt', '**/out', '**/*.MD', 'notes/**/*', '**/!(x).md', '**/a\\*.md',
    ];
    const segments = ['a', 'b', 'x', 'out', 'dist', 'node_modules', '.git', '.hidden', 'drafts', 'news', '2025-11', 'archive', 'notes', 'a[b', '*'];
    const names = ['x.md', 'a.md', 'b.md', 'README.md', 'Readme.md', 'readme.md', 'LICENSE', 'LICENSE.txt', 'a1.txt', 'x.txt', 'z.news', '.x.md', 'X.MD', 'out', 'a*.md', '1.txt'];
    let checked = 0;
    for (const pattern of patterns) {
      for (const dot of [false, true]) {
        const re = picomatch.makeRe(pattern, { dot });
        const test = globTest(pattern, dot);
        const paths: string[] = [];
        for (const name of names) {
          paths.push(name);
          for (const s1 of segments) {
            paths.push(`${s1}/${name}`, s1);
            for (const s2 of segments) paths.push(`${s1}/${s2}/${name}`);
          }
        }
        for (const p of paths) {
          assert.equal(test(p), re.test(p), `${pattern} (dot: ${dot}) on ${p}`);
          checked++;
        }
      }
    }
    assert.ok(checked > 100_000, `${checked}`);
  });

  it('maxFiles counts articles only', async () => {
    write('.gitignore', '*.log\n');
    for (const n of ['1', '2', '3']) write(`${n}.txt`);
    const found = await findArticleFiles(root, DEFAULT_FILTER, 2);
    assert.deepEqual(rel(found.files), ['1.txt', '2.txt']);
    assert.equal(found.truncated, true);
  });
});
