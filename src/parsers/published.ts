/**
 * A block that is a publication timestamp by itself, "18 January 2017 22:52",
 * "Posted on Thu Jan 19, 2017 11:42:31", "١٨ يناير ٢٠١٧ - ٢٢:٥٢" or "5 hours ago"; update
 * times ("Last updated: …") are claimed apart.
 *
 * @module
 */
import { isoDate } from '../dates/civil.js';
import { relativeAt, resolveRelative, type RelativeMatch } from '../dates/relative.js';
import {
  findTimestamps,
  timestampAt,
  isKnownZone,
  toPublished,
  type NumericOrder,
  type TimestampMatch,
} from '../dates/timestamp.js';
import { readZoneAbbreviation } from '../dates/zones.js';
import { fold, PROSE_WORDS } from '../text.js';
import type { AnyClaim, ParseContext, Parser, Published, ZoneSource } from '../types.js';
import { claimIn } from './claim.js';
import { CONFIDENCE } from './confidence.js';
import { archivesIn } from './archive.js';
import { pageDatesIn } from './page-date.js';
import { PUBLISHED_PREFIXES } from '../data/published-prefixes.js';
import { escapeRegExp } from '../regex.js';

const NAME = 'published';
const SPACE = / /g;
/** A known label, an optional ":", and spaces, at the start of the block. */
const PREFIX = new RegExp(
  `^(?<label>${[...PUBLISHED_PREFIXES]
    .map((p) => p.text)
    .sort((a, b) => b.length - a.length)
    .map((t) => escapeRegExp(t).replace(SPACE, '[ ]{1,3}'))
    .join('|')})(?![\\p{L}\\p{M}])[ ]{0,3}:?[ ]{0,3}`,
  'iu',
);
const PREFIX_BY_LABEL: ReadonlyMap<string, (typeof PUBLISHED_PREFIXES)[number]> = new Map(
  PUBLISHED_PREFIXES.map((p) => [p.text.toLowerCase(), p]),
);
const SPACES = /[ ]{1,3}/g;
/** Punctuation a timestamp block may end with that is not part of the timestamp. */
const TRAILING = /^[ ]{0,3}[.;]?$/;
/** A dateline's one-word source after the timestamp: " - ZurichTimes.net", " | Reuters". */
const SOURCE_AFTER = /^[ ]{1,3}[-–—|][ ]{1,3}[\p{L}\p{N}][\p{L}\p{N}.&'’-]{0,40}$/u;
/** Brackets a dateline may stand in. */
const CLOSING: ReadonlyMap<string, string> = new Map([['[', ']'], ['(', ')']]);
/** Blocks longer than this are prose, not a timestamp line. */
const MAX_BLOCK = 120;
/** Blocks scanned for numeric dates that settle the page's day/month order. */
const MAX_EVIDENCE_BLOCK = 1000;
/** A numeric date anywhere: "20/03/2018". */
const NUMERIC_DATE = /(?<![\p{N}/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)/gu;
/** A date in a URL path: "/2017/11/14/". */
const URL_DATE = /\/(\d{4})\/(\d{2})\/(\d{2})(?=\/|$|[?#])/;
/** A year and month in a URL path: "/2016/03/". */
const URL_MONTH = /\/(\d{4})\/(\d{2})\//;
/** Confidence of an update time stays below every publication time's, so it never takes that slot. */
const UPDATED_CAP = 0.45;
/** A timestamp line starts at `strong` in the first block and loses this much per block, down to `slight`. */
const POSITION_STEP = 0.02;
/** A label ("Published:") adds this much. */
const LABEL_BONUS = 0.05;
/** No timestamp line is certain. */
const MAX_TIMESTAMP = 0.97;

/** A timestamp found in a line: where it is, how much the label vouches for it, and whether it is an update time. */
interface Found {
  match: TimestampMatch;
  /** Index where the timestamp starts (after any label). */
  start: number;
  end: number;
  weight: number;
  labelled: boolean;
  updated: boolean;
  /** Set for a relative date; the match's fields are then not yet resolved. */
  relative?: RelativeMatch;
}

/**
 * Reads a folded line that is one timestamp (or one relative date), optionally after a label
 * such as "Published:", optionally in brackets and followed by a one-word source:
 * "[January 24, 2018 - ZurichTimes.net]".
 */
function readLine(line: string, dateOrder: NumericOrder | undefined): Found | null {
  if (line.length > MAX_BLOCK) return null;
  const bracketed = line.length > 2 && CLOSING.get(line[0]!) === line[line.length - 1];
  const text = bracketed ? line.slice(1, -1) : line;
  const p = PREFIX.exec(text);
  const labelLength = p === null ? 0 : p[0].length;
  // Where `rest` starts in `line`: after the opening bracket and the label.
  const offset = (bracketed ? 1 : 0) + labelLength;
  const label = p?.groups?.label?.toLowerCase().replace(SPACES, ' ');
  const prefix = label === undefined ? undefined : PREFIX_BY_LABEL.get(label);
  const weight = prefix?.weight ?? 1;
  const updated = prefix?.updated === true;
  const rest = text.slice(labelLength);
  const lead = rest.length - rest.trimStart().length;
  const options = dateOrder === undefined ? {} : { dateOrder };
  // A timestamp line starts with the timestamp: only a match at `lead` can fill the line.
  const match = timestampAt(rest, lead, options);
  if (match !== null) {
    const after = rest.slice(match.end);
    if (!TRAILING.test(after) && !SOURCE_AFTER.test(after)) return null;
    return { match, start: offset + match.start, end: offset + match.end, weight, labelled: p !== null, updated };
  }
  const r = relativeAt(rest, lead);
  if (r === null || !TRAILING.test(rest.slice(r.end))) return null;
  if (findTimestamps(rest, options).length > 0) return null;
  // A bare "Today" is more often a menu item than a timestamp; it needs a label.
  if (r.days === 0 && p === null) return null;
  const placeholder: TimestampMatch = { ...r, year: 0, month: 0, day: 0, precision: 'day', weekdayMismatch: false };
  return { match: placeholder, start: offset + r.start, end: offset + r.end, weight, labelled: p !== null, updated, relative: r };
}

/**
 * Whether a line starts with an update label ("Last updated:", "آخر تحديث") — a cheap test
 * before reading it as a timestamp.
 *
 * @example isUpdateLine("Last updated: 19 January 2017 09:10") === true
 */
export function isUpdateLine(line: string): boolean {
  const label = PREFIX.exec(fold(line.slice(0, 60)))?.groups?.label?.toLowerCase().replace(SPACES, ' ');
  return label !== undefined && PREFIX_BY_LABEL.get(label)?.updated === true;
}

/** Where a timestamp without a written offset gets its zone from. */
interface ZoneChoice {
  zone: string | null;
  source: ZoneSource | null;
}

/** The zones a visible time without a written offset may take, in order: the site profile's, then the caller's. */
export function zoneChoices(ctx: ParseContext): [ZoneChoice, ...ZoneChoice[]] {
  return [
    { zone: ctx.profile?.zone ?? null, source: 'profile' },
    { zone: ctx.options.zone, source: 'option' },
  ];
}

/**
 * Reads a string that is a publication timestamp by itself, optionally after a label, or
 * `null`. The zone is an offset or abbreviation written in the text, else `options.zone`
 * (source `option`); a relative date needs `options.referenceDate`.
 *
 * @example readPublished("Published: 18 January 2017 22:52", { zone: "Asia/Tehran" })?.utc === "2017-01-18T19:22:00Z"
 * @group Parts
 * @category Published
 */
export function readPublished(
  text: string,
  options: { zone?: string | null; dateOrder?: 'dmy' | 'mdy'; referenceDate?: string | null } = {},
): Published | null {
  const trimmed = text.trim();
  const found = readLine(fold(trimmed), options.dateOrder);
  if (found === null) return null;
  const zone = options.zone ?? null;
  let match = found.match;
  if (found.relative !== undefined) {
    const resolved = options.referenceDate ? resolveRelative(found.relative, options.referenceDate) : null;
    if (resolved === null) return null;
    match = resolved;
  }
  const value = toPublished(match, trimmed.slice(found.start, found.end), zone, zone === null ? null : 'option');
  if (found.updated) value.role = 'updated';
  if (found.relative !== undefined && options.referenceDate)
    value.implied = { from: 'reference-date', reference: options.referenceDate };
  return value;
}

/** The numeric-date order the page settles itself, and what settled it. */
interface OrderEvidence {
  order: NumericOrder;
  by: string;
}

/** Reads the day/month order a URL date ("/2017/11/14/", or just "/2016/03/") implies for a numeric date's two readings, or `null`. */
function urlOrder(url: string | null, m: TimestampMatch): NumericOrder | null {
  if (url === null || m.numeric === undefined) return null;
  const { first, second } = m.numeric;
  const u = URL_DATE.exec(url);
  if (u !== null) {
    const [y, mo, d] = [Number(u[1]), Number(u[2]), Number(u[3])];
    if (y !== m.year) return null;
    if (first === d && second === mo) return 'dmy';
    if (first === mo && second === d) return 'mdy';
    return null;
  }
  // Only a year and month ("/2016/03/"): the part that is that month is the month.
  const ym = URL_MONTH.exec(url);
  if (ym === null || Number(ym[1]) !== m.year || first === second) return null;
  const mo = Number(ym[2]);
  if (first === mo) return 'mdy';
  if (second === mo) return 'dmy';
  return null;
}

/**
 * Evidence for the page's numeric date order: the site profile, else a numeric date
 * elsewhere on the page with a part above 12, else the archive banner's run of days.
 */
function pageOrder(ctx: ParseContext): OrderEvidence | null {
  if (ctx.profile?.dateOrder !== undefined) return { order: ctx.profile.dateOrder, by: 'the site profile' };
  for (const block of ctx.blocks) {
    if (block.text.length > MAX_EVIDENCE_BLOCK) continue;
    for (const m of block.text.matchAll(NUMERIC_DATE)) {
      const a = Number(m[1]);
      const b = Number(m[3]);
      if (a > 12 && b <= 12) return { order: 'dmy', by: `"${m[0]}" on the same page` };
      if (b > 12 && a <= 12) return { order: 'mdy', by: `"${m[0]}" on the same page` };
    }
  }
  for (const block of ctx.blocks) {
    if (block.text.length > MAX_EVIDENCE_BLOCK) continue;
    for (const archive of archivesIn(block.text)) {
      if (archive.issues.length > 0 || archive.value === null) continue;
      const first = archive.value.daily[0];
      const written = NUMERIC_DATE.exec(block.text.slice(archive.start, archive.end));
      NUMERIC_DATE.lastIndex = 0;
      if (first === undefined || written === null || written[1] === written[3]) continue;
      const day = Number(first.date.slice(8, 10));
      return { order: Number(written[1]) === day ? 'dmy' : 'mdy', by: 'the run of days in the archive banner' };
    }
  }
  return null;
}

/** The reference a relative date is resolved against: the caller's, else the page date. */
function referenceOf(ctx: ParseContext): { date: string; from: 'reference-date' | 'page-date' } | null {
  if (ctx.options.referenceDate !== null) return { date: ctx.options.referenceDate, from: 'reference-date' };
  for (const block of ctx.blocks) {
    for (const m of pageDatesIn(block.text)) if (m.value) return { date: m.value.gregorian, from: 'page-date' };
  }
  return null;
}

/**
 * A publication date read from a URL path such as `https://example.com/2017/11/14/story/`,
 * precision `day`, for when the text states none; `null` when the URL has no date.
 *
 * @example publishedFromUrl("https://x.org/2017/11/14/story/")?.local === "2017-11-14T00:00:00"
 * @group Parts
 * @category Published
 */
export function publishedFromUrl(url: string | null): Published | null {
  const m = url === null ? null : URL_DATE.exec(url);
  if (m === null) return null;
  const found = findTimestamps(`${m[1]}-${m[2]}-${m[3]}`)[0];
  if (found === undefined) return null;
  const value = toPublished(found, m[0], null, null);
  value.implied = { from: 'url', reference: url ?? '' };
  value.source = 'url';
  return value;
}

/**
 * Claims a block that is a publication timestamp by itself, "18 January 2017 22:52",
 * "Published: Thu Jan 19, 2017 11:42:31" or "5 hours ago" (the label inside the claim, `raw`
 * the timestamp only); earlier blocks get higher confidence, update times the lowest. Warns
 * `weekday-mismatch`, `unknown-zone`, `ambiguous-zone`, `ambiguous-date` and
 * `relative-date-unresolved`.
 *
 * @example runParser(publishedParser, '18 January 2017 22:52')[0]?.value; // { local: '2017-01-18T22:52:00', precision: 'minute' }
 * @group Parts
 * @category Published
 */
export const publishedParser: Parser = {
  name: NAME,
  parse(ctx) {
    const claims: AnyClaim[] = [];
    const candidates = zoneChoices(ctx);
    // Read once per page (a page of many ambiguous dates must not scan the page for each).
    let evidence: OrderEvidence | null | undefined;
    // A bare date line with paragraphs of prose on both sides is part of the text (a date in a
    // quoted bill or letter); one paragraph above it may be the article's deck, so it takes two.
    const prose = ctx.blocks.filter((b) => b.words > PROSE_WORDS).map((b) => b.index);
    // `prose` is in order: two paragraphs above means the second one is.
    const inText = (i: number) => prose.length >= 2 && prose[1]! < i && prose[prose.length - 1]! > i;
    for (const block of ctx.blocks) {
      let found = readLine(block.text, undefined);
      if (found === null || (!found.labelled && inText(block.index))) continue;
      const span = { start: block.at(found.start), end: block.at(found.end) };
      let { match } = found;
      if (match.numeric?.by === 'default') {
        if (evidence === undefined) evidence = pageOrder(ctx);
        const fromUrl = urlOrder(ctx.url, match);
        const order = evidence?.order ?? fromUrl;
        if (order === null || order === undefined) {
          ctx.warn(
            'ambiguous-date',
            `"${block.source.slice(found.start, found.end)}" reads as day/month or month/day and nothing in the text decides; read as day/month.`,
            span,
          );
        } else {
          found = readLine(block.text, order) ?? found;
          match = found.match;
        }
      }
      let implied: Published['implied'];
      if (found.relative !== undefined) {
        const reference = referenceOf(ctx);
        const resolved = reference === null ? null : resolveRelative(found.relative, reference.date);
        if (reference === null || resolved === null) {
          ctx.warn(
            'relative-date-unresolved',
            reference === null
              ? 'A relative date needs a reference date (options.referenceDate) or a page date.'
              : `"${reference.date}" has no time of day to count hours or minutes back from.`,
            span,
          );
          continue;
        }
        match = resolved;
        implied = { from: reference.from, reference: reference.date };
      }
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
      if (match.zoneAbbr !== undefined) {
        const fields = { year: match.year, month: match.month, day: match.day, hour: match.hour ?? 0, minute: match.minute ?? 0, second: match.second ?? 0 };
        const reading = readZoneAbbreviation(match.zoneAbbr, fields, zone.zone === null ? [] : [zone.zone]);
        if (reading !== null && reading.unresolved.length > 0) {
          ctx.warn(
            'ambiguous-zone',
            `"${match.zoneAbbr}" may be ${reading.unresolved.join(' or ')}; no site or caller zone decides, so the time has no zone.`,
            span,
          );
        }
      }
      const value = toPublished(match, block.source.slice(found.start, found.end), zone.zone, zone.source);
      if (found.updated) value.role = 'updated';
      if (implied !== undefined) value.implied = implied;
      const position = Math.max(CONFIDENCE.slight, CONFIDENCE.strong - POSITION_STEP * block.index);
      const score = Math.min(MAX_TIMESTAMP, (position + (found.labelled ? LABEL_BONUS : 0)) * found.weight);
      const confidence = Math.round((found.updated ? Math.min(UPDATED_CAP, score / 2) : score) * 100) / 100;
      claims.push(claimIn(block, 0, block.text.length, 'published', value, confidence, NAME));
    }
    return claims;
  },
};
