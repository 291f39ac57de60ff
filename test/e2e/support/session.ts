// One end-to-end session: a temp folder, the extension installed into a fresh profile,
// code-server running, chromium showing a copy of the articles. dispose() undoes all of it.
import { CodeServer, makeTempDir, prepareProfile, removeTempDir, startCodeServer } from './codeServer';
import { assertSetup, SEEDS_DIR, VSIX } from './paths';
import { Workbench } from './workbench';
import { copyWorkspace } from './workspace';

export interface Session {
  readonly workbench: Workbench;
  readonly server: CodeServer;
  /** Absolute path of the opened folder (a copy of the articles). */
  readonly workspace: string;
  dispose(): Promise<void>;
}

export async function startSession(opts: { vsix?: string; articles?: string } = {}): Promise<Session> {
  const vsix = opts.vsix ?? VSIX;
  assertSetup(vsix);
  const tmp = makeTempDir();
  let server: CodeServer | undefined;
  let workbench: Workbench | undefined;
  const dispose = async () => {
    await workbench?.close().catch(() => undefined);
    await server?.stop().catch(() => undefined);
    removeTempDir(tmp);
  };
  try {
    const workspace = copyWorkspace(opts.articles ?? SEEDS_DIR, tmp);
    const profile = await prepareProfile(tmp, vsix);
    server = await startCodeServer({ baseDir: tmp, ...profile });
    workbench = await Workbench.open(server.url, workspace);
    return { workbench, server, workspace, dispose };
  } catch (err) {
    if (server) (err as Error).message += `\n(code-server log: ${server.logFile})`;
    process.env.E2E_KEEP ??= '1'; // keep the log for the failure report
    await dispose();
    throw err;
  }
}

/**
 * One session for a whole suite: started before its tests, a screenshot of any failing
 * test (named `<prefix><test title>`), and everything undone after.
 */
export function useSession(failurePrefix: string): { readonly session: Session; readonly wb: Workbench } {
  const ctx = {} as { session: Session; wb: Workbench };
  before(async function () {
    ctx.session = await startSession();
    ctx.wb = ctx.session.workbench;
  });
  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && ctx.wb) {
      const name = `${failurePrefix}${this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 50)}`;
      const shot = await ctx.wb.screenshot(name).catch(() => undefined);
      if (shot) console.log(`      screenshot: ${shot}`);
    }
    await ctx.wb?.closeQuickInput().catch(() => undefined);
  });
  after(async function () {
    await ctx.session?.dispose();
  });
  return ctx;
}
