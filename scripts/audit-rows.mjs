#!/usr/bin/env node
// Audits the generic phrase tables of the text path against a corpus with line-level gold:
// for each row (and each alternative of a row's leading alternation) it prints the sites whose
// gold lines the row matches, by the gold's label of each line.
//
//   npm run build && node scripts/audit-rows.mjs --corpus FILE.csv --gold GOLD.jsonl [--key-field domain]
//        [--seeds DIR --seeds-gold GOLD.jsonl] [--html PAGES.jsonl.gz …] [--all] [--json]
//
// Tables: CRUFT_PHRASES and PROMO_PHRASES (src/data/cruft.ts), CREDIT_FORMS
// (src/data/credits.ts), CAPTION_FORMS (src/data/captions.ts), and the cruft and credit rows of
// the built-in site profiles. A cruft row is supported by a site when it matches one of that
// site's gold cruft lines; a credit or caption row when it matches a line the gold puts neither
// in the body nor among the cruft (credits, captions, dates). A match on a body or title line is
// an error and printed as such. Lines of scrapes without gold are listed as "unlabelled".
// --seeds adds a folder of text scrapes whose gold names each one's site (`site.id`) and lists
// its credits, which then count as credit lines; a seed counts as a scrape of its profile's host. Verdicts: `keep` (two sites or more), `one site: S`, `no evidence`.
// --html (repeatable) adds HTML pages (one {id, url, html} per line, gold.jsonl with a `body` beside
// them, as ../shared/html/<set>/): each block of a page's article is a line of the page's host,
// `html-out` when the gold body does not contain it and `html-body` when it does. An `html-out`
// line supports a row like a gold line of its label; the HTML sites are counted apart from the
// corpus (`html: …`), and `html-body` lines are not flagged as errors, because a short line ("By")
// is found inside nearly any gold body.
// --all prints every matched line; --json prints the audit as JSON.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { build } from 'esbuild';
import { createContext } from '../dist/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const USAGE = 'usage: node scripts/audit-rows.mjs --corpus FILE.csv --gold GOLD.jsonl [--key-field domain] [--seeds DIR --seeds-gold GOLD.jsonl] [--html PAGES.jsonl.gz …] [--all] [--json]';
const argv = process.argv.slice(2);
const opt = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const corpusPath = opt('--corpus');
const goldPath = opt('--gold');
const keyField = opt('--key-field');
const seedsDir = opt('--seeds');
const seedsGold = opt('--seeds-gold');
const htmlSets = argv.flatMap((a, i) => (a === '--html' && argv[i + 1] ? [argv[i + 1]] : []));
const showAll = argv.includes('--all');
const asJson = argv.includes('--json');
if (!corpusPath || !goldPath) {
  console.error(USAGE);
  process.exit(2);
}

// The tables are read from the sources (not the bundle), so the audit sees exactly what is in src/.
const entry = `
export { CRUFT_PHRASES, PROMO_PHRASES, SENTENCE_OPENING_PROMO_PHRASES } from './src/data/cruft.ts';
export { CREDIT_FORMS } from './src/data/credits.ts';
export { CAPTION_FORMS } from './src/data/captions.ts';
export { defaultProfiles } from './src/profiles/index.ts';
`;
const bundled = await build({ stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' }, bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'silent' });
const tables = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);

const norm = (s) => (typeof s === 'string' ? s.normalize('NFC').replace(/\s+/gu, ' ').trim() : s);
const hostOf = (url) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
};

const rows = parseCsv(readFileSync(corpusPath, 'utf8'), { columns: true, bom: true, relax_column_count: true, skip_empty_lines: true });
const gold = new Map(
  readFileSync(goldPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l))
    .map((g) => [String(g.id), g]),
);

const scrapes = rows.map((row) => ({ id: String(row.id), site: (keyField ? row[keyField] : null) || hostOf(row.url) || row.domain || '?', text: row.content, g: gold.get(String(row.id)) }));
if (seedsDir && seedsGold) {
  for (const l of readFileSync(seedsGold, 'utf8').split('\n').filter((x) => x.trim())) {
    const g = JSON.parse(l);
    // A seed's site is the host of its built-in profile, so a seed and a corpus scrape of one site count once.
    const host = tables.defaultProfiles.find((p) => p.id === g.expect['site.id'])?.hosts?.[0];
    scrapes.push({ id: String(g.id), site: host ?? `seed:${g.expect['site.id'] ?? g.id}`, text: readFileSync(join(seedsDir, g.file ?? `${g.id}.txt`), 'utf8'), g });
  }
}

