import { describe, expect, it } from 'vitest';
import { PERSIAN_MONTH_NAMES } from '../../src/data/persian-months.js';
import { dayNumber, fromDayNumber, parseIsoDate } from '../../src/dates/civil.js';
import { HIJRI_NAME_PATTERN, persianMonthNumber } from '../../src/dates/names.js';
import { gregorianOfPersian, isPersianSupported, persianCheck, persianOf } from '../../src/dates/persian.js';
import { parseArticle, toJSON } from '../../src/index.js';
import { findPageDates, readPageDate } from '../../src/parsers/page-date.js';

const MS_PER_DAY = 86_400_000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';
const digits = (n: number, set: string) => String(n).replace(/\d/g, (d) => set[Number(d)]!);

/** ICU's own text for a day: Persian month and weekday names with Persian digits, and the English transliteration and weekday. */
const FA = new Intl.DateTimeFormat('fa-u-ca-persian', { timeZone: 'UTC', weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
const EN = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
const NUM = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
function parts(f: Intl.DateTimeFormat, n: number): Record<string, string> {
  return Object.fromEntries(f.formatToParts(new Date(n * MS_PER_DAY)).map((p) => [p.type, p.value]));
}

describe('Solar Hijri through ICU', () => {
  it('is available in this runtime', () => expect(isPersianSupported()).toBe(true));

  it.each([
    ['2017-01-19', { year: 1395, month: 10, day: 30 }],
    ['2017-03-21', { year: 1396, month: 1, day: 1 }],
    ['1921-03-21', { year: 1300, month: 1, day: 1 }],
    ['2017-03-20', { year: 1395, month: 12, day: 30 }],
  ])('%s is %j', (gregorian, day) => {
    expect(persianOf(gregorian)).toEqual(day);
    expect(gregorianOfPersian(day)).toBe(gregorian);
  });

  it('has no 30 Esfand in a common year, nor a 31st in the autumn, nor days outside 1300–1500', () => {
    expect(gregorianOfPersian({ year: 1396, month: 12, day: 30 })).toBeNull();
    expect(gregorianOfPersian({ year: 1396, month: 7, day: 31 })).toBeNull();
    expect(gregorianOfPersian({ year: 1299, month: 12, day: 29 })).toBeNull();
    expect(gregorianOfPersian({ year: 1501, month: 1, day: 1 })).toBeNull();
  });

  it('counts the stated date minus ICU’s for the Gregorian day', () => {
    expect(persianCheck('2017-01-19', { year: 1395, month: 10, day: 30 })).toEqual({ calendar: 'persian', offsetDays: 0 });
    expect(persianCheck('2017-01-19', { year: 1395, month: 10, day: 29 })).toEqual({ calendar: 'persian', offsetDays: -1 });
    expect(persianCheck('2018-03-20', { year: 1396, month: 12, day: 30 })).toEqual({ calendar: 'persian', offsetDays: 1 });
    expect(persianCheck('2017-02-30', { year: 1395, month: 10, day: 30 })).toBeNull();
  });
});

describe('Persian month names', () => {
  it.each(Array.from({ length: 12 }, (_, i) => i + 1))('month %i has Persian and Latin spellings', (month) => {
    const names = PERSIAN_MONTH_NAMES.filter((r) => r.month === month).map((r) => r.name);
    expect(names.some((n) => /[A-Za-z]/.test(n))).toBe(true);
    expect(names.some((n) => /[\u0600-\u06ff]/.test(n))).toBe(true);
  });

  it.each(PERSIAN_MONTH_NAMES.map((r) => [r.name, r.month] as const))('%s is month %i, and matched by the name pattern', (name, month) => {
    expect(persianMonthNumber(name)).toBe(month);
    expect(persianMonthNumber(name.toUpperCase())).toBe(month);
    expect(persianMonthNumber(`${name} ماه`)).toBe(month);
    expect(new RegExp(`^${HIJRI_NAME_PATTERN}$`, 'u').test(name)).toBe(true);
  });

  it.each([['دي', 10], ['ارديبهشت', 2], ['شهريور', 6]] as const)('%s (Arabic yeh) is month %i', (name, month) => {
    expect(persianMonthNumber(name)).toBe(month);
  });

  it.each(['Day', 'Rajab', 'ماه', 'March', ''])('%j is not a Persian month', (name) => {
    expect(persianMonthNumber(name)).toBeNull();
  });
});

describe('Solar Hijri page dates', () => {
  it.each(
    PERSIAN_MONTH_NAMES.flatMap((row) =>
      [PERSIAN_DIGITS, ARABIC_DIGITS, '0123456789'].map((set) => [row.name, row.month, set] as const),
    ),
  )('"%s" with digits %s, alone and beside the Gregorian date', (name, month, set) => {
    const gregorian = gregorianOfPersian({ year: 1399, month, day: 10 })!;
    const d = parseIsoDate(gregorian)!;
    const solar = `${digits(10, set)} ${name} ${digits(1399, set)}`;
    const want = { gregorian, hijri: { year: 1399, month, day: 10, monthName: name }, calendar: 'persian', offsetDays: 0 };
    expect(readPageDate(solar)).toMatchObject(want);
    expect(readPageDate(`${d.day} ${MONTHS[d.month - 1]} ${d.year} | ${solar}`)).toMatchObject(want);
    expect(readPageDate(`${solar} - ${d.day} ${MONTHS[d.month - 1]} ${d.year}`)).toMatchObject(want);
  });

  it.each([
    ['Thursday, 30 Dey 1395', []],
    ['Wednesday, 30 Dey 1395', ['weekday-mismatch']],
    ['پنجشنبه ۳۰ دی ۱۳۹۵', []],
    ['سه‌شنبه ۳۰ دی ۱۳۹۵', ['weekday-mismatch']],
    ['۳۰ دی ماه ۱۳۹۵ ه.ش', []],
    ['Thursday 19 January 2017 - 30 Dey 1395', []],
    ['19 January 2017 - 29 Dey 1395', ['hijri-offset']],
    ['19 January 2017 - 20 Dey 1395', ['hijri-mismatch']],
    ['30 Esfand 1396', ['invalid-date']],
  ])('%s warns %j', (text, codes) => {
    const found = findPageDates(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.issues.map((i) => i.code)).toEqual(codes);
    if (!codes.includes('invalid-date')) expect(found[0]!.value?.calendar).toBe('persian');
  });

  it.each(['On 30 Dey 1395 the court ruled.', 'Mehr 1395', '30 Day 1395', '12 Rajab 1439'])('does not read %j alone', (text) => {
    expect(findPageDates(text)).toEqual([]);
  });

  it('round-trips every day of 1300–1450 SH against ICU, in Persian and in transliteration', () => {
    const first = dayNumber(gregorianOfPersian({ year: 1300, month: 1, day: 1 })!)!;
    const last = dayNumber(gregorianOfPersian({ year: 1451, month: 1, day: 1 })!)! - 1;
    let days = 0;
    for (let n = first; n <= last; n++) {
      const gregorian = fromDayNumber(n);
      const num = parts(NUM, n);
      const hijri = { year: Number(num.year), month: Number(num.month), day: Number(num.day) };
      const fa = parts(FA, n);
      const en = parts(EN, n);
      const d = parseIsoDate(gregorian)!;
      const texts = [
        [`${fa.day} ${fa.month} ${fa.year}`, fa.month],
        [`${fa.weekday} ${fa.day} ${fa.month} ${fa.year}`, fa.month],
        [`${en.weekday}, ${en.day} ${en.month} ${en.year}`, en.month],
        [`${d.day} ${MONTHS[d.month - 1]} ${d.year} - ${en.weekday} - ${en.day} ${en.month} ${en.year}`, en.month],
      ] as const;
      for (const [text, monthName] of texts) {
        const found = findPageDates(text);
        const ok =
          found.length === 1 &&
          found[0]!.issues.length === 0 &&
          found[0]!.value?.gregorian === gregorian &&
          found[0]!.value.calendar === 'persian' &&
          found[0]!.value.offsetDays === 0 &&
          found[0]!.value.hijri?.year === hijri.year &&
          found[0]!.value.hijri.month === hijri.month &&
          found[0]!.value.hijri.day === hijri.day &&
          found[0]!.value.hijri.monthName === monthName;
        if (!ok) expect(found, text).toEqual(`${gregorian} = ${JSON.stringify(hijri)}`);
      }
      days++;
    }
    expect(days).toBeGreaterThan(151 * 365);
  }, 120_000);
});

describe('Solar Hijri page dates through the pipeline', () => {
  const body =
    'The two neighbours said on Thursday they would open a new crossing on their shared border, the third in as many years, to ease the flow of trucks that now wait for days at the existing posts.';
  it.each([
    ['پنجشنبه ۳۰ دی ۱۳۹۵', 'پنجشنبه', 'دی'],
    ['Thursday, 19 January 2017 - 30 Dey 1395', 'Thursday', 'Dey'],
  ])('%s is the page date, with the contract’s keys and calendar "persian"', (line, weekday, monthName) => {
    const input = `Alalam News\n${line}\n\nIran and Turkey agree on a new border crossing\n\n${body}`;
    const json = toJSON(parseArticle(input));
    expect(json.title).toBe('Iran and Turkey agree on a new border crossing');
    expect(json.body).toEqual([body]);
    expect(json.pageDate).toEqual({
      raw: line,
      gregorian: '2017-01-19',
      weekday,
      hijri: { year: 1395, month: 10, day: 30, monthName },
      calendar: 'persian',
      offsetDays: 0,
    });
    const seg = json.segments.find((x) => x.kind === 'page-date')!;
    expect(input.slice(seg.start, seg.end).trim()).toBe(line);
  });
});
