/**
 * The dual-calendar date a page shows in its chrome, "21 March 2018 - Wednesday - 4 Rajab 1439",
 * checked against the platform's Hijri reckonings; or a Solar Hijri (Persian) date, beside a
 * Gregorian one or alone on its line ("Thursday, 30 Dey 1395", "۳۰ دی ۱۳۹۵"), checked against
 * ICU's `persian` calendar and reported in the same fields with `calendar: 'persian'`.
 *
 * @module
 */
import { isoDate, isoWeekday, parseIsoDate } from '../dates/civil.js';
import { HIJRI_CALENDARS, HIJRI_YEAR_RANGE, crossCheck, hijriOf, type HijriCheck } from '../dates/hijri.js';
import { gregorianOfPersian, persianCheck, persianOf, type PersianCheck } from '../dates/persian.js';
import {
  HIJRI_NAME_PATTERN,
  WEEKDAY_PATTERN,
  hijriMonthNumber,
  monthNumber,
  persianMonthNumber,
  weekdayNumber,
  withoutDot,
} from '../dates/names.js';
import { GREGORIAN_DATE_PATTERN, readTimestamp } from '../dates/timestamp.js';
import { clean, fold } from '../text.js';
import type { AnyClaim, PageDate, Parser } from '../types.js';
import { claimIn } from './claim.js';
import { CONFIDENCE } from './confidence.js';

/**
 * A problem found while reading a page date, before it is placed in the input, e.g. `weekday-mismatch` for "21 March 2018 - Thursday - 4 Rajab 1439".
 *
 * @group Parts
 * @category Page date
 */
export interface PageDateIssue {
  /** The warning code it becomes, e.g. `"hijri-offset"`. */
  code: 'weekday-mismatch' | 'hijri-offset' | 'hijri-mismatch' | 'invalid-date' | 'unknown-month';
  /** What is wrong, e.g. `"2018-03-21 is not a Tuesday."`. */
  message: string;
  /** Where in the string the problem is when it is one part of the date (the month of an `unknown-month`); else the whole date. */
  span?: {
    /** Index in the matched text where the part at fault starts. */
    start: number;
    /** Index just past it. */
    end: number;
  };
}

/**
 * A page date found in a string, e.g. "21 March 2018 - Wednesday - 4 Rajab 1439": `[start, end)` indices, its value (null when the Gregorian day is impossible) and its problems.
 *
 * @group Parts
 * @category Page date
 */
export interface PageDateMatch {
  /** Index in the string where the date starts. */
  start: number;
  /** Index just past it. */
  end: number;
  /** The date read, e.g. `{ gregorian: "2018-03-21", … }`; `null` when the Gregorian day is impossible. */
  value: PageDate | null;
  /** What is odd about it; `[]` when nothing is. */
  issues: PageDateIssue[];
}

const NAME = 'page-date';