/** Every block of every scrape, with its site and its gold label. */
const lines = [];
for (const { id, site, text, g } of scrapes) {
  const cruft = new Set((g?.expect.cruft ?? []).map(norm));
  const body = new Set((g?.expect.body ?? []).map(norm));
  const optional = new Set((g?.expect.bodyOptional ?? []).map(norm));
  const credits = new Set((g?.expect.credits ?? []).map((c) => norm(typeof c === 'string' ? c : c.text)));
  const title = g?.expect.title ? norm(g.expect.title) : null;
  const blocks = createContext(text).blocks;
  for (const b of blocks) {
    const v = norm(b.value);
    const label = !g ? 'unlabelled' : cruft.has(v) ? 'cruft' : credits.has(v) ? 'credit' : optional.has(v) ? 'optional' : body.has(v) ? 'body' : v === title ? 'title' : 'other';
    lines.push({ id, site: site.replace(/^www\./, ''), value: b.value, words: b.words, label, index: b.index, count: blocks.length });
  }
}

for (const pages of htmlSets) {
  const read = (path) => (path.endsWith('.gz') ? gunzipSync(readFileSync(path)) : readFileSync(path)).toString('utf8');
  const goldBody = new Map(
    read(join(dirname(pages), 'gold.jsonl'))
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l))
      .map((g) => [String(g.id), norm(g.body ?? '').toLowerCase()]),
  );
  for (const l of read(pages).split('\n')) {
    if (!l.trim()) continue;
    const page = JSON.parse(l);
    const body = goldBody.get(String(page.id));
    if (body === undefined) continue;
    const site = (page.url && hostOf(page.url)) || `page:${page.id}`;
    const blocks = createContext(page.html, { format: 'html', url: page.url ?? undefined }).blocks;
    for (const b of blocks) {
      const label = body.includes(norm(b.value).toLowerCase()) ? 'html-body' : 'html-out';
      lines.push({ id: String(page.id), site, value: b.value, words: b.words, label, index: b.index, count: blocks.length });
    }
  }
}

/** The top-level alternatives of a pattern source, and those of a leading `^(?:…)` group. */
function alternatives(source) {
  const split = (s) => {
    const out = [];
    let depth = 0;
    let cls = false;
    let from = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (c === '\\') i++;
      else if (cls) cls = c !== ']';
      else if (c === '[') cls = true;
      else if (c === '(') depth++;
      else if (c === ')') depth--;
      else if (c === '|' && depth === 0) {
        out.push(s.slice(from, i));
        from = i + 1;
      }
    }
    out.push(s.slice(from));
    return out;
  };
  const out = [];
  for (const alt of split(source)) {
    if (!alt.startsWith('^(?:')) {
      out.push(alt);
      continue;
    }
    let depth = 0;
    let cls = false;
    let close = -1;
    for (let i = 1; i < alt.length && close < 0; i++) {
      const c = alt[i];
      if (c === '\\') i++;
      else if (cls) cls = c !== ']';
      else if (c === '[') cls = true;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) close = i;
    }
    const inner = split(alt.slice(4, close));
    if (inner.length < 2) out.push(alt);
    else for (const i of inner) out.push(`^(?:${i})${alt.slice(close + 1)}`);
  }
  return out;
}

/** Which lines a test matches, grouped by label and site. */
function evidence(test, good) {
  const by = {};
  const matched = [];
  for (const l of lines) {
    if (l.words > 200 || !test(l)) continue;
    ((by[l.label] ??= {})[l.site] ??= 0);
    by[l.label][l.site]++;
    matched.push(l);
  }
  const support = new Set(good.flatMap((label) => Object.keys(by[label] ?? {})));
  const wrong = ['body', 'title'].filter((label) => by[label]);
  const verdict = support.size >= 2 ? 'keep' : support.size === 1 ? `one site: ${[...support][0]}` : 'no evidence';
  const htmlOut = Object.keys(by['html-out'] ?? {});
  const htmlBody = Object.keys(by['html-body'] ?? {});
  const html = htmlSets.length ? `html: out of gold body on ${htmlOut.length} sites, in it on ${htmlBody.length}` : null;
  return { by, verdict, html, sites: [...support].sort(), htmlSites: htmlOut.sort(), wrong, matched };
}

