#!/usr/bin/env node
// Our own scorer for the HTML page sets (AEB, WCXB dev), used by scripts/eval-html.mjs when
// ../shared/eval/html-score.mjs is absent. It gives the same numbers and prints the same table.
//
//   node scripts/html-score.mjs --gold GOLD.jsonl --pred PRED.jsonl [--per-page] [--json]
//
// GOLD rows: {id, source, pageType, title, author, published, body, with, without}.
// PRED rows: news-scrape's toJSON(article), matched by id (or by the page's WARC-Record-ID).
// A page with no prediction, or whose line has an "error" field, scores as empty output.
// The predicted text of a page is its body paragraphs joined with "\n".
//
// What is measured (docs/html-evaluation.md says more):
//   AEB   (ScrapingHub's evaluate.py) \w+ tokens; 4-token shingles counted as a multiset;
//         per page tp/fp/fn divided by their sum; precision averaged over the pages that
//         predict something, recall over the pages whose gold has something; F1 of the two
//         averages (0 when nothing at all is predicted); accuracy = token lists equal.
//         Averages are exact: the sum is kept as a big integer, as Python's statistics.mean.
//   WCXB  (WCXB's evaluate.py) lower-cased \w+ word bags: P/R/F1 per page, each averaged
//         over pages (summed left to right in id order); with / without = share of the
//         page's snippets found case-insensitively (a page with none counts 1.0 for both).
//   title, author, date: see titleKey, authorFound and sameDay below.
// Exit status 0; 2 on bad usage or unreadable gold.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const USAGE = 'usage: html-score.mjs --gold GOLD.jsonl --pred PRED.jsonl [--per-page] [--json]';

// ------------------------------------------------------------------------------- text

/** Python 3's re `\w`: letters, digits (every \p{N}) and the underscore. */
const WORD_RE = /[\p{L}\p{N}_]+/gu;
const words = (text) => (text ? (text.match(WORD_RE) ?? []) : []);

/** Counts of the n-token shingles; a text shorter than n is one shingle of all its tokens. */
function shingles(tokens, n = 4) {
  const bag = new Map();
  const last = Math.max(tokens.length - n, 0);
  for (let i = 0; i <= last && i < tokens.length; i++) {
    const key = tokens.slice(i, i + n).join('\u0000');
    bag.set(key, (bag.get(key) ?? 0) + 1);
  }
  return bag;
}

/** AEB per-page counts: matched, extra and missing shingles, as shares of their total. */
function shingleOverlap(goldTokens, predTokens) {
  const want = shingles(goldTokens);
  const got = shingles(predTokens);
  let tp = 0;
  let fn = 0;
  for (const [key, w] of want) {
    const g = got.get(key) ?? 0;
    tp += Math.min(w, g);
    fn += w > g ? w - g : 0;
  }
  let fp = 0;
  for (const [key, g] of got) {
    const w = want.get(key) ?? 0;
    fp += g > w ? g - w : 0;
  }
  const total = tp + fp + fn;
  return total === 0 ? { tp, fp, fn } : { tp: tp / total, fp: fp / total, fn: fn / total };
}

