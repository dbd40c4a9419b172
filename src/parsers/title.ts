import { TITLE_LABELS } from '../data/labels.js';
import { clean, wordCount } from '../text.js';
import type { AnyClaim, Parser } from '../types.js';
import { claimBlock } from './claim.js';

const LABELS = new Set(TITLE_LABELS);
/** "VIDEO: ", "BREAKING NEWS - ", "Watch | ": a short prefix and its separator. */
const PREFIX = /^([\p{L} ]{2,20}?)\s{0,3}(?::|\s-|\s–|\s\|)\s{1,3}/u;
const ENDS_LIKE_PROSE = /[.,;:]$/;
const HAS_LETTER = /\p{L}/u;
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;

/** How many leading blocks may hold the headline. */
const HEAD_BLOCKS = 8;
const MAX_WORDS = 40;
const MAX_CHARS = 300;

/**
 * Splits headline labels from a headline: "VIDEO: ISIS Huge …" gives labels ["VIDEO"]
 * and the rest; a prefix that is not a known label ("DEIR EZZOR: …") stays in the title.
 *
 * @example splitLabels("VIDEO: ISIS Huge Reinforcement") // { labels: ["VIDEO"], text: "ISIS Huge Reinforcement" }
 */
export function splitLabels(headline: string): { labels: string[]; text: string } {
  const labels: string[] = [];
  let text = clean(headline);
  for (;;) {
    const m = PREFIX.exec(text);
    const label = m?.[1]?.trim().toUpperCase();
    if (!m || label === undefined || !LABELS.has(label) || m[0].length >= text.length) break;
    labels.push(label);
    text = text.slice(m[0].length);
  }
  return { labels, text };
}

/**
 * Whether a line has the shape of a headline: letters, at most 40 words and 300
 * characters, and no sentence-internal ending such as "." or ",".
 *
 * @example isHeadlineShaped("ISIS in trouble as Syrian Army reaches southern Deir Ezzor countryside") // true
 */
export function isHeadlineShaped(line: string): boolean {
  const text = clean(line);
  return (
    text.length <= MAX_CHARS &&
    wordCount(text) <= MAX_WORDS &&
    HAS_LETTER.test(text) &&
    !ENDS_LIKE_PROSE.test(text) &&
    !URL_ONLY.test(text)
  );
}

/**
 * Claims headline candidates among the first blocks, earlier ones with higher confidence;
 * the `title-position` resolver keeps the first one that only chrome precedes.
 *
 * @example "VIDEO: ISIS Huge Reinforcement After Severe Losses in Deir Ezzor" → title with labels ["VIDEO"]
 */
export const titleParser: Parser = {
  name: 'title',
  parse(ctx) {
    const claims: AnyClaim[] = [];
    ctx.blocks.slice(0, HEAD_BLOCKS).forEach((block, i) => {
      if (!isHeadlineShaped(block.source)) return;
      claims.push(claimBlock(block, 'title', splitLabels(block.source), 0.8 - i * 0.05, 'title'));
    });
    return claims;
  },
};
