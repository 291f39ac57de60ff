// Entry point: wires the language client to the status bar, the views and the commands.
// Only the annotation commands write (through the server); they check Restricted Mode themselves.

import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import { registerAnnotations } from './annotations/register';
import { compareSources, CompareArg } from './commands/compareSources';
import { findEntity } from './commands/findEntity';
import { reindex } from './commands/reindex';
import { revealMention } from './commands/revealMention';
import { showConflicts } from './commands/showConflicts';
import { ConflictCodeActions } from './conflictCodeActions';
import { debounce } from './debounce';
import { plural } from './locations';
import { CorroborateApi, StatsResult } from './requests';
import { createServerClient, documentSelector, ServerClient } from './serverClient';
import { RESTART_SERVER_COMMAND, StatusBar } from './statusBar';
import { ConflictsTree } from './views/conflictsTree';
import { EntitiesTree } from './views/entitiesTree';

const TREE_REFRESH_MS = 400;

let server: ServerClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Corroborate', { log: true });
  context.subscriptions.push(output);
  server = createServerClient(context, output);
  const { client, restart } = server;
  const api = new CorroborateApi(client, output);

  const statusBar = new StatusBar();
  const annotations = registerAnnotations(context, client, api, output, documentSelector);
  const entities = new EntitiesTree(api, annotations.entityNotes);
  const conflicts = new ConflictsTree(api);
  const entitiesView = vscode.window.createTreeView('corroborate.entities', { treeDataProvider: entities, showCollapseAll: true });
  const conflictsView = vscode.window.createTreeView('corroborate.conflicts', { treeDataProvider: conflicts, showCollapseAll: true });
  context.subscriptions.push(statusBar, entitiesView, conflictsView);

  const refreshTrees = debounce(() => {
    entities.refresh();
    conflicts.refresh();
    annotations.refresh();
  }, TREE_REFRESH_MS);
  const onStats = (stats: StatsResult) => {
    statusBar.update(stats);
    conflictsView.badge = stats.conflicts ? { value: stats.conflicts, tooltip: plural(stats.conflicts, 'conflict') } : undefined;
    conflictsView.message = stats.conflicts || stats.indexing ? undefined : 'No conflicts: the sources agree on every date and title compared.';
    refreshTrees();
  };

  context.subscriptions.push(
    api.onStatsChanged(onStats),
    client.onDidChangeState(async ({ newState }) => {
      if (newState === State.Starting) statusBar.starting();
      else if (newState === State.Stopped) {
        // Counts from a dead server would mislead; the emptied trees show the welcome text instead.
        statusBar.stopped();
        conflictsView.badge = undefined;
        conflictsView.message = undefined;
        refreshTrees();
      } else if (newState === State.Running) {
        // After a restart nothing is pushed until the index changes, so ask once.
        const stats = await api.stats();
        if (stats) onStats(stats);
      }
    }),
    vscode.commands.registerCommand('corroborate.showConflicts', (uri?: string | vscode.Uri) => showConflicts(conflicts, conflictsView, uri)),
    vscode.commands.registerCommand('corroborate.reindex', () => reindex(api, restart)),
    vscode.commands.registerCommand('corroborate.findEntity', () => findEntity(api)),
    vscode.commands.registerCommand('corroborate.compareSources', (arg?: CompareArg) => compareSources(api, arg)),
    vscode.commands.registerCommand('corroborate.revealMention', revealMention),
    vscode.commands.registerCommand(RESTART_SERVER_COMMAND, restart),
    vscode.languages.registerCodeActionsProvider(documentSelector, new ConflictCodeActions(), ConflictCodeActions.metadata),
    { dispose: () => refreshTrees.cancel() },
  );

  try {
    await client.start();
  } catch (e) {
    output.error(`Could not start the language server: ${e instanceof Error ? e.message : String(e)}`);
    statusBar.stopped();
  }
}

export async function deactivate(): Promise<void> {
  // stop() rejects when the server never started; there is nothing left to clean up then.
  await server?.client.stop().catch(() => undefined);
}
