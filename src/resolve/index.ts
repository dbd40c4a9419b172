import type { Resolver } from '../types.js';
import { consistencyResolver } from './consistency.js';
import { overlapsResolver } from './overlaps.js';
import { siteBannerResolver } from './site-banner.js';
import { titlePositionResolver } from './title-position.js';
import { updatedTimeResolver } from './updated-time.js';
import { dateChecksResolver } from './date-checks.js';
import { tailRunsResolver } from './tail-runs.js';
import { htmlHeaderResolver } from '../html/header-resolver.js';
import { metadataResolver } from '../html/metadata-resolver.js';
import { bylineCreditResolver } from '../html/byline-resolver.js';

/**
 * The default resolvers, in the order they run; `overlaps` must come after the filters.
 *
 * @group Customise
 */
export const defaultResolvers: readonly Resolver[] = [
  siteBannerResolver,
  titlePositionResolver,
  bylineCreditResolver,
  overlapsResolver,
  tailRunsResolver,
  htmlHeaderResolver,
  updatedTimeResolver,
  metadataResolver,
  consistencyResolver,
  dateChecksResolver,
];

export { consistencyResolver, overlapsResolver, siteBannerResolver, titlePositionResolver };
export { updatedTimeResolver } from './updated-time.js';
export { dateChecksResolver } from './date-checks.js';
export { tailRunsResolver } from './tail-runs.js';
export { htmlHeaderResolver } from '../html/header-resolver.js';
export { metadataResolver } from '../html/metadata-resolver.js';
export { bylineCreditResolver } from '../html/byline-resolver.js';
export { KIND_RANK, SINGLE_KINDS } from './overlaps.js';
