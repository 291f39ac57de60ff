// Catastrophic inputs finish within a bound, and no regex in the core has nested
// quantifiers over overlapping classes (the shape of catastrophic backtracking).

import { strict as assert } from 'assert';
import { readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';
import { analyzeArticle } from '../../server/src/core/analyzeArticle';
import { Corpus } from '../../server/src/core/corpus';
import { REPO } from './helpers';

/** Generous: this is a slow 2-core machine shared with other work. */
const BOUND_MS = 5000;

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = process.hrtime.bigint();
  const value = fn();
  return { value, ms: Number(process.hrtime.bigint() - t0) / 1e6 };
}

const NAMES = ['Kim', 'Lee', 'Park', 'Jin', 'Ahn', 'Caine', 'Hegseth', 'Paparo', 'Seoul', 'Washington', 'Defense', 'Minister', 'Gen.', 'Security', 'Council'];

const CASES: [string, () => string][] = [
  ['100k capitalised words', () => Array.from({ length: 100_000 }, (_, i) => NAMES[i % NAMES.length]).join(' ')],
  ['100k capitalised words, no separators but hyphens and apostrophes', () => Array.from({ length: 100_000 }, (_, i) => NAMES[i % 7] + (i % 3 ? "'s" : '')).join(' ')],
  ['a 50k-part hyphen chain A-B-C-…', () => Array.from({ length: 50_000 }, (_, i) => String.fromCharCode(65 + (i % 26))).join('-')],
  ['a 50k-part capitalised hyphen chain Jin-Yong-Sung-…', () => Array.from({ length: 50_000 }, (_, i) => ['Jin', 'Yong', 'Sung'][i % 3]).join('-')],
  ['50k × "Gen. "', () => 'Gen. '.repeat(50_000) + 'Jin Yong-sung'],
  ['50k × "Lt. Gen. Then-Defense Minister "', () => 'Lt. Gen. Then-Defense Minister '.repeat(50_000) + 'Kim'],
  ['200k "("', () => '('.repeat(200_000)],
  ['200k "["', () => '['.repeat(200_000)],
  ['100k "([" then text', () => '(['.repeat(100_000) + 'Gen. Jin Yong-sung' + '])'.repeat(100_000)],
  ['caption-like line of 100k "[A"', () => 'Photo: ' + '[A'.repeat(100_000) + ' [MINISTRY OF NATIONAL DEFENSE]'],
  ['10k "Published:" lines', () => Array.from({ length: 10_000 }, (_, i) => `Published: ${1 + (i % 28)} Oct. 2025, 17:57`).join('\n')],
  ['10k "Published:" lines with junk dates', () => Array.from({ length: 10_000 }, (_, i) => `Published: ${'next Tuesday week '.repeat(4)}${i}`).join('\n')],
  ['a 200k-character "date" sentence', () => 'On ' + 'Monday, Tuesday and '.repeat(10_000) + 'Nov. 4 the 57th SCM met.'],
  ['100k ordinals "the 57th 58th …"', () => 'the ' + Array.from({ length: 100_000 }, (_, i) => `${i}th`).join(' ') + ' Security Consultative Meeting (SCM)'],
  ['50k acronyms in brackets', () => Array.from({ length: 50_000 }, (_, i) => `Security Consultative Meeting (S${i % 100}CM)`).join(' ')],
  ['front matter of 100k lines', () => '---\n' + 'a: b\n'.repeat(100_000) + '---\nBody Gen. Jin Yong-sung.\n'],
  ['front matter, never closed', () => '---\n' + 'title: x\n'.repeat(100_000)],
  ['a 1M-character line of spaces and dots', () => ' .'.repeat(500_000)],
  // A site's menu of many sections, each a few words: the menu pattern once backtracked without end at 30.
  ['a menu of 60 sections "Section A | Section B | … | Page 2"', () => 'Headline\n\n' + Array.from({ length: 60 }, (_, i) => `Section ${String.fromCharCode(65 + (i % 26))}`).join(' | ') + ' | Page 2\n\nThe minister spoke.\n'],
  ['10k menus of 40 sections', () => Array.from({ length: 10_000 }, () => Array.from({ length: 40 }, () => 'World News').join(' | ')).join('\n\n')],
  ['100k lines of "By Kim"', () => 'By Kim Hong-ji\n'.repeat(100_000)],
  ['100k lone \\r', () => 'Gen. Jin\r'.repeat(100_000)],
];