// Separators between the parts: " - ", ", ", "، ", " | ", " / ", " • " or plain spaces.
const SEP = '(?:[ ]{0,3}[-–—,،|/•·][ ]{0,3}|[ ]{1,3})';
const WEEKDAY = WEEKDAY_PATTERN;
const GREGORIAN = `(?<greg>${GREGORIAN_DATE_PATTERN})`;
// A month cut short may end with its hyphen ("Dhul- 1439"): read as a name, then found unknown.
const HIJRI = `(?<hd>\\d{1,2})(?:st|nd|rd|th)?[ ]{1,3}(?<hm>${HIJRI_NAME_PATTERN}-?)[ ]{1,3}(?<hy>\\d{3,4})(?!\\d)(?:[ ]{0,2}(?:A\\.?H\\.?|S\\.?H\\.?|A\\.?P\\.?|هجری شمسی|هـ?\\.?[ ]?ش\\.?|هـ|ه)(?![\\p{L}\\p{M}]))?`;
/** A Solar Hijri year marker: "SH", "AP", "ه.ش", "هجری شمسی". */
const SOLAR_MARK = '(?:S\\.?H\\.?|A\\.?P\\.?|هجری شمسی|هـ?\\.?[ ]?ش\\.?)';
/** A numeric date of year 1300–1499, year first: "1395/10/30", "۱۳۹۵/۱۰/۳۰" (folded); no Gregorian page date has such a year. */
const NUMERIC = `(?<ny>1[34]\\d\\d)(?<ns>[/.-])(?<nm>\\d{1,2})\\k<ns>(?<nd>\\d{1,2})(?!\\d)(?:[ ]{0,2}(?<mark>${SOLAR_MARK})(?![\\p{L}\\p{M}]))?`;
/** The second calendar's date: with a month name, or numeric. */
const SECOND = `(?:${HIJRI}|${NUMERIC})`;
const BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{M}\\p{N}])';
/** The layouts, as data: Gregorian then Hijri, or Hijri then Gregorian; a weekday may sit before, between or after. */
const LAYOUTS: readonly RegExp[] = [
  [GREGORIAN, SECOND],
  [SECOND, GREGORIAN],
].map(
  ([first, second]) =>
    new RegExp(
      `${BEFORE}(?:(?<w1>${WEEKDAY})${SEP})?${first}(?:${SEP}(?<w2>${WEEKDAY}))?${SEP}${second}(?:${SEP}(?<w3>${WEEKDAY}))?${AFTER}`,
      'dgiu',
    ),
);
/** A Solar Hijri date alone on its line, with an optional weekday: "Thursday, 30 Dey 1395", "پنجشنبه ۳۰ دی ۱۳۹۵". */
const ALONE = new RegExp(`^[ ]{0,40}(?:(?<w1>${WEEKDAY})${SEP})?${SECOND}(?:${SEP}(?<w3>${WEEKDAY}))?[ ]{0,40}$`, 'iu');
/** A word starting with a lower-case letter: prose, not a month name in a banner. */
const LOWER_START = /^\p{Ll}/u;
/** The most days a Hijri (30) or Solar Hijri (31) month has. */
const MAX_MONTH_DAYS = 31;
/** A page date needs a Hijri year (1300–1599); text without one is skipped before the layouts run. */
const HIJRI_YEAR = /(?<!\d)1[345]\d\d(?!\d)/;

/** The written weekday of a match without its dot, with a `weekday-mismatch` issue when it is not the day's. */
function weekdayOf(g: Record<string, string | undefined>, gregorian: string, issues: PageDateIssue[]): string | null {
  const greg = parseIsoDate(gregorian)!;
  const written = g.w1 ?? g.w2 ?? g.w3;
  const weekday = written === undefined ? null : withoutDot(written);
  if (weekday !== null && weekdayNumber(weekday) !== isoWeekday(greg.year, greg.month, greg.day)) {
    issues.push({ code: 'weekday-mismatch', message: `${gregorian} is not a ${weekday}.` });
  }
  return weekday;
}

/** The Solar Hijri or Hijri reading of a numeric date that is within a day of a Gregorian day (Solar Hijri first), or `null`. */
function agreeing(gregorian: string, day: { year: number; month: number; day: number }): HijriCheck | PersianCheck | null {
  for (const check of [persianCheck(gregorian, day), crossCheck(gregorian, day)]) {
    if (check !== null && Math.abs(check.offsetDays) <= 1) return check;
  }
  return null;
}

/** The Hijri years (every reckoning) and the Solar Hijri year of a Gregorian day. */
function secondYearsOf(gregorian: string): number[] {
  const days = [...HIJRI_CALENDARS.map((c) => hijriOf(gregorian, c)), persianOf(gregorian)];
  return days.flatMap((d) => (d === null ? [] : [d.year]));
}

/**
 * Reads a match whose second calendar's month is no known spelling, "21 March 2018 - 4 Rajxb
 * 1439": the Gregorian date and weekday stand, the Hijri part is left unread (`hijri: null`) and
 * the month is warned `unknown-month`. Only when the stated year is the Hijri or Solar Hijri
 * year of that Gregorian day, give or take one (the evidence that the part is a date at all),
 * and the word is written as a name (not starting lower case, so not "27 protesters and 1442")
 * and is not a Gregorian month or weekday; else `null`.
 */
