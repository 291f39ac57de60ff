// Entities view: kind → entity → source → mention. The entity list is fetched once per refresh;
// a source's mentions only when the entity is expanded, so large corpora stay cheap.

import * as vscode from 'vscode';
import { plural, toRange } from '../locations';
import type { AnnotationInfo } from '../annotations/annotationsApi';
import type { CorroborateApi, EntityDetails, EntityKind, EntitySourceMentions, EntitySummary, WireRange } from '../requests';
import { conflictIcon, KIND_ORDER, kindIcon, kindLabel } from './kindIcons';

/** The server's own ceiling for one entities request. */
const ENTITY_LIMIT = 5000;

export type EntityNode =
  | { type: 'kind'; kind: EntityKind; entities: EntitySummary[] }
  | { type: 'entity'; entity: EntitySummary }
  | { type: 'source'; entity: EntitySummary; source: EntitySourceMentions }
  | { type: 'mention'; entity: EntitySummary; source: EntitySourceMentions; mention: { range: WireRange; text: string } }
  | { type: 'note'; entity: EntitySummary; note: AnnotationInfo };

function byRelevance(a: EntitySummary, b: EntitySummary): number {
  return b.sourceCount - a.sourceCount || b.mentionCount - a.mentionCount || a.name.localeCompare(b.name);
}

export class EntitiesTree implements vscode.TreeDataProvider<EntityNode> {
  private readonly changed = new vscode.EventEmitter<EntityNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private details = new Map<string, Promise<EntityDetails | undefined>>();

  constructor(
    private readonly api: CorroborateApi,
    /** The notes on an entity, listed before its sources when it has any. */
    private readonly notesOf: (entityId: string) => Promise<AnnotationInfo[]> = async () => [],
  ) {}

  refresh(): void {
    this.details.clear();
    this.changed.fire(undefined);
  }

  async getChildren(node?: EntityNode): Promise<EntityNode[]> {
    if (!node) return this.kinds();
    switch (node.type) {
      case 'kind':
        return node.entities.map((entity) => ({ type: 'entity', entity }));
      case 'entity': {
        const [details, notes] = await Promise.all([
          this.detailsOf(node.entity.id),
          node.entity.noteCount ? this.notesOf(node.entity.id) : [],
        ]);
        return [
          ...notes.map((note): EntityNode => ({ type: 'note', entity: node.entity, note })),
          ...(details?.sources ?? []).map((source): EntityNode => ({ type: 'source', entity: node.entity, source })),
        ];
      }
      case 'source':
        return node.source.mentions.map((mention) => ({ type: 'mention', entity: node.entity, source: node.source, mention }));
      default:
        return [];
    }
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    switch (node.type) {
      case 'kind': {
        const item = new vscode.TreeItem(kindLabel(node.kind), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `kind:${node.kind}`;
        item.iconPath = kindIcon(node.kind);
        item.description = String(node.entities.length);
        return item;
      }
      case 'entity':
        return entityItem(node.entity);
      case 'source': {
        const item = new vscode.TreeItem(node.source.label, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `source:${node.entity.id}:${node.source.uri}`;
        item.resourceUri = vscode.Uri.parse(node.source.uri);
        item.iconPath = vscode.ThemeIcon.File;
        item.description = plural(node.source.mentions.length, 'mention');
        item.tooltip = node.source.uri;
        return item;
      }
      case 'mention': {
        const range = toRange(node.mention.range);
        const item = new vscode.TreeItem(node.mention.text, vscode.TreeItemCollapsibleState.None);
        item.id = `mention:${node.entity.id}:${node.source.uri}:${range.start.line}:${range.start.character}`;
        item.description = `line ${range.start.line + 1}`;
        item.iconPath = new vscode.ThemeIcon('quote');
        item.command = {
          command: 'corroborate.revealMention',
          title: 'Reveal Mention',
          arguments: [node.source.uri, node.mention.range],
        };
        return item;
      }
      case 'note': {
        const item = new vscode.TreeItem(node.note.note ?? '', vscode.TreeItemCollapsibleState.None);
        item.id = `note:${node.entity.id}:${node.note.id}`;
        item.iconPath = new vscode.ThemeIcon('note');
        item.tooltip = node.note.note;
        item.command = { command: 'corroborate.revealAnnotation', title: 'Reveal Annotation', arguments: [node.note] };
        return item;
      }
    }
  }

  private async kinds(): Promise<EntityNode[]> {
    const all = await this.api.entities({ limit: ENTITY_LIMIT });
    const byKind = new Map<EntityKind, EntitySummary[]>();
    for (const e of all) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e]);
    const kinds = [...KIND_ORDER, ...[...byKind.keys()].filter((k) => !KIND_ORDER.includes(k))];
    return kinds
      .filter((kind) => byKind.has(kind))
      .map((kind) => ({ type: 'kind', kind, entities: byKind.get(kind)!.sort(byRelevance) }));
  }

  private detailsOf(id: string): Promise<EntityDetails | undefined> {
    let pending = this.details.get(id);
    if (!pending) {
      pending = this.api.entityDetails(id);
      this.details.set(id, pending);
    }
    return pending;
  }
}

function entityItem(e: EntitySummary): vscode.TreeItem {
  const item = new vscode.TreeItem(e.name, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `entity:${e.id}`;
  item.iconPath = e.conflictCount > 0 ? conflictIcon : kindIcon(e.kind);
  const counts = [plural(e.sourceCount, 'source'), plural(e.mentionCount, 'mention')];
  if (e.conflictCount > 0) counts.push(plural(e.conflictCount, 'conflict'));
  if (e.noteCount) counts.push(`✎ ${plural(e.noteCount, 'note')}`);
  item.description = counts.join(' · ');
  const tooltip = new vscode.MarkdownString('**');
  tooltip.appendText(e.name).appendMarkdown(`** — ${kindLabel(e.kind).toLowerCase()}\n\n${counts.join(' · ')}`);
  if (e.aliases.length) tooltip.appendMarkdown('\n\nAlso: ').appendText(e.aliases.slice(0, 8).join(', '));
  item.tooltip = tooltip;
  item.contextValue = e.conflictCount > 0 ? 'entity.conflicted' : 'entity';
  return item;
}
