// Times reading one huge record as JSON Lines and as CSV through `news-scrape parse`, to show
// the readers are linear in line length and the JSONL reader keeps up with the CSV one.
// The record's text sits in a field other than --text-field, so it becomes a `missing-field`
// error record at once: the time is reading, not parsing.
//
//   npm run bench:readers                  # one record of 8, 32 and 64 MB
//   BENCH_MB=16,64 node bench/readers.mjs  (after npm run build)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
if (!existsSync(CLI)) throw new Error('run "npm run build" first');
const SIZES = (process.env.BENCH_MB ?? '8,32,64').split(',').map(Number).filter((n) => n > 0);
const dir = mkdtempSync(join(tmpdir(), 'news-scrape-bench-readers-'));

/** Wall time in seconds of one run reading `path`; checks the one error record came out. */
function time(path) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, 'parse', path, '-q', '--jobs', '1'], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const s = (performance.now() - t0) / 1000;
  if (!r.stdout.includes('"missing-field"')) throw new Error(`unexpected output for ${path}: ${r.stdout.slice(0, 200)} ${r.stderr}`);
  return s;
}

try {
  console.log('| record | JSONL (s) | CSV (s) | JSONL / CSV |');
  console.log('| ---: | ---: | ---: | ---: |');
  for (const mb of SIZES) {
    const blob = 'According to local reports the city was under siege since 2017. '.repeat(Math.round((mb * 1024 * 1024) / 66));
    const jsonl = join(dir, `big-${mb}.jsonl`);
    const csv = join(dir, `big-${mb}.csv`);
    writeFileSync(jsonl, `${JSON.stringify({ id: 'big', blob })}\n`);
    writeFileSync(csv, `id,blob\nbig,"${blob}"\n`);
    const j = time(jsonl);
    const c = time(csv);
    console.log(`| ${mb} MB | ${j.toFixed(2)} | ${c.toFixed(2)} | ${(j / c).toFixed(2)}× |`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
