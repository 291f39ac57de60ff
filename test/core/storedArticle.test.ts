// The packed form the corpus keeps, sends between threads and caches must give back
// exactly the analysis it was made from: every mention, block and fact, field for field.

import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import * as v8 from 'v8';
import { analyzeArticle } from '../../server/src/core/analyzeArticle';
import { packAnalysis, StoredArticle } from '../../server/src/core/storedArticle';
import type { ArticleAnalysis } from '../../server/src/core/model';
import { corpusOf, fixture, seed, SEED_000, SEED_004 } from './helpers';

const ROOT = join(__dirname, '..', '..');

function samples(): { name: string; text: string }[] {
  const out = [SEED_000, SEED_004].map((name) => ({ name, text: seed(name) }));
  for (const name of readdirSync(join(ROOT, 'test', 'fixtures', 'articles'))) out.push({ name, text: fixture(name) });
  for (const name of readdirSync(join(ROOT, 'test', 'fixtures', 'story'))) out.push({ name, text: readFileSync(join(ROOT, 'test', 'fixtures', 'story', name), 'utf8') });
  return out;
}

function plain(a: ArticleAnalysis): ArticleAnalysis {
  const { uri, label, contentHash, length, lineStarts, meta, blocks, mentions, facts, acronyms, names, warnings, skipped, truncated, statedDay } = a;
  return {
    uri, label, contentHash, length, lineStarts: Array.from(lineStarts), meta, blocks, mentions, facts, acronyms, names, warnings,
    ...(skipped ? { skipped } : {}), ...(truncated ? { truncated } : {}), ...(statedDay ? { statedDay } : {}),
  };
}

