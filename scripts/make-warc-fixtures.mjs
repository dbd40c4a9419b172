#!/usr/bin/env node
// Writes the small WARC files under fixtures/warc/ that test/cli/warc.test.ts reads: one WARC
// record of each kind the reader must handle, written with warcio's own serializer (fixed dates
// and record ids, pako's gzip, so the bytes are the same on every run), plus copies cut short
// or broken on purpose. The pages are made up for the tests (see fixtures/warc/README.md).
//
//   node scripts/make-warc-fixtures.mjs     (then review with git diff)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { WARCRecord, WARCSerializer } from 'warcio';

const OUT = fileURLToPath(new URL('../fixtures/warc/', import.meta.url));
mkdirSync(OUT, { recursive: true });
const DATE = '2024-03-10T12:00:00Z';
let serial = 0;
/** A fixed record id per record, in order. */
const nextId = () => `<urn:uuid:00000000-0000-4000-8000-${String(++serial).padStart(12, '0')}>`;

/** An article page: a headline and a paragraph, in `charset` (declared in a <meta> when `meta`). */
function page(title, prose, { charset = 'utf-8', meta = false, extra = '' } = {}) {
  const head = meta ? `<meta charset="${charset}">` : '';
  const html = `<!doctype html><html><head>${head}<title>${title}</title></head><body><article><h1>${title}</h1>${extra}<p>${prose}</p></article></body></html>`;
  return iconv.encode(html, charset);
}

