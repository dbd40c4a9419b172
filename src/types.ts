/**
 * The types shared by every stage: input blocks, claims, segments, warnings,
 * the typed {@link Article} and its JSON form {@link ArticleJSON}.
 *
 * @module
 */

/**
 * What a stretch of the input is: every segment has exactly one kind.
 *
 * @group Types
 */
export type SegmentKind =
  | 'site'
  | 'social'
  | 'page-date'
  | 'archive'
  | 'title'
  | 'published'
  | 'credit'
  | 'caption'
  | 'body'
  | 'embedded'
  | 'cruft'
  | 'blank';

/**
 * A half-open range `[start, end)` of UTF-16 offsets into the exact input string.
 *
 * @group Types
 */
export interface Span {
  /** Offset of the first character, e.g. `0`. */
  start: number;
  /** Offset just past the last character, e.g. `64`; `end - start` is the length. */
  end: number;
}

/**
 * The code of a {@link Warning}: what is odd about the input. Every code, with an input that
 * produces it, is listed in the [warnings guide](../docs/warnings.md).
 *
 * @example
 * const codes: WarningCode[] = parseArticle('Storm Hits Coast\n\nTuesday 18 January 2017\n\nThe storm hit.').warnings.map((w) => w.code);
 * // ['weekday-mismatch']
 *
 * @group Types
 */
export type WarningCode =
  /** A weekday written beside a date is not that date's weekday: "Wednesday 17 January 2017". */
  | 'weekday-mismatch'
  /** A stated Hijri date is one day off every ICU reckoning of its Gregorian date (a common sighting offset). */
  | 'hijri-offset'
  /** A stated Hijri or Solar Hijri date is more than a day off its Gregorian date, or cannot be compared with it. */
  | 'hijri-mismatch'
  /** A date names a day that does not exist: "31 February 2017", 30/02/2018 in a counter. */
  | 'invalid-date'
  /** A banner's second-calendar month is a word no table spelling reads ("4 Rajxb 1439"); the Gregorian date stands, the Hijri part is `null`. */
  | 'unknown-month'
  /** A numeric date reads both day-first and month-first (03/04/2017) and nothing in the text decides; read day-first, unless the page's stated date settles it. */
  | 'ambiguous-date'
  /** A zone abbreviation (AST, IST, CST…) names more than one zone and no site or caller zone decides; the time has no zone. */
  | 'ambiguous-zone'
  /** A relative date ("5 hours ago") has nothing to count back from: no `referenceDate` and no page date, or a reference without a time. */
  | 'relative-date-unresolved'
  /** The `zone` option or a profile's zone is not an IANA zone the platform knows. */
  | 'unknown-zone'
  /** A `string(N) "…"` dump whose N is not the payload's UTF-8 byte length, or a payload that is not valid JSON. */
  | 'embedded-invalid'
  /** An embedded JSON payload nests deeper than {@link MAX_JSON_DEPTH} levels; it is not kept (`value` is `null`). */
  | 'embedded-too-deep'
  /** The publication day is later than the page date the chrome shows. */
  | 'published-after-page-date'
  /** A date is later than the caller's `referenceDate`. */
  | 'after-reference-date'
  /** The update time is earlier than the publication time. */
  | 'updated-before-published'
  /** The visible date and the page's metadata are more than a day apart (the better-supported one stands), or the headline shares little with the page's stated title. */
  | 'metadata-mismatch'
  /** A JSON-LD script cannot be read, even forgivingly. */
  | 'json-ld-invalid'
  /** Command line only: the input held bytes that are not UTF-8; they were replaced by U+FFFD. */
  | 'invalid-utf8'
  /** HTML bytes that declare no charset and are not UTF-8 were read as windows-1252, as browsers do (`decodeHtml`). */
  | 'charset-guessed'
  /** HTML bytes hold sequences that are not valid in their declared charset; they were replaced by U+FFFD (`decodeHtml`). */
  | 'invalid-bytes'
  /** A charset the HTTP header or the page names is not one browsers know or can decode; it was ignored (`decodeHtml`). */
  | 'unknown-charset'
  /** Command line only: a `--date-field` cell is not an ISO date, so relative dates in that record have no reference date from it. */
  | 'bad-reference-date'
  /** Command line only: a WARC page's chunked HTTP payload breaks off or is malformed; what could be read was parsed. */
  | 'bad-chunked-encoding'
  /** Command line only: the crawler cut a WARC page short (`WARC-Truncated`); the article may be incomplete. */
  | 'warc-truncated'
  /** Command line only: the input (an empty file, empty standard input, an empty cell) holds no text, so the record is empty. */
  | 'empty-input'
  /** A code your own parser reports, declared in {@link CustomWarningCodes}. */
  | keyof CustomWarningCodes;

/**
 * Warning codes of your own parsers and resolvers: declare each as a key, and
 * {@link WarningCode} (so `ctx.warn` and `article.warnings`) accepts it.
 *
 * @example
 * declare module 'news-scrape' {
 *   interface CustomWarningCodes { 'donate-link-broken': true }
 * }
 *
 * @group Types
 */
export interface CustomWarningCodes {}

/**
 * A problem found in the input, with a stable code and the place it was found; parsing goes
 * on (odd input is reported, never silently fixed and never thrown).
 *
 * @example
 * parseArticle('21 March 2018 - Tuesday - 4 Rajab 1439').warnings[0];
 * // { code: 'weekday-mismatch', message: '2018-03-21 is not a Tuesday.', start: 0, end: 38 }
 *
 * @group Types
 */
