// End-to-end: annotations in the packaged extension (code-server + chromium). A note added to a
// selected passage through the command palette shows in the hover, the Show Annotations pick and
// the workspace's `.corroborate/annotations.jsonl`; "Mark as reviewed…" on a conflict warning
// asks for a reason and the warning goes away.
// Setup as for extension.e2e.ts: `bash scripts/setup-e2e.sh` once, `npm run package`, then
// `npx mocha --config test/e2e/.mocharc.json test/e2e/annotations.e2e.ts`.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { useSession } from './support/session';
import { poll, Workbench } from './support/workbench';
import { lineContaining, locate } from './support/workspace';

const NK = '000_cc2096c2dac57694.txt'; // Korea JoongAng Daily, before the SCM
const YN = '004_882d588303bd86ee.txt'; // Yonhap, the MCM the day before
const NOTE = 'Check this quote against the JCS release';
const PASSAGE = '"They agreed to continue efforts';

describe('Corroborate annotations in VS Code (code-server + chromium)', function () {
  const ctx = useSession('failure-annotations-');
  const file = (name: string) => path.join(ctx.session.workspace, name);

  it('"Add Note to Selection" puts the note in the hover, the annotations list and the sidecar file', async function () {
    // Wait until the language server answers for this article (it may still be indexing).
    const hegseth = locate(file(YN), 'Hegseth');
    await ctx.wb.openFile(YN);
    await ctx.wb.gotoLineColumn(hegseth.line, hegseth.column + 2);
    await ctx.wb.showHover((t) => t.includes('Hegseth'));

    // Select the quoted passage: from its first character to the end of its line.
    const line = lineContaining(file(YN), PASSAGE);
    await ctx.wb.gotoLineColumn(line, 1);
    await ctx.wb.page.keyboard.press('Escape');
    await ctx.wb.page.keyboard.press('Shift+End');
    await poll('a selection in the status bar', () => ctx.wb.page.locator('[id="status.editor.selection"]').first().textContent(), (t) => /selected/.test(t ?? ''), 5_000);

    await ctx.wb.runCommand('Corroborate: Add Note to Selection');
    await poll('the note input box', async () => (await ctx.wb.quickInputVisible()) && !(await ctx.wb.quickInputValue()).startsWith('>'), (v) => v, 15_000).catch(
      async (err: Error) => assert.fail(`${err.message}\nnotifications: ${JSON.stringify(await toasts(ctx.wb))}`),
    );
    await ctx.wb.fillQuickInput(NOTE);
    await ctx.wb.page.keyboard.press('Enter');
    await ctx.wb.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });

    // The server stores the note in the workspace folder.
    const sidecar = path.join(ctx.session.workspace, '.corroborate', 'annotations.jsonl');
    const stored = await poll('the note in .corroborate/annotations.jsonl', async () => (fs.existsSync(sidecar) ? fs.readFileSync(sidecar, 'utf8') : ''), (t) => t.includes(NOTE), 15_000);
    assert.ok(stored.includes('They agreed to continue efforts'), `the stored annotation should quote the passage:\n${stored}`);

    // Hover inside the passage: the note is there (decoration hover and/or the server's hover).
    await ctx.wb.gotoLineColumn(line, 12);
    const text = await ctx.wb.showHover((t) => t.includes(NOTE), 30_000);
    await ctx.wb.screenshot('annotation-hover');
    assert.ok(text.includes(NOTE), `hover should show the note:\n${text}`);

    // Show Annotations lists it under its article.
    await ctx.wb.runCommand('Corroborate: Show Annotations');
    const items = await ctx.wb.waitForQuickPickItem(NOTE, 15_000);
    await ctx.wb.screenshot('annotation-list');
    assert.ok(items.some((i) => i.includes(NOTE)), `Show Annotations should list the note:\n${items.join('\n')}`);
  });

  it('"Mark as reviewed…" on the Jin Yong-sung rank warning asks why, then the warning is gone', async function () {
    const jinRank = (row: string) => row.includes('Jin Yong-sung') && row.includes('Lt. Gen.');
    await ctx.wb.openFile(NK);
    await poll('the Jin Yong-sung rank warning', () => ctx.wb.openProblems(), (rows) => rows.some(jinRank), 60_000, 1_000);
    await ctx.wb.focusEditor();
    const at = locate(file(NK), 'Jin', 'Lt. Gen. Jin Yong-sung');
    await ctx.wb.gotoLineColumn(at.line, at.column + 1);

    const action = await ctx.wb.quickFixRow('Mark as reviewed');
    await ctx.wb.screenshot('review-code-actions');
    await action.click();

    await poll('the reason input box', async () => (await ctx.wb.quickInputVisible()) && !(await ctx.wb.quickInputValue()).startsWith('>'), (v) => v, 15_000).catch(
      async (err: Error) => assert.fail(`${err.message}\nnotifications: ${JSON.stringify(await toasts(ctx.wb))}`),
    );
    await ctx.wb.fillQuickInput('Promoted to full general before the MCM');
    await ctx.wb.page.keyboard.press('Enter');
    await ctx.wb.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });

    const sidecar = path.join(ctx.session.workspace, '.corroborate', 'annotations.jsonl');
    await poll('the review in .corroborate/annotations.jsonl', async () => fs.readFileSync(sidecar, 'utf8'), (t) => t.includes('Promoted to full general'), 15_000);
    const rows = await poll('the warning to go', () => ctx.wb.openProblems(), (r) => !r.some(jinRank), 30_000, 1_000);
    await ctx.wb.focusEditor();
    await ctx.wb.screenshot('review-done');
    assert.deepStrictEqual(rows.filter(jinRank), [], 'no Jin Yong-sung rank problem should be left after the review');
  });

  it('the Annotations view lists the note and the review; the Conflicts view says "reviewed"', async function () {
    await ctx.wb.runCommand('Corroborate: Focus on Annotations View');
    const rows = (selector: string) =>
      ctx.wb.page.locator(selector).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') || (el.textContent ?? '').replace(/\s+/g, ' ').trim()));
    const annotationRows = await poll(
      'the note and the review in the Annotations view, and the review in the Conflicts view',
      () => rows('[id="workbench.view.extension.corroborate"] .pane-body .monaco-list-row'),
      // The Conflicts view refreshes on its own after the review: wait for it too.
      (r) => r.some((t) => t.includes(NOTE)) && r.some((t) => t.includes('Promoted to full general')) && r.some((t) => /reviewed/.test(t) && t.includes('Promoted to full general')),
      20_000,
    );
    await ctx.wb.screenshot('annotations-view');
    assert.ok(annotationRows.some((t) => t.includes(YN)), `the note should be grouped under ${YN}:\n${annotationRows.join('\n')}`);
    assert.ok(
      annotationRows.some((t) => t.includes('reviewed') || t.includes('Jin Yong-sung')),
      `the review should name the conflict:\n${annotationRows.join('\n')}`,
    );
    assert.ok(
      annotationRows.some((t) => /reviewed/.test(t) && t.includes('Promoted to full general')),
      `the Conflicts view should show the conflict as reviewed with its reason:\n${annotationRows.join('\n')}`,
    );
  });
});

/** Texts of the notification toasts on screen (an information message explains a refused command). */
async function toasts(wb: Workbench): Promise<string[]> {
  return wb.page.locator('.notifications-toasts .notification-toast').evaluateAll((els) => els.map((el) => (el.textContent ?? '').trim()));
}
