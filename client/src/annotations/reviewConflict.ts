// corroborate.markReviewed and corroborate.trustValue: the server's "Mark as reviewed…" and
// "Trust this source's value" code actions (also the Conflicts view's context menu). Both ask
// why, then record a review; the server stops warning about a reviewed conflict.

import * as vscode from 'vscode';
import type { ConflictInfo, CorroborateApi } from '../requests';
import { distinctValues, type ConflictNode } from '../views/conflictsTree';
import type { AnnotationsApi } from './annotationsApi';
import { canWrite, write } from './writeGuard';

/** From a code action: { conflictId, uri }; from the Conflicts view: its node. */
export type MarkReviewedArg = { conflictId: string; uri?: string } | ConflictNode | undefined;
export interface TrustValueArg { conflictId: string; value: string; uri?: string }

export async function markReviewed(api: AnnotationsApi, corroborate: CorroborateApi, arg: MarkReviewedArg): Promise<void> {
  if (!canWrite(api)) return;
  const conflictId = conflictIdOfArg(arg);
  if (!conflictId) return;
  const conflict = await findConflict(corroborate, conflictId);
  const reason = await askReason(
    'Corroborate: Mark as Reviewed',
    conflict ? `Why is the ${conflict.fact} of ${conflict.entityName} (${quoted(distinctValues(conflict))}) settled?` : 'Why is this conflict settled?',
    'e.g. Both are right: promoted between the two reports',
  );
  if (!reason) return;
  const done = await write('mark the conflict as reviewed', () => api.reviewConflict({ conflictId, reason }));
  if (done) vscode.window.setStatusBarMessage('$(pass) Corroborate: conflict marked as reviewed', 3000);
}

export async function trustValue(api: AnnotationsApi, corroborate: CorroborateApi, arg: TrustValueArg | undefined): Promise<void> {
  if (!canWrite(api)) return;
  if (!arg?.conflictId || typeof arg.value !== 'string') return;
  const conflict = await findConflict(corroborate, arg.conflictId);
  const about = conflict ? ` for the ${conflict.fact} of ${conflict.entityName}` : '';
  const reason = await askReason(
    'Corroborate: Trust This Source’s Value',
    `Why trust “${arg.value}”${about}?`,
    'e.g. Matches the official release',
  );
  if (!reason) return;
  const done = await write(`trust “${arg.value}”`, () =>
    api.reviewConflict({ conflictId: arg.conflictId, reason, trustedValue: arg.value, trustedUri: arg.uri }),
  );
  if (done) vscode.window.setStatusBarMessage(`$(pass) Corroborate: trusting “${arg.value}”`, 3000);
}

function conflictIdOfArg(arg: MarkReviewedArg): string | undefined {
  if (!arg) return undefined;
  if ('type' in arg) return arg.type === 'entity' ? arg.facts[0]?.conflict.id : arg.conflict.id;
  return arg.conflictId;
}

async function findConflict(corroborate: CorroborateApi, id: string): Promise<ConflictInfo | undefined> {
  return (await corroborate.conflicts()).find((c) => c.id === id);
}

async function askReason(title: string, prompt: string, placeHolder: string): Promise<string | undefined> {
  const reason = await vscode.window.showInputBox({
    title,
    prompt,
    placeHolder,
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() ? undefined : 'Say why, so a colleague can follow the decision.'),
  });
  return reason?.trim() || undefined;
}

function quoted(values: string[]): string {
  return values.map((v) => `“${v}”`).join(' ≠ ');
}
