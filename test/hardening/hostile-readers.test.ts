/**
 * Hostile inputs to the command line's readers: each must be read in time linear in its size.
 * As in hostile-inputs.test.ts, linearity is a ratio, not a stopwatch: the input is read at
 * size n and 4n, and the time must grow by well under 10× (quadratic would be 16×).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FieldOptions } from '../../src/cli/args.js';
import { readInput } from '../../src/cli/readers.js';

const tmp = mkdtempSync(join(tmpdir(), 'news-scrape-hostile-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const FIELDS: FieldOptions = { textField: 'content', htmlField: null, idField: 'id', urlField: 'url', keyField: null, titleField: null };
const MB = 1024 * 1024;
/** Below this a timing is noise (GC, JIT warm-up), so it is floored before taking the ratio. */
const NOISE_MS = 10;
/** Linear growth gives ~4 for 4× the input; quadratic gives 16. */
const MAX_RATIO = 10;

/** Best of `runs` timings of reading every record of `path`, in ms; also checks what was read. */
async function timeRead(path: string, runs: number, check: (texts: number[]) => void): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const lengths: number[] = [];
    for await (const r of readInput(path, FIELDS)) lengths.push(r.ok ? r.text.length : -1);
    best = Math.min(best, performance.now() - t0);
    check(lengths);
  }
  return best;
}

interface Case {
  name: string;
  ext: string;
  /** The file's content at a scale, and the text length of its one record. */
  make: (scale: number) => { content: string; length: number };
}

const prose = (bytes: number): string => 'According to local reports the city was under siege since 2017. '.repeat(Math.round(bytes / 66));
const cases: Case[] = [
  {
    name: 'one JSON Lines record of 8 MB on one line',
    ext: 'jsonl',
    make: (k) => {
      const text = prose(k * 2 * MB);
      return { content: `${JSON.stringify({ id: 'big', content: text })}\n`, length: text.length };
    },
  },
  {
    name: 'one JSON Lines record of 8 MB, CRLF and no final line break',
    ext: 'jsonl',
    make: (k) => {
      const text = prose(k * 2 * MB);
      return { content: `\r\n${JSON.stringify({ id: 'big', content: text })}\r`, length: text.length };
    },
  },
  {
    name: 'one CSV row of 8 MB',
    ext: 'csv',
    make: (k) => {
      const text = prose(k * 2 * MB);
      return { content: `id,content\nbig,"${text}"\n`, length: text.length };
    },
  },
];

describe('hostile inputs are read in linear time', () => {
  it.each(cases)('$name', async ({ name, ext, make }) => {
    const write = (k: number): { path: string; length: number } => {
      const { content, length } = make(k);
      const path = join(tmp, `${name.replace(/\W+/g, '-')}-${k}.${ext}`);
      writeFileSync(path, content, 'latin1');
      return { path, length };
    };
    const small = write(1);
    const large = write(4);
    const one = (length: number) => (lengths: number[]) => expect(lengths).toEqual([length]);
    await timeRead(small.path, 1, one(small.length)); // warm up
    const t1 = Math.max(await timeRead(small.path, 2, one(small.length)), NOISE_MS);
    const t4 = await timeRead(large.path, 1, one(large.length));
    const ratio = t4 / t1;
    expect(ratio, `n: ${t1.toFixed(1)} ms, 4n: ${t4.toFixed(1)} ms`).toBeLessThan(MAX_RATIO);
  }, 60_000);
});