export interface Warning {
  /** What is odd, as a stable machine code, e.g. `"hijri-mismatch"`; see {@link WarningCode}. */
  code: WarningCode;
  /** One sentence for a person, naming the values involved, e.g. `"2018-03-21 is not a Tuesday."`. */
  message: string;
  /** Input offset where the odd text starts; `null` when the warning concerns the whole input (`invalid-utf8`). */
  start: number | null;
  /** Input offset just past the odd text; `null` exactly when `start` is. */
  end: number | null;
}

/**
 * Why a stretch of the input was removed as site chrome (the `reason` of each `cruft` entry).
 * Text scrapes get the phrase-table and position reasons; HTML pages also get the reasons their
 * markup gives. A site profile may report any of them for its own lines.
 *
 * @group Types
 */
export type CruftReason =
  // Phrase tables (src/data/cruft.ts), text and HTML.
  /** Navigation aids: "Scroll Up", "Back to top", "Story continues below advertisement"; on HTML, `<nav>`, menus, breadcrumbs. */
  | 'navigation'
  /** "READ MORE … AT: …" and truncation links such as "—More…". */
  | 'read-more'
  /** Share bars and prompts: "Share this:", "Tweet", "Share on Facebook"; on HTML, share toolbars. */
  | 'share'
  /** Newsletter and subscription prompts: "Subscribe to our newsletter". */
  | 'subscribe'
  /** Advertisement labels in the text: "Advertisement", "Sponsored content", "Promoted content". */
  | 'advertisement'
  /** Links to other stories: "Related articles", "You may also like"; a list of headlines closing the scrape; on HTML, teaser cards and related blocks. */
  | 'related'
  /** Copyright and reuse notices: "© 2017 …", "All rights reserved". */
  | 'copyright'
  /** Affiliate disclosures: "We may earn a commission …". */
  | 'disclosure'
  /** Promotions: "If you would like to support …", a call to action in the scrape's tail. */
  | 'promo'
  /** Tag lists: "Tags: Syria, ISIS"; on HTML, tag lists. */
  | 'tags'
  /** Comment prompts and policies: "Leave a comment", "Comments are closed"; on HTML, the comments section. */
  | 'comments'
  /** A reader-poll result: "62% of readers think …". */
  | 'poll'
  /** Feedback prompts: "Spotted an error?", "Report a typo". */
  | 'feedback'
  /** Feed lines: "RSS feed for …". */
  | 'feed'
  /** A teaser for another story under a label: "RELATED: …", "Headline: …". */
  | 'teaser'
  // Position in the scrape (src/parsers/cruft.ts, src/resolve/tail-runs.ts, src/assemble.ts).
  /** A line a site profile names as its chrome, e.g. learned by {@link learnSiteChrome}. */
  | 'site-chrome'
  /** A short line closing the scrape with no sentence ending, a sign-off or tagline: "Caroline’s Blog". */
  | 'sign-off'
  /** A bare source link beside other chrome in the tail. */
  | 'link'
  /** A line repeated in the chrome zones (a call to action printed twice), or a sentence framing the article at both ends. */
  | 'repeated'
  /** Short lines caught between two chrome lines in the tail. */
  | 'chrome-run'
  /** Whatever follows a closing line (copyright, disclosure, comment policy, tags) after the article's prose. */
  | 'after-article'
  /** Text no parser claimed and that is not body (it still has a segment of kind `cruft`). */
  | 'unclaimed'
  // HTML markup (src/data/html-chrome.ts, src/html/content.ts, src/html/header-resolver.ts).
  /** An ad slot: `class="ad"`, `adslot`, `sponsored`. */
  | 'advertising'
  /** An `<aside>`, `role="complementary"` or a sidebar. */
  | 'aside'
  /** An author box or bio under the article. */
  | 'author-box'
  /** A dialog, modal or popup. */
  | 'dialog'
  /** A page footer: `<footer>`, `role="contentinfo"`. */
  | 'footer'
  /** A form and its controls: `<form>`, `<button>`, `<select>`. */
  | 'form'
  /** A page header or masthead: `<header>` outside the article, `role="banner"`. */
  | 'header'
  /** A cookie or consent notice. */
  | 'notice'
  /** A promotion, newsletter box or paywall marked by class or id. */
  | 'promotion'
  /** Hidden by its own markup: `hidden`, `aria-hidden="true"`, `display:none`. */
  | 'hidden'
  /** Outside the element chosen as the article's content root. */
  | 'outside-article'
  /** Text between the headline and the content root that no parser read as a date, credit or caption. */
  | 'article-header'
  /** A block of links inside the article that no parser claimed. */
  | 'link-list'
  /** A body line that repeats the headline (a gallery's or a sticky bar's). */
  | 'title-repeat'
  /** A reason your own parser or profile reports, declared in {@link CustomCruftReasons}. */
  | keyof CustomCruftReasons;

/**
 * Cruft reasons of your own parsers and profiles: declare each as a key, and
 * {@link CruftReason} accepts it.
 *
 * @example
 * declare module 'news-scrape' {
 *   interface CustomCruftReasons { donate: true }
 * }
 *
 * @group Types
 */
export interface CustomCruftReasons {}

/**
 * A Hijri date as written: year, month 1..12, day, and the month name as it appears.
 *
 * @group Dates
 */
