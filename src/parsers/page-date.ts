/**
 * The dual-calendar date a page shows in its chrome, "21 March 2018 - Wednesday - 4 Rajab 1439",
 * checked against the platform's Hijri reckonings; or a Solar Hijri (Persian) date, beside a
 * Gregorian one or alone on its line ("Thursday, 30 Dey 1395", "۳۰ دی ۱۳۹۵"), checked against
 * ICU's `persian` calendar and reported in the same fields with `calendar: 'persian'`.
 *
 * @module
 */
import { isoDate, isoWeekday, parseIsoDate } from '../dates/civil.js';
import { crossCheck } from '../dates/hijri.js';
import { gregorianOfPersian, persianCheck } from '../dates/persian.js';
import { HIJRI_NAME_PATTERN, WEEKDAY_PATTERN, hijriMonthNumber, persianMonthNumber, weekdayNumber } from '../dates/names.js';
import { GREGORIAN_DATE_PATTERN, readTimestamp } from '../dates/timestamp.js';
import { clean, fold } from '../text.js';
import type { AnyClaim, PageDate, Parser } from '../types.js';
import { claimIn } from './claim.js';

/**
 * A problem found while reading a page date, before it is placed in the input, e.g. `weekday-mismatch` for "21 March 2018 - Thursday - 4 Rajab 1439".
 *
 * @group Parts
 * @category Page date
 */
export interface PageDateIssue {
  /** The warning code it becomes, e.g. `"hijri-offset"`. */
  code: 'weekday-mismatch' | 'hijri-offset' | 'hijri-mismatch' | 'invalid-date';
  /** What is wrong, e.g. `"2018-03-21 is not a Tuesday."`. */
  message: string;
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
const CONFIDENCE = 0.95;

// Separators between the parts: " - ", ", ", "، ", " | ", " / ", " • " or plain spaces.
const SEP = '(?:[ ]{0,3}[-–—,،|/•·][ ]{0,3}|[ ]{1,3})';
const WEEKDAY = WEEKDAY_PATTERN;
const GREGORIAN = `(?<greg>${GREGORIAN_DATE_PATTERN})`;
const HIJRI = `(?<hd>\\d{1,2})(?:st|nd|rd|th)?[ ]{1,3}(?<hm>${HIJRI_NAME_PATTERN})[ ]{1,3}(?<hy>\\d{3,4})(?!\\d)(?:[ ]{0,2}(?:A\\.?H\\.?|S\\.?H\\.?|A\\.?P\\.?|هجری شمسی|هـ?\\.?[ ]?ش\\.?|هـ|ه)(?![\\p{L}\\p{M}]))?`;
const BEFORE = '(?<![\\p{L}\\p{M}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{M}\\p{N}])';
/** The layouts, as data: Gregorian then Hijri, or Hijri then Gregorian; a weekday may sit before, between or after. */
const LAYOUTS: readonly RegExp[] = [
  [GREGORIAN, HIJRI],
  [HIJRI, GREGORIAN],
].map(
  ([first, second]) =>
    new RegExp(
      `${BEFORE}(?:(?<w1>${WEEKDAY})${SEP})?${first}(?:${SEP}(?<w2>${WEEKDAY}))?${SEP}${second}(?:${SEP}(?<w3>${WEEKDAY}))?${AFTER}`,
      'giu',
    ),
);
/** A Solar Hijri date alone on its line, with an optional weekday: "Thursday, 30 Dey 1395", "پنجشنبه ۳۰ دی ۱۳۹۵". */
const ALONE = new RegExp(`^[ ]{0,40}(?:(?<w1>${WEEKDAY})${SEP})?${HIJRI}(?:${SEP}(?<w3>${WEEKDAY}))?[ ]{0,40}$`, 'iu');
const TRAILING_DOT = /\.$/;
/** A page date needs a Hijri year (1300–1599); text without one is skipped before the layouts run. */
const HIJRI_YEAR = /(?<!\d)1[345]\d\d(?!\d)/;

/**
 * Reads one layout match; `null` when the month name is neither a Hijri nor a Solar Hijri month,
 * or when a date with no Gregorian one beside it is not Solar Hijri.
 */
function readMatch(m: RegExpExecArray): PageDateMatch | null {
  const g = m.groups ?? {};
  const monthName = g.hm ?? '';
  const lunar = hijriMonthNumber(monthName);
  const solar = lunar === null ? persianMonthNumber(monthName) : null;
  const month = lunar ?? solar;
  if (month === null || (g.greg === undefined && solar === null)) return null;
  const start = m.index;
  const end = start + m[0].length;
  const issues: PageDateIssue[] = [];
  const day = { year: Number(g.hy), month, day: Number(g.hd) };
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
  const greg = parseIsoDate(gregorian)!;
  const weekday = (g.w1 ?? g.w2 ?? g.w3)?.replace(TRAILING_DOT, '') ?? null;
  if (weekday !== null && weekdayNumber(weekday) !== isoWeekday(greg.year, greg.month, greg.day)) {
    issues.push({ code: 'weekday-mismatch', message: `${gregorian} is not a ${weekday}.` });
  }
  const hijri = { ...day, monthName };
  const stated = `${hijri.day} ${monthName} ${hijri.year}`;
  const check = solar === null ? crossCheck(gregorian, hijri) : persianCheck(gregorian, day);
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
        for (const issue of match.issues) ctx.warn(issue.code, issue.message, span);
        if (match.value === null) continue;
        const raw = clean(block.source.slice(match.start, match.end));
        claims.push(claimIn(block, match.start, match.end, 'page-date', { ...match.value, raw }, CONFIDENCE, NAME));
      }
    }
    return claims;
  },
};
