// Benchmarks the command line on a generated CSV: MB/s, records/s and peak resident memory.
// BENCH_MB (default 50) sets the CSV's size; the figure uses BENCH_MB=200.
// Usage: npm run bench:cli   (or BENCH_MB=200 node bench/cli.mjs after npm run build)
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const CORPUS = process.env.BENCH_CORPUS ?? '/work/shared/corpus/fakenewscorpus-dev.csv';
const MB = Number(process.env.BENCH_MB ?? 50);
if (!existsSync(CLI)) throw new Error('run "npm run build" first');
if (!existsSync(CORPUS)) throw new Error(`no corpus at ${CORPUS}; set BENCH_CORPUS`);

const rows = parse(readFileSync(CORPUS), { columns: true, bom: true, relax_column_count: true });
const dir = mkdtempSync(join(tmpdir(), 'news-scrape-bench-'));
const csv = join(dir, 'bench.csv');

/** Writes rows of the corpus again and again (fresh ids) until the file reaches MB megabytes. */
async function generate() {
  const out = createWriteStream(csv);
  const write = (s) => (out.write(s) ? Promise.resolve() : new Promise((r) => out.once('drain', r)));
  await write(stringify([['id', 'url', 'content']]));
  let bytes = 0;
  let n = 0;
  while (bytes < MB * 1e6) {
    const row = rows[n % rows.length];
    const line = stringify([[`r${n}`, row.url ?? '', row.content ?? '']]);
    bytes += Buffer.byteLength(line);
    n++;
    await write(line);
  }
  await new Promise((r) => out.end(r));
  return n;
}

function run(args) {
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--import', join(ROOT, 'bench', 'cli-rss.mjs'), CLI, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const seconds = (performance.now() - started) / 1000;
  const rss = Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024;
  if (r.status !== 0) throw new Error(`news-scrape ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  return { seconds, rss };
}

const records = await generate();
const size = statSync(csv).size / 1e6;
const common = ['parse', csv, '--text-field', 'content', '--id-field', 'id', '--url-field', 'url', '-q', '-o', '/dev/null'];
const cases = [
  ['jsonl --jobs 1', [...common, '--jobs', '1']],
  ['jsonl --jobs 2', [...common, '--jobs', '2']],
  [`jsonl --jobs ${cpus().length} (default)`, common],
  ['csv --jobs 1', [...common, '--format', 'csv', '--jobs', '1']],
  ['--shard 1/2 --jobs 1', [...common, '--shard', '1/2', '--jobs', '1']],
];

console.log(`\nnews-scrape command line on a generated CSV: ${size.toFixed(1)} MB, ${records.toLocaleString('en-US')} records`);
console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, Node ${process.version}\n`);
console.log('| run | time (s) | MB/s | records/s | peak RSS (MB) |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [name, args] of cases) {
  const { seconds, rss } = run(args);
  console.log(`| ${name} | ${seconds.toFixed(2)} | ${(size / seconds).toFixed(2)} | ${Math.round(records / seconds).toLocaleString('en-US')} | ${rss.toFixed(0)} |`);
}
rmSync(dir, { recursive: true, force: true });
