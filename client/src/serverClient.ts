// Starts the bundled language server and owns its lifecycle (bounded restarts, manual restart).

import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, State, TransportKind } from 'vscode-languageclient/node';
import { RestartPolicy } from './restartPolicy';

/** The server decides by the include/exclude globs whether a text or Markdown file is an article. */
export const documentSelector = [
  { language: 'news-article' },
  { scheme: 'file', language: 'plaintext' },
  { scheme: 'file', language: 'markdown' },
];

const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60_000;
// A port of its own so debugging Corroborate next to other language servers does not collide.
const DEBUG_PORT = 6011;

export interface ServerClient {
  readonly client: LanguageClient;
  /** Restarts a running server, or starts a stopped one, and forgets earlier crashes. */
  restart(): Promise<void>;
}

export function createServerClient(context: vscode.ExtensionContext, output: vscode.LogOutputChannel): ServerClient {
  const module = context.asAbsolutePath('server/out/server.js');
  // ipc rather than stdio: a stray console.log in the server cannot corrupt the protocol.
  // The server's compiled code is cached in the extension's own storage (server/src/launch).
  const env = { ...process.env, CORROBORATE_CODE_CACHE: vscode.Uri.joinPath(context.globalStorageUri, 'code-cache').fsPath };
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { env } },
    debug: { module, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', `--inspect=${DEBUG_PORT}`] } },
  };

  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{news,txt,md,markdown}');
  context.subscriptions.push(watcher);

  let client: LanguageClient;
  const policy = new RestartPolicy({
    maxRestarts: MAX_RESTARTS,
    windowMs: RESTART_WINDOW_MS,
    log: (line) => output.warn(line),
    onGiveUp: (reason) => void offerRestart(reason),
  });

  const clientOptions: LanguageClientOptions = {
    documentSelector,
    synchronize: { configurationSection: 'corroborate', fileEvents: watcher },
    outputChannel: output,
    errorHandler: policy,
    diagnosticCollectionName: 'corroborate',
    // Restricted Mode: the server reads and cross-checks but writes no annotations.
    // clientCommands: code actions may use this client's commands that ask for a reason.
    // storagePath: the analysis cache lives in the extension's storage, never in the workspace.
    initializationOptions: { trusted: vscode.workspace.isTrusted, clientCommands: true, storagePath: (context.storageUri ?? context.globalStorageUri).fsPath },
  };

  // The id must be 'corroborate' so the `corroborate.trace.server` setting applies.
  client = new LanguageClient('corroborate', 'Corroborate', serverOptions, clientOptions);

  async function restart(): Promise<void> {
    policy.reset();
    if (client.state === State.Running) await client.restart();
    else if (client.state === State.Starting) return;
    else await client.start();
  }

  async function offerRestart(reason: string): Promise<void> {
    const choice = await vscode.window.showErrorMessage(
      `Corroborate stopped: ${reason}. Hover, diagnostics and the views are unavailable until it restarts.`,
      'Restart',
      'Show Output',
    );
    if (choice === 'Restart') await restart().catch((e) => output.error(`Restart failed: ${e}`));
    else if (choice === 'Show Output') output.show(true);
  }

  return { client, restart };
}
