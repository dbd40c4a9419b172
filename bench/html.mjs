#!/usr/bin/env node
// Throughput of parseArticle on whole HTML pages beside @mozilla/readability on linkedom, in one
// run: a warm-up pass of each, then three rounds that alternate the two; the best pass of each
// counts. Run with `npm run bench:html [-- --corpus PAGES.jsonl[.gz]]` (it builds first).
//
// PAGES: one {id, url, html} per line. Default: ../shared/html/aeb/pages.jsonl.gz beside the
// project, else the pages under fixtures/html/ (*.jsonl[.gz] files, else *.html files).
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { glob } from 'tinyglobby';
import { parseArticle } from '../dist/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHARED_PAGES = join(ROOT, '..', 'shared', 'html', 'aeb', 'pages.jsonl.gz');
const BUNDLED = join(ROOT, 'fixtures', 'html');
const ROUNDS = 3;
const USAGE = 'usage: npm run bench:html [-- --corpus PAGES.jsonl[.gz]]';

/** The {url, html} pages of a JSON Lines file (gunzipped when the name ends in .gz). */
function readPages(path) {
  const raw = readFileSync(path);
  const text = (path.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line))
    .filter((page) => typeof page.html === 'string')
    .map((page) => ({ url: typeof page.url === 'string' && page.url !== '' ? page.url : null, html: page.html }));
}

/** The bundled pages: every JSON Lines file under fixtures/html/, else every .html file there. */
async function readBundled() {
  if (!existsSync(BUNDLED)) return [];
  const lists = await glob(['**/*.jsonl', '**/*.jsonl.gz'], { cwd: BUNDLED, absolute: true });
  if (lists.length > 0) return lists.sort().flatMap(readPages);
  const files = await glob(['**/*.html', '**/*.htm'], { cwd: BUNDLED, absolute: true });
  return files.sort().map((file) => ({ url: null, html: readFileSync(file, 'utf8') }));
}

async function choosePages(argv) {
  const at = argv.indexOf('--corpus');
  if (at >= 0) {
    const path = argv[at + 1];
    if (!path || !existsSync(path)) {
      console.error(path ? `no such file: ${path}\n${USAGE}` : USAGE);
      process.exit(2);
    }
    return { name: path, pages: readPages(path) };
  }
  if (existsSync(SHARED_PAGES)) return { name: relative(ROOT, SHARED_PAGES), pages: readPages(SHARED_PAGES) };
  return { name: `${relative(ROOT, BUNDLED)}/`, pages: await readBundled() };
}

const versionOf = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
const version = (pkg) => versionOf(join(ROOT, 'node_modules', pkg));

// Each returns a number that depends on the result, so no work can be skipped.
const ours = (page) => parseArticle(page.html, { url: page.url, format: 'html' }).body.length;
function readability(page) {
  try {
    const { document } = parseHTML(page.html);
    return new Readability(document).parse()?.textContent.length ?? 0;
  } catch {
    return -1; // counted as a failure; the time still counts
  }
}

/** One pass over every page: seconds, and the pages whose result was a failure (-1). */
function pass(pages, fn) {
  let failed = 0;
  const t0 = process.hrtime.bigint();
  for (const page of pages) if (fn(page) < 0) failed++;
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, failed };
}

const { name, pages } = await choosePages(process.argv.slice(2));
if (pages.length === 0) {
  console.log(
    `bench:html: no pages to time (no ${relative(ROOT, SHARED_PAGES)} and no pages under ${relative(ROOT, BUNDLED)}/); ` +
      'pass a page set with --corpus PAGES.jsonl[.gz].',
  );
  process.exit(0);
}
const mb = pages.reduce((n, p) => n + Buffer.byteLength(p.html), 0) / 1e6;
const libraries = [
  { label: `news-scrape ${versionOf(ROOT)} \`parseArticle\` (format html)`, fn: ours, times: [], failed: 0 },
  { label: `@mozilla/readability ${version('@mozilla/readability')} on linkedom ${version('linkedom')}`, fn: readability, times: [], failed: 0 },
];

console.log(`HTML pages: ${pages.length} pages, ${mb.toFixed(1)} MB (${name})`);
console.log(`Node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} (${cpus().length} cores), one thread`);
console.log(`one warm-up pass of each, then ${ROUNDS} rounds alternating the two; best pass of each\n`);
for (const lib of libraries) lib.failed = pass(pages, lib.fn).failed;
for (let round = 0; round < ROUNDS; round++) for (const lib of libraries) lib.times.push(pass(pages, lib.fn).seconds);

console.log('| library | pages/s | MB/s | best pass (s) | all passes (s) |');
console.log('| --- | ---: | ---: | ---: | --- |');
for (const lib of libraries) {
  lib.best = Math.min(...lib.times);
  console.log(
    `| ${lib.label} | ${(pages.length / lib.best).toFixed(1)} | ${(mb / lib.best).toFixed(2)} | ${lib.best.toFixed(2)} | ${lib.times.map((t) => t.toFixed(2)).join(', ')} |`,
  );
}
const [news, other] = libraries;
if (other.failed > 0) console.log(`\nReadability threw on ${other.failed} of ${pages.length} pages (their time still counts).`);
const ratio = other.best / news.best;
console.log(
  ratio >= 1
    ? `\nnews-scrape is ${ratio.toFixed(1)}× faster than Readability (Readability's best pass / news-scrape's best pass).`
    : `\nnews-scrape is ${(1 / ratio).toFixed(1)}× slower than Readability (news-scrape's best pass / Readability's best pass).`,
);
