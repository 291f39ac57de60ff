// Security: the server never executes workspace content, opens no network connection, and
// writes nowhere outside the workspace's .corroborate/ sidecar.

import { strict as assert } from 'assert';
import { existsSync, readdirSync, readFileSync, lstatSync, writeFileSync, cpSync } from 'fs';
import * as path from 'path';
import { analyzeArticle } from '../../server/src/core/analyzeArticle';
import { positionOf } from '../protocol/lspClient';
import { S000, S004, SEEDS } from '../protocol/workspace';
import { fileUri, HardClient, removeDir, REPO, tempDir } from './helpers';

const TRAP = path.join(__dirname, 'trap.js');

/** path → "mtimeMs:size" for every entry under root (not following symlinks). */
function snapshotTree(root: string, skip: (rel: string) => boolean = () => false): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const n of names) {
      const p = path.join(dir, n);
      const rel = path.relative(root, p);
      if (skip(rel)) continue;
      try {
        const st = lstatSync(p);
        out.set(rel, `${st.mtimeMs}:${st.size}`);
        if (st.isDirectory()) walk(p);
      } catch {
        // vanished
      }
    }
  };
  walk(root);
  return out;
}

function changes(before: Map<string, string>, after: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [p, v] of after) if (before.get(p) !== v) out.push(before.has(p) ? `modified ${p}` : `created ${p}`);
  for (const p of before.keys()) if (!after.has(p)) out.push(`deleted ${p}`);
  return out.sort();
}