export interface HijriDate {
  /** The year as written, e.g. `1439` (AH; a Solar Hijri year for `calendar: 'persian'`). */
  year: number;
  /** The month, 1..12, e.g. `7` for Rajab. */
  month: number;
  /** The day of the month, e.g. `4`. */
  day: number;
  /** The month's name as the text writes it, epithet included, e.g. `"Rajab"`, `"Muharram al-Haram"`, `"دی"`. */
  monthName: string;
}

/**
 * The date a page shows in its chrome, e.g. "21 March 2018 - Wednesday - 4 Rajab 1439".
 *
 * @group Types
 */
export interface PageDate {
  /** The date as written, e.g. `"21 March 2018 - Wednesday - 4 Rajab 1439"`. */
  raw: string;
  /** The Gregorian day, `YYYY-MM-DD`, e.g. `"2018-03-21"`. */
  gregorian: string;
  /** The English weekday name as written, e.g. `"Wednesday"`; `null` when none is written. */
  weekday: string | null;
  /** The Hijri (or Solar Hijri) date beside it, e.g. `{ year: 1439, month: 7, day: 4, monthName: "Rajab" }`; `null` when only a Gregorian date is shown. */
  hijri: HijriDate | null;
  /**
   * The reckoning (ICU calendar id) that agrees best with the Gregorian date, e.g.
   * `"islamic-umalqura"`, or `"persian"` for a Solar Hijri date; `null` without `hijri`.
   */
  calendar: string | null;
  /** Stated Hijri date minus that reckoning's Hijri date for the Gregorian day, in days, e.g. `0` (they agree) or `-1`; `null` without `hijri`. */
  offsetDays: number | null;
}

/**
 * How precisely a timestamp was written.
 *
 * @group Types
 */
export type Precision = 'day' | 'minute' | 'second';

/**
 * Where a timestamp's zone came from, when it is known: an offset or abbreviation written with
 * it, the site profile, the `zone` option, or the page's metadata stating the same instant.
 *
 * @group Types
 */
export type ZoneSource = 'offset' | 'abbreviation' | 'profile' | 'option' | 'metadata';

/**
 * Where a date was read: the visible text, a `<meta>` element, JSON-LD, microdata, a `<time datetime>` or the URL path.
 *
 * @group Types
 */
export type DateSource = 'text' | 'meta' | 'json-ld' | 'microdata' | 'time-element' | 'url';

/**
 * When the article says it was published, e.g. "18 January 2017 22:52".
 *
 * @group Types
 */
export interface Published {
  /** The text it was read from, as written, e.g. `"Thu Jan 19, 2017 11:42:31"` (or the metadata value). */
  raw: string;
  /** Wall-clock time as written, `YYYY-MM-DDTHH:mm:ss` (missing parts are 00), e.g. `"2017-01-19T11:42:31"`. */
  local: string;
  /** How much was written: `"day"`, `"minute"` or `"second"`. */
  precision: Precision;
  /** IANA zone (or fixed offset such as `"UTC+03:00"`), e.g. `"Asia/Tehran"`; `null` when neither the text, the profile nor the `zone` option gives one. */
  zone: string | null;
  /** The instant, ISO with `Z`, e.g. `"2017-01-19T08:12:31Z"`; `null` exactly when `zone` is. */
  utc: string | null;
  /** Where `zone` came from; `null` when the zone is unknown. */
  zoneSource: ZoneSource | null;
  /** Where the date was read; absent means the visible text (`'text'` in the JSON). */
  source?: DateSource;
  /** `'updated'` when the line labels an update time ("Last updated: …"); absent for a publication time. */
  role?: 'updated';
  /**
   * Set when the date is not all stated by the text: a relative date ("5 hours ago")
   * resolved against the caller's reference date or the page date, a date read from
   * the URL path (`/2017/11/14/`), or, on a page that states only when it was updated, that
   * update time standing for the publication (`from: 'updated'`, the publication was no later).
   */
  implied?: {
    /** What the date was read against: the caller's `referenceDate`, the page date, the URL path, the update time, or a Hijri date's reckoning (`calendar`). */
    from: 'reference-date' | 'page-date' | 'url' | 'updated' | 'calendar';
    /** The date it was read against, e.g. `"2018-03-21"` (or the URL, or the update time as written). */
    reference: string;
  };
}

/**
 * Publishing counters in the chrome: "20/03/2018 (38) … Total: 135,520 content".
 *
 * @group Types
 */
export interface Archive {
  /** The daily counters in the order written, e.g. `[{ date: "2018-03-20", count: 38 }]`. */
  daily: {
    /** The day, `YYYY-MM-DD`, e.g. `"2018-03-20"`. */
    date: string;
    /** The number shown for it, e.g. `38`. */
    count: number;
  }[];
  /** The total shown ("Total: 135,520 content" gives `135520`); `null` when no total is written. */
  total: number | null;
}

/**
 * A machine-data blob found in the text: a PHP `string(N) "…"` dump or bare JSON.
 *
 * @group Types
 */
export interface Embedded {
  /** `"php-var-dump"` for `string(N) "…"`, `"json"` for a bare JSON array or object. */
  kind: 'php-var-dump' | 'json';
  /** N of `string(N)`, e.g. `27`; `null` for bare JSON. */
  declaredLength: number | null;
  /** The UTF-8 byte length of the payload as found, e.g. `27`. */
  byteLength: number;
  /** Whether the payload parsed and, for a dump, `declaredLength` equals `byteLength`; `false` comes with an `embedded-invalid` or `embedded-too-deep` warning. */
  valid: boolean;
  /** The parsed payload, e.g. `[{ id: "1912467", n: true }]`; `null` when it does not parse or nests too deep. */
  value: unknown;
}

