// Live updates: unsaved edits that create and resolve a conflict, files created and
// deleted on disk, and bad input that must not stop the server.

import * as assert from 'assert';
import { mkdirSync } from 'fs';
import * as path from 'path';
import { LspClient, positionOf } from './lspClient';
import { S000, S004, TempWorkspace } from './workspace';

const EXTRA = `Allies fix date for defense talks
Published: 2 Nov. 2025, 09:00

Defense Minister Ahn Gyu-back will host U.S. Defense Secretary Pete Hegseth for the 57th Security Consultative Meeting on Nov. 4 in Seoul, officials said.
`;

describe('protocol: edits and files', function () {
  let ws: TempWorkspace;
  let client: LspClient;

  beforeEach(async () => {
    ws = new TempWorkspace();
    client = new LspClient();
    await client.initialize(ws.dir);
    await client.until('first diagnostics', () => client.diagnostics.get(ws.uri(S000))?.length);
  });

  afterEach(async () => {
    await client.stop();
    ws.dispose();
  });

  it('an edit that creates a date conflict, then an edit that resolves it', async () => {
    const uri = ws.write('extra.txt', EXTRA);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 1 }] });
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text: EXTRA } });
    const dateWarnings = () => (client.diagnostics.get(uri) ?? []).filter((d) => d.code === 'dateConflict');
    await new Promise((r) => setTimeout(r, 400));
    assert.strictEqual(dateWarnings().length, 0);

    const changed = EXTRA.replace('Nov. 4', 'Nov. 5');
    await client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: positionOf(EXTRA, 'Nov. 4', 0, 5), end: positionOf(EXTRA, 'Nov. 4', 0, 6) }, text: '5' }],
    });
    const warnings = await client.until('a date conflict', () => dateWarnings().length ? dateWarnings() : undefined);
    assert.strictEqual(warnings.length, 1);
    assert.strictEqual(warnings[0].message, `57th Security Consultative Meeting: 'Nov. 5' here, 'Nov. 4' in ${S000}, 'Tuesday' in ${S004} for the date`);
    assert.deepStrictEqual(warnings[0].range, { start: positionOf(changed, 'Nov. 5'), end: positionOf(changed, 'Nov. 5', 0, 6) });
    await client.until('the date conflict on 000 too', () => client.diagnostics.get(ws.uri(S000))?.some((d) => d.code === 'dateConflict'));

    await client.notify('textDocument/didChange', {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start: positionOf(changed, 'Nov. 5', 0, 5), end: positionOf(changed, 'Nov. 5', 0, 6) }, text: '4' }],
    });
    await client.until('the date conflict gone', () => dateWarnings().length === 0 && !client.diagnostics.get(ws.uri(S000))!.some((d) => d.code === 'dateConflict'));
    assert.strictEqual(client.diagnostics.get(ws.uri(S000))!.length, 1, 'the Jin conflict stays');
  });

  it('a date written with a weekday it does not fall on is flagged where it stands, and the setting switches it off', async () => {
    const text = 'Ghana names new service chiefs\nPublished: 17 Mar. 2025\n\nThe changes take effect Tuesday, March 24, 2025, the Presidency said.\n';
    const uri = ws.write('weekday.txt', text);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 1 }] });
    const weekday = () => (client.diagnostics.get(uri) ?? []).filter((d) => d.code === 'weekdayMismatch');
    const found = await client.until('a weekday mismatch', () => weekday().length ? weekday() : undefined);
    assert.deepStrictEqual(found.map((d) => [d.message, d.severity, d.range]), [[
      "'Tuesday, March 24, 2025': March 24, 2025 is a Monday, not a Tuesday", 2,
      { start: positionOf(text, 'Tuesday, March 24, 2025'), end: positionOf(text, 'Tuesday, March 24, 2025', 0, 'Tuesday, March 24, 2025'.length) },
    ]]);
    client.settings = { diagnostics: { weekdayMismatch: { enabled: false } } };
    await client.notify('workspace/didChangeConfiguration', { settings: { corroborate: client.settings } });
    await client.until('the weekday mismatch switched off', () => client.diagnostics.get(uri)?.length === 0);
  });

  it('two files created on disk that give the day a person took office differently warn on both, with the other as related information', async () => {
    const aj = 'Nepal\'s first woman prime minister\nPublished: 13 Sept. 2025\n\nSushila Karki, a former chief justice, was sworn in late on Friday to head an interim government.\n';
    const local = 'Aldershot vigil\nPublished: 16 Sept. 2025\n\n🕯️ 네팔 Former chief justice Sushila Karki was sworn in as interim prime minister on Thursday, September 11, becoming the first woman to hold the role.\n';
    const a = ws.write('aj.md', aj);
    const b = ws.write('local.txt', local);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: a, type: 1 }, { uri: b, type: 1 }] });
    const warning = await client.until('the took-office conflict', () => client.diagnostics.get(b)?.find((d) => d.code === 'dateConflict'));
    assert.strictEqual(warning.message, `Sushila Karki took office: 'Thursday, September 11' here, 'Friday' in aj.md for the date`);
    assert.deepStrictEqual(warning.range, { start: positionOf(local, 'Thursday, September 11'), end: positionOf(local, 'Thursday, September 11', 0, 22) });
    const other = await client.until('and on the other file', () => client.diagnostics.get(a)?.find((d) => d.code === 'dateConflict'));
    assert.strictEqual(other.message, `Sushila Karki took office: 'Friday' here, 'Thursday, September 11' in local.txt for the date`);
    assert.deepStrictEqual((other as { relatedInformation?: { location: { uri: string } }[] }).relatedInformation?.map((r) => r.location.uri), [b]);
  });

  it('a file deleted from disk takes its conflicts with it', async () => {
    ws.remove(S004);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri(S004), type: 3 }] });
    await client.until('000 diagnostics cleared', () => client.diagnostics.get(ws.uri(S000))?.length === 0);
    const stats = await client.request<{ articles: number; conflicts: number }>('corroborate/stats', null);
    assert.deepStrictEqual([stats.articles, stats.conflicts], [1, 0]);
    const locs = await client.request<unknown[]>('textDocument/definition', {
      textDocument: { uri: ws.uri(S000) }, position: positionOf(ws.read(S000), 'Hegseth', 0, 1),
    });
    assert.ok(locs.every((l) => (l as { uri: string }).uri === ws.uri(S000)));
  });

  it('a file created on disk is indexed and linked', async () => {
    const uri = ws.write('created.md', '---\ntitle: Paparo visits Seoul\npublished: 2025-11-05\ncreated: 2025-12-01\n---\n\nAdm. Samuel Paparo met officials in Seoul on Wednesday.\n');
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri, type: 1 }] });
    const text004 = ws.read(S004);
    let found: { uri: string }[] = [];
    for (let i = 0; i < 50 && !found.some((l) => l.uri === uri); i++) {
      found = await client.request<{ uri: string }[]>('textDocument/definition', { textDocument: { uri: ws.uri(S004) }, position: positionOf(text004, 'Paparo', 0, 1) });
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.deepStrictEqual(found.map((l) => l.uri), [uri]);
  });
  it('files a .gitignore excludes are not indexed, at the start or when created later', async () => {
    const other = new TempWorkspace();
    const c = new LspClient();
    try {
      other.write('.gitignore', 'drafts/\n');
      mkdirSync(path.join(other.dir, 'drafts'));
      other.write('drafts/early.txt', EXTRA);
      await c.initialize(other.dir);
      await c.until('the index', () => c.logs.find((l) => /^Indexed \d+ articles/.test(l)));
      assert.strictEqual((await c.request<{ articles: number }>('corroborate/stats', null)).articles, 2);
      const late = other.write('drafts/late.txt', EXTRA);
      const kept = other.write('kept.txt', EXTRA);
      await c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: late, type: 1 }, { uri: kept, type: 1 }] });
      for (let i = 0; i < 50 && (await c.request<{ articles: number }>('corroborate/stats', null)).articles < 3; i++) await new Promise((r) => setTimeout(r, 100));
      assert.strictEqual((await c.request<{ articles: number }>('corroborate/stats', null)).articles, 3, 'kept.txt, not drafts/late.txt');
    } finally {
      await c.stop();
      other.dispose();
    }
  });
});
