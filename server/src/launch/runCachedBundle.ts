// Starts a bundle through V8's code cache. Compiling the server's bundle and the functions
// its first index runs costs tens of milliseconds at every start, a tenth of a warm start at
// 10,000 articles; with the code V8 compiled last time that work is skipped. Node 20 has no
// compile cache of its own (module.enableCompileCache came in 22), hence this small loader.
//
// The cache is only an optimisation: V8 checks the data against the source, its version and
// its flags and compiles as usual when they differ, and any failure here is ignored. V8 does
// not check the data itself (damaged data crashed the process), so each file carries a
// digest of its data and a file that does not match it is not used.

import { createHash } from 'crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'fs';
import Module, { createRequire } from 'module';
import * as path from 'path';
import { Script } from 'vm';

/**
 * The folder the client gives for the code cache (VS Code: the extension's global storage),
 * or undefined: without one the server writes nothing outside the workspace's sidecar.
 */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.CORROBORATE_CODE_CACHE || undefined;
}

export function runCachedBundle(bundle: string, cacheDir = codeCacheDir()): void {
  const source = readFileSync(bundle, 'utf8');
  const cacheFile = cacheDir && path.join(cacheDir, `${path.basename(bundle, '.js')}-${cacheKey(source)}.bin`);
  const cachedData = cacheFile ? readOwnFile(cacheFile) : undefined;
  const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
  const module = new Module(bundle, require.main);
  module.filename = bundle;
  module.loaded = true;
  const run = script.runInThisContext() as (exports: unknown, require: NodeRequire, module: Module, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  // Right after the bundle's top level has run: the code of starting up is compiled by then.
  // Data taken after a first index as well held twice as much and made warm starts no faster.
  if (cacheFile && (!cachedData || script.cachedDataRejected) && writeCache(cacheFile, script)) removeStale(cacheFile);
}

/**
 * Deletes this user's caches of other versions of the bundle (or of Node) beside the one just
 * written: every update of the extension would otherwise leave most of a megabyte behind.
 */
function removeStale(current: string): void {
  const dir = path.dirname(current);
  const stem = path.basename(current).replace(/[0-9a-f]{16}\.bin$/, ''); // "serverMain-"
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  try {
    for (const name of readdirSync(dir)) {
      if (name === path.basename(current) || !name.startsWith(stem) || !/^[0-9a-f]{16}\.bin$/.test(name.slice(stem.length))) continue;
      const file = path.join(dir, name);
      if (uid === undefined || statSync(file).uid === uid) unlinkSync(file);
    }
  } catch {
    // Left for the next start that writes a cache.
  }
}

/** V8 rejects data from another version or other flags itself; the key keeps one file per combination. */
function cacheKey(source: string): string {
  return createHash('sha1').update(source).update(process.version).update(process.arch).update(process.execArgv.join(' ')).digest('hex').slice(0, 16);
}

const DIGEST_BYTES = 20;

const digestOf = (data: Uint8Array) => createHash('sha1').update(data).digest();

/** The cached data of `file`, if this user wrote it and it is whole. */
function readOwnFile(file: string): Buffer | undefined {
  try {
    const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
    if (uid !== undefined && statSync(file).uid !== uid) return undefined;
    const bytes = readFileSync(file);
    const data = bytes.subarray(DIGEST_BYTES);
    return data.length && digestOf(data).equals(bytes.subarray(0, DIGEST_BYTES)) ? data : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(file: string, script: Script): boolean {
  try {
    mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    // Renamed into place: another server starting at the same moment reads all of it or nothing.
    const partial = `${file}.${process.pid}.tmp`;
    const data = script.createCachedData();
    writeFileSync(partial, Buffer.concat([digestOf(data), data]), { mode: 0o600 });
    renameSync(partial, file);
    return true;
  } catch {
    // No cache this time; the next start compiles as usual and tries again.
    return false;
  }
}
