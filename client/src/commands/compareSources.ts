// corroborate.compareSources: the two disagreeing passages in split editors, each selected.
// vscode.diff would diff two whole articles, which buries the one line that matters.

import * as vscode from 'vscode';
import type { ConflictInfo, ConflictSide, CorroborateApi } from '../requests';
import { type ConflictNode, distinctValues } from '../views/conflictsTree';
import { revealMention } from './revealMention';

/** What callers pass: a Conflicts view node (inline action), a diagnostic's data, or a conflict id. */
export type CompareArg = ConflictNode | ConflictInfo | { conflictId: string } | string | undefined;

export async function compareSources(api: CorroborateApi, arg: CompareArg): Promise<void> {
  const conflict = await resolveConflict(api, arg);
  if (!conflict) return;
  const [left, right] = pickSides(conflict);
  if (!left || !right) {
    void vscode.window.showInformationMessage(`Corroborate: only one source is left for this conflict about ${conflict.entityName}.`);
    return;
  }
  await revealMention(left.uri, left.range, { viewColumn: vscode.ViewColumn.One, preview: false });
  await revealMention(right.uri, right.range, { viewColumn: vscode.ViewColumn.Two, preview: false, preserveFocus: true });
}

/** The first source, and the first one that says something different from it. */
export function pickSides(conflict: ConflictInfo): [ConflictSide | undefined, ConflictSide | undefined] {
  const [first, ...rest] = conflict.sides;
  return [first, rest.find((s) => s.value !== first?.value) ?? rest[0]];
}

async function resolveConflict(api: CorroborateApi, arg: CompareArg): Promise<ConflictInfo | undefined> {
  if (arg && typeof arg === 'object') {
    if ('type' in arg) return arg.type === 'entity' ? arg.facts[0]?.conflict : arg.conflict;
    if ('sides' in arg) return arg;
  }
  const id = typeof arg === 'string' ? arg : arg?.conflictId ?? conflictIdAtCursor();
  const all = await api.conflicts();
  if (id) {
    const found = all.find((c) => c.id === id);
    if (!found) void vscode.window.showInformationMessage('Corroborate: that conflict is gone (the sources changed). The Conflicts view has the current list.');
    return found;
  }
  if (all.length <= 1) {
    if (!all.length) void vscode.window.showInformationMessage('Corroborate: no conflicts — the sources agree on every date and title compared.');
    return all[0];
  }
  const picked = await vscode.window.showQuickPick(
    all.map((c) => ({
      label: c.entityName,
      description: `${c.fact}: ${distinctValues(c).join(' ≠ ')}`,
      detail: c.sides.map((s) => s.label).join(' · '),
      conflict: c,
    })),
    { placeHolder: 'Which conflict should be compared?', matchOnDescription: true, matchOnDetail: true },
  );
  return picked?.conflict;
}

/** A Corroborate diagnostic under the cursor carries `data.conflictId`. */
function conflictIdAtCursor(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const here = editor.selection.active;
  for (const d of vscode.languages.getDiagnostics(editor.document.uri)) {
    const id = conflictIdOf(d);
    if (id && d.range.contains(here)) return id;
  }
  return undefined;
}

export function conflictIdOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== 'corroborate') return undefined;
  const data = (d as vscode.Diagnostic & { data?: { conflictId?: unknown } }).data;
  return typeof data?.conflictId === 'string' ? data.conflictId : undefined;
}
