import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readArticleFile, readArticleFileSync } from '../../server/src/files/readArticleFile';

describe('readArticleFileSync (what analysis workers read)', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'corroborate-read-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads UTF-8 without its BOM, with the size and modification time the cache keys on', () => {
    const file = path.join(dir, 'bom.txt');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Seoul — 서울 Lt. Gen. Jin Yong-sung\r\n')]));
    const r = readArticleFileSync(file);
    assert.ok('text' in r);
    assert.equal(r.text, 'Seoul — 서울 Lt. Gen. Jin Yong-sung\r\n');
    assert.equal(r.size, 3 + Buffer.byteLength('Seoul — 서울 Lt. Gen. Jin Yong-sung\r\n'));
    assert.equal(typeof r.mtimeMs, 'number');
    // The same decoder serves the next file: its BOM is dropped too, and nothing carries over.
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Second')]));
    const next = readArticleFileSync(file);
    assert.ok('text' in next);
    assert.equal(next.text, 'Second');
    assert.equal(next.size, 9);
  });

  it('agrees with the promise-based reader on UTF-16, Windows-1252 and binary files', async () => {
    const cases: [string, Buffer][] = [
      ['utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hegseth met Ahn', 'utf16le')])],
      ['latin.txt', Buffer.from(Array.from({ length: 40 }, () => [0x43, 0x61, 0x66, 0xe9, 0x20]).flat())],
      ['photo.jpg.txt', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46])],
      ['empty.txt', Buffer.alloc(0)],
    ];
    for (const [name, bytes] of cases) {
      const file = path.join(dir, name);
      writeFileSync(file, bytes);
      const { mtimeMs: _m, size: _s, ...sync } = readArticleFileSync(file);
      assert.deepEqual(sync, await readArticleFile(file), name);
    }
    assert.deepEqual(await readArticleFile(path.join(dir, 'utf16.txt')), { text: 'Hegseth met Ahn' });
    assert.deepEqual(await readArticleFile(path.join(dir, 'latin.txt')), { text: 'Café '.repeat(40) });
    assert.deepEqual(await readArticleFile(path.join(dir, 'photo.jpg.txt')), { skipped: 'binary file (contains NUL bytes)' });
    assert.deepEqual(await readArticleFile(path.join(dir, 'empty.txt')), { text: '' });
  });

  it('refuses a folder, a named pipe (without waiting for a writer) and a missing file, with reasons', () => {
    const folder = path.join(dir, 'folder.txt');
    mkdirSync(folder);
    assert.deepEqual(readArticleFileSync(folder), { skipped: 'not a regular file' });
    const fifo = path.join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    assert.deepEqual(readArticleFileSync(fifo), { skipped: 'not a regular file' });
    assert.deepEqual(readArticleFileSync(path.join(dir, 'gone.txt')), { skipped: 'deleted before it could be read' });
  });
});