function readUnknownMonth(m: RegExpExecArray, written: string): PageDateMatch | null {
  const g = m.groups ?? {};
  const monthName = g.hm ?? '';
  const year = Number(g.hy);
  const dayOfMonth = Number(g.hd);
  if (LOWER_START.test(monthName) || monthNumber(monthName) !== null || weekdayNumber(monthName) !== null) return null;
  if (dayOfMonth < 1 || dayOfMonth > MAX_MONTH_DAYS || year < HIJRI_YEAR_RANGE[0] || year > HIJRI_YEAR_RANGE[1]) return null;
  const greg = readTimestamp(written);
  if (greg === null) return null;
  const gregorian = isoDate(greg.year, greg.month, greg.day);
  if (!secondYearsOf(gregorian).some((y) => Math.abs(y - year) <= 1)) return null;
  const at = m.indices?.groups?.hm;
  const issues: PageDateIssue[] = [
    {
      code: 'unknown-month',
      message: `"${monthName}" is not a Hijri or Solar Hijri month; only the Gregorian date ${gregorian} is read.`,
      ...(at === undefined ? {} : { span: { start: at[0], end: at[1] } }),
    },
  ];
  const weekday = weekdayOf(g, gregorian, issues);
  const start = m.index;
  const value: PageDate = { raw: m[0], gregorian, weekday, hijri: null, calendar: null, offsetDays: null };
  return { start, end: start + m[0].length, value, issues };
}

/**
 * Reads one layout match; `null` when a date with no Gregorian one beside it is not Solar Hijri,
 * or when the month name is neither a Hijri nor a Solar Hijri month and the rest does not make
 * the date (see {@link readUnknownMonth}).
 */
function readMatch(m: RegExpExecArray): PageDateMatch | null {
  const g = m.groups ?? {};
  let monthName: string;
  let day: { year: number; month: number; day: number };
  /** Whether the date is Solar Hijri; `null` for a numeric one that the Gregorian date beside it must decide. */
  let solar: boolean | null;
  if (g.ny !== undefined) {
    // A numeric date alone is read only with a Solar Hijri marker: "1439/07/04" may be lunar.
    if (g.greg === undefined && g.mark === undefined) return null;
    monthName = g.nm ?? '';
    day = { year: Number(g.ny), month: Number(g.nm), day: Number(g.nd) };
    solar = g.mark === undefined ? null : true;
  } else {
    monthName = g.hm ?? '';
    const lunar = hijriMonthNumber(monthName);
    const persian = lunar === null ? persianMonthNumber(monthName) : null;
    const month = lunar ?? persian;
    if (month === null) return g.greg === undefined ? null : readUnknownMonth(m, g.greg);
    if (g.greg === undefined && persian === null) return null;
    day = { year: Number(g.hy), month, day: Number(g.hd) };
    solar = persian !== null;
  }
  const start = m.index;
  const end = start + m[0].length;
  const issues: PageDateIssue[] = [];
  let gregorian: string;
  if (g.greg === undefined) {
    // A Solar Hijri date alone: its Gregorian day is ICU's.
    const converted = gregorianOfPersian(day);
    if (converted === null) {
      issues.push({ code: 'invalid-date', message: `"${m[0].trim()}" is not a real Solar Hijri day.` });
      return { start, end, value: null, issues };
    }
    gregorian = converted;
  } else {
    const greg = readTimestamp(g.greg);
    if (greg === null) {
      issues.push({ code: 'invalid-date', message: `"${g.greg}" is not a real Gregorian day.` });
      return { start, end, value: null, issues };
    }
    gregorian = isoDate(greg.year, greg.month, greg.day);
  }
  const weekday = weekdayOf(g, gregorian, issues);
  const hijri = { ...day, monthName };
  const stated = g.ny === undefined ? `${hijri.day} ${monthName} ${hijri.year}` : `${g.ny}${g.ns}${g.nm}${g.ns}${g.nd}`;
  const check =
    solar === true ? persianCheck(gregorian, day) : solar === false ? crossCheck(gregorian, hijri) : agreeing(gregorian, day);
  if (solar === null && check === null) {
    // A numeric date that neither calendar puts within a day of the Gregorian one: which it is stays open.
    issues.push({ code: 'hijri-mismatch', message: `${stated} is within a day of ${gregorian} in neither the Solar Hijri nor a Hijri reckoning.` });
    return { start, end, value: { raw: m[0], gregorian, weekday, hijri: null, calendar: null, offsetDays: null }, issues };
  }
  if (check === null) {
    issues.push({ code: 'hijri-mismatch', message: `${stated} cannot be compared with ${gregorian}.` });
  } else if (Math.abs(check.offsetDays) === 1) {
    issues.push({
      code: 'hijri-offset',
      message: `${stated} is one day ${check.offsetDays > 0 ? 'after' : 'before'} the ${check.calendar} date for ${gregorian}.`,
    });
  } else if (check.offsetDays !== 0) {
    issues.push({
      code: 'hijri-mismatch',
      message: `${stated} disagrees with ${gregorian} by ${check.offsetDays} days in the closest reckoning (${check.calendar}).`,
    });
  }
  const value: PageDate = {
    raw: m[0],
    gregorian,
    weekday,
    hijri,
    calendar: check?.calendar ?? null,
    offsetDays: check?.offsetDays ?? null,
  };
  return { start, end, value, issues };
}

