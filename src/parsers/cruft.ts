import { CRUFT_PHRASES, PROMO_PHRASES, SENTENCE_OPENING_PROMO_PHRASES } from '../data/cruft.js';
import { anyOf, escapeRegExp } from '../regex.js';
import { BARE_URL, clean, ENDS_PUNCTUATED, ENDS_SENTENCE, PROSE_WORDS, wordCount } from '../text.js';
import type { AnyClaim, Block, ChromeLine, ClaimValues, Parser, SiteProfile } from '../types.js';
import { claimBlock } from './claim.js';
import { CONFIDENCE } from './confidence.js';
import { creditOf } from './credits.js';

/** How many trailing blocks a bare URL may stand in to count as a closing source link (see `tailLinks` for runs beside chrome or a credit). */
const LINK_TAIL_BLOCKS = 3;

/**
 * Any promotion phrase, not followed by a letter (one alternation built from the table),
 * matched in lower-cased text. That no letter precedes it is checked after a match: a leading
 * look-behind would be evaluated at every position of every line.
 */
const PROMO_SOURCE = `(?:${PROMO_PHRASES.map((p) => escapeRegExp(p.toLowerCase())).join('|')})(?![\\p{L}])`;
const PROMO = new RegExp(PROMO_SOURCE, 'gu');
/** The same, ignoring case, for the rare text whose lower-case form has another length. */
const PROMO_ANY_CASE = new RegExp(PROMO_SOURCE, 'giu');

/**
 * Whether a tail line reads as a promotion: two different calls to action, or one shouted in
 * capitals ("CLICK HERE") or closing the line with "!" ("… Click Here!"). One polite "click
 * below." in a sentence of the article is not enough.
 */
function isPromo(text: string): boolean {
  const { found, loud } = callsToAction(text);
  return found.size >= 2 || loud;
}

/** The calls to action in a line (lower-cased phrases from the table), and whether one is shouted or closes the line with "!". */
function callsToAction(text: string): { found: Set<string>; loud: boolean } {
  const found = new Set<string>();
  let loud = false;
  // Case-sensitive matching of lower-cased text is much faster than Unicode case folding.
  const lower = text.toLowerCase();
  const same = lower.length === text.length;
  const subject = same ? lower : text;
  const pattern = same ? PROMO : PROMO_ANY_CASE;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(subject); m !== null; m = pattern.exec(subject)) {
    if (letterBefore(subject, m.index)) {
      pattern.lastIndex = m.index + 1;
      continue;
    }
    const phrase = text.slice(m.index, m.index + m[0].length);
    if (SENTENCE_OPENING_PROMO_PHRASES.has(phrase.toLowerCase()) && !opensSentence(text, m.index)) continue;
    found.add(phrase.toLowerCase());
    const end = (m.index ?? 0) + m[0].length;
    if (phrase === phrase.toUpperCase() || CLOSING_BANG.test(text.slice(end))) loud = true;
  }
  return { found, loud };
}
const CLOSING_BANG = /^\s{0,3}!{1,3}\s{0,3}$/;
/** Sentence endings (and closing quotes or brackets after them) that may stand before a sentence. */
const SENTENCE_END = /[.!?…]["”’)\]]{0,2}$/;

/** Whether index `i` of `text` starts the line or a sentence: only spaces after a sentence ending before it. */
function opensSentence(text: string, i: number): boolean {
  let j = i;
  while (j > 0 && j > i - 4 && text[j - 1] === ' ') j--;
  if (j === 0) return true;
  return j < i && SENTENCE_END.test(text.slice(Math.max(0, j - 3), j));
}
const LETTER = /^\p{L}$/u;

/** Whether the character just before index `i` (a whole code point) is a letter. */
function letterBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const low = s.charCodeAt(i - 1);
  const pair = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? s.slice(i - 2, i) : s[i - 1]!;
  return LETTER.test(pair);
}

/**
 * How many trailing blocks (or what share of the scrape) count as the tail where promotions
 * sit; the tail also starts right after the last paragraph of prose, however many short
 * lines (reference lists, links) follow it.
 */
const PROMO_TAIL_BLOCKS = 6;
const MAX_PROMO_WORDS = 60;

/** How many trailing blocks count as the tail where repeated promo lines sit. */
const TAIL_BLOCKS = 5;
const MAX_REPEAT_WORDS = 25;
/** A line framing the article (before its prose and after it) may be this long. */
const MAX_FRAME_WORDS = 60;

