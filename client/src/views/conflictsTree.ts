// Conflicts view: entity → fact → what each source says. The whole list is small (it is what a
// person has to act on), so nodes are built eagerly with parent links, which TreeView.reveal needs.

import * as vscode from 'vscode';
import { plural, toRange } from '../locations';
import type { ConflictInfo, ConflictSide, CorroborateApi } from '../requests';
import { conflictIcon } from './kindIcons';

export interface ConflictEntityNode { type: 'entity'; entityId: string; name: string; facts: ConflictFactNode[] }
export interface ConflictFactNode { type: 'fact'; conflict: ConflictInfo; parent: ConflictEntityNode; sides: ConflictSideNode[] }
export interface ConflictSideNode { type: 'side'; conflict: ConflictInfo; side: ConflictSide; parent: ConflictFactNode }
export type ConflictNode = ConflictEntityNode | ConflictFactNode | ConflictSideNode;

const FACT_LABELS: Record<ConflictInfo['fact'], string> = { rank: 'Rank', office: 'Office', date: 'Date' };
const FACT_ICONS: Record<ConflictInfo['fact'], string> = { rank: 'mortar-board', office: 'briefcase', date: 'calendar' };
/** A reviewed conflict no longer warns: someone settled it and said why. */
const reviewedIcon = new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));

export class ConflictsTree implements vscode.TreeDataProvider<ConflictNode> {
  private readonly changed = new vscode.EventEmitter<ConflictNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: Promise<ConflictEntityNode[]> | undefined;

  constructor(private readonly api: CorroborateApi) {}

  refresh(): void {
    this.roots = undefined;
    this.changed.fire(undefined);
  }

  /** The current conflicts as tree nodes; shared with commands so reveal() gets the same objects. */
  nodes(): Promise<ConflictEntityNode[]> {
    this.roots ??= this.api.conflicts().then(buildNodes);
    return this.roots;
  }

  async getChildren(node?: ConflictNode): Promise<ConflictNode[]> {
    if (!node) return this.nodes();
    if (node.type === 'entity') return node.facts;
    if (node.type === 'fact') return node.sides;
    return [];
  }

  getParent(node: ConflictNode): ConflictNode | undefined {
    return node.type === 'entity' ? undefined : node.parent;
  }

  getTreeItem(node: ConflictNode): vscode.TreeItem {
    if (node.type === 'entity') {
      const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `entity:${node.entityId}`;
      const reviewed = node.facts.filter((f) => f.conflict.review).length;
      item.iconPath = reviewed === node.facts.length ? reviewedIcon : conflictIcon;
      item.description = reviewed === 0 ? plural(node.facts.length, 'conflict')
        : reviewed === node.facts.length ? `${plural(reviewed, 'conflict')} · reviewed`
        : `${plural(node.facts.length - reviewed, 'conflict')} · ${reviewed} reviewed`;
      return item;
    }
    if (node.type === 'fact') {
      const { conflict } = node;
      // ("Day took office", "Day elected": a person's date is of what happened to them.)
      const label = conflict.event ? `Day ${conflict.event}` : FACT_LABELS[conflict.fact] ?? conflict.fact;
      const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `conflict:${conflict.id}`;
      item.iconPath = conflict.review ? reviewedIcon : new vscode.ThemeIcon(FACT_ICONS[conflict.fact] ?? 'warning');
      item.description = distinctValues(conflict).map((v) => `“${v}”`).join(' ≠ ');
      item.contextValue = conflict.review ? 'conflict.reviewed' : 'conflict';
      const tooltip = new vscode.MarkdownString();
      for (const s of conflict.sides) tooltip.appendText(`${s.label}: ${s.value}`).appendMarkdown('  \n');
      if (conflict.review) {
        const { reason, trustedValue } = conflict.review;
        item.description = `reviewed${trustedValue ? `, trusts “${trustedValue}”` : ''} — ${reason.split('\n')[0]}`;
        tooltip.appendMarkdown('\n**Reviewed**');
        if (trustedValue) tooltip.appendMarkdown(' — trusted value ').appendText(`“${trustedValue}”`);
        tooltip.appendMarkdown('\n\n').appendText(reason);
      }
      item.tooltip = tooltip;
      return item;
    }
    const { side } = node;
    const item = new vscode.TreeItem(`“${side.value}”`, vscode.TreeItemCollapsibleState.None);
    item.id = `side:${node.conflict.id}:${node.parent.sides.indexOf(node)}`;
    item.resourceUri = vscode.Uri.parse(side.uri);
    item.iconPath = vscode.ThemeIcon.File;
    item.description = `${side.label}:${toRange(side.range).start.line + 1}`;
    if (side.excerpt) item.tooltip = new vscode.MarkdownString().appendMarkdown('> ').appendText(side.excerpt);
    item.command = { command: 'corroborate.revealMention', title: 'Reveal Mention', arguments: [side.uri, side.range] };
    return item;
  }
}

export function distinctValues(conflict: ConflictInfo): string[] {
  return [...new Set(conflict.sides.map((s) => s.value))];
}

function buildNodes(conflicts: ConflictInfo[]): ConflictEntityNode[] {
  const byEntity = new Map<string, ConflictEntityNode>();
  for (const conflict of conflicts) {
    let entity = byEntity.get(conflict.entityId);
    if (!entity) {
      entity = { type: 'entity', entityId: conflict.entityId, name: conflict.entityName, facts: [] };
      byEntity.set(conflict.entityId, entity);
    }
    const fact: ConflictFactNode = { type: 'fact', conflict, parent: entity, sides: [] };
    fact.sides = conflict.sides.map((side) => ({ type: 'side', conflict, side, parent: fact }));
    entity.facts.push(fact);
  }
  // Open conflicts first: reviewed ones are settled and only kept for the record.
  const open = (e: ConflictEntityNode) => (e.facts.some((f) => !f.conflict.review) ? 0 : 1);
  for (const e of byEntity.values()) e.facts.sort((a, b) => Number(!!a.conflict.review) - Number(!!b.conflict.review));
  return [...byEntity.values()].sort((a, b) => open(a) - open(b) || a.name.localeCompare(b.name));
}
