// corroborate.removeAnnotation: from the Annotations view's context menu, after a confirmation.

import * as vscode from 'vscode';
import type { AnnotationsApi } from './annotationsApi';
import type { AnnotationNode } from './annotationsTree';
import { canWrite, write } from './writeGuard';

export async function removeAnnotation(api: AnnotationsApi, node: AnnotationNode | undefined): Promise<void> {
  if (node?.type !== 'note' || !canWrite(api)) return;
  const what = node.annotation.kind === 'review' ? 'review' : 'note';
  const ok = await vscode.window.showWarningMessage(`Remove the ${what} “${node.label}”?`, { modal: true }, 'Remove');
  if (ok !== 'Remove') return;
  await write(`remove the ${what}`, () => api.remove(node.annotation.id));
}
