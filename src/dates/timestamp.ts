/**
 * Gregorian timestamps as news pages print them ("18 January 2017 22:52",
 * "Thu Jan 19, 2017 11:42:31", "2017-01-18T22:52:00+03:00"). Formats are data: a regex and
 * an extractor each, in the manner of luxon's `regexParser`. This is one of the two modules
 * that import luxon; luxon types never leave it.
 *
 * @module
 */
import { DateTime, FixedOffsetZone, Info } from 'luxon';
import type { Precision, Published, ZoneSource } from '../types.js';
import { DAY_PERIODS } from '../data/day-periods.js';
import { fold } from '../text.js';
import { isoDate, isoWeekday, isValidDate, parseIsoDate } from './civil.js';
import { HIJRI_CALENDARS, gregorianOf, type HijriCalendar } from './hijri.js';
import { HIJRI_NAME_PATTERN, MONTH_PATTERN, WEEKDAY_PATTERN, hijriMonthNumber, monthNumber, weekdayNumber, withoutDot } from './names.js';
import { ZONE_ABBREVIATION_PATTERN, readZoneAbbreviation } from './zones.js';

/** How to read a numeric date such as "03/04/2017": day first (`dmy`) or month first (`mdy`). */
export type NumericOrder = 'dmy' | 'mdy';

/** A timestamp found in text, with `[start, end)` indices into that text, e.g. "Thu Jan 19, 2017 11:42:31" at 0..25. */
export interface TimestampMatch {
  start: number;
  end: number;
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  precision: Precision;
  /** The weekday name as written, without a trailing ".", e.g. `"Thu"`. */
  weekday?: string;
  /** Whether a written weekday disagrees with the date (the caller warns `weekday-mismatch`). */
  weekdayMismatch: boolean;
  /** Minutes east of UTC when the text states an offset ("+03:00", "Z", "GMT+3"). */
  offsetMinutes?: number;
  /** A zone abbreviation written after the time ("ET", "IRST"), upper case. */
  zoneAbbr?: string;
  /**
   * For a numeric date ("03/04/2017"): how it was read and why — `intrinsic` when a part
   * above 12 or equal parts decide, `given` when the caller's order did, `default` when
   * nothing did (read day first; the caller warns `ambiguous-date`).
   */
  numeric?: { order: NumericOrder; by: 'intrinsic' | 'given' | 'default'; first: number; second: number };
  /**
   * For a date written in the Hijri calendar ("4 Rajab 1439 AH, 10:30"): the reckoning its
   * Gregorian day was read in (the one a written weekday agrees with, else Umm al-Qura) and the
   * Hijri date as written.
   */
  calendar?: { name: HijriCalendar; written: string };
}

/** Options of {@link findTimestamps}. */
export interface TimestampOptions {
  /** How to read a numeric date whose parts are both 12 or less; by default day first, flagged. */
  dateOrder?: NumericOrder;
}

/** The fields a format's extractor reads from its named groups. */
type Groups = Partial<Record<string, string>>;

/** The parts of a timestamp before validation. */
interface Parts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  weekday?: string;
  offsetMinutes?: number;
  zoneAbbr?: string;
  numeric?: TimestampMatch['numeric'];
  calendar?: TimestampMatch['calendar'];
}

/** A timestamp format: a global regex with named groups, and the extractor that reads them. */
interface Format {
  name: string;
  pattern: RegExp;
  /** What any text this format matches holds (a quick test that skips the pattern on most lines). */
  needs: RegExp;
  extract(groups: Groups, options: TimestampOptions): Parts | null;
}

