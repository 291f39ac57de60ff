// file: URIs for paths, as vscode-uri writes them, without its encoder for the common case.

import { URI } from 'vscode-uri';

/** Characters vscode-uri never escapes in a path (RFC 3986 unreserved, and "/"); "//x" would be an authority. */
const PLAIN_POSIX_PATH = /^\/(?:[A-Za-z0-9._~-][A-Za-z0-9/._~-]*)?$/;

/** `URI.file(p).toString()`; ten thousand of them at each start made this worth a fast path. */
export function fileUri(p: string, platform: NodeJS.Platform = process.platform): string {
  return platform !== 'win32' && PLAIN_POSIX_PATH.test(p) ? 'file://' + p : URI.file(p).toString();
}
