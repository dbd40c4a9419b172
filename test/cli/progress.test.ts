import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, expandInputs, idFromPath, kindOf } from '../../src/cli/readers.js';
import { bump, createProgress, createTally, summaryLine } from '../../src/cli/progress.js';
import { createStyle } from '../../src/cli/style.js';

const plain = createStyle(false);

/** A fake terminal that records what is written to it. */
function terminal(): Writable & { text: string; isTTY: boolean } {
  const chunks: string[] = [];
  const w = new Writable({
    write(chunk: Buffer | string, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  }) as Writable & { text: string; isTTY: boolean };
  Object.defineProperty(w, 'text', { get: () => chunks.join('') });
  w.isTTY = true;
  return w;
}

describe('decodeUtf8', () => {
  it.each([
    [[0xef, 0xbb, 0xbf, 0x61, 0x62], 'ab', false],
    [[0x63, 0x61, 0x66, 0xc3, 0xa9], 'café', false],
    [[0x63, 0x61, 0x66, 0xe9], 'caf\uFFFD', true],
    [[0xe2, 0x82], '\uFFFD', true],
  ])('decodes %j as %j (invalid: %s)', (bytes, text, invalid) => {
    expect(decodeUtf8(Uint8Array.from(bytes))).toEqual({ text, invalid });
  });
});

describe('kindOf and idFromPath look through .gz', () => {
  it.each([
    ['dump.csv.gz', 'csv', 'dump'],
    ['a/b.JSONL.GZ', 'jsonl', 'b'],
    ['page.html.gz', 'html', 'page'],
    ['notes.txt.gz', 'text', 'notes'],
  ])('%s is %s with id %s', (path, kind, id) => {
    expect(kindOf(path)).toBe(kind);
    expect(idFromPath(path)).toBe(id);
  });
});

describe('expandInputs', () => {
  it('keeps files and - as given, expands folders, and leaves a missing path for the reader', async () => {
    const out: unknown[] = [];
    for await (const x of expandInputs(['-', 'fixtures/cli/page.html', 'fixtures/cli/corpus', 'no/such.txt'])) out.push(x);
    expect(out).toEqual([
      '-',
      'fixtures/cli/page.html',
      'fixtures/cli/corpus/alpha.txt',
      'fixtures/cli/corpus/delta.csv.gz',
      'fixtures/cli/corpus/nested/beta.html',
      'fixtures/cli/corpus/nested/gamma.jsonl.gz',
      'no/such.txt',
    ]);
  });
});

describe('summary and progress', () => {
  it('summarises records, errors and warnings by code, time and rate', () => {
    const t = createTally(0);
    t.records = 3;
    t.errors = 1;
    bump(t.errorCodes, 'csv-error');
    bump(t.warnings, 'invalid-utf8');
    bump(t.warnings, 'invalid-utf8');
    bump(t.warnings, 'hijri-mismatch');
    t.bytes = 2_000_000;
    expect(summaryLine(t, plain, 2000)).toBe(
      'news-scrape: 3 records, 1 error (csv-error 1), 3 warnings (invalid-utf8 2, hijri-mismatch 1) in 2.00 s, 2.00 MB at 1.00 MB/s',
    );
  });

  it('redraws one line in place on a terminal and clears it when done', () => {
    const tty = terminal();
    const t = createTally(performance.now() - 1000);
    t.records = 42;
    t.bytes = 1_500_000;
    const p = createProgress(tty, t, plain, true);
    p.tick();
    p.tick(); // within 100 ms: not redrawn
    p.done();
    expect(tty.text.match(/42 records/g)).toHaveLength(1);
    expect(tty.text).toMatch(/42 records · 1\.50 MB · \d+ rec\/s · [\d.]+ MB\/s/);
    expect(tty.text.startsWith('\u001b[1G')).toBe(true); // cursor to column 1
    expect(tty.text.endsWith('\u001b[1G\u001b[2K')).toBe(true); // line cleared for the summary
  });

  it('writes nothing when disabled (not a terminal, or --quiet)', () => {
    const tty = terminal();
    const p = createProgress(tty, createTally(), plain, false);
    p.tick();
    p.done();
    expect(tty.text).toBe('');
  });
});
