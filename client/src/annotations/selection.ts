// The passage a selection command annotates: the active editor's selection, never empty.

import * as vscode from 'vscode';
import type { WireRange } from '../requests';

export interface SelectedPassage {
  uri: string;
  range: WireRange;
  text: string;
  editor: vscode.TextEditor;
}

export function selectedPassage(): SelectedPassage | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.selection.isEmpty || !editor.document.getText(editor.selection).trim()) {
    void vscode.window.showInformationMessage('Corroborate: select the passage to annotate first.');
    return undefined;
  }
  const { start, end } = editor.selection;
  return {
    uri: editor.document.uri.toString(),
    range: { start: { line: start.line, character: start.character }, end: { line: end.line, character: end.character } },
    text: editor.document.getText(editor.selection),
    editor,
  };
}
