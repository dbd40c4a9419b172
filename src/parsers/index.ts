import type { Parser } from '../types.js';
import { archiveParser } from './archive.js';
import { bodyParser } from './body.js';
import { bylineDateParser } from './byline-date.js';
import { captionsParser } from './captions.js';
import { creditsParser } from './credits.js';
import { cruftParser } from './cruft.js';
import { embeddedParser } from './embedded.js';
import { pageDateParser } from './page-date.js';
import { publishedParser } from './published.js';
import { siteParser } from './site.js';
import { socialParser } from './social.js';
import { titleParser } from './title.js';
import { htmlChromeParser } from '../html/chrome-parser.js';
import { htmlHeadlineParser } from '../html/headline-parser.js';
import { htmlCaptionsParser } from '../html/caption-parser.js';
import { htmlTitleParser } from '../html/title-parser.js';
import { htmlMetaParser } from '../html/meta-parser.js';
import { htmlJsonLdParser } from '../html/json-ld-parser.js';
import { htmlMicrodataParser, htmlTimeParser } from '../html/microdata-parser.js';
import { htmlBylineParser } from '../html/byline-parser.js';
import { htmlDatelineParser } from '../html/dateline-parser.js';

/**
 * The default parsers, one line each; order does not decide anything (resolvers do).
 *
 * @group Customise
 */
export const defaultParsers: readonly Parser[] = [
  siteParser,
  socialParser,
  pageDateParser,
  archiveParser,
  publishedParser,
  bylineDateParser,
  titleParser,
  creditsParser,
  captionsParser,
  embeddedParser,
  cruftParser,
  bodyParser,
  htmlChromeParser,
  htmlHeadlineParser,
  htmlCaptionsParser,
  htmlTitleParser,
  htmlMetaParser,
  htmlJsonLdParser,
  htmlMicrodataParser,
  htmlTimeParser,
  htmlBylineParser,
  htmlDatelineParser,
];

export {
  htmlMetaParser,
  htmlJsonLdParser,
  htmlMicrodataParser,
  htmlTimeParser,
  htmlBylineParser,
  htmlDatelineParser,
  htmlCaptionsParser,
  htmlTitleParser,
  htmlChromeParser,
  htmlHeadlineParser,
  archiveParser,
  bodyParser,
  bylineDateParser,
  captionsParser,
  creditsParser,
  cruftParser,
  embeddedParser,
  pageDateParser,
  publishedParser,
  siteParser,
  socialParser,
  titleParser,
};
