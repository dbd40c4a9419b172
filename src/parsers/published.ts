/**
 * A block that is a publication timestamp by itself, "18 January 2017 22:52" or
 * "Posted on Thu Jan 19, 2017 11:42:31".
 *
 * @module
 */
import { isoDate } from '../dates/civil.js';
import { findTimestamps, isKnownZone, toPublished, type TimestampMatch } from '../dates/timestamp.js';
import { fold } from '../text.js';
import type { AnyClaim, Parser, Published, ZoneSource } from '../types.js';
import { claimIn } from './claim.js';
import { PUBLISHED_PREFIXES } from '../data/published-prefixes.js';

const NAME = 'published';
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;
const SPACE = / /g;
/** A known label, an optional ":", and spaces, at the start of the block. */
const PREFIX = new RegExp(
  `^(?<label>${[...PUBLISHED_PREFIXES]
    .map((p) => p.text)
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(REGEX_SPECIAL, '\\$&').replace(SPACE, '[ ]{1,3}'))
    .join('|')})(?!\\p{L})[ ]{0,3}:?[ ]{0,3}`,
  'iu',
);
const WEIGHT_BY_LABEL: ReadonlyMap<string, number> = new Map(
  PUBLISHED_PREFIXES.map((p) => [p.text.toLowerCase(), p.weight]),
);
const SPACES = /[ ]{1,3}/g;
/** Punctuation a timestamp block may end with that is not part of the timestamp. */
const TRAILING = /^[ ]{0,3}[.;]?$/;
/** Blocks longer than this are prose, not a timestamp line. */
const MAX_BLOCK = 120;

/** A publication timestamp found in a line: where the timestamp is and how much the label vouches for it. */
interface Found {
  match: TimestampMatch;
  /** Index where the timestamp starts (after any label). */
  start: number;
  end: number;
  weight: number;
  labelled: boolean;
}

/** Reads a line that is one timestamp, optionally after a label such as "Published:". */
function readLine(line: string): Found | null {
  if (line.length > MAX_BLOCK) return null;
  const text = fold(line);
  const p = PREFIX.exec(text);
  const offset = p === null ? 0 : p[0].length;
  const label = p?.groups?.label?.toLowerCase().replace(SPACES, ' ');
  const weight = label === undefined ? 1 : (WEIGHT_BY_LABEL.get(label) ?? 1);
  const rest = text.slice(offset);
  const lead = rest.length - rest.trimStart().length;
  const all = findTimestamps(rest);
  const match = all[0];
  if (all.length !== 1 || match === undefined || match.start !== lead) return null;
  if (!TRAILING.test(rest.slice(match.end))) return null;
  return { match, start: offset + match.start, end: offset + match.end, weight, labelled: p !== null };
}

/** Where a timestamp without a written offset gets its zone from. */
interface ZoneChoice {
  zone: string | null;
  source: ZoneSource | null;
}

/**
 * Reads a string that is a publication timestamp by itself, optionally after a label, or
 * `null`. The zone is an offset written in the text, else `options.zone` (source `option`).
 *
 * @example readPublished("Published: 18 January 2017 22:52", { zone: "Asia/Tehran" })?.utc === "2017-01-18T19:22:00Z"
 */
export function readPublished(text: string, options: { zone?: string | null } = {}): Published | null {
  const trimmed = text.trim();
  const found = readLine(trimmed);
  if (found === null) return null;
  const zone = options.zone ?? null;
  return toPublished(
    found.match,
    trimmed.slice(found.start, found.end),
    zone,
    zone === null ? null : 'option',
  );
}

/**
 * Claims a block that is a publication timestamp by itself, "18 January 2017 22:52" or
 * "Published: Thu Jan 19, 2017 11:42:31" (the label inside the claim, `raw` the timestamp only);
 * earlier blocks get higher confidence. Warns `weekday-mismatch` and `unknown-zone`.
 *
 * @example "18 January 2017 22:52" → published { local: "2017-01-18T22:52:00", precision: "minute" }
 */
export const publishedParser: Parser = {
  name: NAME,
  parse(ctx) {
    const claims: AnyClaim[] = [];
    const candidates: [ZoneChoice, ...ZoneChoice[]] = [
      { zone: ctx.profile?.zone ?? null, source: 'profile' },
      { zone: ctx.options.zone, source: 'option' },
    ];
    for (const block of ctx.blocks) {
      const found = readLine(block.text);
      if (found === null) continue;
      const span = { start: block.at(found.start), end: block.at(found.end) };
      const { match } = found;
      if (match.weekdayMismatch) {
        const date = isoDate(match.year, match.month, match.day);
        ctx.warn('weekday-mismatch', `${date} is not a ${match.weekday ?? ''}.`, span);
      }
      let zone: ZoneChoice = { zone: null, source: null };
      if (match.offsetMinutes === undefined) {
        for (const choice of candidates) {
          if (choice.zone === null) continue;
          if (isKnownZone(choice.zone)) {
            zone = choice;
            break;
          }
          ctx.warn('unknown-zone', `"${choice.zone}" (from the ${choice.source}) is not a known time zone.`, span);
        }
      }
      const value = toPublished(match, block.source.slice(found.start, found.end), zone.zone, zone.source);
      const position = Math.max(0.5, 0.9 - 0.02 * block.index);
      const score = Math.min(0.97, (position + (found.labelled ? 0.05 : 0)) * found.weight);
      const confidence = Math.round(score * 100) / 100;
      claims.push(claimIn(block, 0, block.text.length, 'published', value, confidence, NAME));
    }
    return claims;
  },
};
