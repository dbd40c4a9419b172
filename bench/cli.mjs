// Benchmarks `news-scrape parse` on a generated CSV: time, MB/s, records/s, the speed-up of
// more worker threads, CPU time and peak resident memory (main thread and workers: one process,
// so its maxRSS is their sum). Wall time suffers when the machine is busy; CPU time much less.
//
//   npm run bench:cli                          # 200 MB, --jobs 1 and 2 (and 2 --unordered)
//   BENCH_MB=200,1024 npm run bench:cli        # also 1 GB: peak memory should stay flat
//   BENCH_MB=1024 BENCH_JOBS=2 node bench/cli.mjs   (after npm run build)
//
// BENCH_MB     sizes in MB, comma-separated (default 200); each size extends the same file
// BENCH_JOBS   thread counts, comma-separated (default 1,2); each N > 1 also runs --unordered
// BENCH_CORPUS CSV whose rows are repeated (default ../shared/corpus/fakenewscorpus-dev.csv;
//              without it, the fixtures/seeds/*/input.txt scrapes)
// BENCH_KEEP=1 keep the generated CSV (its path is printed); it is written to the temp dir,
//              never into the repository.
// BENCH_INPUTS csv, warc or both (default csv,warc)
//
// The WARC case builds a plain .warc in the temp dir by repeating the records of the HTML sets'
// WARC files (../shared/html/{aeb,wcxb-dev}/pages.warc.gz, else fixtures/warc/edge-cases.warc.gz)
// with fresh record ids, parses it at each size with --jobs (the largest of BENCH_JOBS), and
// prints MB/s and peak RSS; the largest run's peak must stay within 1.3× of the smallest's.
// BENCH_WARC_MB sizes in MB (default 200,1024); BENCH_WARC=FILE.warc[.gz] the records to repeat.
import { spawn } from 'node:child_process';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist', 'cli.js');
const CORPUS = process.env.BENCH_CORPUS ?? join(ROOT, '..', 'shared', 'corpus', 'fakenewscorpus-dev.csv');
const list = (value, fallback) => (value ?? fallback).split(',').map((s) => Number(s.trim())).filter((n) => n > 0);
const SIZES = list(process.env.BENCH_MB, '200').sort((a, b) => a - b);
const JOBS = list(process.env.BENCH_JOBS, '1,2');
const WARC_SIZES = list(process.env.BENCH_WARC_MB, '200,1024').sort((a, b) => a - b);
const INPUTS = new Set((process.env.BENCH_INPUTS ?? 'csv,warc').split(',').map((s) => s.trim()));
if (!existsSync(DIST)) throw new Error('run "npm run build" first');
if (SIZES.length === 0 || JOBS.length === 0) throw new Error('BENCH_MB and BENCH_JOBS need positive numbers, e.g. BENCH_MB=200,1024 BENCH_JOBS=1,2');

/** The rows to repeat: the dev corpus when there is one, else the seed fixtures (a clone without ../shared). */
function seedRows() {
  if (existsSync(CORPUS)) {
    const rows = parse(readFileSync(CORPUS), { columns: true, bom: true, relax_column_count: true });
    return { from: CORPUS, rows: rows.map((r) => ({ url: r.url ?? '', content: r.content ?? '' })) };
  }
  const seeds = join(ROOT, 'fixtures', 'seeds');
  const rows = readdirSync(seeds)
    .sort()
    .filter((id) => existsSync(join(seeds, id, 'input.txt')))
    .map((id) => ({ url: '', content: readFileSync(join(seeds, id, 'input.txt'), 'utf8') }));
  if (rows.length === 0) throw new Error(`no corpus at ${CORPUS} and no fixtures/seeds/*/input.txt`);
  return { from: 'fixtures/seeds/*/input.txt', rows };
}

const { from, rows } = seedRows();
const dir = mkdtempSync(join(tmpdir(), 'news-scrape-bench-'));
const csv = join(dir, 'bench.csv');
// A copy of the built command, so a rebuild of dist/ during a long run cannot pull it away;
// it sits under node_modules/ so its imports (piscina, csv-parse, …) still resolve.
const snapshot = join(ROOT, 'node_modules', '.cache', `news-scrape-bench-${process.pid}`);
mkdirSync(snapshot, { recursive: true });
copyFileSync(DIST, join(snapshot, 'cli.js'));
const CLI = join(snapshot, 'cli.js');

