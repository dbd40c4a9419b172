import type { SiteProfile } from '../types.js';
import { twentyFirstCenturyWire } from './21st-century-wire.js';
import { alalam } from './alalam.js';
import { beforeItsNews } from './beforeitsnews.js';
import { islamicInvitationTurkey } from './islamic-invitation-turkey.js';
import { willyloman } from './willyloman.js';

/**
 * The built-in site profiles; a new site is one file in this folder plus one line here.
 *
 * @group Customise
 */
export const defaultProfiles: readonly SiteProfile[] = [
  islamicInvitationTurkey,
  alalam,
  twentyFirstCenturyWire,
  beforeItsNews,
  willyloman,
];

export { alalam, beforeItsNews, islamicInvitationTurkey, twentyFirstCenturyWire, willyloman };
