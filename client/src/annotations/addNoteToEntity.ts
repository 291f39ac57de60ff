// corroborate.addNoteToEntity: a note on the entity under the cursor (a person, a meeting…),
// shown wherever that entity is hovered in any source; with no entity there, pick one.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { CorroborateApi } from '../requests';
import type { AnnotationsApi, EntityTarget } from './annotationsApi';
import { entityAtCursor } from './entityAtCursor';
import { pickEntity } from './pickEntity';
import { canWrite, write } from './writeGuard';

const TITLE = 'Corroborate: Add Note to Entity';

export async function addNoteToEntity(api: AnnotationsApi, corroborate: CorroborateApi, client: LanguageClient): Promise<void> {
  if (!canWrite(api)) return;
  const chosen = await chooseEntity(corroborate, client);
  if (!chosen) return;
  const note = await vscode.window.showInputBox({
    title: TITLE,
    prompt: `Note on ${chosen.name} (shown in every source that names it)`,
    placeHolder: 'e.g. Promoted to full general in 2025; older sources say Lt. Gen.',
    ignoreFocusOut: true,
    validateInput: (v) => (v.trim() ? undefined : 'The note is empty.'),
  });
  if (!note?.trim()) return;
  const added = await write(`add the note on ${chosen.name}`, () => api.addToEntity({ ...chosen.target, note: note.trim() }));
  if (added) vscode.window.setStatusBarMessage(`$(note) Corroborate: note added to ${chosen.name}`, 3000);
}

async function chooseEntity(
  corroborate: CorroborateApi,
  client: LanguageClient,
): Promise<{ name: string; target: EntityTarget } | undefined> {
  const here = await entityAtCursor(client);
  if (here) return { name: `“${here.text}”`, target: { uri: here.uri, position: here.position } };
  const picked = await pickEntity(corroborate, TITLE);
  return picked && { name: picked.name, target: { entityId: picked.id } };
}
