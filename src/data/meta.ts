import type { MetaTextField } from '../types.js';

/** The article fields a `<meta>` element can give. */
export type MetaKeyField = MetaTextField | 'published' | 'updated' | 'authors' | 'tags';

/**
 * Which `<meta>` keys (`name`, `property` or `http-equiv`, lower-cased) give which field.
 * Within a field, a key higher in this table wins over a lower one. Adding a key is one line.
 */
export const META_KEYS: readonly { key: string; field: MetaKeyField }[] = [
  // Publication time.
  { key: 'article:published_time', field: 'published' },
  { key: 'og:article:published_time', field: 'published' },
  { key: 'article:published', field: 'published' },
  { key: 'parsely-pub-date', field: 'published' },
  { key: 'sailthru.date', field: 'published' },
  { key: 'dcterms.created', field: 'published' },
  { key: 'dcterms.issued', field: 'published' },
  { key: 'dcterms.date', field: 'published' },
  { key: 'dc.date.issued', field: 'published' },
  { key: 'dc.date.created', field: 'published' },
  { key: 'dc.date', field: 'published' },
  { key: 'citation_publication_date', field: 'published' },
  { key: 'pubdate', field: 'published' },
  { key: 'publishdate', field: 'published' },
  { key: 'publish-date', field: 'published' },
  { key: 'publish_date', field: 'published' },
  { key: 'original-publish-date', field: 'published' },
  // Site platforms' own keys, each seen on two sites or more: Dow Jones (wsj.com, barrons.com),
  // Advance Local (cleveland.com, nj.com, oregonlive.com), Cxense (npr.org, today.com,
  // nbcnews.com), Future (space.com, livescience.com), Swiftype (indiewire.com,
  // rollingstone.com, act.org), Endeavor (bdcnetwork.com, securityinfowatch.com).
  { key: 'article.published', field: 'published' },
  { key: 'article_date_original', field: 'published' },
  { key: 'cxenseparse:publishtime', field: 'published' },
  { key: 'pub_date', field: 'published' },
  { key: 'published_at', field: 'published' },
  { key: 'date-pub', field: 'published' },
  // splunk.com, sam.bossley.com, utne.com, dealbreaker.com, practicalhorsemanmag.com.
  { key: 'published', field: 'published' },
  // itbrief.news, entrepreneurshq.com, accessibleai.dev.
  { key: 'og:publish_date', field: 'published' },
  // Highwire Press: arxiv.org, mhealth.jmir.org (beside `citation_publication_date`).
  { key: 'citation_date', field: 'published' },
  { key: 'date', field: 'published' },
  // Update time.
  { key: 'article:modified_time', field: 'updated' },
  { key: 'og:updated_time', field: 'updated' },
  { key: 'article:modified', field: 'updated' },
  { key: 'dcterms.modified', field: 'updated' },
  { key: 'dc.date.modified', field: 'updated' },
  { key: 'lastmod', field: 'updated' },
  { key: 'last-modified', field: 'updated' },
  { key: 'article.updated', field: 'updated' },
  { key: 'article_date_updated', field: 'updated' },
  // webpronews.com, cctvcameraworld.com, reuters.com; Dow Jones (wsj.com, barrons.com).
  { key: 'og:article:modified_time', field: 'updated' },
  { key: 'datelastpubbed', field: 'updated' },
  // Authors.
  { key: 'author', field: 'authors' },
  { key: 'article:author', field: 'authors' },
  { key: 'parsely-author', field: 'authors' },
  { key: 'sailthru.author', field: 'authors' },
  { key: 'dc.creator', field: 'authors' },
  { key: 'dcterms.creator', field: 'authors' },
  { key: 'byl', field: 'authors' },
  { key: 'citation_author', field: 'authors' },
  { key: 'twitter:creator', field: 'authors' },
  // Summary.
  { key: 'description', field: 'description' },
  { key: 'og:description', field: 'description' },
  { key: 'twitter:description', field: 'description' },
  { key: 'dc.description', field: 'description' },
  { key: 'dcterms.description', field: 'description' },
  // Lead image.
  { key: 'og:image', field: 'image' },
  { key: 'og:image:url', field: 'image' },
  { key: 'og:image:secure_url', field: 'image' },
  { key: 'twitter:image', field: 'image' },
  { key: 'twitter:image:src', field: 'image' },
  { key: 'parsely-image-url', field: 'image' },
  { key: 'sailthru.image.full', field: 'image' },
  // Section and tags.
  { key: 'article:section', field: 'section' },
  { key: 'parsely-section', field: 'section' },
  { key: 'section', field: 'section' },
  { key: 'article:tag', field: 'tags' },
  { key: 'news_keywords', field: 'tags' },
  { key: 'keywords', field: 'tags' },
  { key: 'parsely-tags', field: 'tags' },
  { key: 'sailthru.tags', field: 'tags' },
  { key: 'dc.subject', field: 'tags' },
  // The page: canonical URL, language, site name, headline.
  { key: 'og:url', field: 'canonicalUrl' },
  { key: 'parsely-link', field: 'canonicalUrl' },
  { key: 'og:locale', field: 'language' },
  { key: 'content-language', field: 'language' },
  { key: 'dc.language', field: 'language' },
  { key: 'og:site_name', field: 'siteName' },
  { key: 'application-name', field: 'siteName' },
  { key: 'og:title', field: 'title' },
  { key: 'twitter:title', field: 'title' },
  { key: 'parsely-title', field: 'title' },
  { key: 'sailthru.title', field: 'title' },
  { key: 'dc.title', field: 'title' },
  { key: 'headline', field: 'title' },
];

