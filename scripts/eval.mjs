#!/usr/bin/env node
// Runs news-scrape over a CSV or JSON Lines corpus and scores it against line-level gold.
//
//   npm run eval -- --corpus FILE(.csv|.jsonl) --gold GOLD.jsonl [--learn | --both]
//                   [--text-field content] [--id-field id] [--url-field url] [--key-field domain]
//                   [--save-profiles chrome.json] [--profiles chrome.json] [--leave-one-site-out] [--verbose]
//
// --learn first learns site chrome from the same corpus (learnSiteChrome) and passes a
// site's learned profile to parseArticle when no built-in profile matches the URL.
// --both prints the summary without and with learned chrome side by side.
// --profiles reads saved (possibly hand-edited) profiles instead of learning them.
// A scrape whose site has a built-in profile gets that profile with its learned chrome added.
// --leave-one-site-out also scores each site as if it had never been seen: its scrapes are
// parsed with the cruft and credit rows of its built-in profile switched off and with chrome
// learned from the other sites only, and the cruft rate is printed per site (by --key-field,
// else the URL's host without www.), beside the rate with chrome learned from its own scrapes too.
// Scoring uses ../shared/eval/score.mjs beside the project when it exists, else scripts/score.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { createParser, learnSiteChrome, parseArticle, profileForUrl, profilesFromJSON, toJSON, withLearnedChrome } from '../dist/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHARED_SCORER = join(ROOT, '..', 'shared', 'eval', 'score.mjs');
const OWN_SCORER = join(ROOT, 'scripts', 'score.mjs');
const USAGE =
  'usage: npm run eval -- --corpus FILE(.csv|.jsonl) --gold GOLD.jsonl [--learn | --both] ' +
  '[--text-field content] [--id-field id] [--url-field url] [--key-field FIELD] ' +
  '[--save-profiles OUT.json] [--profiles IN.json] [--leave-one-site-out] [--verbose]';

function fail(message, code = 2) {
  console.error(message);
  process.exit(code);
}

const argv = process.argv.slice(2);
const flags = new Set(['--learn', '--both', '--verbose', '--leave-one-site-out']);
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

/** The site a record belongs to: its key, else its URL's host without www. */
function siteOf(r) {
  if (r.key) return r.key;
  try {
    return new URL(r.url ?? '').hostname.replace(/^www\./, '');
  } catch {
    return '?';
  }
}

/** A record's learned profile among `learned`, by key or URL. */
function learnedFor(r, learned) {
  return (r.key ? learned.find((p) => p.name === r.key) : profileForUrl(learned, r.url)) ?? null;
}

/**
 * The profile to parse a record with: its built-in profile (without its own cruft and credit
 * rows when `unseen`) with the chrome learned for its site added, else the learned profile alone.
 */
function profileOf(r, learned, unseen) {
  const own = builtIn.profileFor(r.text, { url: r.url });
  const found = learned ? learnedFor(r, learned) : null;
  if (!own) return found;
  const base = { ...own };
  if (unseen) {
    delete base.cruft;
    delete base.credits;
  }
  return withLearnedChrome(base, found);
}

/** Chrome learned from every site but each record's own, by site. */
function learnedWithout() {
  const bySite = new Map();
  for (const r of records) {
    const site = siteOf(r);
    if (!bySite.has(site)) bySite.set(site, learnSiteChrome(records.filter((x) => siteOf(x) !== site)));
  }
  return bySite;
}

