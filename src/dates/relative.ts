/**
 * Relative dates ("5 hours ago", "yesterday", "منذ ٣ ساعات") resolved against an explicit
 * reference — never the clock. Words are data in `src/data/relative-words.ts`.
 *
 * @module
 */
import { DateTime } from 'luxon';
import { RELATIVE_AGO, RELATIVE_DAYS, RELATIVE_ONE, RELATIVE_UNITS } from '../data/relative-words.js';
import { fold } from '../text.js';
import type { TimestampMatch } from './timestamp.js';
import { escapeRegExp } from '../regex.js';

/** A relative date found in text, e.g. "5 hours ago" is `{ start: 0, end: 11, minutes: 300 }`. */
export interface RelativeMatch {
  start: number;
  end: number;
  /** How long before the reference, in minutes (for "N units ago"). */
  minutes?: number;
  /** Day offset from the reference day (for "yesterday", "today"). */
  days?: number;
}

/** A regex alternation of literal words, longest first. */
function words(list: readonly string[]): string {
  return [...new Set(list)]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w))
    .join('|');
}
const UNITS = words(RELATIVE_UNITS.map((u) => u.name));
const AMOUNT = `(?:(?<n>\\d{1,4})|(?<one>${words(RELATIVE_ONE)}))`;
const AGO_AFTER = `${AMOUNT}[ ]{1,3}(?<u>${UNITS})[ ]{1,3}(?:${words(RELATIVE_AGO.after)})`;
const AGO_BEFORE = `(?:${words(RELATIVE_AGO.before)})(?:[ ]{1,3}(?<n2>\\d{1,4}))?[ ]{1,3}(?<u2>${UNITS})`;
const DAY_WORD = `(?<dw>${words(RELATIVE_DAYS.map((d) => d.name))})`;
const RELATIVE = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])(?:${AGO_AFTER}|${AGO_BEFORE}|${DAY_WORD})(?![\\p{L}\\p{M}\\p{N}])`,
  'giu',
);
const UNIT_MINUTES: ReadonlyMap<string, number> = new Map(RELATIVE_UNITS.map((u) => [u.name.toLowerCase(), u.minutes]));
const DAY_OFFSETS: ReadonlyMap<string, number> = new Map(RELATIVE_DAYS.map((d) => [d.name.toLowerCase(), d.days]));
/** A reference with a time of day: "2017-01-19T03:00", with optional seconds and offset. */
const HAS_TIME = /T\d{2}:\d{2}/;
/** A reference that states its offset: "…Z", "…+03:00". */
const HAS_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/;

/**
 * Finds relative dates in a string, in order; indices are into the given string.
 *
 * @example findRelative("Posted 5 hours ago")[0] // { start: 7, end: 18, minutes: 300 }
 */
export function findRelative(text: string): RelativeMatch[] {
  const out: RelativeMatch[] = [];
  for (const m of fold(text).matchAll(RELATIVE)) {
    const match = toRelative(m);
    if (match !== null) out.push(match);
  }
  return out;
}

/** The pattern again, sticky: tried at one index only. */
const RELATIVE_AT = new RegExp(RELATIVE.source, 'iuy');

/**
 * The relative date that starts exactly at `index` of `folded`, or `null` — what
 * {@link findRelative} finds there, without scanning the rest of the string. The text must
 * already be folded with `fold` (a block's `text` is).
 *
 * @example relativeAt("Posted 5 hours ago", 7)?.minutes === 300
 */
export function relativeAt(folded: string, index: number): RelativeMatch | null {
  RELATIVE_AT.lastIndex = index;
  const m = RELATIVE_AT.exec(folded);
  return m === null ? null : toRelative(m);
}

/** Reads one match of the pattern, or `null` when its unit or day word is unknown. */
function toRelative(m: RegExpExecArray | RegExpMatchArray): RelativeMatch | null {
  const g = m.groups ?? {};
  const start = m.index ?? 0;
  const match: RelativeMatch = { start, end: start + m[0].length };
  if (g.dw !== undefined) {
    const days = DAY_OFFSETS.get(g.dw.toLowerCase());
    if (days === undefined) return null;
    match.days = days;
  } else {
    const unit = UNIT_MINUTES.get((g.u ?? g.u2 ?? '').toLowerCase());
    const n = g.n ?? g.n2;
    if (unit === undefined) return null;
    match.minutes = (n === undefined ? 1 : Number(n)) * unit;
  }
  return match;
}

/**
 * Resolves a relative date against a reference (`YYYY-MM-DD`, or ISO with a time and
 * optional offset) into a timestamp match over the same span; `null` when the reference
 * cannot be read, or is a bare day and the relative date counts minutes or hours.
 * Precision is `day` unless both the reference and the relative date have times.
 *
 * @example resolveRelative({ start: 0, end: 9, days: -1 }, "2017-01-19")?.day === 18
 */
export function resolveRelative(match: RelativeMatch, reference: string): TimestampMatch | null {
  const ref = DateTime.fromISO(reference.trim(), { setZone: true });
  if (!ref.isValid) return null;
  const timed = HAS_TIME.test(reference);
  const base: Omit<TimestampMatch, 'year' | 'month' | 'day' | 'precision'> = {
    start: match.start,
    end: match.end,
    weekdayMismatch: false,
  };
  if (match.days !== undefined || (match.minutes !== undefined && match.minutes % 1440 === 0)) {
    const days = match.days ?? -(match.minutes ?? 0) / 1440;
    const at = ref.plus({ days });
    return { ...base, year: at.year, month: at.month, day: at.day, precision: 'day' };
  }
  if (match.minutes === undefined || !timed) return null;
  const at = ref.minus({ minutes: match.minutes });
  const out: TimestampMatch = {
    ...base,
    year: at.year,
    month: at.month,
    day: at.day,
    hour: at.hour,
    minute: at.minute,
    precision: 'minute',
  };
  // A reference without an offset is wall-clock time in no known zone.
  if (HAS_OFFSET.test(reference.trim())) out.offsetMinutes = at.offset;
  return out;
}
