/**
 * Time-zone abbreviations ("ET", "IRST", "AST") read through the table in
 * `src/data/zones.ts`; ambiguous ones are settled by the site's or caller's zone, or left
 * unresolved for the caller to warn about. Zone arithmetic goes through luxon.
 *
 * @module
 */
import { DateTime } from 'luxon';
import { ZONE_ABBREVIATIONS } from '../data/zones.js';
import { escapeRegExp } from '../regex.js';

/** What an abbreviation means at a wall-clock time, e.g. "IST" with hint "Asia/Kolkata" is `{ offset: 330, … }`. */
export interface ZoneReading {
  /** The abbreviation in upper case. */
  abbr: string;
  /** IANA zone when the abbreviation follows daylight saving ("ET" → "America/New_York"). */
  zone?: string;
  /** Fixed minutes east of UTC ("EST" → −300). */
  offset?: number;
  /** The readings considered when the abbreviation is ambiguous and no hint settled it (empty otherwise). */
  unresolved: string[];
}


/**
 * Regex source matching one abbreviation from the table, longest first (compile with `u`;
 * the caller adds word guards).
 *
 * @example new RegExp(`^(?:${ZONE_ABBREVIATION_PATTERN})$`, 'u').test("IRST") === true
 */
export const ZONE_ABBREVIATION_PATTERN = [...new Set(ZONE_ABBREVIATIONS.map((z) => z.abbr))]
  .sort((a, b) => b.length - a.length)
  .map((a) => escapeRegExp(a))
  .join('|');

/** Minutes east of UTC of an IANA zone at a wall-clock time, or `null` for an unknown zone. */
function offsetAt(zone: string, fields: WallClock): number | null {
  const at = DateTime.fromObject(fields, { zone });
  return at.isValid ? at.offset : null;
}

/** A wall-clock time, e.g. `{ year: 2017, month: 1, day: 18, hour: 22, minute: 52, second: 0 }`. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * Reads a zone abbreviation at a wall-clock time: one table row gives its reading; several
 * are settled by a hint zone (same offset at that time, else same IANA area); `null` when
 * the abbreviation is not in the table.
 *
 * @example readZoneAbbreviation("AST", { year: 2017, month: 1, day: 18, hour: 22, minute: 52, second: 0 }, ["Asia/Riyadh"])?.offset === 180
 */
export function readZoneAbbreviation(abbr: string, fields: WallClock, hints: readonly string[]): ZoneReading | null {
  const key = abbr.toUpperCase();
  const rows = ZONE_ABBREVIATIONS.filter((z) => z.abbr === key);
  const reading = (row: (typeof rows)[number]): ZoneReading => {
    const out: ZoneReading = { abbr: key, unresolved: [] };
    if (row.zone !== undefined) out.zone = row.zone;
    if (row.offset !== undefined) out.offset = row.offset;
    return out;
  };
  const [first] = rows;
  if (first === undefined) return null;
  if (rows.length === 1) return reading(first);
  for (const hint of hints) {
    const offset = offsetAt(hint, fields);
    const same = rows.filter((r) => r.offset !== undefined && r.offset === offset);
    if (same.length === 1 && same[0] !== undefined) return reading(same[0]);
  }
  for (const hint of hints) {
    const area = hint.split('/')[0];
    const same = rows.filter((r) => r.region === area);
    if (same.length === 1 && same[0] !== undefined) return reading(same[0]);
  }
  return { abbr: key, unresolved: rows.map((r) => r.name) };
}
