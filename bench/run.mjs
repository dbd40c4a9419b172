#!/usr/bin/env node
// Throughput of parseArticle on the bundled seed scrapes and on the development corpus
// (fixtures/corpus), beside a baseline that only splits lines and trims them.
// Run with `npm run bench` (it builds first).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus } from 'node:os';
import { parse as parseCsv } from 'csv-parse/sync';
import { parseArticle } from '../dist/index.js';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const seeds = readdirSync(join(fixtures, 'seeds')).map((d) => ({
  text: readFileSync(join(fixtures, 'seeds', d, 'input.txt'), 'utf8'),
  url: null,
}));
const corpus = parseCsv(readFileSync(join(fixtures, 'corpus', 'fakenewscorpus-dev.csv')), { columns: true }).map(
  (r) => ({ text: r.content, url: r.url || null }),
);

/** Runs `fn` over every input until `minMs` have passed (after a warm-up); rates per second. */
function measure(inputs, fn, minMs = 2000) {
  const bytes = inputs.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
  for (let i = 0; i < 5; i++) for (const s of inputs) fn(s);
  let rounds = 0;
  let ms = 0;
  const t0 = process.hrtime.bigint();
  while (ms < minMs) {
    for (const s of inputs) fn(s);
    rounds++;
    ms = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  return { articlesPerSec: (rounds * inputs.length) / (ms / 1000), mbPerSec: (rounds * bytes) / 1e6 / (ms / 1000) };
}

const baseline = (s) => s.text.split('\n').map((l) => l.trim()).filter(Boolean);
const parse = (s) => parseArticle(s.text, { url: s.url });

console.log(`Node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} (${cpus().length} cores), one thread\n`);
console.log('| inputs | parseArticle articles/s | parseArticle MB/s | baseline MB/s | ratio |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [name, inputs] of [
  [`seeds (${seeds.length} scrapes)`, seeds],
  [`dev corpus (${corpus.length} scrapes)`, corpus],
]) {
  // Best of three, alternating, so a busy moment on a shared machine does not decide the ratio.
  const best = (rs) => rs.reduce((x, y) => (y.mbPerSec > x.mbPerSec ? y : x));
  const ps = [];
  const bs = [];
  for (let i = 0; i < 3; i++) {
    ps.push(measure(inputs, parse, 1000));
    bs.push(measure(inputs, baseline, 1000));
  }
  const p = best(ps);
  const b = best(bs);
  console.log(
    `| ${name} | ${p.articlesPerSec.toFixed(0)} | ${p.mbPerSec.toFixed(2)} | ${b.mbPerSec.toFixed(0)} | ${(b.mbPerSec / p.mbPerSec).toFixed(0)}× |`,
  );
}
console.log('\nratio: how many times longer parseArticle takes than splitting and trimming the same text.');
