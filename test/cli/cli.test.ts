// The command-line checker as a real process: report formats, exit codes, bad arguments.

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { mkdirSync } from 'fs';
import * as path from 'path';
import { TempWorkspace, S000, S004 } from '../protocol/workspace';

const CLI = path.resolve(__dirname, '../../server/out/cli.js');
const ROOT = path.resolve(__dirname, '../..');

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('CLI: corroborate check', () => {
  it('prints the linter-style report and summary for the seeds', () => {
    const r = run(['check', 'seeds']);
    assert.strictEqual(r.code, 0);
    assert.strictEqual(r.out.split('\n')[0], `seeds/${S000}:15:38: warning: Jin Yong-sung: 'Lt. Gen.' here, 'Gen.' in ${S004} [titleConflict]`);
    assert.strictEqual(r.out.split('\n')[1], `seeds/${S004}:3:29: warning: Jin Yong-sung: 'Gen.' here, 'Lt. Gen.' in ${S000} [titleConflict]`);
    assert.match(r.out, /^2 articles, \d+ entities, \d+ cross-source links, 1 conflict$/m);
  });

  it('--strict exits 1 when a conflict is found, 0 when none', () => {
    assert.strictEqual(run(['check', 'seeds', '--strict']).code, 1);
    const ws = new TempWorkspace(false);
    try {
      ws.write('one.txt', 'Gen. Dan Caine met Adm. Samuel Paparo in Seoul.\n');
      const r = run(['check', ws.dir, '--strict']);
      assert.strictEqual(r.code, 0);
      assert.match(r.out, /^1 article, \d+ entities, 0 cross-source links, 0 conflicts$/m);
    } finally {
      ws.dispose();
    }
  });

  it('--format json gives findings with positions and a summary', () => {
    const r = run(['check', 'seeds', '--format', 'json']);
    const j = JSON.parse(r.out);
    assert.strictEqual(j.summary.articles, 2);
    assert.strictEqual(j.summary.conflicts, 1);
    assert.deepStrictEqual(j.findings.map((f: { file: string; line: number; column: number; code: string }) => [f.file, f.line, f.column, f.code]), [
      [`seeds/${S000}`, 15, 38, 'titleConflict'],
      [`seeds/${S004}`, 3, 29, 'titleConflict'],
    ]);
  });

  it('--format sarif is SARIF 2.1.0 with a result per disagreeing source', () => {
    const j = JSON.parse(run(['check', 'seeds', '--format', 'sarif']).out);
    assert.strictEqual(j.version, '2.1.0');
    const results = j.runs[0].results;
    assert.strictEqual(results.length, 2);
    assert.strictEqual(results[0].ruleId, 'titleConflict');
    assert.strictEqual(results[0].level, 'warning');
    assert.deepStrictEqual(results[0].locations[0].physicalLocation.region, { startLine: 15, startColumn: 38, endLine: 15, endColumn: 91 });
    assert.strictEqual(results[0].locations[0].physicalLocation.artifactLocation.uri, `seeds/${S000}`);
  });

  it('--no-title-conflicts switches the kind off', () => {
    const r = run(['check', 'seeds', '--no-title-conflicts', '--strict']);
    assert.strictEqual(r.code, 0);
    assert.match(r.out, /0 conflicts/);
  });

  it('reports a date written with a weekday it does not fall on; --no-weekday-mismatches switches it off; --strict counts it', () => {
    const ws = new TempWorkspace(false);
    try {
      ws.write('ghana.txt', 'Service chiefs named\nPublished: 17 Mar. 2025\n\nThe changes take effect Tuesday, March 24, 2025, the Presidency said.\n');
      const r = run(['check', ws.dir, '--strict']);
      assert.strictEqual(r.code, 1);
      assert.strictEqual(r.out.split('\n')[0].replace(/^.*ghana\.txt/, 'ghana.txt'), "ghana.txt:4:25: warning: 'Tuesday, March 24, 2025': March 24, 2025 is a Monday, not a Tuesday [weekdayMismatch]");
      assert.match(r.out, /^1 article, \d+ entit(?:y|ies), 0 cross-source links, 0 conflicts, 1 weekday mismatch$/m);
      const sarif = JSON.parse(run(['check', ws.dir, '--format', 'sarif']).out);
      assert.deepStrictEqual(sarif.runs[0].results.map((x: { ruleId: string; ruleIndex: number }) => [x.ruleId, x.ruleIndex]), [['weekdayMismatch', 2]]);
      const off = run(['check', ws.dir, '--strict', '--no-weekday-mismatches']);
      assert.strictEqual(off.code, 0);
      assert.match(off.out, /^1 article, \d+ entit(?:y|ies), 0 cross-source links, 0 conflicts$/m);
    } finally {
      ws.dispose();
    }
  });

  it('bad arguments and unreadable paths exit 2 with a clear message', () => {
    const cases: [string[], RegExp][] = [
      [[], /missing command/],
      [['frobnicate'], /unknown command 'frobnicate'/],
      [['check'], /missing <folder>/],
      [['check', 'seeds', '--format', 'xml'], /--format must be text, json or sarif, not 'xml'/],
      [['check', 'seeds', '--bogus'], /unknown option '--bogus'/],
      [['check', 'no/such/folder'], /cannot read folder 'no\/such\/folder': no such folder/],
      [['check', 'README.md'], /cannot read folder 'README.md'/],
    ];
    for (const [args, message] of cases) {
      const r = run(args);
      assert.strictEqual(r.code, 2, args.join(' '));
      assert.match(r.err, message);
      assert.strictEqual(r.out, '');
    }
  });

  it('names skipped files and why', () => {
    const ws = new TempWorkspace(false);
    try {
      ws.write('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00]));
      ws.write('ok.txt', 'Gen. Dan Caine met officials.\n');
      const r = run(['check', ws.dir]);
      assert.strictEqual(r.code, 0);
      assert.match(r.err, /skipped .*photo\.txt: binary file \(contains NUL bytes\)/);
      assert.match(r.out, /^1 article, .*1 file skipped$/m);
    } finally {
      ws.dispose();
    }
  });

  it('.gitignore files are honoured, at the root and in sub-folders, and are not articles', () => {
    const ws = new TempWorkspace();
    try {
      mkdirSync(path.join(ws.dir, 'drafts'));
      mkdirSync(path.join(ws.dir, 'archive'));
      ws.write('.gitignore', 'drafts/\n');
      ws.write('drafts/d.txt', 'Gen. Dan Caine met Adm. Samuel Paparo in Seoul.\n');
      ws.write('archive/.gitignore', 'old-*.txt\n');
      ws.write('archive/old-1.txt', 'Gen. Dan Caine met Adm. Samuel Paparo in Seoul.\n');
      ws.write('archive/kept.txt', 'Gen. Dan Caine met Adm. Samuel Paparo in Seoul.\n');
      const j = JSON.parse(run(['check', ws.dir, '--format', 'json']).out);
      assert.strictEqual(j.summary.articles, 3, 'the two seeds and archive/kept.txt');
    } finally {
      ws.dispose();
    }
  });
});

describe('CLI: progress', () => {
  // A real terminal: util-linux `script` runs the CLI on a pseudo-terminal.
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  const ws = new TempWorkspace(false);
  before(() => {
    for (let i = 0; i < 130; i++) ws.write(`a${String(i).padStart(3, '0')}.txt`, `Talks ${i}\nPublished: 3 Nov. 2025, 10:00\n\nGen. Dan Caine met Adm. Samuel Paparo in Seoul.\n`);
  });
  after(() => ws.dispose());

  it('draws a progress bar on a terminal, ending at every article', function () {
    if (!hasScript) return this.skip();
    const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} check ${JSON.stringify(ws.dir)}`;
    const r = spawnSync('script', ['-qec', cmd, '/dev/null'], { cwd: ROOT, encoding: 'utf8', timeout: 60000 });
    assert.strictEqual(r.status, 0, r.stdout + r.stderr);
    const bars = r.stdout.split('\r').filter((s) => s.startsWith('['));
    assert.ok(bars.length >= 3, `several updates, got ${JSON.stringify(bars)}`);
    assert.match(bars[0], /^\[#*\.+\] 64\/130 articles/);
    assert.match(bars[bars.length - 1], /^\[#{30}\] 130\/130 articles/);
    assert.match(r.stdout, /130 articles, \d+ entities, \d+ cross-source links, 0 conflicts/);
  });

  it('writes plain output, no bar, when stdout is not a terminal', () => {
    const r = run(['check', ws.dir]);
    assert.strictEqual(r.code, 0);
    assert.ok(!/\r|\[#/.test(r.out + r.err), JSON.stringify(r.err.slice(0, 200)));
    assert.match(r.out, /^130 articles, \d+ entities, \d+ cross-source links, 0 conflicts$/m);
  });});
