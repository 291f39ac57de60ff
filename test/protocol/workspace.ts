// Temporary workspaces for protocol tests: the seeds plus articles a test writes.

import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';

export const SEEDS = path.resolve(__dirname, '../../seeds');
export const S000 = '000_cc2096c2dac57694.txt';
export const S004 = '004_882d588303bd86ee.txt';

export class TempWorkspace {
  readonly dir: string;

  constructor(withSeeds = true) {
    this.dir = mkdtempSync(path.join(os.tmpdir(), 'corroborate-'));
    if (withSeeds) cpSync(SEEDS, this.dir, { recursive: true });
  }

  uri(name: string): string {
    return 'file://' + path.join(this.dir, name);
  }

  write(name: string, content: string | Buffer): string {
    writeFileSync(path.join(this.dir, name), content);
    return this.uri(name);
  }

  read(name: string): string {
    return readFileSync(path.join(this.dir, name), 'utf8');
  }

  remove(name: string): void {
    rmSync(path.join(this.dir, name), { force: true, recursive: true });
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
