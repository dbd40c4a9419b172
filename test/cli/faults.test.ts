/** Faults after parsing: a record that cannot be rendered fails alone; every other record comes out as if it were not there. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { MAX_RECORD_BYTES, parseCommandLine } from '../../src/cli/args.js';
import { limitRecordSize } from '../../src/cli/readers.js';
import type { InputRecord, ReadResult } from '../../src/cli/records.js';
import { failure } from '../../src/cli/records.js';
import { parseAndRender, Parsers, type Batch } from '../../src/cli/run.js';
import type { WorkerSetup } from '../../src/cli/worker.js';
import { parseArticle } from '../../src/index.js';
import { render, renderOrFail, type Rendered, type Renderer, type RenderOptions } from '../../src/cli/writers.js';

const TEXT = 'Army Retakes Hill Near Airport\n\n18 January 2017 22:52\n\nThe army took the hill on Thursday, local sources said.';
const record = (id: string): InputRecord => ({ ok: true, id, url: null, source: `in.csv:${id}`, text: TEXT, format: null, key: null, invalidUtf8: false });
const article = (id: string) => parseArticle(TEXT, { id, url: null });
const setup = (how: RenderOptions): WorkerSetup => ({ command: { zone: null, profile: null }, learned: null, render: how });

/** Renders like `render`, but throws as V8 does past its string limit for the article with id `bad`. */
const failingFor =
  (bad: string): Renderer =>
  (outcome, how) => {
    if (outcome.ok && outcome.article.id === bad) throw new RangeError('Invalid string length');
    return render(outcome, how);
  };

describe('a record that fails to render', () => {
  const how: RenderOptions = { format: 'jsonl', fields: ['id', 'title'], color: false };

  it('becomes a render-failed error record in its place; the records around it are unchanged', () => {
    const records = ['r-1', 'bad', 'r-3'].map(record);
    const out = parseAndRender(records, setup(how), failingFor('bad'));
    expect(out.map((r) => r.error)).toEqual([null, 'render-failed', null]);
    expect(JSON.parse(out[1]!.text)).toEqual({
      id: 'bad',
      source: 'in.csv:bad',
      error: { code: 'render-failed', message: 'cannot write the record as jsonl: RangeError: Invalid string length' },
    });
    expect(out[0]).toEqual(render({ ok: true, article: article('r-1'), source: 'in.csv:r-1' }, how));
    expect(JSON.parse(out[2]!.text)).toEqual({ id: 'r-3', title: 'Army Retakes Hill Near Airport' });
  });

  it.each(['jsonl', 'csv', 'markdown', 'pretty'] as const)('does not take its batch with it (--jobs 1, %s): one output record per input record', async (format) => {
    const records: ReadResult[] = [record('r-1'), failure('gone', 'gone.txt', 'file-not-found', 'no such file'), record('bad'), record('r-4')];
    const parsers = new Parsers(1, undefined, setup({ format, fields: null, color: false }), failingFor('bad'));
    const out = await parsers.parse({ records, full: true });
    expect(out.map((r) => r.error)).toEqual([null, 'file-not-found', 'render-failed', null]);
    expect(out[2]!.text).toContain('bad');
    await parsers.close();
  });

  it('renderOrFail passes a rendered record through untouched', () => {
    const outcome = { ok: true as const, article: article('r-1'), source: 'a' };
    expect(renderOrFail(outcome, how)).toEqual(render(outcome, how));
  });
});

