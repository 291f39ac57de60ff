// Shared test helpers: read fixtures and seeds, and build a Corpus from {name: text}.

import { readFileSync } from 'fs';
import { join } from 'path';
import { analyzeArticle } from '../../server/src/core/analyzeArticle';
import { Corpus } from '../../server/src/core/corpus';
import type { ConflictOptions } from '../../server/src/core/findConflicts';
import type { ArticleAnalysis, Mention, Span } from '../../server/src/core/model';

const ROOT = join(__dirname, '..', '..');

export const SEED_000 = '000_cc2096c2dac57694.txt';
export const SEED_004 = '004_882d588303bd86ee.txt';

export function seed(name: string): string {
  return readFileSync(join(ROOT, 'seeds', name), 'utf8');
}

export function fixture(name: string): string {
  return readFileSync(join(ROOT, 'test', 'fixtures', 'articles', name), 'utf8');
}

export function uriOf(name: string): string {
  return `file:///fixtures/${name}`;
}

export function analyze(name: string, text: string): ArticleAnalysis {
  return analyzeArticle(uriOf(name), text);
}

export interface Built {
  corpus: Corpus;
  uri: (name: string) => string;
  text: (name: string) => string;
  analysis: (name: string) => ArticleAnalysis;
  /** The entity of the mention at the `nth` occurrence of `needle` in article `name`; throws when no mention is there. */
  entityAt: (name: string, needle: string, nth?: number) => string;
}

/** A corpus of the given articles, each at `file:///fixtures/NAME`. */
export function corpusOf(files: Record<string, string>, options?: ConflictOptions): Built {
  const corpus = new Corpus(options);
  for (const [name, text] of Object.entries(files)) corpus.set(analyze(name, text));
  return {
    corpus,
    uri: uriOf,
    text: (name) => files[name],
    analysis: (name) => corpus.get(uriOf(name))!,
    entityAt: (name, needle, nth = 0) => {
      const m = corpus.mentionAt(uriOf(name), offsetOf(files[name], needle, nth));
      if (!m) throw new Error(`no mention at "${needle}" in ${name}`);
      return m.entity;
    },
  };
}

/** Both seed articles, under their own file names. */
export function seedCorpus(extra: Record<string, string> = {}, options?: ConflictOptions): Built {
  return corpusOf({ [SEED_000]: seed(SEED_000), [SEED_004]: seed(SEED_004), ...extra }, options);
}

/** The span of the `nth` (0-based) occurrence of `needle` in `text`; throws when absent. */
export function spanOf(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${nth}) not in text`);
  }
  return { start: at, end: at + needle.length };
}

/** Offset inside the `nth` occurrence of `needle` (one character in). */
export function offsetOf(text: string, needle: string, nth = 0): number {
  return spanOf(text, needle, nth).start + 1;
}

export function slice(text: string, s: Span): string {
  return text.slice(s.start, s.end);
}

/** The mention whose name span is exactly the `nth` occurrence of `needle`. */
export function mentionAtText(a: ArticleAnalysis, text: string, needle: string, nth = 0): Mention | undefined {
  const s = spanOf(text, needle, nth);
  return a.mentions.find((m) => m.span.start === s.start && m.span.end === s.end);
}

/** Mentions whose name span overlaps the `nth` occurrence of `needle`. */
export function mentionsOver(a: ArticleAnalysis, text: string, needle: string, nth = 0): Mention[] {
  const s = spanOf(text, needle, nth);
  return a.mentions.filter((m) => m.span.start < s.end && m.span.end > s.start);
}

export function blockAt(a: ArticleAnalysis, offset: number) {
  return a.blocks.find((b) => b.span.start <= offset && offset < b.span.end);
}

export const DEFAULT_DIAGNOSTICS = {
  titleConflict: { enabled: true, severity: 'warning' as const },
  dateConflict: { enabled: true, severity: 'warning' as const },
  weekdayMismatch: { enabled: true, severity: 'warning' as const },
};

/** The article's title facts as [key, title as written], in text order. */
export function titleFacts(a: ArticleAnalysis): string[][] {
  return a.facts.flatMap((f) => (f.type === 'title' ? [[f.key, f.title.text]] : []));
}
