/**
 * The confidences the built-in parsers give their claims, as one named scale. Claims of
 * different kinds are ranked by kind first (see the `overlaps` resolver), so a level matters
 * where claims of one kind compete and where a resolver tests a threshold.
 *
 * @module
 */

/** The levels, highest first; a parser picks the one that says how much its evidence is worth. */
export const CONFIDENCE = {
  /** An exact form with a check or a profile behind it: a cross-checked page date, a `string(N)` dump, the profile's site name. */
  certain: 0.95,
  /** A whole line or run in a known form: a phrase-table cruft line, counters with a total, a whole-line social bar. */
  strong: 0.9,
  /** A known form with a little judgement left: a credit line, a line of learned site chrome. */
  firm: 0.85,
  /** Part of a known form: a social bar at a line's edge, daily counters without a total, the first headline-shaped line. */
  good: 0.8,
  /** A shape without its usual company: a total alone, a line repeated around the article. */
  fair: 0.7,
  /** One signal: a caption form, a bare link or a promotion in the tail. */
  weak: 0.6,
  /** Position alone: a short line closing the scrape; the least a timestamp line gets for where it stands. */
  slight: 0.5,
  /** A guess that a resolver must confirm: a name-like first line as the site. */
  guess: 0.3,
  /** What every block gets so that nothing is lost: body. */
  fallback: 0.1,
} as const;
