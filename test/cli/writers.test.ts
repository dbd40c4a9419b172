import { parse as parseCsvSync } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { failure } from '../../src/cli/records.js';
import type { Sink } from '../../src/cli/sink.js';
import { createWriter, render, type Outcome, type RenderOptions } from '../../src/cli/writers.js';
import { parseArticle, toJSON } from '../../src/index.js';

const TEXT = 'Army Retakes Hill Near Airport\n\n18 January 2017 22:52\n\nThe army took the hill on Thursday, local sources said.';
const article: Outcome = { ok: true, article: parseArticle(TEXT, { id: 'a-1', url: null }), source: 'a.txt' };
const missing: Outcome = failure('gone', 'gone.txt', 'file-not-found', 'no such file: gone.txt');

/** Renders the outcomes as a worker would, then writes them as the main thread does. */
async function output(outcomes: readonly Outcome[], how: RenderOptions): Promise<string> {
  let text = '';
  const sink: Sink = { write: async (s) => void (text += s), close: async () => undefined, closed: false, error: null, written: 0 };
  const writer = createWriter(sink, how);
  for (const o of outcomes) await writer.write(render(o, how));
  await writer.finish();
  return text;
}

describe('render and the writers', () => {
  it('render gives the record text, its failure code and its warning codes, as plain data', () => {
    const r = render(article, { format: 'jsonl', fields: null, color: false });
    expect(JSON.parse(r.text)).toEqual(JSON.parse(JSON.stringify(toJSON(article.ok ? article.article : (null as never)))));
    expect(r.error).toBeNull();
    expect(r.warnings).toEqual(article.ok ? article.article.warnings.map((w) => w.code) : []);
    expect(render(missing, { format: 'jsonl', fields: null, color: false })).toEqual({
      text: '{"id":"gone","source":"gone.txt","error":{"code":"file-not-found","message":"no such file: gone.txt"}}',
      error: 'file-not-found',
      warnings: [],
    });
  });

  it('jsonl: one line each; json: one array, [] when empty', async () => {
    const how = { format: 'jsonl', fields: ['id'], color: false } as const;
    expect(await output([article, missing], how)).toBe('{"id":"a-1"}\n{"id":"gone","source":"gone.txt","error":{"code":"file-not-found","message":"no such file: gone.txt"}}\n');
    expect(JSON.parse(await output([article, missing], { ...how, format: 'json' }))).toHaveLength(2);
    expect(await output([], { ...how, format: 'json' })).toBe('[]\n');
  });

  it('csv: the header once, before the first row, or alone when there is none', async () => {
    const how = { format: 'csv', fields: ['id', 'title', 'source', 'error'], color: false } as const;
    expect(parseCsvSync(await output([article, missing], how))).toEqual([
      ['id', 'title', 'source', 'error'],
      ['a-1', 'Army Retakes Hill Near Airport', 'a.txt', ''],
      ['gone', '', 'gone.txt', 'file-not-found: no such file: gone.txt'],
    ]);
    expect(await output([], how)).toBe('id,title,source,error\n');
  });

  it('csv --fields: exactly the columns asked for; an error record fills only id, source and error', async () => {
    const how = { format: 'csv', fields: ['title', 'id'], color: false } as const;
    expect(parseCsvSync(await output([article, missing], how))).toEqual([
      ['title', 'id'],
      ['Army Retakes Hill Near Airport', 'a-1'],
      ['', 'gone'],
    ]);
  });

  it('csv: a cell starting with = + - @, a tab or a CR is escaped with a leading quote by default (CSV injection)', async () => {
    const hostile = parseArticle('=HYPERLINK("https://evil.example/?x","Click here")\n\nThe army took the hill on Thursday, local sources said.', { id: '@SUM(A1)', url: null });
    const outcomes: Outcome[] = [
      { ok: true, article: hostile, source: 'a.txt' },
      failure('+1', '-2', 'file-not-found', 'x'),
      failure('\tcmd', '\rcmd', 'file-not-found', 'x'),
    ];
    const how = { format: 'csv', fields: ['id', 'title', 'source', 'error'], color: false } as const;
    const rows = parseCsvSync(await output(outcomes, how), { relax_quotes: true }) as string[][];
    expect(rows.slice(1).map((r) => r.slice(0, 1).concat(r.slice(2, 3)))).toEqual([
      ["'@SUM(A1)", 'a.txt'],
      ["'+1", "'-2"],
      ["'\tcmd", "'\rcmd"],
    ]);
    expect(rows[1]?.[1]).toBe(`'${hostile.title}`);
    expect(hostile.title).toMatch(/^=HYPERLINK/);
    // --csv-formulas keep: the cells exactly as parsed.
    const kept = parseCsvSync(await output(outcomes, { ...how, csvFormulas: 'keep' })) as string[][];
    expect(kept.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['@SUM(A1)', hostile.title, 'a.txt'],
      ['+1', '', '-2'],
      ['\tcmd', '', '\rcmd'],
    ]);
  });

  it('pretty: a blank line between records and a closing count', async () => {
    const text = await output([article, missing], { format: 'pretty', fields: null, color: false });
    expect(text).toContain('Army Retakes Hill Near Airport');
    expect(text).toContain('file-not-found');
    expect(text).toMatch(/\n\n.*gone/);
    expect(text).not.toContain('\u001b[');
  });
});
