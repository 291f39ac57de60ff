// The first index reports its progress through window/workDoneProgress, with counts.

import * as assert from 'assert';
import { LspClient } from './lspClient';
import { TempWorkspace } from './workspace';

interface Progress {
  token: string | number;
  value: { kind: 'begin' | 'report' | 'end'; title?: string; message?: string; percentage?: number };
}

describe('protocol: indexing progress', function () {
  let ws: TempWorkspace;
  let client: LspClient | undefined;

  beforeEach(() => (ws = new TempWorkspace(false)));
  afterEach(async () => {
    await client?.stop();
    ws.dispose();
  });

  it('begins, counts the articles up to all of them, and ends', async () => {
    const N = 240;
    for (let i = 0; i < N; i++) {
      ws.write(`a${String(i).padStart(3, '0')}.txt`, `Talks No. ${i}\nPublished: 3 Nov. 2025\n\nDefense Minister Ahn Gyu-back met Gen. Dan Caine in Seoul on Monday.\n`);
    }
    client = new LspClient();
    const seen: Progress[] = [];
    client.rpc.onNotification('$/progress', (p: Progress) => void seen.push(p));
    await client.initialize(ws.dir);
    await client.until('the end of the progress', () => seen.some((p) => p.value.kind === 'end'));

    assert.deepStrictEqual(new Set(seen.map((p) => p.token)).size, 1, 'one progress token');
    assert.deepStrictEqual(seen[0].value, { kind: 'begin', title: 'Corroborate: indexing articles', message: 'finding files…', percentage: 0, cancellable: false });
    assert.strictEqual(seen[seen.length - 1].value.kind, 'end');
    const reports = seen.filter((p) => p.value.kind === 'report').map((p) => p.value);
    const counts = reports.map((r) => {
      const m = /^(\d+)\/(\d+) articles$/.exec(r.message ?? '');
      assert.ok(m, `a count: ${r.message}`);
      assert.strictEqual(Number(m[2]), N);
      return Number(m[1]);
    });
    assert.strictEqual(counts[0], 0, 'the total is known before the first article');
    assert.deepStrictEqual(counts, [...counts].sort((a, b) => a - b), 'counts only go up');
    assert.deepStrictEqual(reports[reports.length - 1], { kind: 'report', message: `${N}/${N} articles`, percentage: 100 });
    assert.ok(reports.length < N / 4, `reports are throttled, not one per article: ${reports.length}`);
  });
});
