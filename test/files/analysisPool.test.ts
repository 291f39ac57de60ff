// The analysis pool as the first index and the CLI use it: real worker threads running the
// built worker bundle, files sent in batches, every file answered once with its own analysis.

import { strict as assert } from 'assert';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AnalysisPool, type FileResult } from '../../server/src/lsp/analysisPool';
import { StoredArticle } from '../../server/src/core/storedArticle';

const WORKER = path.resolve(__dirname, '../../server/out/analysisWorker.js');
const NAMES = ['Lt. Gen. Jin Yong-sung', 'Defense Minister Ahn Gyu-back', 'Foreign Minister Cho Hyun', 'Gen. Kim Myung-soo', 'Vice Minister Kim Hong-kyun'];

interface Job { uri: string; path: string; text?: string }

describe('AnalysisPool (worker threads, batched)', () => {
  let dir: string;
  const jobs: Job[] = [];
  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'corroborate-pool-'));
    // 50 files: more than one batch for each of two workers, each file a different length.
    for (let i = 0; i < 50; i++) {
      const file = path.join(dir, `a${i}.txt`);
      const text = `Talks in Seoul ${i}\n\n${NAMES[i % NAMES.length]} spoke on Monday.${' More.'.repeat(i)}\n`;
      writeFileSync(file, text);
      jobs.push({ uri: `file://${file}`, path: file, text });
    }
    writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
    jobs.splice(20, 0, { uri: `file://${dir}/binary.txt`, path: path.join(dir, 'binary.txt') });
    jobs.splice(35, 0, { uri: `file://${dir}/gone.txt`, path: path.join(dir, 'gone.txt') });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** Every job's result, by URI; fails on a job answered twice. */
  async function run(pool: AnalysisPool): Promise<Map<string, FileResult>> {
    const got = new Map<string, FileResult>();
    try {
      await pool.analyzeFiles(jobs, (job, r) => {
        assert.ok(!got.has(job.uri), `${job.uri} answered twice`);
        got.set(job.uri, r);
      });
    } finally {
      pool.dispose();
    }
    return got;
  }

  function assertAnalysed(job: Job, r: FileResult | undefined): void {
    assert.ok(r && 'packed' in r, `${job.uri}: ${JSON.stringify(r)}`);
    // The file's own analysis, not a neighbour's in the same batch.
    assert.equal(r.packed.head.uri, job.uri);
    assert.equal(r.packed.head.length, job.text!.length);
    assert.equal(r.size, Buffer.byteLength(job.text!));
    // The typed array moved from the worker intact: its mentions unpack.
    const person = new StoredArticle(r.packed).mentions.find((m) => m.kind === 'person');
    const i = Number(/a(\d+)\.txt$/.exec(job.path)![1]);
    assert.ok(person && NAMES[i % NAMES.length].endsWith(person.text), `${job.uri}: ${person?.text}`);
  }

  it('answers every file once, across two workers, with its own analysis or the reason it was skipped', async () => {
    const pool = new AnalysisPool(2, WORKER);
    assert.equal(pool.threads, 2);
    const got = await run(pool);
    assert.equal(got.size, jobs.length);
    for (const job of jobs) {
      const r = got.get(job.uri);
      if (job.path.endsWith('binary.txt')) assert.deepEqual(r, { skipped: 'binary file (contains NUL bytes)' });
      else if (job.path.endsWith('gone.txt')) assert.deepEqual(r, { skipped: 'deleted before it could be read' });
      else assertAnalysed(job, r);
    }
  });

  it('answers the batches a crashed worker held as failures and analyses the rest on this thread', async () => {
    const crashing = path.join(dir, 'crashing-worker.js');
    writeFileSync(crashing, "require('worker_threads').parentPort.on('message', () => { throw new Error('boom'); });\n");
    const pool = new AnalysisPool(1, crashing);
    assert.equal(pool.threads, 1);
    const got = await run(pool);
    assert.equal(got.size, jobs.length);
    const failed = jobs.filter((j) => { const r = got.get(j.uri); return !!r && 'error' in r; });
    // The worker held three batches of 16 when it stopped.
    assert.equal(failed.length, 48);
    assert.ok(failed.every((j) => (got.get(j.uri) as { error: string }).error === 'analysis worker stopped'));
    assert.deepEqual(failed.map((j) => j.uri), jobs.slice(0, 48).map((j) => j.uri));
    for (const job of jobs.slice(48)) assertAnalysed(job, got.get(job.uri));
    assert.equal(pool.threads, 0);
  });

  it('grows to the workers a job needs, never shrinks, and keeps a worker started ahead of the job', async () => {
    const pool = new AnalysisPool(0, WORKER);
    assert.equal(pool.threads, 0);
    pool.grow(1);
    assert.equal(pool.threads, 1);
    pool.grow(2);
    pool.grow(1);
    assert.equal(pool.threads, 2);
    const got = await run(pool);
    assert.equal(got.size, jobs.length);
    for (const job of jobs.filter((j) => j.text)) assertAnalysed(job, got.get(job.uri));
  });

  it('analyses on this thread when no worker can start', async () => {
    const pool = new AnalysisPool(2, path.join(dir, 'no-such-worker.js'));
    assert.equal(pool.threads, 0);
    const got = await run(pool);
    assert.equal(got.size, jobs.length);
    for (const job of jobs.filter((j) => j.text)) assertAnalysed(job, got.get(job.uri));
  });
});