describe('stored articles (packed analyses)', () => {
  for (const { name, text } of samples()) {
    it(`${name}: unpacks to the same analysis, also after a structured clone`, () => {
      const a = analyzeArticle(`file:///t/${name}`, text);
      assert.ok(a.mentions.length > 0 && a.blocks.length > 0, 'the sample has mentions and blocks');
      const direct = new StoredArticle(packAnalysis(a));
      assert.deepStrictEqual(plain(direct), plain(a));
      const cloned = new StoredArticle(v8.deserialize(v8.serialize(packAnalysis(a))));
      assert.deepStrictEqual(plain(cloned), plain(a));
      assert.deepStrictEqual(plain(new StoredArticle(cloned.pack())), plain(a), 'pack() of a stored article round-trips');
    });
  }

  it('the day a sentence gives an office for stays so through packing', () => {
    const a = analyzeArticle('file:///t/asof.txt', 'Explainer\nPublished: 23 Oct. 2025\n\nIn the Oct. 4 runoff, Agriculture Minister Shinjiro Koizumi lost to Takaichi. Defense Minister Gen Nakatani spoke on Tuesday.\n');
    assert.deepEqual(a.facts.map((f) => f.type === 'title' && [f.title.text, f.asOf ?? null]), [['Agriculture Minister', '2025-10-04'], ['Defense Minister', null]]);
    assert.deepStrictEqual(new StoredArticle(v8.deserialize(v8.serialize(packAnalysis(a)))).facts, a.facts);
  });

  it('a title the source says is ending stays so through packing', () => {
    const a = analyzeArticle('file:///t/resigned.txt', 'Resignation\nPublished: 16 Dec. 2024\n\nFinance Minister Chrystia Freeland resigned on Monday. Prime Minister Justin Trudeau thanked her.\n');
    assert.deepEqual(a.facts.map((f) => f.type === 'title' ? [f.key, f.ending ?? false] : [f.key, f.event]), [['person:chrystiafreeland', true], ['person:justintrudeau', false], ['person:chrystiafreeland', 'resigned']]);
    const stored = new StoredArticle(v8.deserialize(v8.serialize(packAnalysis(a))));
    assert.deepStrictEqual(stored.facts, a.facts);
  });

  it('the place a meeting named without its number is held in stays so through packing', () => {
    const a = analyzeArticle('file:///t/g20.txt', 'G20\nPublished: 23 Nov. 2025\n\nThe G20 summit in Johannesburg was held on Saturday. The 57th Security Consultative Meeting was held on Nov. 4.\n');
    assert.deepEqual(a.facts.map((f) => f.type === 'eventDate' && [f.key, f.where ?? null]), [['meeting:g20 summit', 'place:johannesburg'], ['meeting:security consultative meeting#57', null]]);
    assert.deepStrictEqual(new StoredArticle(v8.deserialize(v8.serialize(packAnalysis(a)))).facts, a.facts);
  });

  it('a rank the source says the person was promoted to stays so through packing', () => {
    const a = analyzeArticle('file:///t/promoted.txt', 'Handover\nPublished: 18 July 2024\n\nGen. Jennie Carignan took command on Thursday. Carignan was promoted to the rank of general. Defence Minister Bill Blair resigned.\n');
    assert.deepEqual(a.facts.filter((f) => f.type === 'title').map((f) => f.type === 'title' && [f.title.text, f.promotion ?? false, f.ending ?? false]), [
      ['Gen.', false, false], ['general', true, false], ['Defence Minister', false, true],
    ]);
    const stored = new StoredArticle(v8.deserialize(v8.serialize(packAnalysis(a))));
    assert.deepStrictEqual(stored.facts, a.facts);
  });

  it('a rank of someone the source says takes up a post stays so through packing', () => {
    const a = analyzeArticle('file:///t/taking.txt', 'New chief\nPublished: 30 Sept. 2024\n\nAir Marshal AP Singh succeeded Air Chief Marshal VR Chaudhari as the new Air Force chief today. Finance Minister Jane Roe resigned.\n');
    assert.deepEqual(a.facts.map((f) => f.type === 'title' && [f.title.text, f.takingPost ?? false, f.ending ?? false]), [
      ['Air Marshal', true, false], ['Air Chief Marshal', false, false], ['Finance Minister', false, true],
    ]);
    const stored = new StoredArticle(v8.deserialize(v8.serialize(packAnalysis(a))));
    assert.deepStrictEqual(stored.facts, a.facts);
  });

  it('an office said to be new stays so through packing', () => {
    const a = analyzeArticle('file:///t/new.txt', 'Ley elected\nPublished: 13 May 2025\n\nNew Liberal leader Sussan Ley met Treasurer Jim Chalmers.\n');
    assert.deepEqual(a.facts.map((f) => f.type === 'title' && [f.title.text, f.newPost ?? false]), [['leader', true], ['Treasurer', false]]);
    const stored = new StoredArticle(v8.deserialize(v8.serialize(packAnalysis(a))));
    assert.deepStrictEqual(stored.facts, a.facts);
  });

  it('an undated article keeps the latest day it states through packing and a structured clone', () => {
    const a = analyzeArticle('file:///t/undated.txt', 'Chiefs replaced\n\nGen. Olufemi Oluyede was appointed on October 24, 2025, after the review of June 2025.\n');
    assert.equal(a.statedDay, '2025-10-24');
    const stored = new StoredArticle(v8.deserialize(v8.serialize(packAnalysis(a))));
    assert.deepStrictEqual([stored.statedDay, stored.published], ['2025-10-24', undefined]);
    assert.equal(new StoredArticle(stored.pack()).statedDay, '2025-10-24');
  });

  it('a meeting\'s opening day keeps its aspect through packing', () => {
    const a = analyzeArticle('file:///t/opened.txt', 'Summit opens\nPublished: October 26, 2025\n\nThe 47th ASEAN Summit opened in Kuala Lumpur on Sunday. The 48th ASEAN Summit will be held on Nov. 9.\n');
    assert.deepStrictEqual(a.facts.map((f) => f.type === 'eventDate' && [f.key, f.day, f.aspect]), [['meeting:asean summit#47', '2025-10-26', 'start'], ['meeting:asean summit#48', '2025-11-09', undefined]]);
    assert.deepStrictEqual(plain(new StoredArticle(packAnalysis(a))), plain(a));
    const values = new Set<string>();
    new StoredArticle(packAnalysis(a)).addFactValues('meeting:asean summit#47', 'date', values);
    assert.deepStrictEqual([...values], ['>2025-10-26']);
  });

  it('facts are found by key, and mentions counted by key, without unpacking mentions', () => {
    const a = analyzeArticle('file:///t/000.txt', seed(SEED_000));
    const s = new StoredArticle(packAnalysis(a));
    const key = a.facts[0].key;
    assert.deepStrictEqual(s.factsFor(key), a.facts.filter((f) => f.key === key));
    const counted = s.countKeys([key]);
    assert.strictEqual(counted.count, a.mentions.filter((m) => m.key === key).length);
    assert.ok(counted.count > 0);
    assert.strictEqual(counted.first, a.mentions.findIndex((m) => m.key === key));
    const two = [key, a.mentions[a.mentions.length - 1].key];
    assert.strictEqual(s.countKeys(two).count, a.mentions.filter((m) => two.includes(m.key)).length);
    assert.deepStrictEqual(s.countKeys(['person:nobody']), { count: 0, first: -1 });
  });

  it('a NUL inside a name does not shift the string table', () => {
    const text = 'Talks held\n\nDefense Minister Ahn Gyu-back met Gen. Xavier Qu\u0000inn in Seoul on Monday.\n';
    const a = analyzeArticle('file:///t/nul.txt', text);
    const s = new StoredArticle(v8.deserialize(v8.serialize(packAnalysis(a))));
    assert.deepStrictEqual(s.mentions.map((m) => m.key), a.mentions.map((m) => m.key));
  });

  it('a corpus built from packed analyses answers like one built from plain ones', () => {
    const files = { 'a.txt': seed(SEED_000), 'b.txt': seed(SEED_004) };
    const plainBuilt = corpusOf(files);
    const packedBuilt = corpusOf({});
    for (const [n, t] of Object.entries(files)) packedBuilt.corpus.set(packAnalysis(analyzeArticle(packedBuilt.uri(n), t)));
    assert.deepStrictEqual(packedBuilt.corpus.allConflicts(), plainBuilt.corpus.allConflicts());
    assert.strictEqual(packedBuilt.corpus.allConflicts().length, 1);
    assert.deepStrictEqual(packedBuilt.corpus.stats(), plainBuilt.corpus.stats());
  });
});
