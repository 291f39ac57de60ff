// Annotations in the server: one sidecar store per workspace folder, passage notes
// re-anchored against the article's current text, and the answers the protocol layer
// needs (reviews for diagnostics, notes for hovers, orphans, the list for views).

import * as path from 'path';
import { URI } from 'vscode-uri';
import {
  AnnotationInputError, createEntityNote, createPassageAnnotation, createReview, editAnnotation, isPassageTarget, kindOf,
  noteOf, prepareText, reanchor, tagsOf, type Annotation, type PassageTarget, type Review,
} from '../core/annotations';
import { computeLineStarts, offsetAt, rangeOf } from '../core/service/positions';
import { AnnotationFileError, AnnotationStore, newAnnotationId } from '../files/annotationStore';
import { innermostFolder } from '../files/innermostFolder';
import type { AnnotationInfo, AnnotationsResult, WireRange } from '../protocol';

export interface AnnotationsHost {
  log(message: string): void;
  /** The article's current text: the editor's when open, else the disk's. */
  readText(uri: string): Promise<string | undefined>;
}

export interface AnchoredNote {
  annotation: Annotation;
  uri: string;
  start: number;
  end: number;
}

export interface OrphanedNote {
  annotation: Annotation;
  uri: string;
  reason: string;
}

interface Folder {
  uri: string;
  path: string;
  store: AnnotationStore;
}

export class Annotations {
  private folders: Folder[] = [];

  constructor(private readonly host: AnnotationsHost) {}

  /** Opens one store per folder; read-only stores (Restricted Mode) refuse every write. */
  async setFolders(folders: { uri: string }[], readOnly: boolean): Promise<void> {
    this.folders = folders.map((f) => {
      const p = URI.parse(f.uri).fsPath;
      return { uri: f.uri, path: p, store: new AnnotationStore(p, { readOnly }) };
    });
    await this.reload();
  }

  /** Reads the sidecar files again (after a change on disk). */
  async reload(): Promise<void> {
    for (const f of this.folders) {
      const { errors } = await f.store.load();
      for (const e of errors) this.host.log(`${f.store.filePath}:${e.line}: ${e.message} (this line is ignored; the file is not written until it is fixed)`);
    }
  }

  isSidecar(uri: string): boolean {
    return /\/\.corroborate\/annotations\.jsonl$/.test(uri);
  }

  private folderOf(uri: string): Folder | undefined {
    return innermostFolder(URI.parse(uri).fsPath, this.folders);
  }

  private all(): { folder: Folder; annotation: Annotation }[] {
    return this.folders.flatMap((folder) => folder.store.annotations.map((annotation) => ({ folder, annotation })));
  }

  private uriOf(folder: Folder, a: Annotation): string | undefined {
    return isPassageTarget(a.target) ? URI.file(path.join(folder.path, ...(a.target as PassageTarget).source.split('/'))).toString() : undefined;
  }

  /** Conflict id → its review, across all folders. */
  reviews(): Map<string, Review> {
    const out = new Map<string, Review>();
    for (const f of this.folders) for (const [id, r] of f.store.reviewsByConflict()) out.set(id, r);
    return out;
  }

  notesForEntity(entity: string): Annotation[] {
    return this.folders.flatMap((f) => f.store.notesForEntity(entity));
  }

  /** Passage annotations of one article, placed in its current text. */
  async anchorsIn(uri: string, text?: string): Promise<{ anchored: AnchoredNote[]; orphaned: OrphanedNote[] }> {
    const out = { anchored: [] as AnchoredNote[], orphaned: [] as OrphanedNote[] };
    // Publishing 10,000 articles asks this 10,000 times; most workspaces have few notes.
    if (!this.folders.some((f) => f.store.size)) return out;
    const folder = this.folderOf(uri);
    if (!folder || !folder.store.size) return out;
    let source: string;
    try {
      source = folder.store.sourceFor(uri);
    } catch {
      return out;
    }
    const notes = folder.store.annotationsForSource(source);
    if (!notes.length) return out;
    const current = text ?? (await this.host.readText(uri));
    if (current === undefined) {
      for (const a of notes) out.orphaned.push({ annotation: a, uri, reason: 'the article could not be read' });
      return out;
    }
    const prepared = prepareText(current);
    for (const a of notes) {
      const r = reanchor(a, prepared);
      if ('orphaned' in r) out.orphaned.push({ annotation: a, uri, reason: r.reason });
      else out.anchored.push({ annotation: a, uri, start: r.start, end: r.end });
    }
    return out;
  }

