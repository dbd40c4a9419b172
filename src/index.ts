/**
 * news-scrape: turns news-site scrapes (text or HTML) into clean, typed, auditable
 * {@link Article} records whose segments partition the input losslessly.
 *
 * @example
 * import { parseArticle, toJSON } from 'news-scrape';
 * const article = parseArticle('VIDEO: Floods in Mosul\n\nThu Jan 19, 2017 11:42:31\n\nWater rose overnight.', { id: '000' });
 * article.title; // 'Floods in Mosul'
 * article.published?.local; // '2017-01-19T11:42:31'
 * toJSON(article).labels; // ['VIDEO']
 *
 * @module
 */
export { createParser, parseArticle, runParser } from './pipeline.js';
export type { ArticleParser, ParserConfig } from './pipeline.js';
export { toJSON } from './json.js';
export { createContext } from './context.js';
export { assemble, segmentsOf } from './assemble.js';
export type { Piece } from './assemble.js';
export { UnknownProfileError } from './errors.js';
export { clean, fold } from './text.js';
export { matchScore, slugWords, words } from './slug.js';
export { textBlocks } from './input/text.js';
export { htmlBlocks, htmlPage, looksLikeHtml } from './input/html.js';
export { charsetOf, decodeHtml, PRESCAN_BYTES } from './input/charset.js';
export type { CharsetSource, DecodedHtml } from './input/charset.js';
export { ARTICLE_HEADER, LINK_LIST, OUTSIDE_ARTICLE, SOFT_CUTS, chromeReason, isContentElement, proseMass, selectContent } from './html/content.js';
export type { ContentSelection } from './html/content.js';
export { attributeWords } from './html/words.js';
export { readPage } from './context.js';
export * from './parsers/index.js';
export { defaultParsers } from './parsers/index.js';
export { bylineCreditResolver, consistencyResolver, htmlHeaderResolver, defaultResolvers, overlapsResolver, siteBannerResolver, titlePositionResolver } from './resolve/index.js';
export { CHROME_KINDS } from './resolve/blocks.js';
export { alalam, defaultProfiles, islamicInvitationTurkey, twentyFirstCenturyWire } from './profiles/index.js';
export { publishedFromUrl, readPublished } from './parsers/published.js';
export { findPageDates, readPageDate } from './parsers/page-date.js';
export type { PageDateIssue, PageDateMatch } from './parsers/page-date.js';
export { findArchives, readArchive } from './parsers/archive.js';
export type { ArchiveIssue, ArchiveMatch, DateOrder } from './parsers/archive.js';
export { crossCheck, gregorianOf, HIJRI_CALENDARS, hijriOf } from './dates/hijri.js';
export type { HijriCalendar, HijriCheck, HijriDay } from './dates/hijri.js';
export { readSocial } from './parsers/social.js';
export { isHeadlineShaped, splitLabels } from './parsers/title.js';
export { readCredit } from './parsers/credits.js';
export { addNames, bylineNames, metadataNames, splitNames } from './parsers/authors.js';
export { decodeEntities, readJsonLd, MAX_JSON_LD_DEPTH, MAX_JSON_LD_LENGTH } from './html/json-ld.js';
export type { JsonLdRead } from './html/json-ld.js';
export { absoluteUrl, languageTag, metaDate, splitTags } from './html/metadata.js';
export { chosenAuthors, organizationOnly, metadataResolver, withinADay } from './html/metadata-resolver.js';
export { readCaption } from './parsers/captions.js';
export { readCruft } from './parsers/cruft.js';
export { findVarDumps, jsonDepth, MAX_JSON_DEPTH, readJsonBlob } from './parsers/embedded.js';
export type { FoundDump } from './parsers/embedded.js';
export type * from './types.js';
export * from './learn/index.js';
export { toMarkdown } from './markdown.js';
