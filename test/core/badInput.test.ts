import { strict as assert } from 'assert';
import { analyzeArticle } from '../../server/src/core/analyzeArticle';
import { hoverAt } from '../../server/src/core/service/hover';
import { corpusOf, seedCorpus } from './helpers';

describe('bad input', () => {
  it('empty text analyses to nothing', () => {
    const a = analyzeArticle('file:///fixtures/empty.txt', '');
    assert.equal(a.length, 0);
    assert.deepEqual(a.mentions, []);
    assert.deepEqual(a.facts, []);
    assert.equal(a.skipped, undefined);
    assert.deepEqual(a.lineStarts, [0]);
    assert.equal(a.label, 'empty.txt');
  });

  it('whitespace-only and front-matter-only texts do not throw', () => {
    for (const t of ['\n\n  \r\n\t', '---\n---\n', '---\ntitle: x\n', '---\n', '#', '# \n']) {
      const a = analyzeArticle('file:///fixtures/ws.txt', t);
      assert.deepEqual(a.facts, [], JSON.stringify(t));
    }
  });

  it('text with NUL bytes is skipped with a reason', () => {
    const t = 'PK\u0003\u0004\u0000\u0000Defense Minister Ahn Gyu-back\u0000';
    const a = analyzeArticle('file:///fixtures/archive.zip.txt', t);
    assert.equal(a.skipped, 'binary file (contains NUL bytes)');
    assert.deepEqual(a.mentions, []);
    assert.deepEqual(a.blocks, []);
  });

  it('mis-decoded text (many U+FFFD) is skipped with a reason', () => {
    const a = analyzeArticle('file:///fixtures/latin1.txt', 'Gen. Jin Yong-sung ' + '\uFFFD'.repeat(200));
    assert.match(a.skipped ?? '', /not valid UTF-8/);
  });

  it('a skipped article in a corpus links nothing and has no hover', () => {
    const { corpus, uri } = seedCorpus({ 'bin.txt': 'Gen. Jin Yong-sung\u0000' });
    assert.equal(hoverAt(corpus, uri('bin.txt'), 6), undefined);
    assert.equal(corpus.allConflicts().length, 1);
  });

  it('a 10 MB single-line text returns (truncated) in reasonable time', function () {
    this.timeout(60000);
    const sentence = 'Defense Minister Ahn Gyu-back met U.S. Defense Secretary Pete Hegseth on Tuesday in Seoul, ';
    const t = sentence.repeat(Math.ceil(10_000_000 / sentence.length));
    const start = Date.now();
    const a = analyzeArticle('file:///fixtures/huge.txt', t);
    const ms = Date.now() - start;
    assert.equal(a.length, t.length);
    assert.ok(a.truncated, 'says it was truncated');
    assert.ok(ms < 30000, `took ${ms} ms`);
  });

  it('a long run without spaces or capitals does not hang', function () {
    this.timeout(30000);
    const t = 'Talks\nPublished: 4 Nov. 2025\n\n' + 'a-'.repeat(200_000) + ' Gen. Jin Yong-sung said.\n';
    const a = analyzeArticle('file:///fixtures/hostile.txt', t);
    assert.ok(Array.isArray(a.mentions));
  });

  it('replacing an article with empty text removes its links and conflicts', () => {
    const { corpus } = seedCorpus();
    corpus.set(analyzeArticle('file:///fixtures/004_882d588303bd86ee.txt', ''));
    assert.deepEqual(corpus.allConflicts(), []);
  });

  it('the same text under two uris is two sources that agree', () => {
    const t = 'Talks\nPublished: 4 Nov. 2025\n\nGen. Jin Yong-sung said on Tuesday the talks went well.\n';
    const { corpus } = corpusOf({ 'a.txt': t, 'copy.txt': t });
    assert.deepEqual(corpus.allConflicts(), []);
    assert.equal(corpus.size, 2);
  });
});
