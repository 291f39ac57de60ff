// The folder the workbench opens (a temp copy of seeds/) and positions found by reading its files.
import * as fs from 'fs';
import * as path from 'path';

/** Copies `source` (a folder of articles) to `<baseDir>/<basename>` and returns the copy's absolute path. */
export function copyWorkspace(source: string, baseDir: string): string {
  const target = path.join(baseDir, path.basename(source));
  fs.cpSync(source, target, { recursive: true });
  return target;
}

export interface TextPosition {
  /** 1-based, as Ctrl+G and the status bar count. */
  line: number;
  /** 1-based. */
  column: number;
  /** The whole line's text. */
  lineText: string;
}

/**
 * Finds `word` in a file, optionally the occurrence inside `context` (e.g. the "Jin" in
 * "Gen. Jin and Gen. Caine"). Returns the 1-based position of the word's first character.
 */
export function locate(file: string, word: string, context: string = word): TextPosition {
  const text = fs.readFileSync(file, 'utf8');
  const at = text.indexOf(context);
  if (at < 0) throw new Error(`"${context}" not found in ${file}`);
  const inContext = context.indexOf(word);
  if (inContext < 0) throw new Error(`"${word}" is not part of "${context}"`);
  const offset = at + inContext;
  const before = text.slice(0, offset).split('\n');
  const line = before.length;
  return { line, column: before[before.length - 1].length + 1, lineText: text.split('\n')[line - 1] };
}

/** The 1-based line number of the first line containing `needle`. */
export function lineContaining(file: string, needle: string): number {
  const index = fs.readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`no line of ${file} contains "${needle}"`);
  return index + 1;
}
