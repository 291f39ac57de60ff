// One story told by five outlets in their own house styles (AP, Reuters, Yonhap, Korea
// Herald, a BBC clipping): names link across all of them and nothing is flagged.

import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import { analyzeArticle } from '../../server/src/core/analyzeArticle';
import { Corpus } from '../../server/src/core/corpus';

const DIR = path.resolve(__dirname, '../fixtures/story');
const STORY = ['ap.txt', 'bbc.md', 'kh.txt', 'reuters.txt', 'yonhap.txt'];

function load(names: string[]) {
  const corpus = new Corpus({ titleWindowDays: 120 });
  const texts: Record<string, string> = {};
  for (const n of names) {
    texts[n] = readFileSync(path.join(DIR, n), 'utf8');
    corpus.set(analyzeArticle(`file:///story/${n}`, texts[n]));
  }
  return { corpus, texts, get: (n: string) => corpus.get(`file:///story/${n}`)! };
}

describe('one story, five outlets', () => {
  const { corpus, get } = load(STORY);

  it('finds no conflicts: every outlet agrees on every title', () => {
    assert.deepStrictEqual(corpus.allConflicts(), []);
  });

  it('links Lee Jae Myung / Lee Jae-myung across four outlets', () => {
    const lee = get('ap.txt').mentions.find((m) => m.text === 'Lee Jae-myung')!;
    const sources = corpus.sourcesOf(corpus.entityOf(lee.key)!).map((a) => a.label);
    assert.deepStrictEqual(sources, ['ap.txt', 'kh.txt', 'reuters.txt', 'yonhap.txt']);
  });

  it('reads each dateline and outlet', () => {
    assert.deepStrictEqual(get('ap.txt').meta.outlet?.text, 'AP');
    assert.deepStrictEqual(get('reuters.txt').meta.outlet?.text, 'Reuters');
    assert.deepStrictEqual(get('bbc.md').meta.outlet?.text, 'bbc.co.uk');
    assert.strictEqual(get('bbc.md').meta.published?.day, '2025-10-28');
    assert.strictEqual(get('kh.txt').meta.published?.day, '2025-10-29');
    assert.strictEqual(get('yonhap.txt').meta.published?.day, '2025-10-29');
    const reuters = get('reuters.txt');
    const dateline = reuters.blocks.find((b) => b.reason === 'dateline')!;
    assert.strictEqual(readFileSync(path.join(DIR, 'reuters.txt'), 'utf8').slice(dateline.span.start, dateline.span.end), 'GYEONGJU, South Korea, Oct 29 (Reuters) -');
  });

  it('"the White House said" is an organisation, not a person', () => {
    const wh = get('kh.txt').mentions.filter((m) => m.text === 'White House');
    assert.ok(wh.length >= 1);
    assert.ok(wh.every((m) => m.kind === 'organization'));
  });

  it('"Vice Premier He Lifeng" is He Lifeng, the same person in AP and the Korea Herald', () => {
    const ap = get('ap.txt').mentions.find((m) => m.text === 'He Lifeng')!;
    const kh = get('kh.txt').mentions.find((m) => m.text === 'He Lifeng')!;
    assert.strictEqual(ap.key, kh.key);
    assert.strictEqual(ap.title?.office, 'vice premier');
  });

  it('"Former Prime Minister Shigeru Ishiba" is a past title', () => {
    const m = get('bbc.md').mentions.find((x) => x.text === 'Shigeru Ishiba')!;
    assert.strictEqual(m.title?.status, 'past');
  });

  it('credits and contributor lines are not body text', () => {
    assert.strictEqual(get('reuters.txt').blocks.at(-1)!.kind, 'boilerplate');
    assert.strictEqual(get('ap.txt').blocks.at(-1)!.kind, 'boilerplate');
  });

  it('"Last year\'s SCM was held … on Oct. 30, 2024" does not date this year\'s 57th SCM', () => {
    const { corpus: c, get: g } = load(['yonhap-scm.txt']);
    // (Only the one held in Washington is dated, by its place: another edition than this year's in Seoul.)
    const facts = g('yonhap-scm.txt').facts.flatMap((f) => (f.type === 'eventDate' ? [[f.key, f.day, f.where]] : []));
    assert.deepStrictEqual(facts, [['meeting:security consultative meeting', '2024-10-30', 'place:washington']]);
    assert.deepStrictEqual(c.allConflicts(), []);
  });
});