/** evaluate.py's precision: 1 for a perfect page, 0 when nothing is predicted. */
function aebPrecision({ tp, fp, fn }) {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

/** evaluate.py's recall: 1 for a perfect page, 0 when the gold is empty. */
function aebRecall({ tp, fp, fn }) {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const harmonic = (p, r) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

function sameWords(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** WCXB word-bag precision, recall and F1 of one page (the text is lower-cased before splitting). */
function wordBagScores(predText, goldText) {
  const pred = words(predText.toLowerCase());
  const gold = words(goldText.toLowerCase());
  if (gold.length === 0) return pred.length === 0 ? { p: 1, r: 1, f1: 1 } : { p: 0, r: 0, f1: 0 };
  if (pred.length === 0) return { p: 0, r: 0, f1: 0 };
  const left = new Map();
  for (const w of gold) left.set(w, (left.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of pred) {
    const n = left.get(w) ?? 0;
    if (n > 0) {
      common++;
      left.set(w, n - 1);
    }
  }
  const p = common / pred.length;
  const r = common / gold.length;
  return { p, r, f1: harmonic(p, r) };
}

/** Share of the snippets that occur in the text, ignoring case; 1 when there are none. */
function snippetShare(text, snippets) {
  if (snippets.length === 0) return 1;
  const hay = text.toLowerCase();
  let found = 0;
  for (const s of snippets) if (hay.includes(String(s).toLowerCase())) found++;
  return found / snippets.length;
}

// ------------------------------------------------------------------------------- metadata

/** Characters dropped, and characters straightened, before titles and names are compared. */
const INVISIBLE_RE = /[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/g;
const SINGLE_QUOTE_RE = /[\u2018\u2019\u201A\u201B\u2032`\u00B4]/g;
const DOUBLE_QUOTE_RE = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASH_RE = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACE_RE = /\s+/gu;

/** The form in which two titles (or names) are compared: "“Hi” — There " → '"hi" - there'. */
function titleKey(value) {
  return String(value ?? '')
    .normalize('NFKC')
    .replace(INVISIBLE_RE, '')
    .replace(SINGLE_QUOTE_RE, "'")
    .replace(DOUBLE_QUOTE_RE, '"')
    .replace(DASH_RE, '-')
    .toLowerCase()
    .replaceAll('ß', 'ss') // case folding beyond toLowerCase
    .replaceAll('ς', 'σ')
    .replace(SPACE_RE, ' ')
    .trim();
}

/** Strings of a credits/authors list: strings as they are, objects by "text" or else "name". */
function creditStrings(list) {
  if (!Array.isArray(list)) return [];
  const out = [];
  for (const c of list) {
    const s = typeof c === 'string' ? c : c !== null && typeof c === 'object' ? (c.text ?? c.name) : null;
    if (typeof s === 'string') out.push(s);
  }
  return out;
}

const NAME_SPLIT_RE = /\s*(?:,|&|\s+and\s+)\s*/u;
const regexQuote = (s) => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

/** Every gold name ("A, B and C") starts at a word start in some predicted credit or author; null if no name. */
function authorFound(goldAuthor, article) {
  const names = titleKey(goldAuthor)
    .split(NAME_SPLIT_RE)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (names.length === 0) return null;
  const credits = [...creditStrings(article.credits), ...creditStrings(article.authors)].map(titleKey);
  return names.every((name) => {
    const at = new RegExp(`(?<![\\p{L}\\p{N}])${regexQuote(name)}`, 'u');
    return credits.some((c) => at.test(c));
  });
}

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Days since 1970-01-01 of a string starting "YYYY-MM-DD", else null. */
function dayOf(value) {
  const m = DAY_RE.exec(typeof value === 'string' ? value : '');
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 : null;
}

/** Whether published.local or .utc falls on the gold day, and whether one is at most a day off. */
function sameDay(goldDay, article) {
  const want = dayOf(goldDay);
  const days = [article.published?.local, article.published?.utc].map(dayOf).filter((d) => d !== null);
  return { same: days.includes(want), near: days.some((d) => Math.abs(d - want) <= 1) };
}

// ------------------------------------------------------------------------------- means

const F64 = new Float64Array(1);
const BITS = new BigUint64Array(F64.buffer);

/** A finite double as [integer mantissa (signed BigInt), binary exponent]: x = m·2^e. */
function split(x) {
  F64[0] = x;
  const bits = BITS[0];
  const biased = Number((bits >> 52n) & 0x7ffn);
  let m = bits & 0xfffffffffffffn;
  if (biased !== 0) m |= 0x10000000000000n;
  if (bits >> 63n) m = -m;
  return [m, (biased === 0 ? 1 : biased) - 1075];
}

/** x·2^e, in steps that stay exact while the result is a normal number. */
function scale(x, e) {
  let y = x;
  let k = e;
  for (; k > 1000; k -= 1000) y *= 2 ** 1000;
  for (; k < -1000; k += 1000) y *= 2 ** -1000;
  return y * 2 ** k;
}

/** The mean of doubles, rounded once from the exact value (as Python's statistics.mean); null if empty. */
function exactMean(values) {
  if (values.length === 0) return null;
  const parts = values.map(split).filter(([m]) => m !== 0n);
  if (parts.length === 0) return 0;
  const low = Math.min(...parts.map(([, e]) => e));
  let sum = 0n;
  for (const [m, e] of parts) sum += m << BigInt(e - low);
  if (sum === 0n) return 0;
  const negative = sum < 0n;
  const num = negative ? -sum : sum;
  const den = BigInt(values.length);
  // 64 bits of quotient and a sticky bit are enough for Number() to round it correctly.
  const extra = Math.max(0, 66 - (num.toString(2).length - den.toString(2).length));
  const shifted = num << BigInt(extra);
  let q = shifted / den;
  q = (q << 1n) | (shifted % den === 0n ? 0n : 1n);
  const mean = scale(Number(q), low - extra - 1);
  return negative ? -mean : mean;
}

/** The mean as WCXB's script takes it: a plain sum, left to right, over n; null if empty. */
function plainMean(values) {
  if (values.length === 0) return null;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

// ------------------------------------------------------------------------------- inputs

/** The UUID (version 5, SHA-1) of a name in a namespace. */
function uuidV5(namespace, name) {
  const hash = createHash('sha1').update(Buffer.from(namespace.replaceAll('-', ''), 'hex')).update(name, 'utf8').digest();
  hash[6] = 0x50 | (hash[6] & 0x0f);
  hash[8] = 0x80 | (hash[8] & 0x3f);
  const h = hash.toString('hex', 0, 16);
  return [h.slice(0, 8), h.slice(8, 12), h.slice(12, 16), h.slice(16, 20), h.slice(20, 32)].join('-');
}
/** The corpus namespace of WARC-Record-IDs (shared/html/README.md). */
const CORPUS_NS = uuidV5('6ba7b811-9dad-11d1-80b4-00c04fd430c8', 'https://github.com/news-scrape/html-corpus');

function readText(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    console.error(`${path}: ${err.message}`);
    process.exit(2);
  }
}

function readGold(path) {
  const rows = [];
  const lines = readText(path).split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    try {
      rows.push(JSON.parse(lines[i]));
    } catch (err) {
      console.error(`${path}:${i + 1}: not JSON: ${err.message}`);
      process.exit(2);
    }
  }
  return rows;
}

/** Predictions by gold id, and what could not be matched. */
function readPredictions(path, gold) {
  const ids = new Set(gold.map((g) => String(g.id)));
  const byRecord = new Map([...ids].map((id) => [uuidV5(CORPUS_NS, id), id]));
  const found = new Map();
  const counts = { unknown: 0, duplicates: 0, bad: 0 };
  for (const line of readText(path).split('\n')) {
    if (line.trim() === '') continue;
    let row;
    try {
      row = JSON.parse(line);
    } catch {
      counts.bad++;
      continue;
    }
    if (row === null || typeof row !== 'object') {
      counts.bad++;
      continue;
    }
    let id = String(row.id);
    if (!ids.has(id)) {
      const uuid = id.replace(/^<|>$/g, '').replace(/^urn:uuid:/i, '').toLowerCase();
      id = byRecord.get(uuid) ?? id;
    }
    if (!ids.has(id)) counts.unknown++;
    else if (found.has(id)) counts.duplicates++;
    else found.set(id, row);
  }
  return { found, ...counts };
}

// ------------------------------------------------------------------------------- scoring

/** Every measure of one gold page against its prediction (undefined when there is none). */
function scorePage(g, prediction) {
  const failed = prediction !== undefined && prediction.error != null;
  const article = prediction === undefined || failed ? {} : prediction;
  const body = Array.isArray(article.body) ? article.body.join('\n') : typeof article.body === 'string' ? article.body : '';
  const gold = g.body ?? '';
  const goldTokens = words(gold);
  const predTokens = words(body);
  const counts = shingleOverlap(goldTokens, predTokens);
  const p = aebPrecision(counts);
  const r = aebRecall(counts);
  const bag = wordBagScores(body, gold);
  const wcxb = g.source === 'wcxb';
  const published = g.published != null && dayOf(g.published) !== null ? sameDay(g.published, article) : null;
  return {
    id: String(g.id),
    source: g.source ?? 'other',
    pageType: g.pageType ?? null,
    missing: prediction === undefined,
    error: failed,
    aeb: { ...counts, p, r, f1: harmonic(p, r), acc: sameWords(goldTokens, predTokens) ? 1 : 0 },
    wcxb: bag,
    with: wcxb ? snippetShare(body, g.with ?? []) : null,
    without: wcxb ? snippetShare(body, g.without ?? []) : null,
    title: g.title != null ? titleKey(article.title) === titleKey(g.title) : null,
    author: g.author != null ? authorFound(g.author, article) : null,
    date: published && published.same,
    dateNear: published && published.near,
  };
}

/** ok / n / rate of a yes-no measure over the pages that have it. */
function share(pages, key) {
  const have = pages.filter((s) => s[key] !== null);
  const ok = have.filter((s) => s[key]).length;
  return { ok, n: have.length, rate: have.length > 0 ? ok / have.length : null };
}

const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The table row of a group of pages. */
function summarize(pages) {
  const precision = exactMean(pages.filter((s) => s.aeb.tp + s.aeb.fp > 0).map((s) => s.aeb.p));
  const recall = exactMean(pages.filter((s) => s.aeb.tp + s.aeb.fn > 0).map((s) => s.aeb.r));
  let f1 = null;
  if (precision !== null && recall !== null) f1 = harmonic(precision, recall);
  else if (precision === 0 || recall === 0) f1 = 0;
  const inOrder = [...pages].sort(byId);
  const snippets = inOrder.filter((s) => s.with !== null);
  return {
    pages: pages.length,
    missing: pages.filter((s) => s.missing).length,
    errors: pages.filter((s) => s.error).length,
    aeb: { f1, precision, recall, accuracy: exactMean(pages.map((s) => s.aeb.acc)) },
    wcxb: {
      f1: plainMean(inOrder.map((s) => s.wcxb.f1)),
      precision: plainMean(inOrder.map((s) => s.wcxb.p)),
      recall: plainMean(inOrder.map((s) => s.wcxb.r)),
      with: plainMean(snippets.map((s) => s.with)),
      without: plainMean(snippets.map((s) => s.without)),
      snippetPages: snippets.length,
    },
    title: share(pages, 'title'),
    author: share(pages, 'author'),
    date: share(pages, 'date'),
    dateWithinADay: share(pages, 'dateNear'),
  };
}

/** Rows per source, per page type within a source that has several, then overall. */
function groupRows(pages) {
  const groups = {};
  for (const source of [...new Set(pages.map((s) => s.source))].sort()) {
    const mine = pages.filter((s) => s.source === source);
    groups[source] = summarize(mine);
    const types = [...new Set(mine.map((s) => s.pageType))].sort();
    if (types.length > 1) for (const t of types) groups[`${source}/${t}`] = summarize(mine.filter((s) => s.pageType === t));
  }
  return groups;
}

// ------------------------------------------------------------------------------- report

const fixed3 = (x) => (x === null || x === undefined ? 'n/a' : x.toFixed(3));
const mark = (v) => (v === null ? '-' : v ? 'ok' : 'x');
const fraction = (s) => (s.rate === null ? 'n/a'.padStart(15) : `${s.rate.toFixed(3)} ${`${s.ok}/${s.n}`.padStart(9)}`);

function summaryLine(all) {
  const parts = [
    ['aeb F1', all.aeb.f1],
    ['wcxb F1', all.wcxb.f1],
    ['without', all.wcxb.without],
    ['title', all.title.rate],
    ['author', all.author.rate],
    ['date', all.date.rate],
  ];
  return `html: ${parts.map(([name, v]) => `${name} ${fixed3(v)}`).join(', ')}`;
}

function tableRow(name, a) {
  const aeb = [fixed3(a.aeb.f1).padStart(6), ...[a.aeb.precision, a.aeb.recall, a.aeb.accuracy].map((v) => fixed3(v).padStart(5))];
  const wcxb = [fixed3(a.wcxb.f1).padStart(7), ...[a.wcxb.precision, a.wcxb.recall, a.wcxb.with, a.wcxb.without].map((v) => fixed3(v).padStart(5))];
  const meta = [a.title, a.author, a.date, a.dateWithinADay].map(fraction);
  return `${name.padEnd(20)} ${String(a.pages).padStart(5)} | ${aeb.join(' ')} | ${wcxb.join(' ')} | ${meta.join(' | ')}`;
}

function main(argv) {
  const value = (flag) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const goldPath = value('--gold');
  const predPath = value('--pred');
  if (!goldPath || !predPath) {
    console.error(USAGE);
    process.exit(2);
  }
  const perPage = argv.includes('--per-page');
  const gold = readGold(goldPath);
  const preds = readPredictions(predPath, gold);
  const pages = gold.map((g) => scorePage(g, preds.found.get(String(g.id))));
  const groups = groupRows(pages);
  const overall = summarize(pages);
  const line = summaryLine(overall);
  const counts = {
    gold: gold.length,
    matched: pages.filter((s) => !s.missing).length,
    missing: overall.missing,
    errors: overall.errors,
    unknownIds: preds.unknown,
    duplicateIds: preds.duplicates,
    badLines: preds.bad,
  };
  const worstFirst = [...pages].sort((a, b) => a.aeb.f1 - b.aeb.f1 || a.wcxb.f1 - b.wcxb.f1 || (a.id < b.id ? -1 : 1));

  if (argv.includes('--json')) {
    const out = { gold: goldPath, pred: predPath, counts, groups: { ...groups, overall }, line };
    if (perPage) {
      out.pages = worstFirst.map((s) => ({
        id: s.id,
        source: s.source,
        pageType: s.pageType,
        missing: s.missing,
        error: s.error,
        aebF1: s.aeb.f1,
        aebP: s.aeb.p,
        aebR: s.aeb.r,
        wcxbF1: s.wcxb.f1,
        wcxbP: s.wcxb.p,
        wcxbR: s.wcxb.r,
        with: s.with,
        without: s.without,
        title: s.title,
        author: s.author,
        date: s.date,
        dateWithinADay: s.dateNear,
      }));
    }
    console.log(JSON.stringify(out, null, 1));
    return;
  }

  if (perPage) {
    console.log('id                      aebF1  wcxbF1  title date');
    for (const s of worstFirst) {
      const note = s.missing ? '  (no prediction)' : s.error ? '  (error)' : '';
      console.log(`${s.id.padEnd(22)}  ${s.aeb.f1.toFixed(3)}  ${s.wcxb.f1.toFixed(3)}   ${mark(s.title).padEnd(5)} ${mark(s.date)}${note}`);
    }
    console.log('');
  }
  const notes = [
    `${counts.gold} pages`,
    `${counts.matched} with a prediction`,
    `${counts.missing} missing`,
    `${counts.errors} errors`,
    ...(preds.unknown ? [`${preds.unknown} prediction ids not in gold`] : []),
    ...(preds.duplicates ? [`${preds.duplicates} duplicate ids (first kept)`] : []),
    ...(preds.bad ? [`${preds.bad} unreadable prediction lines`] : []),
  ];
  console.log(`${goldPath}: ${notes.join(', ')}`);
  const head =
    `${'set'.padEnd(20)} ${'pages'.padStart(5)} | ${'AEB F1'.padStart(6)} ${['P', 'R', 'acc'].map((h) => h.padStart(5)).join(' ')}` +
    ` | ${'WCXB F1'.padStart(7)} ${['P', 'R', 'with', 'w/out'].map((h) => h.padStart(5)).join(' ')}` +
    ` | ${['title', 'author', 'date', 'date ±1 day'].map((h) => h.padEnd(15)).join(' | ')}`;
  console.log(head);
  for (const [name, row] of Object.entries({ ...groups, overall })) console.log(tableRow(name, row));
  console.log(line);
}

main(process.argv.slice(2));
