// A "Compare sources" quick fix on each Corroborate warning, so the side-by-side view is one
// click from the Problems panel or the squiggle (the diagnostic's data names the conflict).

import * as vscode from 'vscode';
import { conflictIdOf } from './commands/compareSources';

export class ConflictCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  provideCodeActions(_doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      const conflictId = conflictIdOf(diagnostic);
      if (!conflictId) continue;
      const action = new vscode.CodeAction('Compare sources side by side', vscode.CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      action.command = { command: 'corroborate.compareSources', title: 'Compare Sources', arguments: [{ conflictId }] };
      actions.push(action);
    }
    return actions;
  }
}
