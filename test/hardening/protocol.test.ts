// The protocol: malformed JSON-RPC, unknown methods, positions out of range, documents
// never opened, requests after shutdown, cancellation and a throwing handler each get a
// proper LSP error or are ignored, and the server keeps serving.

import { strict as assert } from 'assert';
import { cpSync, mkdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import { article, fileUri, HardClient, removeDir, tempDir } from './helpers';
import { SEEDS, S004 } from '../protocol/workspace';

const ErrorCodes = { ParseError: -32700, InvalidRequest: -32600, MethodNotFound: -32601, InternalError: -32603, RequestCancelled: -32800 };

function frame(body: string | Buffer): Buffer {
  const b = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${b.length}\r\n\r\n`, 'ascii'), b]);
}

async function codeOf(p: Promise<unknown>): Promise<number | 'ok'> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return (e as { code?: number }).code ?? NaN;
  }
}

describe('hardening: protocol', function () {
  this.timeout(60000);
  let dir: string;
  let client: HardClient;
  const seedUri = () => fileUri(path.join(dir, S004));
  const stillServing = async () => {
    const stats = await client.requestWithin<{ articles: number }>('corroborate/stats', null);
    assert.ok(stats.articles >= 2, JSON.stringify(stats));
    assert.ok(client.alive(), `server exited: ${JSON.stringify(client.exited)}\n${client.stderr}`);
  };

  before(async () => {
    dir = tempDir('proto');
    cpSync(SEEDS, dir, { recursive: true });
    // A big workspace for a slow request to cancel: 400 articles, many shared names.
    mkdirSync(path.join(dir, 'bulk'));
    for (let i = 0; i < 400; i++) writeFileSync(path.join(dir, 'bulk', `a${i}.txt`), article(i));
    client = new HardClient();
    await client.initialize(dir);
    await client.indexed(60000);
  });

  after(async () => {
    await client?.stop();
    removeDir(dir);
  });

  it('unknown methods get MethodNotFound (-32601); unknown notifications are ignored', async () => {
    assert.equal(await codeOf(client.request('corroborate/noSuchThing', {})), ErrorCodes.MethodNotFound);
    assert.equal(await codeOf(client.request('textDocument/rename', { textDocument: { uri: seedUri() }, position: { line: 0, character: 0 }, newName: 'x' })), ErrorCodes.MethodNotFound);
    await client.notify('corroborate/noSuchNotification', { x: 1 });
    await client.notify('$/noSuchThing', {});
    await stillServing();
  });

  it('positions out of range are clamped or answered with nothing, never an error', async () => {
    const uri = seedUri();
    for (const position of [{ line: 1e9, character: 1e9 }, { line: -1, character: -1 }, { line: 0, character: 1e9 }, { line: 2 ** 31, character: 0 }, { line: 1.5, character: 0.5 }]) {
      for (const method of ['textDocument/hover', 'textDocument/definition', 'textDocument/references', 'textDocument/documentHighlight']) {
        const r = await client.requestWithin(method, { textDocument: { uri }, position, context: { includeDeclaration: true } });
        assert.ok(r === null || Array.isArray(r) || typeof r === 'object', `${method} ${JSON.stringify(position)} → ${JSON.stringify(r)}`);
      }
    }
    const hints = await client.requestWithin('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: -5, character: 0 }, end: { line: 1e9, character: 0 } } });
    assert.ok(hints === null || Array.isArray(hints));
    await stillServing();
  });

  it('documents never opened (and non-file URIs) get null or [], never an error', async () => {
    for (const uri of [fileUri(path.join(dir, 'missing.txt')), 'untitled:Untitled-1', 'http://example.com/a.txt', 'not a uri at all', '']) {
      for (const method of ['textDocument/hover', 'textDocument/definition', 'textDocument/references', 'textDocument/documentHighlight', 'textDocument/documentSymbol', 'textDocument/codeLens']) {
        const r = await client.requestWithin<unknown>(method, { textDocument: { uri }, position: { line: 0, character: 0 }, context: { includeDeclaration: true } });
        assert.ok(r === null || (Array.isArray(r) && r.length === 0), `${method} on ${uri}: ${JSON.stringify(r)}`);
      }
    }
    // Changing or closing a document that was never opened is ignored.
    await client.notify('textDocument/didChange', { textDocument: { uri: fileUri(path.join(dir, 'ghost.txt')), version: 2 }, contentChanges: [{ text: 'Gen. Jin Yong-sung' }] });
    await client.notify('textDocument/didClose', { textDocument: { uri: fileUri(path.join(dir, 'ghost2.txt')) } });
    await stillServing();
  });

  it('an exception inside a handler is answered with an error and does not kill the process', async () => {
    // Params of the wrong shape make the handlers throw (p.textDocument is undefined, etc.).
    for (const [method, params] of [
      ['textDocument/hover', {}], ['textDocument/definition', null], ['textDocument/references', { textDocument: { uri: seedUri() }, position: { line: 3, character: 10 } }],
      ['textDocument/documentSymbol', 42], ['workspace/symbol', { query: { not: 'a string' } }], ['corroborate/entityDetails', null],
      ['textDocument/inlayHint', { textDocument: { uri: seedUri() } }], ['corroborate/entities', 'junk'],
    ] as [string, unknown][]) {
      const code = await codeOf(client.requestWithin(method, params));
      assert.ok(code === 'ok' || code === ErrorCodes.InternalError || code === -32602, `${method}(${JSON.stringify(params)}) → ${code}`);
    }
    // Notifications of the wrong shape too.
    await client.notify('textDocument/didOpen', {});
    await client.notify('textDocument/didOpen', { textDocument: { uri: 42, text: null } });
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: 'file:///nowhere/x.txt', type: 99 }, null] });
    await client.notify('workspace/didChangeConfiguration', { settings: { corroborate: { include: 'not-an-array', exclude: 7 } } });
    await new Promise((r) => setTimeout(r, 500));
    await stillServing();
  });

  it('malformed JSON-RPC bytes (valid header, invalid JSON) are ignored and the server keeps serving', async () => {
    await client.writeRaw(frame('{"jsonrpc":"2.0","id":9001,"method":'));
    await client.writeRaw(frame('this is not json'));
    await client.writeRaw(frame('[]'));
    await client.writeRaw(frame('{"jsonrpc":"2.0"}'));
    await client.writeRaw(frame(Buffer.from([0xff, 0xfe, 0x00, 0x7b])));
    await new Promise((r) => setTimeout(r, 300));
    await stillServing();
  });

  /** Writes `prefix` and a stats request with `id` in one chunk; resolves true when the answer comes. */
  function answeredAfter(prefix: string, id: number, ms: number): Promise<boolean> {
    const body = JSON.stringify({ jsonrpc: '2.0', id, method: 'corroborate/stats', params: null });
    return new Promise((resolve) => {
      const onData = (d: Buffer) => {
        if (String(d).includes(`"id":${id}`)) done(true);
      };
      const timer = setTimeout(() => done(false), ms);
      const done = (v: boolean) => {
        clearTimeout(timer);
        client.proc.stdout!.off('data', onData);
        resolve(v);
      };
      client.proc.stdout!.on('data', onData);
      void client.writeRaw(prefix + `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    });
  }

  it('a bad header (no Content-Length) does not kill the server, and it serves again', async () => {
    await client.writeRaw('Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n');
    await new Promise((r) => setTimeout(r, 300));
    await client.writeRaw('X-Nonsense: 1\r\n\r\n');
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(client.alive());
    // A request in its own chunk (see the skipped test below for one sharing the bad header's chunk).
    const first = await codeOf(client.requestWithin('corroborate/stats', null, 3000));
    if (first !== 'ok') await stillServing(); // the extra bytes let a held-back request through
    await stillServing();
  });

  // BUG: after a header without Content-Length, vscode-jsonrpc's StreamMessageReader fires an
  // error and returns without looking at the rest of the buffer, so a valid request that arrived
  // in the same chunk is not answered until more bytes arrive (the server lags one message:
  // an editor waiting for that answer hangs). Seen with 'X-Nonsense: 1\r\n\r\n' + a stats request
  // written at once: no answer in 3 s; answered as soon as another request is sent.
  it.skip('a request in the same chunk right after a bad header is answered without more input', async () => {
    assert.ok(await answeredAfter('X-Nonsense: 1\r\n\r\n', 8101, 3000), 'no answer until more bytes arrive');
  });

  it('a request in the same chunk right after invalid JSON is answered', async () => {
    assert.ok(await answeredAfter('Content-Length: 9\r\n\r\nnot json!', 8102, 5000));
    await stillServing();
  });

  it('cancelling a slow request ($/cancelRequest) answers RequestCancelled (-32800) or the result, and the server goes on', async () => {
    const outcomes: string[] = [];
    for (const [method, params] of [
      ['workspace/symbol', { query: '' }], ['workspace/symbol', { query: 'jin' }],
      ['textDocument/references', { textDocument: { uri: fileUri(path.join(dir, 'bulk', 'a1.txt')) }, position: { line: 3, character: 58 }, context: { includeDeclaration: true } }],
      ['corroborate/conflicts', null],
    ] as [string, unknown][]) {
      // Send the request and its cancellation back to back, as raw frames, with our own id.
      const id = 7000 + outcomes.length;
      const answer = new Promise<{ error?: { code: number }; result?: unknown }>((resolve) => {
        let buf = Buffer.alloc(0);
        const onData = (d: Buffer) => {
          buf = Buffer.concat([buf, d]);
          const text = buf.toString('utf8');
          const at = text.indexOf(`"id":${id},`) >= 0 ? text.indexOf(`"id":${id},`) : text.indexOf(`"id":${id}}`);
          if (at < 0) return;
          // Find the enclosing message: headers end right before its '{'.
          const start = text.lastIndexOf('\r\n\r\n', at) + 4;
          const len = Number(/Content-Length: (\d+)/.exec(text.slice(text.lastIndexOf('Content-Length', at)))?.[1]);
          const body = Buffer.from(text.slice(start), 'utf8').subarray(0, len).toString('utf8');
          try {
            const msg = JSON.parse(body);
            client.proc.stdout!.off('data', onData);
            resolve(msg);
          } catch {
            // not complete yet
          }
        };
        client.proc.stdout!.on('data', onData);
      });
      await client.writeRaw(Buffer.concat([
        frame(JSON.stringify({ jsonrpc: '2.0', id, method, params })),
        frame(JSON.stringify({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id } })),
      ]));
      const msg = await Promise.race([answer, new Promise<never>((_, rej) => setTimeout(() => rej(new Error(`no answer to cancelled ${method}`)), 15000))]);
      assert.ok(msg.error ? msg.error.code === ErrorCodes.RequestCancelled : 'result' in msg, `${method}: ${JSON.stringify(msg).slice(0, 300)}`);
      outcomes.push(`${method}: ${msg.error ? `error ${msg.error.code}` : 'result'}`);
    }
    if (process.env.FUZZ_REPORT) console.log('      cancellation outcomes:', outcomes.join('; '));
    await stillServing();
  });

  it('after shutdown the server still answers (no hang), and exit then ends the process with 0', async () => {
    const other = new HardClient();
    try {
      await other.initialize(dir);
      await other.indexed(60000);
      await other.requestWithin('shutdown', null);
      await codeOf(other.requestWithin('corroborate/stats', null, 5000)).then((c) => assert.ok(c === 'ok' || c === ErrorCodes.InvalidRequest, String(c)));
      await other.notify('exit', null);
      await other.until('the process to exit after "exit"', () => other.exited, 5000);
      assert.equal(other.exited!.code, 0, 'exit after shutdown exits with 0');
    } finally {
      await other.stop();
    }
  });

  // Regression guard (was a bug): requests after shutdown are served as usual (hover and corroborate/stats return
  // results); LSP says they must fail with InvalidRequest (-32600). server.ts only sets
  // `shuttingDown`, which stops diagnostics publishing but no handler checks it.
  it('requests after shutdown get InvalidRequest (-32600)', async () => {
    const other = new HardClient();
    try {
      await other.initialize(dir);
      await other.indexed(60000);
      await other.requestWithin('shutdown', null);
      const code = await codeOf(other.requestWithin('textDocument/hover', { textDocument: { uri: seedUri() }, position: { line: 3, character: 30 } }));
      const stats = await codeOf(other.requestWithin('corroborate/stats', null));
      assert.deepEqual([code, stats], [ErrorCodes.InvalidRequest, ErrorCodes.InvalidRequest]);
    } finally {
      await other.stop();
    }
  });
});
