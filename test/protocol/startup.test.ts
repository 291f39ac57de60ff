// The first index starts before the client has answered: the folders are walked with the
// settings the server can guess at initialize, and the progress is created without waiting.
// What the client then says must still decide which files count.

import * as assert from 'assert';
import { mkdirSync } from 'fs';
import * as path from 'path';
import { LspClient } from './lspClient';
import { TempWorkspace } from './workspace';

interface Progress {
  token: string | number;
  value: { kind: 'begin' | 'report' | 'end'; message?: string };
}

describe('protocol: start-up before the client answers', function () {
  let ws: TempWorkspace;
  let client: LspClient | undefined;

  beforeEach(() => {
    ws = new TempWorkspace(false);
    mkdirSync(path.join(ws.dir, 'news', 'old'), { recursive: true });
    ws.write('a.txt', 'Talks\nPublished: 3 Nov. 2025\n\nForeign Minister Cho Hyun met reporters in Seoul.\n');
    ws.write('news/b.md', '# Talks\n\nDefense Minister Ahn Gyu-back met Gen. Dan Caine in Seoul on Monday.\n');
    ws.write('news/old/c.md', '# Talks\n\nUnification Minister Chung Dong-young spoke in Seoul.\n');
    ws.write('news/d.txt', 'Talks\nPublished: 3 Nov. 2025\n\nPrime Minister Kim Min-seok visited Busan.\n');
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    ws.dispose();
  });

  async function indexedFiles(c: LspClient): Promise<string[]> {
    await c.until('the index', () => c.logs.some((l) => /^Indexed \d+ articles/.test(l)));
    const symbols = await c.request<{ location: { uri: string } }[]>('workspace/symbol', { query: '' });
    return [...new Set(symbols.map((s) => path.relative(ws.dir, s.location.uri.replace(/^file:\/\//, ''))))].sort();
  }

  it('indexes with the folder\'s own globs when they differ from the defaults the early walk used', async () => {
    client = new LspClient();
    client.settings = { include: ['news/**/*.md', 'news/*.txt'], exclude: ['news/old/**'] };
    await client.initialize(ws.dir);
    assert.deepStrictEqual(await indexedFiles(client), ['news/b.md', 'news/d.txt']);
    const stats = await client.request<{ articles: number }>('corroborate/stats', null);
    assert.strictEqual(stats.articles, 2);
  });

  it('with the default globs, indexes every article file', async () => {
    client = new LspClient();
    await client.initialize(ws.dir);
    assert.deepStrictEqual(await indexedFiles(client), ['a.txt', 'news/b.md', 'news/d.txt', 'news/old/c.md']);
  });

  it('without workspace/configuration, takes the globs from initializationOptions', async () => {
    client = new LspClient();
    await client.initialize(ws.dir, { workspace: { configuration: false, workspaceFolders: true } }, { corroborate: { include: ['**/*.txt'] } });
    assert.deepStrictEqual(await indexedFiles(client), ['a.txt', 'news/d.txt']);
  });

  it('does not wait for the client to create the progress: an index over before the answer only ends it', async () => {
    client = new LspClient();
    const seen: Progress[] = [];
    let answered = false;
    let indexedBeforeAnswer = false;
    client.rpc.onRequest('window/workDoneProgress/create', () => new Promise((resolve) => setTimeout(() => {
      indexedBeforeAnswer = client!.logs.some((l) => /^Indexed 4 articles/.test(l));
      answered = true;
      resolve(null);
    }, 1500)));
    client.rpc.onNotification('$/progress', (p: Progress) => void seen.push(p));
    await client.initialize(ws.dir);
    await client.until('the progress to be answered and ended', () => answered && seen.length > 0);
    assert.ok(indexedBeforeAnswer, 'the index finished while the client was still creating the progress');
    assert.deepStrictEqual(seen.map((p) => p.value.kind), ['end']);
  });
});