// Pieces of the patterns; every quantifier is bounded and adjacent pieces start with
// different characters, so each match attempt does constant work.
const SP = '[ ]{1,3}';
const ORDINAL = '(?:st|nd|rd|th)?';
const WEEKDAY = `(?<wd>${WEEKDAY_PATTERN})`;
const LEAD_WEEKDAY = `(?:${WEEKDAY}[,،]?${SP})?`;
const DAY = `(?<d>\\d{1,2})${ORDINAL}`;
const MONTH = `(?<mon>${MONTH_PATTERN})\\.?`;
const YEAR = '(?<y>\\d{4})(?!\\d)';
const DMY = `${LEAD_WEEKDAY}${DAY}${SP}(?:of${SP})?${MONTH}[,،]?${SP}${YEAR}`;
const MDY = `${LEAD_WEEKDAY}${MONTH}${SP}${DAY},?${SP}${YEAR}`;
/** "18/01/2017", "18.01.2017", "18-01-2017": the order is decided by the extractor. */
const NUMERIC = `${LEAD_WEEKDAY}(?<a>\\d{1,2})(?<sep>[/.-])(?<b>\\d{1,2})\\k<sep>${YEAR}`;
/** "2025.12.17", "2025/12/17": year first, Gregorian years only (1300–1499 are Hijri or Solar Hijri). */
const YEAR_FIRST = `(?<y>(?:19|20)\\d{2})(?<sep>[/.])(?<mo>\\d{2})\\k<sep>(?<d>\\d{2})`;
/** "3-6-16", "4/13/16": a two-digit year, with dashes or slashes only (dots are versions). */
const NUMERIC_SHORT_YEAR = `${LEAD_WEEKDAY}(?<a>\\d{1,2})(?<sep>[/-])(?<b>\\d{1,2})\\k<sep>(?<yy>\\d{2})(?!\\d)`;
/** POSIX strptime's `%y` rule: 69–99 are 1969–1999, 00–68 are 2000–2068. */
const SHORT_YEAR_PIVOT = 69;
const ZONE =
  `(?:[ ]{0,2}(?:(?<z>Z|UTC|GMT)(?<zo>[+-]\\d{1,2}(?::?\\d{2})?)?|(?<o>[+-]\\d{2}(?::?\\d{2})?)|\\(?(?<za>${ZONE_ABBREVIATION_PATTERN})\\)?)(?![\\p{L}\\p{N}]))?`;
/** Arabic and Persian 12-hour markers from the table, longest first ("صباحاً" before "ص"). */
const DAY_PERIOD = [...DAY_PERIODS.map((p) => p.text)].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.]/g, '\\.')).join('|');
const PM_PERIODS: ReadonlySet<string> = new Set(DAY_PERIODS.filter((p) => p.pm).map((p) => p.text));
const TIME = `(?<H>\\d{1,2}):(?<M>\\d{2})(?::(?<S>\\d{2}))?(?:\\.\\d{1,9})?(?:[ ]{0,2}(?<ap>[ap])\\.?m\\.?(?!\\p{L})|[ ]{0,2}(?<dp>${DAY_PERIOD})(?![\\p{L}\\p{M}]))?${ZONE}`;
/** Between a date and its time: ", ", " at ", " - ", " | ", " @ ". */
const DATE_TIME = `(?:[,،]?${SP}(?:(?:at|@|-|–|\\||الساعة)${SP})?)`;
/** Between a leading time and its date: ", ", " on ", " - ". */
const TIME_DATE = `(?:[,،]?${SP}(?:(?:on|-|–|\\|)${SP})?)`;
const ISO = `(?<y>\\d{4})-(?<mo>\\d{2})-(?<d>\\d{2})(?:(?:T|${SP})(?<H>\\d{2}):(?<M>\\d{2})(?::(?<S>\\d{2})(?:\\.\\d{1,9})?)?(?:(?<z>Z|[ ]?(?:UTC|GMT))|(?<o>[+-]\\d{2}(?::?\\d{2})?))?)?`;
const BEFORE = '(?<![\\p{L}\\p{N}])';
/**
 * A Hijri date with its era ("4 Rajab 1439 AH", "٤ رجب ١٤٣٩ هـ") or a time after it: without
 * either, a Hijri date alone is a banner's second calendar, not a publication time.
 */
const HIJRI_DATE = `${LEAD_WEEKDAY}(?<hd>\\d{1,2})${ORDINAL}${SP}(?<hm>${HIJRI_NAME_PATTERN})${SP}(?<hy>1[345]\\d\\d)(?!\\d)(?:[ ]{0,2}(?<era>A\\.?H\\.?|هـ|ه)(?![\\p{L}\\p{M}]))?`;

/**
 * Regex source for a Gregorian date without time or named groups, "21 March 2018",
 * "March 21st, 2018", "2018-03-21" (compile with flags `iu`; read the text with
 * {@link readTimestamp}).
 *
 * @example new RegExp(`^${GREGORIAN_DATE_PATTERN}$`, 'iu').test("21 March 2018") === true
 */
