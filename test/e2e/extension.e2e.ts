// End-to-end: the packaged corroborate.vsix in a real VS Code (code-server), driven through chromium.
// Setup: `bash scripts/setup-e2e.sh` once, `npm run package`, then `npx mocha --config test/e2e/.mocharc.json`.
import * as assert from 'assert';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { startSession, Session } from './support/session';
import { poll, Workbench } from './support/workbench';
import { lineContaining, locate } from './support/workspace';

const NK = '000_cc2096c2dac57694.txt'; // Korea JoongAng Daily, before the SCM
const YN = '004_882d588303bd86ee.txt'; // Yonhap, the MCM the day before

describe('Corroborate in VS Code (code-server + chromium)', function () {
  let session: Session;
  let wb: Workbench;
  const file = (name: string) => path.join(session.workspace, name);

  before(async function () {
    session = await startSession();
    wb = session.workbench;
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && wb) {
      const name = `failure-${this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`;
      const shot = await wb.screenshot(name).catch(() => undefined);
      if (shot) console.log(`      screenshot: ${shot}`);
    }
    await wb?.closeQuickInput().catch(() => undefined);
  });

  after(async function () {
    await session?.dispose();
  });

  it('hover on "Hegseth" lists both sources', async function () {
    const at = locate(file(YN), 'Hegseth');
    await wb.openFile(YN);
    await wb.gotoLineColumn(at.line, at.column + 2);
    const text = await wb.showHover((t) => t.includes(NK) && t.includes(YN));
    await wb.screenshot('hover');
    assert.ok(text.includes('Hegseth'), `hover should name Hegseth:\n${text}`);
    assert.ok(text.includes(NK), `hover should list ${NK}:\n${text}`);
    assert.ok(text.includes(YN), `hover should list ${YN}:\n${text}`);
  });

  it('F12 on "Jin" jumps to "Lt. Gen. Jin Yong-sung" in the other source', async function () {
    const at = locate(file(YN), 'Jin', 'Gen. Jin and Gen. Caine');
    const targetLine = lineContaining(file(NK), 'Lt. Gen. Jin Yong-sung');
    await wb.openFile(YN);
    await wb.gotoLineColumn(at.line, at.column + 1);
    // Re-ask until the language server has indexed both files (the first F12 may find nothing).
    const deadline = Date.now() + 60_000;
    let title = '';
    while (Date.now() < deadline) {
      await wb.pressF12();
      title = await poll('F12 result', () => wb.activeTabTitle(), (t) => t.includes(NK), 5_000).catch(() => title);
      if (title.includes(NK)) break;
      if (await wb.peekVisible()) {
        await wb.screenshot('failure-f12-peek');
        assert.fail(`F12 opened a peek view instead of jumping to ${NK} (screenshot test-results/e2e/failure-f12-peek.png)`);
      }
    }
    assert.ok(title.includes(NK), `active tab after F12 should be ${NK}, was "${title}"`);
    const cursor = await poll('cursor to settle', () => wb.cursorPosition(), (p) => p.line === targetLine, 5_000).catch(() =>
      wb.cursorPosition(),
    );
    assert.strictEqual(cursor.line, targetLine, `cursor should be on line ${targetLine} ("Lt. Gen. Jin Yong-sung"), was Ln ${cursor.line}, Col ${cursor.column}`);
  });

  it('Problems panel warns about Jin Yong-sung\'s rank and not about the SCM date', async function () {
    await wb.openFile(NK);
    await wb.openFile(YN);
    const rows = await poll(
      'a problem about Jin Yong-sung',
      () => wb.openProblems(),
      (r) => r.some((row) => row.includes('Jin Yong-sung') && row.includes('Lt. Gen.')),
      60_000,
      1_000,
    );
    await new Promise((r) => setTimeout(r, 2_000)); // let any late diagnostics arrive before the negative check
    const settled = await wb.problemRows();
    await wb.focusEditor();
    await wb.screenshot('problems');
    const jin = settled.filter((row) => row.includes('Jin Yong-sung') && row.includes('Lt. Gen.'));
    assert.ok(jin.length > 0, `expected a Jin Yong-sung rank problem; rows:\n${rows.join('\n')}`);
    assert.ok(jin.some((row) => /warning/i.test(row)), `the Jin Yong-sung problem should be a warning:\n${jin.join('\n')}`);
    const scm = settled.filter((row) => row.includes('Security Consultative Meeting') || /\bSCM\b/.test(row));
    assert.deepStrictEqual(scm, [], `no problem should mention the SCM (both sources put it on Nov. 4)`);
  });

  it('"Corroborate: Find Entity…" finds Samuel Paparo, even misspelt', async function () {
    await wb.runCommand('Corroborate: Find Entity…');
    await poll('the Find Entity quick pick', async () => (await wb.quickInputVisible()) && !(await wb.quickInputValue()).startsWith('>'), (v) => v, 15_000);
    await wb.fillQuickInput('paparo');
    const exact = await wb.waitForQuickPickItem('Samuel Paparo');
    await wb.screenshot('find-entity');
    assert.ok(exact[0]?.includes('Samuel Paparo'), `"paparo": Samuel Paparo should be the top item:\n${exact.join('\n')}`);

    // Clear the list first, so the next check cannot pass on stale items.
    await wb.fillQuickInput('zzqxj');
    await poll('the list to drop Paparo', () => wb.quickPickItems(), (items) => !items.some((i) => i.includes('Paparo')), 10_000);
    await wb.fillQuickInput('papro');
    const sloppy = await wb.waitForQuickPickItem('Samuel Paparo');
    assert.ok(sloppy[0]?.includes('Samuel Paparo'), `"papro": Samuel Paparo should be the top item:\n${sloppy.join('\n')}`);
    console.log(`      "papro" → ${sloppy.length} items, top: ${sloppy.slice(0, 3).join(' | ')}`);
  });

  it('after the language server is killed, the client restarts it and hover works again', async function () {
    const base = path.dirname(session.workspace);
    const servers = () => execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
      .split('\n').filter((l) => l.includes(base) && l.includes('server/out/server.js')).map((l) => Number(l.trim().split(/\s+/)[0]));
    const before = servers();
    assert.ok(before.length >= 1, 'the language server process should be running');
    for (const pid of before) process.kill(pid, 'SIGKILL');
    await poll('a new server process', async () => servers(), (pids) => pids.length > 0 && pids.every((p) => !before.includes(p)), 60_000, 500);
    const at = locate(file(YN), 'Hegseth');
    await wb.openFile(YN);
    await wb.gotoLineColumn(at.line, at.column + 2);
    const text = await wb.showHover((t) => t.includes(NK) && t.includes(YN));
    assert.ok(text.includes('Pete Hegseth'), `hover after the restart should name Pete Hegseth:\n${text}`);
  });
});