/**
 * An attribution line and, where the text says, the role it plays.
 *
 * @group Types
 */
export interface Credit {
  /** The line as written, e.g. `"By Jane Doe"`, `"Alalam Syria"`, `"Source: Reuters"`. */
  text: string;
  /** What the line says it is: `"author"` (a byline), `"source"`, `"agency"` (a wire service) or `"site"` (the site's own desk); `null` when it does not say ("21st Century Wire says…"). */
  role: 'author' | 'source' | 'agency' | 'site' | null;
}

/**
 * Where a metadata value was read: `<meta>`, `<link>`, `<html lang>`, JSON-LD, microdata, a
 * `<time datetime>`, or a text scrape's line (`text`: the date a byline carries).
 *
 * @group HTML
 */
export type MetaSource = 'meta' | 'link' | 'html' | 'json-ld' | 'microdata' | 'time-element' | 'text';

/**
 * The article fields a page's metadata states (`siteName` fills `site.name`).
 *
 * @group HTML
 */
export type MetaTextField = 'title' | 'description' | 'language' | 'image' | 'canonicalUrl' | 'section' | 'siteName';

/**
 * A value the page states about itself in its markup, e.g. `og:description` or JSON-LD
 * `datePublished`: the field, where it was read (`source`, and `key`, the meta key or
 * JSON-LD property), and the value.
 *
 * @group HTML
 */
export type MetadataValue =
  | {
      /** The date field it states. */
      field: 'published' | 'updated';
      /** Where it was read, e.g. `"json-ld"`. */
      source: MetaSource;
      /** The meta key or JSON-LD property, e.g. `"datePublished"`. */
      key: string;
      /** The date, read as a timestamp. */
      date: Published;
    }
  | {
      /** The list field it states. */
      field: 'authors' | 'tags';
      /** Where it was read, e.g. `"meta"`. */
      source: MetaSource;
      /** The meta key or JSON-LD property, e.g. `"article:tag"`. */
      key: string;
      /** The names or tags, e.g. `["Jane Doe"]`. */
      list: string[];
    }
  | {
      /** The text field it states. */
      field: MetaTextField;
      /** Where it was read, e.g. `"meta"`. */
      source: MetaSource;
      /** The meta key or JSON-LD property, e.g. `"og:description"`. */
      key: string;
      /** The value, e.g. `"Water rose in the old city overnight."`. */
      text: string;
    };

/**
 * A stretch of site chrome removed from the article, and why.
 *
 * @example
 * parseArticle('Storm Hits Coast\n\nThe storm hit the coast.\n\nScroll Up').cruft[0]; // { text: 'Scroll Up', reason: 'navigation' }
 *
 * @group Types
 */
export interface Cruft {
  /** The line as written (whitespace-normalised), e.g. `"Scroll Up"`. */
  text: string;
  /** Why it is chrome, e.g. `"navigation"`; every reason is in {@link CruftReason}. */
  reason: CruftReason;
}

/**
 * The value a claim of each kind carries.
 *
 * @group Low level
 */
export interface ClaimValues {
  /** A site banner line. */
  site: {
    /** The site's name as written, e.g. `"Islamic Invitation Turkey"`. */
    name: string;
  };
  /** A social bar. */
  social: {
    /** The networks named, in order, e.g. `["Facebook", "Twitter"]`. */
    networks: string[];
  };
  /** The date the chrome shows. */
  'page-date': PageDate;
  /** Publishing counters. */
  archive: Archive;
  /** The headline. */
  title: {
    /** The headline without its labels, e.g. `"Floods in Mosul"`. */
    text: string;
    /** Its labels, e.g. `["VIDEO"]`. */
    labels: string[];
  };
  /** A publication (or, with `role: 'updated'`, update) time. */
  published: Published;
  /** An attribution line. */
  credit: Credit;
  /** An image or video caption. */
  caption: {
    /** The caption, e.g. `"Image: Russian aircraft over Deir ez-Zor"`. */
    text: string;
  };
  /** A body paragraph. */
  body: {
    /** The paragraph, whitespace-normalised. */
    text: string;
    /** Its kind on an HTML page; absent means `paragraph`. */
    kind?: ParagraphKind;
    /** Heading level 1–6, for a heading; `null` or absent otherwise. */
    level?: number | null;
    /** The table row's number, for a table cell; `null` or absent otherwise. */
    row?: number | null;
  };
  /** A machine-data blob. */
  embedded: Embedded;
  /** Site chrome. */
  cruft: Cruft;
  /**
   * A value read from the page's markup. Its span is where it was read (the `<meta>` element's
   * `content`, the JSON-LD script, the `datetime` attribute); metadata claims are not segments
   * and may overlap each other and the markup around blocks.
   */
  metadata: MetadataValue;
}

/**
 * The kinds a parser may claim (every segment kind but `blank`).
 *
 * @group Low level
 */
export type ClaimKind = keyof ClaimValues;

/**
 * A parser's statement that `[start, end)` of the input is a `kind`, with the value it read there.
 *
 * @group Low level
 */
