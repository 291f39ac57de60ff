// "$(book) N articles · M entities · K conflicts"; a spinner while the first index builds and a
// restart affordance when the server is down, so the item always says what state Corroborate is in.

import * as vscode from 'vscode';
import { plural } from './locations';
import type { StatsResult } from './requests';

export const RESTART_SERVER_COMMAND = 'corroborate.restartServer';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('corroborate.status', vscode.StatusBarAlignment.Left, 10);

  constructor() {
    this.item.name = 'Corroborate';
    this.starting();
    this.item.show();
  }

  starting(): void {
    this.item.text = '$(sync~spin) Corroborate';
    this.item.tooltip = 'Corroborate: starting the language server…';
    this.item.command = undefined;
    this.item.backgroundColor = undefined;
  }

  stopped(): void {
    this.item.text = '$(error) Corroborate';
    this.item.tooltip = 'Corroborate: the language server is not running. Click to restart it.';
    this.item.command = RESTART_SERVER_COMMAND;
    this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
  }

  update(stats: StatsResult): void {
    const counts = [plural(stats.articles, 'article'), plural(stats.entities, 'entity', 'entities'), plural(stats.conflicts, 'conflict')];
    this.item.text = `${stats.indexing ? '$(sync~spin)' : '$(book)'} ${counts.join(' · ')}`;
    const tooltip = new vscode.MarkdownString(
      `**Corroborate**${stats.indexing ? ' — indexing the workspace…' : ''}\n\n` +
        `${counts.join(' · ')}  \n${plural(stats.links, 'entity', 'entities')} named by two or more sources\n\n` +
        'Click to show the conflicts.',
    );
    this.item.tooltip = tooltip;
    this.item.command = 'corroborate.showConflicts';
    this.item.backgroundColor = undefined;
  }

  dispose(): void {
    this.item.dispose();
  }
}
