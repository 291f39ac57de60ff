// Property tests on the pure core (fast-check, fixed seed, bounded runs): arbitrary
// Unicode never throws; edits applied one by one give what a fresh parse gives; every
// range lies inside its document on code-unit boundaries; conflicts do not depend on the
// order articles are indexed in.

import { strict as assert } from 'assert';
import fc from 'fast-check';
import { analyzeArticle } from '../../server/src/core/analyzeArticle';
import { Corpus } from '../../server/src/core/corpus';
import type { Conflict } from '../../server/src/core/findConflicts';
import type { ArticleAnalysis, Span } from '../../server/src/core/model';
import { offsetAt, positionAt } from '../../server/src/core/service/positions';
import { seed, SEED_000, SEED_004 } from '../core/helpers';
import { article, FRAGMENTS, splitsSurrogatePair } from './helpers';

const SEED = 20251103;
/** Runs per property; `FUZZ_RUNS=1000 npx mocha …` for a longer soak. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const params = (numRuns = RUNS) => ({ seed: SEED, numRuns });
export const FUZZED: Record<string, number> = {};

/** Text made of realistic fragments, arbitrary code points (astral, lone surrogates, controls) and separators. */
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 3 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom('\u0000', '\u0001', '\u001b[31m', '\r', '\u0300\u0301\u0302') },
);
const articleText = fc.array(piece, { maxLength: 150, size: 'max' }).map((ps) => ps.join(''));
/** The same, with no NUL in the first 8 KB: these are analysed rather than skipped as binary. */
const analysedText = articleText.map((t) => t.replace(/\u0000/g, ' '));

function spansOf(a: ArticleAnalysis): [string, Span][] {
  const out: [string, Span][] = [];
  a.blocks.forEach((b, i) => out.push([`blocks[${i}]`, b.span]));
  a.mentions.forEach((m, i) => {
    out.push([`mentions[${i}].span`, m.span], [`mentions[${i}].fullSpan`, m.fullSpan]);
    if (m.title) out.push([`mentions[${i}].title.span`, m.title.span]);
  });
  a.warnings.forEach((w, i) => out.push([`warnings[${i}]`, w.span]));
  for (const k of ['headline', 'published', 'updated', 'byline', 'outlet'] as const) {
    const s = (a.meta[k] as { span?: Span } | undefined)?.span;
    if (s) out.push([`meta.${k}`, s]);
  }
  a.facts.forEach((f, i) => {
    if (f.type === 'title') out.push([`facts[${i}].title.span`, f.title.span]);
  });
  return out;
}