/**
 * Whether copies of one line stand before the first paragraph of prose and after the last (other
 * than themselves), and the line is a sentence with a call to action ("… Click here to see all we
 * share.") but not itself a paragraph of prose: a lede printed again after the article is still
 * the article's text.
 */
function framesProse(copies: readonly Block[], others: OuterProse | null): boolean {
  const first = copies[0]!;
  const last = copies[copies.length - 1]!;
  return (
    others !== null &&
    first.index < others.first &&
    last.index > others.last &&
    first.words <= PROSE_WORDS &&
    // A headline printed twice is the title and its echo, not a frame: a frame ends like a sentence.
    ENDS_SENTENCE.test(first.text) &&
    callsToAction(first.text).found.size > 0
  );
}

/** Whether a line reads as the article's own text: a sentence with no call to action (a pull quote, a repeated line). */
function readsAsText(text: string): boolean {
  return ENDS_SENTENCE.test(text) && callsToAction(text).found.size === 0;
}

/** Whether a block stands inside the article: other prose (not a copy of its own line) both before and after it. */
function insideArticle(block: Block, others: OuterProse | null): boolean {
  return others !== null && others.first < block.index && others.last > block.index;
}

const EMPTY: ReadonlySet<number> = new Set();

/** The first and last prose block that is not one of a line's own copies. */
interface OuterProse {
  first: number;
  last: number;
}

/** {@link OuterProse} from the sorted prose indices, skipping at most the copies at either end. */
function outerProse(prose: readonly number[], own: ReadonlySet<number>): OuterProse | null {
  let i = 0;
  while (i < prose.length && own.has(prose[i]!)) i++;
  let j = prose.length - 1;
  while (j >= i && own.has(prose[j]!)) j--;
  return i <= j ? { first: prose[i]!, last: prose[j]! } : null;
}
/** A line repeated from earlier in the scrape counts as tail chrome only with at least this many words. */
const MIN_ECHO_WORDS = 6;
/** A short line closing the scrape with no sentence ending is a sign-off or tagline: "Caroline’s Blog". */
const MAX_SIGNOFF_WORDS = 6;
/** Lines longer than this are not tested against the phrase table (each row also bounds its own length). */
const MAX_PHRASE_WORDS = 200;

/**
 * Reads a chrome line and the reason it is chrome, or `null` for any other line.
 *
 * @example readCruft("Scroll Up") // { text: "Scroll Up", reason: "navigation" }
 * @example readCruft("READ MORE SYRIA NEWS AT: 21st Century Wire Syria Files") // { reason: "read-more" }
 * @group Parts
 * @category Cruft
 */
export function readCruft(line: string, profile: SiteProfile | null = null): ClaimValues['cruft'] | null {
  return cruftOf(wordCount(line, MAX_PHRASE_WORDS), clean(line), profile);
}

const ANY_PHRASE = anyOf(CRUFT_PHRASES.map((p) => p.pattern));

/** {@link readCruft} for a line whose word count and clean text are already known. */
function cruftOf(words: number, text: string, profile: SiteProfile | null): ClaimValues['cruft'] | null {
  if (words > MAX_PHRASE_WORDS) return null;
  for (const { pattern, reason } of profile?.cruft ?? []) if (pattern.test(text)) return { text, reason };
  if (ANY_PHRASE(text)) for (const { pattern, reason } of CRUFT_PHRASES) if (pattern.test(text)) return { text, reason };
  return null;
}

/** How far from either end a `head` or `tail` chrome line may stand: this many blocks, or a third of the scrape (at most 1,000 blocks). */
export const CHROME_EDGE_BLOCKS = 12;
/**
 * The chrome zones are at most this many blocks long: a page's frame never is, and a
 * million-line scrape does not hold a third of its lines as chrome candidates.
 */
const MAX_CHROME_EDGE_BLOCKS = 1000;

/** Whether block `index` of `count` lies where a chrome line of the given `where` may stand. */
export function inChromeZone(index: number, count: number, where: ChromeLine['where']): boolean {
  const edge = Math.max(CHROME_EDGE_BLOCKS, Math.min(MAX_CHROME_EDGE_BLOCKS, Math.ceil(count / 3)));
  if (where === 'head') return index < edge;
  if (where === 'tail') return index >= count - edge;
  return true;
}

