import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FieldOptions } from '../../src/cli/args.js';
import { kindOf, readInput } from '../../src/cli/readers.js';
import type { ReadResult } from '../../src/cli/records.js';
import { parseRecord } from '../../src/cli/run.js';
import { readWarcRecords } from '../../src/cli/warc.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const FIXTURES = join(ROOT, 'fixtures', 'warc');
const FIELDS: FieldOptions = { textField: 'content', htmlField: null, idField: 'id', urlField: 'url', keyField: null, titleField: null };
const dir = mkdtempSync(join(tmpdir(), 'news-scrape-warc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const id = (n: number): string => `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

async function read(path: string): Promise<{ records: ReadResult[]; skipped: Record<string, number> }> {
  const skipped: Record<string, number> = {};
  const records: ReadResult[] = [];
  const meter = { bytes: 0, skip: (kind: string) => void (skipped[kind] = (skipped[kind] ?? 0) + 1) };
  for await (const r of readInput(path, FIELDS, undefined, meter)) records.push(r);
  return { records, skipped };
}

/** The pages the edge-case file holds, in order: record number, id, url, title. */
const PAGES = [
  [3, 'https://news.example.ru/most', 'Мост открыли после ремонта'],
  [4, 'https://news.example.jp/hashi', '東京で新しい橋が開通'],
  [5, 'https://news.example.com/ferry', 'Harbour ferry returns after storm repairs'],
  [6, 'https://news.example.com/cycle-lanes', 'Council approves the new cycle lanes'],
  [12, 'https://news.example.com/library', 'Library opens on Sundays from April'],
] as const;
const SKIPPED = { warcinfo: 1, request: 1, redirect: 1, 'non-200': 1, 'non-html': 1, revisit: 1, metadata: 1, 'non-http': 1 };

describe('WARC input: which records become articles', () => {
  it.each([['edge-cases.warc'], ['edge-cases.warc.gz']])('%s: HTML pages of 200 responses and resources are records, every other record is counted by kind', async (name) => {
    const path = join(FIXTURES, name);
    const { records, skipped } = await read(path);
    expect(records.map((r) => (r.ok ? r.id : r.error.code))).toEqual([...PAGES.map(([n]) => id(n)), 'bad-content-encoding', id(14), id(16)]);
    expect(records.map((r) => r.source)).toEqual([3, 4, 5, 6, 12, 13, 14, 16].map((n) => `${path}:${n}`));
    expect(skipped).toEqual(SKIPPED);
    // Every WARC record is accounted for: 16 = 8 read + 8 counted.
    expect(records.length + Object.values(skipped).reduce((a, b) => a + b, 0)).toBe(16);
  });

  it('gives each page its WARC-Target-URI, the WARC-Date as reference date and format html', async () => {
    const { records } = await read(join(FIXTURES, 'edge-cases.warc'));
    const pages = records.filter((r) => r.ok);
    expect(pages.map((r) => r.url)).toEqual([...PAGES.map(([, url]) => url), 'https://news.example.com/museum', 'https://news.example.com/tram']);
    for (const page of pages) expect(page).toMatchObject({ format: 'html', referenceDate: '2024-03-10T12:00:00Z', key: null });
  });

  it('decodes each page by the HTTP charset, else its <meta>, and undoes chunked transfer and gzip content codings', async () => {
    const { records } = await read(join(FIXTURES, 'edge-cases.warc.gz'));
    const titles = records.map((r) => (r.ok ? parseRecord(r, { zone: null, profile: null }) : r)).map((o) => (o.ok ? o.article.title : null));
    expect(titles).toEqual([...PAGES.map(([, , title]) => title), null, 'Museum night draws record crowds', 'Tram line extended to the airport']);
    for (const r of records) if (r.ok) expect(r.warnings).toEqual([]);
  });

  it('anchors "2 days ago" to the record\'s WARC-Date', async () => {
    const { records } = await read(join(FIXTURES, 'edge-cases.warc'));
    const ferry = records.find((r) => r.ok && r.url === 'https://news.example.com/ferry');
    const outcome = ferry?.ok ? parseRecord(ferry, { zone: null, profile: null, referenceDate: '2000-01-01' }) : null;
    expect(outcome?.ok && outcome.article.published).toMatchObject({ raw: '2 days ago', local: '2024-03-08T00:00:00', implied: { reference: '2024-03-10T12:00:00Z' } });
  });

  it('a payload whose gzip is broken is one error record, and the records after it are read', async () => {
    const { records } = await read(join(FIXTURES, 'edge-cases.warc'));
    expect(records.at(-3)).toMatchObject({ ok: false, id: id(13), error: { code: 'bad-content-encoding', message: expect.stringContaining('gzip') } });
    expect(records.at(-2)).toMatchObject({ ok: true, url: 'https://news.example.com/museum' });
  });

  it('a response that holds no HTTP message (a dns: record) is counted as non-http, and the page after it is read whole', async () => {
    const { records, skipped } = await read(join(FIXTURES, 'edge-cases.warc'));
    expect(skipped['non-http']).toBe(1);
    expect(records.at(-1)).toMatchObject({ ok: true, id: id(16), text: expect.stringMatching(/^<!doctype html>.*<\/html>$/) });
  });
});

describe('WARC input: damaged files', () => {
  it('a plain file cut inside its last record: the records before it, then truncated-record', async () => {
    const path = join(FIXTURES, 'truncated.warc');
    const { records, skipped } = await read(path);
    expect(records.slice(0, 5).map((r) => r.ok && r.id)).toEqual(PAGES.map(([n]) => id(n)));
    expect(records.at(-1)).toEqual({ ok: false, id: id(16), source: `${path}:16`, error: { code: 'truncated-record', message: `${path} ends inside WARC record 16 (resource): it is cut off` } });
    expect(skipped).toEqual(SKIPPED);
  });

  it('a gzipped file cut inside its last member: the records before it, then gzip-error', async () => {
    const { records } = await read(join(FIXTURES, 'truncated.warc.gz'));
    expect(records.slice(0, 5).map((r) => r.ok && r.id)).toEqual(PAGES.map(([n]) => id(n)));
    expect(records.at(-1)).toMatchObject({ ok: false, error: { code: 'gzip-error', message: expect.stringContaining('unexpected end of file') } });
  });

  it('a block that is not a WARC record ends the file with bad-warc-record (its framing is lost)', async () => {
    const path = join(FIXTURES, 'broken.warc');
    const { records } = await read(path);
    expect(records.map((r) => (r.ok ? r.id : r.error.code))).toEqual([id(3), id(5), 'bad-warc-record']);
    expect(records.at(-1)).toMatchObject({ source: `${path}:4`, error: { message: expect.stringContaining('"GARBAGE LINE"') } });
  });

  it.each([
    ['an empty file', Buffer.alloc(0), []],
    ['a text file named .warc', Buffer.from('hello\nworld\n'), ['bad-warc-record']],
    ['a WARC header that ends the file', Buffer.from('WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 500\r\n\r\nHTTP/1.1 200 OK\r\n'), ['truncated-record']],
    ['random bytes', Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)), ['bad-warc-record']],
  ])('%s never throws', async (_what, bytes, codes) => {
    const out: ReadResult[] = [];
    for await (const r of readWarcRecords(Readable.from([bytes]), 'x.warc', () => undefined)) out.push(r);
    expect(out.map((r) => (r.ok ? r.id : r.error.code))).toEqual(codes);
  });
});

