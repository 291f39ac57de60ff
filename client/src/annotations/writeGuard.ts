// Every command that writes a note goes through here: Restricted Mode writes nothing (the
// manifest promises it), a stopped server is said so, and a refused write shows the reason.

import * as vscode from 'vscode';
import { AnnotationsApi, message } from './annotationsApi';

/** True when a write may go ahead; otherwise tells the user why not. */
export function canWrite(api: AnnotationsApi): boolean {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showInformationMessage(
      'Corroborate: notes can’t be written in Restricted Mode. Trust this workspace to add notes, tags and reviews; existing notes stay visible.',
    );
    return false;
  }
  if (!api.running) {
    void vscode.window.showWarningMessage('Corroborate: the language server is not running yet.');
    return false;
  }
  return true;
}

/** Runs one server write; a failure becomes an error message naming what was attempted. */
export async function write<R>(what: string, run: () => Promise<R>): Promise<R | undefined> {
  try {
    return await run();
  } catch (e) {
    void vscode.window.showErrorMessage(`Corroborate: could not ${what}: ${message(e)}`);
    return undefined;
  }
}