const PROMO_WORD = /\p{L}/u;
/** Whether the phrase occurs in the text, not inside a word, and where it must, opening a sentence (as the promo rule reads it). */
function hasPhrase(text, phrase) {
  const lower = text.toLowerCase();
  for (let i = lower.indexOf(phrase); i >= 0; i = lower.indexOf(phrase, i + 1)) {
    const before = i > 0 ? lower[i - 1] : '';
    const after = lower[i + phrase.length] ?? '';
    const opening = !tables.SENTENCE_OPENING_PROMO_PHRASES.has(phrase) || /(?:^|[.!?…]["”’)\]]{0,2}\s{1,3})$/.test(text.slice(Math.max(0, i - 6), i));
    if (!PROMO_WORD.test(before) && !PROMO_WORD.test(after) && opening) return true;
  }
  return false;
}

const audit = [];
const addRegexRows = (table, list, good, describe) => {
  list.forEach((row, n) => {
    const pattern = row instanceof RegExp ? row : row.pattern;
    const whole = evidence((l) => pattern.test(l.value), good);
    const alts = alternatives(pattern.source);
    const parts =
      alts.length > 1
        ? alts.map((source) => {
            let re;
            try {
              re = new RegExp(source, pattern.flags);
            } catch {
              return { source, error: 'not a pattern alone' };
            }
            return { source, ...evidence((l) => re.test(l.value), good) };
          })
        : [];
    audit.push({ table, row: n, what: describe(row), source: pattern.source, ...whole, parts });
  });
};
addRegexRows('CRUFT_PHRASES', tables.CRUFT_PHRASES, ['cruft'], (r) => r.reason);
addRegexRows('CREDIT_FORMS', tables.CREDIT_FORMS, ['credit', 'other', 'optional', 'cruft'], (r) => String(r.role));
addRegexRows('CAPTION_FORMS', tables.CAPTION_FORMS, ['credit', 'other', 'optional', 'cruft'], () => 'caption');
for (const p of tables.defaultProfiles) {
  if (p.cruft?.length) addRegexRows(`profile ${p.id} cruft`, p.cruft, ['cruft'], (r) => r.reason);
  if (p.credits?.length) addRegexRows(`profile ${p.id} credits`, p.credits, ['credit', 'other', 'optional', 'cruft'], () => 'site');
}
tables.PROMO_PHRASES.forEach((phrase, n) => {
  audit.push({ table: 'PROMO_PHRASES', row: n, what: 'promo', source: phrase, ...evidence((l) => hasPhrase(l.value, phrase), ['cruft']), parts: [] });
});

if (asJson) {
  console.log(JSON.stringify(audit.map(({ matched, parts, ...r }) => ({ ...r, parts: parts.map(({ matched: _, ...p }) => p) })), null, 2));
  process.exit(0);
}

const fmt = (by) =>
  Object.entries(by)
    .filter(([label]) => !label.startsWith('html-'))
    .map(([label, sites]) => `${label}: ${Object.entries(sites).map(([s, n]) => `${s} ${n}`).join(', ')}`)
    .join(' | ');
const clip = (s, n = 110) => (s.length > n ? `${s.slice(0, n - 3)}...` : s);
let previous = '';
for (const r of audit) {
  if (r.table !== previous) console.log(`\n== ${r.table} ==`);
  previous = r.table;
  const flag = r.wrong.length ? `  !! matches ${r.wrong.join(' and ')} lines` : '';
  const corpus = fmt(r.by);
  console.log(`[${r.row}] ${r.what}  ${clip(r.source, 100)}\n    ${r.verdict}${flag}${corpus ? `  (${corpus})` : ''}${r.html ? `\n    ${r.html}` : ''}`);
  for (const p of r.parts) {
    if (p.error) continue;
    const f = p.wrong.length ? `  !! ${p.wrong.join(', ')}` : '';
    const pc = fmt(p.by);
    console.log(`      | ${clip(p.source, 70).padEnd(70)} ${p.verdict}${f}${pc ? `  (${pc})` : ''}${p.html ? `; ${p.html.slice(6)}` : ''}`);
  }
  const shown = showAll ? r.matched : r.matched.filter((l) => l.label === 'body' || l.label === 'title');
  if (r.htmlSites.length) console.log(`      html sites: ${clip(r.htmlSites.join(', '), 200)}`);
  for (const l of shown.slice(0, showAll ? Infinity : 3)) console.log(`      ${l.label.padEnd(10)} ${l.site} #${l.id}: ${clip(JSON.stringify(l.value), 100)}`);
}
const count = (v) => audit.filter((r) => r.verdict.startsWith(v)).length;
console.log(`\n${audit.length} rows: ${count('keep')} keep, ${count('one site')} one site, ${count('no evidence')} no evidence; ${audit.filter((r) => r.wrong.length).length} match body or title lines`);
