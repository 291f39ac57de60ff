// The entity mention under the cursor, found by asking the server for the cursor's document
// highlights (every mention of the same entity): none means the cursor is on no entity.

import * as vscode from 'vscode';
import { DocumentHighlightRequest, LanguageClient } from 'vscode-languageclient/node';
import { toRange } from '../locations';

export interface EntityAtCursor {
  uri: string;
  position: { line: number; character: number };
  /** The mention's text, for the prompt. */
  text: string;
}

export async function entityAtCursor(client: LanguageClient): Promise<EntityAtCursor | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client.isRunning()) return undefined;
  const { document } = editor;
  const here = editor.selection.active;
  const uri = document.uri.toString();
  const position = { line: here.line, character: here.character };
  try {
    const highlights = await client.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri }, position });
    const under = (highlights ?? []).map((h) => toRange(h.range)).find((r) => r.contains(here));
    return under ? { uri, position, text: document.getText(under) } : undefined;
  } catch {
    return undefined;
  }
}
