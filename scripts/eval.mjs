#!/usr/bin/env node
// Runs news-scrape over a CSV or JSON Lines corpus and scores it against line-level gold.
//
//   npm run eval -- --corpus FILE(.csv|.jsonl) --gold GOLD.jsonl [--learn | --both]
//                   [--text-field content] [--id-field id] [--url-field url] [--key-field domain]
//                   [--save-profiles chrome.json] [--profiles chrome.json] [--verbose]
//
// --learn first learns site chrome from the same corpus (learnSiteChrome) and passes a
// site's learned profile to parseArticle when no built-in profile matches the URL.
// --both prints the summary without and with learned chrome side by side.
// --profiles reads saved (possibly hand-edited) profiles instead of learning them.
// Scoring uses ../shared/eval/score.mjs beside the project when it exists, else scripts/score.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { createParser, learnSiteChrome, parseArticle, profileForUrl, profilesFromJSON, toJSON } from '../dist/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHARED_SCORER = join(ROOT, '..', 'shared', 'eval', 'score.mjs');
const OWN_SCORER = join(ROOT, 'scripts', 'score.mjs');
const USAGE =
  'usage: npm run eval -- --corpus FILE(.csv|.jsonl) --gold GOLD.jsonl [--learn | --both] ' +
  '[--text-field content] [--id-field id] [--url-field url] [--key-field FIELD] ' +
  '[--save-profiles OUT.json] [--profiles IN.json] [--verbose]';

function fail(message, code = 2) {
  console.error(message);
  process.exit(code);
}

const argv = process.argv.slice(2);
const flags = new Set(['--learn', '--both', '--verbose']);
const valued = new Set(['--corpus', '--gold', '--text-field', '--id-field', '--url-field', '--key-field', '--save-profiles', '--profiles']);
const opts = {};
for (let i = 0; i < argv.length; i++) {
  const a = argv[i];
  if (a === '--help' || a === '-h') fail(USAGE, 0);
  if (flags.has(a)) opts[a] = true;
  else if (valued.has(a)) {
    if (argv[i + 1] === undefined) fail(`${a} needs a value\n${USAGE}`);
    opts[a] = argv[++i];
  } else fail(`unknown argument ${JSON.stringify(a)}\n${USAGE}`);
}
const corpusPath = opts['--corpus'];
const goldPath = opts['--gold'];
if (!corpusPath || !goldPath) fail(USAGE);
for (const p of [corpusPath, goldPath, opts['--profiles']].filter(Boolean)) if (!existsSync(p)) fail(`no such file: ${p}`);
const textField = opts['--text-field'] ?? 'content';
const idField = opts['--id-field'] ?? 'id';
const urlField = opts['--url-field'] ?? 'url';
const keyField = opts['--key-field'] ?? null;

/** Reads the corpus rows as objects. */
function readRows(path) {
  const raw = readFileSync(path, 'utf8');
  if (extname(path).toLowerCase() === '.csv') {
    return parseCsv(raw, { columns: true, bom: true, relax_column_count: true, skip_empty_lines: true });
  }
  return raw
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((line, i) => [line, i])
    .filter(([line]) => line.trim() !== '')
    .map(([line, i]) => {
      try {
        return JSON.parse(line);
      } catch (err) {
        return fail(`${path}:${i + 1}: not JSON: ${err.message}`);
      }
    });
}