  /** Articles that carry passage annotations, for re-publishing orphan diagnostics. */
  annotatedUris(): string[] {
    const out = new Set<string>();
    for (const { folder, annotation } of this.all()) {
      const u = this.uriOf(folder, annotation);
      if (u) out.add(u);
    }
    return [...out];
  }

  async list(uri?: string): Promise<AnnotationsResult> {
    const annotations: AnnotationInfo[] = [];
    const anchorsByUri = new Map<string, Awaited<ReturnType<Annotations['anchorsIn']>>>();
    for (const { folder, annotation: a } of this.all()) {
      const target = this.uriOf(folder, a);
      if (uri && target && target !== uri) continue;
      const info = this.info(a);
      if (target) {
        if (!anchorsByUri.has(target)) anchorsByUri.set(target, await this.anchorsIn(target));
        const anchors = anchorsByUri.get(target)!;
        const placed = anchors.anchored.find((x) => x.annotation.id === a.id);
        info.uri = target;
        if (placed) {
          const text = await this.host.readText(target);
          if (text !== undefined) info.range = rangeOf(computeLineStarts(text), placed);
        } else info.orphaned = true;
      }
      annotations.push(info);
    }
    const errors = this.folders.flatMap((f) => f.store.errors.map((e) => ({ file: f.store.filePath, line: e.line, message: e.message })));
    return { annotations, errors };
  }

  info(a: Annotation): AnnotationInfo {
    const kind = kindOf(a);
    const key = (a.target as { 'corroborate:key'?: string })['corroborate:key'];
    const review = kind === 'review';
    return {
      id: a.id, kind, tags: tagsOf(a), created: a.created, modified: a.modified,
      note: review ? (a.body ?? []).map((b) => b.value).join('\n') : noteOf(a),
      quote: isPassageTarget(a.target) ? a.target.selector[0].exact : undefined,
      entityId: kind === 'entity' ? key : undefined,
      conflictId: review ? key : undefined,
      trustedValue: a['corroborate:trustedValue'],
    };
  }

  private store(uri?: string): Folder {
    const f = (uri && this.folderOf(uri)) || this.folders[0];
    if (!f) throw new AnnotationInputError('annotations need a workspace folder to live in');
    return f;
  }

  /** Runs a store change; a sidecar with errors becomes one message the user can act on. */
  private async write(op: () => Promise<unknown>): Promise<void> {
    try {
      await op();
    } catch (e) {
      if (e instanceof AnnotationFileError) throw new AnnotationInputError(`${e.filePath} has errors (${e.errors.map((x) => `line ${x.line}: ${x.message}`).join('; ')}); fix them first, nothing was written`);
      throw e;
    }
  }

  async addToPassage(uri: string, range: WireRange, note: string | undefined, tags: string[] | undefined): Promise<AnnotationInfo> {
    const f = this.store(uri);
    const text = await this.host.readText(uri);
    if (text === undefined) throw new AnnotationInputError(`cannot read ${uri}`);
    const starts = computeLineStarts(text);
    const start = offsetAt(starts, text.length, range.start);
    const end = offsetAt(starts, text.length, range.end);
    const a = createPassageAnnotation({ source: f.store.sourceFor(uri), text, start, end, note, tags, now: new Date(), id: newAnnotationId() });
    await this.write(() => f.store.add(a));
    return this.info(a);
  }

  async addToEntity(entity: string, note: string, uri?: string): Promise<AnnotationInfo> {
    const f = this.store(uri);
    const a = createEntityNote({ key: entity, note, now: new Date(), id: newAnnotationId() });
    await this.write(() => f.store.add(a));
    return this.info(a);
  }

  async review(conflictId: string, reason: string, trustedValue?: string, uri?: string): Promise<AnnotationInfo> {
    const f = this.store(uri);
    const a = createReview({ conflictId, reason, trustedValue, now: new Date(), id: newAnnotationId() });
    await this.write(() => f.store.add(a));
    return this.info(a);
  }

  private find(id: string): { folder: Folder; annotation: Annotation } | undefined {
    return this.all().find((x) => x.annotation.id === id);
  }

  async update(id: string, edit: { note?: string; tags?: string[]; reason?: string }): Promise<AnnotationInfo> {
    const found = this.find(id);
    if (!found) throw new AnnotationInputError(`no annotation ${id}`);
    const next = editAnnotation(found.annotation, { now: new Date(), ...edit });
    await this.write(() => found.folder.store.update(next));
    return this.info(next);
  }

  async remove(id: string): Promise<{ removed: boolean }> {
    const found = this.find(id);
    if (!found) return { removed: false };
    let removed = false;
    await this.write(async () => {
      removed = (await found.folder.store.remove(id)).status === 'removed';
    });
    return { removed };
  }
}
