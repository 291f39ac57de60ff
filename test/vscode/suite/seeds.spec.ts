// The language features on the two seed articles, through VS Code's own command API, so the
// client's document selector and the server's answers are checked together.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { basename, diagnosticCode, hoverText, NK, poll, positionOf, seed, YN } from './helpers';

const EXTENSION_ID = 'corroborate.corroborate';

describe('Corroborate on the seed articles', function () {
  before(async function () {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    await extension.activate();
    for (const name of [NK, YN]) await vscode.window.showTextDocument(seed(name), { preview: false });
  });

  it('contributes its commands', async function () {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['showConflicts', 'reindex', 'findEntity', 'compareSources', 'revealMention']) {
      assert.ok(commands.includes(`corroborate.${id}`), `corroborate.${id} is not registered`);
    }
  });

  it('hover on "Hegseth" lists both sources', async function () {
    const uri = seed(YN);
    const at = (await positionOf(uri, 'Hegseth')).translate(0, 2);
    const text = await poll(
      async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at)),
      (t) => t.includes(NK) && t.includes(YN),
    );
    assert.ok(text.includes('Hegseth'), `hover should name Hegseth:\n${text}`);
    assert.ok(text.includes(NK) && text.includes(YN), `hover should list ${NK} and ${YN}:\n${text}`);
  });

  it('definition of "Jin" is "Lt. Gen. Jin Yong-sung" in the other source', async function () {
    const uri = seed(YN);
    const at = (await positionOf(uri, 'Jin', 'Gen. Jin and Gen. Caine')).translate(0, 1);
    const target = await positionOf(seed(NK), 'Lt. Gen. Jin Yong-sung');
    type Target = vscode.Location | vscode.LocationLink;
    const targets = await poll(
      async () => (await vscode.commands.executeCommand<Target[]>('vscode.executeDefinitionProvider', uri, at)) ?? [],
      (ts) => ts.some((t) => basename('uri' in t ? t.uri : t.targetUri) === NK),
    );
    const inNK = targets
      .map((t) => ('uri' in t ? { uri: t.uri, range: t.range } : { uri: t.targetUri, range: t.targetSelectionRange ?? t.targetRange }))
      .filter((t) => basename(t.uri) === NK);
    assert.ok(inNK.length > 0, `no definition in ${NK}: ${JSON.stringify(targets)}`);
    assert.ok(inNK.some((t) => t.range.start.line === target.line), `expected line ${target.line + 1} of ${NK}, got ${inNK.map((t) => t.range.start.line + 1)}`);
  });

  it('warns about Jin Yong-sung\'s rank, with the other source as related information', async function () {
    const uri = seed(NK);
    const isJin = (d: vscode.Diagnostic) => d.source === 'corroborate' && diagnosticCode(d) === 'titleConflict' && d.message.includes('Jin Yong-sung');
    const diagnostics = await poll(() => vscode.languages.getDiagnostics(uri), (ds) => ds.some(isJin));
    const jin = diagnostics.find(isJin);
    assert.ok(jin, `no titleConflict about Jin Yong-sung in ${NK}: ${JSON.stringify(diagnostics.map((d) => d.message))}`);
    assert.strictEqual(jin.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(jin.relatedInformation?.some((r) => basename(r.location.uri) === YN), `related information should point at ${YN}`);
  });

  it('does not warn about the SCM date (both sources say Nov. 4)', async function () {
    await new Promise((r) => setTimeout(r, 1_000)); // let late diagnostics arrive before a negative check
    for (const name of [NK, YN]) {
      const scm = vscode.languages
        .getDiagnostics(seed(name))
        .filter((d) => d.source === 'corroborate' && (d.message.includes('Security Consultative Meeting') || /\bSCM\b/.test(d.message)));
      assert.deepStrictEqual(scm.map((d) => d.message), [], `${name} should have no SCM warning`);
    }
  });

  it('offers "Compare sources" as a quick fix on the warning', async function () {
    const uri = seed(NK);
    const jin = vscode.languages.getDiagnostics(uri).find((d) => d.source === 'corroborate' && diagnosticCode(d) === 'titleConflict');
    assert.ok(jin, 'the titleConflict warning is gone');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, jin.range);
    const compare = actions?.find((a) => a.title === 'Compare sources side by side');
    assert.ok(compare?.command, `no Compare sources action: ${JSON.stringify(actions?.map((a) => a.title))}`);
    await vscode.commands.executeCommand(compare.command.command, ...(compare.command.arguments ?? []));
    const open = vscode.window.visibleTextEditors.map((e) => basename(e.document.uri));
    assert.ok(open.includes(NK) && open.includes(YN), `both sources should be visible, saw ${open.join(', ')}`);
  });
});
