// The saved linked corpus next to the analysis cache: what is saved is the corpus at the
// moment of saving, even when it changes while the file is being written.

import { strict as assert } from 'assert';
import { mkdtempSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AnalysisCache } from '../../server/src/lsp/analysisCache';
import { Corpus } from '../../server/src/core/corpus';
import { analyzeArticle } from '../../server/src/core/analyzeArticle';
import { packAnalysis } from '../../server/src/core/storedArticle';

const A = 'Talks\nPublished: 3 Nov. 2025\n\nDefense Minister Ahn Gyu-back met Gen. Dan Caine in Seoul.\n';
const B = 'Talks\nPublished: 4 Nov. 2025\n\nForeign Minister Ahn Gyu-back met Lt. Gen. Dan Caine in Seoul.\n';
const C = 'Talks\nPublished: 5 Nov. 2025\n\nAdm. Samuel Paparo met Unification Minister Chung Dong-young.\n';

describe('analysis cache: the saved linked corpus', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'corroborate-snap-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('saves the corpus as it was when saving began, not as an edit during the write left it', async () => {
    const packs = new Map([['file:///a.txt', A], ['file:///b.txt', B], ['file:///c.txt', C]].map(([u, t]) => [u, packAnalysis(analyzeArticle(u, t))]));
    const live = new Corpus();
    live.set(packs.get('file:///a.txt')!);
    live.set(packs.get('file:///b.txt')!);
    const before = { stats: live.stats(), conflicts: live.allConflicts().map((c) => c.id) };
    const cache = new AnalysisCache(dir, 'test');
    const writing = cache.saveSnapshot(live.snapshot(), [packs.get('file:///a.txt')!, packs.get('file:///b.txt')!]);
    live.set(packs.get('file:///c.txt')!); // arrives while the file is written
    await writing;

    const next = new AnalysisCache(dir, 'test');
    await next.load();
    const saved = next.takeSnapshot()!;
    assert.ok(saved, 'the snapshot is read back');
    assert.equal(next.takeSnapshot(), undefined, 'and handed out once');
    const restored = new Corpus();
    assert.equal(restored.restore(saved.corpus, saved.analysisOf), true);
    assert.deepEqual({ stats: restored.stats(), conflicts: restored.allConflicts().map((c) => c.id) }, before);
    assert.equal(before.stats.conflicts, 2, 'rank and office');
    restored.delete('file:///a.txt');
    assert.equal(restored.stats().articles, 1);
  });

  it('a snapshot made by another analysis core is not used', async () => {
    const live = new Corpus();
    live.set(packAnalysis(analyzeArticle('file:///a.txt', A)));
    await new AnalysisCache(dir, 'old core').saveSnapshot(live.snapshot(), []);
    const next = new AnalysisCache(dir, 'new core');
    await next.load();
    assert.equal(next.takeSnapshot(), undefined);
  });
});
