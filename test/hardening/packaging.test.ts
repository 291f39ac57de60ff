// Every bundle the build makes for the server is shipped in the .vsix: a worker script
// left out would not fail the extension, only make it slower (work falls back to one thread).

import * as assert from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../..');

describe('packaging', () => {
  it('ships every server bundle esbuild writes, and each worker the server starts', () => {
    const built = [...readFileSync(path.join(ROOT, 'esbuild.mjs'), 'utf8').matchAll(/outfile: '(server\/out\/[\w.]+\.js)'/g)].map((m) => m[1]).sort();
    assert.deepStrictEqual(built, ['server/out/analysisWorker.js', 'server/out/cli.js', 'server/out/server.js', 'server/out/serverMain.js', 'server/out/walkWorker.js']);
    const shipped = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').filter((l) => l.startsWith('!server/out/')).map((l) => l.slice(1)).sort();
    assert.deepStrictEqual(shipped, built);
    const started = ['lsp/analysisPool.ts', 'launch/server.ts', 'files/folderWalker.ts'].map((f) => [...readFileSync(path.join(ROOT, 'server/src', f), 'utf8').matchAll(/path\.join\(__dirname, '(\w+\.js)'\)/g)].map((m) => m[1]));
    assert.deepStrictEqual(started, [['analysisWorker.js'], ['walkWorker.js', 'serverMain.js'], ['walkWorker.js']]);
  });
});
