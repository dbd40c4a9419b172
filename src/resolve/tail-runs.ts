import { claimBlock } from '../parsers/claim.js';
import { inChromeZone, tailStart } from '../parsers/cruft.js';
import { ENDS_WITH_STOP, PROSE_WORDS } from '../text.js';
import { headlineShaped, isTitleCase } from '../parsers/title.js';
import type { AnyClaim, Block, CruftReason, Resolver } from '../types.js';
import { blockAt } from './blocks.js';

/** A line between two chrome lines is chrome too only when it is no longer than this. */
const MAX_RUN_WORDS = 60;
/** A related-article list needs at least this many headlines in a row. */
const MIN_LIST = 2;
const MIN_LIST_WORDS = 4;
/** Cruft reasons of a line that can announce a list of other articles ("Read more:", "Related"). */
const LIST_HEADERS: ReadonlySet<string> = new Set(['related', 'read-more']);
/** A tagline between a cruft line and a closing credit: short, and not ending like a sentence ("!" aside). */
const MAX_TAGLINE_WORDS = 12;
/**
 * Cruft reasons of a line that closes an article: after such a line in the scrape's tail, the
 * remaining body lines are the site's or author's closing material (bio, offers, book ads).
 */
const CLOSERS: ReadonlySet<string> = new Set(['copyright', 'disclosure', 'comments', 'tags']);
/** A copyright line closes the article only as a notice, not as a photo credit between paragraphs ("© Reuters"). */
const MIN_NOTICE_WORDS = 5;
/** A list header is short: "Read more:", "Related Posts", "You may also like". */
const MAX_HEADER_WORDS = 5;

/** Whether a line reads as the headline of another article: headline-shaped, four words or more, in Title Case. */
function isListedHeadline(block: Block): boolean {
  if (block.words < MIN_LIST_WORDS || !headlineShaped(block.value, block.words)) return false;
  return isTitleCase(block.text);
}

/** Whether a line reads as a tagline: "Daily Inspiration for living your Ultimate Life!" */
function isTagline(block: Block): boolean {
  return block.words <= MAX_TAGLINE_WORDS && !ENDS_WITH_STOP.test(block.text);
}

/** Whether a claim is a short cruft line that announces a list: "Read more:", "Related Articles". */
function isListHeader(claim: AnyClaim | undefined, block: Block | undefined): boolean {
  if (claim?.kind !== 'cruft' || block === undefined) return false;
  return LIST_HEADERS.has(reasonOf(claim)) && block.words <= MAX_HEADER_WORDS;
}

/** The reason of a cruft claim, or `''` for any other claim. */
function reasonOf(claim: AnyClaim | undefined): string {
  return claim?.kind === 'cruft' ? (claim.value as { reason: string }).reason : '';
}

/**
 * Extends chrome over runs in the scrape's tail, after `overlaps`: a short body line standing
 * between two cruft lines (and after the article's first paragraph) is part of that chrome,
 * as is a tagline between a cruft line and a closing credit (`chrome-run`); Title Case
 * headlines in a row are a related-articles list (`related`) when a list header ("Read more:",
 * "Related") stands right before them, or when two or more of them close the scrape's text;
 * and after a copyright, disclosure, comment-policy or tags line that follows the article's
 * prose, the remaining body lines are closing material (`after-article`).
 *
 * @example "Connect with God … Bibles!" / "Encounter the Holy Spirit …" / "FREE GIFT! … CLICK HERE" → the middle line is cruft too
 */
export const tailRunsResolver: Resolver = {
  name: 'tail-runs',
  resolve(claims, ctx) {
    const count = ctx.blocks.length;
    // The claim that covers each block whole (an array: one entry per block, no hashing).
    const whole: (AnyClaim | undefined)[] = new Array<AnyClaim | undefined>(count).fill(undefined);
    for (const c of claims) {
      if (c.kind === 'metadata') continue;
      const i = blockAt(ctx, c.start);
      const b = ctx.blocks[i];
      if (b && c.start === b.start && c.end === b.end) whole[i] = c;
    }
    const kindAt = (i: number) => whole[i]?.kind;
    const replace = new Map<AnyClaim, AnyClaim>();
    const toCruft = (i: number, reason: CruftReason) => {
      const block = ctx.blocks[i]!;
      replace.set(whole[i]!, claimBlock(block, 'cruft', { text: block.value, reason }, 0.4, 'tail-runs'));
    };
    // The last block that is body text: a related list must run to the end of the content.
    let lastBody = -1;
    for (let i = count - 1; i >= 0 && lastBody < 0; i--) if (kindAt(i) === 'body') lastBody = i;
    const tail = tailStart(ctx.blocks);
    let firstBody = -1;
    for (let i = 0; i < count && firstBody < 0; i++) if (kindAt(i) === 'body') firstBody = i;
    let list: number[] = [];
    const flush = () => {
      const headed = list.length > 0 && isListHeader(whole[list[0]! - 1], ctx.blocks[list[0]! - 1]);
      if (headed || (list.length >= MIN_LIST && list[list.length - 1] === lastBody)) for (const i of list) toCruft(i, 'related');
      list = [];
    };
    for (let i = 0; i < count; i++) {
      if (!inChromeZone(i, count, 'tail') || kindAt(i) !== 'body') {
        flush();
        continue;
      }
      const block = ctx.blocks[i]!;
      if (isListedHeadline(block)) list.push(i);
      else {
        flush();
        const between = kindAt(i - 1) === 'cruft' && kindAt(i + 1) === 'cruft';
        if (between && i > firstBody && block.words <= MAX_RUN_WORDS) toCruft(i, 'chrome-run');
        else if (kindAt(i - 1) === 'cruft' && kindAt(i + 1) === 'credit' && i >= tail && isTagline(block)) toCruft(i, 'chrome-run');
      }
    }
    flush();
    // After a closing line (copyright, disclosure, comment policy, tags) in the tail, body lines are closing material.
    // …only with article prose before the closing line, so a notice above the article closes nothing.
    let firstProse = -1;
    for (let i = 0; i < count && firstProse < 0; i++) if (ctx.blocks[i]!.words > PROSE_WORDS) firstProse = i;
    let closed = false;
    for (let i = Math.max(tail, firstProse + 1); firstProse >= 0 && i < count; i++) {
      const claim = whole[i];
      const reason = reasonOf(claim);
      if (CLOSERS.has(reason) && (reason !== 'copyright' || ctx.blocks[i]!.words >= MIN_NOTICE_WORDS)) closed = true;
      else if (closed && claim?.kind === 'body' && !replace.has(claim)) toCruft(i, 'after-article');
    }
    return replace.size === 0 ? claims : claims.map((c) => replace.get(c) ?? c);
  },
};
