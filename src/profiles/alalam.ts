import type { SiteProfile } from '../types.js';

/**
 * Alalam (Tehran): "Thu Jan 19, 2017 11:42:31" timestamps, desk credits such as "Alalam Syria".
 *
 * @group Customise
 */
export const alalam: SiteProfile = {
  id: 'alalam',
  name: 'Alalam',
  hosts: ['alalam.ir', 'en.alalam.ir'],
  fingerprints: [/^Alalam(?: [A-Z][a-z]+){0,2}$/m],
  zone: 'Asia/Tehran',
};