export interface Claim<K extends ClaimKind = ClaimKind> {
  /** What the stretch is, e.g. `"title"`. */
  kind: K;
  /** Input offset where the claimed text starts. */
  start: number;
  /** Input offset just past it. */
  end: number;
  /** What the parser read there, e.g. `{ text: "Floods in Mosul", labels: ["VIDEO"] }` for a title. */
  value: ClaimValues[K];
  /** 0..1: how sure the parser is; resolvers prefer higher confidence within a kind. */
  confidence: number;
  /** The name of the parser that made the claim. */
  by: string;
}

/**
 * Any claim, as a union discriminated by `kind` (narrow with `claim.kind === 'title'`).
 *
 * @group Low level
 */
export type AnyClaim = { [K in ClaimKind]: Claim<K> }[ClaimKind];

/**
 * A line of text (or an HTML text block) with offsets into the original input.
 * `text` is a same-length folding of `source` (NBSP → space, Arabic-Indic and Persian
 * digits → ASCII) for matching; `source` keeps the characters for values; `at(i)` maps
 * an index in either to an input offset.
 *
 * @group Low level
 */
export interface Block {
  /** Index of this block among all blocks. */
  index: number;
  /** Input offset of the block's first character (after leading whitespace). */
  start: number;
  /** Input offset just past the block's last character (before trailing whitespace). */
  end: number;
  /** Folded text of the block for matching (same length as `source`), trimmed. */
  text: string;
  /** The block's text as written (HTML entities decoded), trimmed; values are read from it. */
  source: string;
  /** `clean(source)`, computed once: NFC, whitespace runs as one space — the text a value carries. */
  value: string;
  /** How many whitespace-separated words the block has (`wordCount(text)`), computed once. */
  words: number;
  /** Input offset of `text[i]`; `at(text.length)` is `end`. */
  at(i: number): number;
  /** Where an HTML block stands in the page; absent on text blocks. */
  html?: BlockHtml;
}

/**
 * What a body paragraph is in the page's structure; text scrapes give `paragraph`.
 *
 * @group Types
 */
export type ParagraphKind =
  | 'paragraph'
  | 'heading'
  | 'list-item'
  | 'quote'
  | 'preformatted'
  | 'table-cell'
  | 'caption';

/**
 * A body paragraph with its kind: `level` for a heading, `row` (the row's number in the page) for a table cell.
 *
 * @group Types
 */
export interface Paragraph {
  /** The paragraph, as in `body`. */
  text: string;
  /** What it is in the page's structure, e.g. `"heading"`; always `"paragraph"` for a text scrape. */
  kind: ParagraphKind;
  /** Heading level 1–6 for a heading, e.g. `2`; `null` otherwise. */
  level: number | null;
  /** Cells of one table row share this number (the `<tr>` element's index); `null` outside tables. */
  row: number | null;
}

/**
 * One element of an HTML page as the adapter saw it, with its parent, so a block's chain of
 * ancestors is `element`, `element.parent`, … up to `<html>`.
 *
 * @group HTML
 */
export interface HtmlElement {
  /** Position among the page's elements in document order (parents before children). */
  index: number;
  /** Lower-case tag name, e.g. `"div"`. */
  tag: string;
  /** The `id` attribute, or `""`. */
  id: string;
  /** The `class` attribute split on whitespace. */
  classes: readonly string[];
  /** The `role` attribute, lower-cased, or `null`. */
  role: string | null;
  /** The `itemprop` attribute, or `null`. */
  itemprop: string | null;
  /** Other attributes later stages read (`datetime`, `content`, `itemtype`, `href`…), when present. */
  attrs: Readonly<Record<string, string>>;
  /** Hidden by its own markup: `hidden`, `aria-hidden="true"` or an inline `display:none`/`visibility:hidden`. */
  hidden: boolean;
  /** The enclosing element; `null` for the outermost. */
  parent: HtmlElement | null;
  /** Number of ancestors. */
  depth: number;
  /** Input offset of the element's start tag. */
  start: number;
  /** Non-space characters of text inside the element (all descendants). */
  textChars: number;
  /** Of those, characters inside links (`<a>`). */
  linkChars: number;
}

/**
 * The DOM context of one HTML text block.
 *
 * @group HTML
 */
export interface BlockHtml {
  /** The innermost element around the block's first character. */
  element: HtmlElement;
  /** The nearest block-level element around the block (a `p`, `li`, `div`, `td`…). */
  container: HtmlElement;
  /** The block's kind from its nearest structural ancestor (`li` → list item, `h2` → heading…). */
  kind: ParagraphKind;
  /** Heading level 1–6 for a heading, else `null`. */
  level: number | null;
  /** The table row (`<tr>`) around a table cell, else `null`. */
  row: HtmlElement | null;
  /** Non-space characters of the block. */
  chars: number;
  /** Of those, characters inside links. */
  linkChars: number;
  /** Whether the block or an ancestor is hidden. */
  hidden: boolean;
}

/**
 * A `<meta>` element of the page: its key (`name`, `property`, `itemprop` or `http-equiv`, lower-cased) and `content`.
 *
 * @group HTML
 */
export interface HtmlMeta {
  /** The key, lower-cased, e.g. `"og:title"` or `"article:published_time"`. */
  key: string;
  /** The `content` attribute, e.g. `"Floods in Mosul"`. */
  content: string;
}

/**
 * An HTML page's structure and head, as read by the adapter.
 *
 * @group HTML
 */
