import { claimBlock } from '../parsers/claim.js';
import type { AnyClaim, Parser } from '../types.js';
import { SOFT_CUTS } from './content.js';

/** The parser's name, which its claims carry in `by`. */
export const HTML_CHROME = 'html-chrome';

/**
 * Claims every block of an HTML page that is not the article as cruft, with the reason the
 * content selection gave (`navigation`, `comments`, `related`, `hidden`, `outside-article`,
 * `related`…); soft cuts (`article-header`, `link-list`) are left to the parsers and the
 * `html-header` resolver. Text scrapes have no page, so it claims nothing there.
 *
 * @example
 * const page = '<nav><a href="/">Home</a></nav><article><h1>Floods in Mosul</h1><p>Water rose in the old city overnight, officials said.</p></article>';
 * runParser(htmlChromeParser, page)[0]?.value; // { text: 'Home', reason: 'navigation' }
 * @group HTML
 */
export const htmlChromeParser: Parser = {
  name: HTML_CHROME,
  parse(ctx) {
    const page = ctx.page;
    if (!page) return [];
    const claims: AnyClaim[] = [];
    page.blocks.forEach((b, i) => {
      const reason = page.cut[i];
      if (reason && !SOFT_CUTS.has(reason)) claims.push(claimBlock(b, 'cruft', { text: b.value, reason }, 0.99, HTML_CHROME));
    });
    return claims;
  },
};
