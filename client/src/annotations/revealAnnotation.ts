// corroborate.revealAnnotation: where an annotation points — the passage, the entity's first
// mention, or the reviewed conflict side by side. Orphans open their article and say so.

import * as vscode from 'vscode';
import { revealMention } from '../commands/revealMention';
import { toUri } from '../locations';
import type { CorroborateApi } from '../requests';
import type { AnnotationInfo } from './annotationsApi';
import { baseName, keyLabel, truncate } from './format';

export const REVEAL_ANNOTATION_COMMAND = 'corroborate.revealAnnotation';

export async function revealAnnotation(corroborate: CorroborateApi, a: AnnotationInfo | undefined): Promise<void> {
  if (!a) return;
  if (a.kind === 'review') {
    if (a.conflictId) await vscode.commands.executeCommand('corroborate.compareSources', { conflictId: a.conflictId });
    return;
  }
  if (a.kind === 'entity') {
    await revealEntity(corroborate, a.entityId);
    return;
  }
  if (a.uri && a.range && !a.orphaned) {
    await revealMention(a.uri, a.range);
    return;
  }
  const quote = a.quote ? `“${truncate(a.quote, 80)}”` : 'The annotated passage';
  if (a.uri) {
    await vscode.window.showTextDocument(toUri(a.uri), { preview: true });
    void vscode.window.showInformationMessage(`Corroborate: ${quote} is no longer in ${baseName(a.uri)}. The note is kept until you remove it.`);
  } else {
    void vscode.window.showInformationMessage(`Corroborate: ${quote} can’t be found in any article.`);
  }
}

async function revealEntity(corroborate: CorroborateApi, entityId: string | undefined): Promise<void> {
  if (!entityId) return;
  const details = await corroborate.entityDetails(entityId);
  const first = details?.sources[0];
  const mention = first?.mentions[0];
  if (!first || !mention) {
    void vscode.window.showInformationMessage(`Corroborate: ${details?.name ?? keyLabel(entityId)} is no longer mentioned in any source.`);
    return;
  }
  await revealMention(first.uri, mention.range);
}
