// Finds article files under a folder: include/exclude globs, .gitignore files honoured,
// node_modules and .git always skipped, symbolic links not followed (no loops).

import { fdir } from 'fdir';
import ignore from 'ignore';
import picomatch from 'picomatch';
import { readFileSync, statSync } from 'fs';
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

/** A folder's .gitignore files: the folder each applies to (relative, '' for the root) and its text. */
export type Gitignores = [dir: string, text: string][];

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

/** `to` relative to `from`, with "/" between its parts on every platform, as globs are written. */
export function relativePath(from: string, to: string): string {
  return path.relative(from, to).split(path.sep).join('/');
}

/**
 * One walk finds the articles and the .gitignore files that filter them. With `stat`, each
 * file found is stat-ed too (the analysis cache compares them with what it holds).
 *
 * fdir walks and the globs are tested as picomatch's regular expressions: a warm start of
 * 10,000 cached articles is mostly this walk, and fast-glob spent twice as long in it
 * matching each path through picomatch's general matcher.
 */
export async function findArticleFiles(root: string, filter: FileFilter, maxFiles = 100_000, options: { stat?: boolean } = {}): Promise<FoundFiles> {
  const walk = crawler(root, filter);
  const rel = await walk.crawl.withPromise();
  return found(root, rel, readGitignores(root, walk.gitignoreFiles), maxFiles, !!options.stat);
}

/**
 * The same walk, blocking: for a thread that does nothing else (the walk worker), where
 * fdir's synchronous crawl and reads skip a round trip through the thread pool per folder.
 */
export function findArticleFilesSync(root: string, filter: FileFilter, maxFiles = 100_000, options: { stat?: boolean } = {}): FoundFiles {
  const walk = crawler(root, filter);
  const rel = walk.crawl.sync();
  return found(root, rel, readGitignores(root, walk.gitignoreFiles), maxFiles, !!options.stat);
}

/** A few small files, read in one go (blocking, as the stats are). */
function readGitignores(root: string, files: string[]): Gitignores {
  const out: Gitignores = [];
  for (const f of files.sort()) {
    try {
      out.push([path.posix.dirname(f) === '.' ? '' : path.posix.dirname(f), readFileSync(path.join(root, f), 'utf8')]);
    } catch {
      // An unreadable .gitignore ignores nothing.
    }
  }
  return out;
}

/** The crawl of a folder, not started yet; the .gitignore files it passes are collected on the way. */
function crawler(root: string, filter: FileFilter) {
  const include = filter.include.map((p) => globTest(p, false));
  const exclude = [...filter.exclude, ...ALWAYS_SKIPPED].map((p) => globTest(p, true));
  // A folder matching "X/**" holds nothing to keep; other patterns are tested file by file.
  const excludedFolder = [...filter.exclude, ...ALWAYS_SKIPPED].filter((p) => p.endsWith('/**')).map((p) => globTest(p, true));
  // Globs without a dot never match inside hidden folders; an include like ".drafts/**" has to enter them.
  const hidden = filter.include.some((p) => /(?:^|\/)\.[^/*.]/.test(p));
  const gitignoreFiles: string[] = [];
  const base = path.resolve(root);
  const crawl = new fdir({ suppressErrors: true, excludeSymlinks: true, maxDepth: 40 })
    .withRelativePaths()
    .withPathSeparator('/')
    .exclude((name, dir) => (!hidden && name.startsWith('.')) || excludedFolder.some((test) => test(relativePath(base, dir))))
    .filter((r) => {
      if (r === '.gitignore' || r.endsWith('/.gitignore')) gitignoreFiles.push(r);
      else return include.some((test) => test(r)) && !exclude.some((test) => test(r));
      return false;
    })
    .crawl(base);
  return { crawl, gitignoreFiles };
}

/**
 * A glob as picomatch's regular expression, behind a cheaper necessary condition: the
 * pattern's literal parts must occur in the path. Most paths fail it for most patterns
 * ("**\/node_modules/**" for a clipping), and the expressions, with their nested lazy
 * groups, were half the cost of the walk.
 */
export function globTest(pattern: string, dot: boolean): (rel: string) => boolean {
  const re = picomatch.makeRe(pattern, { dot });
  const needed = literalParts(pattern);
  if (!needed.length) return (rel) => re.test(rel);
  return (rel) => {
    for (const part of needed) if (!rel.includes(part)) return false;
    return re.test(rel);
  };
}

/**
 * Runs of plain characters inside the pattern's path segments, which any path it matches
 * contains: none for a negated pattern or a segment with braces, groups or escapes, where
 * what is written need not be what matches, or a "." segment.
 */
function literalParts(pattern: string): string[] {
  if (pattern.startsWith('!')) return [];
  const parts: string[] = [];
  for (const segment of pattern.split('/')) {
    if (segment === '.' || segment === '..' || /[{}()"'\\]/.test(segment)) continue;
    // A character class holds one character of several: the plain runs around it stay.
    for (const run of segment.replace(/\[[^\]]*\]/g, '*').split(/[*?[\]]+/)) if (run) parts.push(run);
  }
  return parts;
}

/** The walk's answer: paths the .gitignore files leave, in order, at most `maxFiles`. */
function found(root: string, rel: string[], gitignores: Gitignores, maxFiles: number, stat: boolean): FoundFiles {
  const ignored = gitignoreTest(gitignores);
  const kept = rel.filter((r) => !ignored(r)).sort();
  // Paths come back with / on every platform; only Windows needs its separators back.
  const sep = root.endsWith(path.sep) ? '' : path.sep;
  const files = kept.slice(0, maxFiles).map(path.sep === '/' ? (r) => root + sep + r : (r) => path.join(root, r));
  return { files, truncated: kept.length > maxFiles, gitignores, ...(stat ? { stamps: statAll(files) } : {}) };
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