const cell = (row, field) => (row[field] === undefined || row[field] === null ? null : String(row[field]));
const stem = basename(corpusPath, extname(corpusPath));
const records = readRows(corpusPath).map((row, i) => {
  const text = row[textField];
  if (typeof text !== 'string') fail(`record ${i + 1} has no text field "${textField}"; fields are ${Object.keys(row).join(', ')} (choose one with --text-field)`);
  return { id: cell(row, idField)?.trim() || `${stem}:${i + 1}`, url: cell(row, urlField)?.trim() || null, key: keyField ? cell(row, keyField) : null, text };
});
const gold = readFileSync(goldPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

// The scorer checks segments against the inputs on disk, named as the gold names them.
const work = mkdtempSync(join(tmpdir(), 'news-scrape-eval-'));
const inputs = join(work, 'inputs');
mkdirSync(inputs);
const fileOf = new Map(gold.map((g) => [String(g.id), g.file ?? `${g.id}.txt`]));
for (const r of records) {
  const file = join(inputs, fileOf.get(r.id) ?? `${r.id}.txt`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, r.text);
}

const builtIn = createParser();
let profiles = [];
if (opts['--profiles']) profiles = profilesFromJSON(JSON.parse(readFileSync(opts['--profiles'], 'utf8')));
else if (opts['--learn'] || opts['--both'] || opts['--save-profiles']) profiles = learnSiteChrome(records);
if (opts['--save-profiles']) writeFileSync(opts['--save-profiles'], `${JSON.stringify(profiles, null, 2)}\n`);

/** Parses every record (with learned profiles or without) and scores the predictions. */
function run(learned) {
  let lossless = 0;
  let used = 0;
  const lines = records.map((r) => {
    const options = { id: r.id, url: r.url };
    if (learned && builtIn.profileFor('', { url: r.url }) === null) {
      const profile = r.key ? profiles.find((p) => p.name === r.key) : profileForUrl(profiles, r.url);
      if (profile) {
        options.profile = profile;
        used++;
      }
    }
    const json = toJSON(parseArticle(r.text, options));
    let at = 0;
    for (const s of json.segments) at = s.start === at && s.end > s.start ? s.end : Number.NaN;
    if (at === r.text.length || (r.text.length === 0 && json.segments.length === 0)) lossless++;
    return JSON.stringify(json);
  });
  const pred = join(work, learned ? 'pred-learned.jsonl' : 'pred.jsonl');
  writeFileSync(pred, `${lines.join('\n')}\n`);
  const scorer = existsSync(SHARED_SCORER) ? SHARED_SCORER : OWN_SCORER;
  const args = [scorer, '--gold', goldPath, '--pred', pred, '--inputs', inputs];
  if (!opts['--verbose']) args.push('--quiet');
  const out = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (out.status !== 0 && out.status !== 1) fail(`scorer failed (${out.status}): ${out.stderr}`);
  const field = new Map();
  for (const m of out.stdout.matchAll(/^(\S+)\s+(\d+)\/(\d+)$/gm)) field.set(m[1], [Number(m[2]), Number(m[3])]);
  const f1 = out.stdout.match(/^body F1 \(mean over \d+ articles\): ([\d.]+)$/m)?.[1] ?? null;
  const totals = out.stdout.match(/^\d+ passed, \d+ failed$/m)?.[0] ?? '';
  return { stdout: out.stdout, field, f1, totals, lossless, used, scorer };
}

const modes = opts['--both'] ? [false, true] : [Boolean(opts['--learn'] || opts['--profiles'])];
const results = modes.map((learned) => ({ learned, ...run(learned) }));
for (const r of results) {
  console.log(`\n── ${r.learned ? `with learned chrome (${r.used} scrapes used a learned profile)` : 'without learned chrome'} ── ${basename(r.scorer)}`);
  console.log(r.stdout.trimEnd());
}

if (profiles.length > 0) {
  console.log(`\nlearned chrome (${profiles.length} sites):`);
  for (const p of profiles) {
    const scrapes = p.learned?.scrapes ?? '?';
    console.log(`  ${p.name} (${scrapes} scrapes): ${p.chrome?.length ?? 0} lines`);
    for (const line of (p.chrome ?? []).slice(0, 4)) {
      const text = line.text.length > 70 ? `${line.text.slice(0, 67)}...` : line.text;
      console.log(`    ${line.where ?? 'any'} ${line.count ?? ''}/${scrapes}  ${JSON.stringify(text)}`);
    }
  }
}

const ratio = (pair) => (pair ? `${pair[0]}/${pair[1]} (${(pair[0] / pair[1]).toFixed(3)})` : 'n/a');
const rows = [
  ['title correct', (r) => ratio(r.field.get('title'))],
  ['body F1 (mean)', (r) => r.f1 ?? 'n/a'],
  ['every gold cruft line', (r) => ratio(r.field.get('cruft'))],
  ['segments lossless (gold)', (r) => ratio(r.field.get('segments'))],
  ['segments lossless (all)', (r) => `${r.lossless}/${records.length}`],
  ['checks', (r) => r.totals],
];
const heads = results.map((r) => (r.learned ? 'with learned chrome' : 'without'));
const cells = rows.map(([name, get]) => [name, ...results.map(get)]);
const widths = [0, ...results.map(() => 0)].map((_, i) => Math.max(...[['', ...heads], ...cells].map((row) => row[i].length)));
console.log(`\nsummary: ${corpusPath} (${records.length} records, ${gold.length} gold)`);
for (const row of [['', ...heads], ...cells]) console.log(row.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd());
rmSync(work, { recursive: true, force: true });