const STORY = '<html><body><article><h1>Bridge reopens after repairs</h1><p>The bridge reopened to traffic on Monday morning after six weeks of repairs, the city said.</p></article></body></html>';

/** One response record of `body` with these HTTP headers, serialized (plain). */
async function responseRecord(n: number, httpHeaders: Record<string, string>, body: Uint8Array, warcHeaders: Record<string, string> = {}): Promise<Uint8Array> {
  const record = WARCRecord.create(
    { url: `https://news.example.com/${n}`, date: '2024-03-10T12:00:00Z', type: 'response', warcVersion: 'WARC/1.1', warcHeaders: { 'WARC-Record-ID': `<${id(n)}>`, ...warcHeaders }, httpHeaders },
    [body],
  );
  return WARCSerializer.serialize(record);
}

async function readBytes(bytes: Uint8Array): Promise<{ records: ReadResult[]; skipped: string[] }> {
  const records: ReadResult[] = [];
  const skipped: string[] = [];
  for await (const r of readWarcRecords(Readable.from([Buffer.from(bytes)]), 'x.warc', (kind) => skipped.push(kind))) records.push(r);
  return { records, skipped };
}

describe('WARC input: HTTP payload codings', () => {
  it.each([
    ['br', brotliCompressSync(Buffer.from(STORY))],
    ['deflate', deflateSync(Buffer.from(STORY))],
    ['deflate', deflateRawSync(Buffer.from(STORY))],
    ['x-gzip', gzipSync(Buffer.from(STORY))],
    ['identity', Buffer.from(STORY)],
  ])('Content-Encoding: %s is undone', async (coding, body) => {
    const { records } = await readBytes(await responseRecord(1, { 'Content-Type': 'text/html', 'Content-Encoding': coding }, body));
    expect(records).toMatchObject([{ ok: true, text: STORY, warnings: [] }]);
  });

  it('a coding news-scrape cannot undo is an error record naming it', async () => {
    const { records } = await readBytes(await responseRecord(1, { 'Content-Type': 'text/html', 'Content-Encoding': 'zstd' }, Buffer.from(STORY)));
    expect(records).toMatchObject([{ ok: false, id: id(1), error: { code: 'bad-content-encoding', message: expect.stringContaining('"zstd"') } }]);
  });

  it('a chunked payload that breaks off is parsed as far as it goes, with bad-chunked-encoding', async () => {
    const bytes = Buffer.from(STORY);
    const body = Buffer.concat([Buffer.from('40\r\n'), bytes.subarray(0, 64), Buffer.from('\r\nff\r\n'), bytes.subarray(64, 100)]);
    const { records } = await readBytes(await responseRecord(1, { 'Content-Type': 'text/html', 'Transfer-Encoding': 'chunked' }, body));
    expect(records[0]).toMatchObject({ ok: true, text: expect.stringContaining(STORY.slice(0, 64)) });
    expect(records[0]?.ok && records[0].warnings?.map((w) => w.code)).toEqual(['bad-chunked-encoding']);
  });

  it('a record the crawler cut short (WARC-Truncated) is parsed with warc-truncated', async () => {
    const { records } = await readBytes(await responseRecord(1, { 'Content-Type': 'text/html' }, Buffer.from(STORY.slice(0, 120)), { 'WARC-Truncated': 'length' }));
    expect(records[0]?.ok && records[0].warnings?.map((w) => w.code)).toEqual(['warc-truncated']);
  });

  it('application/xhtml+xml is HTML; a 200 with no Content-Type is read only when it looks like HTML', async () => {
    const bytes = Buffer.concat([
      await responseRecord(1, { 'Content-Type': 'application/xhtml+xml; charset=utf-8' }, Buffer.from(STORY)),
      await responseRecord(2, { Server: 'test' }, Buffer.from('{"not":"html"}')),
      await responseRecord(3, { Server: 'test' }, Buffer.from(STORY)),
    ]);
    const { records, skipped } = await readBytes(bytes);
    expect(records.map((r) => r.ok && r.id)).toEqual([id(1), id(3)]);
    expect(skipped).toEqual(['non-html']);
  });
});

