// Conflicts as diagnostics: one on the mention in each disagreeing source, naming both
// values and the other source, with the other source's mention as related information.

import type { Corpus } from '../corpus';
import { PERSON_EVENT_PHRASES, type ArticleWarning, type Span } from '../model';
import type { Conflict, ConflictSide } from '../findConflicts';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type ConflictKind = 'titleConflict' | 'dateConflict';
/** Diagnostic kinds a person can switch off or give another severity. */
export type DiagnosticKind = ConflictKind | 'weekdayMismatch';

export type DiagnosticSettings = Record<DiagnosticKind, { enabled: boolean; severity: Severity }>;

export interface ConflictDiagnostic {
  span: Span;
  severity: Severity;
  code: ConflictKind;
  message: string;
  related: { uri: string; span: Span; message: string }[];
  conflictId: string;
}

/** A problem of one article on its own: front matter it could not read, a weekday not the date's. */
export interface ArticleDiagnostic {
  span: Span;
  severity: Severity;
  code: ArticleWarning['code'];
  message: string;
}

/** The article's own problems, as the settings say (unreadable front matter is always shown, as information). */
export function articleDiagnostics(warnings: readonly ArticleWarning[], settings: DiagnosticSettings): ArticleDiagnostic[] {
  const out: ArticleDiagnostic[] = [];
  for (const w of warnings) {
    if (w.code === 'unreadableFrontMatter') out.push({ span: w.span, severity: 'information', code: w.code, message: w.message });
    else if (settings[w.code].enabled) out.push({ span: w.span, severity: settings[w.code].severity, code: w.code, message: w.message });
  }
  return out;
}

const MAX_NAMED = 3;

function quote(s: string): string {
  return `'${s}'`;
}

/** What a date's normal form says of the meeting: see eventDateNorm. */
const DAY_CLAIMS: Record<string, string> = { '>': 'opens', '<': 'ends' };

export function messageFor(name: string, here: ConflictSide, others: ConflictSide[], fact: Conflict['fact'], total = others.length): string {
  // A day it opens, a day it ends and a day it is held are told apart when they are mixed.
  const claims = new Set([here, ...others].map((sd) => (fact === 'date' ? DAY_CLAIMS[sd.norm[0]] ?? '' : '')));
  const said = (sd: ConflictSide) => quote(sd.value) + (claims.size > 1 ? ` (${DAY_CLAIMS[sd.norm[0]] ?? 'held'})` : '');
  const named = others.slice(0, MAX_NAMED).map((o) => `${said(o)} in ${o.label}`);
  const more = total > MAX_NAMED ? ` and ${total - MAX_NAMED} more` : '';
  const only = claims.size === 1 ? [...claims][0] : '';
  const what = fact !== 'date' ? '' : only ? ` for the day it ${only}` : ' for the date';
  return `${name}: ${said(here)} here, ${named.join(', ')}${more}${what}`;
}

/** `reviewed` says which conflicts a person has marked reviewed: they no longer warn. */
export function conflictDiagnostics(corpus: Corpus, uri: string, settings: DiagnosticSettings, reviewed: (conflictId: string) => boolean = () => false): ConflictDiagnostic[] {
  const out: ConflictDiagnostic[] = [];
  for (const c of corpus.conflictsIn(uri)) {
    if (reviewed(c.id)) continue;
    const kind: ConflictKind = c.fact === 'date' ? 'dateConflict' : 'titleConflict';
    const s = settings[kind];
    if (!s.enabled) continue;
    // ("Sushila Karki took office: 'Thursday, September 11' here, …", "Sussan Ley was elected: …")
    // ("G20 summit in Johannesburg: …": a meeting named without its number, by where it is held.)
    const name = corpus.nameWithPlace(corpus.entityOf(c.key), c.where) + (c.event ? ` ${PERSON_EVENT_PHRASES[c.event]}` : '');
    c.sides.forEach((side, i) => {
      if (side.uri !== uri) return;
      const others = c.against[i].map((j) => c.sides[j]);
      if (!others.length) return;
      out.push({
        span: side.span, severity: s.severity, code: kind, conflictId: c.id,
        message: messageFor(name, side, others, c.fact, c.againstCount[i]),
        related: others.map((o) => ({ uri: o.uri, span: o.span, message: `${o.label} says ${quote(o.value)}` })),
      });
    });
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}
