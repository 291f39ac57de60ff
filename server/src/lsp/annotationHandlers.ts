// The protocol side of annotations: workspace/executeCommand dispatch, the code actions on
// conflict warnings, and the notes section of a hover.

import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver/node';
import { AnnotationInputError, noteOf, tagsOf } from '../core/annotations';
import type { Corpus } from '../core/corpus';
import { escapeMarkdown } from '../core/service/markdown';
import { offsetAt } from '../core/service/positions';
import type { Span } from '../core/model';
import { AnnotationCommands, type WireRange } from '../protocol';
import type { Annotations } from './annotations';

type Args = Record<string, unknown>;

function str(args: Args, name: string, required = true): string | undefined {
  const v = args[name];
  if (typeof v === 'string' && v.trim()) return v;
  if (required) throw new AnnotationInputError(`'${name}' is required`);
  return undefined;
}

function isRange(v: unknown): v is WireRange {
  const r = v as WireRange;
  return !!r && typeof r.start?.line === 'number' && typeof r.start?.character === 'number' && typeof r.end?.line === 'number' && typeof r.end?.character === 'number';
}

export async function runAnnotationCommand(annotations: Annotations, corpus: Corpus, command: string, args: Args, readOnly: boolean): Promise<unknown> {
  if (readOnly) throw new AnnotationInputError('this workspace is in Restricted Mode: annotations can be read but not written');
  switch (command) {
    case AnnotationCommands.addToPassage: {
      const uri = str(args, 'uri')!;
      if (!isRange(args.range)) throw new AnnotationInputError("'range' must be an LSP range");
      const tags = Array.isArray(args.tags) ? args.tags.filter((t): t is string => typeof t === 'string') : undefined;
      return annotations.addToPassage(uri, args.range, str(args, 'note', false), tags);
    }
    case AnnotationCommands.addToEntity: {
      const note = str(args, 'note')!;
      let entity = str(args, 'entityId', false);
      const uri = str(args, 'uri', false);
      if (!entity && uri && args.position) {
        const a = corpus.get(uri);
        const offset = a ? offsetAt(a.lineStarts, a.length, args.position as { line: number; character: number }) : -1;
        entity = corpus.mentionAt(uri, offset)?.entity;
      }
      if (!entity) throw new AnnotationInputError('no entity at that position; give entityId or a position on a name');
      return annotations.addToEntity(entity, note, uri);
    }
    case AnnotationCommands.reviewConflict:
      return annotations.review(str(args, 'conflictId')!, str(args, 'reason')!, str(args, 'trustedValue', false), str(args, 'trustedUri', false));
    case AnnotationCommands.update:
      return annotations.update(str(args, 'id')!, {
        note: typeof args.note === 'string' ? args.note : undefined,
        tags: Array.isArray(args.tags) ? args.tags.filter((t): t is string => typeof t === 'string') : undefined,
        reason: typeof args.reason === 'string' ? args.reason : undefined,
      });
    case AnnotationCommands.remove:
      return annotations.remove(str(args, 'id')!);
    default:
      throw new AnnotationInputError(`unknown command '${command}'`);
  }
}

/** "Mark as reviewed…" and "Trust this source's value" on each conflict warning. */
export function annotationCodeActions(corpus: Corpus, params: CodeActionParams, clientCommands: boolean): CodeAction[] {
  const uri = params.textDocument.uri;
  const out: CodeAction[] = [];
  for (const d of params.context.diagnostics) {
    const conflictId = (d.data as { conflictId?: string } | undefined)?.conflictId;
    if (d.source !== 'corroborate' || !conflictId) continue;
    const conflict = corpus.conflictsIn(uri).find((c) => c.id === conflictId);
    const value = conflict?.sides.find((s) => s.uri === uri)?.value;
    const label = conflict?.sides.find((s) => s.uri === uri)?.label;
    out.push({
      title: 'Mark as reviewed…', kind: CodeActionKind.QuickFix, diagnostics: [d],
      command: clientCommands
        ? { title: 'Mark as reviewed…', command: 'corroborate.markReviewed', arguments: [{ conflictId, uri }] }
        : { title: 'Mark as reviewed', command: AnnotationCommands.reviewConflict, arguments: [{ conflictId, reason: 'Reviewed', trustedUri: uri }] },
    });
    if (value) {
      out.push({
        title: `Trust this source's value ('${value}')`, kind: CodeActionKind.QuickFix, diagnostics: [d],
        command: clientCommands
          ? { title: "Trust this source's value", command: 'corroborate.trustValue', arguments: [{ conflictId, value, uri }] }
          : { title: "Trust this source's value", command: AnnotationCommands.reviewConflict, arguments: [{ conflictId, reason: `Trusted ${label}`, trustedValue: value, trustedUri: uri }] },
      });
    }
  }
  return out;
}

const esc = escapeMarkdown;

/** The notes part of a hover: notes on the entity under the cursor and on the passage. */
export async function annotationHoverMarkdown(annotations: Annotations, uri: string, offset: number, entity: string | undefined, text: string | undefined): Promise<{ markdown: string; span?: Span }> {
  const lines: string[] = [];
  let span: Span | undefined;
  if (entity) {
    for (const a of annotations.notesForEntity(entity).slice(0, 5)) lines.push(`📝 ${esc(noteOf(a) ?? '')} *(note on this entity, ${a.modified.slice(0, 10)})*`);
  }
  const { anchored } = await annotations.anchorsIn(uri, text);
  for (const n of anchored) {
    if (n.start > offset || offset > n.end) continue;
    span ??= { start: n.start, end: n.end };
    const note = noteOf(n.annotation);
    const tags = tagsOf(n.annotation).map((t) => `\`#${t}\``).join(' ');
    lines.push(`✎ ${[note ? esc(note) : '', tags].filter(Boolean).join(' ')} *(note on this passage, ${n.annotation.modified.slice(0, 10)})*`);
  }
  return { markdown: lines.length ? `**Notes**\n\n${lines.join('\n\n')}` : '', span };
}