/** Splits bytes into HTTP/1.1 chunks of `size` bytes (Transfer-Encoding: chunked). */
function chunked(bytes, size) {
  const parts = [];
  for (let i = 0; i < bytes.length; i += size) {
    const chunk = bytes.subarray(i, i + size);
    parts.push(Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from('0\r\n\r\n'));
  return Buffer.concat(parts);
}

function record(opts, body = null) {
  const warcHeaders = { 'WARC-Record-ID': nextId(), ...(opts.warcHeaders ?? {}) };
  return WARCRecord.create({ date: DATE, warcVersion: 'WARC/1.1', keepHeadersCase: true, ...opts, warcHeaders }, body === null ? undefined : [body]);
}

/** A response record written by hand, byte for byte: WARC headers, the block, two CRLFs. */
function dnsRecord(url, block) {
  const head = [`WARC/1.1`, `WARC-Record-ID: ${nextId()}`, `WARC-Target-URI: ${url}`, `WARC-Date: ${DATE}`, 'WARC-Type: response', 'Content-Type: text/dns', `Content-Length: ${block.length}`];
  return { raw: Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`), block, Buffer.from('\r\n\r\n')]) };
}

function response(url, httpHeaders, body, statusline = 'HTTP/1.1 200 OK', warcHeaders = {}) {
  return record({ url, type: 'response', statusline, httpHeaders, warcHeaders }, body);
}

const cyrillic = page('Мост открыли после ремонта', 'Движение по мосту возобновилось в понедельник утром, сообщили в мэрии города.', { charset: 'windows-1251' });
const japanese = page('東京で新しい橋が開通', '新しい橋は月曜日の朝に開通し、多くの市民が渡り初めに参加した。', { charset: 'shift_jis', meta: true });
const relative = page('Harbour ferry returns after storm repairs', 'The harbour ferry carried its first passengers again on Friday after three weeks of repairs.', {
  extra: '<p class="date">2 days ago</p>',
});
const zipped = page('Council approves the new cycle lanes', 'The city council approved twelve kilometres of new cycle lanes in a late vote on Thursday.');
const typeless = page('Library opens on Sundays from April', 'The central library will open on Sundays from April, the city said in a statement.');
const resource = page('Museum night draws record crowds', 'More than forty thousand visitors came to the museum night, a record for the event.');

const records = [
  record({ type: 'warcinfo', filename: 'edge-cases.warc' }, Buffer.from('software: news-scrape fixtures\r\nformat: WARC File Format 1.1\r\n')),
  record({ url: 'https://news.example.ru/most', type: 'request', statusline: 'GET /most HTTP/1.1', httpHeaders: { Host: 'news.example.ru' } }),
  response('https://news.example.ru/most', { 'Content-Type': 'text/html; charset=windows-1251', 'Content-Length': String(cyrillic.length) }, cyrillic),
  response('https://news.example.jp/hashi', { 'Content-Type': 'text/html', 'Content-Length': String(japanese.length) }, japanese),
  response('https://news.example.com/ferry', { 'Content-Type': 'text/html; charset=utf-8' }, relative),
  response('https://news.example.com/cycle-lanes', { 'Content-Type': 'text/html; charset=utf-8', 'Transfer-Encoding': 'chunked', 'Content-Encoding': 'gzip' }, chunked(gzipSync(zipped, { level: 9 }), 100)),
  response('https://news.example.com/old', { Location: 'https://news.example.com/new', 'Content-Length': '0' }, Buffer.alloc(0), 'HTTP/1.1 301 Moved Permanently'),
  response('https://news.example.com/gone', { 'Content-Type': 'text/html', 'Content-Length': '22' }, Buffer.from('<h1>Page not found</h1>'.slice(0, 22)), 'HTTP/1.1 404 Not Found'),
  response('https://news.example.com/photo.jpg', { 'Content-Type': 'image/jpeg', 'Content-Length': '4' }, Buffer.from([0xff, 0xd8, 0xff, 0xd9])),
  record({
    url: 'https://news.example.com/ferry',
    type: 'revisit',
    refersToUrl: 'https://news.example.com/ferry',
    refersToDate: DATE,
    httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' },
  }),
  record({ url: 'https://news.example.com/ferry', type: 'metadata', warcHeaders: { 'Content-Type': 'application/warc-fields' } }, Buffer.from('fetchTimeMs: 120\r\n')),
  response('https://news.example.com/library', { 'Content-Length': String(typeless.length) }, typeless),
  response('https://news.example.com/broken-gzip', { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }, Buffer.from('this is not gzip data at all')),
  record({ url: 'https://news.example.com/museum', type: 'resource', warcHeaders: { 'Content-Type': 'text/html; charset=utf-8' } }, resource),
  // Heritrix writes DNS lookups as response records that hold no HTTP message (and no blank line);
  // warcio's writer would put an HTTP status line in, so this one is written by hand.
  dnsRecord('dns:news.example.com', Buffer.from('20240310120000\nnews.example.com.\t300\tIN\tA\t192.0.2.7\n')),
  record({ url: 'https://news.example.com/tram', type: 'resource', warcHeaders: { 'Content-Type': 'text/html' } }, page('Tram line extended to the airport', 'The new tram extension to the airport opened to passengers on Saturday morning.')),
];

const plain = [];
const gzipped = [];
for (const r of records) {
  plain.push(r.raw ?? (await WARCSerializer.serialize(r, { gzip: false })));
}
// Serializing reads a record's body, so the gzip form is made from the plain bytes, one member per record.
for (const bytes of plain) gzipped.push(gzipSync(bytes));
const whole = Buffer.concat(plain);
const wholeGz = Buffer.concat(gzipped);
writeFileSync(join(OUT, 'edge-cases.warc'), whole);
writeFileSync(join(OUT, 'edge-cases.warc.gz'), wholeGz);

// Cut inside the last record (the tram page), plain and gzipped.
writeFileSync(join(OUT, 'truncated.warc'), whole.subarray(0, whole.length - 120));
writeFileSync(join(OUT, 'truncated.warc.gz'), wholeGz.subarray(0, wholeGz.length - 60));

// Three records, then a block that is not a WARC record, then a good one that cannot be framed.
const broken = Buffer.concat([plain[0], plain[2], plain[4], Buffer.from('GARBAGE LINE\r\nnot: a warc header\r\n\r\n'), plain[13]]);
writeFileSync(join(OUT, 'broken.warc'), broken);
// One page each for the docs' warning examples: a page the crawler cut short, and a chunked
// payload that breaks off.
const shortStory = page('Storm closes the coast road', 'The coast road was closed on Tuesday after the storm washed part of it away.');
const cut = response('https://news.example.com/coast-road', { 'Content-Type': 'text/html; charset=utf-8' }, shortStory, 'HTTP/1.1 200 OK', { 'WARC-Truncated': 'length' });
writeFileSync(join(OUT, 'cut-short.warc'), await WARCSerializer.serialize(cut, { gzip: false }));
const brokenChunks = Buffer.concat([Buffer.from('40\r\n'), shortStory.subarray(0, 64), Buffer.from('\r\nff\r\n'), shortStory.subarray(64, 120)]);
const badChunks = response('https://news.example.com/coast-road', { 'Content-Type': 'text/html; charset=utf-8', 'Transfer-Encoding': 'chunked' }, brokenChunks);
writeFileSync(join(OUT, 'bad-chunks.warc'), await WARCSerializer.serialize(badChunks, { gzip: false }));
console.log(`wrote ${records.length} records to ${OUT}edge-cases.warc(.gz), truncated.warc(.gz), broken.warc; cut-short.warc, bad-chunks.warc`);
