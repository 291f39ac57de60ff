import { strict as assert } from 'assert';
import fc from 'fast-check';
import { createPassageAnnotation, prepareText, reanchor, type Annotation, type PassageTarget } from '../../server/src/core/annotations';
import { approxSearch } from '../../server/src/core/annotations/approxSearch';

const ID = 'urn:uuid:00000000-0000-4000-8000-000000000001';
const NOW = '2025-11-04T09:00:00.000Z';

const ARTICLE = [
  'Seoul, Nov 3 (Yonhap) -- South Korea and the United States held the 57th annual',
  'Security Consultative Meeting (SCM) on Tuesday.',
  'Joint Chiefs of Staff Chairman Gen. Jin Yong-sung said the allies "will respond',
  'decisively to any provocation," according to the ministry.',
  'Defense Minister Ahn Gyu-back met U.S. Defense Secretary Pete Hegseth.',
].join('\n');

function annotate(text: string, quote: string, nth = 0): Annotation {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(quote, start + 1);
  assert.ok(start >= 0, `fixture lacks ${quote}`);
  return createPassageAnnotation({ source: 'a.txt', text, start, end: start + quote.length, note: 'n', now: NOW, id: ID });
}

function anchoredText(text: string, a: Annotation): string | undefined {
  const r = reanchor(a, text);
  return 'orphaned' in r ? undefined : text.slice(r.start, r.end);
}

describe('annotations: re-anchoring', () => {
  const QUOTE = 'will respond\ndecisively to any provocation';

  it('unchanged text anchors by position', () => {
    const a = annotate(ARTICLE, QUOTE);
    const r = reanchor(a, ARTICLE);
    assert.deepEqual(r, { start: ARTICLE.indexOf(QUOTE), end: ARTICLE.indexOf(QUOTE) + QUOTE.length, how: 'position' });
  });

  it('text inserted before the quote: found by the quote, shifted', () => {
    const a = annotate(ARTICLE, QUOTE);
    const edited = 'UPDATED 10:42 KST. A new first paragraph was added here.\n\n' + ARTICLE;
    const r = reanchor(a, edited);
    assert.equal('orphaned' in r, false);
    if ('orphaned' in r) return;
    assert.equal(r.how, 'quote');
    assert.equal(r.start, edited.indexOf(QUOTE));
    assert.equal(edited.slice(r.start, r.end), QUOTE);
  });

  it('an edit inside the quote: found approximately', () => {
    const a = annotate(ARTICLE, QUOTE);
    const edited = 'Intro.\n' + ARTICLE.replace('decisively to any provocation', 'decisively to every provocation');
    const r = reanchor(a, edited);
    assert.equal('orphaned' in r ? 'orphaned' : r.how, 'fuzzy');
    if ('orphaned' in r) return;
    assert.equal(edited.slice(r.start, r.end), 'will respond\ndecisively to every provocation');
  });

  it('the quote duplicated elsewhere: the context picks the right copy', () => {
    const text = 'Minister Ahn said "we are ready" at the briefing.\nLater, Gen. Jin said "we are ready" to reporters.';
    const a = annotate(text, 'we are ready', 1);
    // The first copy moves onto the old offset's neighbourhood; the context still wins.
    const edited = 'Jin: "we are ready" (headline)\n' + text;
    const r = reanchor(a, edited);
    assert.equal('orphaned' in r, false);
    if ('orphaned' in r) return;
    assert.equal(r.start, edited.lastIndexOf('we are ready'));
    assert.equal(r.how, 'quote');
  });

  it('a copy sitting exactly at the old position is taken (the position is trusted first)', () => {
    const text = 'aaa "we are ready" bbb';
    const a = annotate(text, 'we are ready');
    assert.deepEqual(reanchor(a, text), { start: 5, end: 17, how: 'position' });
  });

  it('the passage deleted: orphaned, with a reason', () => {
    const a = annotate(ARTICLE, QUOTE);
    const edited = ARTICLE.split('\n').filter((l) => !l.includes('respond') && !l.includes('decisively')).join('\n');
    const r = reanchor(a, edited);
    assert.equal('orphaned' in r && r.orphaned, true);
    assert.match((r as { reason: string }).reason, /no longer in the text/);
  });

  it('CRLF: an annotation made on an LF checkout anchors in a CRLF one and back', () => {
    const crlf = ARTICLE.replace(/\n/g, '\r\n');
    const a = annotate(ARTICLE, QUOTE);
    const r = reanchor(a, crlf);
    assert.equal('orphaned' in r, false);
    if ('orphaned' in r) return;
    assert.equal(crlf.slice(r.start, r.end), 'will respond\r\ndecisively to any provocation');
    const b = annotate(crlf, 'will respond\r\ndecisively');
    const back = reanchor(b, ARTICLE);
    assert.equal('orphaned' in back ? undefined : ARTICLE.slice(back.start, back.end), 'will respond\ndecisively');
  });

  it('CRLF: a fuzzy match maps back to CRLF offsets', () => {
    const crlf = ARTICLE.replace(/\n/g, '\r\n');
    const a = annotate(crlf, 'Defense Minister Ahn Gyu-back met U.S. Defense Secretary');
    const edited = 'x\r\n' + crlf.replace('Ahn Gyu-back met', 'Ahn Gyu-back then met');
    const r = reanchor(a, edited);
    assert.equal('orphaned' in r ? 'orphaned' : r.how, 'fuzzy');
    assert.equal(anchoredText(edited, a), 'Defense Minister Ahn Gyu-back then met U.S. Defense Secretary');
  });

  it('emoji before the quote: offsets are UTF-16 code units', () => {
    const a = annotate(ARTICLE, 'Gen. Jin Yong-sung');
    const edited = '🇰🇷🇺🇸 ' + ARTICLE;
    const r = reanchor(a, edited);
    assert.equal('orphaned' in r, false);
    if ('orphaned' in r) return;
    assert.equal(r.start, ARTICLE.indexOf('Gen. Jin Yong-sung') + '🇰🇷🇺🇸 '.length);
    assert.equal('🇰🇷🇺🇸 '.length, 9);
    assert.equal(edited.slice(r.start, r.end), 'Gen. Jin Yong-sung');
  });

  it('context never splits a surrogate pair', () => {
    const text = 'x'.repeat(10) + '😀'.repeat(40) + 'QUOTE' + '😀'.repeat(40);
    for (const off of [0, 1]) {
      const t = text.slice(off);
      const a = annotate(t, 'QUOTE');
      const [q] = (a.target as PassageTarget).selector;
      assert.equal(q.prefix.length % 2, 0);
      assert.equal(q.suffix.length % 2, 0);
      assert.ok(q.prefix.length >= 31 && q.suffix.length >= 31);
      assert.doesNotThrow(() => encodeURIComponent(q.prefix + q.suffix)); // throws on lone surrogates
    }
  });

  it('a short quote edited beyond recognition is orphaned, not moved to a chance match', () => {
    const text = 'The minister met Gen. Jin on Monday. Later Lt. Col. Park spoke.';
    const a = annotate(text, 'Gen. Jin');
    const edited = 'The spokesman said nothing at all on Monday. Later Lt. Col. Park spoke.';
    assert.equal(anchoredText(edited, a), undefined);
  });

  it('many annotations share one prepared text', () => {
    const crlf = ARTICLE.replace(/\n/g, '\r\n');
    const prepared = prepareText(crlf);
    for (const q of ['Gen. Jin Yong-sung', 'Pete Hegseth', '57th annual']) {
      const r = reanchor(annotate(crlf, q), prepared);
      assert.equal('orphaned' in r ? '' : crlf.slice(r.start, r.end), q);
    }
  });

  it('work is bounded: a 2M-character text with a long edited quote answers quickly', () => {
    const filler = 'lorem ipsum dolor sit amet consectetur '.repeat(52_000);
    const quote = 'The ministry confirmed the promotion in a statement released on Sept. 30, which ' + 'named him '.repeat(60);
    const text = filler + quote + filler;
    const a = createPassageAnnotation({ source: 'big.txt', text, start: filler.length, end: filler.length + quote.length, note: 'n', now: NOW, id: ID });
    const edited = 'x'.repeat(500) + text.replace('released on Sept. 30', 'issued on 30 September');
    const t0 = Date.now();
    const r = reanchor(a, edited);
    const ms = Date.now() - t0;
    assert.equal('orphaned' in r ? 'orphaned' : r.how, 'fuzzy');
    assert.equal(anchoredText(edited, a), quote.replace('released on Sept. 30', 'issued on 30 September'));
    assert.ok(ms < 2000, `took ${ms} ms`);
  });

  it('a quote occurring everywhere costs only a linear scan', () => {
    const text = 'ab '.repeat(300_000);
    const a = annotate(text, 'ab', 1000);
    const t0 = Date.now();
    const r = reanchor(a, 'x' + text);
    assert.equal('orphaned' in r ? -1 : r.start, 3001);
    assert.ok(Date.now() - t0 < 2000);
  });
});

