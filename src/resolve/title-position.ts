import type { AnyClaim, ParseContext, Resolver } from '../types.js';
import { MATCHED_CONFIDENCE } from '../parsers/title.js';
import { slugWords, words } from '../slug.js';
import { PROSE_WORDS } from '../text.js';
import { blockAt, CHROME_KINDS, coveredBlocks } from './blocks.js';

/** A slug-matched line after more prose blocks than this (a deck may come first) is a subheading, not the title. */
const MAX_PROSE_BEFORE = 1;

/** A stated title with at least this many words says enough to beat a line unlike it. */
const STATED_WORDS = 4;

function statesMore(c: AnyClaim): boolean {
  return c.kind === 'title' && words(c.value.text).length >= STATED_WORDS;
}

/** Whether a line shares at least half its words with a title claim's text (Dice coefficient). */
function alike(c: AnyClaim, line: string): boolean {
  if (c.kind !== 'title') return false;
  const a = new Set(words(c.value.text));
  const b = new Set(words(line));
  let common = 0;
  for (const w of b) if (a.has(w)) common++;
  return (2 * common) / Math.max(1, a.size + b.size) >= 0.5;
}

/**
 * Whether an HTML page states the headline claim's words as its title: its `og:title` or
 * `twitter:title` says the same words, or its `<title>` starts with them.
 */
function statesHeadline(ctx: ParseContext, c: AnyClaim): boolean {
  const page = ctx.page;
  const block = ctx.blocks[blockAt(ctx, c.start)];
  if (!page || !block) return false;
  const head = words(block.text).join(' ');
  if (head === '') return false;
  const same = (text: string): boolean => words(text).join(' ') === head;
  if (page.meta.some((m) => (m.key === 'og:title' || m.key === 'twitter:title') && same(m.content))) return true;
  const title = page.title === null ? '' : words(page.title).join(' ');
  return title === head || title.startsWith(`${head} `);
}

/**
 * Keeps one headline. A candidate backed by the URL slug or the title hint wins wherever it
 * stands among the first blocks, unless more than one block of prose (over 30 words: more
 * than a deck) comes before it; otherwise, when the URL has a wordy slug or a hint was given
 * and no line matches it, the scrape has no headline line; otherwise the first candidate on a
 * block that is not chrome and that only chrome precedes. A scrape that opens with prose keeps none.
 * On an HTML page, the headline the page's structure names (`html-headline`) wins, else the
 * visible line that repeats the page's stated title (`html-title`); the `<title>` text itself
 * only when no line is chosen. A headline the page states as its title (`og:title`,
 * `twitter:title`, or the start of `<title>`) is not taken by a phrase the text rules read as
 * chrome ("Recommended: …").
 *
 * @example
 * parseArticle('Facebook Twitter Youtube\n\nDEIR EZZOR: Last stronghold falls\n\nThe army entered the city on Monday.').title;
 * // 'DEIR EZZOR: Last stronghold falls'
 * @group Low level
 */
export const titlePositionResolver: Resolver = {
  name: 'title-position',
  resolve(claims, ctx) {
    const chrome = coveredBlocks(ctx, claims, CHROME_KINDS);
    // Blocks where a chrome claim starts (one byte per block: no hash set of a long scrape's lines).
    // (-1 stands for "outside every block", as blockAt gives it.)
    const touched = new Uint8Array(ctx.blocks.length);
    let outside = false;
    for (const c of claims) {
      if (!CHROME_KINDS.has(c.kind)) continue;
      const at = blockAt(ctx, c.start);
      if (at >= 0) touched[at] = 1;
      else outside = true;
    }
    const chromeTouched = { has: (i: number): boolean => (i >= 0 ? touched[i] === 1 : outside) };
    // The headline an HTML page's structure names stands wherever it is, and so does a visible
    // line that repeats the page's stated title; the stated title alone comes last.
    const visible = (c: AnyClaim): boolean => c.kind === 'title' && blockAt(ctx, c.start) >= 0;
    const structural =
      claims.find((c) => visible(c) && c.by === 'html-headline') ?? claims.find((c) => visible(c) && c.by === 'html-title');
    if (structural) {
      // A phrase read as chrome ("Recommended: …") does not take the headline that the page states as its title.
      const stated = statesHeadline(ctx, structural);
      const onHeadline = (c: AnyClaim): boolean => stated && c.kind === 'cruft' && c.by === 'cruft' && c.start === structural.start && c.end === structural.end;
      return claims.filter((c) => (c.kind !== 'title' || c === structural) && !onHeadline(c));
    }
    const stated = claims.find((c) => c.kind === 'title' && c.by === 'html-title');
    const titles = claims.filter((c) => c.kind === 'title' && c !== stated && !chromeTouched.has(blockAt(ctx, c.start)));
    const matched = titles.filter((c) => c.confidence >= MATCHED_CONFIDENCE).sort((a, b) => b.confidence - a.confidence)[0];
    let chosen = -1;
    const matchedAt = matched ? blockAt(ctx, matched.start) : -1;
    const proseBefore = ctx.blocks.slice(0, matchedAt).filter((b) => b.words > PROSE_WORDS).length;
    if (matched && proseBefore <= MAX_PROSE_BEFORE) chosen = matchedAt;
    else if (!slugWords(ctx.url) && !ctx.options.titleHint) {
      for (let i = 0; i < ctx.blocks.length; i++) {
        if (chrome[i]) continue;
        if (!chromeTouched.has(i)) chosen = i;
        break;
      }
    }
    // A stated title of some words beats a line that shares little with it.
    if (stated && (chosen < 0 || (statesMore(stated) && !alike(stated, ctx.blocks[chosen]!.text)))) {
      return claims.filter((c) => c.kind !== 'title' || c === stated);
    }
    // No title line stands at the chosen block: the stated title, when the page has one.
    const atChosen = (c: AnyClaim): boolean => c !== stated && blockAt(ctx, c.start) === chosen;
    if (stated && !claims.some((c) => c.kind === 'title' && atChosen(c))) return claims.filter((c) => c.kind !== 'title' || c === stated);
    return claims.filter((c) => c.kind !== 'title' || atChosen(c));
  },
};
