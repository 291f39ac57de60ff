// corroborate check <dir> [--format text|json|sarif] [--strict] [--include GLOB] [--exclude GLOB]
// Exit codes: 0 done, 1 conflicts (or weekday mismatches) found with --strict, 2 bad arguments or unreadable path.

import { promises as fs } from 'fs';
import * as path from 'path';
import { DEFAULT_FILTER } from '../files/findArticleFiles';
import { checkFolder } from './checkFolder';
import { collectFindings, jsonReport, sarifReport, textReport } from './report';

const VERSION = '0.1.0';
const USAGE = `Usage: corroborate check <folder> [options]

Cross-checks the news articles in <folder> (.news, .txt, .md) and reports where
sources disagree on a person's title or a meeting's date.

Options:
  --format text|json|sarif   report format (default: text)
  --strict                   exit with 1 when any conflict or weekday mismatch is found
  --include GLOB             files to index (repeatable; default: ${DEFAULT_FILTER.include.join(' ')})
  --exclude GLOB             files to skip (repeatable)
  --max-days-apart N         compare titles only between sources at most N days apart (default 120; 0 = always)
  --no-title-conflicts       do not report title conflicts
  --no-date-conflicts        do not report date conflicts
  --no-weekday-mismatches    do not report dates written with a weekday they do not fall on
  -h, --help                 show this help
  -v, --version              show the version`;

class UsageError extends Error {}

interface Options {
  folder: string;
  format: 'text' | 'json' | 'sarif';
  strict: boolean;
  include: string[];
  exclude: string[];
  maxDaysApart: number;
  titleConflicts: boolean;
  dateConflicts: boolean;
  weekdayMismatches: boolean;
}

function parseArgs(argv: string[]): Options | 'help' | 'version' {
  if (argv.includes('-h') || argv.includes('--help')) return 'help';
  if (argv.includes('-v') || argv.includes('--version')) return 'version';
  const [command, ...rest] = argv;
  if (command !== 'check') throw new UsageError(command ? `unknown command '${command}'` : 'missing command');
  const o: Options = { folder: '', format: 'text', strict: false, include: [], exclude: [], maxDaysApart: 120, titleConflicts: true, dateConflicts: true, weekdayMismatches: true };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--format') {
      const f = value();
      if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not '${f}'`);
      o.format = f;
    } else if (a === '--strict') o.strict = true;
    else if (a === '--include') o.include.push(value());
    else if (a === '--exclude') o.exclude.push(value());
    else if (a === '--max-days-apart') {
      const n = Number(value());
      if (!Number.isFinite(n) || n < 0) throw new UsageError('--max-days-apart takes a number of days, 0 or more');
      o.maxDaysApart = n;
    } else if (a === '--no-title-conflicts') o.titleConflicts = false;
    else if (a === '--no-date-conflicts') o.dateConflicts = false;
    else if (a === '--no-weekday-mismatches') o.weekdayMismatches = false;
    else if (a.startsWith('-')) throw new UsageError(`unknown option '${a}'`);
    else if (!o.folder) o.folder = a;
    else throw new UsageError(`only one folder, got '${o.folder}' and '${a}'`);
  }
  if (!o.folder) throw new UsageError('missing <folder>');
  return o;
}

function progressBar(done: number, total: number): void {
  const width = 30;
  const filled = total ? Math.round((done / total) * width) : width;
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} articles`);
  if (done >= total) process.stderr.write('\n');
}

export async function main(argv: string[]): Promise<number> {
  let o: ReturnType<typeof parseArgs>;
  try {
    o = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`corroborate: ${e.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (o === 'help') return void process.stdout.write(USAGE + '\n'), 0;
  if (o === 'version') return void process.stdout.write(VERSION + '\n'), 0;
  const folder = path.resolve(o.folder);
  try {
    const st = await fs.stat(folder);
    if (!st.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    await fs.access(folder, fs.constants.R_OK);
  } catch (e) {
    process.stderr.write(`corroborate: cannot read folder '${o.folder}': ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : (e as Error).message}\n`);
    return 2;
  }
  const filter = { include: o.include.length ? o.include : DEFAULT_FILTER.include, exclude: [...DEFAULT_FILTER.exclude, ...o.exclude] };
  const showProgress = process.stderr.isTTY && process.stdout.isTTY;
  const result = await checkFolder(folder, filter, o.maxDaysApart, showProgress ? progressBar : undefined);
  for (const s of result.skipped) process.stderr.write(`corroborate: skipped ${path.relative(process.cwd(), s.file)}: ${s.reason}\n`);
  const settings = {
    titleConflict: { enabled: o.titleConflicts, severity: 'warning' as const },
    dateConflict: { enabled: o.dateConflicts, severity: 'warning' as const },
    weekdayMismatch: { enabled: o.weekdayMismatches, severity: 'warning' as const },
  };
  const findings = collectFindings(result.corpus, settings, process.cwd());
  const stats = result.corpus.stats();
  const conflicts = result.corpus.allConflicts().filter((c) => (c.fact === 'date' ? o.dateConflicts : o.titleConflicts)).length;
  const weekdayMismatches = findings.filter((f) => f.code === 'weekdayMismatch').length;
  const summary = { articles: stats.articles, entities: stats.entities, links: stats.links, conflicts, weekdayMismatches, skipped: result.skipped.length };
  const out = o.format === 'json' ? jsonReport(findings, summary, result.skipped) : o.format === 'sarif' ? sarifReport(findings, VERSION) : textReport(findings, summary);
  process.stdout.write(out);
  return o.strict && conflicts + weekdayMismatches > 0 ? 1 : 0;
}

if (require.main === module) {
  // `corroborate check … | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  }, (e) => {
    process.stderr.write(`corroborate: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 2;
  });
}