/** Parses every record (mode: 'plain', 'learned', 'unseen' or 'unseen-self') and scores the predictions. */
function run(mode) {
  let lossless = 0;
  let used = 0;
  const others = mode === 'unseen' ? learnedWithout() : null;
  const lines = records.map((r) => {
    const options = { id: r.id, url: r.url };
    const learned = mode === 'learned' || mode === 'unseen-self' ? profiles : mode === 'unseen' ? others.get(siteOf(r)) : null;
    const profile = mode === 'plain' ? null : profileOf(r, learned, mode.startsWith('unseen'));
    if (profile) {
      options.profile = profile;
      if (learned && learnedFor(r, learned)) used++;
    }
    const json = toJSON(parseArticle(r.text, options));
    let at = 0;
    for (const s of json.segments) at = s.start === at && s.end > s.start ? s.end : Number.NaN;
    if (at === r.text.length || (r.text.length === 0 && json.segments.length === 0)) lossless++;
    return JSON.stringify(json);
  });
  const pred = join(work, `pred-${mode}.jsonl`);
  writeFileSync(pred, `${lines.join('\n')}\n`);
  const scorer = existsSync(SHARED_SCORER) ? SHARED_SCORER : OWN_SCORER;
  const args = [scorer, '--gold', goldPath, '--pred', pred, '--inputs', inputs];
  if (!opts['--verbose'] && !mode.startsWith('unseen')) args.push('--quiet');
  const out = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (out.status !== 0 && out.status !== 1) fail(`scorer failed (${out.status}): ${out.stderr}`);
  const field = new Map();
  for (const m of out.stdout.matchAll(/^(\S+)\s+(\d+)\/(\d+)$/gm)) field.set(m[1], [Number(m[2]), Number(m[3])]);
  const f1 = out.stdout.match(/^body F1 \(mean over \d+ articles\): ([\d.]+)$/m)?.[1] ?? null;
  const totals = out.stdout.match(/^\d+ passed, \d+ failed$/m)?.[0] ?? '';
  return { stdout: out.stdout, field, f1, totals, lossless, used, scorer };
}

const modes = opts['--both'] ? [false, true] : [Boolean(opts['--learn'] || opts['--profiles'])];
const results = modes.map((learned) => ({ learned, ...run(learned ? 'learned' : 'plain') }));
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

if (opts['--leave-one-site-out']) {
  // Each site as if unseen: its built-in rows off, chrome learned from the other sites only.
  const missedIn = (stdout) => new Set([...stdout.matchAll(/^FAIL (\S+)\s+cruft:/gm)].map((m) => m[1]));
  const missed = missedIn(run('unseen').stdout);
  // The same site with chrome learned from its own (unlabelled) scrapes, as a user with a corpus of it would.
  const missedSelf = missedIn(run('unseen-self').stdout);
  const siteById = new Map(records.map((r) => [r.id, siteOf(r)]));
  const perSite = new Map();
  for (const g of gold) {
    const site = siteById.get(String(g.id));
    if (site === undefined || !Array.isArray(g.expect?.cruft)) continue;
    const [ok, n, self] = perSite.get(site) ?? [0, 0, 0];
    perSite.set(site, [ok + (missed.has(String(g.id)) ? 0 : 1), n + 1, self + (missedSelf.has(String(g.id)) ? 0 : 1)]);
  }
  const sites = [...perSite].sort((a, b) => b[1][1] - a[1][1] || a[0].localeCompare(b[0]));
  const ok = sites.reduce((s, [, [k]]) => s + k, 0);
  const n = sites.reduce((s, [, [, t]]) => s + t, 0);
  const macro = sites.reduce((s, [, [k, t]]) => s + k / t, 0) / (sites.length || 1);
  const self = sites.reduce((s, [, [, , k]]) => s + k, 0);
  const macroSelf = sites.reduce((s, [, [, t, k]]) => s + k / t, 0) / (sites.length || 1);
  console.log('\nleave one site out: every gold cruft line, each site without its own profile rows');
  const width = Math.max(...sites.map(([site]) => site.length), 'mean over sites'.length);
  const head = 'learned from other sites';
  console.log(`  ${''.padEnd(width)}  ${head}  learned from its own scrapes too`);
  for (const [site, [k, t, own]] of sites) console.log(`  ${site.padEnd(width)}  ${ratio([k, t]).padEnd(head.length)}  ${ratio([own, t])}`);
  console.log(`  ${'all scrapes'.padEnd(width)}  ${ratio([ok, n]).padEnd(head.length)}  ${ratio([self, n])}`);
  console.log(`  ${'mean over sites'.padEnd(width)}  ${macro.toFixed(3).padEnd(head.length)}  ${macroSelf.toFixed(3)} (${sites.length} sites)`);
}
rmSync(work, { recursive: true, force: true });