describe('WARC input: damaged bytes never throw or hang', () => {
  const plain = readFileSync(join(FIXTURES, 'edge-cases.warc'));
  const gz = readFileSync(join(FIXTURES, 'edge-cases.warc.gz'));

  /** Reads `bytes` as `name`; every record it yields is a page or an error record, and at most one error ends the file. */
  async function readAll(bytes: Uint8Array, name: string): Promise<ReadResult[]> {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    const out: ReadResult[] = [];
    for await (const r of readInput(path, FIELDS, undefined, { bytes: 0, skip: () => undefined })) out.push(r);
    return out;
  }

  it('a .warc with bytes overwritten or cut anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(plain.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        fc.nat(plain.length),
        async (edits, cut) => {
          const bytes = Buffer.from(plain.subarray(0, Math.max(cut, 1)));
          for (const [at, value] of edits) if (at < bytes.length) bytes[at] = value;
          const out = await readAll(bytes, 'mutated.warc');
          // 8 pages in the file: damage can only lose records to one error, never make up more.
          expect(out.length).toBeLessThanOrEqual(9);
          for (const r of out) expect(r.ok ? typeof r.text : r.error.code).toMatch(/^(string|gzip-error|truncated-record|bad-warc-record|warc-error|bad-content-encoding)$/);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a .warc.gz cut anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(gz.length), async (cut) => {
        const out = await readAll(gz.subarray(0, cut), 'cut.warc.gz');
        expect(out.filter((r) => !r.ok).length).toBeLessThanOrEqual(2);
      }),
      { numRuns: 100 },
    );
  });
});

