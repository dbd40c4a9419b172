import type { SiteProfile } from '../types.js';

/**
 * willyloman.wordpress.com: a blog that quotes other outlets under a "from RT" source line.
 *
 * @group Customise
 */
export const willyloman: SiteProfile = {
  id: 'willyloman',
  name: 'willyloman',
  hosts: ['willyloman.wordpress.com'],
  // "from RT" above a quoted excerpt: no other development site credits a source this way.
  credits: [/^from \p{Lu}[\p{L}\d .&'’-]{0,40}$/u],
};
