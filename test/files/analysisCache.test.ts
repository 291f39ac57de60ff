// The saved linked corpus next to the analysis cache: what is saved is the corpus at the
// moment of saving, even when it changes while the file is being written.

import { strict as assert } from 'assert';
import { mkdtempSync, readdirSync, rmSync, statSync, truncateSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AnalysisCache } from '../../server/src/lsp/analysisCache';
import { Corpus } from '../../server/src/core/corpus';
import { analyzeArticle } from '../../server/src/core/analyzeArticle';
import { packAnalysis, type DeferredAnalysis, type PackedAnalysis } from '../../server/src/core/storedArticle';

const A = 'Talks\nPublished: 3 Nov. 2025\n\nDefense Minister Ahn Gyu-back met Gen. Dan Caine in Seoul.\n';
const B = 'Talks\nPublished: 4 Nov. 2025\n\nForeign Minister Ahn Gyu-back met Lt. Gen. Dan Caine in Seoul.\n';
const C = 'Talks\nPublished: 5 Nov. 2025\n\nAdm. Samuel Paparo met Unification Minister Chung Dong-young.\n';

// Hangul, an emoji and curly quotes: the string table is UTF-8 on disk and UTF-16 in memory.
const D = 'Talks\nPublished: 5 Nov. 2025\n\n😀 국방부 “Defense Minister” Ahn Gyu-back met Gen. Dan Caine.\n';
// No publication day (a day stated instead), acronyms defined, a weekday the date does not fall on (a warning).
const E = 'Talks\n\nThe Security Consultative Meeting (SCM) opened in Seoul on Monday, Nov. 4, 2025, under the Nuclear Consultative Group (NCG).\n';
const texts: [string, string][] = [['file:///a.txt', A], ['file:///b.txt', B], ['file:///c.txt', C], ['file:///d.txt', D], ['file:///e.txt', E]];

/** A fresh folder for each test, named after what it holds. */
function tempDirEach(name: string): () => string {
  let dir = '';
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), `corroborate-${name}-`))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  return () => dir;
}

describe('analysis cache: the saved linked corpus', () => {
  const dir = tempDirEach('snap');

  it('saves the corpus as it was when saving began, not as an edit during the write left it', async () => {
    const packs = new Map([['file:///a.txt', A], ['file:///b.txt', B], ['file:///c.txt', C]].map(([u, t]) => [u, packAnalysis(analyzeArticle(u, t))]));
    const live = new Corpus();
    live.set(packs.get('file:///a.txt')!);
    live.set(packs.get('file:///b.txt')!);
    const before = { stats: live.stats(), conflicts: live.allConflicts().map((c) => c.id) };
    const cache = new AnalysisCache(dir(), 'test');
    const writing = cache.saveSnapshot(live.snapshot(), (uri) => packs.get(uri)!);
    live.set(packs.get('file:///c.txt')!); // arrives while the file is written
    await writing;

    const next = new AnalysisCache(dir(), 'test');
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
    await new AnalysisCache(dir(), 'old core').saveSnapshot(live.snapshot(), (uri) => packAnalysis(analyzeArticle(uri, A)));
    const next = new AnalysisCache(dir(), 'new core');
    await next.load();
    assert.equal(next.takeSnapshot(), undefined);
  });
});

