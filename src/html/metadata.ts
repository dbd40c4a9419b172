/**
 * Helpers the metadata readers share: reading a machine date, making URLs absolute, a
 * language tag, a list of tags, and the claim for a value read from markup.
 *
 * @module
 */
import { findTimestamps, timestampAt, toPublished } from '../dates/timestamp.js';
import { clean, fold } from '../text.js';
import type { AnyClaim, DateSource, MetadataValue, Published, Span } from '../types.js';

/** A machine date is short: "2019-11-19T06:56:43-05:00", "Tue, 19 Nov 2019 06:56:43 GMT". */
const MAX_DATE = 80;
/** Years a machine date may state; outside them it is a placeholder ("0001-01-01T00:00:00Z"). */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** Tag separators in a whitespace-cleaned keywords value. */
const TAG_SEPARATOR = / ?[,;] ?/;
/** A tag longer than this is prose, not a tag. */
const MAX_TAG = 100;
/** A language tag as pages write it: "en", "en-US", "en_GB", "pt-br". */
const LANGUAGE = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8}){0,3}$/i;
/** How far after an element's start its attribute value may stand (a long start tag). */
const MAX_TAG_LENGTH = 4000;
/** Machine dates read so far (a page states its dates in meta, JSON-LD, microdata and `<time>` alike), by their text. */
const READ_DATES = new Map<string, Published | null>();
/** At most this many remembered. */
const MAX_READ_DATES = 2000;

/**
 * Reads a date stated in markup (`content`, `datetime`, JSON-LD), keeping its precision and
 * offset, with `source` set; `null` when it is not one date.
 *
 * @example metaDate("2019-11-19T06:56:43-05:00", "meta")?.utc === "2019-11-19T11:56:43Z"
 * @group HTML
 */
export function metaDate(raw: string, source: DateSource): Published | null {
  const text = raw.trim();
  if (text.length === 0 || text.length > MAX_DATE) return null;
  let read = READ_DATES.get(text);
  if (read === undefined) {
    // Machine dates start with the timestamp: try there first, then anywhere.
    const folded = fold(text);
    const match = timestampAt(folded, 0) ?? findTimestamps(folded)[0];
    read = match === undefined || match.weekdayMismatch || match.year < MIN_YEAR || match.year > MAX_YEAR ? null : toPublished(match, text, null, null);
    if (READ_DATES.size >= MAX_READ_DATES) READ_DATES.clear();
    READ_DATES.set(text, read);
  }
  return read === null ? null : { ...read, source, ...(read.implied ? { implied: { ...read.implied } } : {}) };
}

/**
 * An absolute `http(s)` URL from an attribute value, resolved against the page's URL when it is
 * relative; `null` when it cannot be made absolute.
 *
 * @example absoluteUrl("/img/a.jpg", "https://x.org/news/1") // "https://x.org/img/a.jpg"
 * @group HTML
 */
export function absoluteUrl(href: string, base: string | null): string | null {
  const text = href.trim();
  if (text.length === 0) return null;
  try {
    const url = base ? new URL(text, base) : new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * A BCP 47 tag from a page's language value: "en_US" → "en-US"; `null` when it is not one.
 *
 * @example languageTag("en_us") // "en-US"
 * @group HTML
 */
export function languageTag(value: string): string | null {
  const text = value.trim().split(/[\s,]/)[0] ?? '';
  if (!LANGUAGE.test(text)) return null;
  try {
    return Intl.getCanonicalLocales(text.replace(/_/g, '-'))[0] ?? null;
  } catch {
    return null;
  }
}

/**
 * Tags from a keywords value, split on commas and semicolons, trimmed, without empty or
 * over-long parts.
 *
 * @example splitTags("Floods, Mosul; Iraq ,") // ["Floods", "Mosul", "Iraq"]
 * @group HTML
 */
export function splitTags(value: string): string[] {
  return clean(value)
    .split(TAG_SEPARATOR)
    .map((t) => t.trim())
    .filter((t) => t.length > 0 && t.length <= MAX_TAG);
}

/**
 * Where an attribute's value stands in the input: searched after the element's start tag
 * begins, else the start tag's first character. The value read may have been entity-decoded,
 * so the search can miss; the span then covers the start of the element.
 */
export function attributeSpan(input: string, elementStart: number, value: string): Span {
  const from = Math.max(0, elementStart);
  const close = input.indexOf('>', from);
  const limit = close < 0 ? Math.min(input.length, from + MAX_TAG_LENGTH) : close;
  // Only the start tag is searched, so many elements never rescan the page.
  const inTag = value.length > 0 ? input.slice(from, limit).indexOf(value) : -1;
  if (inTag >= 0) return { start: from + inTag, end: from + inTag + value.length };
  return { start: from, end: Math.min(input.length, Math.max(from + 1, limit)) };
}

/** A metadata claim: the value and where it was read. */
export function metadataClaim(value: MetadataValue, span: Span, confidence: number, by: string): AnyClaim {
  return { kind: 'metadata', start: span.start, end: span.end, value, confidence, by };
}
