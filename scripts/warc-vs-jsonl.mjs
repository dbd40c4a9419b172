#!/usr/bin/env node
// Checks that parsing an HTML set's WARC file gives the same articles as parsing its JSON Lines
// form (../shared/html/<set>/: pages.warc.gz holds each page's original bytes, pages.jsonl.gz
// the same pages already decoded to text), and that every page's bytes decode to exactly the
// JSON Lines text.
//
//   npm run build && node scripts/warc-vs-jsonl.mjs [SET_DIR...]   (default: ../shared/html/aeb ../shared/html/wcxb-dev)
//
// For each set it runs
//   news-scrape parse pages.warc.gz
//   news-scrape parse pages.jsonl.gz --html-field html --id-field id --url-field url --reference-date D
// where D is the sets' fixed WARC-Date (a WARC page's reference date is its WARC-Date; the JSON
// Lines has none, so the flag gives it the same anchor), pairs the outputs by page (a WARC
// record id is uuid5(uuid5(NAMESPACE_URL, "https://github.com/news-scrape/html-corpus"), page
// id), as ../shared/html/README.md says) and counts the pages whose title, body, published and
// updated times are equal, and those whose whole JSON is equal except `id` (and `url` for the
// page the WARC names by a urn: it has no url). It also decodes every WARC payload with
// decodeHtml and compares the text with the JSON Lines `html`. Every difference is listed.
// Exit status 1 when a page differs.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGunzip, gunzipSync } from 'node:zlib';
import { WARCParser } from 'warcio';
import { decodeHtml } from '../dist/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const SETS = process.argv.length > 2 ? process.argv.slice(2) : ['aeb', 'wcxb-dev'].map((s) => join(ROOT, '..', 'shared', 'html', s));
if (!existsSync(CLI)) throw new Error('run "npm run build" first');

/** uuid5 (RFC 4122, SHA-1) of `name` in `namespace`. */
function uuid5(namespace, name) {
  const ns = Buffer.from(namespace.replaceAll('-', ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name).digest().subarray(0, 16);
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const h = hash.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
const CORPUS_NS = uuid5('6ba7b811-9dad-11d1-80b4-00c04fd430c8', 'https://github.com/news-scrape/html-corpus');
const warcId = (pageId) => `urn:uuid:${uuid5(CORPUS_NS, pageId)}`;

function parse(args) {
  const run = spawnSync(process.execPath, [CLI, 'parse', ...args, '--format', 'jsonl', '--quiet'], { maxBuffer: 1 << 30, encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) throw new Error(`news-scrape ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return run.stdout.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const ARTICLE = ['title', 'body', 'published', 'updated'];

let failed = false;
for (const set of SETS) {
  const name = set.split('/').filter(Boolean).at(-1);
  const pages = gunzipSync(readFileSync(join(set, 'pages.jsonl.gz')))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));

  // The WARC-Date every record of the set carries, and every payload decoded as the command line decodes it.
  const decodedById = new Map();
  let warcDate = null;
  for await (const record of new WARCParser(createReadStream(join(set, 'pages.warc.gz')).pipe(createGunzip()))) {
    if (record.warcType !== 'response') continue;
    warcDate ??= record.warcDate;
    const bytes = await record.readFully(true);
    decodedById.set(record.warcHeader('WARC-Record-ID').slice(1, -1), decodeHtml(bytes, record.httpHeaders.headers.get('content-type') ?? undefined));
  }

  const fromWarc = new Map(parse([join(set, 'pages.warc.gz')]).map((a) => [a.id, a]));
  const fromJsonl = new Map(parse([join(set, 'pages.jsonl.gz'), '--html-field', 'html', '--id-field', 'id', '--url-field', 'url', '--reference-date', warcDate]).map((a) => [a.id, a]));

  let charsets = 0;
  let articles = 0;
  let whole = 0;
  const encodings = new Map();
  const differences = [];
  for (const page of pages) {
    const id = warcId(page.id);
    const decoded = decodedById.get(id);
    encodings.set(`${decoded?.encoding} (${decoded?.from})`, (encodings.get(`${decoded?.encoding} (${decoded?.from})`) ?? 0) + 1);
    if (decoded?.text === page.html) charsets++;
    else differences.push(`${page.id}: decoded text differs (${decoded ? `${decoded.encoding} from ${decoded.from}` : 'no WARC record'})`);
    const w = fromWarc.get(id);
    const j = fromJsonl.get(page.id);
    if (!w || !j || w.error || j.error) {
      differences.push(`${page.id}: ${!w ? 'no WARC article' : w.error ? `WARC error ${w.error.code}` : !j ? 'no JSONL article' : `JSONL error ${j.error.code}`}`);
      continue;
    }
    const fields = ARTICLE.filter((f) => !same(w[f], j[f]));
    if (fields.length === 0) articles++;
    else differences.push(`${page.id}: ${fields.join(', ')} differ`);
    const { id: _wi, url: wu, ...wRest } = w;
    const { id: _ji, url: ju, ...jRest } = j;
    const urlSame = wu === ju || (ju === null && wu.startsWith('urn:'));
    if (urlSame && same(wRest, jRest)) whole++;
    else if (fields.length === 0) differences.push(`${page.id}: title/body/dates equal; other fields differ: ${Object.keys(wRest).filter((k) => !same(wRest[k], jRest[k])).concat(urlSame ? [] : ['url']).join(', ')}`);
  }
  const n = pages.length;
  console.log(`${name}: ${n} pages (WARC-Date ${warcDate})`);
  console.log(`  charset: ${charsets}/${n} pages decode to exactly the JSON Lines text — ${[...encodings].map(([e, k]) => `${e} ${k}`).join(', ')}`);
  console.log(`  articles: ${articles}/${n} with the same title, body, published and updated`);
  console.log(`  whole JSON: ${whole}/${n} equal except id (and a urn for a page with no url)`);
  for (const d of differences) console.log(`  - ${d}`);
  if (charsets !== n || articles !== n) failed = true;
}
process.exit(failed ? 1 : 0);