describe('hardening: catastrophic inputs finish within a bound', function () {
  this.timeout(60000);

  for (const [name, make] of CASES) {
    it(`${name} (< ${BOUND_MS} ms)`, () => {
      const text = make();
      const { value, ms } = timed(() => analyzeArticle('file:///cat/x.txt', text));
      assert.equal(value.length, text.length);
      assert.ok(ms < BOUND_MS, `${name}: ${Math.round(ms)} ms for ${text.length} characters`);
    });
  }

  it(`a 50 MB line: analysed up to a bounded prefix, says it was truncated (< ${BOUND_MS} ms)`, () => {
    const text = 'Gen. Dan Caine met Adm. Samuel Paparo in Seoul. '.repeat(Math.ceil((50 * 1024 * 1024) / 48));
    assert.ok(text.length >= 50 * 1024 * 1024 && !text.includes('\n'));
    const { value, ms } = timed(() => analyzeArticle('file:///cat/huge.txt', text));
    assert.ok(ms < BOUND_MS, `${Math.round(ms)} ms`);
    assert.match(value.truncated ?? '', /only the first \d+ of \d+ characters/);
    assert.ok(value.mentions.every((m) => m.span.end <= 2_000_000), 'nothing past the analysed prefix');
    assert.ok(value.mentions.length > 0);
  });

  const story = (i: number) => `Report ${i}\nPublished: ${1 + (i % 28)} Oct. 2025\n\n` +
    `${i % 2 ? 'Gen.' : 'Lt. Gen.'} Jin Yong-sung, Defense Minister Ahn Gyu-back and Pete Hegseth met on Nov. 4 for the 57th Security Consultative Meeting (SCM). `.repeat(5);

  it('a corpus of 300 articles sharing every key indexes, updates and deletes within the bound', () => {
    const c = new Corpus();
    const { ms } = timed(() => {
      for (let i = 0; i < 300; i++) c.set(analyzeArticle(`file:///cat/${i}.txt`, story(i)));
      c.allConflicts();
      for (let i = 0; i < 5; i++) {
        c.set(analyzeArticle(`file:///cat/${i}.txt`, story(i + 1)));
        c.conflictsIn(`file:///cat/${(i * 7) % 300}.txt`);
      }
      for (let i = 0; i < 300; i += 2) c.delete(`file:///cat/${i}.txt`);
      c.stats();
    });
    assert.ok(ms < 3 * BOUND_MS, `${Math.round(ms)} ms`);
  });

  // Regression guard (was a bug): findConflicts is O(sides² × sides): every pair of the 300 sources that state Jin's rank
  // is compared, each comparison re-filters all sides (aVals/bVals), and the conflict carries
  // 22,500 pairs. One edit + conflictsIn costs ~350 ms at 300 sources and ~1.3 s at 600 sources
  // (measured on this machine), on the server's only thread, after every typing pause.
  it('re-checking conflicts after one edit in a 300-source story takes < 250 ms', () => {
    const c = new Corpus();
    for (let i = 0; i < 300; i++) c.set(analyzeArticle(`file:///cat/${i}.txt`, story(i)));
    c.allConflicts();
    const a = analyzeArticle('file:///cat/0.txt', story(1));
    const { ms } = timed(() => {
      c.set(a);
      c.conflictsIn('file:///cat/5.txt');
    });
    assert.ok(ms < 250, `${Math.round(ms)} ms`);
  });
});

// ---------------------------------------------------------------------------------------
// Static check: regex literals (and RegExp source strings) in the core with a quantified
// group that itself contains a quantifier, e.g. (a+)+ or (?:\w+\s*)* . Each hit must be
// reviewed and allow-listed below with the reason it cannot backtrack catastrophically, or
// marked in the source with a `// redos-safe: <reason>` comment on the same or previous line.
// ---------------------------------------------------------------------------------------

