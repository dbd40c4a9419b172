/** Faults after parsing: a record that cannot be rendered fails alone; every other record comes out as if it were not there. */
import { describe, expect, it } from 'vitest';
import type { InputRecord, ReadResult } from '../../src/cli/records.js';
import { failure } from '../../src/cli/records.js';
import { parseAndRender, Parsers } from '../../src/cli/run.js';
import type { WorkerSetup } from '../../src/cli/worker.js';
import { parseArticle } from '../../src/index.js';
import { render, renderOrFail, type Renderer, type RenderOptions } from '../../src/cli/writers.js';

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