/**
 * Words of a `<meta>` key outside {@link META_KEYS} that make it a publication or update time,
 * with one of {@link DATE_KEY_WORDS}: `w-published-date`, `og:published_time`,
 * `shareaholic:article_published_time`, `modified-date`. On the development pages the
 * publication keys so read agree with the article's date on nine sites of nine, once the one
 * that states a publication time after the page's update time (a build time) is dropped.
 */
export const DATE_KEY_FIELDS: Readonly<Record<string, 'published' | 'updated'>> = {
  publish: 'published',
  published: 'published',
  publication: 'published',
  modified: 'updated',
  updated: 'updated',
};

/** Words of a `<meta>` key that say its value is a time: `published-date`, `og:modified_time`. */
export const DATE_KEY_WORDS: ReadonlySet<string> = new Set(['date', 'time', 'datetime', 'timestamp']);

/** Keys of one word that the words of {@link DATE_KEY_FIELDS} and {@link DATE_KEY_WORDS} make: `og:datePublished` lower-cased. */
export const DATE_KEY_COMPOUNDS: Readonly<Record<string, 'published' | 'updated'>> = {
  datepublished: 'published',
  publisheddate: 'published',
  publishdate: 'published',
  publicationdate: 'published',
  publishtime: 'published',
  publishedtime: 'published',
  datemodified: 'updated',
  modifieddate: 'updated',
  updateddate: 'updated',
  dateupdated: 'updated',
};

/** Words that make a date key some other time: when the page expires (`article:expiration_time`), a copyright, an event's dates. */
export const NOT_DATE_KEY_WORDS: ReadonlySet<string> = new Set([
  'expiration', 'expires', 'expiry', 'expire', 'copyright', 'embargo', 'event', 'start', 'end', 'valid', 'birth', 'death',
]);

/** Words that make a publication key the latest publication, an update time: `lastPublishedDate`. */
export const LATEST_KEY_WORDS: ReadonlySet<string> = new Set(['last', 'latest']);

/**
 * `<meta>` keys whose value is a social account: a handle has no space, so a value without one
 * ("shopwithselect", "Reolink", "@TodayShow") is an account, never a person's name.
 */
export const HANDLE_KEYS: ReadonlySet<string> = new Set(['twitter:creator']);

/**
 * Labels of a Twitter card's labelled pair (`twitter:label1` "Written by", `twitter:data1` "Jane
 * Doe") whose value names the article's author: SEO plugins (Yoast) and site builders write it
 * on 198 WCXB development sites (e.g. scratchculinary.com, tastewise.io, oneuptime.com), and its
 * name is the gold author on 185 of those 203 pages.
 */
export const CARD_AUTHOR_LABELS: ReadonlySet<string> = new Set(['written by']);

/** Fields whose `<meta>` value is a list: tags split on commas (and semicolons), authors on commas and "and". */
export const META_LIST_FIELDS: ReadonlySet<MetaKeyField> = new Set(['tags', 'authors']);

