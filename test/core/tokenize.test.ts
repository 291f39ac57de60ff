// The hand-written word scanner must match exactly what its regular expression says.

import { strict as assert } from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { analyzeArticle } from '../../server/src/core/analyzeArticle';
import { scanWords, WORD, tokenize } from '../../server/src/core/tokenize';
import { analyze } from './helpers';

const ROOT = join(__dirname, '..', '..');

function byRegex(s: string): [number, number, boolean][] {
  const out: [number, number, boolean][] = [];
  let last = 0;
  for (const m of s.matchAll(new RegExp(WORD.source, WORD.flags))) {
    out.push([m.index!, m.index! + m[0].length, /[\r\n]/.test(s.slice(last, m.index))]);
    last = m.index! + m[0].length;
  }
  return out;
}

function byScanner(s: string): [number, number, boolean][] {
  const out: [number, number, boolean][] = [];
  scanWords(s, (a, b, brk) => void out.push([a, b, brk]));
  return out;
}

describe('tokenize: the word scanner', () => {
  const texts: [string, string][] = [];
  for (const dir of ['seeds', 'test/fixtures/articles', 'test/fixtures/story']) {
    for (const f of readdirSync(join(ROOT, dir))) texts.push([`${dir}/${f}`, readFileSync(join(ROOT, dir, f), 'utf8')]);
  }

  for (const [name, text] of texts) {
    it(`matches the WORD expression on ${name}`, () => {
      const want = byRegex(text);
      assert.ok(want.length > 50);
      assert.deepEqual(byScanner(text), want);
    });
  }

  it('matches on tricky input: Hangul, emoji, combining marks, connectors at the ends, CRLF, lone surrogates', () => {
    const s = "한국 국방부 장관 🇰🇷 안규백, Zelens\u0301kyy’s U.S.-made F-35A&B — ‘quoted’ end- -start 'x' a.b. \r\n\uD800 x\uDC00y 𝐀𝐁 Ā̈ 1,000.5 ...";
    assert.deepEqual(byScanner(s), byRegex(s));
  });

  it('matches on random Unicode text', () => {
    const alphabet = fc.constantFrom('a', 'Z', '9', ' ', '\n', '\r', '.', "'", '’', '-', '‐', '\u2011', '&', ',', '한', 'é', '\u0301', '🙂', '\uD800', '\uDC00', '\u00A0', '\u2028', '(', '"');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 60 }).map((cs) => cs.join('')), (s) => {
      assert.deepEqual(byScanner(s), byRegex(s));
    }), { numRuns: 2000, seed: 42 });
  });

  // Some newsrooms' systems write a non-breaking hyphen inside Korean given names.
  it('a non-breaking hyphen joins a word like a hyphen: "Jae\u2011myung" is one word and one person with "Jae-myung", and so is "Jong\u2010un"', () => {
    const text = 'President Lee Jae\u2011myung met him.';
    // The word's text has the plain hyphen names are matched with; its offsets are the text's.
    assert.deepEqual(tokenize(text, 0, text.length).map((x) => [x.text, x.start, x.end]), [['President', 0, 9], ['Lee', 10, 13], ['Jae-myung', 14, 23], ['met', 24, 27], ['him', 28, 31], ['.', 31, 32]]);
    const keys = (t: string) => analyze('nbh.txt', `Talks\nPublished: 4 June 2025\n\n${t}\n`).mentions.filter((m) => m.kind === 'person').map((m) => [m.key, m.title?.text]);
    assert.deepEqual(keys('President Lee Jae\u2011myung spoke.'), keys('President Lee Jae-myung spoke.'));
    assert.deepEqual(keys('President Lee Jae\u2011myung spoke.'), [['person:licamyunk', 'President']]);
    assert.deepEqual(keys('Chairman Kim Jong\u2010un spoke.'), keys('Chairman Kim Jong-un spoke.'));
  });

  it('tokens keep offsets into the whole text and split possessives', () => {
    const text = 'xx Gen. Jin’s U.S. visit';
    const t = tokenize(text, 3, text.length);
    assert.deepEqual(t.map((x) => [x.text, x.start, x.end]), [['Gen.', 3, 7], ['Jin', 8, 11], ['’s', 11, 13], ['U.S.', 14, 18], ['visit', 19, 24]]);
  });

  it('a rank written with a hyphen ("Lieutenant-General") is two words at their own offsets; other hyphenated words stay whole', () => {
    const text = 'Lieutenant-General Kyrylo Budanov met Jae-myung and Rear-Admiral Roe';
    assert.deepEqual(tokenize(text, 0, text.length).map((x) => [x.text, x.start, x.end]), [
      ['Lieutenant', 0, 10], ['General', 11, 18], ['Kyrylo', 19, 25], ['Budanov', 26, 33], ['met', 34, 37], ['Jae-myung', 38, 47], ['and', 48, 51], ['Rear', 52, 56], ['Admiral', 57, 64], ['Roe', 65, 68],
    ]);
  });

  // Kenyan coverage: "Maj-Gen John Mugaravai Omenda" was a person named "Maj-Gen John Mugaravai Omenda".
  it('an abbreviated rank with a hyphen ("Maj-Gen", "Lt-Col") is two words too; "Maj-Gen" gives the rank major general', () => {
    const text = 'Maj-Gen John Omenda and Lt-Col Amos Ngeno; Col-Dev';
    assert.deepEqual(tokenize(text, 0, text.length).map((x) => [x.text, x.start, x.end]), [
      ['Maj', 0, 3], ['Gen', 4, 7], ['John', 8, 12], ['Omenda', 13, 19], ['and', 20, 23], ['Lt', 24, 26], ['Col', 27, 30], ['Amos', 31, 35], ['Ngeno', 36, 41], [';', 41, 42], ['Col-Dev', 43, 50],
    ]);
    const a = analyzeArticle('file:///r.txt', 'Chiefs\nPublished: 3 May 2024\n\nMaj-Gen John Mugaravai Omenda was promoted.\n');
    assert.deepEqual(a.facts.map((f) => f.type === 'title' && [a.mentions[f.mention].text, f.title.rank]), [['John Mugaravai Omenda', 'major general']]);
  });

  // Israeli coverage: "IDF Chief of Staff Lt.-Gen. Herzi Halevi" gave a body "Staff Lt.".
  it('the hyphen between an abbreviated rank\'s words ("Lt.-Gen.") is dropped; other hyphens stay', () => {
    const text = 'Lt.-Gen. Herzi Halevi and the Lt.-governor';
    assert.deepEqual(tokenize(text, 0, text.length).map((x) => x.text), ['Lt.', 'Gen.', 'Herzi', 'Halevi', 'and', 'the', 'Lt.', '-', 'governor']);
    const a = analyzeArticle('file:///r.txt', 'IDF\nPublished: 5 March 2025\n\nHe replaced IDF Chief of Staff Lt.-Gen. Herzi Halevi on Wednesday.\n');
    assert.deepEqual(a.facts.map((f) => f.type === 'title' && [a.mentions[f.mention].text, f.title.rank, f.title.office]), [['Herzi Halevi', 'lieutenant general', 'staff idf chief']]);
  });

  // A tweet's embed, "…of the Volkswagen Group.https://t.co/rhQf2yWaMW", made the body "Volkswagen Group.https".
  it('a web address run into the word before it ends the word; the period between them is a period, the address one token', () => {
    const text = 'the Volkswagen Group.https://t.co/rhQf2yWaMW — VW';
    assert.deepEqual(tokenize(text, 0, text.length).map((x) => [x.text, x.start, x.end, x.word]), [
      ['the', 0, 3, true], ['Volkswagen', 4, 14, true], ['Group', 15, 20, true], ['.', 20, 21, false], ['https://t.co/rhQf2yWaMW', 21, 44, false], ['—', 45, 46, false], ['VW', 47, 49, true],
    ]);
  });
});
