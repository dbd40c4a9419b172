import type { Resolver } from '../types.js';
import { blockAt, coveredBlocks } from './blocks.js';

const BANNER_KINDS = new Set(['page-date', 'archive', 'social'] as const);

/**
 * Keeps a guessed site-name line (a site claim not backed by a profile) only when the next
 * block is banner chrome: a page date, archive counters or a social bar.
 *
 * @example
 * const text = 'Islamic Invitation Turkey\n\n21 March 2018 - Wednesday - 4 Rajab 1439\n\nStorm Hits Coast\n\nThe storm hit the coast.';
 * parseArticle(text).site; // { id: 'islamic-invitation-turkey', name: 'Islamic Invitation Turkey' }
 * @group Low level
 */
export const siteBannerResolver: Resolver = {
  name: 'site-banner',
  resolve(claims, ctx) {
    const banner = coveredBlocks(ctx, claims, BANNER_KINDS);
    const partly = new Set(claims.filter((c) => BANNER_KINDS.has(c.kind as 'social')).map((c) => blockAt(ctx, c.start)));
    return claims.filter((c) => {
      if (c.kind !== 'site' || c.confidence >= 0.5) return true;
      const next = blockAt(ctx, c.start) + 1;
      return banner[next] === true || partly.has(next);
    });
  },
};