const NESTED = /\((?:\?:)?(?:[^()]*[+*])[^()]*\)(?:[+*]|\{\d+,\})/;

/** file → regex source fragment → why it is safe. Keep the reason next to the entry. */
const ALLOW: Record<string, Record<string, string>> = {
  'words.ts': {
    // Each repetition starts with '-', which [\p{Ll}\p{M}'’] never matches; anchored ^…$.
    '(?:-\\p{L}[\\p{Ll}\\p{M}]*)*': "hyphen-led repetition, disjoint from the lower-case class",
  },
};

function coreFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(p).isDirectory() ? coreFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Regex literals (/…/flags) and strings passed to new RegExp, with their line numbers. */
function regexesIn(src: string): { line: number; source: string; lineText: string; prev: string }[] {
  const out: { line: number; source: string; lineText: string; prev: string }[] = [];
  const lines = src.split('\n');
  lines.forEach((lineText, i) => {
    const code = lineText.replace(/^\s*\/\/.*$/, '');
    // A regex literal starts after ( , = : [ ! & | ? { } ; return or line start.
    const lit = /(?:^|[(,=:[!&|?{};]|\breturn)\s*(\/(?![/*])(?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\\n[])+\/[dgimsuyv]*)/g;
    let m: RegExpExecArray | null;
    while ((m = lit.exec(code))) out.push({ line: i + 1, source: m[1], lineText, prev: lines[i - 1] ?? '' });
    const str = /new RegExp\(\s*(`[^`]*`|'[^']*'|"[^"]*")/g;
    while ((m = str.exec(code))) out.push({ line: i + 1, source: m[1], lineText, prev: lines[i - 1] ?? '' });
  });
  return out;
}

describe('hardening: regexes in the core', () => {
  it('No regex in the core has nested quantifiers over overlapping classes', () => {
    const root = path.join(REPO, 'server', 'src', 'core');
    const flagged: string[] = [];
    const used = new Set<string>();
    let scanned = 0;
    for (const file of coreFiles(root)) {
      const rel = path.relative(root, file);
      for (const r of regexesIn(readFileSync(file, 'utf8'))) {
        scanned++;
        // Character classes can hold ( ) + * literally; blank them before looking for groups.
        const shape = r.source.replace(/\\./g, 'x').replace(/\[[^\]]*\]/g, 'C');
        if (!NESTED.test(shape)) continue;
        if (/redos-safe:/.test(r.lineText) || /redos-safe:/.test(r.prev)) continue;
        const frag = Object.keys(ALLOW[path.basename(rel)] ?? {}).find((f) => r.source.includes(f));
        if (frag) used.add(`${path.basename(rel)}|${frag}`);
        const allowed = frag !== undefined;
        if (!allowed) flagged.push(`${rel}:${r.line}: ${r.source}`);
      }
    }
    assert.ok(scanned > 50, `found only ${scanned} regexes: the scanner is broken`);
    for (const [file, entries] of Object.entries(ALLOW)) {
      for (const frag of Object.keys(entries)) assert.ok(used.has(`${file}|${frag}`), `stale allow-list entry (no longer in ${file}): ${frag}`);
    }
    assert.deepEqual(flagged, [], 'nested quantifiers (review for catastrophic backtracking, then allow-list with a reason):\n' + flagged.join('\n'));
  });

  it('the heuristic flags the classic shapes (self-check)', () => {
    for (const bad of ['(a+)+', '(?:\\w+\\s*)*', '(x*y)*', '(?:[a-z]+ )+', '(?:[A-Z][a-z]*-?)+', '(a+){2,}']) {
      const shape = bad.replace(/\\./g, 'x').replace(/\[[^\]]*\]/g, 'C');
      assert.ok(NESTED.test(shape), bad);
    }
    for (const ok of ['(a)+', 'a+b*', '(?:ab){0,3}', '[(a+)+]']) {
      const shape = ok.replace(/\\./g, 'x').replace(/\[[^\]]*\]/g, 'C');
      assert.ok(!NESTED.test(shape), ok);
    }
  });
});
