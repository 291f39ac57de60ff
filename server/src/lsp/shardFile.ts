// One shard of the analysis cache on disk. The header (URIs, modification stamps, article
// heads, where each body lies) comes first and the bodies after it, so a warm start reads
// the headers and only the bodies of the articles somebody asks about.
//
//   [u32 LE header length][header, v8-serialised][body][body]…
//
// A body is the article's ints in the machine's byte order (the cache never leaves the
// machine it was written on), then its string table and its metadata JSON in UTF-8.

import { closeSync, fstatSync, openSync, readSync } from 'fs';
import * as v8 from 'v8';
import type { ArticleHead, DeferredAnalysis, PackedAnalysis, PackedBody } from '../core/storedArticle';

export interface ShardEntry {
  mtimeMs: number;
  size: number;
  analysis: PackedAnalysis | DeferredAnalysis;
}

interface ShardHeader {
  format: number;
  core: string;
  uris: string[];
  /** mtimeMs, size per entry. Typed arrays read back in one copy, not number by number. */
  stamps: Float64Array;
  heads: HeadColumns;
  /** Per entry: where its body starts, its int count, its string bytes, its metadata bytes. */
  bodies: Float64Array;
}

/**
 * The article heads, field by field: 10,000 head objects, each with its own acronyms object,
 * took twice as long to read back as these columns of strings and numbers take, heads built.
 * The URI is the entry's; '' stands for a field the head does not have.
 */
export interface HeadColumns {
  label: string[];
  contentHash: string[];
  length: Float64Array;
  published: string[];
  statedDay: string[];
  /** Each acronym and what it stands for, all joined by tabs (in `rare` when one holds a tab). */
  acronyms: string[];
  /** JSON of the head's warnings, skipped and truncated reasons, when it has any. */
  rare: string[];
}

type RareFields = Partial<Pick<ArticleHead, 'acronyms' | 'warnings' | 'skipped' | 'truncated'>>;

export function headColumns(heads: ArticleHead[]): HeadColumns {
  const acronyms = heads.map((h) => Object.entries(h.acronyms).flat());
  const tabbed = (k: number) => acronyms[k].some((s) => s.includes('\t'));
  const rare = heads.map((h, k): RareFields | undefined => {
    const r: RareFields = { ...(h.warnings.length && { warnings: h.warnings }), ...(tabbed(k) && { acronyms: h.acronyms }), skipped: h.skipped, truncated: h.truncated };
    return r.warnings || r.acronyms || r.skipped !== undefined || r.truncated !== undefined ? r : undefined;
  });
  return {
    label: heads.map((h) => h.label),
    contentHash: heads.map((h) => h.contentHash),
    length: Float64Array.from(heads, (h) => h.length),
    published: heads.map((h) => h.published ?? ''),
    statedDay: heads.map((h) => h.statedDay ?? ''),
    acronyms: acronyms.map((a, k) => (tabbed(k) ? '' : a.join('\t'))),
    rare: rare.map((r) => (r ? JSON.stringify(r) : '')),
  };
}

export function headAt(c: HeadColumns, k: number, uri: string): ArticleHead {
  const rare = c.rare[k] ? (JSON.parse(c.rare[k]) as RareFields) : undefined;
  const acronyms: Record<string, string> = rare?.acronyms ?? {};
  if (c.acronyms[k]) {
    const pairs = c.acronyms[k].split('\t');
    for (let i = 0; i + 1 < pairs.length; i += 2) acronyms[pairs[i]] = pairs[i + 1];
  }
  const head: ArticleHead = { uri, label: c.label[k], contentHash: c.contentHash[k], length: c.length[k], acronyms, warnings: rare?.warnings ?? [] };
  if (c.published[k]) head.published = c.published[k];
  if (c.statedDay[k]) head.statedDay = c.statedDay[k];
  if (rare?.skipped !== undefined) head.skipped = rare.skipped;
  if (rare?.truncated !== undefined) head.truncated = rare.truncated;
  return head;
}

const BODY_FIELDS = 4;

