#!/usr/bin/env node
// Throughput of parseArticle on the bundled seed scrapes, beside a baseline that only splits
// lines and trims them.  Run with `npm run bench` (it builds first).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus } from 'node:os';
import { parseArticle } from '../dist/index.js';

const root = new URL('../fixtures/seeds/', import.meta.url).pathname;
const inputs = readdirSync(root).map((d) => readFileSync(join(root, d, 'input.txt'), 'utf8'));
const bytes = inputs.reduce((n, s) => n + Buffer.byteLength(s), 0);

function measure(fn, minMs = 1500) {
  for (let i = 0; i < 20; i++) for (const s of inputs) fn(s); // warm up
  let rounds = 0;
  const t0 = process.hrtime.bigint();
  let ms = 0;
  while (ms < minMs) {
    for (const s of inputs) fn(s);
    rounds++;
    ms = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  return { articlesPerSec: (rounds * inputs.length) / (ms / 1000), mbPerSec: (rounds * bytes) / 1e6 / (ms / 1000) };
}

const baseline = measure((s) => s.split('\n').map((l) => l.trim()).filter(Boolean));
const parse = measure((s) => parseArticle(s));
const row = (name, r) => `| ${name} | ${r.articlesPerSec.toFixed(0)} | ${r.mbPerSec.toFixed(2)} |`;
console.log(`Seeds: ${inputs.length} scrapes, ${(bytes / 1024).toFixed(1)} KiB; Node ${process.version}, ${cpus()[0]?.model ?? 'cpu'} (${cpus().length} cores)\n`);
console.log('| what | articles/s | MB/s |');
console.log('| --- | ---: | ---: |');
console.log(row('parseArticle', parse));
console.log(row('baseline (split + trim)', baseline));
console.log(`\nparseArticle takes ${(baseline.articlesPerSec / parse.articlesPerSec).toFixed(0)}× the baseline's time per article.`);