/** Exact chrome lines of a profile, keyed by lower-cased clean text. */
const CHROME_INDEX = new WeakMap<SiteProfile, Map<string, ChromeLine>>();
function chromeIndex(profile: SiteProfile | null): Map<string, ChromeLine> | null {
  if (!profile?.chrome?.length) return null;
  let index = CHROME_INDEX.get(profile);
  if (!index) {
    index = new Map(profile.chrome.map((c) => [clean(c.text).toLowerCase(), c]));
    CHROME_INDEX.set(profile, index);
  }
  return index;
}

/**
 * Index of the first block of the scrape's tail: the last `PROMO_TAIL_BLOCKS` blocks (or its
 * last quarter), or everything after the last paragraph of prose if that starts earlier (a
 * scrape with no paragraph of prose has only the first).
 */
export function tailStart(blocks: readonly Block[]): number {
  const count = blocks.length;
  let lastProse = -1;
  for (let i = count - 1; i >= 0 && lastProse < 0; i--) if (blocks[i]!.words > PROSE_WORDS) lastProse = i;
  const byCount = count - Math.max(PROMO_TAIL_BLOCKS, Math.ceil(count / 4));
  return lastProse < 0 ? byCount : Math.min(byCount, lastProse + 1);
}

/**
 * Bare URL lines that are source or channel links rather than text: a run of them in the tail
 * that reaches the last `LINK_TAIL_BLOCKS` blocks, or that a chrome line or a credit ("VIDEO
 * Source:") stands right before or after.
 */
function tailLinks(blocks: readonly Block[], phrases: readonly (ClaimValues['cruft'] | null)[], tail: number, profile: SiteProfile | null): Set<number> {
  const out = new Set<number>();
  const chromeOrCredit = (i: number) => {
    const b = blocks[i];
    return b !== undefined && (phrases[i] !== null || creditOf(b.words, b.value, profile) !== null);
  };
  for (let i = 0; i < blocks.length; i++) {
    if (!BARE_URL.test(blocks[i]!.text)) continue;
    let end = i;
    while (end + 1 < blocks.length && BARE_URL.test(blocks[end + 1]!.text)) end++;
    const beside = i >= tail && (chromeOrCredit(i - 1) || chromeOrCredit(end + 1));
    const from = beside ? i : Math.max(i, blocks.length - LINK_TAIL_BLOCKS);
    for (let j = from; j <= end; j++) out.add(j);
    i = end;
  }
  return out;
}

/** Index of the last block that is not itself chrome or a credit (the candidate sign-off line), or -1. */
function lastContentBlock(blocks: readonly Block[], phrases: readonly (ClaimValues['cruft'] | null)[], profile: SiteProfile | null): number {
  for (let i = blocks.length - 1; i >= Math.max(0, blocks.length - 4); i--) {
    const b = blocks[i]!;
    if (BARE_URL.test(b.text) || phrases[i] || creditOf(b.words, b.value, profile)) continue;
    return i;
  }
  return -1;
}

/**
 * Blocks whose text recurs and that are chrome: short lines repeated among the last blocks or
 * echoed in the tail, and a sentence that frames the article — printed before its first
 * paragraph of prose and again after its last ("OM Times is a leading voice … Click here to see
 * all we share."). A copy with other prose before and after it is inside the article, and a
 * sentence with no call to action is the article's own text (a pull quote, a repeated line, the
 * lede printed again): neither is cut for being repeated.
 */
