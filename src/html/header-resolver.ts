import { blockAt } from '../resolve/blocks.js';
import type { AnyClaim, Resolver } from '../types.js';
import { ARTICLE_HEADER } from './content.js';

/**
 * In the stretch between an HTML page's headline and its content root, text that no parser
 * claimed as a date, credit or caption (a kicker, a "Share" button, a standfirst) is cut as
 * `article-header` instead of standing as body text.
 *
 * @example `<h1>…</h1><p class="deck">…</p><div class="article-body">…` → the deck is cruft (article-header)
 */
export const htmlHeaderResolver: Resolver = {
  name: 'html-header',
  resolve(claims, ctx) {
    const page = ctx.page;
    if (!page) return claims;
    return claims.map((c): AnyClaim => {
      if (c.kind !== 'body') return c;
      const i = blockAt(ctx, c.start);
      if (i < 0 || page.cut[page.blockIndex[i]!] !== ARTICLE_HEADER) return c;
      return { ...c, kind: 'cruft', value: { text: c.value.text, reason: ARTICLE_HEADER }, by: 'html-header' };
    });
  },
};
