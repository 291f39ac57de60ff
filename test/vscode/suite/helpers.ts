import * as assert from 'assert';
import * as vscode from 'vscode';

/** Korea JoongAng Daily, before the SCM. */
export const NK = '000_cc2096c2dac57694.txt';
/** Yonhap, the MCM the day before. */
export const YN = '004_882d588303bd86ee.txt';

export function seed(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests must be launched with the seeds folder open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Position of `needle`, searched from the first occurrence of `after` when given. */
export async function positionOf(uri: vscode.Uri, needle: string, after?: string): Promise<vscode.Position> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const text = doc.getText();
  const from = after ? text.indexOf(after) : 0;
  assert.ok(from >= 0, `"${after}" not found in ${uri.fsPath}`);
  const at = text.indexOf(needle, from);
  assert.ok(at >= 0, `"${needle}" not found in ${uri.fsPath}`);
  return doc.positionAt(at);
}

/**
 * Re-asks until `ok` holds: the server indexes the workspace in the background, so the first
 * answers may be empty. Returns the last value on timeout so the assertion can show it.
 */
export async function poll<T>(ask: () => Thenable<T> | T, ok: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await ask();
  while (!ok(value) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 500));
    value = await ask();
  }
  return value;
}

export function hoverText(hovers: vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n');
}

export function diagnosticCode(d: vscode.Diagnostic): string | undefined {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return code === undefined ? undefined : String(code);
}

export function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
