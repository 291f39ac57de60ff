// Wires annotations into the extension: the writing commands, the editor decorations, the
// Annotations view. extension.ts calls refresh() on each statsChanged (the language client
// allows one handler per notification, so this module must not register its own).

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { debounce } from '../debounce';
import type { CorroborateApi } from '../requests';
import { addNoteToEntity } from './addNoteToEntity';
import { addNoteToSelection } from './addNoteToSelection';
import { AnnotationInfo, AnnotationsApi } from './annotationsApi';
import { AnnotationsTree } from './annotationsTree';
import { AnnotationDecorations } from './decorations';
import { markReviewed, MarkReviewedArg, trustValue, TrustValueArg } from './reviewConflict';
import { removeAnnotation } from './removeAnnotation';
import { REVEAL_ANNOTATION_COMMAND, revealAnnotation } from './revealAnnotation';
import { showAnnotations } from './showAnnotations';
import { tagSelection } from './tagSelection';

const REFRESH_MS = 300;
/** Edits reach the server debounced; the passages it re-anchors are asked for after that. */
const EDIT_REFRESH_MS = 800;

export interface Annotations {
  /** Re-reads decorations and the view (after statsChanged or a server restart). */
  refresh(): void;
  /** The notes attached to one entity, for the Entities view. */
  entityNotes(entityId: string): Promise<AnnotationInfo[]>;
}

export function registerAnnotations(
  context: vscode.ExtensionContext,
  client: LanguageClient,
  corroborate: CorroborateApi,
  output: vscode.LogOutputChannel,
  documentSelector: vscode.DocumentSelector,
): Annotations {
  const api = new AnnotationsApi(client, output);
  const decorations = new AnnotationDecorations(api, (doc) => vscode.languages.match(documentSelector, doc) > 0);
  const tree = new AnnotationsTree(api, corroborate);
  const view = vscode.window.createTreeView('corroborate.annotations', { treeDataProvider: tree, showCollapseAll: true });
  const reveal = (a: AnnotationInfo) => revealAnnotation(corroborate, a);

  const refresh = debounce(() => {
    decorations.refresh();
    tree.refresh();
  }, REFRESH_MS);
  const editedDocuments = new Set<vscode.TextDocument>();
  const refreshEdited = debounce(() => {
    for (const doc of editedDocuments) void decorations.refreshDocument(doc);
    editedDocuments.clear();
  }, EDIT_REFRESH_MS);

  context.subscriptions.push(
    api,
    decorations,
    view,
    api.onDidChange(refresh),
    vscode.window.onDidChangeVisibleTextEditors(() => decorations.refresh()),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length === 0 || !vscode.window.visibleTextEditors.some((ed) => ed.document === e.document)) return;
      editedDocuments.add(e.document);
      refreshEdited();
    }),
    vscode.commands.registerCommand('corroborate.addNoteToSelection', () => addNoteToSelection(api)),
    vscode.commands.registerCommand('corroborate.addNoteToEntity', () => addNoteToEntity(api, corroborate, client)),
    vscode.commands.registerCommand('corroborate.tagSelection', () => tagSelection(api)),
    vscode.commands.registerCommand('corroborate.showAnnotations', () => showAnnotations(tree, reveal)),
    vscode.commands.registerCommand('corroborate.markReviewed', (arg?: MarkReviewedArg) => markReviewed(api, corroborate, arg)),
    vscode.commands.registerCommand('corroborate.trustValue', (arg?: TrustValueArg) => trustValue(api, corroborate, arg)),
    vscode.commands.registerCommand('corroborate.removeAnnotation', (node) => removeAnnotation(api, node)),
    vscode.commands.registerCommand(REVEAL_ANNOTATION_COMMAND, (a?: AnnotationInfo) => revealAnnotation(corroborate, a)),
    { dispose: () => (refresh.cancel(), refreshEdited.cancel()) },
  );

  return {
    refresh,
    async entityNotes(entityId) {
      const { annotations } = await api.list();
      return annotations.filter((a) => a.kind === 'entity' && a.entityId === entityId);
    },
  };
}
