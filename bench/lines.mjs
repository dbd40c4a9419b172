// Times parseArticle on many distinct short lines and on realistic mixed lines (dates,
// credits, cruft, prose) at 62.5k and 1M lines, to show parsing stays linear in the line
// count: 16× the lines should take at most 20× the time (quadratic would be 256×).
//
//   npm run bench:lines
//   BENCH_LINES=62500,250000,1000000 node bench/lines.mjs  (after npm run build)
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../dist/index.js', import.meta.url));
if (!existsSync(DIST)) throw new Error('run "npm run build" first');
const { parseArticle } = await import(DIST);
/** Every size gets the same protocol (best of three), so the ratio compares like with like. */
const RUNS = 3;
const COUNTS = (process.env.BENCH_LINES ?? '62500,1000000').split(',').map(Number).filter((n) => n > 0);

/** Lines that are all different, so no cache or dedup can help. */
const distinct = (n) => Array.from({ length: n }, (_, i) => `Short line number ${i} here`).join('\n');
const MIXED = [
  (i) => `The army took hill ${i} on Thursday, local sources said.`,
  (i) => `${(i % 28) + 1} January 2017 22:${String(i % 60).padStart(2, '0')}`,
  (i) => `By Staff Writer ${i}`,
  () => 'Scroll Up',
  (i) => `Photo: Reuters / file ${i}`,
  (i) => `Wednesday ${(i % 28) + 1} March 2018 - ${(i % 29) + 1} Rajab 1439`,
  () => 'READ MORE SYRIA NEWS AT: 21st Century Wire Syria Files',
  (i) => `Share on Facebook ${i}`,
];
/** Dates, credits, cruft and prose in turn, as a long scrape of a live blog holds them. */
const mixed = (n) => Array.from({ length: n }, (_, i) => MIXED[i % MIXED.length](i)).join('\n');

/** Wall time in seconds of one parse (the best of `runs`). */
function time(input, runs) {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const article = parseArticle(input);
    best = Math.min(best, (performance.now() - t0) / 1000);
    if (article.segments.at(-1)?.end !== input.length) throw new Error('segments do not reach the end of the input');
  }
  return best;
}

console.log(`Node ${process.version}`);
console.log('| input | lines | MB | time (s) | × lines | × time |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [name, make] of [['distinct short lines', distinct], ['mixed realistic lines', mixed]]) {
  time(make(COUNTS[0]), 1); // warm up on this shape
  let first = null;
  for (const n of COUNTS) {
    const input = make(n);
    const s = time(input, RUNS);
    first ??= { n, s };
    console.log(`| ${name} | ${n.toLocaleString('en')} | ${(input.length / 1e6).toFixed(1)} | ${s.toFixed(2)} | ${(n / first.n).toFixed(0)}× | ${(s / first.s).toFixed(1)}× |`);
  }
}
