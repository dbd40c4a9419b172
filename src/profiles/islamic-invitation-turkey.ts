import type { SiteProfile } from '../types.js';

/**
 * Islamic Invitation Turkey: a site-name line, a dual-calendar banner with archive counters and a social bar.
 *
 * @group Customise
 */
export const islamicInvitationTurkey: SiteProfile = {
  id: 'islamic-invitation-turkey',
  name: 'Islamic Invitation Turkey',
  hosts: ['islamicinvitationturkey.com'],
  fingerprints: [/^Islamic Invitation Turkey$/m],
  zone: 'Europe/Istanbul',
  dateOrder: 'dmy',
};