describe('WARC input: paths', () => {
  it.each([
    ['crawl.warc', 'warc'],
    ['crawl.warc.gz', 'warc'],
    ['CRAWL.WARC.GZ', 'warc'],
  ])('%s is read as %s', (path, kind) => {
    expect(kindOf(path)).toBe(kind);
  });
});

/** A WARC of `n` small pages with distinct ids and hosts, one gzip member per record. */
async function manyPages(n: number): Promise<Buffer> {
  const members: Buffer[] = [];
  for (let i = 0; i < n; i++) {
    const html = `<html><body><article><h1>Story number ${i} about the harbour</h1><p>Paragraph of story ${i}: the harbour ferry sailed again this morning.</p><p>Read more on site ${i % 3}.</p></article></body></html>`;
    const record = WARCRecord.create(
      {
        url: `https://site${i % 3}.example.com/story-${i}`,
        date: '2024-03-10T12:00:00Z',
        type: 'response',
        warcVersion: 'WARC/1.1',
        warcHeaders: { 'WARC-Record-ID': `<${id(1000 + i)}>` },
        httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' },
      },
      [Buffer.from(html)],
    );
    members.push(gzipSync(await WARCSerializer.serialize(record)));
  }
  return Buffer.concat(members);
}

function cli(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 26 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const lines = (stdout: string): Record<string, unknown>[] => stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('news-scrape parse on WARC files', () => {
  let big = '';
  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first (npm test does it)`);
    big = join(dir, 'many.warc.gz');
    writeFileSync(big, await manyPages(150));
  });

  it('--jobs 2 gives byte for byte the output of --jobs 1; --unordered the same records; the shards split them', () => {
    const one = cli(['parse', big, '--jobs', '1', '--quiet']);
    expect(one.status).toBe(0);
    expect(lines(one.stdout).map((r) => r['id'])).toEqual(Array.from({ length: 150 }, (_, i) => id(1000 + i)));
    expect(cli(['parse', big, '--jobs', '2', '--quiet']).stdout).toBe(one.stdout);
    const unordered = cli(['parse', big, '--jobs', '2', '--unordered', '--quiet']).stdout.split('\n').filter((l) => l !== '');
    expect(unordered.sort()).toEqual(one.stdout.split('\n').filter((l) => l !== '').sort());
    const shards = [1, 2, 3].map((k) => lines(cli(['parse', big, '--shard', `${k}/3`, '--quiet']).stdout).map((r) => r['id'] as string));
    expect(shards[0]).toHaveLength(50);
    expect(shards.flat().sort()).toEqual(lines(one.stdout).map((r) => r['id'] as string).sort());
  });

  it('reads several WARC files and a folder of them, and counts the records that are not articles in the summary', () => {
    const folder = join(dir, 'crawl');
    mkdirSync(folder, { recursive: true });
    copyFileSync(join(FIXTURES, 'edge-cases.warc'), join(folder, 'a.warc'));
    copyFileSync(join(FIXTURES, 'edge-cases.warc.gz'), join(folder, 'b.warc.gz'));
    const run = cli(['parse', folder, join(FIXTURES, 'broken.warc')]);
    expect(run.status).toBe(1);
    const out = lines(run.stdout);
    expect(out).toHaveLength(8 + 8 + 3);
    expect(out.filter((r) => 'error' in r).map((r) => (r['error'] as { code: string }).code)).toEqual(['bad-content-encoding', 'bad-content-encoding', 'bad-warc-record']);
    expect(run.stderr).toContain('news-scrape: 19 records, 3 errors (bad-content-encoding 2, bad-warc-record 1), 0 warnings, 17 other WARC records (warcinfo 3, metadata 2, non-200 2, non-html 2, non-http 2, redirect 2, request 2, revisit 2)');
  });

  it('learn groups WARC pages by the host of their WARC-Target-URI', () => {
    const out = join(dir, 'profiles.json');
    const run = cli(['learn', big, '-o', out, '--quiet']);
    expect(run.status).toBe(0);
    const { profiles } = JSON.parse(readFileSync(out, 'utf8')) as { profiles: { hosts: string[] }[] };
    expect(profiles.map((p) => p.hosts).flat().sort()).toEqual(['site0.example.com', 'site1.example.com', 'site2.example.com']);
  });
});
