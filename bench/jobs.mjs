// Measures where worker threads start to pay: `news-scrape parse` on CSVs of growing size
// with `--jobs 1` (main thread) and `--jobs 2` (a piscina pool), median wall time of a few
// runs each. The smallest size where --jobs 2 wins is the break-even that sets the default
// `--jobs` threshold (see docs/command-line.md, "All cores").
//
//   npm run build && node bench/jobs.mjs
//
// BENCH_ROWS  row counts, comma-separated (default 64,128,256,512,1024,2048)
// BENCH_REPS  runs per size and job count (default 3)
// BENCH_CORPUS CSV whose rows are repeated (default ../shared/corpus/fakenewscorpus-dev.csv;
//              without it, the fixtures/seeds/*/input.txt scrapes)
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist', 'cli.js');
const CORPUS = process.env.BENCH_CORPUS ?? join(ROOT, '..', 'shared', 'corpus', 'fakenewscorpus-dev.csv');
const ROWS = (process.env.BENCH_ROWS ?? '64,128,256,512,1024,2048').split(',').map(Number).filter((n) => n > 0);
const REPS = Number(process.env.BENCH_REPS ?? 3);
if (!existsSync(DIST)) throw new Error('run "npm run build" first');

function seedRows() {
  if (existsSync(CORPUS)) {
    const rows = parse(readFileSync(CORPUS), { columns: true, bom: true, relax_column_count: true });
    return rows.map((r) => ({ url: r.url ?? '', content: r.content ?? '' }));
  }
  const seeds = join(ROOT, 'fixtures', 'seeds');
  return readdirSync(seeds)
    .sort()
    .filter((id) => existsSync(join(seeds, id, 'input.txt')))
    .map((id) => ({ url: '', content: readFileSync(join(seeds, id, 'input.txt'), 'utf8') }));
}

const rows = seedRows();
const dir = mkdtempSync(join(tmpdir(), 'news-scrape-jobs-'));
// A copy of the built command under node_modules/, so a rebuild cannot pull it away and its imports resolve.
const snapshot = join(ROOT, 'node_modules', '.cache', `news-scrape-jobs-${process.pid}`);
mkdirSync(snapshot, { recursive: true });
copyFileSync(DIST, join(snapshot, 'cli.js'));
const CLI = join(snapshot, 'cli.js');

/** Wall time (s) of one run. */
function time(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0 && r.status !== 1) throw new Error(r.stderr);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`cores ${availableParallelism()}, load ${loadavg().map((n) => n.toFixed(2)).join(' ')}, ${rows.length} distinct rows, ${REPS} runs each`);
console.log('| rows | MB | --jobs 1 (s) | --jobs 2 (s) | jobs 2 / jobs 1 |');
console.log('| ---: | ---: | ---: | ---: | ---: |');
try {
  for (const n of ROWS) {
    const csv = join(dir, `rows-${n}.csv`);
    const picked = Array.from({ length: n }, (_, i) => ({ id: `r${i}`, ...rows[i % rows.length] }));
    writeFileSync(csv, stringify(picked, { header: true, columns: ['id', 'url', 'content'] }));
    const mb = statSync(csv).size / 1e6;
    const one = [];
    const two = [];
    // Interleaved, so a burst of load from elsewhere hits both.
    for (let i = 0; i < REPS; i++) {
      one.push(time(['parse', csv, '-q', '--jobs', '1', '-o', join(dir, 'out1.jsonl')]));
      two.push(time(['parse', csv, '-q', '--jobs', '2', '-o', join(dir, 'out2.jsonl')]));
    }
    const a = median(one);
    const b = median(two);
    console.log(`| ${n} | ${mb.toFixed(2)} | ${a.toFixed(2)} | ${b.toFixed(2)} | ${(b / a).toFixed(2)} |`);
  }
} finally {
  rmSync(snapshot, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
}
