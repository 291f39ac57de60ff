// A second editor: headless Neovim runs the server on the seeds and gets a hover and the
// Jin Yong-sung diagnostic. Skipped, saying why, where no `nvim` is installed (CI installs
// Debian's neovim).

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { positionOf, SERVER } from '../protocol/lspClient';
import { S004, TempWorkspace } from '../protocol/workspace';

const hasNvim = spawnSync('nvim', ['--version']).status === 0;

describe('Neovim', function () {
  this.timeout(90000);

  before(function () {
    if (!hasNvim) {
      console.log('    (skipped: no nvim on PATH; install Debian\'s neovim to run this test)');
      this.skip();
    }
  });

  it('gets the Jin diagnostic and a hover listing both sources', () => {
    const ws = new TempWorkspace();
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'corroborate-nvim-'));
    try {
      const out = path.join(tmp, 'result.json');
      const text = ws.read(S004);
      const hover = positionOf(text, 'Hegseth', 0, 2);
      const r = spawnSync('nvim', ['--headless', '--clean', '-n', '-u', 'NONE', '-c', `luafile ${path.join(__dirname, 'check.lua')}`], {
        env: {
          ...process.env, CORROBORATE_ROOT: ws.dir, CORROBORATE_FILE: path.join(ws.dir, S004), CORROBORATE_SERVER: SERVER,
          CORROBORATE_NODE: process.execPath, CORROBORATE_OUT: out, HOVER_LINE: String(hover.line), HOVER_COL: String(hover.character),
        },
        timeout: 80000, encoding: 'utf8',
      });
      assert.strictEqual(r.status, 0, `nvim failed: ${r.stderr}\n${r.stdout}`);
      const result = JSON.parse(readFileSync(out, 'utf8')) as { diagnostics: { message: string; lnum: number; source: string }[]; hover: string };
      assert.deepStrictEqual(result.diagnostics.map((d) => [d.message, d.lnum, d.source]), [
        ["Jin Yong-sung: 'Gen.' here, 'Lt. Gen.' in 000_cc2096c2dac57694.txt", positionOf(text, 'Gen. Jin Yong-sung').line, 'corroborate'],
      ]);
      assert.match(result.hover, /\*\*Pete Hegseth\*\* · person · 2 sources/);
      assert.ok(result.hover.includes('000_cc2096c2dac57694.txt') && result.hover.includes(S004));
    } finally {
      ws.dispose();
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
