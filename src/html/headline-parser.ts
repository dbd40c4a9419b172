import { claimBlock } from '../parsers/claim.js';
import { splitLabels } from '../parsers/title.js';
import type { Parser } from '../types.js';

/**
 * Claims the page's headline as the title: the heading the content selection chose (an `h1`
 * inside or just above the article that matches the page's `og:title` or `<title>` when it
 * has one). Labels are split as for text ("VIDEO: …").
 *
 * @example `<h1>VIDEO: Floods in Mosul</h1>` → title "Floods in Mosul", labels ["VIDEO"]
 */
export const htmlHeadlineParser: Parser = {
  name: 'html-headline',
  parse(ctx) {
    const page = ctx.page;
    const block = page && page.headline >= 0 ? page.blocks[page.headline] : undefined;
    return block ? [claimBlock(block, 'title', splitLabels(block.source), 0.99, 'html-headline')] : [];
  },
};
