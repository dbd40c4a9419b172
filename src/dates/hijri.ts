/**
 * Hijri dates through the platform's ICU calendars only (`Intl.DateTimeFormat` with
 * `islamic-umalqura`, `islamic-civil`, `islamic-tbla`). No table or package of our own:
 * what the runtime's ICU says is what we report.
 *
 * @module
 */
import { calendarDay, dayNumber, fromDayNumber, hasCalendar, parseIsoDate, plausibleDay } from './civil.js';

/**
 * The Hijri reckonings we compare against, in order of preference (ties go to the earlier).
 *
 * @example HIJRI_CALENDARS[0] === "islamic-umalqura"
 * @group Dates
 */
export const HIJRI_CALENDARS = ['islamic-umalqura', 'islamic-civil', 'islamic-tbla'] as const;

/**
 * An ICU Hijri calendar id, e.g. `"islamic-umalqura"`.
 *
 * @group Dates
 */
export type HijriCalendar = (typeof HIJRI_CALENDARS)[number];

/**
 * The Hijri years {@link gregorianOf} is defined for, inclusive.
 *
 * @example HIJRI_YEAR_RANGE[0] === 1300
 */
export const HIJRI_YEAR_RANGE: readonly [number, number] = [1300, 1500];

/**
 * A day in a Hijri reckoning: year, month 1..12, day 1..30, e.g. 4 Rajab 1439 is `{ year: 1439, month: 7, day: 4 }`.
 *
 * @group Dates
 */
export interface HijriDay {
  /** The Hijri year, e.g. `1439`. */
  year: number;
  /** The month, 1..12, e.g. `7` (Rajab). */
  month: number;
  /** The day of the month, e.g. `4`. */
  day: number;
}

/**
 * How a stated Hijri date compares with the best-agreeing reckoning, e.g. `{ calendar: "islamic-umalqura", offsetDays: 0 }`.
 *
 * @group Dates
 */
export interface HijriCheck {
  /** The reckoning that agrees best, e.g. `"islamic-umalqura"`. */
  calendar: HijriCalendar;
  /** Stated Hijri date minus the reckoning's Hijri date for the Gregorian day, in days. */
  offsetDays: number;
}

/** Days from 1970-01-01 to 1 Muharram 1 AH (16 July 622 Julian) in the civil reckoning. */
const HIJRA_DAY = -492_148;
const MEAN_YEAR = 354.366_67;
const MEAN_MONTH = 29.530_59;
/** Search bounds for the internal search, wider than the documented range. */
const SEARCH_YEARS: readonly [number, number] = [1, 2000];
const MAX_STEPS = 8;

/**
 * Whether the runtime's ICU provides a reckoning (Node built with small-icu may not).
 *
 * @example isCalendarSupported("islamic-umalqura") === true
 */
export function isCalendarSupported(calendar: HijriCalendar): boolean {
  return hasCalendar(calendar);
}

/** Days already converted, per reckoning and day number; cleared when full so memory stays bounded. */
const MEMO = new Map<string, HijriDay | null>();
const MEMO_SIZE = 4096;

/** The Hijri day of a day number in one reckoning (memoised: ICU formatting is slow, and a corpus repeats its days). */
function hijriOfDay(n: number, calendar: HijriCalendar): HijriDay | null {
  const key = `${calendar}:${n}`;
  const known = MEMO.get(key);
  if (known !== undefined) return known === null ? null : { ...known };
  const day = calendarDay(n, calendar);
  if (MEMO.size >= MEMO_SIZE) MEMO.clear();
  MEMO.set(key, day);
  return day === null ? null : { ...day };
}

/**
 * The Hijri day a reckoning gives for a Gregorian `YYYY-MM-DD`, or `null` when the string
 * is not a real day or the runtime lacks the calendar.
 *
 * @example hijriOf("2018-03-21", "islamic-umalqura") // { year: 1439, month: 7, day: 4 }
 * @group Dates
 */
