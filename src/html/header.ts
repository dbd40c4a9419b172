/**
 * Where an article states its own byline and dates: the blocks around the headline (its
 * header), and the short lines of the article and just after it.
 *
 * @module
 */
import { findTimestamps, type TimestampMatch } from '../dates/timestamp.js';
import { PROSE_WORDS } from '../text.js';
import type { Block, PageContext } from '../types.js';
import { ARTICLE_HEADER, LINK_LIST, OUTSIDE_ARTICLE, SENTENCE_END } from './content.js';

/** A dateline or byline may stand this many blocks above the headline (a kicker, a category). */
const BLOCKS_ABOVE = 6;
/** …and this many below it, up to the first paragraph of prose. */
const BLOCKS_BELOW = 8;
/** A block longer than this is prose or a teaser list, not an article's dateline or byline. */
const MAX_HEADER_LINE = 240;
/** A labelled line away from the headline ("Published August 30, 2024") has at most this many words. */
export const SHORT_LINE_WORDS = 16;
/** Cut reasons of blocks that never hold the article's own byline or date: other stories, comments, menus. */
export const NOT_THE_ARTICLES: ReadonlySet<string> = new Set([
  'comments',
  'related',
  'navigation',
  'footer',
  'advertising',
  'promotion',
  'hidden',
]);
/** Cut reasons of blocks away from the headline that may still be the article's: its header, its end. */
const FAR_PLACES: ReadonlySet<string> = new Set([ARTICLE_HEADER, LINK_LIST, OUTSIDE_ARTICLE]);

/** Whether a block may hold the article's byline or date: short, and not in comments, teasers or menus. */
function usable(cut: string | null | undefined, block: Block): boolean {
  return block.text.length <= MAX_HEADER_LINE && (cut === null || cut === undefined || !NOT_THE_ARTICLES.has(cut));
}

/**
 * The page's blocks where the article states its byline and dates, as indices into
 * `page.blocks`: `header`, from six blocks above the headline (or the article's first block) to
 * where the prose starts (a deck in the article's header may stand between), without the
 * headline; `after`, the short lines of the article and just after it, below the headline.
 * Blocks in comments, teasers, menus, footers and ads, and long blocks, are in neither.
 *
 * @example headerBlocks(page).header // [12, 14, 15]: the kicker, the byline, the date line
 */
export function headerBlocks(page: PageContext): { header: number[]; after: number[] } {
  // The dateline and byline parsers both ask for a page's: found once.
  let found = FOUND.get(page);
  if (found === undefined) FOUND.set(page, (found = findHeaderBlocks(page)));
  return found;
}

/** {@link headerBlocks}' answer for each page it was asked about. */
const FOUND = new WeakMap<PageContext, { header: number[]; after: number[] }>();

/** Finds the header and after blocks of a page (see {@link headerBlocks}). */
function findHeaderBlocks(page: PageContext): { header: number[]; after: number[] } {
  const anchor = page.headline >= 0 ? page.headline : (page.blockIndex[0] ?? -1);
  if (anchor < 0) return { header: [], after: [] };
  const header: number[] = [];
  const to = Math.min(page.blocks.length - 1, anchor + BLOCKS_BELOW);
  for (let b = Math.max(0, anchor - BLOCKS_ABOVE); b <= to; b++) {
    const block = page.blocks[b]!;
    const sentence = page.cut[b] === null && block.words > SHORT_LINE_WORDS && SENTENCE_END.test(block.text);
    // A deck the content selection put in the article's header does not end it: the byline may follow.
    if (b > anchor && page.cut[b] !== ARTICLE_HEADER && (block.words > PROSE_WORDS || sentence)) break;
    if (b !== page.headline && usable(page.cut[b], block)) header.push(b);
  }
  const after: number[] = [];
  for (let b = anchor + 1; b < page.blocks.length; b++) {
    const block = page.blocks[b]!;
    const cut = page.cut[b];
    if (block.words <= SHORT_LINE_WORDS && (cut === null || cut === undefined || FAR_PLACES.has(cut)) && usable(cut, block)) after.push(b);
  }
  return { header, after };
}

/** The timestamps of each page block read so far (the dateline and byline parsers read the same header lines). */
const TIMESTAMPS = new WeakMap<Block, readonly TimestampMatch[]>();

/**
 * Every timestamp in a block's text, as `findTimestamps` finds them, read once per block.
 *
 * @example blockTimestamps(block).length // 1 for the line "By Jane Doe · June 8, 2023"
 */
export function blockTimestamps(block: Block): readonly TimestampMatch[] {
  let found = TIMESTAMPS.get(block);
  if (found === undefined) {
    found = findTimestamps(block.text);
    TIMESTAMPS.set(block, found);
  }
  return found;
}
