/**
 * The dates layer: Gregorian timestamps, Hijri and Solar Hijri reckonings through ICU, calendar arithmetic
 * and the name tables' readers. The only place luxon is imported; its types stay inside.
 *
 * @module
 */
export { dayNumber, fromDayNumber, isoDate, isoWeekday, isValidDate, parseIsoDate, type CivilDate } from './civil.js';
export {
  crossCheck,
  gregorianOf,
  hijriOf,
  isCalendarSupported,
  HIJRI_CALENDARS,
  HIJRI_YEAR_RANGE,
  type HijriCalendar,
  type HijriCheck,
  type HijriDay,
} from './hijri.js';
export {
  gregorianOfPersian,
  isPersianSupported,
  persianCheck,
  persianOf,
  PERSIAN_CALENDAR,
  PERSIAN_YEAR_RANGE,
  type PersianCheck,
  type PersianDay,
} from './persian.js';
export {
  hijriKey,
  hijriMonthNumber,
  persianMonthNumber,
  monthNumber,
  weekdayNumber,
  HIJRI_NAME_PATTERN,
  MONTH_PATTERN,
  WEEKDAY_PATTERN,
} from './names.js';
export {
  findTimestamps,
  isKnownZone,
  offsetZoneName,
  readTimestamp,
  timestampAt,
  toPublished,
  GREGORIAN_DATE_PATTERN,
  type TimestampMatch,
} from './timestamp.js';
export { findRelative, resolveRelative, type RelativeMatch } from './relative.js';
export { readZoneAbbreviation, ZONE_ABBREVIATION_PATTERN, type WallClock, type ZoneReading } from './zones.js';
