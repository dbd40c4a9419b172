import { CAPTION_WORDS } from '../data/html-chrome.js';
import { claimBlock } from '../parsers/claim.js';
import type { AnyClaim, HtmlElement, Parser } from '../types.js';
import { elementTable } from './words.js';

const captionWord = elementTable(Object.fromEntries(CAPTION_WORDS.map((w) => [w, true])));
/** How many elements up from a block's text a caption class is looked for. */
const CAPTION_DEPTH = 3;

/** Whether an element or one of its nearest ancestors is named a caption by its class or id. */
function namedCaption(element: HtmlElement): boolean {
  let e: HtmlElement | null = element;
  for (let d = 0; e && d < CAPTION_DEPTH; d++, e = e.parent) {
    if ((e.id !== '' || e.classes.length > 0) && captionWord(e)) return true;
  }
  return false;
}

/**
 * Claims the captions of an HTML page's images and videos: text inside `<figure>`,
 * `<figcaption>` or a table `<caption>`, or in an element whose class names a caption
 * (`wp-caption-text`, `photo-credit`). Text scrapes are left to the `captions` parser.
 *
 * @example
 * const page = '<article><h1>Floods</h1><figure><img src="a.jpg"><figcaption>Floods in Mosul (Reuters)</figcaption></figure><p>Water rose.</p></article>';
 * runParser(htmlCaptionsParser, page)[0]?.value; // { text: 'Floods in Mosul (Reuters)' }
 * @group HTML
 */
export const htmlCaptionsParser: Parser = {
  name: 'html-captions',
  parse(ctx) {
    if (!ctx.page) return [];
    const claims: AnyClaim[] = [];
    for (const block of ctx.blocks) {
      const h = block.html;
      if (!h || (h.kind !== 'caption' && !namedCaption(h.element))) continue;
      claims.push(claimBlock(block, 'caption', { text: block.value }, 0.8, 'html-captions'));
    }
    return claims;
  },
};
