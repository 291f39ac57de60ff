// Reads a file as article text, or says why it can't be one. Decoding is UTF-8 with a
// BOM check; binary files and files too large to be articles are refused with a reason.

import { closeSync, constants, fstatSync, openSync, promises as fs, readSync, type Stats } from 'fs';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type ReadResult = { text: string } | { skipped: string };

// Not streaming, so one decoder serves every file.
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: false });

export function decodeArticle(bytes: Uint8Array): ReadResult {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) {
    // UTF-16 with a BOM is text; any other NUL byte means binary.
    if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
      return { text: new TextDecoder(head[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes) };
    }
    return { skipped: 'binary file (contains NUL bytes)' };
  }
  const text = UTF8.decode(bytes);
  const sample = text.slice(0, 8192);
  const bad = (sample.match(/\uFFFD/g) ?? []).length;
  if (bad > 16 && bad > sample.length / 100) {
    // Probably Latin-1 or Windows-1252: decode that way rather than lose the file.
    return { text: new TextDecoder('windows-1252').decode(bytes) };
  }
  return { text };
}

function refuse(stat: Stats): ReadResult | undefined {
  if (!stat.isFile()) return { skipped: 'not a regular file' };
  if (stat.size > MAX_FILE_BYTES) return { skipped: `too large to be an article (${(stat.size / 1048576).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB)` };
  return undefined;
}

function reasonOf(e: unknown): ReadResult {
  const err = e as NodeJS.ErrnoException;
  return { skipped: err.code === 'ENOENT' ? 'deleted before it could be read' : err.code === 'EACCES' ? 'permission denied' : `unreadable (${err.code ?? err.message})` };
}

export async function readArticleFile(path: string): Promise<ReadResult> {
  try {
    const stat = await fs.stat(path);
    return refuse(stat) ?? decodeArticle(await fs.readFile(path));
  } catch (e) {
    return reasonOf(e);
  }
}

/**
 * For analysis workers, which read the files they analyse: synchronous reads cost a
 * fraction of the promise-based ones, and only the worker's own thread waits.
 * Also says when the file was modified and how large it is, for the analysis cache.
 */
export function readArticleFileSync(path: string): ReadResult & { mtimeMs?: number; size?: number } {
  let fd: number | undefined;
  try {
    // One open, one fstat, one read: a stat by path and readFileSync would each look the file up
    // again. Non-blocking, so a named pipe is refused below instead of waiting for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    const refused = refuse(stat);
    if (refused) return refused;
    const bytes = Buffer.allocUnsafe(stat.size);
    let read = 0;
    for (let n; read < bytes.length && (n = readSync(fd, bytes, read, bytes.length - read, read)) > 0; ) read += n;
    return { ...decodeArticle(bytes.subarray(0, read)), mtimeMs: stat.mtimeMs, size: stat.size };
  } catch (e) {
    return reasonOf(e);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
