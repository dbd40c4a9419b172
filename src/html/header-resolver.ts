import { blockAt } from '../resolve/blocks.js';
import type { AnyClaim, Resolver } from '../types.js';
import { words } from '../slug.js';
import { SOFT_CUTS } from './content.js';

/** The reason given to a body line of an HTML page that repeats the headline (a gallery's or a sticky bar's). */
export const TITLE_REPEAT = 'title-repeat';
/** Longer lines are not compared with the headline. */
const MAX_TITLE = 400;

/**
 * Soft cuts of an HTML page stand unless a parser read the block as something else: in the
 * stretch between the headline and the content root, text that no parser claimed as a date,
 * credit or caption (a kicker, a "Share" button, a standfirst) is cut as `article-header`, and
 * a block of links inside the article (but a linked byline) as `link-list`, instead of
 * standing as body text. A body line that repeats the headline word for word is cut as
 * `title-repeat`.
 *
 * @example
 * const page = '<article><h1>Floods in Mosul</h1><p class="deck">Thousands fled.</p><div class="article-body"><p>Water rose in the old city overnight, officials said on Monday.</p><p>More rain is expected this week, forecasters warned.</p></div></article>';
 * parseArticle(page).cruft; // [{ text: 'Thousands fled.', reason: 'article-header' }]
 * @group HTML
 */
export const htmlHeaderResolver: Resolver = {
  name: 'html-header',
  resolve(claims, ctx) {
    const page = ctx.page;
    if (!page) return claims;
    const title = claims.find((c) => c.kind === 'title');
    const repeat = title?.kind === 'title' ? words(title.value.text).join(' ') : null;
    return claims.map((c): AnyClaim => {
      if (c.kind !== 'body') return c;
      if (repeat && c.value.text.length < MAX_TITLE && words(c.value.text).join(' ') === repeat) {
        return { ...c, kind: 'cruft', value: { text: c.value.text, reason: TITLE_REPEAT }, by: 'html-header' };
      }
      const i = blockAt(ctx, c.start);
      const reason = i < 0 ? null : page.cut[page.blockIndex[i]!];
      if (!reason || !SOFT_CUTS.has(reason)) return c;
      return { ...c, kind: 'cruft', value: { text: c.value.text, reason }, by: 'html-header' };
    });
  },
};
