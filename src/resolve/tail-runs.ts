import { claimBlock } from '../parsers/claim.js';
import { inChromeZone } from '../parsers/cruft.js';
import { isHeadlineShaped } from '../parsers/title.js';
import { wordCount } from '../text.js';
import type { AnyClaim, Block, Resolver } from '../types.js';
import { blockAt } from './blocks.js';

/** A line between two chrome lines is chrome too only when it is no longer than this. */
const MAX_RUN_WORDS = 60;
/** A related-article list needs at least this many headlines in a row. */
const MIN_LIST = 2;
const MIN_LIST_WORDS = 4;
/** Share of a headline's longer words that start with a capital ("Title Case"). */
const TITLE_CASE_SHARE = 0.7;
const LONG_WORD = /^\p{L}{4,}/u;
const CAPITALISED = /^\p{Lu}/u;

/** Whether a line reads as the headline of another article: headline-shaped, four words or more, in Title Case. */
function isListedHeadline(block: Block): boolean {
  if (wordCount(block.text, MIN_LIST_WORDS) < MIN_LIST_WORDS || !isHeadlineShaped(block.source)) return false;
  const long = block.text.split(' ').filter((w) => LONG_WORD.test(w));
  return long.length > 0 && long.filter((w) => CAPITALISED.test(w)).length / long.length >= TITLE_CASE_SHARE;
}

/**
 * Extends chrome over runs in the scrape's tail, after `overlaps`: a short body line standing
 * between two cruft lines (and after the article's first paragraph) is part of that chrome
 * (`chrome-run`), and two or more Title Case headlines in a row that close the scrape's text
 * are a related-articles list (`related`).
 *
 * @example "Connect with God … Bibles!" / "Encounter the Holy Spirit …" / "FREE GIFT! … CLICK HERE" → the middle line is cruft too
 */
export const tailRunsResolver: Resolver = {
  name: 'tail-runs',
  resolve(claims, ctx) {
    const count = ctx.blocks.length;
    const whole = new Map<number, AnyClaim>();
    for (const c of claims) {
      const i = blockAt(ctx, c.start);
      const b = ctx.blocks[i];
      if (b && c.start === b.start && c.end === b.end) whole.set(i, c);
    }
    const kindAt = (i: number) => whole.get(i)?.kind;
    const replace = new Map<AnyClaim, AnyClaim>();
    const toCruft = (i: number, reason: string) => {
      const block = ctx.blocks[i]!;
      replace.set(whole.get(i)!, claimBlock(block, 'cruft', { text: block.value, reason }, 0.4, 'tail-runs'));
    };
    // The last block that is body text: a related list must run to the end of the content.
    let lastBody = -1;
    for (let i = count - 1; i >= 0 && lastBody < 0; i--) if (kindAt(i) === 'body') lastBody = i;
    let firstBody = -1;
    for (let i = 0; i < count && firstBody < 0; i++) if (kindAt(i) === 'body') firstBody = i;
    let list: number[] = [];
    const flush = () => {
      if (list.length >= MIN_LIST && list[list.length - 1] === lastBody) for (const i of list) toCruft(i, 'related');
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
        if (between && i > firstBody && wordCount(block.text, MAX_RUN_WORDS) <= MAX_RUN_WORDS) toCruft(i, 'chrome-run');
      }
    }
    flush();
    return replace.size === 0 ? claims : claims.map((c) => replace.get(c) ?? c);
  },
};