const cleanUp = () => {
  rmSync(snapshot, { recursive: true, force: true });
  if (process.env.BENCH_KEEP !== '1') rmSync(dir, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

/** Appends rows of the corpus again and again (fresh ids) until the file holds `mb` megabytes. */
const made = { records: 0, bytes: 0, out: null };
async function growTo(mb) {
  made.out ??= createWriteStream(csv);
  const out = made.out;
  const write = (s) => (out.write(s) ? Promise.resolve() : new Promise((r) => out.once('drain', r)));
  if (made.bytes === 0) {
    const header = stringify([['id', 'url', 'content']]);
    made.bytes += Buffer.byteLength(header);
    await write(header);
  }
  while (made.bytes < mb * 1e6) {
    const row = rows[made.records % rows.length];
    const line = stringify([[`r${made.records}`, row.url, row.content]]);
    made.bytes += Buffer.byteLength(line);
    made.records++;
    await write(line);
  }
  await new Promise((r) => out.write('', r));
}

/** CPU seconds the whole machine has been busy (Linux /proc/stat), or null elsewhere. */
function machineBusy() {
  try {
    // cpu  user nice system idle iowait irq softirq steal …, in USER_HZ (100 a second on Linux)
    const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const busy = user + nice + system + irq + softirq + (steal ?? 0);
    return Number.isFinite(busy) ? busy / 100 : null;
  } catch {
    return null;
  }
}

/**
 * Runs the command: its wall time, CPU time (all threads), peak RSS (MB) and peak RSS per
 * quarter of the run, the record count of its summary line, and the CPU time other processes
 * took meanwhile (the benchmark is only as quiet as the machine).
 */
function run(args, allowErrors = false) {
  return new Promise((resolve, reject) => {
    const busy = machineBusy();
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', join(ROOT, 'bench', 'cli-rss.mjs'), CLI, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s) => {
      stderr += s;
    });
    child.on('error', reject);
    child.on('close', (status) => {
      const seconds = (performance.now() - started) / 1000;
      if (status !== 0 && !(allowErrors && status === 1)) return reject(new Error(`news-scrape ${args.join(' ')} exited ${status}: ${stderr.slice(0, 500)}`));
      const rss = Number(/BENCH_MAX_RSS_KB=(\d+)/.exec(stderr)?.[1] ?? NaN) / 1024;
      const cpu = Number(/BENCH_CPU_MS=(\d+)/.exec(stderr)?.[1] ?? NaN) / 1000;
      const quarters = (/BENCH_RSS_QUARTERS_KB=([\d,]+)/.exec(stderr)?.[1] ?? '').split(',').map((kb) => Number(kb) / 1024);
      const busyNow = machineBusy();
      const others = busy === null || busyNow === null ? NaN : Math.max(0, busyNow - busy - cpu);
      const records = Number(/news-scrape: ([\d,]+) records?/.exec(stderr)?.[1]?.replaceAll(',', '') ?? NaN);
      resolve({ seconds, cpu, rss, quarters, records, others });
    });
  });
}

const fixed = (n, digits) => (Number.isFinite(n) ? n.toFixed(digits) : '?');
const common = ['parse', csv, '--text-field', 'content', '--id-field', 'id', '--url-field', 'url', '-o', '/dev/null'];
const cases = JOBS.flatMap((n) => [
  { name: `--jobs ${n}`, jobs: n, args: ['--jobs', String(n)] },
  ...(n > 1 ? [{ name: `--jobs ${n} --unordered`, jobs: n, args: ['--jobs', String(n), '--unordered'] }] : []),
]);

const date = new Date().toISOString().slice(0, 10);
console.log(`\nmachine: ${cpus()[0]?.model ?? 'unknown'}, ${availableParallelism()} cores, Node ${process.version}, ${date}`);

