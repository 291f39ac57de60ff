// corroborate.revealMention(uri, range, options?): the one place that opens an article at a passage,
// used by both trees, Find Entity and Compare Sources.

import * as vscode from 'vscode';
import { toRange, toUri } from '../locations';
import type { WireRange } from '../requests';

export interface RevealOptions {
  viewColumn?: vscode.ViewColumn;
  preserveFocus?: boolean;
  /** Tree clicks open a preview tab like the Explorer does; Compare Sources pins both sides. */
  preview?: boolean;
}

export async function revealMention(
  uri: string | vscode.Uri,
  range: WireRange | vscode.Range,
  options: RevealOptions = {},
): Promise<vscode.TextEditor | undefined> {
  if (!uri || !range) return undefined;
  const selection = toRange(range);
  const document = await vscode.workspace.openTextDocument(toUri(uri));
  const editor = await vscode.window.showTextDocument(document, {
    selection,
    viewColumn: options.viewColumn,
    preserveFocus: options.preserveFocus,
    preview: options.preview ?? true,
  });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
