/**
 * What the structure of an HTML page says about its parts: elements, ARIA roles and
 * class/id words that mark page chrome, each with the reason reported when its text is cut,
 * and the words that mark an article's body. Class and id values are split into words
 * (`post-share_bar` → post, share, bar; `relatedStories` → related, stories) and matched
 * whole, so `ad` does not match `read` or `shadow` and `header` does not match `subheader`.
 *
 * @module
 */
import type { ChromeReason } from '../types.js';

/** Elements that are chrome wherever they stand, with the reason. */
export const CHROME_TAGS: Readonly<Record<string, ChromeReason>> = {
  nav: 'navigation',
  menu: 'navigation',
  aside: 'aside',
  form: 'form',
  dialog: 'dialog',
  button: 'form',
  select: 'form',
  textarea: 'form',
};

/** Elements that are chrome when they are the page's, not the article's (outside `article`/`main`). */
export const PAGE_CHROME_TAGS: Readonly<Record<string, ChromeReason>> = {
  header: 'header',
  footer: 'footer',
};

/** ARIA landmark and widget roles that are chrome. */
export const CHROME_ROLES: Readonly<Record<string, ChromeReason>> = {
  navigation: 'navigation',
  menu: 'navigation',
  menubar: 'navigation',
  banner: 'header',
  contentinfo: 'footer',
  complementary: 'aside',
  search: 'navigation',
  dialog: 'dialog',
  alertdialog: 'dialog',
  toolbar: 'share',
};

/**
 * Class and id words that mark chrome, with the reason. Each word is matched whole against
 * the words of a class or id; a two-word entry (`author bio`) needs both words in one value.
 */
export const CHROME_WORDS: Readonly<Record<string, ChromeReason>> = {
  // navigation
  nav: 'navigation',
  navbar: 'navigation',
  navigation: 'navigation',
  menu: 'navigation',
  breadcrumb: 'navigation',
  breadcrumbs: 'navigation',
  pagination: 'navigation',
  pager: 'navigation',
  'skip link': 'navigation',
  skiplink: 'navigation',
  'skip to': 'navigation',
  masthead: 'header',
  topbar: 'header',
  // page furniture
  sidebar: 'aside',
  footer: 'footer',
  copyright: 'footer',
  // sharing and following
  share: 'share',
  sharing: 'share',
  sharebar: 'share',
  social: 'share',
  sociallinks: 'share',
  // other stories
  related: 'related',
  recommended: 'related',
  recommendations: 'related',
  'more stories': 'related',
  'read more': 'related',
  'most popular': 'related',
  'most read': 'related',
  trending: 'related',
  outbrain: 'related',
  taboola: 'related',
  // advertising and promotion
  ad: 'advertising',
  ads: 'advertising',
  advert: 'advertising',
  advertisement: 'advertising',
  adslot: 'advertising',
  dfp: 'advertising',
  sponsor: 'advertising',
  sponsored: 'advertising',
  promo: 'promotion',
  promotion: 'promotion',
  newsletter: 'promotion',
  subscribe: 'promotion',
  subscription: 'promotion',
  signup: 'promotion',
  paywall: 'promotion',
  // consent and notices
  cookie: 'notice',
  cookies: 'notice',
  consent: 'notice',
  gdpr: 'notice',
  modal: 'dialog',
  popup: 'dialog',
  // reader comments
  comment: 'comments',
  comments: 'comments',
  disqus: 'comments',
  respond: 'comments',
  // article furniture
  tags: 'tags',
  'tag list': 'tags',
  'author bio': 'author-box',
  'author box': 'author-box',
  'about author': 'author-box',
};

/**
 * Class and id words that mark the article's body: an element so named is a candidate
 * content root, and a chrome word on it or around it does not cut it.
 */
export const CONTENT_WORDS: readonly string[] = [
  'article body',
  'articlebody',
  'article content',
  'story body',
  'story content',
  'entry content',
  'post content',
  'post body',
  'post entry',
  'main content',
  'body text',
  'article text',
];

/** `itemprop` values of the article's body. */
export const CONTENT_ITEMPROPS: readonly string[] = ['articleBody', 'text'];

/** Class and id words of an image's caption or credit line (`wp-caption-text`, `photo-credit`). */
export const CAPTION_WORDS: readonly string[] = ['caption', 'figcaption', 'photo credit', 'image credit', 'media credit'];
