import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { findPageDates, pageDateParser, readPageDate } from '../../src/parsers/page-date.js';
import type { PageDate, Warning } from '../../src/types.js';

/** Line 2 of seeds 000, 001 and 002, as scraped (NBSPs included). */
const SEED_BANNERS = {
  '000': '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 21 March 2018 - Wednesday - 4 Rajab 1439 | 20/03/2018\u00a0(38) 19/03/2018\u00a0(41) 18/03/2018\u00a0(39) 17/03/2018\u00a0(37) 16/03/2018\u00a0(42) Total: 135,520 content \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 Facebook Twitter Youtube',
  '001': '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0  20 July 2018 - Friday - 7 Dhul-Qa\u02bfda 1439 | 20/07/2018\u00a0(26) 19/07/2018\u00a0(33) 18/07/2018\u00a0(38) 17/07/2018\u00a0(48) 16/07/2018\u00a0(45) Total: 140,211 content \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 Facebook Twitter Youtube',
  '002': '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0  15 February 2019 - Friday - 10 Jumada al-Thani 1440 | 14/02/2019\u00a0(26) 13/02/2019\u00a0(20) 12/02/2019\u00a0(1) 11/02/2019\u00a0(1) 10/02/2019\u00a0(2) Total: 147,805 content \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0 Facebook Twitter Youtube',
} as const;

/** Runs the parser over an input and returns its claims (with their text) and warnings. */
function run(input: string) {
  const warnings: Warning[] = [];
  const ctx = createContext(input, {}, null, warnings);
  const claims = pageDateParser
    .parse(ctx)
    .flatMap((c) => (c.kind === 'page-date' ? [{ ...c, text: input.slice(c.start, c.end) }] : []));
  return { claims, warnings };
}

describe('pageDateParser on the seeds', () => {
  it.each([
    ['000', '21 March 2018 - Wednesday - 4 Rajab 1439', '2018-03-21', 'Wednesday', { year: 1439, month: 7, day: 4, monthName: 'Rajab' }],
    ['001', '20 July 2018 - Friday - 7 Dhul-Qaʿda 1439', '2018-07-20', 'Friday', { year: 1439, month: 11, day: 7, monthName: 'Dhul-Qaʿda' }],
    ['002', '15 February 2019 - Friday - 10 Jumada al-Thani 1440', '2019-02-15', 'Friday', { year: 1440, month: 6, day: 10, monthName: 'Jumada al-Thani' }],
  ] as const)('seed %s gives the gold page date in umm al-qura, offset 0', (seed, text, gregorian, weekday, hijri) => {
    const input = `Islamic Invitation Turkey\n${SEED_BANNERS[seed]}\n\nTitle\n`;
    const { claims, warnings } = run(input);
    expect(warnings).toEqual([]);
    expect(claims).toHaveLength(1);
    const claim = claims[0]!;
    expect(claim).toMatchObject({ kind: 'page-date', by: 'page-date', text });
    expect(claim.confidence).toBeCloseTo(0.95);
    expect(claim.value).toEqual({
      raw: text,
      gregorian,
      weekday,
      hijri,
      calendar: 'islamic-umalqura',
      offsetDays: 0,
    } satisfies PageDate);
  });
});

