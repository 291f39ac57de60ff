// Bad input never stops the server: each file is skipped with a log line naming it and
// saying why, or indexed correctly. Positions are UTF-16 code units.

import * as assert from 'assert';
import { LspClient, positionOf } from './lspClient';
import { S004, TempWorkspace } from './workspace';

describe('protocol: bad input', function () {
  this.timeout(60000);
  let ws: TempWorkspace;
  let client: LspClient;

  before(async () => {
    ws = new TempWorkspace();
    ws.write('binary.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x41]));
    ws.write('empty.txt', '');
    ws.write('latin1.txt', Buffer.from('Caf\xe9 owner Gen. Dan Caine said \xabhello\xbb on Monday.\n'.repeat(40), 'latin1'));
    ws.write('crlf.txt', 'Talks in Seoul\r\nPublished: 3 Nov. 2025, 10:00\r\n\r\nGen. Dan Caine met Adm. Samuel Paparo in Seoul.\r\nLater, Caine said the talks went well.\r\n');
    ws.write('huge-line.txt', 'Gen. Dan Caine met officials. '.repeat(350_000));
    ws.write('hangul.md', '---\ntitle: 한국 국방 🇰🇷\npublished: 2025-11-03\n---\n\n😀 한국어 기사: Gen. Dan Caine met Adm. Samuel Paparo. 👍 Caine spoke first.\n');
    client = new LspClient();
    await client.initialize(ws.dir);
    await client.until('indexed', () => client.logs.some((l) => /^Indexed \d+ articles/.test(l)), 40000);
  });

  after(async () => {
    await client.stop();
    ws.dispose();
  });

  it('logs the binary file by name with the reason, and keeps serving', async () => {
    assert.ok(client.logs.some((l) => l.includes('binary.txt') && /binary/.test(l)), client.logs.join('\n'));
    const stats = await client.request<{ articles: number }>('corroborate/stats', null);
    assert.strictEqual(stats.articles, 7, 'seeds, empty, latin1, crlf, huge-line and hangul are indexed; binary is not');
    assert.strictEqual(client.proc.exitCode, null);
  });

  it('hover ranges are exact after CRLF line endings', async () => {
    const text = ws.read('crlf.txt');
    const h = await client.request<{ range: unknown }>('textDocument/hover', { textDocument: { uri: ws.uri('crlf.txt') }, position: positionOf(text, 'Caine said', 0, 2) });
    assert.deepStrictEqual(h.range, { start: positionOf(text, 'Caine said'), end: positionOf(text, 'Caine said', 0, 5) });
  });

  it('hover ranges count UTF-16 code units after emoji and Hangul', async () => {
    const text = ws.read('hangul.md');
    const pos = positionOf(text, 'Caine spoke');
    assert.strictEqual(pos.character, text.split('\n')[5].indexOf('Caine spoke'));
    const h = await client.request<{ range: unknown; contents: { value: string } }>('textDocument/hover', { textDocument: { uri: ws.uri('hangul.md') }, position: { line: pos.line, character: pos.character + 1 } });
    assert.deepStrictEqual(h.range, { start: pos, end: { line: pos.line, character: pos.character + 5 } });
    assert.match(h.contents.value, /Dan Caine/);
  });

  it('answers requests for documents never opened and positions out of range', async () => {
    const none = await client.request('textDocument/hover', { textDocument: { uri: ws.uri('missing.txt') }, position: { line: 0, character: 0 } });
    assert.strictEqual(none, null);
    const far = await client.request('textDocument/hover', { textDocument: { uri: ws.uri(S004) }, position: { line: 9999, character: 9999 } });
    assert.strictEqual(far, null);
    const defs = await client.request<unknown[]>('textDocument/definition', { textDocument: { uri: ws.uri(S004) }, position: { line: -1, character: -5 } });
    assert.deepStrictEqual(defs, []);
  });

  it('unknown methods get an LSP error and the server goes on', async () => {
    await assert.rejects(client.request('corroborate/noSuchThing', {}), /Unhandled method|not found|-32601/i);
    const stats = await client.request<{ articles: number }>('corroborate/stats', null);
    assert.strictEqual(stats.articles, 7);
  });
});
