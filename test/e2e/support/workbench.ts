// Drives the code-server workbench in Debian's chromium through playwright-core, by keyboard
// where possible (hovers by Ctrl+K Ctrl+I, not by mouse over a text span).
import * as fs from 'fs';
import * as path from 'path';
import { Browser, chromium, Locator, Page } from 'playwright-core';
import { CHROMIUM_BIN, RESULTS_DIR } from './paths';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const QUICK_INPUT = '.quick-input-widget';
const QUICK_INPUT_BOX = `${QUICK_INPUT} .quick-input-box input`;
const QUICK_INPUT_ROWS = `${QUICK_INPUT} .quick-input-list .monaco-list-row`;
const ACTIVE_TAB = '.editor-group-container.active .tabs-container .tab.active';
const CURSOR_STATUS = '[id="status.editor.selection"]';
const HOVER = '.monaco-hover';
const PROBLEM_ROWS = '.markers-panel .monaco-list-row';

export interface CursorPosition {
  line: number;
  column: number;
}

export async function poll<T>(
  what: string,
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs: number,
  intervalMs = 250,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    try {
      last = await read();
      if (accept(last)) return last;
    } catch {
      // the DOM is changing under us; read again
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${JSON.stringify(last)}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export class Workbench {
  private constructor(
    private readonly browser: Browser,
    readonly page: Page,
  ) {}

  /** Launches chromium, opens `folder` in the workbench at `serverUrl`, waits for the workbench. */
  static async open(serverUrl: string, folder: string): Promise<Workbench> {
    const browser = await chromium.launch({ executablePath: CHROMIUM_BIN, args: CHROMIUM_ARGS });
    try {
      const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
      const page = await context.newPage();
      await page.goto(`${serverUrl}/?folder=${encodeURIComponent(folder)}`);
      await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
      await page.waitForSelector('.part.statusbar', { timeout: 60_000 });
      await page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
      return new Workbench(browser, page);
    } catch (err) {
      await browser.close();
      throw err;
    }
  }

  async close(): Promise<void> {
    await this.browser.close();
  }

  // ---- quick input -------------------------------------------------------------------------

  private quickInput(): Locator {
    return this.page.locator(QUICK_INPUT);
  }

  async quickInputVisible(): Promise<boolean> {
    return this.quickInput().isVisible();
  }

  async waitForQuickInput(): Promise<void> {
    await this.quickInput().waitFor({ state: 'visible', timeout: 15_000 });
  }

  async quickInputValue(): Promise<string> {
    return this.page.locator(QUICK_INPUT_BOX).inputValue();
  }

  /** Replaces the quick input's text (keeps a leading prefix such as ">" only if `text` has it). */
  async fillQuickInput(text: string): Promise<void> {
    const box = this.page.locator(QUICK_INPUT_BOX);
    await box.focus();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.type(text, { delay: 20 });
  }

  /** Rendered rows of the quick input list, top first, as their accessible labels ("label, description"). */
  async quickPickItems(): Promise<string[]> {
    const rows = await this.page.locator(QUICK_INPUT_ROWS).evaluateAll((els) =>
      els.map((row) => ({
        index: Number(row.getAttribute('data-index') ?? 0),
        label: row.getAttribute('aria-label') || (row.textContent ?? '').replace(/\s+/g, ' ').trim(),
      })),
    );
    return rows.sort((a, b) => a.index - b.index).map((r) => r.label);
  }

  async waitForQuickPickItem(pattern: string | RegExp, timeoutMs = 20_000): Promise<string[]> {
    const matches = (item: string) => (typeof pattern === 'string' ? item.includes(pattern) : pattern.test(item));
    return poll(`a quick pick item matching ${pattern}`, () => this.quickPickItems(), (items) => items.some(matches), timeoutMs);
  }

  async closeQuickInput(): Promise<void> {
    if (await this.quickInputVisible()) {
      await this.page.keyboard.press('Escape');
      await this.quickInput().waitFor({ state: 'hidden', timeout: 5_000 });
    }
  }

  // ---- commands and files ------------------------------------------------------------------

  /** Runs a command by its palette title (e.g. "Corroborate: Find Entity…") through F1. */
  async runCommand(title: string): Promise<void> {
    await this.closeQuickInput();
    await this.page.keyboard.press('F1');
    await this.waitForQuickInput();
    await this.fillQuickInput(`>${title}`);
    const row = this.page.locator(QUICK_INPUT_ROWS).filter({ hasText: title }).first();
    try {
      await row.waitFor({ state: 'visible', timeout: 15_000 });
    } catch {
      throw new Error(`command "${title}" is not in the command palette; it shows: ${JSON.stringify(await this.quickPickItems())}`);
    }
    await row.click();
    await this.parkMouse();
  }

  /** Moves the mouse to the empty bottom of the side bar, so no tooltip or hover spoils a screenshot. */
  async parkMouse(): Promise<void> {
    const size = this.page.viewportSize() ?? { width: 1400, height: 860 };
    await this.page.mouse.move(150, size.height - 120);
  }

  /** Opens a workspace file by name through Ctrl+P, waits until its tab is the active one. */
  async openFile(name: string): Promise<void> {
    await this.closeQuickInput();
    await this.page.keyboard.press('Control+P');
    await this.waitForQuickInput();
    await this.fillQuickInput(name);
    // Wait for the filtered list, not a stale one: until the search has run, the top row is a
    // recently opened file and Enter would open that instead.
    await poll(
      `quick open to list ${name} first`,
      () => this.quickPickItems(),
      (items) => items.length > 0 && items[0].includes(name),
      20_000,
    );
    await this.page.locator(QUICK_INPUT_ROWS).filter({ hasText: name }).first().click();
    await this.parkMouse();
    await poll(`tab ${name} to be active`, () => this.activeTabTitle(), (t) => t.includes(name), 15_000);
    await this.page.locator('.editor-group-container.active .monaco-editor.focused').waitFor({ timeout: 10_000 });
  }

  async activeTabTitle(): Promise<string> {
    return ((await this.page.locator(ACTIVE_TAB).first().textContent()) ?? '').trim();
  }

  // ---- cursor ------------------------------------------------------------------------------

  /** Cursor position read from the status bar's "Ln X, Col Y". */
  async cursorPosition(): Promise<CursorPosition> {
    const text = (await this.page.locator(CURSOR_STATUS).first().textContent()) ?? '';
    const m = /Ln (\d+), Col (\d+)/.exec(text);
    if (!m) throw new Error(`status bar cursor position unreadable: "${text}"`);
    return { line: Number(m[1]), column: Number(m[2]) };
  }

  /** Moves the cursor with Ctrl+G "line:column" (1-based) and waits for the status bar to agree. */
  async gotoLineColumn(line: number, column: number): Promise<void> {
    await this.closeQuickInput();
    await this.page.keyboard.press('Control+G');
    await this.waitForQuickInput();
    await this.fillQuickInput(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await poll(
      `cursor at Ln ${line}, Col ${column}`,
      () => this.cursorPosition(),
      (p) => p.line === line && p.column === column,
      10_000,
    );
  }

  // ---- hover, definition -------------------------------------------------------------------

  async hoverText(): Promise<string> {
    // The tsconfig has no DOM lib: describe the little of HTMLElement used in the page.
    type Rendered = { innerText: string; getClientRects(): { length: number } };
    const texts = await this.page.locator(HOVER).evaluateAll((els) =>
      els
        .map((el) => el as unknown as Rendered)
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => el.innerText.trim())
        .filter((t) => t.length > 0),
    );
    return texts.join('\n---\n');
  }

  /**
   * Shows the editor hover at the cursor with Ctrl+K Ctrl+I and returns its text once `accept`
   * holds (the language server may still be indexing: the hover is re-asked until the deadline).
   */
  async showHover(accept: (text: string) => boolean = (t) => t.length > 0, timeoutMs = 60_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    while (Date.now() < deadline) {
      await this.page.keyboard.press('Escape');
      await this.page.keyboard.press('Control+K');
      await this.page.keyboard.press('Control+I');
      try {
        last = await poll('hover text', () => this.hoverText(), (t) => accept(t) && !/^Loading/.test(t), 4_000);
        return last;
      } catch {
        last = await this.hoverText();
      }
    }
    throw new Error(`Timed out after ${timeoutMs} ms waiting for the expected hover; last hover text: ${JSON.stringify(last)}`);
  }

  async pressF12(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('F12');
  }

  async peekVisible(): Promise<boolean> {
    return this.page.locator('.peekview-widget').first().isVisible();
  }

  // ---- problems ----------------------------------------------------------------------------

  /** Opens the Problems panel (Ctrl+Shift+M) and returns the rendered rows (file rows and problem rows). */
  async openProblems(): Promise<string[]> {
    await this.closeQuickInput();
    if (!(await this.page.locator('.markers-panel').first().isVisible())) {
      await this.page.keyboard.press('Control+Shift+M');
    }
    await this.page.locator('.markers-panel').first().waitFor({ state: 'visible', timeout: 15_000 });
    return this.problemRows();
  }

  async problemRows(): Promise<string[]> {
    return this.page.locator(PROBLEM_ROWS).evaluateAll((rows) =>
      rows.map((row) => row.getAttribute('aria-label') || (row.textContent ?? '').replace(/\s+/g, ' ').trim()),
    );
  }

  /** Focuses the first editor group (Ctrl+1), e.g. so a focused Problems row shows its severity icon, not a lightbulb. */
  /**
   * Opens the quick-fix menu at the cursor (Ctrl+.) and returns its row holding `text`. Asks again
   * while the row is missing: under load the first request can reach the server before the
   * diagnostics at the cursor are in the editor's model, and the menu then opens without it.
   */
  async quickFixRow(text: string, timeoutMs = 45_000): Promise<Locator> {
    const row = this.page.locator('.action-widget .monaco-list-row').filter({ hasText: text }).first();
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.page.keyboard.press('Escape');
      await this.page.keyboard.press('Control+Period');
      try {
        await row.waitFor({ state: 'visible', timeout: 5_000 });
        return row;
      } catch (err) {
        if (Date.now() > deadline) {
          const shown = await this.page.locator('.action-widget .monaco-list-row').allTextContents().catch(() => []);
          throw new Error(`no quick fix "${text}" after ${timeoutMs} ms; the menu showed ${JSON.stringify(shown)}: ${(err as Error).message}`);
        }
        await this.focusEditor().catch(() => undefined);
      }
    }
  }

  async focusEditor(): Promise<void> {
    await this.page.keyboard.press('Control+1');
    await this.page.locator('.editor-group-container.active .monaco-editor.focused').waitFor({ timeout: 10_000 });
  }

  async statusBarProblems(): Promise<string> {
    return ((await this.page.locator('[id="status.problems"]').first().textContent()) ?? '').trim();
  }

  // ---- artifacts ---------------------------------------------------------------------------

  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    const file = path.join(RESULTS_DIR, name.endsWith('.png') ? name : `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }
}
