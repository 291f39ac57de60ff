// Which workspace folder a path belongs to: the innermost one, when folders nest.

import * as path from 'path';

export function innermostFolder<T extends { path: string }>(fsPath: string, folders: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const f of folders) {
    const inside = fsPath === f.path || fsPath.startsWith(f.path.endsWith(path.sep) ? f.path : f.path + path.sep);
    if (inside && (!best || f.path.length > best.path.length)) best = f;
  }
  return best;
}
