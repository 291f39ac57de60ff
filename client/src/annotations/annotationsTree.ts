// Annotations view: notes by article, then entity notes, reviewed conflicts and orphaned notes
// (passages that can no longer be found). Clicking a note reveals what it is about.

import * as vscode from 'vscode';
import { plural, toRange } from '../locations';
import type { ConflictInfo, CorroborateApi } from '../requests';
import type { AnnotationInfo, AnnotationsApi, AnnotationsResult } from './annotationsApi';
import { baseName, firstLine, keyLabel, summary, tagText, truncate } from './format';
import { REVEAL_ANNOTATION_COMMAND } from './revealAnnotation';

/** Entity names are looked up one request each; past this many, the key is shown instead. */
const MAX_NAME_LOOKUPS = 100;

type GroupKind = 'article' | 'entities' | 'reviews' | 'orphaned';
export interface AnnotationGroupNode { type: 'group'; group: GroupKind; label: string; uri?: string; notes: AnnotationNoteNode[] }
export interface AnnotationNoteNode { type: 'note'; annotation: AnnotationInfo; label: string; parent: AnnotationGroupNode }
export interface AnnotationErrorNode { type: 'error'; errors: AnnotationsResult['errors'] }
export type AnnotationNode = AnnotationGroupNode | AnnotationNoteNode | AnnotationErrorNode;

const GROUP_ICONS: Record<GroupKind, string> = { article: 'file', entities: 'person', reviews: 'pass', orphaned: 'debug-disconnect' };

export class AnnotationsTree implements vscode.TreeDataProvider<AnnotationNode> {
  private readonly changed = new vscode.EventEmitter<AnnotationNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: Promise<AnnotationNode[]> | undefined;

  constructor(
    private readonly api: AnnotationsApi,
    private readonly corroborate: CorroborateApi,
  ) {}

  refresh(): void {
    this.roots = undefined;
    this.changed.fire(undefined);
  }

  nodes(): Promise<AnnotationNode[]> {
    this.roots ??= this.api.list().then((result) => buildNodes(result, this.corroborate));
    return this.roots;
  }

  async getChildren(node?: AnnotationNode): Promise<AnnotationNode[]> {
    if (!node) return this.nodes();
    return node.type === 'group' ? node.notes : [];
  }

  getParent(node: AnnotationNode): AnnotationNode | undefined {
    return node.type === 'note' ? node.parent : undefined;
  }

  getTreeItem(node: AnnotationNode): vscode.TreeItem {
    if (node.type === 'error') {
      const item = new vscode.TreeItem(`${plural(node.errors.length, 'problem')} reading the annotation files`);
      item.id = 'errors';
      item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
      item.tooltip = node.errors.slice(0, 20).map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n');
      return item;
    }
    if (node.type === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `group:${node.group}:${node.uri ?? ''}`;
      if (node.uri) {
        item.resourceUri = vscode.Uri.parse(node.uri);
        item.iconPath = vscode.ThemeIcon.File;
        item.tooltip = node.uri;
      } else {
        item.iconPath = new vscode.ThemeIcon(GROUP_ICONS[node.group]);
      }
      item.description = String(node.notes.length);
      return item;
    }
    return noteItem(node);
  }
}

