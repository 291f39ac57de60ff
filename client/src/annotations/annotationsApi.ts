// The server's annotation commands (workspace/executeCommand) and the `corroborate/annotations`
// request. Commands go to the server directly, not through vscode.commands: the language
// client registers the server's command ids too, and the client's own ids must never collide.
// Reads fail soft (an empty list); writes throw, so the command that asked can say what went wrong.

import * as vscode from 'vscode';
import { ExecuteCommandRequest, LanguageClient } from 'vscode-languageclient/node';
import {
  AnnotationCommands, AnnotationInfo, AnnotationRequests, AnnotationsResult, WireRange,
} from '../../../server/src/protocol';

export type { AnnotationInfo, AnnotationsResult } from '../../../server/src/protocol';

export interface PassageArgs { uri: string; range: WireRange; note?: string; tags?: string[] }
/** The entity under a position, or one named by id. */
export type EntityTarget = { uri: string; position: { line: number; character: number } } | { entityId: string };
export type EntityArgs = EntityTarget & { note: string };
export interface ReviewArgs { conflictId: string; reason: string; trustedValue?: string; trustedUri?: string }

export class AnnotationsApi implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after each successful write, before the server's statsChanged arrives. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly client: LanguageClient,
    private readonly output: vscode.LogOutputChannel,
  ) {}

  get running(): boolean {
    return this.client.isRunning();
  }

  async list(uri?: string, token?: vscode.CancellationToken): Promise<AnnotationsResult> {
    const empty: AnnotationsResult = { annotations: [], errors: [] };
    if (!this.client.isRunning()) return empty;
    try {
      const result = await this.client.sendRequest<AnnotationsResult | null>(AnnotationRequests.list, uri ? { uri } : {}, token);
      return { annotations: result?.annotations ?? [], errors: result?.errors ?? [] };
    } catch (e) {
      if (!token?.isCancellationRequested) this.output.warn(`${AnnotationRequests.list} failed: ${message(e)}`);
      return empty;
    }
  }

  addToPassage(args: PassageArgs): Promise<AnnotationInfo> {
    return this.execute(AnnotationCommands.addToPassage, args);
  }

  addToEntity(args: EntityArgs): Promise<AnnotationInfo> {
    return this.execute(AnnotationCommands.addToEntity, args);
  }

  reviewConflict(args: ReviewArgs): Promise<AnnotationInfo> {
    return this.execute(AnnotationCommands.reviewConflict, args);
  }

  remove(id: string): Promise<{ removed: boolean }> {
    return this.execute(AnnotationCommands.remove, { id });
  }

  dispose(): void {
    this.changed.dispose();
  }

  private async execute<R>(command: string, args: object): Promise<R> {
    if (!this.client.isRunning()) throw new Error('the language server is not running');
    const result = await this.client.sendRequest(ExecuteCommandRequest.type, { command, arguments: [args] });
    this.changed.fire();
    return result as R;
  }
}

export function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
