import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { dayNumber, fromDayNumber } from '../../src/dates/civil.js';
import {
  crossCheck,
  gregorianOf,
  hijriOf,
  HIJRI_CALENDARS,
  isCalendarSupported,
  type HijriCalendar,
} from '../../src/dates/hijri.js';

// Test oracle only: hijri-date implements the arithmetical (tabular) reckoning.
const require = createRequire(import.meta.url);
const { toHijri } = require('hijri-date/lib/safe') as {
  toHijri(d: Date): { getFullYear(): number; getMonth(): number; getDate(): number };
};

describe('HIJRI_CALENDARS', () => {
  it('lists the reckonings in order of preference', () => {
    expect(HIJRI_CALENDARS).toEqual(['islamic-umalqura', 'islamic-civil', 'islamic-tbla']);
  });
  it.each(HIJRI_CALENDARS)('%s is provided by this runtime', (calendar) => {
    expect(isCalendarSupported(calendar)).toBe(true);
  });
});

describe('hijriOf', () => {
  it.each([
    // The three seed banners.
    ['2018-03-21', 'islamic-umalqura', { year: 1439, month: 7, day: 4 }],
    ['2018-07-20', 'islamic-umalqura', { year: 1439, month: 11, day: 7 }],
    ['2019-02-15', 'islamic-umalqura', { year: 1440, month: 6, day: 10 }],
    ['2019-02-15', 'islamic-civil', { year: 1440, month: 6, day: 9 }],
    ['2018-03-21', 'islamic-tbla', { year: 1439, month: 7, day: 5 }],
    ['1882-11-13', 'islamic-umalqura', { year: 1300, month: 1, day: 2 }],
  ] as const)('%s in %s', (gregorian, calendar, expected) => {
    expect(hijriOf(gregorian, calendar)).toEqual(expected);
  });

  it.each(['2018-02-30', '2018-3-21', '', 'yesterday', '21/03/2018'])('is null for %j', (input) => {
    expect(hijriOf(input, 'islamic-umalqura')).toBeNull();
  });

  it('agrees with the hijri-date package (tabular) for islamic-tbla, 1883–2076', () => {
    for (let n = dayNumber('1883-01-01')!; n < dayNumber('2077-01-01')!; n += 11) {
      const iso = fromDayNumber(n);
      const h = toHijri(new Date(`${iso}T12:00:00Z`));
      expect(hijriOf(iso, 'islamic-tbla'), iso).toEqual({ year: h.getFullYear(), month: h.getMonth(), day: h.getDate() });
    }
  });
});

