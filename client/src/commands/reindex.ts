// corroborate.reindex: rebuild the index from disk (after a bulk copy of articles, or a changed
// .gitignore the watcher missed). A stopped server is started instead, which indexes anyway.

import * as vscode from 'vscode';
import type { CorroborateApi } from '../requests';

export async function reindex(api: CorroborateApi, startServer: () => Promise<void>): Promise<void> {
  if (!api.running) {
    await startServer();
    return;
  }
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: 'Corroborate: re-indexing the workspace' },
    () => api.reindex(),
  );
}
