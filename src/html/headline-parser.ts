import { claimBlock } from '../parsers/claim.js';
import { splitLabels } from '../parsers/title.js';
import type { Parser } from '../types.js';
import { datelessText, hasStructuralHeadline, headlineText } from './title-parser.js';

/**
 * Claims the page's headline as the title: the heading the content selection chose (an `h1`
 * inside or just above the article that matches the page's `og:title` or `<title>` when it
 * has one). Labels are split as for text ("VIDEO: …"); a date the heading prints at its start
 * or end is not the title's text, and of parts between " | " (a title template's) the longest
 * is. A heading that is not an `h1` (or `itemprop=headline`) gives way to the page's `<title>`
 * (see `html-title`) when it has one.
 *
 * @example
 * runParser(htmlHeadlineParser, '<h1>VIDEO: Floods in Mosul</h1><p>Water rose in the old city overnight.</p>')[0]?.value;
 * // { text: 'Floods in Mosul', labels: ['VIDEO'] }
 * @group HTML
 */
export const htmlHeadlineParser: Parser = {
  name: 'html-headline',
  parse(ctx) {
    const page = ctx.page;
    const block = page && page.headline >= 0 ? page.blocks[page.headline] : undefined;
    // A lesser heading gives way to the page's stated title (html-title) when there is one.
    if (page && block && !hasStructuralHeadline(page) && page.title) return [];
    if (!block) return [];
    const { labels, text } = splitLabels(datelessText(page!, block));
    return [claimBlock(block, 'title', { labels, text: headlineText(text) }, 0.99, 'html-headline')];
  },
};
