// corroborate.tagSelection: tag the selected passage — claim, needs-check, verified, or a tag
// typed in the picker.

import * as vscode from 'vscode';
import type { AnnotationsApi } from './annotationsApi';
import { selectedPassage } from './selection';
import { canWrite, write } from './writeGuard';

/** The tags the server's model offers (KNOWN_TAGS); any short single-line tag is accepted. */
const KNOWN_TAGS: { tag: string; detail: string }[] = [
  { tag: 'claim', detail: 'A statement of fact to corroborate' },
  { tag: 'needs-check', detail: 'Not yet confirmed by a second source' },
  { tag: 'verified', detail: 'Confirmed' },
];
const MAX_TAG_LENGTH = 40;

interface TagPick extends vscode.QuickPickItem { tag: string }

export async function tagSelection(api: AnnotationsApi): Promise<void> {
  if (!canWrite(api)) return;
  const passage = selectedPassage();
  if (!passage) return;
  const tag = await pickTag();
  if (!tag) return;
  const added = await write('tag the passage', () => api.addToPassage({ uri: passage.uri, range: passage.range, tags: [tag] }));
  if (added) vscode.window.setStatusBarMessage(`$(tag) Corroborate: tagged #${tag}`, 3000);
}

/** "#Needs check " → "needs-check": one lower-case word, no leading '#'. */
export function normalizeTag(text: string): string {
  return text.trim().replace(/^#+/, '').trim().replace(/\s+/g, '-').toLowerCase().slice(0, MAX_TAG_LENGTH);
}

function pickTag(): Promise<string | undefined> {
  const known: TagPick[] = KNOWN_TAGS.map(({ tag, detail }) => ({ label: `#${tag}`, description: detail, tag }));
  const qp = vscode.window.createQuickPick<TagPick>();
  qp.title = 'Corroborate: Tag Selection';
  qp.placeholder = 'Pick a tag, or type a new one';
  qp.items = known;
  qp.onDidChangeValue((value) => {
    const tag = normalizeTag(value);
    const isKnown = known.some((k) => k.tag === tag);
    qp.items = tag && !isKnown ? [{ label: `#${tag}`, description: 'new tag', tag, alwaysShow: true }, ...known] : known;
  });
  return new Promise((resolve) => {
    qp.onDidAccept(() => {
      const picked = qp.selectedItems[0]?.tag ?? normalizeTag(qp.value);
      resolve(picked || undefined);
      qp.hide();
    });
    qp.onDidHide(() => {
      resolve(undefined);
      qp.dispose();
    });
    qp.show();
  });
}
