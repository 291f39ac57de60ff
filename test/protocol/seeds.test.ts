// The real server over stdio on the two seed articles: hover, definition, references,
// highlights, symbols and the one real conflict.

import * as assert from 'assert';
import { LspClient, positionOf } from './lspClient';
import { S000, S004, TempWorkspace } from './workspace';

interface Loc { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }

describe('protocol: seeds', function () {
  let ws: TempWorkspace;
  let client: LspClient;
  let t000: string;
  let t004: string;

  before(async () => {
    ws = new TempWorkspace();
    t000 = ws.read(S000);
    t004 = ws.read(S004);
    client = new LspClient();
    const init = await client.initialize(ws.dir);
    assert.strictEqual(init.capabilities.hoverProvider, true);
    assert.strictEqual(init.capabilities.definitionProvider, true);
    assert.strictEqual(init.capabilities.referencesProvider, true);
    await client.until('the Jin diagnostics', () => client.diagnostics.get(ws.uri(S000))?.length && client.diagnostics.get(ws.uri(S004))?.length);
  });

  after(async () => {
    await client.stop();
    ws.dispose();
  });

  it('publishes the Jin Yong-sung rank conflict on both sources, with related information', () => {
    const d000 = client.diagnostics.get(ws.uri(S000))!;
    const d004 = client.diagnostics.get(ws.uri(S004))!;
    assert.strictEqual(d000.length, 1);
    assert.strictEqual(d004.length, 1);
    assert.strictEqual(d000[0].message, `Jin Yong-sung: 'Lt. Gen.' here, 'Gen.' in ${S004}`);
    assert.strictEqual(d004[0].message, `Jin Yong-sung: 'Gen.' here, 'Lt. Gen.' in ${S000}`);
    assert.strictEqual(d000[0].severity, 2);
    assert.strictEqual(d000[0].source, 'corroborate');
    assert.strictEqual(d000[0].code, 'titleConflict');
    assert.deepStrictEqual(d000[0].range.start, positionOf(t000, 'Joint Chiefs of Staff Chairman Lt. Gen. Jin Yong-sung'));
    assert.deepStrictEqual(d000[0].range.end, positionOf(t000, 'Jin Yong-sung said', 0, 'Jin Yong-sung'.length));
    const rel = d000[0].relatedInformation!;
    assert.strictEqual(rel.length, 1);
    assert.strictEqual(rel[0].location.uri, ws.uri(S004));
    assert.deepStrictEqual(rel[0].location.range.start, positionOf(t004, 'Gen. Jin Yong-sung'));
  });

  it('hover on Hegseth lists both sources and the titles each gives', async () => {
    const h = await client.request<{ contents: { kind: string; value: string }; range: Loc['range'] }>('textDocument/hover', {
      textDocument: { uri: ws.uri(S004) }, position: positionOf(t004, 'Hegseth', 0, 2),
    });
    assert.strictEqual(h.contents.kind, 'markdown');
    assert.match(h.contents.value, /\*\*Pete Hegseth\*\* · person · 2 sources/);
    assert.ok(h.contents.value.includes(S000) && h.contents.value.includes(S004));
    assert.match(h.contents.value, /U\.S\. Defense Secretary/);
    assert.match(h.contents.value, /US Defence Secretary/);
    assert.doesNotMatch(h.contents.value, /disagree/);
    assert.deepStrictEqual(h.range, { start: positionOf(t004, 'Pete Hegseth'), end: positionOf(t004, 'Pete Hegseth', 0, 12) });
  });

  it('hover on Jin shows the conflict', async () => {
    const h = await client.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri: ws.uri(S004) }, position: positionOf(t004, 'Gen. Jin and', 0, 5),
    });
    assert.match(h.contents.value, /\*\*Jin Yong-sung\*\*/);
    assert.match(h.contents.value, /sources disagree on the rank: 'Lt\. Gen\.' in `000_cc2096c2dac57694\.txt`, 'Gen\.' in `004_882d588303bd86ee\.txt`/);
  });

  it('go to definition from Jin in 004 lands on Jin Yong-sung in 000', async () => {
    const locs = await client.request<Loc[]>('textDocument/definition', {
      textDocument: { uri: ws.uri(S004) }, position: positionOf(t004, 'Gen. Jin and', 0, 6),
    });
    assert.strictEqual(locs.length, 1);
    assert.strictEqual(locs[0].uri, ws.uri(S000));
    assert.deepStrictEqual(locs[0].range, { start: positionOf(t000, 'Jin Yong-sung'), end: positionOf(t000, 'Jin Yong-sung', 0, 13) });
  });

  it('references of Ahn include the possessive and both sources', async () => {
    const locs = await client.request<Loc[]>('textDocument/references', {
      textDocument: { uri: ws.uri(S000) }, position: positionOf(t000, 'Ahn’s', 0, 1), context: { includeDeclaration: true },
    });
    const in000 = locs.filter((l) => l.uri === ws.uri(S000));
    const in004 = locs.filter((l) => l.uri === ws.uri(S004));
    assert.strictEqual(in000.length, 2);
    assert.strictEqual(in004.length, 1);
    assert.deepStrictEqual(in000[1].range, { start: positionOf(t000, 'Ahn’s'), end: positionOf(t000, 'Ahn’s', 0, 3) });
  });

  it('the 57th SCM: "the SCM" links to it, with no date warning', async () => {
    const locs = await client.request<Loc[]>('textDocument/references', {
      textDocument: { uri: ws.uri(S000) }, position: positionOf(t000, 'the SCM alternates', 0, 5), context: { includeDeclaration: true },
    });
    assert.ok(locs.some((l) => l.uri === ws.uri(S004) && l.range.start.line === positionOf(t004, '57th Security Consultative Meeting').line));
    assert.ok(!locs.some((l) => l.range.start.line === positionOf(t000, '56th').line), 'the 56th SCM in the caption is another meeting');
    const all = [...client.diagnostics.values()].flat();
    assert.ok(!all.some((d) => /Security Consultative|SCM/.test(d.message)));
  });

  it('document highlights mark every Caine in 004', async () => {
    const hs = await client.request<{ range: Loc['range'] }[]>('textDocument/documentHighlight', {
      textDocument: { uri: ws.uri(S004) }, position: positionOf(t004, 'Caine', 1, 1),
    });
    assert.strictEqual(hs.length, (t004.match(/Caine/g) ?? []).length);
  });

  it('document symbols group the article entities by kind', async () => {
    const syms = await client.request<{ name: string; children: { name: string }[] }[]>('textDocument/documentSymbol', { textDocument: { uri: ws.uri(S004) } });
    const people = syms.find((s) => s.name === 'People')!;
    assert.deepStrictEqual(people.children.map((c) => c.name).sort(), ['Ahn Gyu-back', 'Dan Caine', 'Jin Yong-sung', 'Lee Jae Myung', 'Pete Hegseth', 'Samuel Paparo', 'Xavier Brunson']);
    assert.ok(syms.some((s) => s.name === 'Meetings and events'));
  });

  it('workspace symbols find Paparo from a loose query', async () => {
    const syms = await client.request<{ name: string; location: Loc }[]>('workspace/symbol', { query: 'paparo' });
    assert.strictEqual(syms[0].name, 'Samuel Paparo');
    assert.strictEqual(syms[0].location.uri, ws.uri(S004));
    const sloppy = await client.request<{ name: string }[]>('workspace/symbol', { query: 'papro' });
    assert.ok(sloppy.some((s) => s.name === 'Samuel Paparo'));
  });

  it('inlay hints resolve "on Tuesday" to 2025-11-04', async () => {
    const hints = await client.request<{ position: Loc['range']['start']; label: string }[]>('textDocument/inlayHint', {
      textDocument: { uri: ws.uri(S004) }, range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } },
    });
    const tuesday = hints.find((h) => h.label.includes('2025-11-04'))!;
    assert.ok(tuesday);
    assert.deepStrictEqual(tuesday.position, positionOf(t004, 'Tuesday', 0, 7));
  });

  it('custom requests: stats and conflicts', async () => {
    const stats = await client.request<{ articles: number; conflicts: number; indexing: boolean }>('corroborate/stats', null);
    assert.strictEqual(stats.articles, 2);
    assert.strictEqual(stats.conflicts, 1);
    assert.strictEqual(stats.indexing, false);
    const conflicts = await client.request<{ entityName: string; fact: string; sides: { label: string; value: string; excerpt: string }[] }[]>('corroborate/conflicts', null);
    assert.deepStrictEqual(conflicts.map((c) => [c.entityName, c.fact, c.sides.map((s) => `${s.label}=${s.value}`)]), [
      ['Jin Yong-sung', 'rank', [`${S000}=Lt. Gen.`, `${S004}=Gen.`]],
    ]);
    // The passage each source states it in, read from disk (neither file is open).
    const [s0, s4] = conflicts[0].sides;
    assert.ok(s0.excerpt.startsWith('At a parliamentary audit on Oct. 14, Joint Chiefs of Staff Chairman Lt. Gen. Jin Yong-sung said'), s0.excerpt);
    assert.ok(s4.excerpt.startsWith('Joint Chiefs of Staff (JCS) Gen. Jin Yong-sung and his US counterpart'), s4.excerpt);
  });
});
