import type { Resolver } from '../types.js';

/**
 * Changes no claim; warns when the publication date is later than the date the page
 * itself shows (`published-after-page-date`), which means one of them is misread.
 *
 * @example published 2019-01-01 on a page dated 2018-03-21 → warning
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
