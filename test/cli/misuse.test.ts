/** Misuse and odd input on the command line: each fails at once with a clear message, or is read as data. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import type { FieldOptions } from '../../src/cli/args.js';
import { readInput } from '../../src/cli/readers.js';

const dir = mkdtempSync(join(tmpdir(), 'news-scrape-misuse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const FIELDS: FieldOptions = { textField: 'content', htmlField: null, idField: 'id', urlField: 'url', keyField: null, titleField: null };

/** Runs the command in this process; `stdin` defaults to an empty stream. */
const cli = (argv: string[], stdin?: Readable) => runCli(argv, stdin === undefined ? {} : { stdin });

/** Resolves to the promise's value, or rejects when it takes longer than `ms` (work started that should not have). */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`still running after ${ms} ms: the inputs were read first`)), ms).unref())]);
}

describe('-o is checked before any work', () => {
  const nowhere = join(dir, 'no-such-folder', 'out.json');

  it('learn with -o in a missing folder fails at once (exit 2), before reading standard input', async () => {
    const endless = new PassThrough(); // never ends: reading it first would hang
    const r = await within(cli(['learn', '-', '-o', nowhere], endless), 5_000);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`news-scrape: cannot write ${nowhere}: no such folder: ${join(dir, 'no-such-folder')}\n`);
  });

  it.skipIf(process.platform === 'win32')('parse --learn with -o a folder fails at once (exit 2), before learning from the inputs', async () => {
    const fifo = join(dir, 'never.txt');
    execFileSync('mkfifo', [fifo]); // nobody writes to it: reading it first would hang
    const r = await within(cli(['parse', fifo, '--learn', '-o', dir]), 5_000);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`news-scrape: cannot write ${dir}: it is a folder, not a file\n`);
    rmSync(fifo);
  });

  it('an existing file is not truncated by the check', async () => {
    const path = join(dir, 'kept.json');
    writeFileSync(path, 'old');
    const r = await cli(['learn', join(dir, 'missing.jsonl'), '-o', path, '-q']);
    expect(r.status).toBe(1); // the missing input
    expect(r.stderr).toBe('');
  });
});

describe('standard input', () => {
  it('holding NUL bytes is one binary-file error record, as for a file', async () => {
    const out: unknown[] = [];
    for await (const r of readInput('-', FIELDS, Readable.from([Buffer.from('Title\n\0\0\0 body')]))) out.push(r);
    expect(out).toEqual([
      { ok: false, id: 'stdin', source: '-', error: { code: 'binary-file', message: 'standard input holds NUL bytes: it is binary, not a text or HTML scrape' } },
    ]);
  });
});

describe('field names that objects inherit', () => {
  it.each([
    ['--text-field', 'toString'],
    ['--id-field', 'constructor'],
    ['--url-field', '__proto__'],
    ['--title-field', 'hasOwnProperty'],
  ])('%s %s reads no inherited property: one usage error naming the columns (exit 2)', async (flag, name) => {
    const path = join(dir, 'rows.jsonl');
    writeFileSync(path, '{"id":"a","content":"Title\\n\\nBody."}\n');
    const r = await cli(['parse', path, flag, name, '-q']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`news-scrape: ${flag} "${name}": ${path} has no such column; its columns are: id, content\nTry 'news-scrape parse --help' for usage.\n`);
  });

  it('a CSV column named __proto__ is a cell like any other', async () => {
    const path = join(dir, 'proto.csv');
    writeFileSync(path, 'id,__proto__\np-1,"Army Retakes Hill Near Airport\n\n18 January 2017 22:52\n\nThe army took the hill on Thursday, local sources said."\n');
    const r = await cli(['parse', path, '--text-field', '__proto__', '-q', '--fields', 'id,title']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ id: 'p-1', title: 'Army Retakes Hill Near Airport' });
  });

  it.each(['__proto__.x', 'site.constructor', 'prototype', 'site..name'])('--fields %s is a usage error (exit 2)', async (fields) => {
    const r = await cli(['parse', join(dir, 'rows.jsonl'), '--fields', fields]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`--fields "${fields}"`);
    expect(r.stdout).toBe('');
  });
});
