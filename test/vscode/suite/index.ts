// Loaded by VS Code as extensionTestsPath: runs the bundled *.spec.js files next to it in mocha.
import * as fs from 'fs';
import * as path from 'path';

// mocha 12 is published as ESM; the extension host loads CommonJS, so take its CJS build.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Mocha: typeof import('mocha') = require('mocha/lib/mocha.cjs');

export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: true, timeout: 90_000, slow: 5_000 });
  const grep = process.env.CORROBORATE_TEST_GREP;
  if (grep) mocha.grep(grep);
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.spec.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} extension-host test(s) failed`);
}