/**
 * Finds every dual-calendar page date in a string, in order and without overlaps, with the
 * problems each has; indices are into the given string.
 *
 * @example findPageDates("Home 21 March 2018 - Wednesday - 4 Rajab 1439 | …")[0]?.value?.hijri?.month === 7
 * @group Parts
 * @category Page date
 */
export function findPageDates(text: string): PageDateMatch[] {
  return pageDatesIn(fold(text));
}

/** {@link findPageDates} in text already folded (a block's `text`). */
export function pageDatesIn(folded: string): PageDateMatch[] {
  const found: PageDateMatch[] = [];
  if (!HIJRI_YEAR.test(folded)) return found;
  for (const layout of LAYOUTS) {
    layout.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = layout.exec(folded)) !== null) {
      const match = readMatch(m);
      if (match) found.push(match);
      // Retry just after a rejected start: the name may have been a Gregorian month.
      else layout.lastIndex = m.index + 1;
    }
  }
  if (found.length === 0) {
    const m = ALONE.exec(folded);
    const match = m === null ? null : readMatch(m);
    if (match) {
      // The line's own spaces are not part of the date.
      const line = folded.slice(match.start, match.end);
      const raw = line.trim();
      match.start += line.length - line.trimStart().length;
      match.end = match.start + raw.length;
      if (match.value) match.value.raw = raw;
      found.push(match);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PageDateMatch[] = [];
  for (const match of found) {
    const last = kept[kept.length - 1];
    if (last === undefined || match.start >= last.end) kept.push(match);
  }
  return kept;
}

/**
 * Reads the first dual-calendar page date in a string, or `null`; problems are not reported.
 *
 * @example readPageDate("21 March 2018 - Wednesday - 4 Rajab 1439")?.gregorian === "2018-03-21"
 * @group Parts
 * @category Page date
 */
export function readPageDate(text: string): PageDate | null {
  for (const match of findPageDates(text)) if (match.value) return match.value;
  return null;
}

/**
 * Claims the page date inside any block, "21 March 2018 - Wednesday - 4 Rajab 1439" (or a Solar
 * Hijri one, "19 January 2017 - 30 Dey 1395", or such a date alone on its line), and warns
 * `weekday-mismatch`, `hijri-offset` (off by one day), `hijri-mismatch` or `invalid-date`.
 *
 * @example
 * runParser(pageDateParser, '21 March 2018 - Wednesday - 4 Rajab 1439')[0]?.value;
 * // { gregorian: '2018-03-21', hijri: { year: 1439, month: 7, day: 4 }, calendar: 'islamic-umalqura', offsetDays: 0 }
 * @group Parts
 * @category Page date
 */
export const pageDateParser: Parser = {
  name: NAME,
  parse(ctx) {
    const claims: AnyClaim[] = [];
    for (const block of ctx.blocks) {
      for (const match of pageDatesIn(block.text)) {
        const span = { start: block.at(match.start), end: block.at(match.end) };
        for (const issue of match.issues) {
          const at = issue.span === undefined ? span : { start: block.at(issue.span.start), end: block.at(issue.span.end) };
          ctx.warn(issue.code, issue.message, at);
        }
        if (match.value === null) continue;
        const raw = clean(block.source.slice(match.start, match.end));
        claims.push(claimIn(block, match.start, match.end, 'page-date', { ...match.value, raw }, CONFIDENCE.certain, NAME));
      }
    }
    return claims;
  },
};
