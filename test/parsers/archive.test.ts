import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { archiveParser, findArchives, readArchive } from '../../src/parsers/archive.js';
import type { Archive, SiteProfile, Warning } from '../../src/types.js';

/** Line 2 of seeds 000, 001 and 002, as scraped (NBSPs included). */
const SEED_BANNERS = {
  '000': '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 21 March 2018 - Wednesday - 4 Rajab 1439 | 20/03/2018\u00a0(38) 19/03/2018\u00a0(41) 18/03/2018\u00a0(39) 17/03/2018\u00a0(37) 16/03/2018\u00a0(42) Total: 135,520 content \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 Facebook Twitter Youtube',
  '001': '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0  20 July 2018 - Friday - 7 Dhul-Qa\u02bfda 1439 | 20/07/2018\u00a0(26) 19/07/2018\u00a0(33) 18/07/2018\u00a0(38) 17/07/2018\u00a0(48) 16/07/2018\u00a0(45) Total: 140,211 content \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 Facebook Twitter Youtube',
  '002': '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0  15 February 2019 - Friday - 10 Jumada al-Thani 1440 | 14/02/2019\u00a0(26) 13/02/2019\u00a0(20) 12/02/2019\u00a0(1) 11/02/2019\u00a0(1) 10/02/2019\u00a0(2) Total: 147,805 content \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 Facebook Twitter Youtube',
} as const;

const PROFILE = (dateOrder: 'dmy' | 'mdy'): SiteProfile => ({ id: 'test-site', name: 'Test Site', dateOrder });

/** Runs the parser over an input and returns its claims (with their text) and warnings. */
function run(input: string, profile: SiteProfile | null = null) {
  const warnings: Warning[] = [];
  const ctx = createContext(input, {}, profile, warnings);
  const claims = archiveParser
    .parse(ctx)
    .flatMap((c) => (c.kind === 'archive' ? [{ ...c, text: input.slice(c.start, c.end) }] : []));
  return { claims, warnings };
}

/** Daily entries from [date, count] pairs. */
const days = (...pairs: [string, number][]): Archive['daily'] => pairs.map(([date, count]) => ({ date, count }));

describe('archiveParser on the seeds', () => {
  it.each([
    [
      '000',
      days(['2018-03-20', 38], ['2018-03-19', 41], ['2018-03-18', 39], ['2018-03-17', 37], ['2018-03-16', 42]),
      135_520,
    ],
    [
      '001',
      days(['2018-07-20', 26], ['2018-07-19', 33], ['2018-07-18', 38], ['2018-07-17', 48], ['2018-07-16', 45]),
      140_211,
    ],
    [
      '002',
      days(['2019-02-14', 26], ['2019-02-13', 20], ['2019-02-12', 1], ['2019-02-11', 1], ['2019-02-10', 2]),
      147_805,
    ],
  ])('seed %s gives the gold counters', (seed, daily, total) => {
    const input = `Islamic Invitation Turkey\n${SEED_BANNERS[seed as keyof typeof SEED_BANNERS]}\n`;
    const { claims, warnings } = run(input);
    expect(warnings).toEqual([]);
    expect(claims).toHaveLength(1);
    const claim = claims[0]!;
    expect(claim.value).toEqual({ daily, total });
    expect(claim).toMatchObject({ kind: 'archive', by: 'archive', confidence: 0.9 });
    expect(claim.text.startsWith(`${daily[0]!.date.slice(8, 10)}/`)).toBe(true);
    expect(claim.text.endsWith(`${total.toLocaleString('en-US')} content`)).toBe(true);
  });
});

describe('archiveParser date order', () => {
  it.each([
    ['a day above 12 decides d/m', '13/03/2018 (1) 12/03/2018 (2)', null, ['2018-03-13', '2018-03-12'], []],
    ['a day above 12 decides m/d', '03/13/2018 (1) 03/12/2018 (2)', null, ['2018-03-13', '2018-03-12'], []],
    ['consecutive days decide d/m', '03/04/2018 (1) 02/04/2018 (2) 01/04/2018 (3)', null, ['2018-04-03', '2018-04-02', '2018-04-01'], []],
    ['consecutive days decide m/d', '04/03/2018 (1) 04/02/2018 (2) 04/01/2018 (3)', null, ['2018-04-03', '2018-04-02', '2018-04-01'], []],
    ['ascending days count too', '01/04/2018 (1) 02/04/2018 (2)', null, ['2018-04-01', '2018-04-02'], []],
    ['evidence beats the profile', '13/03/2018 (1) 12/03/2018 (2)', 'mdy', ['2018-03-13', '2018-03-12'], []],
    ['the profile decides otherwise', '03/04/2018 (1) 05/06/2018 (2)', 'mdy', ['2018-03-04', '2018-05-06'], []],
    ['no evidence: d/m and a warning', '03/04/2018 (1) 05/06/2018 (2)', null, ['2018-04-03', '2018-06-05'], ['ambiguous-date']],
    ['one entry with a total', '03/04/2018 (7) Total: 99 content', null, ['2018-04-03'], ['ambiguous-date']],
    ['the same both ways', '03/03/2018 (1) 04/04/2018 (2)', null, ['2018-03-03', '2018-04-04'], []],
  ] as const)('%s: %j', (_, text, order, dates, codes) => {
    const { claims, warnings } = run(text, order === null ? null : PROFILE(order));
    expect(claims).toHaveLength(1);
    expect(claims[0]!.value.daily.map((d) => d.date)).toEqual(dates);
    expect(warnings.map((w) => w.code)).toEqual(codes);
    for (const w of warnings) expect([w.start, w.end]).toEqual([claims[0]!.start, claims[0]!.end]);
  });

  it('warns invalid-date and claims nothing when no order gives real days', () => {
    const { claims, warnings } = run('30/02/2018 (1) 31/02/2018 (2)');
    expect(claims).toEqual([]);
    expect(warnings.map((w) => w.code)).toEqual(['invalid-date']);
  });
});

