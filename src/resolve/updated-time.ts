import { isUpdateLine, publishedParser } from '../parsers/published.js';
import type { AnyClaim, Resolver } from '../types.js';

/** Whether a claim is an update time ("Last updated: …"). */
function isUpdate(c: AnyClaim): boolean {
  return c.kind === 'published' && c.value.role === 'updated';
}

/**
 * Keeps an update time ("Last updated: 19 January 2017 09:10") apart from the publication
 * time: after `overlaps` has kept at most one publication claim, the best update line that
 * only body text covers is put back, replacing that body claim. Runs after `overlaps`.
 *
 * @example "Published: 18 January 2017 22:52" + "Updated: 19 January 2017 09:10" → both stand
 */
export const updatedTimeResolver: Resolver = {
  name: 'updated-time',
  resolve(claims, ctx) {
    if (claims.some(isUpdate) || !ctx.blocks.some((b) => isUpdateLine(b.text))) return claims;
    // Re-read the update lines (overlaps dropped them for the single published slot), silently.
    const updates = publishedParser.parse({ ...ctx, warn() {} }).filter(isUpdate);
    updates.sort((a, b) => b.confidence - a.confidence || a.start - b.start);
    for (const u of updates) {
      const hit: AnyClaim[] = claims.filter((c) => c.kind !== 'metadata' && c.start < u.end && c.end > u.start);
      if (hit.some((c) => c.kind !== 'body')) continue;
      const kept = claims.filter((c) => !hit.includes(c));
      const at = kept.findIndex((c) => c.start >= u.end);
      kept.splice(at < 0 ? kept.length : at, 0, u);
      return kept;
    }
    return claims;
  },
};
