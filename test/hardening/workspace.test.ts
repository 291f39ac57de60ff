// Hostile workspaces: many files in deep folders, symlink loops, unreadable files, files
// deleted while indexing, a 100 MB file, a folder renamed while open. Each leaves the
// server with bounded memory, a clear log line and no hang.

import { strict as assert } from 'assert';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync, ftruncateSync } from 'fs';
import * as path from 'path';
import { positionOf } from '../protocol/lspClient';
import { article, fileUri, HardClient, removeDir, tempDir } from './helpers';

/** Every location of Jin Yong-sung, from keep.txt (each article mentions him). */
async function jinReferences(client: HardClient, dir: string): Promise<string[]> {
  const refs = await client.requestWithin<{ uri: string }[] | null>('textDocument/references', {
    textDocument: { uri: fileUri(path.join(dir, 'keep.txt')) }, position: positionOf(article(9000), 'Jin Yong-sung', 0, 1), context: { includeDeclaration: true },
  });
  return [...new Set((refs ?? []).map((r) => r.uri))];
}

async function symbolsIn(client: HardClient, file: string): Promise<unknown[]> {
  return (await client.requestWithin<unknown[] | null>('textDocument/documentSymbol', { textDocument: { uri: fileUri(file) } })) ?? [];
}

/** HARD_FILES=3000 for a shorter run. */
const MANY = Number(process.env.HARD_FILES ?? 10000);
const MEMORY_BOUND_MB = 1024;