/** The file of one shard, with its entries in `uri → entry` form, and where each body lies in it. */
export function encodeShard(format: number, core: string, entries: [string, ShardEntry][]): { bytes: Buffer; places: BodyPlace[] } {
  const bodies = entries.map(([, e]) => bodyOf(e.analysis));
  const header: ShardHeader = {
    format, core, uris: [], stamps: new Float64Array(2 * entries.length), heads: headColumns(entries.map(([, e]) => e.analysis.head)), bodies: new Float64Array(BODY_FIELDS * entries.length),
  };
  const texts: Buffer[] = [];
  let at = 0;
  entries.forEach(([uri, e], k) => {
    const b = bodies[k];
    // Encoded apart: joined, a string table ending in half a surrogate pair could merge with the metadata.
    const strings = Buffer.from(b.strings, 'utf8');
    const rest = Buffer.from(b.rest, 'utf8');
    texts.push(strings, rest);
    header.uris.push(uri);
    header.stamps.set([e.mtimeMs, e.size], 2 * k);
    header.bodies.set([at, b.ints.length, strings.length, rest.length], BODY_FIELDS * k);
    at += b.ints.byteLength + strings.length + rest.length;
  });
  const head = v8.serialize(header);
  const parts: Buffer[] = [Buffer.alloc(4), head];
  parts[0].writeUInt32LE(head.length, 0);
  bodies.forEach((b, k) => parts.push(Buffer.from(b.ints.buffer, b.ints.byteOffset, b.ints.byteLength), texts[2 * k], texts[2 * k + 1]));
  const headerEnd = 4 + head.length;
  const places = entries.map((_, k): BodyPlace => {
    const f = BODY_FIELDS * k;
    return [headerEnd + header.bodies[f], header.bodies[f + 1], header.bodies[f + 2], header.bodies[f + 3]];
  });
  return { bytes: Buffer.concat(parts), places };
}

function bodyOf(a: PackedAnalysis | DeferredAnalysis): PackedBody {
  return 'body' in a ? a.body() : a;
}

/** Which file a shard is: a rewrite renames a new file into place, with another inode. */
export interface ShardIdentity {
  ino: number;
  size: number;
  mtimeMs: number;
}

/** Where an entry's body lies in its shard file: offset, int count, string bytes, metadata bytes. */
export type BodyPlace = [number, number, number, number];

/**
 * An open shard file: its entries answer with their heads at once and read their bodies
 * on first use, through the descriptor kept open until `close`. A shard can also be opened
 * without its header (`attach`): bodies whose places are known already are read from it,
 * and the header is read when the entries are wanted.
 */
export class OpenShard {
  private fd: number | undefined;
  readonly entries = new Map<string, ShardEntry>();
  /** Every body of the file, also those whose entries were replaced since: a stored article may still hold one. */
  private bodies: DeferredBody[] = [];

  private constructor(fd: number, readonly identity: ShardIdentity) {
    this.fd = fd;
  }

  /** The file opened, its header not read; undefined when it is missing. */
  static attach(file: string): OpenShard | undefined {
    let fd: number;
    try {
      fd = openSync(file, 'r');
    } catch {
      return undefined;
    }
    try {
      const { ino, size, mtimeMs } = fstatSync(fd);
      return new OpenShard(fd, { ino, size, mtimeMs });
    } catch {
      closeSync(fd);
      return undefined;
    }
  }

  /**
   * The shard in `file`, or undefined when it is missing, from another format or core, or
   * damaged. Read synchronously: four small reads of a file the system has cached take less
   * than a millisecond, while each asynchronous one waited for its turn on the event loop.
   */
  static open(file: string, format: number, core: string): OpenShard | undefined {
    const shard = OpenShard.attach(file);
    if (shard && !shard.readHeader(format, core)) {
      shard.close(false);
      return undefined;
    }
    return shard;
  }