describe('pageDateParser layouts', () => {
  it.each([
    ['21 March 2018 - Wednesday - 4 Rajab 1439', 'Wednesday', 'Rajab'],
    ['21 March 2018, Wednesday, 4 Rajab 1439 AH', 'Wednesday', 'Rajab'],
    ['21 March 2018 | 4 Rajab 1439 A.H.', null, 'Rajab'],
    ['Wednesday, 21 March 2018 - 4 Rajab 1439', 'Wednesday', 'Rajab'],
    ['Wednesday 4 Rajab 1439 - 21 March 2018', 'Wednesday', 'Rajab'],
    ['4 Rajab 1439 / 21 March 2018', null, 'Rajab'],
    ['March 21, 2018 - 4 Rajab 1439', null, 'Rajab'],
    ['2018-03-21 - 4 Rajab 1439', null, 'Rajab'],
    ['21 March 2018 - 4 Rajab 1439 - Wednesday', 'Wednesday', 'Rajab'],
    ['21 March 2018 - Wed. - 4 rajab 1439', 'Wed', 'rajab'],
    ['21 March 2018 - 4 رجب 1439 هـ', null, 'رجب'],
    ['٢١ March ٢٠١٨ - ٤ رجب ١٤٣٩ هـ', null, 'رجب'],
    ['21\u00a0March\u00a02018 \u2013 4\u00a0Rajab\u00a01439', null, 'Rajab'],
  ])('%j', (text, weekday, monthName) => {
    const { claims, warnings } = run(`  ${text}  `);
    expect(warnings).toEqual([]);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.text).toBe(text);
    expect(claims[0]!.value).toMatchObject({
      gregorian: '2018-03-21',
      weekday,
      hijri: { year: 1439, month: 7, day: 4, monthName },
      calendar: 'islamic-umalqura',
      offsetDays: 0,
    });
  });

  it('maps spans into the input across CRLF lines and leading text', () => {
    const input = 'Site\r\nHome | 15 February 2019 - Friday - 10 Jumada al-Thani 1440 | more\r\n';
    const { claims } = run(input);
    expect(claims.map((c) => c.text)).toEqual(['15 February 2019 - Friday - 10 Jumada al-Thani 1440']);
    expect(claims[0]!.start).toBe(input.indexOf('15 February'));
  });
});

describe('pageDateParser warnings', () => {
  it.each([
    // Wrong weekday: 21 March 2018 was a Wednesday.
    ['21 March 2018 - Thursday - 4 Rajab 1439', ['weekday-mismatch'], 'islamic-umalqura', 0],
    // One day off every reckoning: the tabular one has 5 Rajab, so 6 Rajab is +1.
    ['21 March 2018 - Wednesday - 6 Rajab 1439', ['hijri-offset'], 'islamic-tbla', 1],
    ['21 March 2018 - Wednesday - 3 Rajab 1439', ['hijri-offset'], 'islamic-umalqura', -1],
    // Far off every reckoning.
    ['21 March 2018 - Wednesday - 9 Rajab 1439', ['hijri-mismatch'], 'islamic-tbla', 4],
    ['21 March 2018 - Wednesday - 4 Rajab 1440', ['hijri-mismatch'], 'islamic-tbla', 354],
    ['21 March 2018 - Thursday - 9 Rajab 1439', ['weekday-mismatch', 'hijri-mismatch'], 'islamic-tbla', 4],
  ])('%j warns %j', (text, codes, calendar, offsetDays) => {
    const { claims, warnings } = run(text);
    expect(warnings.map((w) => w.code)).toEqual(codes);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.value).toMatchObject({ calendar, offsetDays });
    for (const w of warnings) expect([w.start, w.end]).toEqual([claims[0]!.start, claims[0]!.end]);
  });

  it('warns hijri-mismatch with no reckoning for a day that no month has', () => {
    const { claims, warnings } = run('21 March 2018 - 31 Rajab 1439');
    expect(warnings.map((w) => w.code)).toEqual(['hijri-mismatch']);
    expect(claims[0]!.value).toMatchObject({ calendar: null, offsetDays: null, hijri: { day: 31 } });
  });

  it('warns invalid-date and claims nothing for an impossible Gregorian day', () => {
    const { claims, warnings } = run('30 February 2018 - 14 Jumada al-Thani 1439');
    expect(claims).toEqual([]);
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'invalid-date', start: 0, end: '30 February 2018 - 14 Jumada al-Thani 1439'.length }),
    ]);
  });
});

