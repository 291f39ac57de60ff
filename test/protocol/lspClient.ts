// A real LSP client for tests: starts `node server/out/server.js --stdio` as a child
// process and speaks JSON-RPC to it over stdio.

import { spawn, type ChildProcess } from 'child_process';
import * as path from 'path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const SERVER = path.resolve(__dirname, '../../server/out/server.js');

export interface PublishedDiagnostics {
  uri: string;
  diagnostics: {
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    severity: number;
    source: string;
    code: string;
    message: string;
    relatedInformation?: { location: { uri: string; range: { start: { line: number; character: number } } }; message: string }[];
  }[];
}

export interface ClientOptions {
  /** Extra node flags, e.g. ['-r', '/path/trap.js']. */
  nodeArgs?: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

export class LspClient {
  readonly proc: ChildProcess;
  readonly rpc: MessageConnection;
  readonly diagnostics = new Map<string, PublishedDiagnostics['diagnostics']>();
  readonly logs: string[] = [];
  readonly rpcErrors: string[] = [];
  private waiters: (() => void)[] = [];
  stderr = '';
  exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;

  constructor(opts: ClientOptions = {}) {
    this.proc = spawn(process.execPath, [...(opts.nodeArgs ?? []), SERVER, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'], env: opts.env ?? process.env, cwd: opts.cwd,
    });
    this.proc.stderr!.on('data', (d) => (this.stderr += d));
    this.proc.on('exit', (code, signal) => {
      this.exited = { code, signal };
      this.wake();
    });
    this.proc.stdin!.on('error', () => undefined); // EPIPE after the server exits
    this.rpc = createMessageConnection(new StreamMessageReader(this.proc.stdout!), new StreamMessageWriter(this.proc.stdin!));
    this.rpc.onError((e) => this.rpcErrors.push(String(e[0]?.message ?? e)));
    this.rpc.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      this.diagnostics.set(p.uri, p.diagnostics);
      this.wake();
    });
    this.rpc.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
      this.wake();
    });
    this.rpc.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    this.rpc.onRequest('client/registerCapability', () => null);
    this.rpc.onRequest('window/workDoneProgress/create', () => null);
    this.rpc.onNotification('$/progress', () => undefined);
    this.rpc.onNotification('corroborate/statsChanged', () => this.wake());
    this.rpc.listen();
  }

  settings: Record<string, unknown> = {};

  get pid(): number {
    return this.proc.pid!;
  }

  alive(): boolean {
    return this.exited === undefined && this.proc.exitCode === null;
  }

  /** Re-checks every `until` condition; notifications call it, and so may subclasses. */
  protected wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Waits until `check` holds, re-checking on every notification; fails after `ms`. */
  async until<T>(what: string, check: () => T | undefined | false, ms = 15000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const v = check();
      if (v) return v;
      if (Date.now() > deadline) throw new Error(`timed out after ${ms} ms waiting for ${what}; logs:\n${this.logs.slice(-20).join('\n')}\nstderr:\n${this.stderr.slice(-2000)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  async initialize(folder: string | string[], capabilities: Record<string, unknown> = {}, initializationOptions?: Record<string, unknown>): Promise<{ capabilities: Record<string, unknown> }> {
    const folders = Array.isArray(folder) ? folder : [folder];
    const result = await this.rpc.sendRequest('initialize', {
      processId: process.pid,
      rootUri: 'file://' + folders[0],
      workspaceFolders: folders.map((f) => ({ uri: 'file://' + f, name: path.basename(f) })),
      initializationOptions,
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceFolders: true },
        window: { workDoneProgress: true },
        textDocument: { hover: { contentFormat: ['markdown'] }, publishDiagnostics: { relatedInformation: true } },
        ...capabilities,
      },
    });
    await this.rpc.sendNotification('initialized', {});
    return result as { capabilities: Record<string, unknown> };
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.rpc.sendRequest(method, params) as Promise<R>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.rpc.sendNotification(method, params);
  }

  async stop(): Promise<void> {
    if (this.alive()) {
      try {
        await Promise.race([this.rpc.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await this.rpc.sendNotification('exit');
      } catch {
        // already gone
      }
    }
    this.rpc.dispose();
    await new Promise((r) => setTimeout(r, 150));
    if (this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill();
  }
}

/** Line/character of the n-th occurrence (0-based) of `needle` in `text`, plus `delta` characters. */
export function positionOf(text: string, needle: string, nth = 0, delta = 0): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`'${needle}' #${nth} not found`);
  }
  at += delta;
  const before = text.slice(0, at);
  const line = before.split(/\r\n|\r|\n/).length - 1;
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  return { line, character: at - lineStart };
}
