import { BYLINE_WORDS, NOT_BYLINE_WORDS } from '../data/meta.js';
import { bylineNames } from '../parsers/authors.js';
import { textIndex } from '../resolve/blocks.js';
import type { AnyClaim, HtmlElement, Parser } from '../types.js';
import { metadataClaim } from './metadata.js';
import { elementValues } from './words.js';

const NAME = 'html-byline';
/** A byline's names are read from at most this many characters after the element starts. */
const MAX_BYLINE = 160;
/** Elements checked for a byline class (a page has thousands; the byline is near the top). */
const MAX_ELEMENTS = 20000;

/** How an element names itself the byline: `rel=author`, or a class or id such as `byline`, `author-name`. */
function bylineMark(el: HtmlElement): 'rel' | 'class' | null {
  if (el.attrs['rel']?.toLowerCase().split(/\s+/).includes('author')) return 'rel';
  let hit = false;
  for (const words of elementValues(el)) {
    if (words.some((w) => NOT_BYLINE_WORDS.has(w))) return null;
    if (words.some((w) => BYLINE_WORDS.has(w))) hit = true;
  }
  return hit ? 'class' : null;
}

/**
 * Reads the author's name from the byline element of the article when no metadata names one:
 * a link with `rel=author`, or an element whose class or id says `byline` or `author` (not a
 * comment's author, a bio box or an avatar), whose text stands in an article block. The names
 * end where the byline does ("Jane Doe | May 5" → "Jane Doe").
 *
 * @example `<p class="byline">By <a rel="author">Jane Doe</a> | May 5</p>` → authors ["Jane Doe"]
 */
export const htmlBylineParser: Parser = {
  name: NAME,
  parse(ctx) {
    const page = ctx.page;
    if (!page || ctx.blocks.length === 0) return [];
    const first = ctx.blocks[0]!.start;
    const last = ctx.blocks[ctx.blocks.length - 1]!.end;
    let b = 0;
    const limit = Math.min(page.elements.length, MAX_ELEMENTS);
    for (let i = 0; i < limit; i++) {
      const el = page.elements[i]!;
      if (el.start < first - MAX_BYLINE || el.start >= last) continue;
      const mark = bylineMark(el);
      if (mark === null) continue;
      // The article block the element's text is in (or starts).
      while (b < ctx.blocks.length && ctx.blocks[b]!.end <= el.start) b++;
      const block = ctx.blocks[b];
      if (block === undefined) break;
      const from = el.start <= block.start ? 0 : textIndex(block, el.start);
      const text = block.source.slice(from, from + MAX_BYLINE);
      const names = bylineNames(/^by\b/i.test(text) ? text : `By ${text}`);
      if (names.length === 0) continue;
      const claim: AnyClaim = metadataClaim(
        { field: 'authors', source: 'html', key: mark === 'rel' ? 'rel=author' : 'class', list: names },
        { start: block.at(from), end: block.at(Math.min(block.text.length, from + text.length)) },
        mark === 'rel' ? 0.65 : 0.6,
        NAME,
      );
      return claim.end > claim.start ? [claim] : [];
    }
    return [];
  },
};
