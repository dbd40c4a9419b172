#!/usr/bin/env node
// The timestamp parser (readPublished) against chrono-node on bench/timestamps.json: accuracy
// side by side and strings per second. Run with `npm run bench` (it builds first).
process.env.TZ = 'UTC'; // chrono-node reads wall-clock fields in the process zone
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import * as chrono from 'chrono-node';
import { readPublished } from '../dist/index.js';

const corpus = JSON.parse(readFileSync(new URL('./timestamps.json', import.meta.url), 'utf8'));
const REF = new Date(Date.UTC(2030, 0, 1, 12));
const REF_ISO = '2030-01-01T12:00:00Z';
const p2 = (n) => String(n).padStart(2, '0');

/** news-scrape: { local, precision } or null. */
function ours(text) {
  const p = readPublished(text, { referenceDate: REF_ISO });
  return p && { local: p.local, precision: p.precision };
}

/** chrono-node: the first result as wall-clock time as written, with its precision. */
function theirs(text) {
  const r = chrono.parse(text, REF)[0];
  if (r === undefined) return null;
  const s = r.start;
  const local = `${s.get('year')}-${p2(s.get('month'))}-${p2(s.get('day'))}T${p2(s.isCertain('hour') ? s.get('hour') : 0)}:${p2(s.isCertain('minute') ? s.get('minute') : 0)}:${p2(s.isCertain('second') ? s.get('second') : 0)}`;
  const precision = !s.isCertain('hour') ? 'day' : s.isCertain('second') ? 'second' : 'minute';
  return { local, precision };
}

function score(fn) {
  let value = 0;
  let exact = 0;
  const misses = new Map();
  for (const { text, form, expected } of corpus) {
    const got = fn(text);
    const okValue = expected === null ? got === null : got !== null && got.local === expected.local;
    const okExact = okValue && (expected === null || got.precision === expected.precision);
    value += okValue ? 1 : 0;
    exact += okExact ? 1 : 0;
    if (!okExact) misses.set(form, (misses.get(form) ?? 0) + 1);
  }
  return { value, exact, misses };
}

function speed(fn, minMs = 1500) {
  for (let i = 0; i < 5; i++) for (const { text } of corpus) fn(text);
  let n = 0;
  const t0 = process.hrtime.bigint();
  let ms = 0;
  while (ms < minMs) {
    for (const { text } of corpus) fn(text);
    n += corpus.length;
    ms = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  return n / (ms / 1000);
}

const a = score(ours);
const b = score(theirs);
const sa = speed(ours);
const sb = speed(theirs);
const pct = (k) => `${k}/${corpus.length} (${((100 * k) / corpus.length).toFixed(1)}%)`;
const forms = [...new Set(corpus.map((c) => c.form))].length;
console.log(`Timestamps: ${corpus.length} strings in ${forms} forms (bench/timestamps.json); Node ${process.version}, ${cpus()[0]?.model ?? 'cpu'}\n`);
console.log('| parser | value right | value and precision right | strings/s |');
console.log('| --- | ---: | ---: | ---: |');
console.log(`| news-scrape \`readPublished\` | ${pct(a.value)} | ${pct(a.exact)} | ${sa.toFixed(0)} |`);
console.log(`| chrono-node ${JSON.parse(readFileSync(new URL('../node_modules/chrono-node/package.json', import.meta.url), 'utf8')).version} \`parse\` | ${pct(b.value)} | ${pct(b.exact)} | ${sb.toFixed(0)} |`);
console.log(`\nnews-scrape parses ${(sa / sb).toFixed(1)}× as many strings per second as chrono-node.`);
const show = (m) => [...m].map(([f, n]) => `${f} ${n}`).join(', ') || 'none';
console.log(`\nMisses by form — news-scrape: ${show(a.misses)}; chrono-node: ${show(b.misses)}.`);
