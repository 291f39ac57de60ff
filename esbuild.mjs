// Bundles the client (vscode external) and the fully self-contained server and CLI.
import * as esbuild from 'esbuild';
import { createHash } from 'crypto';
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';

// A fingerprint of the analysis core: the persistent cache is only trusted by the same core.
function coreHash(dir = 'server/src/core') {
  const h = createHash('sha1');
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else h.update(p).update(readFileSync(p));
    }
  };
  walk(dir);
  return h.digest('hex').slice(0, 16);
}

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  // esbuild writes a regular expression with \p{…} as new RegExp(…) for any Node target, and a
  // hot function then builds its expressions at every call; Node 18 and later read them as written.
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  define: { __CORE_HASH__: JSON.stringify(coreHash()) },
  // fdir's ES module build needs import.meta.url, which a CommonJS bundle does not have.
  alias: { fdir: './node_modules/fdir/dist/index.cjs' },
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] },
  // server.js only loads serverMain.js through V8's code cache (server/src/launch).
  { ...common, entryPoints: ['server/src/launch/server.ts'], outfile: 'server/out/server.js' },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'server/out/serverMain.js' },
  { ...common, entryPoints: ['server/src/lsp/analysisWorker.ts'], outfile: 'server/out/analysisWorker.js' },
  { ...common, entryPoints: ['server/src/files/walkWorker.ts'], outfile: 'server/out/walkWorker.js' },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'server/out/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
