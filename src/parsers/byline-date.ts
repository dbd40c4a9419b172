import { findTimestamps, isKnownZone, toPublished } from '../dates/timestamp.js';
import { DATELINE_KEY, usableDate } from '../html/dateline-parser.js';
import { metadataClaim } from '../html/metadata.js';
import { PROSE_WORDS } from '../text.js';
import type { Parser } from '../types.js';
import { creditOf } from './credits.js';
import { zoneChoices } from './published.js';

const NAME = 'byline-date';
/** Four digits in a row: a byline without them holds no date this parser reads. */
const HAS_YEAR = /\d{4}/;
/** A byline stands among a scrape's first lines (a banner, a headline, labels, a deck). */
const MAX_LINES = 40;
/** Paragraphs of prose a byline may follow (a deck, a first paragraph). */
const MAX_PROSE_BEFORE = 1;
/** Below a line that is a timestamp by itself, which the `published` parser reads. */
const CONFIDENCE = 0.5;

/**
 * Reads the date a text scrape's byline carries, "By Jane Doe | May 5, 2024" or "Posted on
 * June 5, 2017 by Jane Doe": the line stays a credit, and its date is given as a dateline
 * (visible text, `published.source` `"text"`), so a line that is a timestamp by itself still
 * comes first. The first such byline among the first 40 lines and above the story's second
 * paragraph only (further down it is a comment's), its one date that gives a day (a numeric date only when its parts settle
 * the order), in the site's or the caller's zone. HTML pages read their
 * datelines with the page's structure (`html-dateline`).
 *
 * @example parseArticle('Floods hit the city\n\nBy Jane Doe | May 5, 2024\n\nWater rose in the old city overnight.').published?.local; // '2024-05-05T00:00:00'
 * @group Parts
 * @category Published
 */
export const bylineDateParser: Parser = {
  name: NAME,
  parse(ctx) {
    if (ctx.page) return [];
    let prose = 0;
    for (const block of ctx.blocks) {
      // A byline stands above the story: past its second paragraph, or its first lines, a
      // "Posted … by" is a comment's or a teaser's.
      if (block.index >= MAX_LINES || (block.words > PROSE_WORDS && ++prose > MAX_PROSE_BEFORE)) break;
      if (!HAS_YEAR.test(block.text) || creditOf(block.words, block.value, ctx.profile)?.role !== 'author') continue;
      const dates = findTimestamps(block.text).filter(usableDate);
      if (dates.length !== 1) continue;
      const m = dates[0]!;
      // The site's zone, else the caller's, as for a timestamp line.
      const zone = zoneChoices(ctx).find((c) => c.zone !== null && isKnownZone(c.zone));
      const date = toPublished(m, block.source.slice(m.start, m.end), zone?.zone ?? null, zone?.source ?? null);
      date.source = 'text';
      return [metadataClaim({ field: 'published', source: 'text', key: DATELINE_KEY, date }, { start: block.at(m.start), end: block.at(m.end) }, CONFIDENCE, NAME)];
    }
    return [];
  },
};
