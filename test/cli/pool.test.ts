import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { maxJobs, parseCommandLine } from '../../src/cli/args.js';
import type { InputRecord } from '../../src/cli/records.js';
import { DEFAULT_POOL_THRESHOLD, Parsers, workerHeapMb, type Batch } from '../../src/cli/run.js';
import { render } from '../../src/cli/writers.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WORKER = pathToFileURL(join(ROOT, 'dist', 'cli.js')).href;

const record = (i: number): InputRecord => ({ ok: true, id: `r-${i}`, url: null, source: `x.csv:${i + 1}`, text: 'Army Retakes Hill\n\nThe army took the hill on Thursday, local sources said.', format: null, key: null, invalidUtf8: false });
const batch = (from: number): Batch => ({ records: Array.from({ length: 64 }, (_, i) => record(from + i)), full: true });

describe('--jobs is capped', () => {
  it('accepts up to 4 threads per core, and beyond that is a usage error that names the maximum', () => {
    expect(maxJobs(2)).toBe(8);
    expect(parseCommandLine(['parse', 'a.csv', '--jobs', '8'], [], 2)).toMatchObject({ jobs: 8 });
    expect(() => parseCommandLine(['parse', 'a.csv', '--jobs', '9'], [], 2)).toThrow('--jobs 9 is more than the maximum of 8 (4 per core, 2 cores)');
    expect(() => parseCommandLine(['parse', 'a.csv', '--jobs', '512'], [], 2)).toThrow(/maximum of 8/);
    expect(parseCommandLine(['parse', 'a.csv', '--jobs', '64'], [], 16)).toMatchObject({ jobs: 64 });
    expect(() => parseCommandLine(['parse', 'a.csv', '--jobs', '5'], [], 1)).toThrow('--jobs 5 is more than the maximum of 4 (4 per core, 1 core)');
  });

  it('starts no more worker threads than there are batches, whatever --jobs says', async () => {
    const parsers = new Parsers(16, WORKER, { command: { zone: null, profile: null }, learned: null, render: { format: 'jsonl', fields: ['id'], color: false } });
    try {
      const out = await Promise.all([parsers.parse(batch(0)), parsers.parse(batch(64))]);
      expect(out.flat().map((r) => JSON.parse(r.text) as unknown)).toEqual(Array.from({ length: 128 }, (_, i) => ({ id: `r-${i}` })));
      expect(parsers.threads).toBeGreaterThanOrEqual(1);
      expect(parsers.threads).toBeLessThanOrEqual(2);
    } finally {
      await parsers.close();
    }
  }, 30_000);

  it('without --jobs, parses on this thread until the input is big enough, then starts the pool', async () => {
    const setup = { command: { zone: null, profile: null }, learned: null, render: { format: 'jsonl', fields: ['id'], color: false } } as const;
    const parsers = new Parsers(2, WORKER, setup, render, undefined, { records: 128, chars: Number.POSITIVE_INFINITY });
    try {
      await parsers.parse(batch(0));
      expect(parsers.threads).toBe(0); // 64 records: below the threshold
      await parsers.parse(batch(64));
      expect(parsers.threads).toBeGreaterThanOrEqual(1); // 128 records: the pool starts
    } finally {
      await parsers.close();
    }
    const small = new Parsers(2, WORKER, setup, render, undefined, DEFAULT_POOL_THRESHOLD);
    await small.parse(batch(0));
    expect(small.threads).toBe(0);
    await small.close();
  }, 30_000);
});

describe('workerHeapMb: the heap limit of each worker', () => {
  const MB = 2 ** 20;
  it.each([
    ['the default --max-record-bytes (64M) on a large machine', 64 * MB, 4096 * MB, 1024],
    ['a small --max-record-bytes still gets 1 GB', 1 * MB, 4096 * MB, 1024],
    ['--max-record-bytes 256M: 16 bytes of heap per byte of record', 256 * MB, 8192 * MB, 4096],
    ['never more than the process was given (--max-old-space-size=200)', 64 * MB, 248 * MB, 248],
    ['never less than 64 MB', 64 * MB, 10 * MB, 64],
  ])('%s', (_what, maxRecordBytes, processLimit, want) => {
    expect(workerHeapMb(maxRecordBytes, processLimit)).toBe(want);
  });
});
