// Typed access to the custom requests in protocol.ts. Views and commands ask through here so a
// stopped or restarting server yields an empty answer instead of an exception in a tree.

import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import {
  ConflictInfo, EntitiesParams, EntityDetails, EntitySummary, Notifications, Requests, StatsResult,
} from '../../server/src/protocol';

export type {
  ConflictInfo, ConflictSide, EntityDetails, EntityKind, EntitySourceMentions, EntitySummary, StatsResult, WireLocation, WireRange,
} from '../../server/src/protocol';

export class CorroborateApi {
  constructor(
    private readonly client: LanguageClient,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  get running(): boolean {
    return this.client.isRunning();
  }

  stats(): Promise<StatsResult | undefined> {
    return this.ask(Requests.stats, undefined, undefined);
  }

  async entities(params: EntitiesParams, token?: vscode.CancellationToken): Promise<EntitySummary[]> {
    return (await this.ask<EntitySummary[] | null>(Requests.entities, params, [], token)) ?? [];
  }

  async entityDetails(id: string): Promise<EntityDetails | undefined> {
    return (await this.ask<EntityDetails | null>(Requests.entityDetails, { id }, null)) ?? undefined;
  }

  async conflicts(): Promise<ConflictInfo[]> {
    return (await this.ask<ConflictInfo[] | null>(Requests.conflicts, undefined, [])) ?? [];
  }

  async reindex(): Promise<void> {
    await this.ask(Requests.reindex, undefined, undefined);
  }

  onStatsChanged(listener: (stats: StatsResult) => void): vscode.Disposable {
    return this.client.onNotification(Notifications.statsChanged, listener);
  }

  private async ask<R>(method: string, params: unknown, fallback: R, token?: vscode.CancellationToken): Promise<R> {
    if (!this.client.isRunning()) return fallback;
    try {
      const result = params === undefined
        ? await this.client.sendRequest<R>(method, token)
        : await this.client.sendRequest<R>(method, params, token);
      return result ?? fallback;
    } catch (e) {
      if (!token?.isCancellationRequested) this.output.warn(`${method} failed: ${e instanceof Error ? e.message : String(e)}`);
      return fallback;
    }
  }
}
