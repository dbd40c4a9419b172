/**
 * Lines that are site chrome wherever they appear, each with the reason reported.
 * Each pattern is tested against a whole trimmed line (folded: NBSP → space), so it
 * should be anchored and must stay linear-time. Adding a phrase is one line.
 */
export const CRUFT_PHRASES: readonly { pattern: RegExp; reason: string }[] = [
  { pattern: /^(?:scroll|back|go) (?:up|to top)$/i, reason: 'navigation' },
  { pattern: /^(?:top|↑ ?top|back to top ↑?)$/i, reason: 'navigation' },
  { pattern: /^read more [^:]{0,80}\b(?:at|here|on):? \S.{0,200}$/i, reason: 'read-more' },
  { pattern: /^(?:read more|continue reading|click here to read more)[.…: ]{0,4}$/i, reason: 'read-more' },
  { pattern: /^(?:share|share this|share on) ?(?:article|story|post)?:?$/i, reason: 'share' },
  { pattern: /^(?:like|follow) us on (?:facebook|twitter|instagram|telegram)\b.{0,80}$/i, reason: 'share' },
  { pattern: /^(?:subscribe|sign up)(?: (?:to|for) (?:our|the) newsletter)?[.!]?$/i, reason: 'subscribe' },
  { pattern: /^(?:advertisement|sponsored content|sponsored|ads? by \w+)$/i, reason: 'advertisement' },
  { pattern: /^(?:related(?: posts| articles| stories)?|you may also like|recommended|more from \w+(?: \w+){0,3}):?$/i, reason: 'related' },
  { pattern: /^(?:©|\(c\)|copyright ©?)\s?\d{4}\b.{0,160}$/i, reason: 'copyright' },
  { pattern: /^all rights reserved\.?$/i, reason: 'copyright' },
  { pattern: /^(?:print|email|print this article|email this article)$/i, reason: 'share' },
  { pattern: /^(?:tags?|filed under|categories|category):\s.{1,200}$/i, reason: 'tags' },
  { pattern: /^(?:loading(?: comments)?|comments|leave a (?:comment|reply)|\d{1,6} comments?)(?:\.{3}|…)?$/i, reason: 'comments' },
  { pattern: /^مواضيع ذات صلة$|^اقرأ أيضا:?$|^شارك(?: الخبر)?:?$/u, reason: 'related' },
];