describe('hardening: workspace', function () {
  this.timeout(180000);

  it(`${MANY} small files in deep folders: indexed with a log line, bounded memory, still serving`, async () => {
    const dir = tempDir('many');
    const client = new HardClient();
    try {
      for (let i = 0; i < MANY; i++) {
        const sub = path.join(dir, ...String(i).padStart(4, '0').split('').map((d, k) => `d${k}${d}`), 'x'.repeat(8), 'y');
        mkdirSync(sub, { recursive: true });
        writeFileSync(path.join(sub, `n${i}.txt`), `Note ${i}\nPublished: 3 Nov. 2025\n\nGen. Jin Yong-sung met Minister Kim${i} Lee${i} in Seoul.\n`);
      }
      const t0 = Date.now();
      await client.initialize(dir);
      const line = await client.indexed(150000);
      const ms = Date.now() - t0;
      assert.match(line, new RegExp(`^Indexed ${MANY} articles`));
      const stats = await client.requestWithin<{ articles: number }>('corroborate/stats', null);
      assert.equal(stats.articles, MANY);
      const refs = await client.requestWithin<unknown[]>('workspace/symbol', { query: 'Jin Yong' });
      assert.ok(refs.length > 0);
      const mem = client.memory();
      if (process.env.FUZZ_REPORT) console.log(`      ${MANY} files: indexed in ${ms} ms, rss ${mem.rssMb.toFixed(0)} MB, peak ${mem.peakMb.toFixed(0)} MB`);
      assert.ok(mem.peakMb < MEMORY_BOUND_MB, `peak RSS ${mem.peakMb} MB`);
    } finally {
      await client.stop();
      removeDir(dir);
    }
  });

  describe('a hostile folder', () => {
    let dir: string;
    let client: HardClient;
    const deleted: string[] = [];
    let readableAsThisUser = false;

    before(async () => {
      dir = tempDir('hostile');
      for (let i = 0; i < 600; i++) writeFileSync(path.join(dir, `w${String(i).padStart(3, '0')}.txt`), article(i, { extra: ` Vanishing${i} Person${i} spoke. `.repeat(30) }));
      writeFileSync(path.join(dir, 'keep.txt'), article(9000));
      // Symlink loops, a dangling link and a link to a file outside.
      mkdirSync(path.join(dir, 'loops', 'inner'), { recursive: true });
      writeFileSync(path.join(dir, 'loops', 'inner', 'real.txt'), article(9001));
      symlinkSync('..', path.join(dir, 'loops', 'inner', 'loop'));
      symlinkSync(dir, path.join(dir, 'loops', 'root'));
      symlinkSync(path.join(dir, 'nowhere.txt'), path.join(dir, 'dangling.txt'));
      symlinkSync('/etc/hostname', path.join(dir, 'outside.txt'));
      // Unreadable (root reads it anyway: detected and reported).
      writeFileSync(path.join(dir, 'secret.txt'), article(9002));
      chmodSync(path.join(dir, 'secret.txt'), 0o000);
      try {
        readFileSync(path.join(dir, 'secret.txt'));
        readableAsThisUser = true;
      } catch {
        readableAsThisUser = false;
      }
      // A 100 MB file (sparse: the size is what matters).
      const fd = openSync(path.join(dir, 'huge.txt'), 'w');
      ftruncateSync(fd, 100 * 1024 * 1024);
      closeSync(fd);
      // A folder that will be renamed.
      mkdirSync(path.join(dir, 'desk'));
      for (const n of ['r1', 'r2']) writeFileSync(path.join(dir, 'desk', `${n}.txt`), article(1, { extra: ` Zorgmund${n} Quillfeather met Gen. Jin Yong-sung.` }));

      client = new HardClient();
      await client.initialize(dir);
      // Delete files while the first index runs, telling the server as a client would.
      for (let i = 0; i < 600; i += 3) {
        const p = path.join(dir, `w${String(i).padStart(3, '0')}.txt`);
        rmSync(p);
        deleted.push(p);
        if (i % 30 === 0) {
          await client.notify('workspace/didChangeWatchedFiles', { changes: deleted.slice(-10).map((d) => ({ uri: fileUri(d), type: 3 })) });
          await new Promise((r) => setImmediate(r));
        }
      }
      await client.notify('workspace/didChangeWatchedFiles', { changes: deleted.map((d) => ({ uri: fileUri(d), type: 3 })) });
      await client.indexed(120000);
    });

    after(async () => {
      await client?.stop();
      try {
        chmodSync(path.join(dir, 'secret.txt'), 0o644);
      } catch {
        // gone
      }
      removeDir(dir);
    });

    it('finishes indexing despite symlink loops, and keeps serving', async () => {
      const stats = await client.requestWithin<{ articles: number }>('corroborate/stats', null);
      assert.ok(stats.articles > 300, JSON.stringify(stats));
      assert.ok(client.alive());
      assert.ok(client.memory().peakMb < MEMORY_BOUND_MB, `peak RSS ${client.memory().peakMb} MB`);
    });

    it('does not follow symlinks into loops or out of the workspace', async () => {
      const syms = await client.requestWithin<{ location: { uri: string } }[]>('workspace/symbol', { query: '' });
      const uris = new Set(syms.map((s) => s.location.uri));
      for (const u of uris) assert.ok(!/\/loop\/|\/loops\/root\//.test(u), `indexed through a symlink loop: ${u}`);
      const stats = await client.requestWithin<{ articles: number }>('corroborate/stats', null);
      assert.ok(stats.articles <= 600 + 4, `articles counted through loops: ${stats.articles}`);
    });

    it('skips the 100 MB file with a log line naming it', () => {
      assert.ok(client.logs.some((l) => l.includes(path.join(dir, 'huge.txt')) && /too large/.test(l)), client.logs.join('\n'));
    });

    it(`an unreadable file (chmod 000) is skipped with a log line, or read when running as root`, async () => {
      const logged = client.logs.find((l) => l.includes('secret.txt'));
      const indexed = (await jinReferences(client, dir)).some((u) => u.endsWith('/secret.txt'));
      if (readableAsThisUser) {
        // Running as root: permissions do not block reads, so the file is simply indexed.
        if (process.env.FUZZ_REPORT) console.log('      (running as root: chmod 000 does not block reads; the file is indexed)');
        assert.ok(indexed, 'root can read it: indexed');
      } else {
        assert.match(logged ?? '', /permission denied/, client.logs.join('\n'));
        assert.ok(!indexed);
      }
    });

    it('files deleted while indexing are gone from the results (and the index finished)', async () => {
      const stats = await client.requestWithin<{ articles: number }>('corroborate/stats', null);
      const refs = await jinReferences(client, dir);
      assert.ok(refs.length > 300, `only ${refs.length} sources of Jin`);
      const gone = new Set(deleted.map(fileUri));
      assert.deepEqual(refs.filter((u) => gone.has(u)), [], 'deleted files still in references');
      for (const d of deleted.slice(0, 20)) assert.deepEqual(await symbolsIn(client, d), [], `symbols of deleted ${d}`);
      const expected = 600 - deleted.length + 1 /* keep */ + 1 /* real.txt */ + 2 /* desk */ + (readableAsThisUser ? 1 : 0);
      assert.equal(stats.articles, expected, client.logs.slice(-5).join('\n'));
    });

    it('a folder renamed while open: old URIs disappear, new ones appear', async () => {
      const before = await jinReferences(client, dir);
      assert.ok(before.some((u) => u.includes('/desk/')), JSON.stringify(before.filter((u) => u.includes('desk'))));
      renameSync(path.join(dir, 'desk'), path.join(dir, 'desk2'));
      await client.notify('workspace/didChangeWatchedFiles', { changes: [
        { uri: fileUri(path.join(dir, 'desk')), type: 3 },
        { uri: fileUri(path.join(dir, 'desk2')), type: 1 },
        { uri: fileUri(path.join(dir, 'desk2', 'r1.txt')), type: 1 },
        { uri: fileUri(path.join(dir, 'desk2', 'r2.txt')), type: 1 },
      ] });
      let refs: string[] = [];
      const deadline = Date.now() + 10000;
      while (Date.now() < deadline) {
        refs = await jinReferences(client, dir);
        if (refs.filter((u) => u.includes('/desk2/')).length === 2) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      assert.deepEqual(refs.filter((u) => u.includes('/desk')).sort(), [fileUri(path.join(dir, 'desk2', 'r1.txt')), fileUri(path.join(dir, 'desk2', 'r2.txt'))]);
      assert.deepEqual(await symbolsIn(client, path.join(dir, 'desk', 'r1.txt')), [], 'old URI still has symbols');
      assert.ok((await symbolsIn(client, path.join(dir, 'desk2', 'r1.txt'))).length > 0);
      const ws = await client.requestWithin<{ location: { uri: string } }[]>('workspace/symbol', { query: '' });
      assert.deepEqual(ws.filter((s) => s.location.uri.includes('/desk/')), [], 'old URIs still in workspace symbols');
      assert.ok(!existsSync(path.join(dir, 'desk')));
    });
  });
});
