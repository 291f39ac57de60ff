// Report formats: a linter-style text report, JSON, and SARIF 2.1.0.

import { fileURLToPath } from 'url';
import * as path from 'path';
import type { Corpus } from '../core/corpus';
import { articleDiagnostics, conflictDiagnostics, type ConflictDiagnostic, type DiagnosticSettings } from '../core/service/diagnostics';
import { positionAt } from '../core/service/positions';

/** A conflict, or an article's own problem (no other source, no conflict id). */
export interface Finding extends Omit<ConflictDiagnostic, 'code' | 'conflictId'> {
  code: ConflictDiagnostic['code'] | 'weekdayMismatch';
  conflictId?: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface Summary {
  articles: number;
  entities: number;
  links: number;
  conflicts: number;
  /** Dates whose weekday is not the day's ("Tuesday, March 24, 2025"). */
  weekdayMismatches: number;
  skipped: number;
}

export function collectFindings(corpus: Corpus, settings: DiagnosticSettings, cwd: string): Finding[] {
  const out: Finding[] = [];
  const uris = [...corpus.uris()].sort();
  for (const uri of uris) {
    const a = corpus.get(uri)!;
    const own = articleDiagnostics(a.warnings, settings).filter((d) => d.code === 'weekdayMismatch').map((d) => ({ ...d, code: 'weekdayMismatch' as const, related: [] }));
    const found: Omit<Finding, 'file' | 'line' | 'column' | 'endLine' | 'endColumn'>[] = [...conflictDiagnostics(corpus, uri, settings), ...own].sort((x, y) => x.span.start - y.span.start);
    for (const d of found) {
      const s = positionAt(a.lineStarts, d.span.start);
      const e = positionAt(a.lineStarts, d.span.end);
      out.push({ ...d, file: path.relative(cwd, fileURLToPath(uri)) || fileURLToPath(uri), line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 });
    }
  }
  return out;
}

export function textReport(findings: Finding[], summary: Summary): string {
  const lines = findings.map((f) => `${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.code}]`);
  if (lines.length) lines.push('');
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  lines.push(`${n(summary.articles, 'article')}, ${n(summary.entities, 'entity').replace(/entitys$/, 'entities')}, ${n(summary.links, 'cross-source link')}, ${n(summary.conflicts, 'conflict')}` +
    (summary.weekdayMismatches ? `, ${n(summary.weekdayMismatches, 'weekday mismatch').replace(/mismatchs$/, 'mismatches')}` : '') + (summary.skipped ? `, ${n(summary.skipped, 'file')} skipped` : ''));
  return lines.join('\n') + '\n';
}

export function jsonReport(findings: Finding[], summary: Summary, skipped: { file: string; reason: string }[]): string {
  return JSON.stringify({ summary, findings: findings.map(({ span, related, ...f }) => ({ ...f, related: related.map((r) => ({ uri: r.uri, message: r.message })) })), skipped }, null, 2) + '\n';
}

const SARIF_LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

export function sarifReport(findings: Finding[], version: string): string {
  const rules = [
    { id: 'titleConflict', shortDescription: { text: 'Sources give a person different ranks or offices' } },
    { id: 'dateConflict', shortDescription: { text: 'Sources give a meeting or event different calendar days' } },
    { id: 'weekdayMismatch', shortDescription: { text: 'A date is written with a weekday it does not fall on' } },
  ];
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'corroborate', version, informationUri: 'https://github.com/corroborate/corroborate', rules } },
      results: findings.map((f) => ({
        ruleId: f.code,
        ruleIndex: rules.findIndex((r) => r.id === f.code),
        level: SARIF_LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: f.file.split(path.sep).join('/') }, region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn } } }],
        relatedLocations: f.related.map((r, id) => ({ id, message: { text: r.message }, physicalLocation: { artifactLocation: { uri: r.uri } } })),
      })),
    }],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
