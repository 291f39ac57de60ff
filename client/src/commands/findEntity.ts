// corroborate.findEntity: a QuickPick over the server's fuzzy entity search, then a second pick
// of the entity's mentions across sources.

import * as vscode from 'vscode';
import { debounce } from '../debounce';
import { plural, toRange } from '../locations';
import type { CorroborateApi, EntityDetails, EntitySummary, WireRange } from '../requests';
import { kindCodicon, kindLabel } from '../views/kindIcons';
import { revealMention } from './revealMention';

const RESULT_LIMIT = 50;
const TYPING_PAUSE_MS = 120;

interface EntityPick extends vscode.QuickPickItem { entity: EntitySummary }
interface MentionPick extends vscode.QuickPickItem { uri: string; range: WireRange }

export async function findEntity(api: CorroborateApi): Promise<void> {
  if (!api.running) {
    void vscode.window.showWarningMessage('Corroborate: the language server is not running yet.');
    return;
  }
  const entity = await pickEntity(api);
  if (!entity) return;
  const details = await api.entityDetails(entity.id);
  if (!details) {
    void vscode.window.showInformationMessage(`Corroborate: ${entity.name} is no longer mentioned in any source.`);
    return;
  }
  await pickMention(details);
}

function pickEntity(api: CorroborateApi): Promise<EntitySummary | undefined> {
  const qp = vscode.window.createQuickPick<EntityPick>();
  qp.title = 'Corroborate: Find Entity';
  qp.placeholder = 'Name, organisation, meeting, place or date — misspellings are fine';
  qp.matchOnDescription = true;
  qp.matchOnDetail = true;

  // Answers can arrive out of order while typing; only the latest query may fill the list.
  let latest = 0;
  let cancel = new vscode.CancellationTokenSource();
  const search = async (query: string) => {
    const mine = ++latest;
    cancel.cancel();
    cancel = new vscode.CancellationTokenSource();
    qp.busy = true;
    const found = await api.entities({ query, limit: RESULT_LIMIT }, cancel.token);
    if (mine !== latest) return;
    qp.items = found.map(toPick);
    qp.busy = false;
  };
  const searchSoon = debounce((q: string) => void search(q), TYPING_PAUSE_MS);

  return new Promise((resolve) => {
    let result: EntitySummary | undefined;
    qp.onDidChangeValue((q) => searchSoon(q));
    qp.onDidAccept(() => {
      result = qp.selectedItems[0]?.entity;
      qp.hide();
    });
    qp.onDidHide(() => {
      searchSoon.cancel();
      cancel.cancel();
      qp.dispose();
      resolve(result);
    });
    qp.show();
    void search('');
  });
}

function toPick(entity: EntitySummary): EntityPick {
  const facts = [kindLabel(entity.kind), plural(entity.sourceCount, 'source'), plural(entity.mentionCount, 'mention')];
  if (entity.conflictCount > 0) facts.push(`$(warning) ${plural(entity.conflictCount, 'conflict')}`);
  return {
    label: `$(${kindCodicon(entity.kind)}) ${entity.name}`,
    description: facts.join(' · '),
    detail: entity.aliases.length ? `also ${entity.aliases.slice(0, 6).join(', ')}` : undefined,
    // The server already matched fuzzily (misspellings included); VS Code's own filter would
    // hide those results again, so every answer is shown.
    alwaysShow: true,
    entity,
  };
}

async function pickMention(details: EntityDetails): Promise<void> {
  const items: (MentionPick | vscode.QuickPickItem)[] = [];
  for (const source of details.sources) {
    items.push({ label: source.label, kind: vscode.QuickPickItemKind.Separator });
    for (const m of source.mentions) {
      items.push({ label: m.text, description: `line ${toRange(m.range).start.line + 1}`, uri: source.uri, range: m.range });
    }
  }
  const mentions = items.filter(isMention);
  if (mentions.length === 1) {
    await revealMention(mentions[0].uri, mentions[0].range);
    return;
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: `${details.name}: ${plural(mentions.length, 'mention')} in ${plural(details.sources.length, 'source')}`,
    placeHolder: 'Pick a mention to open it',
    matchOnDescription: true,
    onDidSelectItem: (item) => {
      // Previewing as the selection moves lets a reader skim every source without committing.
      if (isMention(item)) void revealMention(item.uri, item.range, { preserveFocus: true });
    },
  });
  if (picked && isMention(picked)) await revealMention(picked.uri, picked.range);
}

function isMention(item: vscode.QuickPickItem | string): item is MentionPick {
  return typeof item === 'object' && 'uri' in item;
}
