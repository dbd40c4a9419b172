import type { Credit } from '../types.js';

/**
 * Attribution lines, each a whole-line pattern and the role it gives. Patterns are tested
 * against a folded, trimmed line and must stay linear-time. Adding a form is one line.
 */
export const CREDIT_FORMS: readonly { pattern: RegExp; role: Credit['role'] }[] = [
  // "21st Century Wire says…", "Reuters says:"
  { pattern: /^[\p{Lu}\d][^.!?\n]{0,60} says(?:…|\.{3}|:)$/u, role: null },
  // "By Jim Quinn / The Burning Platform", "By: Jane Doe", "BY JOHN SMITH"
  { pattern: /^by:?\s\p{Lu}[^!?\n]{0,100}$/iu, role: 'author' },
  // "Posted on by willyloman", "Posted on June 5, 2017 by Jane Doe"
  { pattern: /^posted (?:on\s)?(?:[^\n]{0,40}\s)?by\s\S.{0,60}$/i, role: 'author' },
  // "Steven Greenhut writes:", "Guest writer for Wake Up World", "Received by Mercedes Kirkel"
  { pattern: /^[\p{Lu}][\p{L}.'’ -]{1,60} (?:writes|reports|explains):$/u, role: 'author' },
  { pattern: /^(?:guest (?:writer|author|post|contributor)|contributing (?:writer|editor)|staff writer)\b.{0,80}$/i, role: 'author' },
  { pattern: /^(?:received|channeled|compiled|translated|edited) by\s\p{Lu}.{0,60}$/iu, role: 'author' },
  // "from RT", "via Zero Hedge", "h/t Preamble … @ vocabulary.com", "VIDEO Source:"
  { pattern: /^(?:from|via) \p{Lu}[\p{L}\d .&'’-]{0,40}$/u, role: 'source' },
  { pattern: /^(?:video |image |photo )?sources?:$/i, role: 'source' },
  // Syndication footers: "The post … appeared first on Judicial Watch.", "Republished with permission from …"
  { pattern: /^(?:the|this) post .{1,300} appeared first on .{1,100}$/i, role: 'source' },
  { pattern: /^(?:this (?:article|post|piece) (?:has been|was|is) )?(?:contributed|republished|reprinted|reposted|syndicated|delivered)(?: with permission)? (?:by|from)\b.{1,300}$/i, role: 'source' },
  // A handle or a link with its site name: "@PerKurowski", "WPTV – http://www.wptv.com/"
  { pattern: /^@\w{1,30}$/, role: 'author' },
  { pattern: /^[^\n]{1,60} [–—-] (?:https?:\/\/|www\.)\S{1,300}$/, role: 'source' },
  { pattern: /^(?:https?:\/\/|www\.)\S{1,300} [–—-] [^\n]{1,60}$/, role: 'source' },
  // "news.goldseek.com / By: Jim Willie CB, GoldenJackass.com / 26 December 2017"
  { pattern: /^[^/\n]{1,80} \/ by:? \p{Lu}[^\n]{0,120}$/iu, role: 'author' },
  { pattern: /^by:?$/i, role: 'author' },
  // "Source: https://…", "Source: Reuters"
  { pattern: /^(?:source|sources|via|h\/t|hat tip)\s?:\s?\S.{0,200}$/i, role: 'source' },
  // "This article was originally published by …", "Originally published at …"
  { pattern: /^(?:this (?:article|story|piece|post) (?:was )?)?(?:originally|first) (?:published|appeared|produced|posted)\b.{0,200}$/i, role: 'source' },
  { pattern: /^(?:written|reported|posted) by\s.{1,100}$/i, role: 'author' },
  // Wire-story footers: "(Reporting by Jane Doe; Editing by John Smith)", "The Associated Press contributed to this report."
  { pattern: /^\((?:additional )?(?:reporting|writing|editing) by [^()]{1,200}\)$/i, role: 'author' },
  { pattern: /^(?:the )?\p{Lu}[\p{L}.&'’ -]{1,60} contributed to this (?:report|story|article)\.?$/iu, role: 'agency' },
  // Agency slugs on a line of their own.
  { pattern: /^\(?(?:AFP|AP|Reuters|Associated Press|Agence France-Presse|IRNA|SANA|TASS|RIA Novosti|Xinhua|Anadolu(?: Agency)?)\)?$/, role: 'agency' },
];