describe('pageDateParser must not match', () => {
  it.each([
    ['a Gregorian date alone', '21 March 2018 - Wednesday'],
    ['a Hijri date alone', '4 Rajab 1439'],
    ['a publication time', '18 January 2017 22:52'],
    ['an unknown month with a year of neither calendar', '9 May 2021 - 27 Ramzan 1410'],
    ['an unknown month with a year far from the day', '3 October 2016 - 2 Muharrem 1431'],
    ['a Gregorian month where the Hijri one should be', '9 May 2021 - 27 April 1442'],
    ['an unknown month on a day no month has', '9 May 2021 - 32 Ramzan 1442'],
    ['an unknown month beside an impossible Gregorian day', '31 April 2021 - 27 Ramzan 1442'],
    ['prose that reads like a date', 'On 9 May 2021, 27 protesters and 1442 police'],
    ['an unknown month in lower case', '9 May 2021 - 27 ramzaan 1442'],
    ['two Gregorian dates', '21 March 2018 - 4 March 2018'],
    ['a Hijri date without a year', '21 March 2018 - 4 Rajab'],
    ['a date in a longer number', '21 March 2018 - 4 Rajab 14390'],
    ['prose between the dates', '21 March 2018 was a day; on 4 Rajab 1439 nothing happened'],
    ['the archive counters', '20/03/2018 (38) 19/03/2018 (41) Total: 135,520 content'],
    ['an empty line', ''],
    ['a numeric date alone without a marker (lunar or Solar Hijri?)', '1402/07/01'],
    ['a numeric date alone in Persian digits without a marker', '۱۴۰۲/۰۷/۰۱'],
    ['a numeric date alone with a lunar marker', '1445/03/08 AH'],
    ['a numeric second date with a Gregorian-range year', '23 September 2023 - 2023/09/23'],
    ['a numeric date with mixed separators', '23 September 2023 - 1402/07-01'],
    ['a numeric date in a longer number', '23 September 2023 - 14021/07/01'],
  ])('%s: %j', (_, text) => {
    expect(run(text)).toEqual({ claims: [], warnings: [] });
  });
});

describe('pageDateParser on numeric second-calendar dates (year 1300–1499, year first)', () => {
  it.each([
    ['Solar Hijri beside a Gregorian date', '23 September 2023 - 1402/07/01', '2023-09-23', { year: 1402, month: 7, day: 1, monthName: '07' }, 'persian'],
    ['in Persian digits, first', '۱۴۰۲/۰۷/۰۱ | 23 September 2023', '2023-09-23', { year: 1402, month: 7, day: 1, monthName: '07' }, 'persian'],
    ['with dashes beside an ISO date', '2023-09-23 | 1402-7-1', '2023-09-23', { year: 1402, month: 7, day: 1, monthName: '7' }, 'persian'],
    ['alone with a Solar Hijri marker', 'شنبه ۱۴۰۲/۰۷/۰۱ ه.ش', '2023-09-23', { year: 1402, month: 7, day: 1, monthName: '07' }, 'persian'],
    ['alone with "SH"', 'Saturday, 1402.07.01 SH', '2023-09-23', { year: 1402, month: 7, day: 1, monthName: '07' }, 'persian'],
    ['lunar Hijri beside a Gregorian date it agrees with', '23 September 2023 - 1445/03/08', '2023-09-23', { year: 1445, month: 3, day: 8, monthName: '03' }, 'islamic-umalqura'],
  ])('%s: %j', (_, text, gregorian, hijri, calendar) => {
    const { claims, warnings } = run(`  ${text}  `);
    expect(warnings).toEqual([]);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.text).toBe(text);
    expect(claims[0]!.value).toMatchObject({ gregorian, hijri, calendar, offsetDays: 0 });
  });

  it('warns hijri-offset for a Solar Hijri date one day off', () => {
    const { claims, warnings } = run('23 September 2023 - 1402/07/02');
    expect(claims[0]!.value).toMatchObject({ calendar: 'persian', offsetDays: 1 });
    expect(warnings.map((w) => w.code)).toEqual(['hijri-offset']);
  });

  it('reads no calendar for a numeric date that agrees with neither, and warns hijri-mismatch', () => {
    const { claims, warnings } = run('23 September 2023 - 1402/11/15');
    expect(claims[0]!.value).toMatchObject({ gregorian: '2023-09-23', hijri: null, calendar: null, offsetDays: null });
    expect(warnings.map((w) => w.code)).toEqual(['hijri-mismatch']);
  });
});