export function hijriOf(gregorian: string, calendar: HijriCalendar): HijriDay | null {
  const n = dayNumber(gregorian);
  return n === null ? null : hijriOfDay(n, calendar);
}

/** Whether two Hijri days are the same. */
function sameDay(a: HijriDay | null, b: HijriDay): boolean {
  return a !== null && a.year === b.year && a.month === b.month && a.day === b.day;
}

/**
 * The day number of a Hijri day in one reckoning: estimate from mean month lengths, then
 * correct by what the reckoning says, then look a few days either side; `null` when the
 * day does not exist there (30th of a 29-day month).
 */
function dayOfHijri(h: HijriDay, calendar: HijriCalendar): number | null {
  if (!hasCalendar(calendar)) return null;
  let n = HIJRA_DAY + Math.floor((h.year - 1) * MEAN_YEAR + (h.month - 1) * MEAN_MONTH) + h.day - 1;
  for (let step = 0; step < MAX_STEPS; step++) {
    const got = hijriOfDay(n, calendar);
    if (got === null) return null;
    const months = (h.year - got.year) * 12 + (h.month - got.month);
    const delta = Math.round(months * MEAN_MONTH) + (h.day - got.day);
    if (delta === 0) break;
    n += delta;
  }
  for (const d of [0, -1, 1, -2, 2]) {
    if (sameDay(hijriOfDay(n + d, calendar), h)) return n + d;
  }
  return null;
}

/** Whether a Hijri day has plausible fields for a search (every Hijri month has at most 30 days). */
function searchable(h: HijriDay, years: readonly [number, number]): boolean {
  return plausibleDay(h, years, () => 30);
}

/**
 * The Gregorian `YYYY-MM-DD` of a Hijri day in one reckoning (1300–1500 AH), or `null`
 * when that day does not exist in the reckoning or lies outside the range.
 *
 * @example gregorianOf({ year: 1439, month: 7, day: 4 }, "islamic-umalqura") === "2018-03-21"
 * @group Dates
 */
export function gregorianOf(hijri: HijriDay, calendar: HijriCalendar): string | null {
  if (!searchable(hijri, HIJRI_YEAR_RANGE)) return null;
  const n = dayOfHijri(hijri, calendar);
  return n === null ? null : fromDayNumber(n);
}

/**
 * Compares a stated Hijri date with every reckoning for a Gregorian day and returns the one
 * with the smallest |offset| (ties: one where the stated day exists, then {@link HIJRI_CALENDARS}
 * order); `offsetDays` is the stated date minus the reckoning's date, counting a nonexistent
 * 30th as the day after the 29th.
 * `null` when the Gregorian day is not real, the Hijri fields are out of range, or no
 * reckoning is available.
 *
 * @example
 * crossCheck('2018-03-21', { year: 1439, month: 7, day: 4 }); // { calendar: 'islamic-umalqura', offsetDays: 0 }
 * crossCheck('2018-03-21', { year: 1439, month: 7, day: 3 }); // { calendar: 'islamic-umalqura', offsetDays: -1 }
 * @group Dates
 */
export function crossCheck(gregorian: string, hijri: HijriDay): HijriCheck | null {
  const target = dayNumber(gregorian);
  if (target === null || !searchable(hijri, SEARCH_YEARS) || parseIsoDate(gregorian) === null) return null;
  let best: HijriCheck | null = null;
  let bestRank = Infinity;
  for (const calendar of HIJRI_CALENDARS) {
    const first = dayOfHijri({ year: hijri.year, month: hijri.month, day: 1 }, calendar);
    if (first === null) continue;
    const offsetDays = first + hijri.day - 1 - target;
    // A reckoning in which the stated day exists beats one where it does not, at equal |offset|.
    const exists = sameDay(hijriOfDay(first + hijri.day - 1, calendar), hijri);
    const rank = Math.abs(offsetDays) * 2 + (exists ? 0 : 1);
    if (rank < bestRank) {
      best = { calendar, offsetDays };
      bestRank = rank;
    }
  }
  return best;
}