function repeatedInTail(blocks: readonly Block[]): Set<Block> {
  const count = blocks.length;
  const tailFrom = count - TAIL_BLOCKS;
  const prose: number[] = [];
  for (const b of blocks) if (b.words > PROSE_WORDS) prose.push(b.index);
  const lastProse = prose.length > 0 ? prose[prose.length - 1]! : Infinity;
  // Every rule below needs a copy after the last prose, at the very end or in the tail zone:
  // only lines printed there are grouped (memory for the tail, not for every line).
  // One map: a wanted line's key → nothing seen yet, its one copy, or its copies (an array
  // only once a line is seen twice: most lines are not).
  const byText = new Map<string, Block | Block[] | null>();
  for (const b of blocks) {
    if (b.words > MAX_FRAME_WORDS) continue;
    if (b.index > lastProse || b.index >= tailFrom || inChromeZone(b.index, count, 'tail')) byText.set(b.value.toLowerCase(), null);
  }
  for (const b of blocks) {
    if (b.words > MAX_FRAME_WORDS) continue;
    const key = b.value.toLowerCase();
    const seen = byText.get(key);
    if (seen === undefined) continue;
    if (seen === null) byText.set(key, b);
    else if (Array.isArray(seen)) seen.push(b);
    else byText.set(key, [seen, b]);
  }
  const out = new Set<Block>();
  for (const list of byText.values()) {
    if (!Array.isArray(list)) continue;
    const others = list[0]!.words > PROSE_WORDS ? outerProse(prose, new Set(list.map((b) => b.index))) : outerProse(prose, EMPTY);
    if (framesProse(list, others)) {
      for (const b of list) out.add(b);
      continue;
    }
    if (list[0]!.words > MAX_REPEAT_WORDS || readsAsText(list[0]!.text)) continue;
    const chrome = list.filter((b) => !insideArticle(b, others));
    // Every copy at the very end (a promo printed twice), or — for a line long enough not to be
    // a repeated subheading — the copies in the tail zone of a line printed earlier too.
    if (list.every((b) => b.index >= tailFrom)) for (const b of chrome) out.add(b);
    else if (list[0]!.words >= MIN_ECHO_WORDS) {
      for (const b of chrome) if (b !== list[0] && inChromeZone(b.index, count, 'tail')) out.add(b);
    }
  }
  return out;
}

/**
 * Claims site chrome lines with a reason: phrase-table lines ("Scroll Up", "READ MORE … AT: …"),
 * the profile's own and learned chrome lines, a bare URL among the last lines (a source link),
 * and short lines repeated at the end ("Get Your Copy of …" twice).
 *
 * @example runParser(cruftParser, 'Scroll Up')[0]?.value; // { text: 'Scroll Up', reason: 'navigation' }
 * @group Parts
 * @category Cruft
 */
export const cruftParser: Parser = {
  name: 'cruft',
  parse(ctx) {
    const claims: AnyClaim[] = [];
    const repeated = repeatedInTail(ctx.blocks);
    const chrome = chromeIndex(ctx.profile);
    const count = ctx.blocks.length;
    const tail = tailStart(ctx.blocks);
    const phrases = ctx.blocks.map((b) => cruftOf(b.words, b.value, ctx.profile));
    // An HTML page's headline may close its blocks (a template that prints it after the text): never a sign-off.
    const headline = ctx.page && ctx.page.headline >= 0 ? ctx.page.blocks[ctx.page.headline]!.start : -1;
    const last = lastContentBlock(ctx.blocks, phrases, ctx.profile);
    const signOff = last >= 0 && ctx.blocks[last]!.start === headline ? -1 : last;
    const links = tailLinks(ctx.blocks, phrases, tail, ctx.profile);
    for (const block of ctx.blocks) {
      const phrase = phrases[block.index];
      const learned = chrome?.get(block.value.toLowerCase());
      if (phrase) claims.push(claimBlock(block, 'cruft', phrase, CONFIDENCE.strong, 'cruft'));
      else if (learned && inChromeZone(block.index, count, learned.where)) {
        const value = { text: block.value, reason: learned.reason ?? 'site-chrome' };
        claims.push(claimBlock(block, 'cruft', value, CONFIDENCE.firm, 'cruft'));
      }
      else if (
        block.index === signOff &&
        count > 3 &&
        block.words <= MAX_SIGNOFF_WORDS &&
        !ENDS_PUNCTUATED.test(block.text) &&
        !BARE_URL.test(block.text)
      ) {
        claims.push(claimBlock(block, 'cruft', { text: block.value, reason: 'sign-off' }, CONFIDENCE.slight, 'cruft'));
      } else if (links.has(block.index)) {
        claims.push(claimBlock(block, 'cruft', { text: block.value, reason: 'link' }, CONFIDENCE.weak, 'cruft'));
      } else if (
        block.index >= tail &&
        block.words <= MAX_PROMO_WORDS &&
        isPromo(block.text)
      ) {
        claims.push(claimBlock(block, 'cruft', { text: block.value, reason: 'promo' }, CONFIDENCE.weak, 'cruft'));
      } else if (repeated.has(block)) {
        claims.push(claimBlock(block, 'cruft', { text: block.value, reason: 'repeated' }, CONFIDENCE.fair, 'cruft'));
      }
    }
    return claims;
  },
};