export const GREGORIAN_DATE_PATTERN = `(?:\\d{1,2}${ORDINAL}${SP}(?:of${SP})?${MONTH_PATTERN}\\.?,?${SP}\\d{4}|${MONTH_PATTERN}\\.?${SP}\\d{1,2}${ORDINAL},?${SP}\\d{4}|\\d{4}-\\d{2}-\\d{2})(?!\\d)`;
const AFTER = '(?![\\p{L}\\p{N}])';
const OFFSET = /^([+-])(\d{1,2})(?::?(\d{2}))?$/;

/** Compiles a format body with word-boundary guards. */
function pattern(body: string, before = BEFORE, after = AFTER): RegExp {
  return new RegExp(`${before}${body}${after}`, 'giu');
}

/** Minutes east of UTC of "+03:00", "+0300", "-5", or `null`. */
function offsetOf(text: string | undefined): number | null {
  if (text === undefined) return 0;
  const m = OFFSET.exec(text);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? '0');
  if (hours > 14 || minutes > 59) return null;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** Reads the time and zone groups into parts; `null` when they are out of range. */
function withTime(parts: Parts, g: Groups): Parts | null {
  if (g.H === undefined || g.M === undefined) return parts;
  let hour = Number(g.H);
  const minute = Number(g.M);
  const second = g.S === undefined ? undefined : Number(g.S);
  if (g.ap !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (g.ap.toLowerCase() === 'p' ? 12 : 0);
  } else if (g.dp !== undefined && hour >= 1 && hour <= 12) {
    // An Arabic or Persian marker after a 24-hour time ("22:52 م") adds nothing and is ignored.
    hour = (hour % 12) + (PM_PERIODS.has(g.dp) ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || (second !== undefined && second > 59)) return null;
  const out: Parts = { ...parts, hour, minute };
  if (second !== undefined) out.second = second;
  if (g.za !== undefined) out.zoneAbbr = g.za.toUpperCase();
  if (g.z !== undefined || g.o !== undefined) {
    const offset = g.o !== undefined ? offsetOf(g.o) : offsetOf(g.zo);
    if (offset === null) return null;
    out.offsetMinutes = offset;
  }
  return out;
}

/** Reads a date written with a month name, and its optional time. */
function namedMonth(g: Groups): Parts | null {
  const month = g.mon === undefined ? null : monthNumber(g.mon);
  if (month === null || g.d === undefined || g.y === undefined) return null;
  const parts: Parts = { year: Number(g.y), month, day: Number(g.d) };
  if (g.wd !== undefined) parts.weekday = withoutDot(g.wd);
  return withTime(parts, g);
}

/** Reads an ISO 8601 date and its optional time. */
function isoParts(g: Groups): Parts | null {
  if (g.y === undefined || g.mo === undefined || g.d === undefined) return null;
  return withTime({ year: Number(g.y), month: Number(g.mo), day: Number(g.d) }, g);
}

/**
 * Reads a Hijri date and its optional time as the Gregorian day it is: in the reckoning a
 * written weekday agrees with, else Umm al-Qura; `null` without an era or a time, or for a
 * month or day that is not one.
 */
function hijriParts(g: Groups): Parts | null {
  if (g.era === undefined && g.H === undefined) return null;
  const month = g.hm === undefined ? null : hijriMonthNumber(g.hm);
  if (month === null || g.hd === undefined || g.hy === undefined) return null;
  const stated = { year: Number(g.hy), month, day: Number(g.hd) };
  const weekday = g.wd === undefined ? null : weekdayNumber(withoutDot(g.wd));
  let chosen: { date: string; calendar: HijriCalendar } | null = null;
  for (const calendar of HIJRI_CALENDARS) {
    const date = gregorianOf(stated, calendar);
    if (date === null) continue;
    const civil = parseIsoDate(date);
    const agrees = weekday !== null && civil !== null && isoWeekday(civil.year, civil.month, civil.day) === weekday;
    if (chosen === null || agrees) chosen = { date, calendar };
    if (agrees) break;
  }
  if (chosen === null) return null;
  const civil = parseIsoDate(chosen.date);
  if (civil === null) return null;
  const parts: Parts = { ...civil, calendar: { name: chosen.calendar, written: `${g.hd} ${g.hm} ${g.hy}` } };
  if (g.wd !== undefined) parts.weekday = withoutDot(g.wd);
  return withTime(parts, g);
}

/** Reads a numeric date "18/01/2017", deciding day-first or month-first from the parts or the given order. */
function numericParts(g: Groups, options: TimestampOptions): Parts | null {
  if (g.a === undefined || g.b === undefined || (g.y === undefined && g.yy === undefined)) return null;
  const short = g.y === undefined ? Number(g.yy) : null;
  const year = short === null ? Number(g.y) : short >= SHORT_YEAR_PIVOT ? 1900 + short : 2000 + short;
  const first = Number(g.a);
  const second = Number(g.b);
  let order: NumericOrder;
  let by: 'intrinsic' | 'given' | 'default';
  if (first > 12 || second > 12 || first === second) {
    if (first > 12 && second > 12) return null;
    order = second > 12 ? 'mdy' : 'dmy';
    by = 'intrinsic';
  } else if (options.dateOrder !== undefined) {
    order = options.dateOrder;
    by = 'given';
  } else {
    order = 'dmy';
    by = 'default';
  }
  const [day, month] = order === 'dmy' ? [first, second] : [second, first];
  const parts: Parts = { year, month, day, numeric: { order, by, first, second } };
  if (g.wd !== undefined) parts.weekday = withoutDot(g.wd);
  return withTime(parts, g);
}

/**
 * The timestamp formats, tried together (exported for the tests only); where matches overlap the earliest, then longest,
 * wins. Adding a format is one row.
 */
export const FORMATS: readonly Format[] = [
  {
    name: 'iso',
    // Not inside URLs or file names: "/2017-12-25-legionnaires".
    pattern: pattern(ISO, '(?<![\\p{L}\\p{N}/._-])', '(?![\\p{L}\\p{N}]|[-/_.][\\p{L}\\p{N}])'),
    needs: /\d{4}-\d\d-\d\d/,
    extract: isoParts,
  },
  { name: 'day-month-year', pattern: pattern(`${DMY}(?:${DATE_TIME}${TIME})?`), needs: /\d{4}/, extract: namedMonth },
  { name: 'month-day-year', pattern: pattern(`${MDY}(?:${DATE_TIME}${TIME})?`), needs: /\d{4}/, extract: namedMonth },
  { name: 'time-day-month-year', pattern: pattern(`${TIME}${TIME_DATE}${DMY}`), needs: /\d:\d\d/, extract: namedMonth },
  { name: 'time-month-day-year', pattern: pattern(`${TIME}${TIME_DATE}${MDY}`), needs: /\d:\d\d/, extract: namedMonth },
  {
    name: 'numeric',
    // Not part of a longer run of numbers: versions "2.10.2017.1", phone numbers, "1/2/3/2017".
    pattern: pattern(
      `${NUMERIC}(?:${DATE_TIME}${TIME})?`,
      '(?<![\\p{L}\\p{N}/.,:-])',
      '(?![\\p{L}\\p{N}]|[/.:-]\\p{N})',
    ),
    needs: /\d[/.-]\d{1,2}[/.-]\d{4}/,
    extract: numericParts,
  },
  {
    name: 'year-first',
    pattern: pattern(`${YEAR_FIRST}(?:${DATE_TIME}${TIME})?`, '(?<![\\p{L}\\p{N}/.,:-])', '(?![\\p{L}\\p{N}]|[/.:-]\\p{N})'),
    needs: /\d{4}[/.]\d\d[/.]\d\d/,
    extract: isoParts,
  },
  { name: 'hijri', pattern: pattern(`${HIJRI_DATE}(?:${DATE_TIME}${TIME})?`), needs: /1[345]\d\d/, extract: hijriParts },
  {
    name: 'numeric-short-year',
    pattern: pattern(`${NUMERIC_SHORT_YEAR}(?:${DATE_TIME}${TIME})?`, '(?<![\\p{L}\\p{N}/.,:-])', '(?![\\p{L}\\p{N}]|[/.:-]\\p{N})'),
    needs: /\d[/-]\d{1,2}[/-]\d\d/,
    extract: numericParts,
  },
];

/** Validates parts and turns them into a match over `[start, end)`. */
function toMatch(parts: Parts, start: number, end: number): TimestampMatch | null {
  if (!isValidDate(parts.year, parts.month, parts.day)) return null;
  const precision: Precision =
    parts.hour === undefined ? 'day' : parts.second === undefined ? 'minute' : 'second';
  const match: TimestampMatch = {
    start,
    end,
    year: parts.year,
    month: parts.month,
    day: parts.day,
    precision,
    weekdayMismatch: false,
  };
  if (parts.hour !== undefined) match.hour = parts.hour;
  if (parts.minute !== undefined) match.minute = parts.minute;
  if (parts.second !== undefined) match.second = parts.second;
  if (parts.offsetMinutes !== undefined) match.offsetMinutes = parts.offsetMinutes;
  if (parts.zoneAbbr !== undefined) match.zoneAbbr = parts.zoneAbbr;
  if (parts.numeric !== undefined) match.numeric = parts.numeric;
  if (parts.calendar !== undefined) match.calendar = parts.calendar;
  if (parts.weekday !== undefined) {
    match.weekday = parts.weekday;
    match.weekdayMismatch = weekdayNumber(parts.weekday) !== isoWeekday(parts.year, parts.month, parts.day);
  }
  return match;
}

/** Two digits in a row: the least that any format's year takes. */
const TWO_DIGITS = /\d\d/;

/**
 * Finds every Gregorian timestamp in a string, in order and without overlaps; indices are
 * into the given string. Scores ("3-1"), versions ("2.10.3"), phone numbers, bare years,
 * times without a date and impossible days ("30 February 2017") are not timestamps.
 *
 * @example findTimestamps("Posted 18 January 2017 22:52")[0] // { start: 7, end: 28, year: 2017, month: 1, day: 18, hour: 22, minute: 52, precision: "minute", … }
 */
export function findTimestamps(text: string, options: TimestampOptions = {}): TimestampMatch[] {
  const folded = fold(text);
  // Every format has a year of two digits or more: most lines of a page have none.
  if (!TWO_DIGITS.test(folded)) return [];
  const found: TimestampMatch[] = [];
  for (const format of FORMATS) {
    if (!format.needs.test(folded)) continue;
    // exec in a loop, not matchAll: matchAll copies the expression on each call, and these are
    // long (every month and weekday name in four languages): the copy cost more than the search.
    const pattern = format.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(folded); m !== null; m = pattern.exec(folded)) {
      // (No format matches an empty string; were one to, step over a whole character, as matchAll does.)
      if (m[0].length === 0) pattern.lastIndex = m.index + (folded.codePointAt(m.index)! > 0xffff ? 2 : 1);
      const parts = format.extract(m.groups ?? {}, options);
      const match = parts && toMatch(parts, m.index, m.index + m[0].length);
      if (match) found.push(match);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TimestampMatch[] = [];
  for (const match of found) {
    const last = kept[kept.length - 1];
    if (last === undefined || match.start >= last.end) kept.push(match);
  }
  return kept;
}

/** The formats again, sticky: each tried at one index only. */
const STICKY: readonly RegExp[] = FORMATS.map((f) => new RegExp(f.pattern.source, `${f.pattern.flags.replace('g', '')}y`));

/**
 * The timestamp that starts exactly at `index` of `folded` — the longest valid one, as
 * {@link findTimestamps} would keep there in the unfolded text — or `null`. Cheaper than
 * finding every timestamp when a caller only wants a line that starts with one. The text must
 * already be folded with `fold` (a block's `text` is).
 *
 * @example timestampAt("Posted 18 January 2017 22:52", 7)?.end === 28
 */
export function timestampAt(folded: string, index: number, options: TimestampOptions = {}): TimestampMatch | null {
  if (!TWO_DIGITS.test(folded)) return null;
  let best: TimestampMatch | null = null;
  FORMATS.forEach((format, i) => {
    if (!format.needs.test(folded)) return;
    const sticky = STICKY[i]!;
    sticky.lastIndex = index;
    const m = sticky.exec(folded);
    if (m === null) return;
    const parts = format.extract(m.groups ?? {}, options);
    const match = parts && toMatch(parts, index, index + m[0].length);
    if (match && (best === null || match.end > best.end)) best = match;
  });
  return best;
}

/**
 * Reads a string that is exactly one timestamp (surrounding whitespace aside), or `null`.
 *
 * @example readTimestamp("Jan. 18, 2017")?.precision === "day"
 */
export function readTimestamp(text: string, options: TimestampOptions = {}): TimestampMatch | null {
  const trimmed = text.trimEnd();
  const lead = trimmed.length - trimmed.trimStart().length;
  // The string is one timestamp exactly when the longest one starting at `lead` reaches its end.
  const match = timestampAt(fold(trimmed), lead, options);
  return match !== null && match.end === trimmed.length ? match : null;
}

/**
 * Whether luxon knows a zone name: an IANA zone ("Asia/Tehran") or a fixed offset ("UTC+3").
 * The system zone ("local") is refused, since it would make results depend on the machine.
 *
 * @example isKnownZone("Asia/Tehran") === true && isKnownZone("Mars/Olympus") === false
 */
export function isKnownZone(zone: string): boolean {
  const name = zone.trim().toLowerCase();
  if (name === '' || name === 'local' || name === 'system' || name === 'default') return false;
  return Info.normalizeZone(zone).isValid;
}

/**
 * The fixed-offset zone name of a number of minutes east of UTC.
 *
 * @example offsetZoneName(180) === "UTC+03:00" && offsetZoneName(0) === "UTC"
 */
export function offsetZoneName(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `UTC${offsetMinutes < 0 ? '-' : '+'}${hh}:${mm}`;
}

/**
 * Builds the {@link Published} value of a match: wall-clock `local` as written, and `utc`
 * only when a zone is known. An offset written in the text beats the given zone; an
 * unknown zone name counts as no zone.
 *
 * @example toPublished(findTimestamps("18 January 2017 22:52")[0]!, "18 January 2017 22:52", "Asia/Tehran", "profile").utc === "2017-01-18T19:22:00Z"
 */
export function toPublished(
  match: TimestampMatch,
  raw: string,
  zone: string | null,
  zoneSource: ZoneSource | null,
): Published {
  const fields = {
    year: match.year,
    month: match.month,
    day: match.day,
    hour: match.hour ?? 0,
    minute: match.minute ?? 0,
    second: match.second ?? 0,
  };
  const local = `${isoDate(fields.year, fields.month, fields.day)}T${[fields.hour, fields.minute, fields.second]
    .map((n) => String(n).padStart(2, '0'))
    .join(':')}`;
  const base = { raw, local, precision: match.precision };
  let at: DateTime | null = null;
  let zoneName: string | null = null;
  let source: ZoneSource | null = null;
  const abbr =
    match.zoneAbbr === undefined ? null : readZoneAbbreviation(match.zoneAbbr, fields, zone === null ? [] : [zone]);
  if (match.offsetMinutes !== undefined) {
    at = DateTime.fromObject(fields, { zone: FixedOffsetZone.instance(match.offsetMinutes) });
    zoneName = offsetZoneName(match.offsetMinutes);
    source = 'offset';
  } else if (abbr !== null) {
    // A stated abbreviation beats the site's zone; an unresolved one leaves the zone unknown.
    if (abbr.zone !== undefined) {
      at = DateTime.fromObject(fields, { zone: abbr.zone });
      zoneName = abbr.zone;
    } else if (abbr.offset !== undefined) {
      at = DateTime.fromObject(fields, { zone: FixedOffsetZone.instance(abbr.offset) });
      zoneName = offsetZoneName(abbr.offset);
    }
    source = 'abbreviation';
  } else if (zone !== null && isKnownZone(zone)) {
    at = DateTime.fromObject(fields, { zone });
    zoneName = zone;
    source = zoneSource;
  }
  const utc = at?.isValid ? at.toUTC().toISO({ suppressMilliseconds: true }) : null;
  const value: Published =
    utc === null || utc === undefined ? { ...base, zone: null, utc: null, zoneSource: null } : { ...base, zone: zoneName, utc, zoneSource: source };
  // A Hijri date's Gregorian day depends on the reckoning: stated in part, so marked implied.
  if (match.calendar !== undefined) value.implied = { from: 'calendar', reference: `${match.calendar.written} (${match.calendar.name})` };
  return value;
}
