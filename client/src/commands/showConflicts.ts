// corroborate.showConflicts([uri]): from the status bar, the view title, or the headline code lens
// (which passes the article's uri, so that article's first conflict is selected).

import * as vscode from 'vscode';
import { toUri } from '../locations';
import type { ConflictNode, ConflictsTree } from '../views/conflictsTree';

export async function showConflicts(tree: ConflictsTree, view: vscode.TreeView<ConflictNode>, uri?: string | vscode.Uri): Promise<void> {
  try {
    await vscode.commands.executeCommand('corroborate.conflicts.focus');
  } catch {
    // The view container can be removed by the user; the Problems panel lists the same conflicts.
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    return;
  }
  if (!uri) return;
  const wanted = toUri(uri).toString();
  const nodes = await tree.nodes();
  const fact = nodes.flatMap((n) => n.facts).find((f) => f.sides.some((s) => toUri(s.side.uri).toString() === wanted));
  if (fact) await view.reveal(fact, { select: true, focus: true, expand: true });
}