describe('archiveParser shapes', () => {
  it.each([
    ['total alone with a noun', 'Total: 135,520 content', [], 135_520, 0.7],
    ['total with a noun first', 'Total articles: 1,234', [], 1_234, 0.7],
    ['a line that is only a total', 'Total: 98765', [], 98_765, 0.7],
    ['daily alone', '20/03/2018 (38) 19/03/2018 (41)', ['2018-03-20', '2018-03-19'], null, 0.8],
    ['pipes between entries', '20/03/2018 (38) | 19/03/2018 (41) | Total: 5 posts', ['2018-03-20', '2018-03-19'], 5, 0.9],
    ['dots in dates', '20.03.2018 (38) 19.03.2018 (41)', ['2018-03-20', '2018-03-19'], null, 0.8],
    ['thousands in counts', '20/03/2018 (1,038) 19/03/2018 (41)', ['2018-03-20', '2018-03-19'], null, 0.8],
  ] as const)('%s: %j', (_, text, dates, total, confidence) => {
    const { claims, warnings } = run(text);
    expect(warnings).toEqual([]);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.value.daily.map((d) => d.date)).toEqual(dates);
    expect(claims[0]!.value.total).toBe(total);
    expect(claims[0]!.confidence).toBe(confidence);
    expect(claims[0]!.text).toBe(text);
  });

  it('keeps counts in written order', () => {
    expect(readArchive('20/03/2018 (1,038) 19/03/2018 (41)')?.daily.map((d) => d.count)).toEqual([1038, 41]);
  });
});

describe('archiveParser must not match', () => {
  it.each([
    ['a total in prose', 'Total: 3 dead and 12 injured'],
    ['a single dated parenthesis', 'On 20/03/2018 (38) people'],
    ['a date without a count', '20/03/2018 19/03/2018'],
    ['entries far apart', '20/03/2018 (38) and then, later on, 19/03/2018 (41)'],
    ['a count that is not a number', '20/03/2018 (x) 19/03/2018 (y)'],
    ['a URL path', 'http://x.com/20/03/2018/(38)'],
    ['a word ending in total', 'Subtotal: 5 content'],
    ['a total glued to digits', 'Total: 1,2345 content'],
    ['the page date', '21 March 2018 - Wednesday - 4 Rajab 1439'],
    ['an empty line', ''],
  ])('%s: %j', (_, text) => {
    expect(run(text)).toEqual({ claims: [], warnings: [] });
  });
});

describe('readArchive', () => {
  it('reads counters from a plain string', () => {
    expect(readArchive(SEED_BANNERS['000'])).toEqual({
      daily: days(['2018-03-20', 38], ['2018-03-19', 41], ['2018-03-18', 39], ['2018-03-17', 37], ['2018-03-16', 42]),
      total: 135_520,
    });
  });

  it('takes the date order as an option', () => {
    expect(readArchive('03/04/2018 (1) 05/06/2018 (2)', { dateOrder: 'mdy' })?.daily[0]?.date).toBe('2018-03-04');
  });

  it.each(['', 'Total: 3 dead', '20/03/2018'])('is null for %j', (text) => {
    expect(readArchive(text)).toBeNull();
  });
});

describe('archiveParser on hostile text', () => {
  it.each([
    ['dates without counts', '20/03/2018 '.repeat(20_000)],
    ['open parentheses', '20/03/2018 ('.repeat(20_000)],
    ['totals', 'Total: '.repeat(20_000)],
    ['digits and commas', `Total: ${'1,'.repeat(50_000)}`],
    ['slashes', '1/'.repeat(100_000)],
  ])('%s in linear time', (_, text) => {
    const t0 = performance.now();
    findArchives(text);
    expect(performance.now() - t0).toBeLessThan(1_500);
  });

  it('never throws, and every claim lies inside the input', () => {
    const piece = fc.constantFrom('20/03/2018', '03/04/2018', ' ', '\u00a0', '(38)', '(1,038)', 'Total:', '135,520', 'content', '|', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((a) => a.join('')), (input) => {
        for (const c of run(input).claims) {
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeLessThanOrEqual(input.length);
          expect(c.text.trim()).toBe(c.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
