import { isSpaceCode } from '../text.js';
import type { AnyClaim, ClaimKind, ParseContext } from '../types.js';

/**
 * Kinds that are page furniture rather than article content.
 *
 * @group Low level
 */
export const CHROME_KINDS: ReadonlySet<ClaimKind> = new Set([
  'site',
  'social',
  'page-date',
  'archive',
  'published',
  'cruft',
  'embedded',
]);

/**
 * Index of the first of `blocks` (in input order) that ends after `at`, or `blocks.length` when
 * none does: the block that holds `at` or the next one (binary search).
 */
export function firstBlockEndingAfter(blocks: readonly { end: number }[], at: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.end > at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the block containing input offset `at`, or -1 (binary search over block starts). */
export function blockAt(ctx: ParseContext, at: number): number {
  const blocks = ctx.blocks;
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid]!;
    if (at < b.start) hi = mid - 1;
    else if (at >= b.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Where an element's text that starts at `at` in a block ends: after its `chars` characters
 * that are not spaces, at most at `limit` (a caller that reads only a byline's length stops
 * there, so nested elements do not walk the same long text again and again).
 */
export function textEnd(block: { text: string }, at: number, chars: number, limit = block.text.length): number {
  let i = at;
  const stop = Math.min(limit, block.text.length);
  for (let left = chars; i < stop && left > 0; i++) if (!isSpaceCode(block.text.charCodeAt(i))) left--;
  return i;
}

/** Index of the first of `items` (in input order: elements by their tag, blocks by their text) that starts at or after `offset`, or `items.length` (binary search). */
export function firstStartingFrom(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const SEPARATORS_ONLY = /^[\s|•·,،\-–—/]*$/;

/** Smallest index `i` into `block.text` with `block.at(i) >= offset` (binary search; `at` is monotone). */
export function textIndex(block: { text: string; at(i: number): number }, offset: number): number {
  let lo = 0;
  let hi = block.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (block.at(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `text` holds nothing but spaces and separator punctuation such as "|" or "•". */
export function isSeparator(text: string): boolean {
  return SEPARATORS_ONLY.test(text);
}

/**
 * For each block, whether claims of the given kinds cover all of its text but separators.
 *
 * @example coveredBlocks(ctx, claims, CHROME_KINDS)[1] // true for a banner line made only of chrome
 */
export function coveredBlocks(ctx: ParseContext, claims: readonly AnyClaim[], kinds: ReadonlySet<ClaimKind>): boolean[] {
  // Spans by block, a list only for the blocks that have any (no empty list per line of a long scrape).
  const spans = new Array<[number, number][] | undefined>(ctx.blocks.length);
  const touched: number[] = [];
  const covered = new Array<boolean>(ctx.blocks.length).fill(false);
  for (const c of claims) {
    if (!kinds.has(c.kind)) continue;
    const first = blockAt(ctx, c.start);
    if (first < 0) continue;
    const block = ctx.blocks[first]!;
    // A claim of a whole block (most are) covers it: no span list needed.
    if (c.start <= block.start && c.end >= block.end && (first + 1 === ctx.blocks.length || c.end <= ctx.blocks[first + 1]!.start)) {
      covered[first] = true;
      continue;
    }
    const last = c.end <= block.end ? first : blockAt(ctx, Math.max(c.start, c.end - 1));
    for (let i = first; i <= Math.max(first, last); i++) {
      const list = spans[i];
      if (list === undefined) {
        spans[i] = [[c.start, c.end]];
        touched.push(i);
      } else list.push([c.start, c.end]);
    }
  }
  for (const i of touched) {
    if (covered[i]) continue;
    const list = spans[i]!;
    const b = ctx.blocks[i]!;
    list.sort((x, y) => x[0] - y[0]);
    let at = 0;
    let whole = true;
    for (const [s, e] of list) {
      const from = textIndex(b, s);
      if (from > at && !isSeparator(b.text.slice(at, from))) {
        whole = false;
        break;
      }
      at = Math.max(at, textIndex(b, e));
    }
    covered[i] = whole && isSeparator(b.text.slice(at));
  }
  return covered;
}
