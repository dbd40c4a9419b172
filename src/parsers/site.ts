import type { AnyClaim, Parser } from '../types.js';
import { claimBlock } from './claim.js';
import { CONFIDENCE } from './confidence.js';

const NAME_LIKE = /^[\p{Lu}\d][\p{L}\d'’&.-]*(?: [\p{L}\d'’&.-]+){0,5}$/u;

/** How many leading blocks may hold the site-name banner. */
const HEAD_BLOCKS = 3;

/**
 * Claims the site-name line at the top of a scrape, "Islamic Invitation Turkey": the
 * profile's name when a profile is known (confidence 0.95), else a short name-like first
 * line (confidence 0.3) that the `site-banner` resolver keeps only when banner chrome follows it.
 *
 * @example runParser(siteParser, 'Islamic Invitation Turkey')[0]?.value; // { name: 'Islamic Invitation Turkey' }
 * @group Parts
 * @category Site
 */
export const siteParser: Parser = {
  name: 'site',
  parse(ctx) {
    const claims: AnyClaim[] = [];
    const head = ctx.blocks.slice(0, HEAD_BLOCKS);
    const wanted = ctx.profile?.name.toLowerCase();
    for (const block of head) {
      const name = block.value;
      if (wanted !== undefined && name.toLowerCase() === wanted) {
        claims.push(claimBlock(block, 'site', { name }, CONFIDENCE.certain, 'site'));
        return claims;
      }
    }
    const first = head[0];
    if (first && first.words <= 5 && NAME_LIKE.test(first.text)) {
      claims.push(claimBlock(first, 'site', { name: first.value }, CONFIDENCE.guess, 'site'));
    }
    return claims;
  },
};
