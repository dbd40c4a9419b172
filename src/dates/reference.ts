/**
 * Reading a reference date given from outside the text (a command-line flag, a CSV cell, a
 * WARC record's date), so that only values the date layer can use reach `referenceDate`.
 *
 * @module
 */
import { DateTime } from 'luxon';

/** Longer than any ISO date-time with fractions and an offset: a longer value is not one. */
const MAX_LENGTH = 64;

/**
 * The value as an ISO date or date-time that relative dates can be resolved against, or `null`
 * when it is not one. ISO 8601 (`2024-01-05`, `2024-01-05T10:00:00Z`) is kept as written; the
 * SQL form with a space (`2018-01-25 16:17:44.789555`, FakeNewsCorpus's `scraped_at`) gets a `T`.
 *
 * @example readReferenceDate('2018-01-25 16:17:44.789555') // "2018-01-25T16:17:44.789555"
 */
export function readReferenceDate(value: string): string | null {
  const text = value.trim();
  if (text === '' || text.length > MAX_LENGTH) return null;
  if (DateTime.fromISO(text, { setZone: true }).isValid) return text;
  const iso = text.replace(' ', 'T');
  return DateTime.fromISO(iso, { setZone: true }).isValid ? iso : null;
}
