/**
 * Proleptic Gregorian calendar arithmetic on `YYYY-MM-DD` strings and day numbers
 * (days since 1970-01-01), for years 1..9999.
 *
 * @module
 */

/** A Gregorian calendar day, e.g. "2018-03-21" is `{ year: 2018, month: 3, day: 21 }`. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Milliseconds at 00:00 UTC of a day, handling years below 100 (which `Date.UTC` maps to 19xx). */
function utcMillis(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime();
}

/**
 * Whether year, month and day name a real Gregorian day (no 30 February), years 1..9999.
 *
 * @example isValidDate(2016, 2, 29) === true && isValidDate(2017, 2, 29) === false
 */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (![year, month, day].every(Number.isInteger)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return false;
  const d = new Date(utcMillis(year, month, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * Formats a day as `YYYY-MM-DD`.
 *
 * @example isoDate(2018, 3, 21) === "2018-03-21"
 */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads a `YYYY-MM-DD` string, or `null` when it is not a real day.
 *
 * @example parseIsoDate("2018-03-21") // { year: 2018, month: 3, day: 21 }
 */
export function parseIsoDate(iso: string): CivilDate | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` day, or `null` when it is not a real day.
 *
 * @example dayNumber("1970-01-02") === 1
 */
export function dayNumber(iso: string): number | null {
  const d = parseIsoDate(iso);
  return d === null ? null : Math.round(utcMillis(d.year, d.month, d.day) / MS_PER_DAY);
}

/**
 * The `YYYY-MM-DD` day of a day number (days since 1970-01-01).
 *
 * @example fromDayNumber(17611) === "2018-03-21"
 */
export function fromDayNumber(n: number): string {
  const d = new Date(n * MS_PER_DAY);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * The ISO weekday (1 = Monday … 7 = Sunday) of a real day.
 *
 * @example isoWeekday(2018, 3, 21) === 3 // Wednesday
 */
export function isoWeekday(year: number, month: number, day: number): number {
  const w = new Date(utcMillis(year, month, day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/**
 * Whether a day of a 12-month calendar has plausible fields: whole numbers, the year within
 * `years`, the month 1–12 and the day from 1 to `maxDay` for that month.
 *
 * @example plausibleDay({ year: 1439, month: 7, day: 4 }, [1300, 1500], () => 30) === true
 */
export function plausibleDay(
  d: { year: number; month: number; day: number },
  years: readonly [number, number],
  maxDay: (month: number) => number,
): boolean {
  return (
    Number.isInteger(d.year) &&
    Number.isInteger(d.month) &&
    Number.isInteger(d.day) &&
    d.year >= years[0] &&
    d.year <= years[1] &&
    d.month >= 1 &&
    d.month <= 12 &&
    d.day >= 1 &&
    d.day <= maxDay(d.month)
  );
}

/** Formatters of ICU calendars, by calendar name; `null` for one the runtime lacks. */
const FORMATTERS = new Map<string, Intl.DateTimeFormat | null>();

/** The cached formatter of an ICU calendar (`islamic-umalqura`, `persian`), or `null` when the runtime's ICU lacks it. */
function calendarFormatter(calendar: string): Intl.DateTimeFormat | null {
  let f = FORMATTERS.get(calendar);
  if (f === undefined) {
    const made = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
    f = made.resolvedOptions().calendar === calendar ? made : null;
    FORMATTERS.set(calendar, f);
  }
  return f;
}

/**
 * Whether the runtime's ICU provides a calendar (Node built with small-icu may not).
 *
 * @example hasCalendar("persian") === true
 */
export function hasCalendar(calendar: string): boolean {
  return calendarFormatter(calendar) !== null;
}

/**
 * The year, month and day an ICU calendar gives for a day number (days since 1970-01-01), or
 * `null` when the runtime lacks the calendar.
 *
 * @example calendarDay(17185, "persian") // { year: 1395, month: 10, day: 30 }
 */
export function calendarDay(n: number, calendar: string): CivilDate | null {
  const f = calendarFormatter(calendar);
  if (f === null) return null;
  let year = NaN;
  let month = NaN;
  let day = NaN;
  for (const part of f.formatToParts(new Date(n * MS_PER_DAY))) {
    if (part.type === 'year') year = Number.parseInt(part.value, 10);
    else if (part.type === 'month') month = Number.parseInt(part.value, 10);
    else if (part.type === 'day') day = Number.parseInt(part.value, 10);
  }
  return Number.isFinite(year) && Number.isFinite(month) && Number.isFinite(day) ? { year, month, day } : null;
}
