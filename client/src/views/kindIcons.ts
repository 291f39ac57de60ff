import * as vscode from 'vscode';
import type { EntityKind } from '../requests';

/** Display order in the Entities view: people first, they are what readers check most. */
export const KIND_ORDER: EntityKind[] = ['person', 'organization', 'meeting', 'place', 'date', 'term'];

const LABELS: Record<EntityKind, string> = {
  person: 'People',
  organization: 'Organisations',
  meeting: 'Meetings & events',
  place: 'Places',
  date: 'Dates',
  term: 'Terms',
};

// Symbol codicons so the colours match the Outline view, which lists the same entities.
const ICONS: Record<EntityKind, string> = {
  person: 'person',
  organization: 'organization',
  meeting: 'symbol-event',
  place: 'location',
  date: 'calendar',
  term: 'symbol-key',
};

export function kindLabel(kind: EntityKind): string {
  return LABELS[kind] ?? kind;
}

export function kindCodicon(kind: EntityKind): string {
  return ICONS[kind] ?? 'symbol-misc';
}

export function kindIcon(kind: EntityKind): vscode.ThemeIcon {
  return new vscode.ThemeIcon(kindCodicon(kind));
}

export const conflictIcon = new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