describe('pageDateParser with a month it cannot read', () => {
  it.each([
    ['a misspelt month', '9 May 2021 - 27 Ramzaan 1442', 'Ramzaan', null],
    ['a month glued to a word', '21 March 2018 - 4 Rajabi 1439', 'Rajabi', null],
    ['a month cut short', '11 August 2019 - Sunday - 10 Dhu al- 1440', 'Dhu al-', 'Sunday'],
    ['a month in Cyrillic', 'Sunday, 11 August 2019 | 10 Зу-ль-хиджа 1440 AH', 'Зу-ль-хиджа', 'Sunday'],
    ['an unknown Arabic word', '3 October 2016 - 2 محرمم 1438 هـ', 'محرمم', null],
    ['a misspelt Solar Hijri month', '3 October 2016 - 12 Mehrr 1395', 'Mehrr', null],
    ['the Hijri date first', '27 Ramzaan 1442 / 9 May 2021', 'Ramzaan', null],
  ])('%s: keeps the Gregorian date and warns unknown-month on the word (%j)', (_, text, word, weekday) => {
    const input = `Site\n${text} | 08/05/2021 (4)\n`;
    const { claims, warnings } = run(input);
    expect(claims).toHaveLength(1);
    expect(claims[0]!.text).toBe(text);
    const gregorian = claims[0]!.value.gregorian;
    expect(claims[0]!.value).toEqual({ raw: text, gregorian, weekday, hijri: null, calendar: null, offsetDays: null });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'unknown-month' });
    expect(input.slice(warnings[0]!.start ?? 0, warnings[0]!.end ?? 0)).toBe(word);
  });

  it('checks a written weekday all the same', () => {
    const { claims, warnings } = run('Monday, 9 May 2021 - 27 Ramzaan 1442');
    expect(claims[0]!.value).toMatchObject({ gregorian: '2021-05-09', weekday: 'Monday', hijri: null });
    expect(warnings.map((w) => w.code)).toEqual(['unknown-month', 'weekday-mismatch']);
  });
});

describe('readPageDate', () => {
  it('reads a page date from a plain string', () => {
    expect(readPageDate('Turkey 21 March 2018 - Wednesday - 4 Rajab 1439 | …')).toEqual({
      raw: '21 March 2018 - Wednesday - 4 Rajab 1439',
      gregorian: '2018-03-21',
      weekday: 'Wednesday',
      hijri: { year: 1439, month: 7, day: 4, monthName: 'Rajab' },
      calendar: 'islamic-umalqura',
      offsetDays: 0,
    });
  });

  it.each(['', '4 Rajab 1439', '30 February 2018 - 14 Jumada al-Thani 1439'])('is null for %j', (text) => {
    expect(readPageDate(text)).toBeNull();
  });
});

describe('pageDateParser on hostile text', () => {
  it.each([
    ['letters after a day', `1 ${'a'.repeat(100_000)}`],
    ['hyphenated words', `1 ${'ab-'.repeat(40_000)}1439`],
    ['spaced words', `21 March 2018 - 4 ${'Rajab '.repeat(20_000)}`],
    ['separators', `21 March 2018${' - '.repeat(30_000)}`],
    ['weekdays', 'Wednesday - '.repeat(20_000)],
    ['digits', '4 '.repeat(50_000)],
  ])('%s in linear time', (_, text) => {
    const t0 = performance.now();
    findPageDates(text);
    expect(performance.now() - t0).toBeLessThan(1_500);
  });

  it('never throws, and every claim is its input text', () => {
    const piece = fc.constantFrom('21', '4', ' ', ' - ', '|', 'March', 'Rajab', 'Dhul-Qaʿda', '1439', '2018', 'Wednesday', '\n', 'هـ', '\u00a0');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((a) => a.join('')), (input) => {
        const { claims } = run(input);
        for (const c of claims) expect(c.text.replace(/\u00a0/g, ' ')).toBe(c.value.raw);
      }),
      { numRuns: 300 },
    );
  });
});
