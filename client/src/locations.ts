// Wire positions are already UTF-16 code units, the same unit vscode.Position uses.

import * as vscode from 'vscode';
import type { WireRange } from './requests';

export function toRange(r: WireRange | vscode.Range): vscode.Range {
  if (r instanceof vscode.Range) return r;
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export function toUri(uri: string | vscode.Uri): vscode.Uri {
  return typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
