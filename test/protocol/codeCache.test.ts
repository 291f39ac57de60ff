// The server starts through V8's code cache (server/src/launch) in the folder the client
// names: the first start writes the compiled code, later starts use it, a cache that is
// damaged or someone else's never keeps the server from answering, and without a folder
// nothing is written.

import * as assert from 'assert';
import { chownSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LspClient } from './lspClient';
import { TempWorkspace } from './workspace';

describe('protocol: the code cache of the server', function () {
  let ws: TempWorkspace;
  let tmp: string;

  beforeEach(() => {
    ws = new TempWorkspace(false);
    ws.write('a.txt', 'Talks\nPublished: 3 Nov. 2025\n\nForeign Minister Cho Hyun met reporters in Seoul.\n');
    tmp = mkdtempSync(path.join(os.tmpdir(), 'corroborate-code-cache-test-'));
  });
  afterEach(() => {
    ws.dispose();
    rmSync(tmp, { recursive: true, force: true });
  });

  /** Starts a server with `env`, checks it indexes the article and answers, and stops it. */
  async function startAndStop(env: NodeJS.ProcessEnv): Promise<void> {
    const client = new LspClient({ env: { ...process.env, ...env } });
    try {
      const init = await client.initialize(ws.dir) as { serverInfo?: { name: string } };
      assert.strictEqual(init.serverInfo?.name, 'corroborate');
      await client.until('the index', () => client.logs.some((l) => l.startsWith('Indexed 1 articles')));
      assert.strictEqual(client.stderr, '');
    } finally {
      await client.stop();
    }
  }

  const cacheFiles = (dir: string) => readdirSync(dir).filter((f) => !f.endsWith('.tmp'));

  it('is written at the first start and used, not rewritten, at the next', async () => {
    const dir = path.join(tmp, 'cache');
    await startAndStop({ CORROBORATE_CODE_CACHE: dir });
    const files = cacheFiles(dir);
    assert.strictEqual(files.length, 1);
    assert.match(files[0], /^serverMain-[0-9a-f]{16}\.bin$/);
    const file = path.join(dir, files[0]);
    const first = statSync(file);
    assert.ok(first.size > 100_000, `${first.size} bytes of compiled code`);
    if (process.platform !== 'win32') assert.strictEqual(first.mode & 0o777, 0o600);
    await startAndStop({ CORROBORATE_CODE_CACHE: dir });
    assert.deepStrictEqual(cacheFiles(dir), files);
    assert.strictEqual(statSync(file).mtimeMs, first.mtimeMs);
  });

  it('a new cache replaces those of other versions, and nothing else in the folder', async () => {
    const dir = path.join(tmp, 'cache');
    mkdirSync(dir, { recursive: true });
    const stale = ['serverMain-0123456789abcdef.bin', 'serverMain-fedcba9876543210.bin'];
    const kept = ['notes.txt', 'otherBundle-0123456789abcdef.bin', 'serverMain-0123456789abcdef.bin.4242.tmp'];
    for (const f of [...stale, ...kept]) writeFileSync(path.join(dir, f), 'old');
    await startAndStop({ CORROBORATE_CODE_CACHE: dir });
    const files = readdirSync(dir).sort();
    const written = files.filter((f) => /^serverMain-[0-9a-f]{16}\.bin$/.test(f));
    assert.strictEqual(written.length, 1);
    assert.ok(!stale.includes(written[0]));
    assert.deepStrictEqual(files, [...kept, written[0]].sort());
  });

  it('replaces a damaged cache with a good one, and the server starts all the same', async () => {
    const dir = path.join(tmp, 'cache');
    await startAndStop({ CORROBORATE_CODE_CACHE: dir });
    const file = path.join(dir, cacheFiles(dir)[0]);
    const good = readFileSync(file);
    const damaged = Buffer.from(good);
    damaged.fill(0x5a, 64, 4096); // past the digest: V8 itself would run such data, and crash
    writeFileSync(file, damaged);
    await startAndStop({ CORROBORATE_CODE_CACHE: dir });
    const now = readFileSync(file);
    assert.notDeepStrictEqual(now.subarray(64, 4096), damaged.subarray(64, 4096));
    assert.ok(now.length > 100_000);
  });

  it('ignores a cache file that belongs to another user', async function () {
    if (typeof process.getuid !== 'function' || process.getuid() !== 0) this.skip(); // only root can give a file away
    const dir = path.join(tmp, 'cache');
    await startAndStop({ CORROBORATE_CODE_CACHE: dir });
    const file = path.join(dir, cacheFiles(dir)[0]);
    chownSync(file, 4242, 4242);
    await startAndStop({ CORROBORATE_CODE_CACHE: dir });
    // Not read: compiled again and written afresh, as this user's.
    assert.strictEqual(statSync(file).uid, 0);
  });

  it('writes nothing when the client names no folder for it', async () => {
    await startAndStop({ CORROBORATE_CODE_CACHE: '', TMPDIR: tmp, HOME: tmp });
    assert.deepStrictEqual(readdirSync(tmp), []);
  });
});
