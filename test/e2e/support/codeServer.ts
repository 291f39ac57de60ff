// Runs a real VS Code (code-server) with one packaged extension installed into throwaway
// user-data and extensions folders, bound to loopback, stopped by process group when done.
import { ChildProcess, execFile, spawn } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { CODE_SERVER_BIN, NODE24_BIN_DIR } from './paths';

const execFileAsync = promisify(execFile);

/** Settings that keep the window quiet and screenshots clean; everything else stays default. */
export const DEFAULT_USER_SETTINGS: Record<string, unknown> = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'security.workspace.trust.enabled': false,
  'security.workspace.trust.startupPrompt': 'never',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'editor.minimap.enabled': false,
  'git.enabled': false,
};

export interface CodeServer {
  readonly url: string;
  readonly port: number;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  readonly logFile: string;
  stop(): Promise<void>;
}

function serverEnv(): NodeJS.ProcessEnv {
  return { ...process.env, PATH: `${NODE24_BIN_DIR}${path.delimiter}${process.env.PATH ?? ''}` };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Installs a .vsix into fresh user-data/extensions folders under `baseDir` and writes User/settings.json. */
export async function prepareProfile(
  baseDir: string,
  vsix: string,
  settings: Record<string, unknown> = DEFAULT_USER_SETTINGS,
): Promise<{ userDataDir: string; extensionsDir: string }> {
  const userDataDir = path.join(baseDir, 'user-data');
  const extensionsDir = path.join(baseDir, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  const { stdout, stderr } = await execFileAsync(
    CODE_SERVER_BIN,
    ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix],
    { env: serverEnv(), timeout: 120_000 },
  );
  const installed = fs.readdirSync(extensionsDir).filter((name) => !name.startsWith('.') && name !== 'extensions.json');
  if (installed.length === 0) {
    throw new Error(`code-server --install-extension ${vsix} installed nothing.\n${stdout}\n${stderr}`);
  }
  return { userDataDir, extensionsDir };
}

/** Signals the child's whole process group (server, extension host, language server), which it leads. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // group already gone
  }
}

async function waitUntilAnswering(url: string, child: ChildProcess, logFile: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`code-server exited with code ${child.exitCode}:\n${tail(logFile)}`);
    }
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer at ${url} within ${timeoutMs} ms:\n${tail(logFile)}`);
}

function tail(file: string, lines = 30): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Starts code-server on 127.0.0.1 with a free port and waits until it answers. */
export async function startCodeServer(opts: { baseDir: string; userDataDir: string; extensionsDir: string }): Promise<CodeServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const logFile = path.join(opts.baseDir, 'code-server.log');
  const log = fs.openSync(logFile, 'a');
  const child = spawn(
    CODE_SERVER_BIN,
    [
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir', opts.userDataDir,
      '--extensions-dir', opts.extensionsDir,
    ],
    { env: serverEnv(), detached: true, stdio: ['ignore', log, log] },
  );
  fs.closeSync(log);
  const onExit = () => killGroup(child, 'SIGKILL');
  process.on('exit', onExit);

  const stop = async () => {
    process.off('exit', onExit);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    killGroup(child, 'SIGKILL'); // stragglers left in the group (extension host, language server)
  };

  try {
    await waitUntilAnswering(url, child, logFile, 60_000);
  } catch (err) {
    await stop();
    throw err;
  }
  return { url, port, userDataDir: opts.userDataDir, extensionsDir: opts.extensionsDir, logFile, stop };
}

/** A temp folder for one run; removed by the caller unless E2E_KEEP is set. */
export function makeTempDir(prefix = 'corroborate-e2e-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeTempDir(dir: string): void {
  if (process.env.E2E_KEEP) {
    console.log(`      (E2E_KEEP set, keeping ${dir})`);
    return;
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