/** `<link rel>` values that give the canonical URL. */
export const CANONICAL_RELS: ReadonlySet<string> = new Set(['canonical']);

/**
 * JSON-LD `@type`s of an article, strongest first: the publication and update time, headline,
 * authors and the rest are read from the first of these a page has. `WebPage` and its kin are
 * a weak fallback, read only when no article type is there.
 */
export const ARTICLE_TYPES: readonly string[] = [
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'LiveBlogPosting',
  'Article',
  'BlogPosting',
  'SocialMediaPosting',
  'TechArticle',
  'ScholarlyArticle',
  'Report',
  'SatiricalArticle',
  'Review',
  // A fact-checker's page is its ClaimReview (schema.org; Google's fact-check markup).
  'ClaimReview',
  'VideoObject',
  'Recipe',
];

/** JSON-LD `@type`s (lower-cased) of an organization, whose name as an article's `author` is a fallback to a person's (schema.org's Organization and its common subtypes). */
export const ORGANIZATION_TYPES: ReadonlySet<string> = new Set([
  'organization',
  'newsmediaorganization',
  'corporation',
  'educationalorganization',
  'governmentorganization',
  'medicalorganization',
  'ngo',
  'onlinebusiness',
  'localbusiness',
  'researchorganization',
]);

/** Weak fallbacks: a page that describes itself but not as an article (schema.org's WebPage and its subtypes for pages of content). */
export const PAGE_TYPES: readonly string[] = ['WebPage', 'ItemPage', 'AboutPage', 'CollectionPage', 'MedicalWebPage', 'FAQPage', 'QAPage'];

/** Names that are no author: placeholders some sites put in `author`. */
export const NOT_AUTHORS: ReadonlySet<string> = new Set([
  'admin', 'administrator', 'staff', 'editor', 'editors', 'editorial', 'editorial staff', 'guest', 'unknown', 'anonymous', 'null', 'none', 'undefined',
]);

/**
 * Class and id words of an element that holds the article's byline (`class="byline"`,
 * `author-name`, `post-author`); a value with one of {@link NOT_BYLINE_WORDS} is no byline.
 */
export const BYLINE_WORDS: ReadonlySet<string> = new Set(['byline', 'author', 'authors', 'byl', 'writer', 'contributor']);

/**
 * Class and id words of an element that holds the article's publication date
 * (`Author_publicationTime`, `post__meta-published-time`, `blog-pubdate`, `dt-published`); a
 * two-word entry needs both words in one value. On the development pages the first such
 * element's date agrees with the article's on 25 pages of 31, on 28 sites.
 */
export const PUBLISHED_DATE_WORDS: readonly string[] = [
  'published', 'publication', 'pubdate', 'publishdate', 'publisheddate', 'publicationdate', 'datepublished', 'publish date', 'publish time',
];

/**
 * Class and id words of an element inside a headline that prints the page's date, as two sites
 * of the WCXB development pages do (`<span class="title-date">/ Dec 2025</span>`, a `<time
 * class="m-date">`): with `<time>`, its text is not the headline's.
 */
export const HEADLINE_DATE_WORDS: readonly string[] = ['date'];

/**
 * Path segments of a link to an author's page (`/author/jane-doe`, `/authors/jane-doe/`,
 * `/contributors/jane-doe`, `/team/jane-doe`): a link so addressed whose text is a name is a
 * byline. On the WCXB development pages the gold author is such a link's text on 125 sites
 * (`author`), 16 (`authors`), 5 (`contributors`), 4 (`contributor`) and 3 (`team`:
 * halomentalhealth.com, yoast.com, cellarbeastwine.com; no site links another name there).
 */
export const AUTHOR_PATH_SEGMENTS: ReadonlySet<string> = new Set(['author', 'authors', 'contributor', 'contributors', 'team']);

/** Words that make an author-ish class something else: a comment's author, a bio box, an avatar. */
export const NOT_BYLINE_WORDS: ReadonlySet<string> = new Set([
  'comment', 'comments', 'bio', 'box', 'avatar', 'image', 'img', 'photo', 'pic', 'picture', 'description', 'about', 'social', 'follow', 'more', 'other', 'related', 'label',
]);
