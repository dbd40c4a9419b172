#!/usr/bin/env node
// Runs parseArticle over a set of HTML pages and scores the result against the set's gold.
//
//   npm run eval:html -- --corpus PAGES.jsonl[.gz] [--gold GOLD.jsonl] [--out PRED.jsonl]
//                        [--per-page] [--json] [--own-scorer]
//
// PAGES: one {id, url, html} per line, as ../shared/html/<set>/pages.jsonl.gz. GOLD defaults to
// gold.jsonl beside PAGES. Each page is parsed in this process (format html, with its url) and
// toJSON(article) is written as one line of PRED (a temporary file unless --out). Scoring uses
// ../shared/eval/html-score.mjs beside the project when it exists, else (or with --own-scorer)
// scripts/html-score.mjs, which gives the same numbers. Its table is printed as it comes,
// after one line with the parse speed (one pass, time inside parseArticle only). With --json
// the scorer's JSON object is printed with a "parse" field added.
// Exit status: the scorer's; 2 on bad usage or an unreadable corpus.
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { closeSync, createReadStream, createWriteStream, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import { parseArticle, toJSON } from '../dist/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHARED_SCORER = join(ROOT, '..', 'shared', 'eval', 'html-score.mjs');
const OWN_SCORER = join(ROOT, 'scripts', 'html-score.mjs');
const USAGE = 'usage: npm run eval:html -- --corpus PAGES.jsonl[.gz] [--gold GOLD.jsonl] [--out PRED.jsonl] [--per-page] [--json] [--own-scorer]';

function fail(message, code = 2) {
  console.error(message);
  process.exit(code);
}

function readArgs(argv) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        corpus: { type: 'string' },
        gold: { type: 'string' },
        out: { type: 'string' },
        'per-page': { type: 'boolean' },
        json: { type: 'boolean' },
        'own-scorer': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    fail(`${e.message}\n${USAGE}`);
  }
  if (values.help) fail(USAGE, 0);
  const opts = Object.fromEntries(Object.entries(values).map(([k, v]) => [`--${k}`, v]));
  if (!opts['--corpus']) fail(USAGE);
  opts['--gold'] ??= join(dirname(opts['--corpus']), 'gold.jsonl');
  for (const p of [opts['--corpus'], opts['--gold']]) if (!existsSync(p)) fail(`no such file: ${p}`);
  return opts;
}

/** The corpus lines, one at a time (gunzipped when the name ends in .gz). */
function corpusLines(path) {
  let input = createReadStream(path);
  if (path.endsWith('.gz')) input = input.pipe(createGunzip());
  return createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
}

/** Parses every page into `predPath`; the time spent in parseArticle alone, in ns. */
async function parsePages(corpusPath, predPath) {
  const out = createWriteStream(predPath);
  const write = async (line) => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  let pages = 0;
  let bytes = 0;
  let errors = 0;
  let ns = 0n;
  let lineNo = 0;
  for await (const line of corpusLines(corpusPath)) {
    lineNo++;
    if (line.trim() === '') continue;
    let page;
    try {
      page = JSON.parse(line);
    } catch (err) {
      fail(`${corpusPath}:${lineNo}: not JSON: ${err.message}`);
    }
    if (typeof page?.html !== 'string') fail(`${corpusPath}:${lineNo}: no "html" string; fields are ${Object.keys(page ?? {}).join(', ')}`);
    const id = page.id == null ? `${basename(corpusPath)}:${lineNo}` : String(page.id);
    const url = typeof page.url === 'string' && page.url !== '' ? page.url : null;
    pages++;
    bytes += Buffer.byteLength(page.html);
    let article;
    const t0 = process.hrtime.bigint();
    try {
      article = parseArticle(page.html, { id, url, format: 'html' });
    } catch (err) {
      // parseArticle should never throw on a string; a page that does scores as empty.
      errors++;
      article = null;
      await write(JSON.stringify({ id, url, error: String(err?.message ?? err) }));
    }
    ns += process.hrtime.bigint() - t0;
    if (article) await write(JSON.stringify(toJSON(article)));
  }
  out.end();
  await once(out, 'finish');
  return { pages, bytes, errors, seconds: Number(ns) / 1e9 };
}

const opts = readArgs(process.argv.slice(2));
const work = mkdtempSync(join(tmpdir(), 'news-scrape-eval-html-'));
const predPath = opts['--out'] ?? join(work, 'pred.jsonl');
const run = await parsePages(opts['--corpus'], predPath);
const speed = {
  pages: run.pages,
  errors: run.errors,
  seconds: run.seconds,
  pagesPerSec: run.seconds > 0 ? run.pages / run.seconds : null,
  mbPerSec: run.seconds > 0 ? run.bytes / 1e6 / run.seconds : null,
};

const scorer = existsSync(SHARED_SCORER) && !opts['--own-scorer'] ? SHARED_SCORER : OWN_SCORER;
const args = [scorer, '--gold', opts['--gold'], '--pred', predPath];
if (opts['--per-page']) args.push('--per-page');
if (opts['--json']) args.push('--json');
// The scorer writes to a file, not a pipe: a script that calls process.exit() right after a
// long console.log loses the tail of what it wrote to a pipe, never of what it wrote to a file.
const outPath = join(work, 'score.out');
const outFd = openSync(outPath, 'w');
const scored = spawnSync(process.execPath, args, { stdio: ['ignore', outFd, 'pipe'], encoding: 'utf8' });
closeSync(outFd);
const scoredText = readFileSync(outPath, 'utf8');
rmSync(work, { recursive: true, force: true });
if (scored.status !== 0) fail(`${relative(ROOT, scorer)} failed (status ${scored.status}): ${scored.stderr}`, scored.status || 2);

if (opts['--json']) {
  const result = JSON.parse(scoredText);
  result.parse = { ...speed, scorer: relative(ROOT, scorer), pred: opts['--out'] ?? null };
  console.log(JSON.stringify(result, null, 1));
} else {
  const rate = speed.pagesPerSec === null ? 'n/a' : `${speed.pagesPerSec.toFixed(1)} pages/s, ${speed.mbPerSec.toFixed(2)} MB/s`;
  console.log(
    `parsed ${speed.pages} pages in ${speed.seconds.toFixed(2)} s (one pass, parseArticle only): ${rate}` +
      `${speed.errors ? `; ${speed.errors} threw` : ''}; scored by ${relative(ROOT, scorer)}` +
      `${opts['--out'] ? `; predictions in ${opts['--out']}` : ''}`,
  );
  process.stdout.write(scoredText);
}