describe('a worker thread that dies', () => {
  const WORKER = pathToFileURL(join(fileURLToPath(new URL('../..', import.meta.url)), 'dist', 'cli.js')).href;
  const batch = (from: number): Batch => ({ records: Array.from({ length: 64 }, (_, i) => record(`r-${from + i}`)), full: true });
  const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `r-${i}`);

  /** Parses two full batches on a 2-thread pool with the fault `spec` set off by record r-70. */
  async function withFault(spec: string): Promise<Rendered[]> {
    process.env.NEWS_SCRAPE_INJECT_FAULT = spec;
    const parsers = new Parsers(2, WORKER, setup({ format: 'jsonl', fields: ['id'], color: false }));
    try {
      return (await Promise.all([parsers.parse(batch(0)), parsers.parse(batch(64))])).flat();
    } finally {
      delete process.env.NEWS_SCRAPE_INJECT_FAULT;
      await parsers.close();
    }
  }

  it.each(['exit', 'throw'])('(%s) is replaced; its batch is retried record by record and only the record that kills it is worker-crashed', async (mode) => {
    const out = await withFault(`${mode}:r-70`);
    expect(out).toHaveLength(128);
    expect(out.map((r) => (JSON.parse(r.text) as { id: string }).id)).toEqual(ids(128));
    expect(out.map((r, i) => (r.error === null ? null : `${i} ${r.error}`)).filter((e) => e !== null)).toEqual(['70 worker-crashed']);
    expect(JSON.parse(out[70]!.text)).toMatchObject({ id: 'r-70', source: 'in.csv:r-70', error: { code: 'worker-crashed' } });
  }, 30_000);

  it('the hook is inert without its variable: every record parses', async () => {
    const out = await withFault('');
    expect(out.every((r) => r.error === null)).toBe(true);
  }, 30_000);
});

