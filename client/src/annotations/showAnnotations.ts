// corroborate.showAnnotations: every note, tag and review in one quick pick, grouped as in the
// Annotations view; orphaned notes are marked. Moving through the list previews passages.

import * as vscode from 'vscode';
import { plural } from '../locations';
import type { AnnotationInfo } from './annotationsApi';
import type { AnnotationNoteNode, AnnotationsTree } from './annotationsTree';

interface AnnotationPick extends vscode.QuickPickItem { annotation?: AnnotationInfo }

export async function showAnnotations(tree: AnnotationsTree, reveal: (a: AnnotationInfo) => Promise<void>): Promise<void> {
  const roots = await tree.nodes();
  const items: AnnotationPick[] = [];
  let count = 0;
  for (const group of roots) {
    if (group.type !== 'group') continue;
    items.push({ label: group.label, kind: vscode.QuickPickItemKind.Separator });
    for (const note of group.notes) {
      items.push(pickOf(note));
      count++;
    }
  }
  if (!count) {
    void vscode.window.showInformationMessage('Corroborate: no annotations yet. Select a passage and run “Corroborate: Add Note to Selection”.');
    return;
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: `Corroborate: ${plural(count, 'annotation')}`,
    placeHolder: 'Pick an annotation to reveal it',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (picked?.annotation) await reveal(picked.annotation);
}

function pickOf(node: AnnotationNoteNode): AnnotationPick {
  const a = node.annotation;
  const orphaned = node.parent.group === 'orphaned';
  const icon = orphaned ? '$(warning)' : a.kind === 'review' ? '$(pass)' : a.note ? '$(note)' : '$(tag)';
  const where = node.parent.group === 'article' && a.range ? `${node.parent.label}:${a.range.start.line + 1}` : node.parent.label;
  return {
    label: `${icon} ${node.label}`,
    description: orphaned ? 'orphaned — the passage can’t be found' : where,
    detail: a.quote && !orphaned ? `“${a.quote.replace(/\s+/g, ' ').slice(0, 120)}”` : a.note && node.label !== a.note ? a.note : undefined,
    annotation: a,
  };
}
