// End-to-end: the packaged corroborate.vsix in a real VS Code (code-server), driven through chromium.
// Setup: `bash scripts/setup-e2e.sh` once, `npm run package`, then `npx mocha --config test/e2e/.mocharc.json`.
import * as assert from 'assert';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { existsSync, readdirSync, statSync } from 'fs';
import { useSession } from './support/session';
import { poll } from './support/workbench';
import { lineContaining, locate } from './support/workspace';

const NK = '000_cc2096c2dac57694.txt'; // Korea JoongAng Daily, before the SCM
const YN = '004_882d588303bd86ee.txt'; // Yonhap, the MCM the day before

describe('Corroborate in VS Code (code-server + chromium)', function () {
  const ctx = useSession('failure-');
  const file = (name: string) => path.join(ctx.session.workspace, name);

  it('hover on "Hegseth" lists both sources', async function () {
    const at = locate(file(YN), 'Hegseth');
    await ctx.wb.openFile(YN);
    await ctx.wb.gotoLineColumn(at.line, at.column + 2);
    const text = await ctx.wb.showHover((t) => t.includes(NK) && t.includes(YN));
    await ctx.wb.screenshot('hover');
    assert.ok(text.includes('Hegseth'), `hover should name Hegseth:\n${text}`);
    assert.ok(text.includes(NK), `hover should list ${NK}:\n${text}`);
    assert.ok(text.includes(YN), `hover should list ${YN}:\n${text}`);
  });

  it('F12 on "Jin" jumps to "Lt. Gen. Jin Yong-sung" in the other source', async function () {
    const at = locate(file(YN), 'Jin', 'Gen. Jin and Gen. Caine');
    const targetLine = lineContaining(file(NK), 'Lt. Gen. Jin Yong-sung');
    await ctx.wb.openFile(YN);
    await ctx.wb.gotoLineColumn(at.line, at.column + 1);
    // Re-ask until the language server has indexed both files (the first F12 may find nothing).
    const deadline = Date.now() + 60_000;
    let title = '';
    while (Date.now() < deadline) {
      await ctx.wb.pressF12();
      title = await poll('F12 result', () => ctx.wb.activeTabTitle(), (t) => t.includes(NK), 5_000).catch(() => title);
      if (title.includes(NK)) break;
      if (await ctx.wb.peekVisible()) {
        await ctx.wb.screenshot('failure-f12-peek');
        assert.fail(`F12 opened a peek view instead of jumping to ${NK} (screenshot test-results/e2e/failure-f12-peek.png)`);
      }
    }
    assert.ok(title.includes(NK), `active tab after F12 should be ${NK}, was "${title}"`);
    const cursor = await poll('cursor to settle', () => ctx.wb.cursorPosition(), (p) => p.line === targetLine, 5_000).catch(() =>
      ctx.wb.cursorPosition(),
    );
    assert.strictEqual(cursor.line, targetLine, `cursor should be on line ${targetLine} ("Lt. Gen. Jin Yong-sung"), was Ln ${cursor.line}, Col ${cursor.column}`);
  });

  it('Problems panel warns about Jin Yong-sung\'s rank and not about the SCM date', async function () {
    await ctx.wb.openFile(NK);
    await ctx.wb.openFile(YN);
    const rows = await poll(
      'a problem about Jin Yong-sung',
      () => ctx.wb.openProblems(),
      (r) => r.some((row) => row.includes('Jin Yong-sung') && row.includes('Lt. Gen.')),
      60_000,
      1_000,
    );
    await new Promise((r) => setTimeout(r, 2_000)); // let any late diagnostics arrive before the negative check
    const settled = await ctx.wb.problemRows();
    await ctx.wb.focusEditor();
    await ctx.wb.screenshot('problems');
    const jin = settled.filter((row) => row.includes('Jin Yong-sung') && row.includes('Lt. Gen.'));
    assert.ok(jin.length > 0, `expected a Jin Yong-sung rank problem; rows:\n${rows.join('\n')}`);
    assert.ok(jin.some((row) => /warning/i.test(row)), `the Jin Yong-sung problem should be a warning:\n${jin.join('\n')}`);
    const scm = settled.filter((row) => row.includes('Security Consultative Meeting') || /\bSCM\b/.test(row));
    assert.deepStrictEqual(scm, [], `no problem should mention the SCM (both sources put it on Nov. 4)`);
  });

  it('"Corroborate: Find Entity…" finds Samuel Paparo, even misspelt', async function () {
    await ctx.wb.runCommand('Corroborate: Find Entity…');
    await poll('the Find Entity quick pick', async () => (await ctx.wb.quickInputVisible()) && !(await ctx.wb.quickInputValue()).startsWith('>'), (v) => v, 15_000);
    await ctx.wb.fillQuickInput('paparo');
    const exact = await ctx.wb.waitForQuickPickItem('Samuel Paparo');
    await ctx.wb.screenshot('find-entity');
    assert.ok(exact[0]?.includes('Samuel Paparo'), `"paparo": Samuel Paparo should be the top item:\n${exact.join('\n')}`);

    // Clear the list first, so the next check cannot pass on stale items.
    await ctx.wb.fillQuickInput('zzqxj');
    await poll('the list to drop Paparo', () => ctx.wb.quickPickItems(), (items) => !items.some((i) => i.includes('Paparo')), 10_000);
    await ctx.wb.fillQuickInput('papro');
    const sloppy = await ctx.wb.waitForQuickPickItem('Samuel Paparo');
    assert.ok(sloppy[0]?.includes('Samuel Paparo'), `"papro": Samuel Paparo should be the top item:\n${sloppy.join('\n')}`);
    console.log(`      "papro" → ${sloppy.length} items, top: ${sloppy.slice(0, 3).join(' | ')}`);
  });

  it('caches the server\'s compiled code in the extension\'s global storage, not in the workspace', async function () {
    const dir = path.join(path.dirname(ctx.session.workspace), 'user-data', 'User', 'globalStorage', 'corroborate.corroborate', 'code-cache');
    const files = await poll('the code cache', async () => (existsSync(dir) ? readdirSync(dir) : []), (f) => f.some((n) => n.endsWith('.bin')), 30_000, 500);
    const bin = files.filter((n) => n.endsWith('.bin'));
    assert.strictEqual(bin.length, 1, bin.join(', '));
    assert.match(bin[0], /^serverMain-[0-9a-f]{16}\.bin$/);
    assert.ok(statSync(path.join(dir, bin[0])).size > 100_000);
    assert.ok(!readdirSync(ctx.session.workspace).some((n) => /cache/i.test(n)), 'nothing is written into the workspace');
  });

  it('after the language server is killed, the client restarts it and hover works again', async function () {
    const base = path.dirname(ctx.session.workspace);
    const servers = () => execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
      .split('\n').filter((l) => l.includes(base) && l.includes('server/out/server.js')).map((l) => Number(l.trim().split(/\s+/)[0]));
    const before = servers();
    assert.ok(before.length >= 1, 'the language server process should be running');
    for (const pid of before) process.kill(pid, 'SIGKILL');
    await poll('a new server process', async () => servers(), (pids) => pids.length > 0 && pids.every((p) => !before.includes(p)), 60_000, 500);
    const at = locate(file(YN), 'Hegseth');
    await ctx.wb.openFile(YN);
    await ctx.wb.gotoLineColumn(at.line, at.column + 2);
    const text = await ctx.wb.showHover((t) => t.includes(NK) && t.includes(YN));
    assert.ok(text.includes('Pete Hegseth'), `hover after the restart should name Pete Hegseth:\n${text}`);
  });
});
