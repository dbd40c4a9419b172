import type { Resolver } from '../types.js';

/**
 * Changes no claim; warns when the publication date is later than the date the page
 * itself shows (`published-after-page-date`), which means one of them is misread.
 *
 * @example
 * const text = '21 March 2018 - Wednesday - 4 Rajab 1439\n\nStorm Hits Coast\n\n22 March 2018 10:15\n\nThe storm hit the coast.';
 * parseArticle(text).warnings.map((w) => w.code); // ['published-after-page-date']
 * @group Low level
 */
export const consistencyResolver: Resolver = {
  name: 'consistency',
  resolve(claims, ctx) {
    const published = claims.find((c) => c.kind === 'published');
    const page = claims.find((c) => c.kind === 'page-date');
    if (published?.kind === 'published' && page?.kind === 'page-date') {
      const day = published.value.local.slice(0, 10);
      if (day > page.value.gregorian) {
        ctx.warn(
          'published-after-page-date',
          `published ${day} is later than the page date ${page.value.gregorian}`,
          { start: published.start, end: published.end },
        );
      }
    }
    return claims;
  },
};
