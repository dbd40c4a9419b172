import type { Resolver } from '../types.js';
import { blockAt, CHROME_KINDS, coveredBlocks } from './blocks.js';

/**
 * Keeps one headline: the first title candidate on a block that is not chrome and that only
 * chrome precedes; a scrape that opens with prose keeps none.
 *
 * @example social bar, then "DEIR EZZOR: Last …" → that line is the title
 */
export const titlePositionResolver: Resolver = {
  name: 'title-position',
  resolve(claims, ctx) {
    const chrome = coveredBlocks(ctx, claims, CHROME_KINDS);
    const chromeTouched = new Set(claims.filter((c) => CHROME_KINDS.has(c.kind)).map((c) => blockAt(ctx, c.start)));
    let chosen = -1;
    for (let i = 0; i < ctx.blocks.length; i++) {
      if (chrome[i]) continue;
      if (!chromeTouched.has(i)) chosen = i;
      break;
    }
    return claims.filter((c) => c.kind !== 'title' || blockAt(ctx, c.start) === chosen);
  },
};