/** Reference: fewest edits turning `p` into some substring of `t` ending at each position. */
function naiveEnds(t: string, p: string): number[] {
  let prev = Array.from({ length: p.length + 1 }, (_, i) => i);
  const out: number[] = [prev[p.length]];
  for (let j = 0; j < t.length; j++) {
    const cur = [0];
    for (let i = 1; i <= p.length; i++) cur[i] = Math.min(prev[i] + 1, cur[i - 1] + 1, prev[i - 1] + (p[i - 1] === t[j] ? 0 : 1));
    out.push(cur[p.length]);
    prev = cur;
  }
  return out;
}

describe('annotations: approximate search', () => {
  it('agrees with the plain dynamic programme (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 40 }), fc.string({ unit: fc.constantFrom('a', 'b', 'c'), minLength: 1, maxLength: 8 }), fc.nat(4), (t, p, k) => {
        const ends = naiveEnds(t, p);
        const found = approxSearch(t, p, k);
        for (const m of found) {
          assert.equal(m.errors, ends[m.end], `errors at ${m.end}`);
          assert.ok(m.errors <= k);
          // The reported start really gives that many edits.
          assert.equal(levenshteinRef(t.slice(m.start, m.end), p), m.errors, `start ${m.start}`);
        }
        // Every best place (a global minimum within k) is reported.
        const min = Math.min(...ends.slice(1));
        if (min <= k) assert.ok(found.some((m) => m.errors === min), 'best match missing');
      }),
      { numRuns: 500 },
    );
  });

  it('finds two nearby copies as two candidates', () => {
    const found = approxSearch('xx we are ready yy we are ready zz', 'we are ready', 3);
    assert.deepEqual(found.filter((m) => m.errors === 0).map((m) => m.start), [3, 19]);
  });
});

function levenshteinRef(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}
