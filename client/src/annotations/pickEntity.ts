// An entity picker over the server's fuzzy entity search, for notes when the cursor is on no
// entity (the same search Find Entity uses).

import * as vscode from 'vscode';
import { debounce } from '../debounce';
import { plural } from '../locations';
import type { CorroborateApi, EntitySummary } from '../requests';
import { kindCodicon, kindLabel } from '../views/kindIcons';

const RESULT_LIMIT = 50;
const TYPING_PAUSE_MS = 120;

interface EntityPick extends vscode.QuickPickItem { entity: EntitySummary }

export function pickEntity(api: CorroborateApi, title: string): Promise<EntitySummary | undefined> {
  const qp = vscode.window.createQuickPick<EntityPick>();
  qp.title = title;
  qp.placeholder = 'Which entity? Name, organisation, meeting, place or date';
  qp.matchOnDescription = true;
  qp.matchOnDetail = true;

  // Answers can arrive out of order while typing; only the latest query may fill the list.
  let latest = 0;
  const search = debounce(async (query: string) => {
    const mine = ++latest;
    qp.busy = true;
    const found = await api.entities({ query, limit: RESULT_LIMIT });
    if (mine !== latest) return;
    qp.busy = false;
    qp.items = found.map((entity) => ({
      label: `$(${kindCodicon(entity.kind)}) ${entity.name}`,
      description: kindLabel(entity.kind),
      detail: `${plural(entity.sourceCount, 'source')} · ${plural(entity.mentionCount, 'mention')}`,
      entity,
      alwaysShow: true,
    }));
  }, TYPING_PAUSE_MS);
  qp.onDidChangeValue((v) => search(v));

  return new Promise((resolve) => {
    qp.onDidAccept(() => {
      resolve(qp.selectedItems[0]?.entity);
      qp.hide();
    });
    qp.onDidHide(() => {
      search.cancel();
      resolve(undefined);
      qp.dispose();
    });
    search('');
    qp.show();
  });
}
