import type { Resolver } from '../types.js';
import { blockAt, coveredBlocks } from './blocks.js';

const BANNER_KINDS = new Set(['page-date', 'archive', 'social'] as const);

/**
 * Keeps a guessed site-name line (a site claim not backed by a profile) only when the next
 * block is banner chrome: a page date, archive counters or a social bar.
 *
 * @example "Islamic Invitation Turkey" followed by "21 March 2018 - Wednesday - …" stays a site line
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
