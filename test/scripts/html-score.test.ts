import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// scripts/html-score.mjs on tiny gold/prediction pairs whose numbers are worked out by hand.

const SCORER = fileURLToPath(new URL('../../scripts/html-score.mjs', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'html-score-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Share {
  ok: number;
  n: number;
  rate: number | null;
}
interface Group {
  pages: number;
  missing: number;
  errors: number;
  aeb: { f1: number | null; precision: number | null; recall: number | null; accuracy: number | null };
  wcxb: { f1: number | null; precision: number | null; recall: number | null; with: number | null; without: number | null };
  title: Share;
  author: Share;
  date: Share;
  dateWithinADay: Share;
}
interface Report {
  counts: { gold: number; matched: number; missing: number; errors: number; unknownIds: number };
  groups: Record<string, Group> & { overall: Group };
  line: string;
}

type Row = Record<string, unknown>;
let runs = 0;

/** Writes GOLD and PRED as JSON Lines, runs the scorer with --json and returns its report. */
function score(gold: readonly Row[], pred: readonly Row[]): Report {
  runs++;
  const goldPath = join(work, `gold-${runs}.jsonl`);
  const predPath = join(work, `pred-${runs}.jsonl`);
  writeFileSync(goldPath, gold.map((g) => JSON.stringify(g)).join('\n'));
  writeFileSync(predPath, pred.map((p) => JSON.stringify(p)).join('\n'));
  const out = spawnSync(process.execPath, [SCORER, '--gold', goldPath, '--pred', predPath, '--json'], { encoding: 'utf8' });
  expect(out.stderr).toBe('');
  expect(out.status).toBe(0);
  return JSON.parse(out.stdout) as Report;
}

const aebPage = (id: string, body: string): Row => ({ id, source: 'aeb', pageType: 'article', title: null, author: null, published: null, body, with: [], without: [] });
const wcxbPage = (id: string, body: string, extra: Row = {}): Row => ({
  id,
  source: 'wcxb',
  pageType: 'article',
  title: null,
  author: null,
  published: null,
  body,
  with: [],
  without: [],
  ...extra,
});
const article = (id: string, body: readonly string[], extra: Row = {}): Row => ({ id, title: null, credits: [], published: null, body, ...extra });

const SIX = 'One two three, four five six.';

describe('body text', () => {
  it('a perfect prediction scores 1 on every measure', () => {
    const r = score([aebPage('p1', SIX)], [article('p1', ['One two three,', 'four five six.'])]);
    expect(r.groups.overall.aeb).toEqual({ f1: 1, precision: 1, recall: 1, accuracy: 1 });
    expect(r.groups.overall.wcxb.f1).toBe(1);
    expect(r.line).toBe('html: aeb F1 1.000, wcxb F1 1.000, without n/a, title n/a, author n/a, date n/a');
  });

  const nothing: { name: string; pred: Row[]; missing: number; errors: number }[] = [
    { name: 'no prediction line', pred: [], missing: 1, errors: 0 },
    { name: 'an error line', pred: [{ id: 'p1', error: 'boom', body: [SIX] }], missing: 0, errors: 1 },
    { name: 'an empty body', pred: [article('p1', [])], missing: 0, errors: 0 },
  ];
  it.each(nothing)('$name scores 0 (nothing predicted: no precision, recall 0, F1 0)', ({ pred, missing, errors }) => {
    const r = score([aebPage('p1', SIX)], pred);
    expect(r.groups.overall).toMatchObject({ missing, errors });
    expect(r.groups.overall.aeb).toEqual({ f1: 0, precision: null, recall: 0, accuracy: 0 });
    expect(r.groups.overall.wcxb.f1).toBe(0);
  });

  // Gold "One two three four five six": shingles 1234 2345 3456 (AEB keeps case).
  // Pred "One two three four five seven eight": 1234 2345 345s 45se → tp 2, fp 2, fn 1.
  // AEB: P 2/4, R 2/3, F1 4/7. Words: 5 in common of 7 predicted, 6 gold → P 5/7, R 5/6, F1 10/13.
  const PARTIAL = 'One two three four five seven eight';

  it('a partial overlap gives the hand-computed shingle and word scores', () => {
    const r = score([aebPage('p1', SIX)], [article('p1', [PARTIAL])]);
    const { aeb, wcxb } = r.groups.overall;
    expect(aeb.precision).toBeCloseTo(1 / 2, 12);
    expect(aeb.recall).toBeCloseTo(2 / 3, 12);
    expect(aeb.f1).toBeCloseTo(4 / 7, 12);
    expect(aeb.accuracy).toBe(0);
    expect(wcxb.precision).toBeCloseTo(5 / 7, 12);
    expect(wcxb.recall).toBeCloseTo(5 / 6, 12);
    expect(wcxb.f1).toBeCloseTo(10 / 13, 12);
  });

  it('AEB F1 is the F1 of the mean precision and mean recall; WCXB F1 is the mean of page F1s', () => {
    const r = score([aebPage('p1', SIX), aebPage('p2', SIX)], [article('p1', [SIX]), article('p2', [PARTIAL])]);
    const { aeb, wcxb } = r.groups.overall;
    expect(aeb.precision).toBeCloseTo(3 / 4, 12); // (1 + 1/2) / 2
    expect(aeb.recall).toBeCloseTo(5 / 6, 12); // (1 + 2/3) / 2
    expect(aeb.f1).toBeCloseTo(15 / 19, 12); // not (1 + 4/7) / 2 = 11/14
    expect(aeb.accuracy).toBe(0.5);
    expect(wcxb.f1).toBeCloseTo(23 / 26, 12); // (1 + 10/13) / 2
  });

  it('a text shorter than four words is one shingle; repeated shingles count as often as they occur', () => {
    expect(score([aebPage('p1', 'Hello world')], [article('p1', ['hello world'])]).groups.overall.aeb.f1).toBe(0); // case matters for AEB
    const twice = score([aebPage('p1', 'a b c d')], [article('p1', ['a b c d', 'a b c d'])]).groups.overall.aeb;
    // pred shingles abcd bcda cdab dabc abcd: tp 1, fp 4, fn 0 → P 1/5, R 1
    expect(twice.precision).toBeCloseTo(1 / 5, 12);
    expect(twice.recall).toBe(1);
  });
});

describe('snippets (WCXB with / without)', () => {
  const gold = [
    wcxbPage('w1', 'Real story text here.', { with: ['real STORY'], without: ['Subscribe now', 'Related stories'] }),
    wcxbPage('w2', 'Another story.'),
  ];

  it('counts the share of boilerplate snippets that leak, ignoring case; a page without snippets counts 1.0', () => {
    const r = score(gold, [article('w1', ['Real story text here.', 'SUBSCRIBE NOW to our newsletter']), article('w2', ['Another story.'])]);
    expect(r.groups.overall.wcxb.with).toBe(1); // (1 + 1) / 2
    expect(r.groups.overall.wcxb.without).toBe(0.75); // (1/2 + 1) / 2
    expect(r.line).toMatch(/, without 0\.750,/);
  });

  it('a clean extraction leaks nothing, and an empty one finds no snippet', () => {
    const clean = score(gold.slice(0, 1), [article('w1', ['Real story text here.'])]);
    expect(clean.groups.overall.wcxb).toMatchObject({ with: 1, without: 0 });
    const empty = score(gold.slice(0, 1), []);
    expect(empty.groups.overall.wcxb).toMatchObject({ with: 0, without: 0, f1: 0 });
  });

  it('snippet rates are over WCXB pages only', () => {
    const r = score([aebPage('a1', SIX), ...gold.slice(0, 1)], [article('w1', ['Related stories'])]);
    expect(r.groups.overall.wcxb.without).toBe(0.5);
    expect(r.groups.aeb?.wcxb.without).toBeNull();
  });
});

describe('title, author and date', () => {
  const gold = [
    wcxbPage('m1', '', { title: '“Hello” — World', author: 'Jane Doe and John Roe', published: '2020-01-02' }),
    wcxbPage('m2', '', { title: 'Other', author: 'Jane Doe & John Roe', published: '2020-01-02' }),
    wcxbPage('m3', ''),
  ];
  const pred = [
    article('m1', [], {
      title: ' "hello"  -  world ',
      credits: ['By Jane Doe', 'John Roe, Reuters'],
      published: { local: '2020-01-02T23:30:00', utc: '2020-01-03T04:30:00Z' },
    }),
    article('m2', [], { title: 'Other page', credits: ['By Jane Doe', 'Dejohn Roe'], published: { local: '2020-01-01T12:00:00', utc: null } }),
    article('m3', [], { title: 'Anything' }),
  ];

  it('rates each field over the pages whose gold has it', () => {
    const { overall } = score(gold, pred).groups;
    expect(overall.title).toEqual({ ok: 1, n: 2, rate: 0.5 }); // quotes, dash, case and spaces folded
    expect(overall.author).toEqual({ ok: 1, n: 2, rate: 0.5 }); // "john roe" is not at a word start in "dejohn roe"
    expect(overall.date).toEqual({ ok: 1, n: 2, rate: 0.5 });
    expect(overall.dateWithinADay).toEqual({ ok: 2, n: 2, rate: 1 });
  });
});

describe('matching predictions to pages', () => {
  it('accepts the WARC-Record-ID of a page as its id, and counts ids not in the gold', () => {
    // uuid5(uuid5(NAMESPACE_URL, "https://github.com/news-scrape/html-corpus"), "page-1"), from Python's uuid module.
    const r = score(
      [aebPage('page-1', SIX)],
      [article('<urn:uuid:8a13b055-86f4-5f51-90eb-f1bc2bd1ba98>', [SIX]), article('page-2', [SIX])],
    );
    expect(r.counts).toMatchObject({ gold: 1, matched: 1, missing: 0, unknownIds: 1 });
    expect(r.groups.overall.aeb.f1).toBe(1);
  });
});