function noteItem(node: AnnotationNoteNode): vscode.TreeItem {
  const a = node.annotation;
  const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
  item.id = `annotation:${a.id}`;
  item.contextValue = `annotation.${a.kind}`;
  item.command = { command: REVEAL_ANNOTATION_COMMAND, title: 'Reveal Annotation', arguments: [a] };
  const tooltip = new vscode.MarkdownString();
  if (a.quote) tooltip.appendMarkdown('> ').appendText(truncate(a.quote.replace(/\s+/g, ' '), 300)).appendMarkdown('\n\n');
  if (a.note) tooltip.appendText(a.note).appendMarkdown('\n\n');
  if (a.tags.length) tooltip.appendText(tagText(a.tags)).appendMarkdown('\n\n');
  if (a.trustedValue) tooltip.appendMarkdown('Trusted value: ').appendText(`“${a.trustedValue}”`);
  item.tooltip = tooltip;
  switch (node.parent.group) {
    case 'article':
      item.iconPath = new vscode.ThemeIcon(a.note ? 'note' : 'tag');
      item.description = a.range ? `line ${toRange(a.range).start.line + 1}` : undefined;
      break;
    case 'entities':
      item.iconPath = new vscode.ThemeIcon('note');
      item.description = summary(a);
      break;
    case 'reviews':
      item.iconPath = new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'));
      item.description = `${a.trustedValue ? `trusts “${a.trustedValue}” — ` : ''}${firstLine(a.note ?? '')}`;
      break;
    case 'orphaned':
      item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
      item.description = [a.uri ? baseName(a.uri) : '', summary({ ...a, quote: undefined })].filter(Boolean).join(' · ');
      break;
  }
  return item;
}

async function buildNodes(result: AnnotationsResult, corroborate: CorroborateApi): Promise<AnnotationNode[]> {
  const { annotations } = result;
  const articles = new Map<string, AnnotationGroupNode>();
  const entities: AnnotationGroupNode = { type: 'group', group: 'entities', label: 'Entity notes', notes: [] };
  const reviews: AnnotationGroupNode = { type: 'group', group: 'reviews', label: 'Reviewed conflicts', notes: [] };
  const orphaned: AnnotationGroupNode = { type: 'group', group: 'orphaned', label: 'Orphaned notes', notes: [] };
  const names = await entityNames(corroborate, annotations);
  const conflicts = annotations.some((a) => a.kind === 'review') ? await corroborate.conflicts() : [];

  for (const a of annotations) {
    if (a.kind === 'entity') {
      entities.notes.push({ type: 'note', annotation: a, label: names.get(a.entityId ?? '') ?? keyLabel(a.entityId ?? '?'), parent: entities });
    } else if (a.kind === 'review') {
      reviews.notes.push({ type: 'note', annotation: a, label: reviewLabel(a, conflicts), parent: reviews });
    } else if (a.orphaned || !a.uri || !a.range) {
      orphaned.notes.push({ type: 'note', annotation: a, label: a.quote ? `“${truncate(firstLine(a.quote), 48)}”` : '(passage)', parent: orphaned });
    } else {
      let group = articles.get(a.uri);
      if (!group) {
        group = { type: 'group', group: 'article', label: baseName(a.uri), uri: a.uri, notes: [] };
        articles.set(a.uri, group);
      }
      group.notes.push({ type: 'note', annotation: a, label: summary(a), parent: group });
    }
  }
  for (const group of articles.values()) group.notes.sort((x, y) => startOf(x) - startOf(y));
  const roots: AnnotationNode[] = [...articles.values()].sort((x, y) => x.label.localeCompare(y.label));
  roots.push(...[entities, reviews, orphaned].filter((g) => g.notes.length > 0));
  if (result.errors.length) roots.push({ type: 'error', errors: result.errors });
  return roots;
}

function startOf(node: AnnotationNoteNode): number {
  const r = node.annotation.range;
  return r ? r.start.line * 1e6 + r.start.character : 0;
}

async function entityNames(corroborate: CorroborateApi, annotations: AnnotationInfo[]): Promise<Map<string, string>> {
  const ids = [...new Set(annotations.filter((a) => a.kind === 'entity' && a.entityId).map((a) => a.entityId!))].slice(0, MAX_NAME_LOOKUPS);
  const details = await Promise.all(ids.map((id) => corroborate.entityDetails(id)));
  const names = new Map<string, string>();
  ids.forEach((id, i) => {
    if (details[i]) names.set(id, details[i]!.name);
  });
  return names;
}

function reviewLabel(a: AnnotationInfo, conflicts: ConflictInfo[]): string {
  const c = conflicts.find((x) => x.id === a.conflictId);
  return c ? `${c.entityName} · ${c.fact}` : `Conflict ${a.conflictId ?? ''} (no longer reported)`;
}
