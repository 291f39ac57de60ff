// Shared pieces for the hardening suite: a stdio LSP client that can be started with a
// preload, its own environment and working directory; raw byte access to the server's
// stdin; memory readings; and generators of realistic article text.

import { spawn, type ChildProcess } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { SERVER } from '../protocol/lspClient';

export { SERVER };
export const REPO = path.resolve(__dirname, '../..');

export interface ClientOptions {
  /** Extra node flags, e.g. ['-r', '/path/trap.js']. */
  nodeArgs?: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
}

/** Like test/protocol/lspClient's LspClient, plus raw stdin, exit tracking and memory readings. */
export class HardClient {
  readonly proc: ChildProcess;
  readonly rpc: MessageConnection;
  readonly logs: string[] = [];
  readonly diagnostics = new Map<string, unknown[]>();
  readonly rpcErrors: string[] = [];
  stderr = '';
  exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  settings: Record<string, unknown> = {};
  private waiters: (() => void)[] = [];

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
    this.rpc.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: unknown[] }) => {
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
    this.rpc.onNotification('$/progress', () => this.wake());
    this.rpc.onNotification('corroborate/statsChanged', () => this.wake());
    this.rpc.listen();
  }

  get pid(): number {
    return this.proc.pid!;
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

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

  async initialize(folder: string | string[], initializationOptions?: unknown): Promise<{ capabilities: Record<string, unknown> }> {
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
      },
    });
    await this.rpc.sendNotification('initialized', {});
    return result as { capabilities: Record<string, unknown> };
  }

  /** Waits for the "Indexed N articles" log line of the n-th full index (1-based). */
  indexed(ms = 30000, nth = 1): Promise<string> {
    return this.until('the "Indexed … articles" log line', () => this.logs.filter((l) => /^Indexed \d+ articles/.test(l))[nth - 1], ms);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.rpc.sendRequest(method, params) as Promise<R>;
  }

  /** A request that fails the test instead of hanging when the server does not answer. */
  async requestWithin<R>(method: string, params: unknown, ms = 10000): Promise<R> {
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        this.request<R>(method, params),
        new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer to ${method} within ${ms} ms`)), ms))),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.rpc.sendNotification(method, params);
  }

  /** Writes bytes straight to the server's stdin, around the JSON-RPC writer. */
  writeRaw(bytes: string | Buffer): Promise<void> {
    return new Promise((resolve, reject) => this.proc.stdin!.write(bytes, (e) => (e ? reject(e) : resolve())));
  }

  /** Resident memory now and at its peak, in MB (Linux /proc). */
  memory(): { rssMb: number; peakMb: number } {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  }

  alive(): boolean {
    return this.exited === undefined && this.proc.exitCode === null;
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

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `corroborate-hard-${prefix}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function fileUri(p: string): string {
  return 'file://' + p;
}

/** Realistic pieces of Korean/US defence coverage, the vocabulary the core keys on. */
export const FRAGMENTS = [
  'Gen. Jin Yong-sung', 'Lt. Gen. Jin Yong-sung', 'Joint Chiefs of Staff Chairman Gen. Jin Yong-sung',
  'Defense Minister Ahn Gyu-back', 'Defence Minister Ahn Kyu-baek', 'U.S. Defense Secretary Pete Hegseth',
  'the 57th Security Consultative Meeting (SCM)', 'the 56th Korea-U.S. Security Consultative Meeting', 'the SCM',
  'Published: 27 Oct. 2025', 'Published: 27 Oct. 2025, 17:57', 'Updated: 3 Nov. 2025, 19:37', 'date 2025-11-03 Seoul, Nov 3',
  'on Nov. 4', 'on Tuesday', 'Monday', 'last week', 'in July', 'Jin', 'Gen. Caine', "Ahn's", 'Hegseth',
  'Then-Defense Minister Kim Yong-hyun', 'former U.S. Defense Secretary Lloyd Austin', 'acting President Choi Sang-mok',
  'President Lee Jae Myung', 'President Lee Jae-myung', 'Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Adm. Samuel Paparo',
  'the Ministry of National Defense', '[MINISTRY OF NATIONAL DEFENSE]', 'SEOUL (Yonhap) --', 'By Kim Hong-ji',
  '(AP Photo/Ahn Young-joon)', '© 2025 Yonhap News Agency. All rights reserved.', 'in Seoul', 'at the Pentagon in Washington',
  'wartime operational control (Opcon)', 'the Opcon transition', 'said.', 'said Monday.', ', ', '. ', ' ', ' ', ' ',
  '\n', '\n', '\n\n', '\r\n', '\r', '---\n', 'title: "SCM talks"\n', 'published: 2025-11-03\n', '# ', '> ', '![photo](x.png) ',
  // Unicode that must not trip offsets: surrogate pairs, RTL, combining marks, controls.
  '😀', '👍🏽', '🇰🇷', '👨‍👩‍👧', '𝐆𝐞𝐧.', '한국 국방부', '진영승 합참의장', 'مرحبا بالعالم', 'שלום', '\u202Eevil\u202C', 'e\u0301', 'Ahn\u0308',
  'Jin\u0301 Yong-sung', '\u200B', '\uFEFF', '\u2028', '\u2029', '\u00A0', '\t', '\u0085', '\uFFFD', '\uD800', '\uDC00', '\uDBFF\uDFFF',
  '"', '“', '”', '’', '—', '–', '(', ')', '[', ']', '-', '--', '...', ':',
];

export function nulFreeLength(s: string): boolean {
  return !s.slice(0, 8192).includes('\u0000');
}

/** Is `offset` a position between two UTF-16 code units of one surrogate pair? */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const hi = text.charCodeAt(offset - 1);
  const lo = text.charCodeAt(offset);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

/** A short wire story with facts the core compares (title, meeting date). */
export function article(i: number, opts: { rank?: string; day?: string; meetingDay?: string; extra?: string } = {}): string {
  const rank = opts.rank ?? (i % 2 ? 'Gen.' : 'Lt. Gen.');
  const day = opts.day ?? `${1 + (i % 27)} Oct. 2025`;
  const meet = opts.meetingDay ?? `Nov. ${3 + (i % 3)}`;
  return `Allies meet on Opcon, report ${i}\nPublished: ${day}, 10:00\n\n` +
    `SEOUL (Yonhap) -- Joint Chiefs of Staff Chairman ${rank} Jin Yong-sung met Adm. Samuel Paparo in Seoul.\n\n` +
    `Defense Minister Ahn Gyu-back and U.S. Defense Secretary Pete Hegseth will meet on ${meet} for the 57th annual Security Consultative Meeting (SCM), the ministry said.\n\n` +
    `Jin said the SCM would discuss the transfer of wartime operational control (Opcon). Person${i} Kimura${i} attended.${opts.extra ?? ''}\n`;
}
