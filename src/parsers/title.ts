import { TITLE_LABELS } from '../data/labels.js';
import { scoreWords, slugWords, words } from '../slug.js';
import { BARE_URL, clean, wordCount } from '../text.js';
import type { AnyClaim, ClaimValues, Parser } from '../types.js';
import { claimBlock } from './claim.js';
import { CONFIDENCE } from './confidence.js';

const LABELS = new Set(TITLE_LABELS);
/** "VIDEO: ", "BREAKING NEWS - ", "Watch | ": a short prefix and its separator. */
const PREFIX = /^([\p{L} ]{2,20}?)\s{0,3}(?::|\s-|\s–|\s\|)\s{1,3}/u;
const ENDS_LIKE_PROSE = /[.,;:]$/;
const HAS_LETTER = /\p{L}/u;

/** How many leading blocks may hold the headline. */
const HEAD_BLOCKS = 12;
const MAX_WORDS = 40;
const MAX_CHARS = 300;

/**
 * Splits headline labels from a headline: "VIDEO: ISIS Huge …" gives labels ["VIDEO"]
 * and the rest; a prefix that is not a known label ("DEIR EZZOR: …") stays in the title.
 *
 * @example splitLabels("VIDEO: ISIS Huge Reinforcement") // { labels: ["VIDEO"], text: "ISIS Huge Reinforcement" }
 * @group Parts
 * @category Title
 */
export function splitLabels(headline: string): ClaimValues['title'] {
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
 * @group Parts
 * @category Title
 */
export function isHeadlineShaped(line: string): boolean {
  return headlineShaped(clean(line), wordCount(line, MAX_WORDS));
}

/** {@link isHeadlineShaped} for clean text of a known word count (a block's `value` and `words`). */
export function headlineShaped(text: string, words: number): boolean {
  return (
    text.length <= MAX_CHARS &&
    words <= MAX_WORDS &&
    HAS_LETTER.test(text) &&
    !ENDS_LIKE_PROSE.test(text) &&
    // The length test above keeps this within BARE_URL's bound.
    !BARE_URL.test(text)
  );
}

/**
 * Whether a line that matches the slug is rather the lede that paraphrases the headline: a
 * sentence ending in "." whose words are mostly not in the slug.
 */
function isLede(line: string, wanted: readonly string[]): boolean {
  if (!/[^.]\.["”’)]*$/.test(line.trim()) || isTitleCase(line)) return false;
  const have = words(line);
  if (have.length > LEDE_WORDS) return true;
  const set = new Set(wanted);
  const covered = have.filter((w) => set.has(w)).length;
  return covered / Math.max(1, have.length) < 0.5;
}

/** Share of a line's longer words that start with a capital for it to be in Title Case. */
const TITLE_CASE_SHARE = 0.7;
const LONG_WORD = /^\p{L}{4,}/u;
const CAPITALISED = /^\p{Lu}/u;

/**
 * Whether a line is written in Title Case, as headlines are and ledes are not: at least 70% of
 * its words of four letters or more start with a capital.
 *
 * @example isTitleCase("Why the Tribulation Will Begin Soon! The Greatest Mystery Unfolds") === true
 */
export function isTitleCase(line: string): boolean {
  const long = line.split(' ').filter((w) => LONG_WORD.test(w));
  return long.length > 0 && long.filter((w) => CAPITALISED.test(w)).length / long.length >= TITLE_CASE_SHARE;
}

/** A line that ends like a sentence and is longer than this is a lede, not a headline (unless in Title Case). */
const LEDE_WORDS = 14;

/** A line matching this share of the slug's or the hint's words is the headline. */
export const TITLE_MATCH = 0.6;
/** Confidence from which a title candidate is backed by the URL slug or the title hint. */
export const MATCHED_CONFIDENCE = CONFIDENCE.strong;
/** A matched line gains this much per share of the slug's words it holds, and loses `ORDER_STEP` per block above it. */
const MATCH_BONUS = 0.09;
const ORDER_STEP = 0.001;
/** Each headline-shaped line below the first is this much less likely the headline. */
const CANDIDATE_STEP = 0.05;
const MAX_MATCHED_WORDS = 60;

/**
 * Claims headline candidates among the first blocks: a line that matches the URL slug or
 * the title hint (confidence 0.9 and up, whatever its punctuation), else a headline-shaped
 * line, earlier ones with higher confidence. The `title-position` resolver keeps one.
 *
 * @example
 * runParser(titleParser, 'VIDEO: ISIS Huge Reinforcement After Severe Losses in Deir Ezzor\n\nThe story.')[0]?.value;
 * // { text: 'ISIS Huge Reinforcement After Severe Losses in Deir Ezzor', labels: ['VIDEO'] }
 * @group Parts
 * @category Title
 */
export const titleParser: Parser = {
  name: 'title',
  parse(ctx) {
    const claims: AnyClaim[] = [];
    const slug = slugWords(ctx.url);
    const hint = ctx.options.titleHint ? words(ctx.options.titleHint) : null;
    const slugSet = new Set(slug);
    const hintSet = new Set(hint);
    ctx.blocks.slice(0, HEAD_BLOCKS).forEach((block, i) => {
      const have = (slug ?? hint) && block.words <= MAX_MATCHED_WORDS ? words(block.text) : null;
      const match = have ? Math.max(slug ? scoreWords(slug, have, slugSet) : 0, hint ? scoreWords(hint, have, hintSet) : 0) : 0;
      if (match >= TITLE_MATCH && !isLede(block.text, slug ?? hint ?? [])) {
        const confidence = MATCHED_CONFIDENCE + MATCH_BONUS * match - ORDER_STEP * i;
        claims.push(claimBlock(block, 'title', splitLabels(block.source), confidence, 'title'));
      } else if (block.words >= 2 && headlineShaped(block.value, block.words)) {
        claims.push(claimBlock(block, 'title', splitLabels(block.source), CONFIDENCE.good - i * CANDIDATE_STEP, 'title'));
      }
    });
    return claims;
  },
};