export interface HtmlPage {
  /** Every element in document order; `elements[0]` is the outermost. */
  elements: readonly HtmlElement[];
  /** Every text block of the page (the parsers see the article's blocks in `ParseContext.blocks`). */
  blocks: readonly Block[];
  /** The text of `<title>`, whitespace-normalised, or `null`. */
  title: string | null;
  /** Where the text of `<title>` stands in the input, or `null`. */
  titleSpan: Span | null;
  /** The `<meta>` elements with a key and content, in order. */
  meta: readonly HtmlMeta[];
  /** `<link>` elements: `rel` (lower-cased) and `href`. */
  links: readonly {
    /** The `rel` attribute, lower-cased, e.g. `"canonical"`. */
    rel: string;
    /** The `href` attribute as written, e.g. `"https://example.com/a"`. */
    href: string;
  }[];
  /** The `lang` attribute of `<html>`, or `null`. */
  lang: string | null;
  /** The text of every `<script type="application/ld+json">`, with its input span. */
  jsonLd: readonly (Span & {
    /** The script's text, e.g. `'{"@type":"NewsArticle"}'`. */
    text: string;
  })[];
}

/**
 * Everything a parser sees: the input, its blocks, the chosen site profile and options.
 *
 * @group Low level
 */
export interface ParseContext {
  /** The exact string given to `parseArticle`; every offset points into it. */
  readonly input: string;
  /** The format being parsed (`'auto'` already decided). */
  readonly format: 'text' | 'html';
  /**
   * Non-blank blocks in order. On an HTML page these are the article's blocks (headline,
   * article header and main content); the rest is in `page.blocks`, cut by the `html-chrome` parser.
   */
  readonly blocks: readonly Block[];
  /** The HTML page's structure, head and content selection; `null` for text. */
  readonly page: PageContext | null;
  /** The page's URL from the options, e.g. `"https://en.alalam.ir/news/1912467"`; `null` when not given. */
  readonly url: string | null;
  /** The site profile chosen for this input; `null` when none matched (the generic path). */
  readonly profile: SiteProfile | null;
  /** The options with their defaults. */
  readonly options: Readonly<ResolvedOptions>;
  /** Records a warning; parsers call this instead of throwing. */
  warn(code: WarningCode, message: string, span?: Span): void;
}

/**
 * Why an HTML block is not article text: a reason code such as `navigation`, `comments` or `outside-article`.
 *
 * @group Types
 */
export type ChromeReason = CruftReason;

/**
 * An HTML page with its content selection: which blocks are the article and why the others are not.
 *
 * @group HTML
 */
export interface PageContext extends HtmlPage {
  /** For each of `blocks`, `null` when it is article text, else the reason it is cut. */
  cut: readonly (ChromeReason | null)[];
  /** Index into `blocks` of the headline, or -1. */
  headline: number;
  /** The element chosen as the article's content root, or `null` when the page has no clear one. */
  root: HtmlElement | null;
  /** For each of `ParseContext.blocks`, its index in `blocks`. */
  blockIndex: readonly number[];
}

/**
 * A named pure function from the context to claims; return `[]` when nothing matches.
 *
 * @group Customise
 */
export interface Parser {
  /** Unique name: `createParser({ disable: [name] })` switches it off, a parser of the same name replaces it. */
  name: string;
  /** Reads the context and returns claims (possibly overlapping); never throws. */
  parse(ctx: ParseContext): AnyClaim[];
}

/**
 * Decides which claims stand: receives all claims, returns the ones that remain.
 *
 * @group Customise
 */
export interface Resolver {
  /** Unique name, used to replace or switch it off. */
  name: string;
  /** Returns the claims that remain (it may drop claims, and may warn through `ctx.warn`). */
  resolve(claims: AnyClaim[], ctx: ParseContext): AnyClaim[];
}

/**
 * A line of site chrome: its text, where it appears, and the reason reported when it is removed.
 *
 * @group Customise
 */
export interface ChromeLine {
  /** The line, whitespace-normalised. */
  text: string;
  /** Where the line may stand: among the first blocks, the last blocks, or anywhere. @default 'any' */
  where?: 'head' | 'tail' | 'any';
  /** The cruft reason to report. @default 'site-chrome' */
  reason?: CruftReason;
}

/**
 * A site preset: identification, default zone, and extra or disabled parsers.
 *
 * @group Customise
 */
export interface SiteProfile {
  /** Kebab-case id, e.g. `"alalam"`. */
  id: string;
  /** Display name as the site writes it, e.g. `"Alalam"`. */
  name: string;
  /** URL hosts (without `www.`) that belong to this site. */
  hosts?: readonly string[];
  /** Patterns whose presence in the text identifies the site when no URL is given. */
  fingerprints?: readonly RegExp[];
  /** IANA zone for timestamps that state none, e.g. `"Asia/Tehran"`. */
  zone?: string;
  /** Lines (whole, trimmed) that are this site's chrome, with the reason to report. */
  cruft?: readonly {
    /** A linear-time pattern for the whole trimmed line, e.g. `/^Support us\b.{0,80}$/i`. */
    pattern: RegExp;
    /** The reason to report, e.g. `"promo"`. */
    reason: CruftReason;
  }[];
  /**
   * Exact lines that are this site's chrome (compared after whitespace clean-up, ignoring
   * case), e.g. learned from a corpus by `learnSiteChrome`; `where` limits a line to the
   * scrape's head or tail. Plain JSON, so a learned profile can be saved and edited.
   */
  chrome?: readonly ChromeLine[];
  /** Lines (whole, trimmed) that are attribution lines on this site. */
  credits?: readonly RegExp[];
  /** Extra parsers that run only for this site (same name replaces a default one). */
  parsers?: readonly Parser[];
  /** Names of default parsers this site switches off. */
  disable?: readonly string[];
  /** How to read an ambiguous numeric date such as 03/04/2017 on this site. */
  dateOrder?: 'dmy' | 'mdy';
}

