// Annotations through the protocol any editor uses: workspace/executeCommand to add notes
// and reviews, then hover, diagnostics, code actions and the sidecar file itself.

import * as assert from 'assert';
import { readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import { LspClient, positionOf } from './lspClient';
import { S000, S004, TempWorkspace } from './workspace';

describe('protocol: annotations', function () {
  let ws: TempWorkspace;
  let client: LspClient;
  let t004: string;

  beforeEach(async () => {
    ws = new TempWorkspace();
    t004 = ws.read(S004);
    client = new LspClient();
    await client.initialize(ws.dir);
    await client.until('the Jin diagnostics', () => client.diagnostics.get(ws.uri(S000))?.length && client.diagnostics.get(ws.uri(S004))?.length);
  });

  afterEach(async () => {
    await client.stop();
    ws.dispose();
  });

  const exec = (command: string, args: unknown) => client.request<Record<string, unknown>>('workspace/executeCommand', { command, arguments: [args] });
  const hoverText = async (uri: string, pos: { line: number; character: number }) =>
    (await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: pos }))?.contents.value ?? '';

  it('a note on a passage is stored as a W3C annotation and shows in the hover', async () => {
    const quote = 'meaningful progress';
    const start = positionOf(t004, quote);
    const info = await exec('corroborate.annotations.addToPassage', { uri: ws.uri(S004), range: { start, end: positionOf(t004, quote, 0, quote.length) }, note: 'Check against the JCS release' });
    assert.strictEqual(info.kind, 'passage');
    assert.strictEqual(info.quote, quote);
    const line = JSON.parse(readFileSync(path.join(ws.dir, '.corroborate', 'annotations.jsonl'), 'utf8').trim());
    assert.strictEqual(line['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.strictEqual(line.type, 'Annotation');
    assert.strictEqual(line.motivation, 'commenting');
    assert.strictEqual(line.target.source, S004);
    assert.deepStrictEqual(line.target.selector.map((s: { type: string }) => s.type), ['TextQuoteSelector', 'TextPositionSelector']);
    assert.strictEqual(line.target.selector[0].exact, quote);
    const hover = await hoverText(ws.uri(S004), { line: start.line, character: start.character + 3 });
    assert.match(hover, /Check against the JCS release/);
    assert.match(hover, /note on this passage/);
  });

  it('a note on an entity shows in the hover of every mention, in every source', async () => {
    await exec('corroborate.annotations.addToEntity', { uri: ws.uri(S004), position: positionOf(t004, 'Jin Yong-sung', 0, 2), note: 'Promoted to Gen. in Sept. 2025, per the ministry' });
    const t000 = ws.read(S000);
    const hover = await hoverText(ws.uri(S000), positionOf(t000, 'Jin Yong-sung', 0, 1));
    assert.match(hover, /Promoted to Gen\. in Sept\. 2025, per the ministry/);
    const entities = await client.request<{ name: string; noteCount: number }[]>('corroborate/entities', { query: 'Jin Yong-sung', limit: 1 });
    assert.strictEqual(entities[0].noteCount, 1);
  });

  it('marking the conflict reviewed removes the warning from both sources but keeps it listed', async () => {
    const d = client.diagnostics.get(ws.uri(S004))!;
    const actions = await client.request<{ title: string; command: { command: string; arguments: { conflictId: string; trustedValue?: string }[] } }[]>('textDocument/codeAction', {
      textDocument: { uri: ws.uri(S004) }, range: d[0].range, context: { diagnostics: d },
    });
    assert.deepStrictEqual(actions.map((a) => a.title), ['Mark as reviewed…', "Trust this source's value ('Gen.')"]);
    const trust = actions[1].command;
    assert.strictEqual(trust.command, 'corroborate.annotations.reviewConflict');
    await client.request('workspace/executeCommand', { command: trust.command, arguments: trust.arguments });
    await client.until('warnings gone', () => client.diagnostics.get(ws.uri(S000))?.length === 0 && client.diagnostics.get(ws.uri(S004))?.length === 0);
    const conflicts = await client.request<{ entityName: string; review?: { trustedValue?: string } }[]>('corroborate/conflicts', null);
    assert.strictEqual(conflicts.length, 1);
    assert.strictEqual(conflicts[0].review?.trustedValue, 'Gen.');
    const stats = await client.request<{ conflicts: number }>('corroborate/stats', null);
    assert.strictEqual(stats.conflicts, 0, 'a reviewed conflict no longer counts in the status bar');
    const hover = await hoverText(ws.uri(S004), positionOf(t004, 'Gen. Jin and', 0, 6));
    assert.match(hover, /✔️ \*reviewed:\* Jin Yong-sung: sources disagree on the rank/);
    assert.match(hover, /Trusted 004\\_882d588303bd86ee\.txt \(trusts 'Gen\.'\)/); // Markdown-escaped
  });

  it('a passage that disappeared is reported as orphaned, never dropped', async () => {
    const quote = 'increasingly complex';
    const start = positionOf(t004, quote);
    await exec('corroborate.annotations.addToPassage', { uri: ws.uri(S004), range: { start, end: positionOf(t004, quote, 0, quote.length) }, tags: ['needs-check'] });
    const edited = t004.replace('"increasingly complex" due to', 'harder to read due to');
    writeFileSync(path.join(ws.dir, S004), edited);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: ws.uri(S004), type: 2 }] });
    const orphan = await client.until('an orphan diagnostic', () => client.diagnostics.get(ws.uri(S004))?.find((x) => x.code === 'orphanedAnnotation'));
    assert.strictEqual(orphan.severity, 3);
    assert.match(orphan.message, /"increasingly complex"/);
    assert.match(orphan.message, /#needs-check/);
    const list = await client.request<{ annotations: { orphaned?: boolean; quote?: string }[] }>('corroborate/annotations', { uri: ws.uri(S004) });
    assert.deepStrictEqual(list.annotations.map((a) => [a.quote, a.orphaned]), [[quote, true]]);
  });

  it('a hand-mangled sidecar line is named, the rest still loads, and the file is not overwritten', async () => {
    const quote = 'meaningful progress';
    const start = positionOf(t004, quote);
    await exec('corroborate.annotations.addToPassage', { uri: ws.uri(S004), range: { start, end: positionOf(t004, quote, 0, quote.length) }, note: 'kept' });
    const file = path.join(ws.dir, '.corroborate', 'annotations.jsonl');
    const mangled = readFileSync(file, 'utf8') + '{ this is not json\n';
    writeFileSync(file, mangled);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: 'file://' + file, type: 2 }] });
    let result: { annotations: unknown[]; errors: { line: number; message: string }[] } = { annotations: [], errors: [] };
    for (let i = 0; i < 30 && !result.errors.length; i++) {
      result = await client.request('corroborate/annotations', {});
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.strictEqual(result.annotations.length, 1);
    assert.strictEqual(result.errors[0].line, 2);
    await assert.rejects(exec('corroborate.annotations.addToEntity', { entityId: 'person:x', note: 'n' }), /line 2/);
    assert.strictEqual(readFileSync(file, 'utf8'), mangled);
  });
});
