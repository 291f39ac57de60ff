// The persistent analysis cache: kept in the editor's storage folder, used for files that
// did not change, ignored for files that did.

import * as assert from 'assert';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LspClient } from './lspClient';
import { S000, S004, TempWorkspace } from './workspace';

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => path.join(d.parentPath ?? (d as unknown as { path: string }).path, d.name));
}

describe('protocol: analysis cache', function () {
  let ws: TempWorkspace;
  let storage: string;

  beforeEach(() => {
    ws = new TempWorkspace();
    storage = mkdtempSync(path.join(os.tmpdir(), 'corroborate-storage-'));
  });

  afterEach(() => {
    ws.dispose();
    rmSync(storage, { recursive: true, force: true });
  });

  async function session(): Promise<{ client: LspClient; indexed: string }> {
    const client = new LspClient();
    await client.initialize(ws.dir, {}, { storagePath: storage });
    const indexed = await client.until('the index', () => client.logs.find((l) => /^Indexed \d+ articles/.test(l)));
    return { client, indexed };
  }

  it('a second start takes unchanged articles from the cache, in the storage folder only', async () => {
    const first = await session();
    assert.match(first.indexed, /^Indexed 2 articles in \d+ ms\.$/);
    await first.client.until('the Jin diagnostics', () => first.client.diagnostics.get(ws.uri(S004))?.length);
    await first.client.stop();
    assert.ok(files(storage).some((f) => /analyses-\d\d\.v8$/.test(f)), 'cache shards are written to the storage folder');
    assert.deepStrictEqual(readdirSync(ws.dir).sort(), [S000, S004].sort(), 'nothing is written into the workspace');

    const second = await session();
    assert.match(second.indexed, /\(2 from the cache\)/);
    const d = await second.client.until('the Jin diagnostics again', () => (second.client.diagnostics.get(ws.uri(S004))?.length ? second.client.diagnostics.get(ws.uri(S004)) : undefined));
    assert.strictEqual(d[0].message, `Jin Yong-sung: 'Gen.' here, 'Lt. Gen.' in ${S000}`);
    await second.client.stop();
  });

  it('an article changed on disk between starts is analysed again', async () => {
    const first = await session();
    await first.client.stop();
    const text = ws.read(S004).replace('Joint Chiefs of Staff (JCS) Gen. Jin Yong-sung', 'Joint Chiefs of Staff (JCS) Lt. Gen. Jin Yong-sung');
    writeFileSync(path.join(ws.dir, S004), text);
    const second = await session();
    assert.match(second.indexed, /\(1 from the cache\)/);
    await new Promise((r) => setTimeout(r, 300));
    const stats = await second.client.request<{ conflicts: number }>('corroborate/stats', null);
    assert.strictEqual(stats.conflicts, 0, 'both sources now say Lt. Gen.');
    await second.client.stop();
  });

  it('a re-index in the same session reuses the loaded cache, and still reads a file changed meanwhile', async () => {
    const { client } = await session();
    const text = ws.read(S004).replace('Joint Chiefs of Staff (JCS) Gen. Jin Yong-sung', 'Joint Chiefs of Staff (JCS) Lt. Gen. Jin Yong-sung');
    // A later modification time than the one cached, whatever the file system's resolution.
    writeFileSync(path.join(ws.dir, S004), text + '\n');
    await client.request('corroborate/reindex', null);
    const again = client.logs.filter((l) => /^Indexed \d+ articles/.test(l));
    assert.strictEqual(again.length, 2);
    assert.match(again[1], /^Indexed 2 articles in \d+ ms \(1 from the cache\)\.$/);
    const stats = await client.request<{ conflicts: number }>('corroborate/stats', null);
    assert.strictEqual(stats.conflicts, 0, 'the changed file was analysed again');
    await client.stop();
  });
});
