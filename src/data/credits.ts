import type { Credit } from '../types.js';

/**
 * Attribution lines, each a whole-line pattern and the role it gives. Patterns are tested
 * against a folded, trimmed line and must stay linear-time. Adding a form is one line.
 *
 * A row belongs here only when lines of at least two sites support it (the development text
 * scrapes, or article blocks of the HTML development sets that their gold leaves out of the
 * body), or a general source does: the news agencies' style (Reuters' and AP's bylines,
 * datelines and "Reporting by … Editing by …" footers), a default string of WordPress or a
 * plugin. A form only one site prints is in that site's profile (`SiteProfile.credits`).
 * `node scripts/audit-rows.mjs … --html PAGES.jsonl.gz` shows each row's sites.
 */
export const CREDIT_FORMS: readonly { pattern: RegExp; role: Credit['role'] }[] = [
  // "By Jim Quinn / The Burning Platform", "By: Jane Doe", "BY JOHN SMITH", "By the Harbour Team":
  // the agencies' byline; four text sites and 191 HTML sites. A blog's handle, in lower case after
  // a lower-case "by", ends the line or a part of it ("by ibby", "by whova | Apr 21, 2025"; three
  // WCXB sites); "By now the bridge…", "By 2030" are prose.
  { pattern: /^(?:(?:[Bb]y|BY):?\s(?:[Tt]he\s)?\p{Lu}[^!?\n]{0,100}|by:?\s\p{Ll}[\p{L}\p{N}._-]{0,30}(?:\s[|·•–—-]\s[^!?\n]{0,80})?)$/u, role: 'author' },
  // "Posted on June 5, 2017 by Jane Doe": the byline of WordPress's default theme (Twenty Ten's
  // `twentyten_posted_on`); willyloman.wordpress.com and 8 HTML sites.
  { pattern: /^posted (?:on\s)?(?:[^\n]{0,40}\s)?by\s\S.{0,60}$/i, role: 'author' },
  // "Staff Writer", "Contributing Writer" under a byline: 3 HTML sites.
  { pattern: /^(?:contributing writer|staff writer)\b.{0,80}$/i, role: 'author' },
  // Syndication footer: "The post … appeared first on Judicial Watch.", Yoast SEO's default RSS
  // footer ("The post %%POSTLINK%% appeared first on %%BLOGLINK%%.").
  { pattern: /^(?:the|this) post .{1,300} appeared first on .{1,100}$/i, role: 'source' },
  // A handle under a byline: "@PerKurowski"; beforeitsnews.com and 5 HTML sites.
  { pattern: /^@\w{1,30}$/, role: 'author' },
  // A byline label split from its name by markup: "By", "By:"; 21stcenturywire.com and 9 HTML sites.
  { pattern: /^by:?$/i, role: 'author' },
  // "Source: https://…", "Sources: Reuters"; beforeitsnews.com and 12 HTML sites.
  { pattern: /^sources?\s?:\s?\S.{0,200}$/i, role: 'source' },
  // "Written by Jane Doe", "Posted by Jane Doe on …"; 38 HTML sites.
  { pattern: /^(?:written|posted) by\s.{1,100}$/i, role: 'author' },
  // "This post was written by Jane Doe, gastroenterologist, Mill Street Clinic.": a line that names
  // the post's author in a sentence of its own; 3 HTML sites. Only names, and after commas the
  // author's role and affiliation: a clause ("…, who argued", "… and published in…", "by AI
  // and checked by…") or a lower-case "by a human" is prose.
  {
    pattern:
      /^This (?:post|article|story|piece|guide|column|blog post) (?:was|is) (?:written|authored|contributed|penned) by \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,4}(?: (?:and|&) \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,4})?(?:,(?: (?!(?:who|which|that|and|or|in|on|at|for|with|to|after|when|while|but|as)\b)[\p{L}\p{N}.'’&()-]+){1,6}){0,5}\.?$/u,
    role: 'author',
  },
  // Wire-story footers (Reuters' and AP's style): "(Reporting by Jane Doe; Editing by John Smith)",
  // "The Associated Press contributed to this report."
  { pattern: /^\((?:additional )?(?:reporting|writing|editing) by [^()]{1,200}\)$/i, role: 'author' },
  { pattern: /^(?:[Tt]he )?\p{Lu}[\p{L}.&'’ -]{1,60} contributed to this (?:report|story|article)\.?$/u, role: 'agency' },
  // Agency slugs on a line of their own, as wire copy credits them.
  { pattern: /^\(?(?:AFP|AP|Reuters|Associated Press|Agence France-Presse|IRNA|SANA|TASS|RIA Novosti|Xinhua|Anadolu(?: Agency)?)\)?$/, role: 'agency' },
];
