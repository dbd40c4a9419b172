/** Faults after parsing: a record that cannot be rendered fails alone; every other record comes out as if it were not there. */
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
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
