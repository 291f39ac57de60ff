// Annotated passages in the editor: a subtle background, and a "✎ note… #tag" marker after the
// passage's last line with the notes as its hover. Only visible editors are asked for.

import * as vscode from 'vscode';
import { toRange } from '../locations';
import type { AnnotationInfo, AnnotationsApi } from './annotationsApi';
import { summary, tagText } from './format';

const MARKER_CHARS = 40;

export class AnnotationDecorations implements vscode.Disposable {
  private readonly passage = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('corroborate.annotationBackground'),
    overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.infoForeground'),
    overviewRulerLane: vscode.OverviewRulerLane.Left,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  private readonly marker = vscode.window.createTextEditorDecorationType({
    after: {
      color: new vscode.ThemeColor('editorCodeLens.foreground'),
      fontStyle: 'italic',
      margin: '0 0 0 2em',
    },
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedOpen,
  });
  /** Per document, the latest request; older answers are dropped. */
  private readonly generation = new Map<string, number>();

  constructor(
    private readonly api: AnnotationsApi,
    private readonly applies: (document: vscode.TextDocument) => boolean,
  ) {}

  /** Re-reads the annotations of every visible article. */
  refresh(): void {
    const seen = new Set<string>();
    for (const editor of vscode.window.visibleTextEditors) {
      const key = editor.document.uri.toString();
      if (seen.has(key)) continue;
      seen.add(key);
      void this.refreshDocument(editor.document);
    }
  }

  async refreshDocument(document: vscode.TextDocument): Promise<void> {
    if (!this.applies(document)) return;
    const uri = document.uri.toString();
    const mine = (this.generation.get(uri) ?? 0) + 1;
    this.generation.set(uri, mine);
    const { annotations } = await this.api.list(uri);
    if (this.generation.get(uri) !== mine) return;
    const here = annotations.filter((a) => a.kind === 'passage' && !a.orphaned && a.range && a.uri && sameUri(a.uri, uri));
    const passages = here.map((a) => this.passageOption(document, a));
    const markers = this.markerOptions(document, here);
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document !== document) continue;
      editor.setDecorations(this.passage, passages);
      editor.setDecorations(this.marker, markers);
    }
  }

  dispose(): void {
    this.passage.dispose();
    this.marker.dispose();
  }

  private passageOption(document: vscode.TextDocument, a: AnnotationInfo): vscode.DecorationOptions {
    // No hoverMessage: the server's hover already lists the passage's notes; twice would be noise.
    return { range: document.validateRange(toRange(a.range!)) };
  }

  /** One marker per line, at its end, so the text of the line is never pushed apart. */
  private markerOptions(document: vscode.TextDocument, annotations: AnnotationInfo[]): vscode.DecorationOptions[] {
    const byLine = new Map<number, AnnotationInfo[]>();
    for (const a of annotations) {
      const line = document.validateRange(toRange(a.range!)).end.line;
      byLine.set(line, [...(byLine.get(line) ?? []), a]);
    }
    return [...byLine].map(([line, here]) => {
      const end = document.lineAt(line).range.end;
      const more = here.length > 1 ? ` (+${here.length - 1})` : '';
      return {
        range: new vscode.Range(end, end),
        hoverMessage: here.map(hoverOf),
        renderOptions: { after: { contentText: `✎ ${summary(here[0], MARKER_CHARS)}${more}` } },
      };
    });
  }
}

function hoverOf(a: AnnotationInfo): vscode.MarkdownString {
  const md = new vscode.MarkdownString('$(note) **Corroborate note**', true);
  if (a.note) md.appendMarkdown('\n\n').appendText(a.note);
  if (a.tags.length) md.appendMarkdown('\n\n').appendText(tagText(a.tags));
  const when = new Date(a.modified || a.created);
  if (!Number.isNaN(when.getTime())) md.appendMarkdown(`\n\n_${when.toLocaleString()}_`);
  return md;
}

function sameUri(a: string, b: string): boolean {
  return a === b || vscode.Uri.parse(a).toString() === vscode.Uri.parse(b).toString();
}