describe('analysis cache: shards on disk', () => {
  const dir = tempDirEach('shards');

  const body = (p: PackedAnalysis | DeferredAnalysis) => {
    const b = 'body' in p ? p.body() : p;
    return { ints: [...b.ints], strings: b.strings, rest: b.rest };
  };

  async function saved(): Promise<Map<string, PackedAnalysis>> {
    const packs = new Map(texts.map(([u, t]) => [u, packAnalysis(analyzeArticle(u, t))]));
    const cache = new AnalysisCache(dir(), 'test');
    let stamp = 1000;
    for (const [u, p] of packs) cache.put(u, stamp++, p.head.length, p);
    assert.ok((await cache.save()) >= 1);
    return packs;
  }

  it('reads back every analysis field for field, the bodies only when asked for', async () => {
    const packs = await saved();
    const cache = new AnalysisCache(dir(), 'test');
    assert.equal(await cache.load(), 5);
    let stamp = 1000;
    for (const [u, p] of packs) {
      const got = cache.get(u, stamp++, p.head.length)!;
      assert.ok('body' in got, 'the body stays on disk until asked for');
      assert.deepEqual(got.head, p.head);
      assert.deepEqual(body(got), body(p));
    }
    const e = packs.get('file:///e.txt')!.head;
    assert.deepEqual([Object.keys(e.acronyms), e.warnings.length, e.published, e.statedDay], [['SCM', 'NCG'], 1, undefined, '2025-11-04'], 'the fixture holds every kind of head field');
    assert.equal(cache.get('file:///a.txt', 999, packs.get('file:///a.txt')!.head.length), undefined, 'another modification time misses');
    // A corpus of cached articles answers like one of fresh analyses.
    const fromCache = new Corpus();
    const fresh = new Corpus();
    stamp = 1000;
    for (const [u, p] of packs) {
      fromCache.set(cache.get(u, stamp++, p.head.length)!);
      fresh.set(p);
    }
    assert.deepEqual(fromCache.allConflicts(), fresh.allConflicts());
    assert.deepEqual(fromCache.get('file:///d.txt')!.mentions, fresh.get('file:///d.txt')!.mentions);
    cache.dispose();
  });

  it('rewriting a shard keeps the articles of its old file readable; a disposed cache says why it cannot read', async () => {
    const packs = await saved();
    const cache = new AnalysisCache(dir(), 'test');
    await cache.load();
    const a = cache.peek('file:///a.txt')!;
    const d = cache.peek('file:///d.txt')!;
    // Another version of every file: all shards are rewritten, and a's old file goes.
    for (const [u, p] of packs) cache.put(u, 5000, p.head.length, p);
    await cache.save();
    assert.deepEqual(body(a), body(packs.get('file:///a.txt')!), 'read before its file was replaced');
    const next = new AnalysisCache(dir(), 'test');
    await next.load();
    const unread = next.peek('file:///b.txt')!;
    next.dispose();
    assert.throws(() => body(unread), /The analysis cache shard was closed before this article was read from it/);
    assert.deepEqual(body(d), body(packs.get('file:///d.txt')!));
  });

  it('a shard cut short or from another core is not used, and nothing else is lost', async () => {
    await saved();
    const shards = readdirSync(dir()).filter((f) => /^analyses-\d\d\.v8$/.test(f)).sort();
    assert.ok(shards.length >= 2, `the five articles spread over shards: ${shards}`);
    const cut = path.join(dir(), shards[0]);
    truncateSync(cut, statSync(cut).size - 3);
    const cache = new AnalysisCache(dir(), 'test');
    const n = await cache.load();
    assert.ok(n >= 1 && n < 5, `the other shards still load: ${n}`);
    assert.equal(await new AnalysisCache(dir(), 'another core').load(), 0);
  });
});

