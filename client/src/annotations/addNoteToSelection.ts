// corroborate.addNoteToSelection: a note on the selected passage, stored by the server with the
// quote and its context so it follows the passage through later edits.

import * as vscode from 'vscode';
import type { AnnotationsApi } from './annotationsApi';
import { firstLine, truncate } from './format';
import { selectedPassage } from './selection';
import { canWrite, write } from './writeGuard';

export async function addNoteToSelection(api: AnnotationsApi): Promise<void> {
  if (!canWrite(api)) return;
  const passage = selectedPassage();
  if (!passage) return;
  const note = await vscode.window.showInputBox({
    title: 'Corroborate: Add Note to Selection',
    prompt: `Note on “${truncate(firstLine(passage.text.trim()), 60)}”`,
    placeHolder: 'e.g. Check this quote against the original statement',
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() ? undefined : 'The note is empty.'),
  });
  if (!note?.trim()) return;
  const added = await write('add the note', () => api.addToPassage({ uri: passage.uri, range: passage.range, note: note.trim() }));
  if (added) vscode.window.setStatusBarMessage('$(note) Corroborate: note added', 3000);
}