  /**
   * Fills `entries` from the header; false when the file is from another format or core,
   * or damaged. A body already handed out (`bodyAt`) is reused for its entry.
   */
  readHeader(format: number, core: string): boolean {
    const fd = this.fd;
    if (fd === undefined) return false;
    try {
      const size = this.identity.size;
      const len = Buffer.alloc(4);
      readFully(fd, len, 0);
      const headerEnd = 4 + len.readUInt32LE(0);
      if (headerEnd > size) throw new Error('torn');
      const buf = Buffer.allocUnsafe(headerEnd - 4); // filled by the read below
      readFully(fd, buf, 4);
      const h = v8.deserialize(buf) as ShardHeader;
      if (h.format !== format || h.core !== core) throw new Error('another version');
      const known = new Map(this.bodies.map((d) => [d.at, d]));
      let end = headerEnd;
      const b = h.bodies;
      h.uris.forEach((uri, k) => {
        const f = k * BODY_FIELDS;
        const at = headerEnd + b[f];
        let body = known.get(at);
        if (body?.head.uri !== uri) body = this.bodyAt(headAt(h.heads, k, uri), at, b[f + 1], b[f + 2], b[f + 3]);
        end = Math.max(end, body.end);
        this.entries.set(uri, { mtimeMs: h.stamps[2 * k], size: h.stamps[2 * k + 1], analysis: body });
      });
      // A file cut short would fail later, in the middle of a request: check now.
      if (end !== size) throw new Error('torn');
      return true;
    } catch {
      this.entries.clear();
      return false;
    }
  }

  /** A body of this file at a place known beforehand (from the saved corpus). */
  bodyAt(head: ArticleHead, at: number, ints: number, stringBytes: number, restBytes: number): DeferredBody {
    const body = new DeferredBody(head, this, at, ints, stringBytes, restBytes);
    this.bodies.push(body);
    return body;
  }

  /** Where the body of an entry read from this file lies; undefined for one set since. */
  placeOf(uri: string): BodyPlace | undefined {
    const a = this.entries.get(uri)?.analysis;
    return a instanceof DeferredBody && a.shard === this ? a.place : undefined;
  }

  /** Reads `into.length` bytes at `position`; throws once the shard was closed. */
  read(into: Uint8Array, position: number): void {
    if (this.fd === undefined) throw new Error('The analysis cache shard was closed before this article was read from it.');
    readFully(this.fd, into, position);
  }

  /**
   * Lets the file go. Before a rewrite replaces it, `keepReadable` reads every body still
   * on disk first; otherwise (shutting down) what was not read can no longer be.
   */
  close(keepReadable: boolean): void {
    if (this.fd === undefined) return;
    if (keepReadable) for (const b of this.bodies) b.body();
    this.bodies = [];
    closeSync(this.fd);
    this.fd = undefined;
  }
}

function readFully(fd: number, into: Uint8Array, position: number): void {
  for (let got = 0; got < into.length;) {
    const n = readSync(fd, into, got, into.length - got, position + got);
    if (!n) throw new Error('The analysis cache shard ends early.');
    got += n;
  }
}

class DeferredBody implements DeferredAnalysis {
  private loaded: PackedBody | undefined;

  constructor(readonly head: ArticleHead, readonly shard: OpenShard, readonly at: number, private readonly intCount: number, private readonly stringBytes: number, private readonly restBytes: number) {}

  get place(): BodyPlace {
    return [this.at, this.intCount, this.stringBytes, this.restBytes];
  }

  get end(): number {
    return this.at + this.intCount * 4 + this.stringBytes + this.restBytes;
  }

  body(): PackedBody {
    if (this.loaded) return this.loaded;
    const intBytes = this.intCount * 4;
    // One read into one buffer: the ints are a view of its start, which is 4-byte aligned.
    const bytes = new ArrayBuffer(intBytes + this.stringBytes + this.restBytes);
    this.shard.read(new Uint8Array(bytes), this.at);
    const text = Buffer.from(bytes, intBytes);
    this.loaded = {
      ints: new Int32Array(bytes, 0, this.intCount),
      strings: text.toString('utf8', 0, this.stringBytes),
      rest: text.toString('utf8', this.stringBytes),
    };
    return this.loaded;
  }
}