function checkRanges(text: string, a: ArticleAnalysis): void {
  assert.equal(a.length, text.length);
  for (const [where, s] of spansOf(a)) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${where} not integers: ${JSON.stringify(s)}`);
    assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length, `${where} ${JSON.stringify(s)} outside [0, ${text.length}]`);
    assert.ok(!splitsSurrogatePair(text, s.start) && !splitsSurrogatePair(text, s.end), `${where} ${JSON.stringify(s)} splits a surrogate pair in ${JSON.stringify(text.slice(Math.max(0, s.start - 3), s.end + 3))}`);
  }
  for (const [i, m] of a.mentions.entries()) {
    assert.ok(m.fullSpan.start <= m.span.start && m.span.end <= m.fullSpan.end, `mentions[${i}] span outside its fullSpan`);
    if (i) assert.ok(a.mentions[i - 1].span.start <= m.span.start, 'mentions sorted by start');
  }
  for (const f of a.facts) {
    assert.ok(f.mention >= 0 && f.mention < a.mentions.length, `fact points at mention ${f.mention} of ${a.mentions.length}`);
    if (f.type === 'eventDate') assert.ok(f.dateMention >= 0 && f.dateMention < a.mentions.length);
  }
  // Line starts and offset ↔ position round trips, in UTF-16 code units.
  for (const s of Array.from(a.lineStarts)) assert.ok(s >= 0 && s <= text.length && !splitsSurrogatePair(text, s));
  for (const [, s] of spansOf(a)) {
    for (const off of [s.start, s.end]) assert.equal(offsetAt(a.lineStarts, a.length, positionAt(a.lineStarts, off)), off);
  }
}

/** Everything a client can observe of a corpus, in a canonical order. */
function snapshot(c: Corpus): unknown {
  const uris = [...c.uris()].sort();
  const entities = c.entities().sort();
  return {
    uris,
    stats: c.stats(),
    entities: entities.map((e) => ({
      e, name: c.nameOf(e), kind: c.kindOf(e), raw: c.rawKeys(e).sort(), sources: c.sourcesOf(e).map((a) => a.uri),
    })),
    mentions: uris.map((u) => c.mentionsOf(u).map((m) => `${m.span.start}-${m.span.end}:${m.key}→${m.entity}`)),
    conflicts: normalizeConflicts(c.allConflicts()),
    perArticle: uris.map((u) => normalizeConflicts(c.conflictsIn(u))),
  };
}

function normalizeConflicts(cs: Conflict[]): string[] {
  return cs.map((c) => {
    const side = (i: number) => `${c.sides[i].uri}@${c.sides[i].span.start}=${c.sides[i].norm}`;
    const pairs = c.against.flatMap((js, i) => js.map((j) => [side(i), side(j)].sort().join(' ≠ '))).filter((p, k, all) => all.indexOf(p) === k).sort();
    return `${c.id} :: ${pairs.join(' ; ')}`;
  }).sort();
}

/** What analyses must agree on (the hash aside, it is all of it). */
function core(a: ArticleAnalysis): unknown {
  return { mentions: a.mentions, facts: a.facts, keys: [...new Set(a.mentions.map((m) => m.key))].sort(), acronyms: a.acronyms, names: a.names, meta: a.meta, blocks: a.blocks };
}

const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), len: fc.nat({ max: 40 }), insert: fc.array(piece, { maxLength: 4 }).map((p) => p.join('')) });
function applyEdit(text: string, e: { at: number; len: number; insert: string }): string {
  const start = Math.floor(e.at * text.length);
  return text.slice(0, start) + e.insert + text.slice(Math.min(text.length, start + e.len));
}

describe('hardening: core properties (fast-check, seed ' + SEED + ')', function () {
  this.timeout(60000);

  it('arbitrary Unicode mixed with article fragments never throws', () => {
    fc.assert(fc.property(articleText, (text) => {
      const a = analyzeArticle('file:///fuzz/a.txt', text);
      assert.ok(a.skipped || Array.isArray(a.mentions));
      // NUL makes a text binary (skipped); analyse the same text without it too.
      const b = analyzeArticle('file:///fuzz/b.txt', text.replace(/\u0000/g, ''));
      assert.ok(!b.skipped || /UTF-8/.test(b.skipped), b.skipped);
    }), params(RUNS * 2));
    FUZZED['never throws'] = RUNS * 2;
  });

  it('never throws on mutated real articles (the seeds with fragments spliced in)', () => {
    const seeds = [seed(SEED_000), seed(SEED_004)];
    fc.assert(fc.property(fc.nat({ max: 1 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (s, edits) => {
      const text = edits.reduce(applyEdit, seeds[s]);
      checkRanges(text, analyzeArticle('file:///fuzz/seed.txt', text));
    }), params(Math.ceil(RUNS / 3)));
    FUZZED['mutated seeds'] = Math.ceil(RUNS / 3);
  });

  it('every range lies inside its document, on code-unit boundaries, never inside a surrogate pair', () => {
    fc.assert(fc.property(analysedText, (text) => {
      checkRanges(text, analyzeArticle('file:///fuzz/r.txt', text));
    }), params(RUNS * 2));
    FUZZED['ranges'] = RUNS * 2;
  });

  it('edits applied one after another give the same analysis and corpus as a fresh parse of the final text', () => {
    const others = { 'file:///fuzz/000.txt': seed(SEED_000), 'file:///fuzz/004.txt': seed(SEED_004) };
    const U = 'file:///fuzz/edited.txt';
    fc.assert(fc.property(fc.oneof(analysedText, fc.constant(seed(SEED_004)), fc.constant(article(1))), fc.array(edit, { minLength: 1, maxLength: 8 }), (start, edits) => {
      const live = new Corpus();
      for (const [u, t] of Object.entries(others)) live.set(analyzeArticle(u, t));
      let text = start;
      live.set(analyzeArticle(U, text));
      for (const e of edits) {
        text = applyEdit(text, e);
        live.set(analyzeArticle(U, text));
      }
      const fresh = new Corpus();
      for (const [u, t] of Object.entries(others)) fresh.set(analyzeArticle(u, t));
      fresh.set(analyzeArticle(U, text));
      assert.deepEqual(core(live.get(U)!), core(analyzeArticle(U, text)));
      assert.deepEqual(snapshot(live), snapshot(fresh));
    }), params(Math.ceil(RUNS / 3)));
    FUZZED['edits ≡ fresh parse'] = Math.ceil(RUNS / 3);
  });

  // Name variants folded by fuse.js ("Zelensky"/"Zelenskyy") are the order-sensitive part
  // of the corpus; each generated article mentions a random subset of them.
  const variantArticle = fc.record({
    rank: fc.constantFrom('Gen.', 'Lt. Gen.', 'Adm.'),
    day: fc.constantFrom('27 Oct. 2025', '3 Nov. 2025', '4 Nov. 2025'),
    meetingDay: fc.constantFrom('Nov. 4', 'Nov. 5', 'Tuesday'),
    names: fc.subarray(['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Ahn Gyu-back', 'Ahn Kyu-baek', 'Lee Jae Myung', 'Lee Jae-myung', 'Jin Yong-sung', 'Jin Yong-seong']),
    office: fc.constantFrom('President', 'Defense Minister', 'Foreign Minister', 'Prime Minister'),
  }).map((r, ) => ({ ...r, extra: ' ' + r.names.map((n) => `${r.office} ${n} spoke on ${r.meetingDay}.`).join(' ') }));

  const shuffled = fc.array(variantArticle, { minLength: 2, maxLength: 6 }).chain((arts) =>
    fc.tuple(fc.constant(arts), fc.shuffledSubarray(arts.map((_, i) => i), { minLength: arts.length, maxLength: arts.length })));
  const buildInOrder = (texts: string[], idx: number[]) => {
    const c = new Corpus();
    for (const i of idx) c.set(analyzeArticle(`file:///fuzz/o${i}.txt`, texts[i]));
    return c;
  };

  it('the conflicts found do not depend on the order articles are indexed in', () => {
    fc.assert(fc.property(shuffled, ([arts, order]) => {
      const texts = arts.map((r, i) => article(i, r));
      const a = buildInOrder(texts, arts.map((_, i) => i));
      const b = buildInOrder(texts, order);
      assert.deepEqual(normalizeConflicts(b.allConflicts()), normalizeConflicts(a.allConflicts()), `order ${order}`);
      for (const u of a.uris()) assert.deepEqual(normalizeConflicts(b.conflictsIn(u)), normalizeConflicts(a.conflictsIn(u)), `${u}, order ${order}`);
    }), params(Math.ceil(RUNS / 3)));
    FUZZED['conflicts order-independent'] = Math.ceil(RUNS / 3);
  });

  // Regression guard (was a bug): the entity a fuzzy-aliased name belongs to depends on indexing order. Corpus.linkVariant
  // makes whichever spelling was indexed first the canonical entity, so "Volodymyr Zelensky" in
  // o0 + "Volodymyr Zelenskyy" in o1 gives entity person:volodymyrzelensky in order [0,1] and
  // person:volodymyrzelenskyy in order [1,0]: entity ids (entities tree, corroborate/entityDetails)
  // change with edit history, and an incrementally updated corpus differs from a fresh one.
  it('entities (ids, raw keys, sources) do not depend on the order articles are indexed in', () => {
    fc.assert(fc.property(shuffled, ([arts, order]) => {
      const texts = arts.map((r, i) => article(i, r));
      assert.deepEqual(snapshot(buildInOrder(texts, order)), snapshot(buildInOrder(texts, arts.map((_, i) => i))), `order ${order}`);
    }), params(Math.ceil(RUNS / 3)));
  });

  // Regression guard (was a bug): fuzzy aliases are never undone. After the only article spelling "Zelensky" is deleted,
  // rawKeys('person:volodymyrzelenskyy') still lists person:volodymyrzelensky (and the alias map
  // keeps it forever), so a corpus after a delete is not the corpus built without that article.
  it('deleting an article leaves the corpus a fresh build without it would give (example)', () => {
    const a = 'Talks\nPublished: 3 Nov. 2025, 10:00\n\nPresident Volodymyr Zelensky spoke in Kyiv.\n';
    const b = 'Talks\nPublished: 3 Nov. 2025, 11:00\n\nPresident Volodymyr Zelenskyy spoke in Kyiv.\n';
    const c = new Corpus();
    c.set(analyzeArticle('file:///fuzz/b.txt', b));
    c.set(analyzeArticle('file:///fuzz/a.txt', a));
    c.delete('file:///fuzz/a.txt');
    const fresh = new Corpus();
    fresh.set(analyzeArticle('file:///fuzz/b.txt', b));
    assert.deepEqual(snapshot(c), snapshot(fresh));
  });

  // Regression guard (was a bug): same as above, fuzzed (stale fuzzy aliases after Corpus.delete).
  it('removing an article gives the corpus built without it, and adding it back restores the conflicts', () => {
    fc.assert(fc.property(fc.array(variantArticle, { minLength: 2, maxLength: 5 }), fc.nat(), (arts, k) => {
      const texts = arts.map((r, i) => article(i, r));
      const c = new Corpus();
      texts.forEach((t, i) => c.set(analyzeArticle(`file:///fuzz/d${i}.txt`, t)));
      const before = normalizeConflicts(c.allConflicts());
      const i = k % texts.length;
      c.delete(`file:///fuzz/d${i}.txt`);
      const fresh = new Corpus();
      texts.forEach((t, j) => j !== i && fresh.set(analyzeArticle(`file:///fuzz/d${j}.txt`, t)));
      assert.deepEqual(snapshot(c), snapshot(fresh), 'after delete ≡ built without it');
      c.set(analyzeArticle(`file:///fuzz/d${i}.txt`, texts[i]));
      assert.deepEqual(normalizeConflicts(c.allConflicts()), before);
    }), params(Math.ceil(RUNS / 3)));
  });

  it('removing an article and adding it back restores its conflicts', () => {
    fc.assert(fc.property(fc.array(variantArticle, { minLength: 2, maxLength: 5 }), fc.nat(), (arts, k) => {
      const texts = arts.map((r, i) => article(i, r));
      const c = new Corpus();
      texts.forEach((t, i) => c.set(analyzeArticle(`file:///fuzz/d${i}.txt`, t)));
      const before = normalizeConflicts(c.allConflicts());
      const i = k % texts.length;
      c.delete(`file:///fuzz/d${i}.txt`);
      const fresh = new Corpus();
      texts.forEach((t, j) => j !== i && fresh.set(analyzeArticle(`file:///fuzz/d${j}.txt`, t)));
      assert.deepEqual(normalizeConflicts(c.allConflicts()), normalizeConflicts(fresh.allConflicts()), 'conflicts after delete ≡ built without it');
      c.set(analyzeArticle(`file:///fuzz/d${i}.txt`, texts[i]));
      assert.deepEqual(normalizeConflicts(c.allConflicts()), before);
    }), params(Math.ceil(RUNS / 3)));
    FUZZED['delete/re-add conflicts'] = Math.ceil(RUNS / 3);
  });

  after(() => {
    if (process.env.FUZZ_REPORT) console.log('fuzzed inputs per property:', FUZZED);
  });
});
