// The persistent analysis cache: kept in the editor's storage folder, used for files that
// did not change, ignored for files that did.

import * as assert from 'assert';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LspClient, positionOf } from './lspClient';
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

  const clients: LspClient[] = [];

  afterEach(async () => {
    // A failed assertion must not leave a server running (mocha would wait for it).
    for (const c of clients.splice(0)) if (c.alive()) await c.stop().catch(() => undefined);
    ws.dispose();
    rmSync(storage, { recursive: true, force: true });
  });

  async function session(): Promise<{ client: LspClient; indexed: string }> {
    const client = new LspClient();
    clients.push(client);
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
    assert.match(second.indexed, /\(2 from the cache, linked as saved\)/);
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
    assert.match(second.indexed, /\(1 from the cache, linked as saved\)/);
    await new Promise((r) => setTimeout(r, 300));
    const stats = await second.client.request<{ conflicts: number }>('corroborate/stats', null);
    assert.strictEqual(stats.conflicts, 0, 'both sources now say Lt. Gen.');
    await second.client.stop();
    // The second run saved the corpus with the new version and the shard it rewrote.
    const third = await session();
    assert.match(third.indexed, /\(2 from the cache, linked as saved\)/);
    const again = await third.client.request<{ conflicts: number }>('corroborate/stats', null);
    assert.strictEqual(again.conflicts, 0);
    const at = { line: jinIn004(text).line, character: text.split('\n')[jinIn004(text).line].indexOf('Jin Yong-sung') + 1 };
    const hover = await third.client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: ws.uri(S004) }, position: at });
    assert.ok(hover!.contents.value.includes(`- \`${S004}\` (2025-11-03): Lt. Gen.\n`), hover!.contents.value);
    await third.client.stop();
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
  const snapshotFile = () => files(storage).find((f) => path.basename(f) === 'corpus.v8')!;
  const jinIn004 = (t: string) => ({ line: t.slice(0, t.indexOf('Jin Yong-sung')).split('\n').length - 1, character: 0 });

  async function diagnosticsOf(client: LspClient): Promise<unknown[]> {
    return client.until('the diagnostics of both articles', () => {
      const d = [S000, S004].map((f) => client.diagnostics.get(ws.uri(f)));
      return d.every((x) => x?.length) ? d : undefined;
    });
  }

  it('a second start restores the linked corpus: the same diagnostics, hovers and references', async () => {
    const first = await session();
    const before = await diagnosticsOf(first.client);
    const t4 = ws.read(S004);
    const at = { line: jinIn004(t4).line, character: t4.split('\n')[jinIn004(t4).line].indexOf('Jin Yong-sung') + 1 };
    const hover = await first.client.request('textDocument/hover', { textDocument: { uri: ws.uri(S004) }, position: at });
    const refs = await first.client.request<unknown[]>('textDocument/references', { textDocument: { uri: ws.uri(S004) }, position: at, context: { includeDeclaration: true } });
    await first.client.until('the linked corpus written', () => first.client.logs.some((l) => /^Analysis cache written \(\d+ shards? and the linked corpus\)/.test(l)));
    await first.client.stop();
    assert.ok(snapshotFile(), 'the linked corpus is saved next to the shards');

    const second = await session();
    assert.match(second.indexed, /^Indexed 2 articles in \d+ ms \(2 from the cache, linked as saved\)\.$/);
    assert.deepStrictEqual(await diagnosticsOf(second.client), before);
    assert.deepStrictEqual(await second.client.request('textDocument/hover', { textDocument: { uri: ws.uri(S004) }, position: at }), hover);
    const refs2 = await second.client.request<unknown[]>('textDocument/references', { textDocument: { uri: ws.uri(S004) }, position: at, context: { includeDeclaration: true } });
    assert.ok(refs.length >= 2);
    assert.deepStrictEqual(refs2, refs);
    // Nothing changed, so the saved corpus is not written again.
    await second.client.stop();
    assert.ok(!second.client.logs.some((l) => /and the linked corpus/.test(l)), second.client.logs.join('\n'));
  });

  it('an article deleted between starts leaves the restored corpus, and its conflict with it', async () => {
    const first = await session();
    await diagnosticsOf(first.client);
    await first.client.stop();
    unlinkSync(path.join(ws.dir, S000));
    const second = await session();
    assert.match(second.indexed, /^Indexed 1 articles in \d+ ms \(1 from the cache, linked as saved\)\.$/);
    await new Promise((r) => setTimeout(r, 300));
    const stats = await second.client.request<{ articles: number; conflicts: number }>('corroborate/stats', null);
    assert.deepStrictEqual([stats.articles, stats.conflicts], [1, 0]);
    assert.deepStrictEqual(second.client.diagnostics.get(ws.uri(S004)) ?? [], []);
    await second.client.stop();
  });

  it('a saved corpus older than the cache, or damaged, is not used', async () => {
    const first = await session();
    await first.client.stop();
    const old = path.join(ws.dir, '..', `${path.basename(ws.dir)}-old-corpus.v8`);
    copyFileSync(snapshotFile(), old);
    writeFileSync(path.join(ws.dir, S004), ws.read(S004).replace('Joint Chiefs of Staff (JCS) Gen. Jin Yong-sung', 'Joint Chiefs of Staff (JCS) Lt. Gen. Jin Yong-sung'));
    const second = await session();
    await second.client.stop();
    // The shards now hold the new version of 004; the saved corpus goes back to the old one.
    copyFileSync(old, snapshotFile());
    const third = await session();
    assert.match(third.indexed, /^Indexed 2 articles in \d+ ms \(2 from the cache\)\.$/);
    await new Promise((r) => setTimeout(r, 300));
    assert.strictEqual((await third.client.request<{ conflicts: number }>('corroborate/stats', null)).conflicts, 0);
    await third.client.stop();

    writeFileSync(snapshotFile(), 'not a snapshot');
    const fourth = await session();
    assert.match(fourth.indexed, /^Indexed 2 articles in \d+ ms \(2 from the cache\)\.$/);
    assert.strictEqual((await fourth.client.request<{ conflicts: number }>('corroborate/stats', null)).conflicts, 0);
    await fourth.client.stop();
    rmSync(old, { force: true });
  });
  it('a document the editor opens before the first index does not keep the saved corpus from being used', async () => {
    const first = await session();
    const before = await diagnosticsOf(first.client);
    await first.client.stop();
    const client = new LspClient();
    clients.push(client);
    await client.initialize(ws.dir, {}, { storagePath: storage });
    await client.notify('textDocument/didOpen', { textDocument: { uri: ws.uri(S004), languageId: 'plaintext', version: 1, text: ws.read(S004) } });
    const indexed = await client.until('the index', () => client.logs.find((l) => /^Indexed \d+ articles/.test(l)));
    assert.match(indexed, /^Indexed 2 articles in \d+ ms \(1 from the cache, linked as saved\)\.$/);
    assert.deepStrictEqual(await diagnosticsOf(client), before);
    await client.stop();
  });

  it('a titled surname an article keeps to itself goes to the full name in another, on a first start and from the saved corpus', async () => {
    const full = 'Tariffs\nPublished: 3 March 2025\n\nPresident Donald Trump signed the order on Monday. Melania Trump said she was proud.\n';
    const titled = 'Tariffs stay\nPublished: 4 March 2025\n\nPresident Trump said on Tuesday that the tariffs would stay.\n';
    ws.write('full.txt', full);
    ws.write('titled.txt', titled);
    const definitionFrom = (client: LspClient) => client.request<{ uri: string; range: unknown }[]>('textDocument/definition', { textDocument: { uri: ws.uri('titled.txt') }, position: positionOf(titled, 'Trump said', 0, 1) });
    const expected = [{ uri: ws.uri('full.txt'), range: { start: positionOf(full, 'Donald Trump'), end: positionOf(full, 'Donald Trump', 0, 'Donald Trump'.length) } }];
    const first = await session();
    assert.match(first.indexed, /^Indexed 4 articles/);
    assert.deepStrictEqual(await definitionFrom(first.client), expected);
    await first.client.stop();
    const second = await session();
    assert.match(second.indexed, /\(4 from the cache, linked as saved\)/);
    assert.deepStrictEqual(await definitionFrom(second.client), expected);
    const hover = await second.client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: ws.uri('titled.txt') }, position: positionOf(titled, 'Trump said', 0, 1) });
    assert.strictEqual(hover.contents.value.split('\n')[0], '**Donald Trump** · person · 2 sources · 2 mentions');
    await second.client.stop();
  });
});