/** Front matter that would write `marker` if any engine evaluated it. */
function payloads(marker: string): Record<string, string> {
  const js = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'pwned'); module.exports = { title: 'x' }`;
  return {
    'fm-js.md': `---js\n${js}\n---\nGen. Jin Yong-sung spoke.\n`,
    'fm-javascript.md': `---javascript\n({ title: (require('fs').writeFileSync(${JSON.stringify(marker)}, 'pwned'), 'x') })\n---\nBody.\n`,
    'fm-space-js.md': `--- js\n${js}\n---\nBody.\n`,
    'fm-coffee.md': `---coffee\nrequire('fs').writeFileSync ${JSON.stringify(marker)}, 'pwned'\n---\nBody.\n`,
    'fm-yaml-tag.md': `---\ntitle: !!js/function "function () { require('fs').writeFileSync(${JSON.stringify(marker)}, 'pwned') }"\npublished: 2025-11-03\n---\nBody.\n`,
    'fm-yaml-undefined.md': `---\ntitle: !!js/undefined ''\nx: !!js/regexp /a/\n---\nBody.\n`,
    'fm-proto.md': `---\n__proto__: { polluted: true }\nconstructor: { prototype: { polluted: true } }\ntitle: ok\n---\nBody.\n`,
    'fm-aliases.md': '---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ntitle: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nauthor: [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n---\nBody.\n',
  };
}

describe('hardening: security', function () {
  this.timeout(90000);

  it('the core never executes front matter (---js, ---javascript, --- js, ---coffee, YAML !!js tags)', () => {
    const dir = tempDir('exec');
    try {
      const marker = path.join(dir, 'PWNED');
      for (const [name, text] of Object.entries(payloads(marker))) {
        const t0 = Date.now();
        const a = analyzeArticle(`file:///sec/${name}`, text);
        assert.ok(Date.now() - t0 < 5000, `${name} took ${Date.now() - t0} ms`);
        assert.ok(!existsSync(marker), `${name} was executed`);
        assert.equal(({} as Record<string, unknown>).polluted, undefined, `${name} polluted Object.prototype`);
        assert.ok(typeof a.meta.headline?.text !== 'function');
      }
    } finally {
      removeDir(dir);
    }
  });

  describe('a normal session under a network and file-system trap', () => {
    let home: string;
    let tmp: string;
    let cwd: string;
    let ws: string;
    let trapLog: string;
    let marker: string;
    let client: HardClient;
    const snapshots = new Map<string, Map<string, string>>();
    const roots = () => ({ HOME: home, TMPDIR: tmp, cwd, workspace: ws });
    // Source and build outputs other people edit while this runs are not the server's doing.
    const repoSkip = (rel: string) => /^(\.git|test-results|node_modules\/\.cache\/tsx|server\/src|server\/out|client|test|docs|bench|seeds|scripts|syntaxes)(\/|$)|\.(ts|md|json|vsix)$/.test(rel);

    before(async () => {
      home = tempDir('home');
      tmp = tempDir('tmp');
      cwd = tempDir('cwd');
      ws = tempDir('ws');
      trapLog = path.join(tempDir('log'), 'trap.log');
      writeFileSync(trapLog, '');
      cpSync(SEEDS, ws, { recursive: true });
      marker = path.join(ws, 'PWNED');
      for (const [name, text] of Object.entries(payloads(marker))) writeFileSync(path.join(ws, name), text);
      for (const [k, r] of Object.entries(roots())) snapshots.set(k, snapshotTree(r));
      snapshots.set('repo', snapshotTree(REPO, repoSkip));
      client = new HardClient({
        nodeArgs: ['-r', TRAP],
        cwd,
        env: { PATH: process.env.PATH, HOME: home, TMPDIR: tmp, TMP: tmp, TEMP: tmp, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_CACHE_HOME: path.join(home, '.cache'), TRAP_LOG: trapLog, TRAP_ALLOW: [path.join(ws, '.corroborate'), path.dirname(trapLog)].join(':') },
      });
      await client.initialize(ws);
      await client.indexed(60000);
      const s004 = readFileSync(path.join(ws, S004), 'utf8');
      const s000 = readFileSync(path.join(ws, S000), 'utf8');
      const hover = await client.requestWithin<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: fileUri(path.join(ws, S004)) }, position: positionOf(s004, 'Jin Yong-sung', 0, 1) });
      assert.match(hover.contents.value, /Jin Yong-sung/);
      const defs = await client.requestWithin<{ uri: string }[]>('textDocument/definition', { textDocument: { uri: fileUri(path.join(ws, S004)) }, position: positionOf(s004, 'Jin Yong-sung', 0, 1) });
      assert.ok(defs.some((d) => d.uri.endsWith(S000)));
      // Open, edit, close; a watched-file change; re-index; custom requests.
      const uri = fileUri(path.join(ws, S000));
      await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: s000 } });
      await client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Edited: ' }] });
      await new Promise((r) => setTimeout(r, 400));
      await client.notify('textDocument/didClose', { textDocument: { uri } });
      await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(path.join(ws, 'fm-js.md')), type: 2 }] });
      await client.requestWithin('workspace/symbol', { query: 'jin' });
      await client.requestWithin('corroborate/conflicts', null);
      await client.requestWithin('corroborate/reindex', null);
      await client.stop();
    });

    after(() => {
      for (const d of [home, tmp, cwd, ws, path.dirname(trapLog)]) if (d) removeDir(d);
    });

    it('the trap was active (self-check: the preload loaded in the server)', () => {
      const loaded = readFileSync(trapLog, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((c) => c.kind === 'loaded');
      // Once in the main thread, and once more in each analysis worker thread (same pid).
      assert.ok(loaded.length >= 1, 'the preload never ran');
      assert.deepEqual([...new Set(loaded.map((c) => c.what))], [`trap active in pid ${client.pid}`]);
    });

    it('opens no network connection and starts no process', () => {
      const calls = readFileSync(trapLog, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((c) => c.kind === 'net');
      assert.deepEqual(calls, []);
    });

    it('never executes workspace front matter', () => {
      assert.ok(!existsSync(marker), 'PWNED marker written');
    });

    it('writes nowhere outside the workspace .corroborate/ sidecar (trapped fs calls)', () => {
      const writes = readFileSync(trapLog, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((c) => c.kind === 'write');
      assert.deepEqual(writes, []);
    });

    it('creates or modifies no file in HOME, TMPDIR, its cwd, the workspace (outside .corroborate/) or the repo', () => {
      const found: string[] = [];
      for (const [k, r] of Object.entries(roots())) {
        for (const c of changes(snapshots.get(k)!, snapshotTree(r))) if (!(k === 'workspace' && /^(created|modified) \.corroborate(\/|$)/.test(c))) found.push(`${k}: ${c}`);
      }
      for (const c of changes(snapshots.get('repo')!, snapshotTree(REPO, repoSkip))) found.push(`repo: ${c}`);
      assert.deepEqual(found, []);
    });
  });
});
