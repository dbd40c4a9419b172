/**
 * Solar Hijri (Persian) dates through the platform's ICU `persian` calendar only
 * (`Intl.DateTimeFormat` with `calendar: 'persian'`), as `hijri.ts` does for the lunar
 * reckonings: what the runtime's ICU says is what we report.
 *
 * @module
 */
import { calendarDay, dayNumber, fromDayNumber, hasCalendar, isoDate, plausibleDay } from './civil.js';

/**
 * The ICU calendar id of the Solar Hijri calendar, reported as a page date's `calendar`.
 *
 * @example PERSIAN_CALENDAR === "persian"
 */
export const PERSIAN_CALENDAR = 'persian';

/**
 * The Solar Hijri years {@link gregorianOfPersian} is defined for, inclusive.
 *
 * @example PERSIAN_YEAR_RANGE[0] === 1300
 */
export const PERSIAN_YEAR_RANGE: readonly [number, number] = [1300, 1500];

/** A Solar Hijri day: year, month 1..12, day 1..31, e.g. 30 Dey 1395 is `{ year: 1395, month: 10, day: 30 }`. */
export interface PersianDay {
  year: number;
  month: number;
  day: number;
}

/** How a stated Solar Hijri date compares with ICU's for a Gregorian day, e.g. `{ calendar: "persian", offsetDays: 0 }`. */
export interface PersianCheck {
  calendar: typeof PERSIAN_CALENDAR;
  /** Stated Solar Hijri date minus ICU's Solar Hijri date for the Gregorian day, in days. */
  offsetDays: number;
}

/** Gregorian year of 1 Farvardin is the Solar Hijri year plus this. */
const YEAR_SHIFT = 621;

/**
 * Whether the runtime's ICU provides the `persian` calendar (Node built with small-icu may not).
 *
 * @example isPersianSupported() === true
 */
export function isPersianSupported(): boolean {
  return hasCalendar(PERSIAN_CALENDAR);
}

/** The Solar Hijri day of a day number, through ICU. */
function persianOfDay(n: number): PersianDay | null {
  return calendarDay(n, PERSIAN_CALENDAR);
}

/**
 * The Solar Hijri day ICU gives for a Gregorian `YYYY-MM-DD`, or `null` when the string is
 * not a real day or the runtime lacks the calendar.
 *
 * @example persianOf("2017-01-19") // { year: 1395, month: 10, day: 30 }
 */
export function persianOf(gregorian: string): PersianDay | null {
  const n = dayNumber(gregorian);
  return n === null ? null : persianOfDay(n);
}

/** Whether a Solar Hijri day has plausible fields: months 1–6 have 31 days, 7–11 have 30, Esfand 29 or 30. */
function plausible(p: PersianDay): boolean {
  return plausibleDay(p, PERSIAN_YEAR_RANGE, (month) => (month <= 6 ? 31 : 30));
}

/** The day number a Solar Hijri day would have if it existed: from 21 March of its Gregorian year, then corrected by ICU (a 30 Esfand that does not exist is the day after the 29th). */
function dayOf(p: PersianDay): { n: number; exists: boolean } | null {
  const nowruz = dayNumber(isoDate(p.year + YEAR_SHIFT, 3, 21));
  if (nowruz === null) return null;
  const estimate = nowruz + (p.month <= 7 ? (p.month - 1) * 31 : 186 + (p.month - 7) * 30) + p.day - 1;
  for (const d of [0, -1, 1, -2, 2]) {
    const got = persianOfDay(estimate + d);
    if (got === null) return null;
    if (got.year === p.year && got.month === p.month && got.day === p.day) return { n: estimate + d, exists: true };
  }
  if (p.month === 12 && p.day === 30) {
    const last = dayOf({ ...p, day: 29 });
    return last === null ? null : { n: last.n + 1, exists: false };
  }
  return null;
}

/**
 * The Gregorian `YYYY-MM-DD` of a Solar Hijri day (1300–1500 SH), or `null` when that day
 * does not exist (30 Esfand of a common year) or lies outside the range.
 *
 * @example gregorianOfPersian({ year: 1395, month: 10, day: 30 }) === "2017-01-19"
 */
export function gregorianOfPersian(day: PersianDay): string | null {
  if (!plausible(day)) return null;
  const found = dayOf(day);
  return found === null || !found.exists ? null : fromDayNumber(found.n);
}

/**
 * Compares a stated Solar Hijri date with ICU's for a Gregorian day; `offsetDays` is the
 * stated date minus ICU's, counting a nonexistent 30 Esfand as the day after the 29th.
 * `null` when the Gregorian day is not real, the fields are out of range or ICU lacks the calendar.
 *
 * @example persianCheck("2017-01-19", { year: 1395, month: 10, day: 29 }) // { calendar: "persian", offsetDays: -1 }
 */
export function persianCheck(gregorian: string, stated: PersianDay): PersianCheck | null {
  const target = dayNumber(gregorian);
  if (target === null || !plausible(stated)) return null;
  const found = dayOf(stated);
  return found === null ? null : { calendar: PERSIAN_CALENDAR, offsetDays: found.n - target };
}
