// Finds article files under a folder: include/exclude globs, .gitignore files honoured,
// node_modules and .git always skipped, symbolic links not followed (no loops).

import fg from 'fast-glob';
import ignore from 'ignore';
import picomatch from 'picomatch';
import { promises as fs, statSync } from 'fs';
import * as path from 'path';

export interface FileFilter {
  include: string[];
  exclude: string[];
}

export const DEFAULT_FILTER: FileFilter = {
  include: ['**/*.news', '**/*.txt', '**/*.md', '**/*.markdown'],
  exclude: ['**/node_modules/**', '**/.git/**', '**/out/**', '**/dist/**', '**/README.md', '**/CHANGELOG.md', '**/LICENSE*'],
};

const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**', '**/.corroborate/**'];

/** Does a path (relative to its folder, with /) count as an article? */
export function makeMatcher(filter: FileFilter): (relativePath: string) => boolean {
  const inc = picomatch(filter.include, { dot: false });
  const exc = picomatch([...filter.exclude, ...ALWAYS_SKIPPED], { dot: true });
  return (rel) => inc(rel) && !exc(rel);
}

const GITIGNORE = '**/.gitignore';

/** A folder's .gitignore files: the folder each applies to (relative, '' for the root) and its text. */
export type Gitignores = [dir: string, text: string][];

async function readGitignores(root: string, files: string[]): Promise<Gitignores> {
  const out: Gitignores = [];
  for (const f of files) {
    try {
      out.push([path.posix.dirname(f) === '.' ? '' : path.posix.dirname(f), await fs.readFile(path.join(root, f), 'utf8')]);
    } catch {
      // An unreadable .gitignore ignores nothing.
    }
  }
  return out;
}

/** One test for all of a folder's .gitignore files: is this path (relative, with /) ignored? */
export function gitignoreTest(gitignores: Gitignores): (rel: string) => boolean {
  const ignores = gitignores.map(([dir, text]) => [dir, ignore().add(text)] as const);
  return (rel) => {
    for (const [dir, ig] of ignores) {
      if (dir && !rel.startsWith(dir + '/')) continue;
      if (ig.ignores(dir ? rel.slice(dir.length + 1) : rel)) return true;
    }
    return false;
  };
}

export interface FoundFiles {
  files: string[];
  /** True when the walk stopped at maxFiles. */
  truncated: boolean;
  /** The folder's .gitignore files, read during the same walk. */
  gitignores: Gitignores;
  /** With `stat`: each file's modification time and size, in pairs; 0 and -1 for a file gone since. */
  stamps?: number[];
}

/**
 * One walk finds the articles and the .gitignore files that filter them. With `stat`, each
 * file found is stat-ed too (the analysis cache compares them with what it holds).
 */
export async function findArticleFiles(root: string, filter: FileFilter, maxFiles = 100_000, options: { stat?: boolean } = {}): Promise<FoundFiles> {
  const rel = await fg([...filter.include, GITIGNORE], {
    cwd: root, ignore: [...filter.exclude, ...ALWAYS_SKIPPED], followSymbolicLinks: false, suppressErrors: true, onlyFiles: true, dot: false, deep: 40,
  });
  const isGitignore = (r: string) => r === '.gitignore' || r.endsWith('/.gitignore');
  // Articles in a hidden folder ("include": [".drafts/**"]) may be ignored by a .gitignore
  // in it, which the walk above does not enter: then the .gitignore files get a walk of their own.
  const hidden = filter.include.some((p) => /(?:^|\/)\.[^/*.]/.test(p));
  const gitignores = await readGitignores(root, hidden ? await fg(GITIGNORE, { cwd: root, dot: true, ignore: ALWAYS_SKIPPED, followSymbolicLinks: false, suppressErrors: true, deep: 40 }) : rel.filter(isGitignore));
  const ignored = gitignoreTest(gitignores);
  const kept = rel.filter((r) => !isGitignore(r) && !ignored(r)).sort();
  // fast-glob answers with / on every platform; only Windows needs its separators back.
  const sep = root.endsWith(path.sep) ? '' : path.sep;
  const files = kept.slice(0, maxFiles).map(path.sep === '/' ? (r) => root + sep + r : (r) => path.join(root, r));
  return { files, truncated: kept.length > maxFiles, gitignores, ...(options.stat ? { stamps: statAll(files) } : {}) };
}

/** Synchronous on purpose: 10,000 stats take ~60 ms in a loop, four times that through the thread pool. */
function statAll(files: string[]): number[] {
  const out = new Array<number>(2 * files.length);
  files.forEach((f, i) => {
    const st = statSync(f, { throwIfNoEntry: false });
    out[2 * i] = st?.mtimeMs ?? 0;
    out[2 * i + 1] = st?.size ?? -1;
  });
  return out;
}
