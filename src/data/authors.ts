/**
 * Byline vocabulary: what stands before an author's name ("By", "Written by"), what ends the
 * names (a site after "/", a date, "Updated"), and words that are roles, not names.
 * Adding a form is one line.
 */

/**
 * Where the names start in a byline: after "By", "Written by", "Reporting by", "Posted on … by";
 * a colon may be glued to the name where markup joined them ("Written by:Jane Doe" on bold.org).
 */
export const BYLINE_LEADS: readonly RegExp[] = [
  /^\(?(?:additional )?(?:reporting|writing|written|reported|posted|compiled|edited|translated|received|channeled|words|story|text|photos?) by(?::\s?|\s)/iu,
  /^posted (?:on\s)?(?:[^\n]{0,40}\s)?by\s/iu,
  /^(?:[^/\n]{1,80} \/ )?by(?::\s?|\s)/iu,
];

/**
 * A sentence that names the post's author: "This post was written by Jane Doe, gastroenterologist,
 * Mill Street Clinic." The names end at the first comma (what follows is the author's role and
 * affiliation), so "Jane Doe and John Roe" are two names, "Mill Street Clinic" none.
 */
export const AUTHORED_BY = /^this (?:post|article|story|piece|guide|column|blog post) (?:was|is) (?:written|authored|contributed|penned) by\s/iu;

/** A byline of the form "Jane Doe writes:" / "reports:" / "explains:". */
export const WRITES = /^(?<name>\p{Lu}[\p{L}.'’ -]{1,60}) (?:writes|reports|explains):$/u;

/** Where the names end: a site or desk after "/", "|", " - ", a date, a role line, "Updated", a bracket. */
export const NAMES_END = /\s[/|–—•·-]\s|\s\||[;(]|\s(?:last (?:updated|modified|reviewed)|updated|published|posted|on|at|in|for|from)\b|\s\d|\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s\d/iu;

/** Separators between names in whitespace-cleaned text: ", ", " and ", " & ". */
export const NAME_SEPARATOR = / ?, ?(?:and )?| (?:and|&) /iu;

/** Words that, alone or at the end of a part, are a role and not a name: "Jane Doe, Staff Writer". */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'staff', 'writer', 'writers', 'reporter', 'reporters', 'correspondent', 'correspondents', 'editor', 'editors', 'contributor',
  'contributors', 'columnist', 'columnists', 'producer', 'photographer', 'journalist', 'analyst', 'senior', 'chief', 'deputy',
  'contributing', 'political', 'special', 'foreign', 'national', 'managing', 'associate', 'bureau', 'desk', 'team', 'the',
  'author', 'authors', 'by', 'posted', 'published', 'updated', 'written', 'share', 'follow', 'more',
  // A lone month or weekday is a date left in the byline, not a name.
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

/**
 * The last word of a person's role after the name: "Staff Writer", "AP Sports Writer", "CNN
 * Editor-at-large" (the wire style of AP and of the Hearst and CNN pages of the ScrapingHub set),
 * "Executive Editor", "Chief Marketing Officer", "Co-Founder", "Home Security Expert" (WCXB
 * bylines of health.harvard.edu, microsoft.com, security.org and others). Not derived from
 * {@link ROLE_WORDS}: those drop a part made only of role words ("Staff Writer", "The Team");
 * these drop a part after a name that ends with one ("Executive Editor").
 */
export const PERSON_ROLES: ReadonlySet<string> = new Set([
  'writer', 'editor', 'reporter', 'correspondent', 'columnist', 'contributor', 'producer', 'photographer', 'journalist', 'analyst',
  'expert', 'specialist', 'strategist', 'manager', 'director', 'officer', 'founder', 'president', 'consultant',
]);

/** Lower-case words inside a person's name in many languages: "Ludwig van Beethoven", "Maria de la Cruz", "Mohammed bin Salman". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'ter', 'ten', 'bin', 'bint', 'ibn', 'al', 'el', 'y', 'e',
]);

/** Credentials after a name that are not names themselves: "Jane Doe, Ph.D.", "John Roe, MD". */
export const CREDENTIALS: ReadonlySet<string> = new Set([
  'phd', 'ph.d', 'md', 'm.d', 'jr', 'sr', 'ii', 'iii', 'mba', 'rn', 'cpa', 'esq', 'do', 'rd', 'ms', 'ma', 'bsc', 'msc', 'dds', 'pharmd', 'lcsw', 'cfa', 'cfp',
]);

/**
 * Words before a "by" that credit someone other than the author: "Medically reviewed by",
 * "Fact-checked by" name a reviewer (37 WCXB development sites print one beside the byline, e.g.
 * investopedia.com, turbotax.intuit.com, health.harvard.edu, homeadvisor.com); "Photo by",
 * "Illustration by", "Edited by", "Updated by", "Sponsored by", "Presented by", "Powered by",
 * "Produced by", "Translated by" are the standard credit lines of pictures, editing and sponsors
 * (and the wire footer's "Editing by").
 */
export const NOT_AUTHOR_BY =
  /(?:reviewed|checked|photos?|photograph(?:s|ed)?|images?|pictures?|illustrations?|illustrated|graphics?|videos?|edited|editing|updated|sponsored|presented|powered|produced|translated)[ ]?$/iu;
