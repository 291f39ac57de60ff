#!/usr/bin/env node
// Extension-host tests (@vscode/test-electron): `npm run test:vscode`.
//
// VS Code is taken from VSCODE_EXECUTABLE_PATH, else from the cache in .vscode-test/, else
// downloaded. When nothing is cached and the download fails for lack of network, the suite is
// SKIPPED (exit 0) with a message: machines without internet access cannot run it, and that is
// not a test failure. Any other failure exits non-zero.
'use strict';

const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const CACHE = path.join(ROOT, '.vscode-test');
const OUT = path.join(__dirname, 'out');
const SEEDS = path.join(ROOT, 'seeds');
const DOWNLOAD_TIMEOUT_MS = 15_000;

const NETWORK_CODES = new Set([
  'ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENETUNREACH', 'EHOSTUNREACH',
  'ENETDOWN', 'EPROTO', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'SELF_SIGNED_CERT_IN_CHAIN', 'CERT_HAS_EXPIRED',
]);
const NETWORK_MESSAGE = /getaddrinfo|socket hang up|network|timed? ?out|proxy|ECONN|ENOTFOUND|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|certificate/i;

function skip(reason) {
  console.log([
    '',
    '  SKIPPED: VS Code extension-host tests (test/vscode)',
    `  ${reason}`,
    '  To run them: on a machine with internet access run `npm run test:vscode` once (VS Code is',
    '  cached in .vscode-test/ afterwards), or set VSCODE_EXECUTABLE_PATH to an installed VS Code.',
    '',
  ].join('\n'));
  process.exit(0);
}

function cachedInstalls() {
  let entries = [];
  try {
    entries = fs.readdirSync(CACHE);
  } catch {
    return [];
  }
  return entries.filter((e) => /^vscode-/.test(e) && fs.existsSync(path.join(CACHE, e, 'is-complete')));
}

/** True when the error (or anything it wraps) says the network is unreachable or too slow. */
function isNetworkFailure(err, depth = 0) {
  if (!err || depth > 4) return false;
  if (typeof err === 'string') return NETWORK_MESSAGE.test(err);
  if (NETWORK_CODES.has(err.code) || err.name === 'TimeoutError') return true;
  if (NETWORK_MESSAGE.test(String(err.message))) return true;
  if (Array.isArray(err.errors) && err.errors.some((e) => isNetworkFailure(e, depth + 1))) return true; // AggregateError
  return isNetworkFailure(err.cause, depth + 1);
}

/** test-electron reports the real download error to its reporter and throws a generic one. */
function quietReporter(errors) {
  let lastTenth = -1;
  return {
    report(r) {
      if (r.stage === 'downloading') {
        const tenth = r.totalBytes ? Math.floor((10 * r.bytesSoFar) / r.totalBytes) : -1;
        if (tenth !== lastTenth) console.log(`  downloading VS Code: ${tenth * 10}%`);
        lastTenth = tenth;
      } else if (r.stage === 'retrying') {
        errors.push(r.error);
        console.log(`  download attempt ${r.attempt} of ${r.totalAttempts} failed: ${r.error?.message ?? r.error}`);
      } else if (r.stage === 'resolvedVersion') {
        console.log(`  VS Code ${r.version}`);
      }
    },
    error(err) {
      errors.push(err);
    },
  };
}

async function resolveVSCode() {
  const fromEnv = process.env.VSCODE_EXECUTABLE_PATH;
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) throw new Error(`VSCODE_EXECUTABLE_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const { download } = require('@vscode/test-electron');
  const cached = cachedInstalls();
  const errors = [];
  try {
    return await download({
      cachePath: CACHE,
      extensionDevelopmentPath: ROOT,
      timeout: DOWNLOAD_TIMEOUT_MS,
      reporter: quietReporter(errors),
    });
  } catch (err) {
    errors.push(err);
    if (cached.length === 0 && errors.some((e) => isNetworkFailure(e))) {
      const why = errors.map((e) => (e && e.message) || String(e)).filter(Boolean)[0];
      skip(`No VS Code is cached under .vscode-test/ and it could not be downloaded (offline?): ${why}`);
    }
    throw err;
  }
}

function buildSuite() {
  fs.rmSync(OUT, { recursive: true, force: true });
  const suite = path.join(__dirname, 'suite');
  const entryPoints = fs.readdirSync(suite).filter((f) => f === 'index.ts' || f.endsWith('.spec.ts')).map((f) => path.join(suite, f));
  require('esbuild').buildSync({
    entryPoints,
    outdir: OUT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    sourcemap: 'inline',
    external: ['vscode', 'mocha', 'mocha/*'],
    logLevel: 'warning',
  });
}

/** Electron needs a display on Linux; xvfb-run provides one on CI machines. */
function rerunUnderXvfbIfNeeded() {
  if (process.platform !== 'linux' || process.env.DISPLAY || process.env.WAYLAND_DISPLAY || process.env.CORROBORATE_UNDER_XVFB) return;
  const probe = cp.spawnSync('xvfb-run', ['--help'], { stdio: 'ignore' });
  if (probe.error) {
    console.warn('  No $DISPLAY and no xvfb-run: VS Code will probably fail to open a window. Install xvfb or set DISPLAY.');
    return;
  }
  const child = cp.spawnSync('xvfb-run', ['-a', process.execPath, __filename, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, CORROBORATE_UNDER_XVFB: '1' },
  });
  process.exit(child.status ?? 1);
}

async function main() {
  for (const built of ['client/out/extension.js', 'server/out/server.js']) {
    if (!fs.existsSync(path.join(ROOT, built))) throw new Error(`${built} is missing: run \`npm run build\` first`);
  }
  buildSuite();
  const vscodeExecutablePath = await resolveVSCode();
  rerunUnderXvfbIfNeeded();

  // A copy of the seeds and a fresh profile: nothing the editor writes lands in the repository.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-vscode-'));
  const workspace = path.join(tmp, 'seeds');
  fs.cpSync(SEEDS, workspace, { recursive: true });
  const { runTests } = require('@vscode/test-electron');
  try {
    const code = await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(OUT, 'index.js'),
      launchArgs: [
        workspace,
        '--disable-extensions',
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--disable-gpu',
        `--user-data-dir=${path.join(tmp, 'user-data')}`,
      ],
    });
    process.exitCode = code;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`\n  Extension-host tests failed: ${(err && err.stack) || err}`);
  process.exit(1);
});
