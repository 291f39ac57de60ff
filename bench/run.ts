// The benchmark: generated corpora measured through the real server over stdio, the CLI
// on the same corpus, precision/recall against the generator's ground truth, and the
// naive "re-analyse everything" baseline measured in the same run. See bench/README.md.
//
//   npm run bench                         # 1k and 10k articles
//   npm run bench -- --quick              # 1k only
//   npm run bench -- --sizes 1000,10000,50000 [--seed 42]

import { spawn } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'fs';
import { runCatastrophic } from './catastrophic';
import type { ChildProcess } from 'child_process';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { LspClient } from '../test/protocol/lspClient';
import { analyzeArticle } from '../server/src/core/analyzeArticle';
import { Corpus } from '../server/src/core/corpus';
import { generateCorpus, mulberry32, type Truth } from './generateCorpus';

const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'server/out/cli.js');
const RESULTS = path.join(__dirname, 'results');

const TARGETS = {
  coldMs: 3000, warmMs: 500, hoverP99: 10, definitionP99: 10, editP95: 100, rssMB: 400, scaling: 12,
};

interface Stats { n: number; p50: number; p95: number; p99: number; max: number; mean: number }
function stats(xs: number[]): Stats {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => (s.length ? s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)] : NaN);
  return { n: s.length, p50: q(0.5), p95: q(0.95), p99: q(0.99), max: s[s.length - 1] ?? NaN, mean: s.reduce((a, b) => a + b, 0) / (s.length || 1) };
}
const r1 = (x: number) => Math.round(x * 10) / 10;

function procStatus(pid: number): { hwmMB: number; rssMB: number } {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)?.[1] ?? NaN);
    return { hwmMB: kb('VmHWM') / 1024, rssMB: kb('VmRSS') / 1024 };
  } catch {
    return { hwmMB: NaN, rssMB: NaN };
  }
}

function listFiles(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listFiles(dir, r));
    else out.push(r);
  }
  return out.sort();
}

// ------------------------------------------------------------------ precision / recall

interface FoundConflict { id: string; entity: string; fact: string; files: string[] }
interface Scored {
  found: number; expected: number; truePositives: number; precision: number; recall: number;
  falsePositives: (FoundConflict & { decoy?: string })[];
  missed: { entity: string; fact: string; files: string[] }[];
  decoysFlagged: number; decoys: number; decoyKinds: number;
}

function score(truth: Truth, found: FoundConflict[]): Scored {
  const matched = new Set<number>();
  const fps: Scored['falsePositives'] = [];
  let tp = 0;
  for (const f of found) {
    const i = truth.expected.findIndex((e) => e.fact === f.fact && e.files.every((x) => f.files.includes(x)));
    if (i >= 0) {
      tp++;
      matched.add(i);
    } else {
      const decoy = truth.decoys.find((d) => d.files.every((x) => f.files.includes(x)));
      fps.push({ ...f, decoy: decoy?.type });
    }
  }
  const missed = truth.expected.filter((_, i) => !matched.has(i)).map((e) => ({ entity: e.entity, fact: e.fact, files: e.files }));
  return {
    found: found.length, expected: truth.expected.length, truePositives: tp,
    precision: found.length ? tp / found.length : 1, recall: truth.expected.length ? matched.size / truth.expected.length : 1,
    falsePositives: fps.slice(0, 20), missed, decoysFlagged: new Set(fps.filter((f) => f.decoy).map((f) => f.decoy)).size, decoys: truth.decoys.length,
    decoyKinds: new Set(truth.decoys.map((d) => d.type)).size,
  };
}

// ------------------------------------------------------------------ the CLI

