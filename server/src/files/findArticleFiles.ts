// Finds article files under a folder: include/exclude globs, .gitignore files honoured,
// node_modules and .git always skipped, symbolic links not followed (no loops).

import fg from 'fast-glob';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { promises as fs } from 'fs';
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

async function loadGitignores(root: string, files: string[]): Promise<Map<string, Ignore>> {
  const out = new Map<string, Ignore>();
  for (const f of files) {
    try {
      out.set(path.posix.dirname(f) === '.' ? '' : path.posix.dirname(f), ignore().add(await fs.readFile(path.join(root, f), 'utf8')));
    } catch {
      // An unreadable .gitignore ignores nothing.
    }
  }
  return out;
}

function ignoredByGit(rel: string, ignores: Map<string, Ignore>): boolean {
  for (const [dir, ig] of ignores) {
    if (dir && !rel.startsWith(dir + '/')) continue;
    if (ig.ignores(dir ? rel.slice(dir.length + 1) : rel)) return true;
  }
  return false;
}

export interface FoundFiles {
  files: string[];
  /** True when the walk stopped at maxFiles. */
  truncated: boolean;
  /** The folder's .gitignore files as one test, read during the same walk. */
  gitignored: (rel: string) => boolean;
}

/**
 * One walk finds the articles and the .gitignore files that filter them. `gitignored` skips
 * reading the .gitignore files again when the caller has them.
 */
export async function findArticleFiles(root: string, filter: FileFilter, maxFiles = 100_000, gitignored?: (rel: string) => boolean): Promise<FoundFiles> {
  const rel = await fg(gitignored ? filter.include : [...filter.include, GITIGNORE], {
    cwd: root, ignore: [...filter.exclude, ...ALWAYS_SKIPPED], followSymbolicLinks: false, suppressErrors: true, onlyFiles: true, dot: false, deep: 40,
  });
  const isGitignore = (r: string) => r === '.gitignore' || r.endsWith('/.gitignore');
  // Articles in a hidden folder ("include": [".drafts/**"]) may be ignored by a .gitignore
  // in it, which the walk above does not enter: then the .gitignore files get a walk of their own.
  const hidden = !gitignored && filter.include.some((p) => /(?:^|\/)\.[^/*.]/.test(p));
  const gitignores = hidden ? await fg(GITIGNORE, { cwd: root, dot: true, ignore: ALWAYS_SKIPPED, followSymbolicLinks: false, suppressErrors: true, deep: 40 }) : rel.filter(isGitignore);
  const ignored = gitignored ?? ((ig) => (r: string) => ignoredByGit(r, ig))(await loadGitignores(root, gitignores));
  const files = rel.filter((r) => !isGitignore(r) && !ignored(r)).sort();
  return { files: files.slice(0, maxFiles).map((r) => path.join(root, r)), truncated: files.length > maxFiles, gitignored: ignored };
}