/**
 * Options accepted by {@link parseArticle}; every field is optional.
 *
 * @group Parse
 */
export interface ParseOptions {
  /** Caller's id, copied to the article. @default null */
  id?: string | null;
  /** The page's URL: picks the site profile and is copied to the article. @default null */
  url?: string | null;
  /** `'auto'` detects HTML by its tags. @default 'auto' */
  format?: 'auto' | 'text' | 'html';
  /** IANA zone for timestamps when neither the text nor the profile gives one. @default null */
  zone?: string | null;
  /** A profile id, a profile object, or `false` for none; by default it is detected. */
  profile?: string | SiteProfile | false;
  /** Reference date (`YYYY-MM-DD` or ISO) for relative or year-less dates; never `Date.now()`. @default null */
  referenceDate?: string | null;
  /** A title hint, e.g. the page's HTML `<title>`: the line that matches it is the headline. @default null */
  titleHint?: string | null;
  /**
   * On an HTML page, `'article'` parses the article the page's structure points to (chrome is
   * cut with a reason); `'page'` parses every text block of the page, as a text scrape's lines.
   * @default 'article'
   */
  content?: 'article' | 'page';
}

/**
 * Options after defaults are applied.
 *
 * @group Low level
 */
export interface ResolvedOptions {
  /** {@inheritDoc ParseOptions.id} */
  id: string | null;
  /** {@inheritDoc ParseOptions.url} */
  url: string | null;
  /** {@inheritDoc ParseOptions.format} */
  format: 'auto' | 'text' | 'html';
  /** {@inheritDoc ParseOptions.zone} */
  zone: string | null;
  /** {@inheritDoc ParseOptions.referenceDate} */
  referenceDate: string | null;
  /** {@inheritDoc ParseOptions.titleHint} */
  titleHint: string | null;
  /** {@inheritDoc ParseOptions.content} */
  content: 'article' | 'page';
}

/**
 * A contiguous stretch of the input and its kind; segments partition the input.
 *
 * @group Types
 */
export interface Segment extends Span {
  /** What the stretch is, e.g. `"title"`, `"body"`, `"cruft"` or `"blank"` (whitespace between blocks). */
  kind: SegmentKind;
}

/**
 * The typed result of {@link parseArticle}: the contract's fields plus the claims behind them.
 *
 * @group Parse
 */
export interface Article {
  /** The caller's id, copied from the options, e.g. `"row-17"` (the command line gives the file stem or `--id-field`); `null` when not given. */
  id: string | null;
  /** The page's URL, copied from the options, e.g. `"https://en.alalam.ir/news/1912467"`; `null` when not given. */
  url: string | null;
  /** The site: its profile id and name, and the social networks its chrome links to. */
  site: {
    /** The profile id, kebab-case, e.g. `"alalam"`; `null` when no profile matched. */
    id: string | null;
    /** The site's name as it writes it, e.g. `"Alalam"` (from the profile, else `og:site_name` or the JSON-LD publisher); `null` when none is known. */
    name: string | null;
    /** Social networks named in the chrome, in order, e.g. `["Facebook", "Twitter", "Youtube"]`; `[]` when none. */
    social: string[];
  };
  /** `rel=canonical` or `og:url`, absolute, e.g. `"https://example.com/2019/11/19/bridge"`; `null` for text scrapes and pages that state none. */
  canonicalUrl: string | null;
  /** BCP 47 tag from `<html lang>`, `og:locale`, JSON-LD `inLanguage` or Content-Language, e.g. `"en-US"`; `null` when the page states none. */
  language: string | null;
  /** The page's own summary (meta description, `og:description`, JSON-LD `description`), e.g. `"The bridge reopened on Tuesday."`; `null` when the page states none. */
  description: string | null;
  /** The lead image URL, absolute (`og:image`, JSON-LD `image`), e.g. `"https://example.com/img/bridge.jpg"`; `null` when the page states none. */
  image: string | null;
  /** `article:section` or JSON-LD `articleSection`, e.g. `"World"`; `null` when the page states none. */
  section: string | null;
  /** `article:tag`, `keywords`, `news_keywords`, JSON-LD `keywords`: trimmed, de-duplicated, in order, e.g. `["Floods", "Iraq"]`; `[]` when none. */
  tags: string[];
  /** The headline without its labels, e.g. `"ISIS Huge Reinforcement After Severe Losses in Deir Ezzor"`; `null` when the scrape has no headline line. */
  title: string | null;
  /** Headline prefixes, upper case without the colon, e.g. `["VIDEO"]`; `[]` when none. */
  labels: string[];
  /** When the article says it was published, e.g. `{ raw: "Thu Jan 19, 2017 11:42:31", local: "2017-01-19T11:42:31", zone: "Asia/Tehran", … }`; `null` when no date is stated (in the text, the metadata or the URL path). */
  published: Published | null;
  /** The update time: an "Updated: …" line, else the metadata's modification time; same form as `published`; `null` when none is stated. */
  updated: Published | null;
  /** The date the page shows in its chrome, e.g. `{ gregorian: "2018-03-21", weekday: "Wednesday", hijri: { year: 1439, … } }`; `null` when it shows none. */
  pageDate: PageDate | null;
  /** Publishing counters in the chrome, e.g. `{ daily: [{ date: "2018-03-20", count: 38 }], total: 135520 }`; `null` when there are none. */
  archive: Archive | null;
  /** Attribution lines with their role, e.g. `[{ text: "Alalam Syria", role: "site" }]`; `[]` when none. */
  credits: Credit[];
  /** The people or bodies credited as authors, names only ("Jane Doe", no "By"): from bylines, then metadata; `[]` when none. */
  authors: string[];
  /** Image and video captions and embed titles that are not article prose, e.g. `["Image: Russian aircraft over Deir ez-Zor"]`; `[]` when none. */
  captions: string[];
  /** The article's paragraphs in order, whitespace-normalised (NBSP → space, runs → one space, trimmed); `[]` when there is no prose. */
  body: string[];
  /** The body paragraphs with their kind (heading, list item, quote…), parallel to `body`; not in the JSON. */
  paragraphs: Paragraph[];
  /** Machine-data blobs found in the text, e.g. a PHP `string(27) "[…]"` dump, parsed and checked; `[]` when none. */
  embedded: Embedded[];
  /** Everything removed as site chrome, in input order, each with its reason, e.g. `[{ text: "Scroll Up", reason: "navigation" }]`; `[]` when nothing was removed. */
  cruft: Cruft[];
  /** A lossless partition of the input: contiguous, from 0 to `input.length`, e.g. `[{ kind: "title", start: 0, end: 64 }, { kind: "blank", start: 64, end: 66 }, …]`. */
  segments: Segment[];
  /** What is odd about the input, e.g. `[{ code: "weekday-mismatch", message: "2018-03-21 is not a Tuesday.", start: 0, end: 38 }]`; `[]` when nothing is. */
  warnings: Warning[];
  /** The claims that stood after resolution, in input order (spans, confidence, parser names). */
  claims: AnyClaim[];
  /** The input format that was parsed: `"text"`, or `"html"` (given, or detected by `format: 'auto'`). */
  format: 'text' | 'html';
}