async function runCli(dir: string, timeoutMs: number): Promise<{ wallMs: number; peakRssMB: number; exit: number | null; findings: number; conflicts: FoundConflict[]; summary: unknown }> {
  const t0 = performance.now();
  const child = spawn('/usr/bin/time', ['-f', '%M', process.execPath, CLI, 'check', dir, '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const exit = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
  clearTimeout(timer);
  const wallMs = performance.now() - t0;
  const peakKB = Number(/(\d+)\s*$/.exec(err.trim())?.[1] ?? NaN);
  const json = JSON.parse(out) as { summary: unknown; findings: { conflictId: string; code: string; message: string; file: string }[] };
  const by = new Map<string, FoundConflict>();
  for (const f of json.findings) {
    const rel = path.relative(dir, path.resolve(ROOT, f.file)).split(path.sep).join('/');
    const c = by.get(f.conflictId) ?? { id: f.conflictId, entity: f.message.slice(0, f.message.indexOf(':')), fact: f.conflictId.slice(f.conflictId.lastIndexOf('|') + 1), files: [] };
    if (!c.files.includes(rel)) c.files.push(rel);
    by.set(f.conflictId, c);
  }
  return { wallMs, peakRssMB: peakKB / 1024, exit, findings: json.findings.length, conflicts: [...by.values()], summary: json.summary };
}

// ------------------------------------------------------------------ the server

interface ServerResult {
  initializeMs: number; indexedMs: number; allDiagnosticsMs: number; publishedFiles: number; expectedFilesWithDiagnostics: string;
  warm: string;
  hover: Stats & { hits: number }; definition: Stats & { hits: number }; references: Stats & { hits: number };
  edit: Stats & { completed: number; timeouts: number; note?: string }; editBack: Stats & { completed: number; timeouts: number };
  peakRssMB: number; rssAfterIndexMB: number; hoverMisses: string[];
  conflicts: FoundConflict[];
  stats: unknown;
}

type StatsMsg = { articles: number; entities: number; conflicts: number; indexing: boolean };

/**
 * Warm start: a server run fills the analysis cache (and the code cache) in a storage folder,
 * then a second server on the same folder is timed from initialize to indexing: false.
 */
async function warmStart(truth: Truth, log: (s: string) => void): Promise<number> {
  const storage = mkdtempSync(path.join(os.tmpdir(), 'corroborate-bench-storage-'));
  const timeout = Math.max(60_000, truth.n * 12);
  const once = async (fill: boolean) => {
    // As VS Code starts it: with a folder for V8's code cache, which the first run fills.
    const client = new LspClient({ env: { ...process.env, CORROBORATE_CODE_CACHE: path.join(storage, 'code-cache') } });
    live.add(client.proc);
    let last: StatsMsg | undefined;
    client.rpc.onNotification('corroborate/statsChanged', (p: StatsMsg) => {
      last = p;
      (client as unknown as { wake(): void }).wake();
    });
    try {
      const t0 = performance.now();
      await client.initialize(truth.dir, {}, { storagePath: storage });
      await client.until('indexing: false', () => last && !last.indexing && last.articles === truth.n, timeout);
      const ms = performance.now() - t0;
      // The cache is written after the index is announced; a first run waits for it, as an
      // editor left open for a few seconds would (a shutdown allows only 2 s to finish it).
      if (fill) await client.until('the cache written', () => client.logs.some((l) => l.startsWith('Analysis cache written')), timeout);
      return ms;
    } finally {
      await client.stop();
      live.delete(client.proc);
    }
  };
  try {
    await once(true);
    const ms = await once(false);
    log(`  server: warm start from the cache in ${Math.round(ms)} ms`);
    return ms;
  } finally {
    rmSync(storage, { recursive: true, force: true });
  }
}

async function runServer(truth: Truth, log: (s: string) => void): Promise<ServerResult> {
  const dir = truth.dir;
  const uriOf = (rel: string) => 'file://' + path.join(dir, rel);
  const client = new LspClient();
  live.add(client.proc);
  client.proc.on('exit', () => live.delete(client.proc));
  const pid = client.proc.pid!;
  let peak = 0;
  const sampler = setInterval(() => { const s = procStatus(pid); if (s.hwmMB > peak) peak = s.hwmMB; }, 250);
  let lastStats: StatsMsg | undefined;
  let lastPublishAt = 0;
  const publishTimes = new Map<string, number>();
  client.rpc.onNotification('corroborate/statsChanged', (p: StatsMsg) => {
    lastStats = p;
    (client as unknown as { wake(): void }).wake();
  });
  client.rpc.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: never[] }) => {
    client.diagnostics.set(p.uri, p.diagnostics);
    lastPublishAt = performance.now();
    publishTimes.set(p.uri, lastPublishAt);
    (client as unknown as { wake(): void }).wake();
  });
  const timeout = Math.max(60_000, truth.n * 12);
  try {
    // Cold index.
    const t0 = performance.now();
    await client.initialize(dir);
    const initializeMs = performance.now() - t0;
    await client.until('indexing: false', () => lastStats && !lastStats.indexing && lastStats.articles === truth.n, timeout);
    const indexedMs = performance.now() - t0;
    const rssAfterIndexMB = procStatus(pid).rssMB;
    log(`  server: indexed ${truth.n} articles in ${Math.round(indexedMs)} ms`);
    const expectedFiles = [...new Set(truth.expected.flatMap((e) => e.files))].map(uriOf);
    // All diagnostics: the expected conflict files have them, and publishing has gone quiet.
    await client.until('expected conflict diagnostics', () => expectedFiles.every((u) => client.diagnostics.get(u)?.length), Math.min(30_000, timeout)).catch(() => undefined);
    await client.until('publishing quiet', () => performance.now() - lastPublishAt > 1000 && lastPublishAt > 0 ? true : undefined, 30_000).catch(() => undefined);
    const allDiagnosticsMs = (lastPublishAt || performance.now()) - t0;
    const withDiag = expectedFiles.filter((u) => client.diagnostics.get(u)?.length).length;
    log(`  server: all diagnostics after ${Math.round(allDiagnosticsMs)} ms (${withDiag}/${expectedFiles.length} expected conflict files have one)`);

    // Hover, definition, references at known mention positions.
    const rng = mulberry32(truth.seed + 99);
    const probes = truth.probes.map((p) => ({ p, k: rng() })).sort((a, b) => a.k - b.k).slice(0, 300).map((x) => x.p);
    const lat = { hover: [] as number[], definition: [] as number[], references: [] as number[] };
    const hits = { hover: 0, definition: 0, references: 0 };
    const misses: string[] = [];
    for (const p of probes) {
      const td = { uri: uriOf(p.file) };
      const position = { line: p.line, character: p.character + 1 };
      let t = performance.now();
      const h = await client.request<unknown>('textDocument/hover', { textDocument: td, position });
      lat.hover.push(performance.now() - t);
      if (h) hits.hover++;
      else if (misses.length < 10) misses.push(`${p.file}:${p.line + 1}:${p.character + 2} ${p.kind} '${p.text}'`);
      t = performance.now();
      const d = await client.request<unknown[] | null>('textDocument/definition', { textDocument: td, position });
      lat.definition.push(performance.now() - t);
      if (d && d.length) hits.definition++;
      t = performance.now();
      const r = await client.request<unknown[] | null>('textDocument/references', { textDocument: td, position, context: { includeDeclaration: true } });
      lat.references.push(performance.now() - t);
      if (r && r.length) hits.references++;
    }
    log(`  server: ${probes.length} hover/definition/references probes done`);

    // Edit → diagnostics: a one-word rank change that creates a conflict, then the edit back.
    const editLat: number[] = [];
    const backLat: number[] = [];
    let timeouts = 0;
    let backTimeouts = 0;
    const about = (names: string[]) => (u: string) => (client.diagnostics.get(u) ?? []).some((d) => names.some((n) => d.message.startsWith(n + ':')));
    for (const e of truth.editTargets.slice(0, 20)) {
      const uri = uriOf(e.file);
      const text = readFileSync(path.join(dir, e.file), 'utf8');
      await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
      await new Promise((r) => setTimeout(r, 150));
      const has = about(e.names);
      const all = [uri, ...e.affected.map(uriOf)];
      const range = { start: { line: e.line, character: e.character }, end: { line: e.line, character: e.character + e.from.length } };
      let t = performance.now();
      await client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range, text: e.to }] });
      try {
        await client.until('conflict on every affected article', () => all.every(has), 5_000);
        editLat.push(performance.now() - t);
      } catch {
        timeouts++;
        log(`  edit ${e.file} (${e.person} ${e.from}→${e.to}): timed out, ${all.filter(has).length}/${all.length} articles updated`);
      }
      const back = { start: range.start, end: { line: e.line, character: e.character + e.to.length } };
      t = performance.now();
      await client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: back, text: e.from }] });
      try {
        await client.until('conflict gone everywhere', () => all.every((u) => !has(u)), 5_000);
        backLat.push(performance.now() - t);
      } catch {
        backTimeouts++;
      }
      await client.notify('textDocument/didClose', { textDocument: { uri } });
      await new Promise((r) => setTimeout(r, 100));
    }
    log(`  server: ${editLat.length} edits measured`);

    const conflicts = await client.request<{ entityName: string; fact: string; id: string; sides: { uri: string }[] }[]>('corroborate/conflicts', null);
    const found: FoundConflict[] = conflicts.map((c) => ({ id: c.id, entity: c.entityName, fact: c.fact, files: [...new Set(c.sides.map((s) => path.relative(dir, decodeURIComponent(s.uri.replace(/^file:\/\//, ''))).split(path.sep).join('/')))] }));
    const st = await client.request<unknown>('corroborate/stats', null);
    peak = Math.max(peak, procStatus(pid).hwmMB);
    return {
      initializeMs, indexedMs, allDiagnosticsMs, publishedFiles: publishTimes.size, expectedFilesWithDiagnostics: `${withDiag}/${expectedFiles.length}`,
      warm: 'n/a (no cache yet)',
      hover: { ...stats(lat.hover), hits: hits.hover }, definition: { ...stats(lat.definition), hits: hits.definition }, references: { ...stats(lat.references), hits: hits.references },
      edit: { ...stats(editLat), completed: editLat.length, timeouts }, editBack: { ...stats(backLat), completed: backLat.length, timeouts: backTimeouts },
      peakRssMB: peak, rssAfterIndexMB, hoverMisses: misses, conflicts: found, stats: st,
    };
  } finally {
    clearInterval(sampler);
    await Promise.race([client.stop(), new Promise((r) => setTimeout(r, 5000))]);
    if (client.proc.exitCode === null && client.proc.signalCode === null) client.proc.kill('SIGKILL');
  }
}

// ------------------------------------------------------------------ the naive baseline

function naiveBaseline(truth: Truth): { analyzeMs: number; linkMs: number; totalMs: number } {
  const files = listFiles(truth.dir);
  const texts = files.map((f) => [`file://${path.join(truth.dir, f)}`, readFileSync(path.join(truth.dir, f), 'utf8')] as const);
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  const analyses = texts.map(([u, t]) => analyzeArticle(u, t));
  const t1 = performance.now();
  const corpus = new Corpus({ titleWindowDays: 120 });
  for (const a of analyses) corpus.set(a);
  corpus.allConflicts();
  const t2 = performance.now();
  return { analyzeMs: t1 - t0, linkMs: t2 - t1, totalMs: t2 - t0 };
}

// ------------------------------------------------------------------ main

interface SizeResult {
  n: number; corpus: { dir: string; megabytes: number; formats: unknown; expected: number; decoys: number; generateMs: number };
  server?: ServerResult; serverError?: string;
  cli?: Awaited<ReturnType<typeof runCli>> & { score: Scored }; cliError?: string;
  serverScore?: Scored;
  baseline?: ReturnType<typeof naiveBaseline>;
  baselineOverEditP50?: number;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const get = (k: string) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined; };
  const sizes = args.includes('--quick') ? [1000] : (get('--sizes') ?? '1000,10000').split(',').map(Number).filter((x) => x > 0);
  const seed = Number(get('--seed') ?? 42);
  const log = (s: string) => process.stderr.write(s + '\n');
  const results: SizeResult[] = [];
  for (const n of sizes) {
    log(`== ${n} articles`);
    const g0 = performance.now();
    const truth = generateCorpus({ n, seed });
    const generateMs = performance.now() - g0;
    const res: SizeResult = {
      n, corpus: { dir: path.relative(ROOT, truth.dir), megabytes: truth.bytes / 1e6, formats: truth.formats, expected: truth.expected.length, decoys: truth.decoys.length, generateMs },
    };
    try {
      res.server = await runServer(truth, log);
      res.server.warm = `${(await warmStart(truth, log) / 1000).toFixed(2)} s`;
      res.serverScore = score(truth, res.server.conflicts);
      res.server.conflicts = res.server.conflicts.slice(0, 200);
    } catch (e) {
      res.serverError = (e as Error).message;
      log(`  server failed: ${res.serverError}`);
    }
    try {
      const c = await runCli(truth.dir, Math.max(120_000, n * 30));
      res.cli = { ...c, conflicts: c.conflicts.slice(0, 200), score: score(truth, c.conflicts) };
      log(`  cli: ${Math.round(c.wallMs)} ms`);
    } catch (e) {
      res.cliError = (e as Error).message;
      log(`  cli failed: ${res.cliError}`);
    }
    // The baseline is quadratic in its linking: at 50k it takes minutes; --no-baseline skips it.
    if (!args.includes('--no-baseline')) {
      res.baseline = naiveBaseline(truth);
      log(`  naive full re-analysis: ${Math.round(res.baseline.totalMs)} ms`);
      if (res.server?.edit.completed) res.baselineOverEditP50 = res.baseline.totalMs / res.server.edit.p50;
    }
    results.push(res);
  }

  const by = (n: number) => results.find((r) => r.n === n);
  const small = by(1000);
  const large = by(10000);
  const scaling = small?.server && large?.server ? large.server.allDiagnosticsMs / small.server.allDiagnosticsMs : undefined;
  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memGB: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` };
  log('== catastrophic inputs');
  const catastrophic = runCatastrophic();
  const report = { date: new Date().toISOString(), seed, machine, targets: TARGETS, scalingColdAllDiagnostics10kOver1k: scaling, results, catastrophic };
  mkdirSync(RESULTS, { recursive: true });
  const stamp = report.date.replace(/[:.]/g, '-');
  writeFileSync(path.join(RESULTS, `${stamp}.json`), JSON.stringify(report, null, 2));
  writeFileSync(path.join(RESULTS, 'latest.json'), JSON.stringify(report, null, 2));
  console.log(table(results, scaling));
  console.log('\n| catastrophic input | characters | analysis time | bound |\n| --- | --- | --- | --- |');
  for (const c of catastrophic) console.log(`| ${c.name} | ${c.chars.toLocaleString('en')} | ${c.ms.toFixed(0)} ms${c.ms > c.boundMs ? ' ✗' : ''} | ${c.boundMs} ms |`);
  console.log(`\nwritten bench/results/${stamp}.json and bench/results/latest.json`);
}

function table(results: SizeResult[], scaling?: number): string {
  const ms = (x?: number) => (x === undefined || Number.isNaN(x) ? '—' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${r1(x)} ms`);
  const pct = (x?: number) => (x === undefined ? '—' : `${(x * 100).toFixed(1)}%`);
  const rows: [string, ...string[]][] = [];
  const head: [string, ...string[]] = ['metric', ...results.map((r) => `${r.n} articles (${r.corpus.megabytes.toFixed(0)} MB)`), 'target (10k)'];
  const add = (name: string, f: (r: SizeResult) => string, target = '') => rows.push([name, ...results.map(f), target]);
  add('cold: initialize → indexing: false', (r) => ms(r.server?.indexedMs));
  add('cold: initialize → all diagnostics', (r) => ms(r.server?.allDiagnosticsMs), '≤ 3 s');
  add('warm start with cache', (r) => r.server?.warm ?? '—', '≤ 0.5 s');
  add('hover p50 / p95 / p99', (r) => (r.server ? `${r1(r.server.hover.p50)} / ${r1(r.server.hover.p95)} / ${r1(r.server.hover.p99)} ms` : '—'), 'p99 ≤ 10 ms');
  add('definition p50 / p95 / p99', (r) => (r.server ? `${r1(r.server.definition.p50)} / ${r1(r.server.definition.p95)} / ${r1(r.server.definition.p99)} ms` : '—'), 'p99 ≤ 10 ms');
  add('references p50 / p95 / p99', (r) => (r.server ? `${r1(r.server.references.p50)} / ${r1(r.server.references.p95)} / ${r1(r.server.references.p99)} ms` : '—'));
  add('  (probes answered: hover / def / refs)', (r) => (r.server ? `${r.server.hover.hits} / ${r.server.definition.hits} / ${r.server.references.hits} of ${r.server.hover.n}` : '—'));
  add('edit → diagnostics p50 / p95', (r) => (r.server ? `${r1(r.server.edit.p50)} / ${r1(r.server.edit.p95)} ms (${r.server.edit.completed} ok, ${r.server.edit.timeouts} timeouts)` : '—'), 'p95 ≤ 100 ms');
  add('edit back → cleared p50 / p95', (r) => (r.server ? `${r1(r.server.editBack.p50)} / ${r1(r.server.editBack.p95)} ms` : '—'));
  add('server peak RSS (VmHWM)', (r) => (r.server ? `${Math.round(r.server.peakRssMB)} MB` : '—'), '≤ 400 MB');
  add('CLI check --format json (wall)', (r) => ms(r.cli?.wallMs));
  add('CLI peak RSS', (r) => (r.cli ? `${Math.round(r.cli.peakRssMB)} MB` : '—'));
  add('precision / recall (CLI)', (r) => (r.cli ? `${pct(r.cli.score.precision)} / ${pct(r.cli.score.recall)} (${r.cli.score.truePositives}/${r.cli.score.found} found, ${r.cli.score.expected} expected)` : '—'));
  add('precision / recall (server)', (r) => (r.serverScore ? `${pct(r.serverScore.precision)} / ${pct(r.serverScore.recall)}` : '—'));
  add('look-alikes flagged (kinds)', (r) => (r.cli ? `${r.cli.score.decoysFlagged} of ${r.cli.score.decoyKinds} kinds (${r.cli.score.decoys} planted)` : '—'));
  add('naive re-analysis of everything', (r) => (r.baseline ? `${ms(r.baseline.totalMs)} (analyse ${ms(r.baseline.analyzeMs)} + link ${ms(r.baseline.linkMs)})` : 'skipped'));
  add('naive / edit→diagnostics p50', (r) => (r.baselineOverEditP50 ? `${r1(r.baselineOverEditP50)}×` : '—'));
  rows.push(['time(10k)/time(1k), cold all diagnostics', ...results.map((_, i) => (i === results.length - 1 && scaling ? `${r1(scaling)}` : '')), '≤ 12']);
  const all = [head, ...rows];
  const widths = head.map((_, c) => Math.max(...all.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => '| ' + r.map((x, c) => (x ?? '').padEnd(widths[c])).join(' | ') + ' |';
  return [line(head), '| ' + widths.map((w) => '-'.repeat(w)).join(' | ') + ' |', ...rows.map(line)].join('\n');
}

/** Server processes still running: killed whatever way the benchmark ends. */
const live = new Set<ChildProcess>();
process.on('exit', () => { for (const p of live) p.kill('SIGKILL'); });
let exiting = false;
process.on('SIGINT', () => { if (!exiting) { exiting = true; process.exit(130); } });
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