/** Prints a case's title, the load average and the head of its Markdown table: the first `left` columns (and a last text one) left-aligned, numbers right-aligned. */
function tableHead(title, columns, { left = 1, lastIsText = false } = {}) {
  console.log(`\n${title}`);
  console.log(`load average at start: ${loadavg().map((n) => n.toFixed(2)).join(' ')}\n`);
  console.log(`| ${columns.join(' | ')} |`);
  console.log(`| ${columns.map((_, i) => (i < left || (lastIsText && i === columns.length - 1) ? '---' : '---:')).join(' | ')} |`);
}

/** The CSV case: each size with every BENCH_JOBS count (and --unordered). */
async function csvCase() {
  tableHead(`news-scrape parse on a generated CSV (rows of ${from}, repeated with fresh ids)`, [
    'input', 'run', 'time (s)', 'MB/s', 'records/s', 'speed-up', 'CPU (s)', "others' CPU (s)", 'peak RSS (MB)',
  ], { left: 2 });
  const results = [];
  for (const mb of SIZES) {
    await growTo(mb);
    const size = statSync(csv).size / 1e6;
    const label = `${size.toFixed(0)} MB, ${made.records.toLocaleString('en-US')} rec`;
    let base = null;
    for (const c of cases) {
      const r = await run([...common, ...c.args]);
      if (r.records !== made.records) throw new Error(`${c.name}: ${r.records} records written, ${made.records} in the input`);
      base ??= c.jobs === 1 ? r.seconds : null;
      const speedUp = base === null ? '' : `${(base / r.seconds).toFixed(2)}×`;
      results.push({ mb, name: c.name, rss: r.rss, quarters: r.quarters });
      console.log(
        `| ${label} | \`${c.name}\` | ${fixed(r.seconds, 1)} | ${fixed(size / r.seconds, 2)} | ` +
          `${Math.round(made.records / r.seconds).toLocaleString('en-US')} | ${speedUp} | ${fixed(r.cpu, 1)} | ${fixed(r.others, 1)} | ${fixed(r.rss, 0)} |`,
      );
    }
  }
  console.log(`\nload average at end: ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  const large = SIZES[SIZES.length - 1];
  console.log(`\npeak RSS (MB) in each quarter of the ${large} MB runs (flat memory: a plateau, not a climb):`);
  for (const r of results.filter((x) => x.mb === large)) console.log(`  ${r.name}: ${r.quarters.map((q) => fixed(q, 0)).join(' → ')}`);
  if (SIZES.length > 1) {
    const small = SIZES[0];
    console.log(`\npeak RSS, ${small} MB → ${large} MB input:`);
    for (const c of cases) {
      const a = results.find((r) => r.mb === small && r.name === c.name)?.rss;
      const b = results.find((r) => r.mb === large && r.name === c.name)?.rss;
      console.log(`  ${c.name}: ${fixed(a, 0)} MB → ${fixed(b, 0)} MB (${fixed(b / a, 2)}×)`);
    }
  }
  if (process.env.BENCH_KEEP === '1') console.log(`\nkept ${csv}`);
}

const WARC_TEMPLATES = process.env.BENCH_WARC
  ? [process.env.BENCH_WARC]
  : ['aeb', 'wcxb-dev'].map((set) => join(ROOT, '..', 'shared', 'html', set, 'pages.warc.gz')).filter((p) => existsSync(p));
if (WARC_TEMPLATES.length === 0) WARC_TEMPLATES.push(join(ROOT, 'fixtures', 'warc', 'edge-cases.warc.gz'));
const warc = join(dir, 'bench.warc');

/** The records of WARC files, each as its raw bytes split at the record id's first 8 hex digits (so copies get fresh ids). */
function warcRecords(paths) {
  const records = [];
  for (const path of paths) {
    const bytes = path.endsWith('.gz') ? gunzipSync(readFileSync(path)) : readFileSync(path);
    for (let at = 0; at < bytes.length; ) {
      const end = bytes.indexOf('\r\n\r\n', at);
      if (end < 0) break;
      const head = bytes.toString('latin1', at, end);
      const next = end + 4 + Number(/\r\nContent-Length:[ \t]*(\d+)/i.exec(head)?.[1] ?? 0) + 4;
      const id = head.indexOf('<urn:uuid:');
      const type = /\r\nWARC-Type:[ \t]*(\w+)/i.exec(head)?.[1];
      if (id >= 0 && (records.length === 0 || type !== 'warcinfo')) records.push({ before: bytes.subarray(at, at + id + 10), after: bytes.subarray(at + id + 18, next), type });
      at = next;
    }
  }
  return records;
}

/** Appends copies of the template records (the k-th copy's ids start with k in hex) until the file holds `mb` megabytes. */
const warcMade = { bytes: 0, copies: 0, responses: 0, out: null, records: null };
async function growWarc(mb) {
  warcMade.records ??= warcRecords(WARC_TEMPLATES);
  warcMade.out ??= createWriteStream(warc);
  const out = warcMade.out;
  const write = (b) => (out.write(b) ? Promise.resolve() : new Promise((r) => out.once('drain', r)));
  while (warcMade.bytes < mb * 1e6) {
    const prefix = Buffer.from(warcMade.copies.toString(16).padStart(8, '0'));
    for (const [i, r] of warcMade.records.entries()) {
      if (i === 0 && warcMade.copies > 0) continue;
      if (warcMade.bytes >= mb * 1e6 && r.type !== 'warcinfo') break;
      await write(r.before);
      await write(prefix);
      await write(r.after);
      warcMade.bytes += r.before.length + prefix.length + r.after.length;
      if (r.type === 'response') warcMade.responses++;
    }
    warcMade.copies++;
  }
  await new Promise((r) => out.write('', r));
}

/** The WARC case: each size parsed once with the most threads asked for; peak memory must stay flat. */
async function warcCase() {
  const jobs = Math.max(...JOBS);
  tableHead(
    `news-scrape parse on a generated WARC (records of ${WARC_TEMPLATES.join(', ')}, repeated with fresh ids; plain .warc, --jobs ${jobs})`,
    ['input', 'time (s)', 'MB/s', 'pages/s', 'CPU (s)', "others' CPU (s)", 'peak RSS (MB)', 'peak RSS by quarter (MB)'],
    { lastIsText: true },
  );
  const results = [];
  for (const mb of WARC_SIZES) {
    await growWarc(mb);
    const size = statSync(warc).size / 1e6;
    const r = await run(['parse', warc, '--jobs', String(jobs), '-o', '/dev/null'], !process.env.BENCH_WARC && WARC_TEMPLATES[0].includes('fixtures'));
    results.push({ mb, size, rss: r.rss });
    console.log(
      `| ${size.toFixed(0)} MB, ${r.records.toLocaleString('en-US')} pages | ${fixed(r.seconds, 1)} | ${fixed(size / r.seconds, 2)} | ` +
        `${Math.round(r.records / r.seconds).toLocaleString('en-US')} | ${fixed(r.cpu, 1)} | ${fixed(r.others, 1)} | ${fixed(r.rss, 0)} | ${r.quarters.map((q) => fixed(q, 0)).join(' → ')} |`,
    );
  }
  console.log(`\nload average at end: ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  if (results.length > 1) {
    const [small, large] = [results[0], results[results.length - 1]];
    const ratio = large.rss / small.rss;
    console.log(`\nWARC peak RSS, ${small.size.toFixed(0)} MB → ${large.size.toFixed(0)} MB input: ${fixed(small.rss, 0)} MB → ${fixed(large.rss, 0)} MB (${fixed(ratio, 2)}×; must be ≤ 1.30×: ${ratio <= 1.3 ? 'ok' : 'FAILED'})`);
    if (!(ratio <= 1.3)) process.exitCode = 1;
  }
  if (process.env.BENCH_KEEP === '1') console.log(`\nkept ${warc}`);
}

try {
  if (INPUTS.has('csv')) await csvCase();
  if (INPUTS.has('warc')) await warcCase();
} finally {
  made.out?.end();
  warcMade.out?.end();
  cleanUp();
}