describe('gregorianOf', () => {
  it.each([
    [{ year: 1439, month: 7, day: 4 }, 'islamic-umalqura', '2018-03-21'],
    [{ year: 1439, month: 11, day: 7 }, 'islamic-umalqura', '2018-07-20'],
    [{ year: 1440, month: 6, day: 10 }, 'islamic-umalqura', '2019-02-15'],
    [{ year: 1439, month: 7, day: 5 }, 'islamic-tbla', '2018-03-21'],
    [{ year: 1300, month: 1, day: 1 }, 'islamic-civil', '1882-11-12'],
    [{ year: 1500, month: 12, day: 29 }, 'islamic-civil', '2077-11-16'],
  ] as const)('%j in %s is %s', (hijri, calendar, expected) => {
    expect(gregorianOf(hijri, calendar)).toBe(expected);
  });

  it.each([
    [{ year: 1439, month: 7, day: 31 }, 'day 31'],
    [{ year: 1439, month: 13, day: 1 }, 'month 13'],
    [{ year: 1439, month: 0, day: 1 }, 'month 0'],
    [{ year: 1439, month: 7, day: 0 }, 'day 0'],
    [{ year: 1299, month: 1, day: 1 }, 'before 1300'],
    [{ year: 1501, month: 1, day: 1 }, 'after 1500'],
    [{ year: 1439.5, month: 1, day: 1 }, 'a fractional year'],
  ] as const)('is null for %j (%s)', (hijri, _why) => {
    expect(gregorianOf(hijri, 'islamic-umalqura')).toBeNull();
  });

  it('is null for the 30th of a 29-day month', () => {
    // Dhu al-Qa'da 1439 has 29 days in umm al-qura, 30 in the civil reckoning.
    const first = dayNumber(gregorianOf({ year: 1439, month: 11, day: 1 }, 'islamic-umalqura')!)!;
    const next = dayNumber(gregorianOf({ year: 1439, month: 12, day: 1 }, 'islamic-umalqura')!)!;
    expect(next - first).toBe(29);
    expect(gregorianOf({ year: 1439, month: 11, day: 30 }, 'islamic-umalqura')).toBeNull();
    expect(gregorianOf({ year: 1439, month: 11, day: 30 }, 'islamic-civil')).toBe('2018-08-12');
  });

  it.each(HIJRI_CALENDARS)('round-trips with hijriOf in %s every 5th day, 1883–2076', (calendar: HijriCalendar) => {
    for (let n = dayNumber('1883-01-01')!; n < dayNumber('2077-01-01')!; n += 5) {
      const iso = fromDayNumber(n);
      const h = hijriOf(iso, calendar)!;
      expect(gregorianOf(h, calendar), `${iso} ${JSON.stringify(h)}`).toBe(iso);
    }
  });

  it.each(HIJRI_CALENDARS)('round-trips every day of 1439–1440 AH in %s', (calendar: HijriCalendar) => {
    for (const year of [1439, 1440]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 30; day++) {
          const g = gregorianOf({ year, month, day }, calendar);
          if (day < 30) expect(g, `${day}/${month}/${year}`).not.toBeNull();
          if (g !== null) expect(hijriOf(g, calendar)).toEqual({ year, month, day });
        }
      }
    }
  });
});

describe('crossCheck', () => {
  it.each([
    ['2018-03-21', { year: 1439, month: 7, day: 4 }, 'islamic-umalqura', 0],
    ['2018-07-20', { year: 1439, month: 11, day: 7 }, 'islamic-umalqura', 0],
    ['2019-02-15', { year: 1440, month: 6, day: 10 }, 'islamic-umalqura', 0],
    // Only the tabular reckoning has 9 Jumada al-Thani on this day.
    ['2019-02-14', { year: 1440, month: 6, day: 9 }, 'islamic-umalqura', 0],
    ['2018-03-21', { year: 1439, month: 7, day: 5 }, 'islamic-tbla', 0],
    ['2018-03-21', { year: 1439, month: 7, day: 6 }, 'islamic-tbla', 1],
    ['2018-03-21', { year: 1439, month: 7, day: 3 }, 'islamic-umalqura', -1],
    ['2018-03-21', { year: 1439, month: 7, day: 14 }, 'islamic-tbla', 9],
    // Dhu al-Qa'da 1439 has 29 days in umm al-qura and 30 in the civil reckoning: at equal
    // offset the reckoning where the stated day exists wins.
    ['2018-08-12', { year: 1439, month: 11, day: 30 }, 'islamic-civil', 0],
    ['2018-08-13', { year: 1439, month: 11, day: 30 }, 'islamic-civil', -1],
    // A whole month off.
    ['2018-03-21', { year: 1439, month: 8, day: 4 }, 'islamic-tbla', 29],
  ] as const)('%s vs %j → %s %i', (gregorian, hijri, calendar, offsetDays) => {
    expect(crossCheck(gregorian, hijri)).toEqual({ calendar, offsetDays });
  });

  it('prefers umm al-qura on a tie', () => {
    expect(hijriOf('2018-03-21', 'islamic-civil')).toEqual(hijriOf('2018-03-21', 'islamic-umalqura'));
    expect(crossCheck('2018-03-21', { year: 1439, month: 7, day: 4 })?.calendar).toBe('islamic-umalqura');
  });

  it.each([
    ['2018-02-30', { year: 1439, month: 7, day: 4 }],
    ['2018-03-21', { year: 1439, month: 7, day: 31 }],
    ['2018-03-21', { year: 1439, month: 0, day: 4 }],
    ['2018-03-21', { year: 0, month: 7, day: 4 }],
  ])('is null for %s vs %j', (gregorian, hijri) => {
    expect(crossCheck(gregorian, hijri)).toBeNull();
  });
});
