#!/usr/bin/env node
// A small stand-in for ../shared/eval/score.mjs, used by scripts/eval.mjs when that is absent.
//
//   node scripts/score.mjs --gold gold.jsonl --pred pred.jsonl [--inputs DIR] [--quiet]
//
// Gold rows are {id, file?, expect: {title?, body?, bodyOptional?, cruft?, <dotted.field>?}}.
// Prints failures (unless --quiet), per-field "passed/total", the mean body F1, and last
// "<N> passed, <N> failed". Exit 0 when all checks pass, 1 otherwise, 2 on bad usage.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const [goldPath, predPath, inputs] = [opt('--gold'), opt('--pred'), opt('--inputs')];
if (!goldPath || !predPath) {
  console.error('usage: score.mjs --gold gold.jsonl --pred pred.jsonl [--inputs DIR] [--quiet]');
  process.exit(2);
}
const jsonl = (p) => readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const norm = (s) => (typeof s === 'string' ? s.normalize('NFC').replace(/\s+/gu, ' ').trim() : s);
const get = (o, path) => path.split('.').reduce((v, k) => (v == null ? undefined : v[k]), o);
const pred = new Map(jsonl(predPath).map((p) => [String(p.id), p]));
const fields = new Map();
const failures = [];
let f1Sum = 0;
let f1Count = 0;
const record = (id, field, ok, detail) => {
  const [p, t] = fields.get(field) ?? [0, 0];
  fields.set(field, [p + (ok ? 1 : 0), t + 1]);
  if (!ok) failures.push(`${id}  ${field}: ${detail}`);
};

for (const row of jsonl(goldPath)) {
  const id = String(row.id);
  const got = pred.get(id);
  record(id, 'present', Boolean(got), 'no predicted article with this id');
  if (!got) continue;
  for (const [field, exp] of Object.entries(row.expect)) {
    if (field === 'bodyOptional') continue;
    if (field === 'body') {
      const optional = new Set((row.expect.bodyOptional ?? []).map(norm));
      const want = exp.map(norm).filter((p) => !optional.has(p));
      const have = (got.body ?? []).map(norm).filter((p) => !optional.has(p));
      const [w, h] = [new Set(want), new Set(have)];
      const precision = have.length ? have.filter((p) => w.has(p)).length / have.length : want.length ? 0 : 1;
      const recall = want.length ? want.filter((p) => h.has(p)).length / want.length : 1;
      const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
      f1Sum += f1;
      f1Count++;
      record(id, 'body', want.every((p) => h.has(p)) && have.every((p) => w.has(p)), `F1 ${f1.toFixed(3)}`);
    } else if (field === 'cruft') {
      const have = new Set((got.cruft ?? []).map((c) => norm(c?.text)));
      const missing = exp.filter((c) => !have.has(norm(c)));
      record(id, 'cruft', missing.length === 0, `not reported as cruft: ${JSON.stringify(missing).slice(0, 160)}`);
    } else {
      const v = get(got, field);
      const ok = exp === null ? v == null : JSON.stringify(Array.isArray(exp) ? exp.map(norm) : norm(exp)) === JSON.stringify(Array.isArray(v) ? v.map(norm) : norm(v));
      record(id, field, ok, `expected ${JSON.stringify(exp)}, got ${JSON.stringify(v)}`.slice(0, 200));
    }
  }
  if (inputs) {
    let length = -1;
    try {
      length = readFileSync(join(inputs, row.file ?? `${id}.txt`), 'utf8').length;
    } catch {}
    let at = 0;
    for (const s of got.segments ?? []) at = s.start === at && s.end > s.start ? s.end : Number.NaN;
    record(id, 'segments', at === length && (got.segments ?? []).length > 0, `segments must cover 0..${length}`);
  }
}

if (!args.includes('--quiet')) for (const f of failures) console.log(`FAIL ${f}`);
let passed = 0;
let total = 0;
console.log('\nfield                 passed');
for (const [field, [p, t]] of [...fields].sort()) {
  passed += p;
  total += t;
  console.log(`${field.padEnd(22)}${p}/${t}`);
}
if (f1Count) console.log(`body F1 (mean over ${f1Count} articles): ${(f1Sum / f1Count).toFixed(3)}`);
console.log(`${passed} passed, ${total - passed} failed`);
process.exit(passed === total ? 0 : 1);
