import { statSync } from 'node:fs';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, expandInputs, idFromPath, inputSize, kindOf } from '../../src/cli/readers.js';
import { bump, createProgress, createTally, etaSeconds, formatDuration, progressLine, summaryLine } from '../../src/cli/progress.js';
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

describe('the progress line', () => {
  /** A tally 20 s into a run: 1,200 records and 20 MB read, of `total` bytes. */
  function at20s(total: number | null, bytes = 20_000_000) {
    const t = createTally(0);
    t.records = 1200;
    t.bytes = bytes;
    t.total = total;
    return t;
  }

  it.each([
    [0, '0s'],
    [0.4, '0s'],
    [42, '42s'],
    [59.6, '1m00s'],
    [65, '1m05s'],
    [3599, '59m59s'],
    [3600, '1h00m'],
    [7380, '2h03m'],
    [-5, '0s'],
  ])('formats %s seconds as %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it('shows records, MB of the total, rates and the ETA at the average rate so far', () => {
    // 20 MB in 20 s is 1 MB/s; 65 MB are left.
    expect(progressLine(at20s(85_000_000), plain, 20_000)).toBe('⠋ 1,200 records · 20.0/85.0 MB (23%) · 60 rec/s · 1.00 MB/s · ETA 1m05s');
  });

  it('leaves the ETA (and the total) out when the total is unknown: standard input, or not yet measured', () => {
    expect(progressLine(at20s(null), plain, 20_000)).toBe('⠋ 1,200 records · 20.0 MB · 60 rec/s · 1.00 MB/s');
    expect(etaSeconds(at20s(null), 20_000)).toBeNull();
  });

  it('gives no ETA while nothing has been read (a rate of 0), not Infinity or NaN', () => {
    const t = at20s(85_000_000, 0);
    t.records = 0;
    expect(etaSeconds(t, 20_000)).toBeNull();
    expect(etaSeconds(t, 0)).toBeNull();
    expect(progressLine(t, plain, 20_000)).toBe('⠋ 0 records · 0.00/85.0 MB (0%) · 0 rec/s · 0.00 MB/s');
  });

  it('says ETA 0s, and 100%, once every byte is read (the last batches are still parsing)', () => {
    expect(progressLine(at20s(20_000_000), plain, 20_000)).toMatch(/20\.0\/20\.0 MB \(100%\) .* ETA 0s$/);
    expect(etaSeconds(at20s(10_000_000), 20_000)).toBe(0); // more read than the stat said (a growing file)
  });

  it('turns the spinner with the frame and shows errors in red', () => {
    const t = at20s(null);
    t.errors = 2;
    expect(progressLine(t, plain, 20_000, 1)).toBe('⠙ 1,200 records · 20.0 MB · 2 errors · 60 rec/s · 1.00 MB/s');
    const coloured = progressLine(t, createStyle(true), 20_000);
    expect(coloured).toContain('\u001b[31m · 2 errors\u001b[39m');
  });

  it('draws the ETA on a terminal once the total is known', () => {
    const tty = terminal();
    const t = createTally(performance.now() - 10_000);
    t.bytes = 5_000_000;
    t.total = 10_000_000;
    createProgress(tty, t, plain, true).tick();
    expect(tty.text).toMatch(/5\.00\/10\.0 MB \(50%\) · \d+ rec\/s · [\d.]+ MB\/s · ETA (9|10|11)s/);
  });
});

describe('inputSize', () => {
  it('sums the files of every input on disk, folders expanded, .gz at its compressed size', async () => {
    const files = ['fixtures/cli/page.html', 'fixtures/cli/corpus/alpha.txt', 'fixtures/cli/corpus/delta.csv.gz', 'fixtures/cli/corpus/nested/beta.html', 'fixtures/cli/corpus/nested/gamma.jsonl.gz'];
    const sizes = files.map((f) => statSync(f).size);
    expect(await inputSize(['fixtures/cli/page.html', 'fixtures/cli/corpus'])).toBe(sizes.reduce((a, b) => a + b, 0));
  });

  it('counts a missing file as 0 bytes, and is unknown (null) with standard input', async () => {
    expect(await inputSize(['fixtures/cli/page.html', 'fixtures/cli/no-such.txt'])).toBe(statSync('fixtures/cli/page.html').size);
    expect(await inputSize(['fixtures/cli/page.html', '-'])).toBeNull();
  });
});
