import type { CruftReason } from '../types.js';

/**
 * Lines that are site chrome wherever they appear, each with the reason reported.
 * Each pattern is tested against a whole trimmed line (folded: NBSP → space), so it
 * should be anchored and must stay linear-time. Adding a phrase is one line.
 *
 * A row belongs here only when lines of at least two different sites support it, or a general
 * vocabulary does: the chrome words of Readability's class lists and trafilatura's discard
 * lists (share, social, related, comment, tags, sponsor, promo, scroll, print), boilerpipe's
 * end-of-text phrases (comments, "N comments", post a comment), the default strings of
 * WordPress themes and Jetpack ("Continue reading →", "Share this:", "Like this:", "Filed
 * under:", "Leave a Reply", share buttons), the social network names of `social.ts`, and the
 * copyright notice. A line only one site prints belongs in that site's profile or in chrome
 * learned from its scrapes. `npm run build && node scripts/audit-rows.mjs` shows each row's sites.
 */
export const CRUFT_PHRASES: readonly { pattern: RegExp; reason: CruftReason }[] = [
  { pattern: /^(?:scroll|back|go) (?:up|to top)$/i, reason: 'navigation' },
  { pattern: /^(?:top|↑ ?top|back to top ↑?)$/i, reason: 'navigation' },
  { pattern: /^(?:read more|continue reading|click here to read more)[.…: ]{0,4}$/i, reason: 'read-more' },
  { pattern: /^(?:share|share this|share on) ?(?:article|story|post)?:?$/i, reason: 'share' },
  { pattern: /^(?:like|follow) us on (?:facebook|twitter|instagram|telegram)\b.{0,80}$/i, reason: 'share' },
  { pattern: /^(?:subscribe|sign up)(?: (?:to|for) (?:our|the) newsletter)?[.!]?$/i, reason: 'subscribe' },
  { pattern: /^(?:advertisement|sponsored content|sponsored|ads? by \w+)$/i, reason: 'advertisement' },
  { pattern: /^(?:related(?: posts| articles| stories)?|you may also like|recommended|more from \w+(?: \w+){0,3}):?$/i, reason: 'related' },
  { pattern: /^(?:©|\(c\)|copyright ©?)\s?\d{4}\b.{0,1000}$/i, reason: 'copyright' },
  { pattern: /^subscribe (?:to|for|now)\b(?:[^.!?]|\.(?=\S)){0,100}[.!]?$/i, reason: 'subscribe' },
  { pattern: /^if you (?:would like|want|wish) to (?:receive|write|submit|contribute|subscribe|get|support)\b.{0,300}$/i, reason: 'promo' },
  { pattern: /^all rights reserved\.?$/i, reason: 'copyright' },
  { pattern: /^(?:print|email|print this article|email this article)$/i, reason: 'share' },
  { pattern: /^(?:loading(?: comments)?|comments|leave a (?:comment|reply)|\d{1,6} comments?)(?:\.{3}|…)?$/i, reason: 'comments' },
  { pattern: /^مواضيع ذات صلة$|^اقرأ أيضا:?$|^شارك(?: الخبر)?:?$/u, reason: 'related' },
  // An affiliate disclosure: "We may earn a commission when you buy through our links."
  { pattern: /^(?:i|we) (?:may )?(?:receive|earn|get|make) (?:a )?(?:small )?commission\b.{0,300}$/i, reason: 'disclosure' },
  // A comment policy, as a prompt or under its label: "Please respect our comment policy …", "Comment policy: …"
  { pattern: /^(?:(?:please )?(?:adhere to|read|respect|review) our comment(?:ing)? policy\b|comment(?:ing)? policy:).{0,400}$/i, reason: 'comments' },
  // A prompt to report a mistake in the article (boilerpipe ends the text at one: "rätta artikeln").
  { pattern: /^(?:see an error in this (?:article|story)|spotted an error|report an? (?:error|typo))\b.{0,80}$/i, reason: 'feedback' },
  // Share and follow prompts, and the buttons of a share bar on lines of their own.
  { pattern: /^(?:share this|like this|share|tweet|pin it|email this|print this)(?: ?:.{0,80})?$/i, reason: 'share' },
  { pattern: /^(?:facebook|twitter|google\+?|pinterest|reddit|tumblr|linkedin|whatsapp|telegram|email|e-mail|print|more|skype|pocket|stumbleupon|digg|vk)$/i, reason: 'share' },
  { pattern: /^follow (?:@\w{1,30}|us\b.{0,80})$/i, reason: 'share' },
  { pattern: /^(?:if you (?:liked|enjoyed|like)|please (?:like|share)|click the “?like”? button)\b.{0,300}$/i, reason: 'share' },
  // Navigation and continuation links.
  { pattern: /^(?:continue reading|read more|read the rest|keep reading|full story|more)\s?(?:→|»|>>|\.{3}|…)$/i, reason: 'read-more' },
  // A read-more link in brackets: "[Continue reading …]", "[See the full list]".
  { pattern: /^\[(?:read|continue reading|see|click) [^\]]{0,60}\]$/i, reason: 'read-more' },
  { pattern: /^(?:read|see) more [^:]{0,80}\b(?:at|here|on):?(?: \S.{0,200})?$/i, reason: 'read-more' },
  { pattern: /^(?:check|find|follow|like) (?:me|us) (?:out )?on [\p{L}+]{2,20}[.!]?$/iu, reason: 'share' },
  { pattern: /^(?:advertisements?|sponsored links?|promoted content)$/i, reason: 'advertisement' },
  { pattern: /^(?:copyright|©)\s?[^.!?]{0,120}$/i, reason: 'copyright' },
  // A site name with its copyright sign after it: "Before It's News ©", "Example Daily © 2018".
  { pattern: /^[^.!?©]{1,60} ©(?: ?\d{4}(?:[-–]\d{4})?)?$/, reason: 'copyright' },
  { pattern: /^(?:filed under|posted in|categories|category|tags?):.{0,2000}$/i, reason: 'tags' },
  // Teasers for other stories under a promotion label: "Recommended: …", "See also: …". (Labels that
  // also start real headlines, "WATCH:", "BREAKING:", are not here.)
  { pattern: /^(?:sponsored|promoted|trending(?: now)?|must read|recommended|popular(?: now)?|don[’']?t miss|also read|read also|see also|icymi|related|read more|see more|more on this)\s?:\s\S.{0,200}$/i, reason: 'teaser' },
  // Reading aids a page prints between paragraphs: "Continue reading below", "Scroll down for more".
  { pattern: /^(?:story|article) continues below(?: (?:this )?advertisement)?$|^continue reading (?:the main story|below)$|^scroll down for (?:video|more)$|^media playback is unsupported on your device$/i, reason: 'navigation' },
  // Truncation links: "—More…".
  { pattern: /^[—–-]\s?more\s?(?:…|\.{3})$/i, reason: 'read-more' },
];

/**
 * Calls to action that mark a line as a promotion when it stands in the scrape's tail (after
 * the article): "FREE GIFT! Download …", "… Click Here!". Tested anywhere in the line; each
 * entry is a plain phrase, matched case-insensitively at word boundaries. Adding one is one line.
 */
export const PROMO_PHRASES: readonly string[] = [
  'click here',
  'sign up',
  'subscribe now',
  'subscribe today',
  'free ebook',
  'free e-book',
  'free report',
  'order now',
  'order today',
  'buy now',
  'shop now',
  'get your copy',
  'get your free',
  'download your free',
  'download the free',
  'donate now',
  'please donate',
  'support our work',
  'support us',
  'join our mailing list',
  'join our newsletter',
  '% off',
  // Sign-off calls to action of blogs: "Let me know below in the comments section"
  'let me know',
  'in the comments',
  'comments section',
  'comment below',
  'like button',
  'share this post',
  'share this article',
  'follow me on',
];

/**
 * Calls to action of {@link PROMO_PHRASES} that count only where they open a sentence ("… just
 * right? Let me know below in the comments"): inside a sentence of the article ("I'll let me know
 * …", "they let me know that …") they are the article's words.
 */
export const SENTENCE_OPENING_PROMO_PHRASES: ReadonlySet<string> = new Set(['let me know']);