/**
 * A date in the JSON form (contract version 2): `published` and `updated`.
 *
 * @group Types
 */
export interface DateJSON {
  /** {@inheritDoc Published.raw} */
  raw: string;
  /** {@inheritDoc Published.local} */
  local: string;
  /** {@inheritDoc Published.precision} */
  precision: Precision;
  /** {@inheritDoc Published.zone} */
  zone: string | null;
  /** {@inheritDoc Published.utc} */
  utc: string | null;
  /** Where the date was read, e.g. `"text"` (the visible text) or `"json-ld"`. */
  source: DateSource;
  /** How the zone was known, e.g. `"offset"` or `"profile"`; `null` when it is not. */
  zoneSource: string | null;
  /** What a relative or URL date was read against, e.g. `{ from: "reference-date", reference: "2018-03-21" }`; `null` when the date is all stated. */
  implied: null | {
    /** `"reference-date"`, `"page-date"` or `"url"`. */
    from: string;
    /** The date (or URL) it was read against, e.g. `"2018-03-21"`. */
    reference: string;
  };
}

/**
 * The exact JSON form of an article, as fixed by the contract, version 2 (see `toJSON`).
 *
 * @group Parse
 */
export interface ArticleJSON {
  /** {@inheritDoc Article.id} */
  id: string | null;
  /** {@inheritDoc Article.url} */
  url: string | null;
  /** {@inheritDoc Article.site} */
  site: {
    /** {@inheritDoc Article.site.id} */
    id: string | null;
    /** {@inheritDoc Article.site.name} */
    name: string | null;
    /** {@inheritDoc Article.site.social} */
    social: string[];
  };
  /** {@inheritDoc Article.canonicalUrl} */
  canonicalUrl: string | null;
  /** {@inheritDoc Article.language} */
  language: string | null;
  /** {@inheritDoc Article.description} */
  description: string | null;
  /** {@inheritDoc Article.image} */
  image: string | null;
  /** {@inheritDoc Article.section} */
  section: string | null;
  /** {@inheritDoc Article.tags} */
  tags: string[];
  /** {@inheritDoc Article.title} */
  title: string | null;
  /** {@inheritDoc Article.labels} */
  labels: string[];
  /** {@inheritDoc Article.published} */
  published: DateJSON | null;
  /** {@inheritDoc Article.updated} */
  updated: DateJSON | null;
  /** {@inheritDoc Article.pageDate} */
  pageDate: PageDate | null;
  /** {@inheritDoc Article.archive} */
  archive: Archive | null;
  /** {@inheritDoc Article.credits} */
  credits: Credit[];
  /** {@inheritDoc Article.authors} */
  authors: string[];
  /** {@inheritDoc Article.captions} */
  captions: string[];
  /** {@inheritDoc Article.body} */
  body: string[];
  /** {@inheritDoc Article.embedded} */
  embedded: Embedded[];
  /** {@inheritDoc Article.cruft} */
  cruft: Cruft[];
  /** {@inheritDoc Article.segments} */
  segments: Segment[];
  /** {@inheritDoc Article.warnings} */
  warnings: Warning[];
}