describe('analysis cache: a warm start from where the saved articles lie', () => {
  const dir = tempDirEach('places');

  const packs = () => new Map(texts.map(([u, t]) => [u, packAnalysis(analyzeArticle(u, t))]));
  const stampOf = (uri: string) => 1000 + texts.findIndex(([u]) => u === uri);

  /** A run that analysed `inShards` into the cache and linked all of `linked`, then saved both. */
  async function run(all: Map<string, PackedAnalysis>, inShards: string[], linked: string[]) {
    const cache = new AnalysisCache(dir(), 'test');
    await cache.load();
    for (const u of inShards) cache.put(u, stampOf(u), all.get(u)!.head.length, all.get(u)!);
    await cache.save();
    const live = new Corpus();
    for (const u of linked) live.set(all.get(u)!);
    const packed: string[] = [];
    await cache.saveSnapshot(live.snapshot(), (u) => (packed.push(u), all.get(u)!));
    cache.dispose();
    return { live, packed };
  }

  /** The next start: the cache loaded (how many it knew, how many headers that read), the saved corpus restored. */
  async function nextStart() {
    const next = new AnalysisCache(dir(), 'test');
    const known = await next.load();
    const headers = next.headersRead;
    const saved = next.takeSnapshot()!;
    const restored = new Corpus();
    assert.equal(restored.restore(saved.corpus, saved.analysisOf), true);
    return { next, known, headers, restored };
  }

  it('restores the corpus without reading the shard headers, reads each when it is wanted, and all after the index', async () => {
    const all = packs();
    const uris = texts.map(([u]) => u);
    const { live, packed } = await run(all, uris, uris);
    assert.deepEqual(packed, [], 'every article lies in a shard: none is saved with the corpus');

    const { next, known, headers, restored } = await nextStart();
    assert.deepEqual([known, headers], [5, 0]);
    assert.equal(next.headersRead, 0, 'the saved places were enough');
    assert.deepEqual(restored.allConflicts(), live.allConflicts());
    assert.equal(restored.allConflicts().length, 2);
    // Bodies come from the places: Hangul, an emoji and curly quotes included.
    assert.deepEqual(restored.get('file:///d.txt')!.mentions, live.get('file:///d.txt')!.mentions);
    const e = restored.get('file:///e.txt')!;
    assert.deepEqual([e.acronyms, e.warnings, e.statedDay, e.published], [all.get('file:///e.txt')!.head.acronyms, all.get('file:///e.txt')!.head.warnings, '2025-11-04', undefined]);
    assert.equal(e.warnings.length, 1);

    // An unchanged file is a hit without a header; a changed one reads its shard's header.
    const a = next.get('file:///a.txt', stampOf('file:///a.txt'), all.get('file:///a.txt')!.head.length);
    assert.equal(a?.head.contentHash, all.get('file:///a.txt')!.head.contentHash);
    assert.equal(next.headersRead, 0);
    assert.equal(next.get('file:///b.txt', 999, all.get('file:///b.txt')!.head.length), undefined);
    assert.equal(next.headersRead, 1);
    await next.loadInTurns();
    assert.equal(next.headersRead, 16);
    assert.equal(next.size, 5);
    const d = next.get('file:///d.txt', stampOf('file:///d.txt'), all.get('file:///d.txt')!.head.length)!;
    assert.deepEqual(d.head, all.get('file:///d.txt')!.head);
    next.dispose();
  });

  it('a shard rewritten after the corpus was saved: the saved places are not used, the headers are', async () => {
    const all = packs();
    const uris = texts.map(([u]) => u).slice(0, 4);
    const { live } = await run(all, uris, uris);
    // Another run caches one more file and stops before linking: a shard file is replaced.
    const other = new AnalysisCache(dir(), 'test');
    await other.load();
    other.put('file:///e.txt', stampOf('file:///e.txt'), all.get('file:///e.txt')!.head.length, all.get('file:///e.txt')!);
    assert.equal(await other.save(), 1);
    other.dispose();

    const { next, known, headers, restored } = await nextStart();
    assert.deepEqual([known, headers], [5, 16]);
    assert.deepEqual(restored.allConflicts(), live.allConflicts());
    assert.deepEqual(restored.get('file:///d.txt')!.mentions, live.get('file:///d.txt')!.mentions);
    next.dispose();
  });

  it('an article whose linked version is in no shard file is saved with the corpus', async () => {
    const all = packs();
    // c was linked (say from the editor's unsaved text) but never cached; b's cached version is another text.
    const cache = new AnalysisCache(dir(), 'test');
    await cache.load();
    for (const u of ['file:///a.txt', 'file:///d.txt']) cache.put(u, stampOf(u), all.get(u)!.head.length, all.get(u)!);
    const otherB = packAnalysis(analyzeArticle('file:///b.txt', B.replace('Foreign', 'Defense')));
    cache.put('file:///b.txt', stampOf('file:///b.txt'), otherB.head.length, otherB);
    await cache.save();
    const live = new Corpus();
    for (const u of ['file:///a.txt', 'file:///b.txt', 'file:///c.txt', 'file:///d.txt']) live.set(all.get(u)!);
    const packed: string[] = [];
    await cache.saveSnapshot(live.snapshot(), (u) => (packed.push(u), all.get(u)!));
    cache.dispose();
    assert.deepEqual(packed.sort(), ['file:///b.txt', 'file:///c.txt']);

    const { next, known, headers, restored } = await nextStart();
    assert.equal(known, 2, 'the articles the saved corpus places in shards');
    assert.equal(headers, 0);
    assert.equal(next.headersRead, 0);
    assert.deepEqual(restored.allConflicts(), live.allConflicts());
    assert.deepEqual(restored.get('file:///c.txt')!.mentions, live.get('file:///c.txt')!.mentions);
    assert.equal(restored.get('file:///b.txt')!.contentHash, all.get('file:///b.txt')!.head.contentHash);
    next.dispose();
  });
});
