import type { Published, Resolver } from '../types.js';

/** The `YYYY-MM-DD` day of a reference date (`YYYY-MM-DD` or ISO), or `null`. */
const DAY = /^(\d{4}-\d{2}-\d{2})/;

/**
 * Changes no claim; warns `after-reference-date` when a publication, update or page date is
 * later than `options.referenceDate` (a scrape cannot be from the future), and
 * `updated-before-published` when an update time precedes the publication time.
 *
 * @example published 2019-01-01 with referenceDate "2018-06-01" → after-reference-date
 */
export const dateChecksResolver: Resolver = {
  name: 'date-checks',
  resolve(claims, ctx) {
    const reference = DAY.exec(ctx.options.referenceDate ?? '')?.[1] ?? null;
    let published: Published | null = null;
    for (const c of claims) if (c.kind === 'published' && c.value.role !== 'updated') published ??= c.value;
    for (const c of claims) {
      let day: string | null = null;
      if (c.kind === 'page-date') day = c.value.gregorian;
      else if (c.kind === 'published') {
        day = c.value.local.slice(0, 10);
        if (c.value.role === 'updated') {
          if (published !== null && c.value.local < published.local) {
            ctx.warn('updated-before-published', `updated ${c.value.local} is before published ${published.local}`, {
              start: c.start,
              end: c.end,
            });
          }
        }
      }
      if (day !== null && reference !== null && day > reference) {
        ctx.warn('after-reference-date', `${day} is later than the reference date ${reference}`, {
          start: c.start,
          end: c.end,
        });
      }
    }
    return claims;
  },
};
