// Preload for the security tests: `node -r trap.js server.js --stdio`. Replaces every way
// to open a network connection or resolve a name with a function that records the call
// (in TRAP_LOG) and throws, and records every write to the file system outside
// TRAP_ALLOW (colon-separated roots). Nothing here changes what the server reads.
'use strict';
const fs = require('fs');
const path = require('path');
const LOG = process.env.TRAP_LOG;
const ALLOW = (process.env.TRAP_ALLOW || '').split(':').filter(Boolean);
// The log is written through an fd opened before anything is wrapped, with a re-entrancy guard.
const logFd = LOG ? fs.openSync(LOG, 'a') : undefined;
const writeSync = fs.writeSync;
let recording = false;
function record(kind, what) {
  if (logFd === undefined || recording) return;
  recording = true;
  try {
    writeSync(logFd, JSON.stringify({ kind, what: String(what).slice(0, 300), stack: new Error().stack.split('\n').slice(2, 6).join(' | ') }) + '\n');
  } finally {
    recording = false;
  }
}
function trapNet(mod, name) {
  const m = require(mod);
  const fn = function () {
    record('net', `${mod}.${name}(${JSON.stringify(Array.from(arguments).map((a) => (typeof a === 'function' ? 'fn' : a))).slice(0, 200)})`);
    throw new Error(`network access blocked by trap: ${mod}.${name}`);
  };
  try {
    Object.defineProperty(m, name, { value: fn, writable: true, configurable: true });
  } catch {
    m[name] = fn;
  }
}
for (const [mod, names] of Object.entries({
  net: ['connect', 'createConnection', 'createServer'],
  tls: ['connect', 'createServer'],
  http: ['request', 'get', 'createServer'],
  https: ['request', 'get', 'createServer'],
  http2: ['connect', 'createServer'],
  dns: ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny'],
  dgram: ['createSocket'],
})) for (const n of names) trapNet(mod, n);
try {
  const dp = require('dns').promises;
  for (const n of ['lookup', 'resolve', 'resolve4', 'resolve6']) dp[n] = () => { record('net', `dns.promises.${n}`); return Promise.reject(new Error('blocked')); };
} catch { /* older node */ }
if (typeof globalThis.fetch === 'function') globalThis.fetch = (u) => { record('net', `fetch(${u})`); return Promise.reject(new Error('network access blocked by trap: fetch')); };
for (const n of ['exec', 'execSync', 'execFile', 'execFileSync', 'spawn', 'spawnSync', 'fork']) trapNet('child_process', n);

// File-system writes outside the allowed roots.
function allowed(p) {
  if (typeof p !== 'string' && !(p instanceof URL) && !Buffer.isBuffer(p)) return true; // fds
  const abs = path.resolve(String(p instanceof URL ? p.pathname : p));
  return ALLOW.some((r) => abs === r || abs.startsWith(r + path.sep));
}
const WRITE_FLAGS = /[wa+]/;
function wrap(obj, name, pathArgs, isWrite) {
  const orig = obj[name];
  if (typeof orig !== 'function') return;
  obj[name] = function () {
    const args = arguments;
    if (isWrite(args)) for (const i of pathArgs) if (args[i] !== undefined && !allowed(args[i])) record('write', `fs.${name}(${args[i]})`);
    return orig.apply(this, args);
  };
}
const always = () => true;
const openFlags = (a) => typeof a[1] === 'string' ? WRITE_FLAGS.test(a[1]) : typeof a[1] === 'number' ? (a[1] & (fs.constants.O_WRONLY | fs.constants.O_RDWR | fs.constants.O_CREAT | fs.constants.O_TRUNC | fs.constants.O_APPEND)) !== 0 : false;
for (const target of [fs, fs.promises]) {
  for (const n of ['writeFile', 'writeFileSync', 'appendFile', 'appendFileSync', 'mkdir', 'mkdirSync', 'mkdtemp', 'mkdtempSync', 'rm', 'rmSync', 'rmdir', 'rmdirSync', 'unlink', 'unlinkSync', 'truncate', 'truncateSync', 'chmod', 'chmodSync', 'chown', 'chownSync', 'utimes', 'utimesSync', 'createWriteStream']) wrap(target, n, [0], always);
  for (const n of ['rename', 'renameSync', 'copyFile', 'copyFileSync', 'cp', 'cpSync', 'symlink', 'symlinkSync', 'link', 'linkSync']) wrap(target, n, [0, 1], always);
  for (const n of ['open', 'openSync']) wrap(target, n, [0], openFlags);
}
record('loaded', `trap active in pid ${process.pid}`);