const dir = mkdtempSync(join(tmpdir(), 'news-scrape-faults-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the command in this process with `stdout` as given (a collecting stream by default). */
const cli = (argv: string[], stdout?: Writable) => runCli(argv, stdout === undefined ? {} : { stdout });

/** A JSON Lines file of `n` short articles with ids r-0…, the one at `big` (if any) `bigBytes` long. */
function corpus(name: string, n: number, big = -1, bigBytes = 0): string {
  const path = join(dir, name);
  const line = (i: number): string => JSON.stringify({ id: `r-${i}`, content: i === big ? `${TEXT}\n\n${'é'.repeat(bigBytes / 2)}` : TEXT });
  writeFileSync(path, Array.from({ length: n }, (_, i) => `${line(i)}\n`).join(''));
  return path;
}

describe('--max-record-bytes', () => {
  it('turns a record with more text than the limit into a too-large error record, unparsed; the others are written as usual', async () => {
    const input = corpus('big.jsonl', 3, 1, 4096);
    const r = await cli(['parse', input, '--fields', 'id', '--max-record-bytes', '2K', '-q']);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(lines).toEqual([
      { id: 'r-0' },
      { id: 'r-1', source: `${input}:2`, error: { code: 'too-large', message: expect.stringMatching(/^the record holds \d+ bytes of text, more than --max-record-bytes 2048; it was not parsed$/) as unknown } },
      { id: 'r-2' },
    ]);
    expect(r.status).toBe(1);
  });

  it('counts UTF-8 bytes, not characters; the default (64M) lets a large article through', async () => {
    const reads: ReadResult[] = [record('a'), { ...record('b'), text: 'é'.repeat(600) }, { ...record('c'), text: 'e'.repeat(1000) }];
    const out: ReadResult[] = [];
    for await (const read of limitRecordSize(Readable.from(reads), 1000)) out.push(read);
    expect(out.map((r) => (r.ok ? r.id : r.error.code))).toEqual(['a', 'too-large', 'c']);
    expect(parseCommandLine(['parse', 'a.csv'])).toMatchObject({ maxRecordBytes: MAX_RECORD_BYTES });
    expect(MAX_RECORD_BYTES).toBe(64 * 1024 * 1024);
    expect(() => parseCommandLine(['parse', 'a.csv', '--max-record-bytes', '0'])).toThrow(/--max-record-bytes needs a size >= 1/);
    expect(() => parseCommandLine(['parse', 'a.csv', '--max-record-bytes', 'lots'])).toThrow(/--max-record-bytes needs a size >= 1/);
  });
});

describe('a write error (a full disk, a failing device)', () => {
  const CLI = join(fileURLToPath(new URL('../..', import.meta.url)), 'dist', 'cli.js');

  it('is counted in the summary; the output holds whole records only; exit 1', async () => {
    const input = corpus('write.jsonl', 20);
    let out = '';
    let writes = 0;
    // Takes 5 records, then fails as a full disk does.
    const failing = new Writable({
      write(chunk: Buffer | string, _enc, done) {
        if (++writes > 5) return done(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
        out += String(chunk);
        done();
      },
    });
    const r = await cli(['parse', input, '--fields', 'id', '--jobs', '1'], failing);
    expect(r.status).toBe(1);
    expect(out.endsWith('\n')).toBe(true);
    expect(out.trimEnd().split('\n').map((l) => JSON.parse(l) as unknown)).toEqual(Array.from({ length: 5 }, (_, i) => ({ id: `r-${i}` })));
    expect(r.stderr).toMatch(/, 1 error \(write-error 1\)/);
    expect(r.stderr).toContain('cannot write output: ENOSPC: no space left on device, write; the output ends after the last whole record written');
  });

  it.runIf(process.platform === 'linux')('-o FILE past the file size limit (ulimit -f): the file is cut back to its last whole line', () => {
    const input = corpus('fsize.jsonl', 200);
    const output = join(dir, 'fsize.out.jsonl');
    // 2 blocks of 1024 bytes: the 2048th byte falls inside a line. Node ignores SIGXFSZ, so the write fails with EFBIG.
    const r = spawnSync('bash', ['-c', 'ulimit -f 2 && exec "$0" "$@"', process.execPath, CLI, 'parse', input, '--fields', 'id', '--jobs', '1', '-o', output], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/write-error 1/);
    const text = readFileSync(output, 'utf8');
    expect(text.length).toBeGreaterThan(0);
    expect(text.endsWith('\n')).toBe(true);
    const ids = text.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual(Array.from({ length: ids.length }, (_, i) => `r-${i}`));
  });
});

describe('SIGTERM mid-run', () => {
  const CLI = join(fileURLToPath(new URL('../..', import.meta.url)), 'dist', 'cli.js');

  /** Starts `parse` on a large input, sends `signal` once the first output arrives, and collects what it wrote. */
  function stopMidRun(jobs: string, signal: NodeJS.Signals): Promise<{ status: number | null; killedBy: NodeJS.Signals | null; stdout: string; stderr: string }> {
    const input = corpus(`sigterm-${jobs}.jsonl`, 20_000);
    const child = spawn(process.execPath, [CLI, 'parse', input, '--fields', 'id', '--jobs', jobs], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let sent = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (!sent) {
        sent = true;
        child.kill(signal);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    return new Promise((resolve) => child.on('close', (status, killedBy) => resolve({ status, killedBy, stdout, stderr })));
  }

  it.each([
    ['1', 'SIGTERM', 143],
    ['2', 'SIGTERM', 143],
    ['1', 'SIGINT', 130],
  ] as const)('--jobs %s, %s: stops at a record boundary; the output is a prefix of whole records in input order; exit %i', async (jobs, signal, status) => {
    const r = await stopMidRun(jobs, signal);
    expect(r.killedBy).toBe(null);
    expect(r.status).toBe(status);
    expect(r.stdout.endsWith('\n')).toBe(true);
    const ids = r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThan(20_000);
    expect(ids).toEqual(Array.from({ length: ids.length }, (_, i) => `r-${i}`));
    expect(r.stderr).toContain(`news-scrape: stopped by ${signal} after ${ids.length} records`);
  }, 30_000);
});

describe('the command line with a worker that dies', () => {
  const CLI = join(fileURLToPath(new URL('../..', import.meta.url)), 'dist', 'cli.js');

  // oom: the heap is capped at 200 MB (V8 flags hold for the workers too) so the worker runs out fast.
  it.each(['exit', 'throw', 'oom'])('(%s on record r-70): one output line per input record, only r-70 worker-crashed, exit 1', (mode) => {
    const input = corpus(`crash-${mode}.jsonl`, 150);
    const r = spawnSync(process.execPath, ['--max-old-space-size=200', CLI, 'parse', input, '--fields', 'id', '--jobs', '2'], {
      encoding: 'utf8',
      env: { ...process.env, NEWS_SCRAPE_INJECT_FAULT: `${mode}:r-70` },
    });
    expect(r.status).toBe(1);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; error?: { code: string } });
    expect(lines.map((l) => l.id)).toEqual(Array.from({ length: 150 }, (_, i) => `r-${i}`));
    expect(lines.filter((l) => l.error !== undefined).map((l) => `${l.id} ${l.error?.code}`)).toEqual(['r-70 worker-crashed']);
    expect(r.stderr).toMatch(/150 records, 1 error \(worker-crashed 1\)/);
  }, 30_000);
});
