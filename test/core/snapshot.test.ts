// A saved corpus restored on the next start must answer exactly like one linked again from
// its articles, take later changes like a live one, and refuse what does not match.

import { strict as assert } from 'assert';
import * as v8 from 'v8';
import { Corpus, type CorpusSnapshot } from '../../server/src/core/corpus';
import { analyze, fixture, seed, SEED_000, SEED_004, uriOf } from './helpers';
import { packAnalysis, type PackedAnalysis } from '../../server/src/core/storedArticle';

const FILES: Record<string, string> = {
  [SEED_000]: seed(SEED_000),
  [SEED_004]: seed(SEED_004),
  'scm56.txt': fixture('scm56-2024.txt'),
  'wire.txt': fixture('wire-crlf-scm-wednesday.txt'),
};

function packs(files: Record<string, string>): Map<string, PackedAnalysis> {
  return new Map(Object.entries(files).map(([name, text]) => [uriOf(name), packAnalysis(analyze(name, text))]));
}

function linked(files: Record<string, string>): Corpus {
  const c = new Corpus();
  for (const p of packs(files).values()) c.set(p);
  return c;
}

/** What a client can see of a corpus: every article's resolved mentions, conflicts and counts. */
function view(c: Corpus): unknown {
  const uris = [...c.uris()].sort();
  return {
    stats: c.stats(),
    conflicts: c.allConflicts().map((x) => [x.id, x.fact, x.sides.map((s) => [s.uri, s.norm])]).sort(),
    mentions: uris.map((u) => c.mentionsOf(u).map((m) => [m.index, m.entity, m.text])),
    sources: c.entities().sort().map((e) => [e, c.sourcesOf(e).map((a) => a.uri), c.nameOf(e)]),
  };
}

/** Through the serialiser the server uses, as if read back from disk. */
function saved(c: Corpus): CorpusSnapshot {
  return v8.deserialize(v8.serialize(c.snapshot())) as CorpusSnapshot;
}

function restored(s: CorpusSnapshot, files: Record<string, string>): Corpus {
  const byUri = packs(files);
  const c = new Corpus();
  assert.equal(c.restore(s, (uri, hash) => (byUri.get(uri)?.head.contentHash === hash ? byUri.get(uri) : undefined)), true);
  return c;
}

describe('corpus snapshot', () => {
  it('a restored corpus answers exactly like one linked from the same articles', () => {
    const live = linked(FILES);
    const again = restored(saved(live), FILES);
    assert.deepEqual(view(again), view(live));
    assert.ok(live.allConflicts().length > 0, 'the fixtures hold a conflict');
  });

  it('changes after a restore give what linking the changed set from scratch gives', () => {
    const again = restored(saved(linked(FILES)), FILES);
    const changed = { ...FILES, [SEED_004]: FILES[SEED_004].replace(/\bGen\. Jin Yong-sung/, 'Lt. Gen. Jin Yong-sung') };
    again.set(packAnalysis(analyze(SEED_004, changed[SEED_004])));
    again.delete(uriOf('wire.txt'));
    const rest = Object.fromEntries(Object.entries(changed).filter(([name]) => name !== 'wire.txt'));
    assert.deepEqual(view(again), view(linked(rest)));
    assert.notDeepEqual(view(again), view(linked(FILES)));
  });

  it('a snapshot is refused, and nothing is changed, when an article is missing or in another version', () => {
    const s = saved(linked(FILES));
    const byUri = packs(FILES);
    const c = new Corpus();
    assert.equal(c.restore(s, (uri) => (uri === uriOf('wire.txt') ? undefined : byUri.get(uri))), false);
    assert.equal(c.size, 0);
    const other = packs({ ...FILES, 'wire.txt': FILES['wire.txt'] + '\nMore.\n' });
    assert.equal(c.restore(s, (uri, hash) => (other.get(uri)?.head.contentHash === hash ? other.get(uri) : undefined)), false);
    assert.equal(c.size, 0);
    assert.deepEqual(view(c), view(new Corpus()));
  });

  it('a snapshot listing one article under two ids (a damaged save) is refused', () => {
    const s = saved(linked(FILES));
    const byUri = packs(FILES);
    const first = s.byId.findIndex((u) => u !== null);
    s.byId.push(s.byId[first]);
    s.hashes.push(s.hashes[first]);
    const c = new Corpus();
    assert.equal(c.restore(s, (uri, hash) => (byUri.get(uri)?.head.contentHash === hash ? byUri.get(uri) : undefined)), false);
    assert.equal(c.size, 0);
  });

  it('a corpus that already holds articles takes no snapshot', () => {
    const c = linked({ [SEED_000]: FILES[SEED_000] });
    const byUri = packs(FILES);
    assert.equal(c.restore(saved(linked(FILES)), (uri) => byUri.get(uri)), false);
    assert.equal(c.size, 1);
  });
});
