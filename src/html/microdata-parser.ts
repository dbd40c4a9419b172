import { ARTICLE_TYPES, PAGE_TYPES } from '../data/meta.js';
import { bylineNames, metadataNames } from '../parsers/authors.js';
import { firstBlockEndingAfter, textIndex } from '../resolve/blocks.js';
import { clean } from '../text.js';
import type { AnyClaim, HtmlElement, MetadataValue, PageContext, Parser } from '../types.js';
import { headerBlocks } from './header.js';
import { absoluteUrl, attributeSpan, metaDate, metadataClaim, splitTags } from './metadata.js';

/**
 * Item types whose properties are the article's (an `itemprop` outside any item counts too).
 * `Blog` too: theme frameworks put it on `<body>`, and a post's page whose article is no item
 * of its own states its dates and author as the blog's.
 */
const ARTICLE_ITEMS: ReadonlySet<string> = new Set([...ARTICLE_TYPES, ...PAGE_TYPES, 'Blog'].map((t) => t.toLowerCase()));
const TYPE_PREFIX = /^https?:\/\/schema\.org\//i;
/** At most this many blocks are read for one element's text. */
const MAX_TEXT_BLOCKS = 4;
const MAX_TEXT = 300;
/** A `<time>` is the article's when the first block after it is an article block within this many characters. */
const MAX_TIME_GAP = 2000;
/** Class or id words of a `<time>` (or its parent) that mark an update time. */
const UPDATED_WORDS = /(?:^|[^a-z])(?:updated?|modified|last-?mod)/i;

/**
 * Cut reasons of an article's own footer inside its `<article>` element: the share bar, tags,
 * date and author that close a post (`<footer class="article-footer">`, `post-share`).
 */
const ARTICLE_FOOTER_CUTS: ReadonlySet<string> = new Set(['footer', 'share']);

/** Elements inside an author item searched for its `name`. */
const MAX_NAME_SEARCH = 200;
/** Ancestors climbed at most, so a page of 100k nested items stays linear. */
const MAX_CLIMB = 64;

/** Whether `el` is `ancestor` or inside it (within {@link MAX_CLIMB} levels). */
function within(el: HtmlElement | null, ancestor: HtmlElement): boolean {
  if (el === null || el.depth - ancestor.depth > MAX_CLIMB) return false;
  for (let e: HtmlElement | null = el; e !== null && e.depth >= ancestor.depth; e = e.parent) if (e === ancestor) return true;
  return false;
}

/** The item an element's property belongs to: its nearest ancestor with `itemscope` (within {@link MAX_CLIMB} levels). */
function itemOf(el: HtmlElement): HtmlElement | null {
  let climbed = 0;
  for (let e = el.parent; e !== null && climbed < MAX_CLIMB; e = e.parent, climbed++)
    if (e.attrs['itemscope'] !== undefined || e.attrs['itemtype'] !== undefined) return e;
  return null;
}

/** The nearest `<article>` element around `el` or `el` itself (within {@link MAX_CLIMB} levels), or `null`. */
function articleAround(el: HtmlElement | null): HtmlElement | null {
  let climbed = 0;
  for (let e = el; e !== null && climbed <= MAX_CLIMB; e = e.parent, climbed++) if (e.tag === 'article') return e;
  return null;
}

/** Whether a property belongs to the article: outside any item, or in an article (or page) item. */
function ofArticle(el: HtmlElement): boolean {
  const item = itemOf(el);
  if (item === null) return true;
  const type = item.attrs['itemtype'];
  if (type === undefined) return false;
  return type.split(/\s+/).some((t) => ARTICLE_ITEMS.has(t.replace(TYPE_PREFIX, '').toLowerCase()));
}

/**
 * The visible text inside an element: from where it starts in its block to the block's end
 * when it starts inside a block ("By <span>Jane Doe</span>"), else the blocks whose first
 * character is inside it.
 */
function textOf(page: PageContext, el: HtmlElement): string {
  const i = firstBlockEndingAfter(page.blocks, el.start);
  const first = page.blocks[i];
  if (first !== undefined && first.start < el.start) return clean(first.source.slice(textIndex(first, el.start))).slice(0, MAX_TEXT);
  const parts: string[] = [];
  for (let k = i; k < page.blocks.length && parts.length < MAX_TEXT_BLOCKS; k++) {
    const b = page.blocks[k]!;
    if (!b.html || !within(b.html.element, el)) break;
    parts.push(b.value);
  }
  return clean(parts.join(' ')).slice(0, MAX_TEXT);
}

/** The value of a property: `content`, `datetime`, `href`/`src` for a URL, else its text. */
function valueOf(page: PageContext, el: HtmlElement): string {
  return el.attrs['content'] ?? el.attrs['datetime'] ?? el.attrs['href'] ?? textOf(page, el);
}

/** Author names of an `itemprop=author` element: its `name` property when it is an item, else its text. */
function authorNames(page: PageContext, el: HtmlElement): string[] {
  if (el.attrs['content'] !== undefined) return metadataNames(el.attrs['content']);
  let text = textOf(page, el);
  for (let i = el.index + 1; i < page.elements.length && i <= el.index + MAX_NAME_SEARCH; i++) {
    const e = page.elements[i]!;
    if (!within(e, el)) break;
    if (e.itemprop?.split(/\s+/).includes('name')) {
      text = e.attrs['content'] ?? textOf(page, e);
      break;
    }
  }
  // Read as a byline, so the names end where the byline does ("Jane Doe | May 5").
  return bylineNames(/^by\b/i.test(text) ? text : `By ${text}`);
}

/**
 * Reads microdata properties of the article (`itemprop` datePublished, dateModified, author,
 * headline, description, articleSection, keywords, image; from `content`, `datetime` or the
 * element's text). A property of another item (a comment, a review) is not the article's.
 *
 * @example
 * const page = '<article><h1>Floods</h1><time itemprop="datePublished" datetime="2019-11-19T06:56:43-05:00">Nov. 19</time><p>Water rose.</p></article>';
 * runParser(htmlMicrodataParser, page)[0]?.value; // { field: 'published', source: 'microdata', key: 'datePublished' }
 * @group HTML
 */
export const htmlMicrodataParser: Parser = {
  name: 'html-microdata',
  parse(ctx) {
    const page = ctx.page;
    if (!page) return [];
    const claims: AnyClaim[] = [];
    const push = (value: MetadataValue, el: HtmlElement, raw: string, confidence: number, by: string) => {
      const span = attributeSpan(ctx.input, el.start, raw);
      if (span.end > span.start && span.end <= ctx.input.length) claims.push(metadataClaim(value, span, confidence, by));
    };
    for (const el of page.elements) {
      if (el.itemprop === null || !ofArticle(el)) continue;
      for (const prop of el.itemprop.split(/\s+/)) {
          const key = prop;
          const source = 'microdata';
          const date = (field: 'published' | 'updated') => {
            const raw = valueOf(page, el);
            const d = metaDate(raw, 'microdata');
            if (d) push({ field, source, key, date: d }, el, raw, 0.8, 'html-microdata');
          };
          switch (prop) {
            case 'datePublished':
            case 'dateCreated':
              date('published');
              break;
            case 'dateModified':
              date('updated');
              break;
            case 'author':
            case 'creator': {
              const list = authorNames(page, el);
              if (list.length > 0) push({ field: 'authors', source, key, list }, el, el.attrs['content'] ?? '', 0.8, 'html-microdata');
              break;
            }
            case 'headline':
            case 'description':
            case 'articleSection': {
              const raw = valueOf(page, el);
              const text = clean(raw);
              const field = prop === 'headline' ? 'title' : prop === 'description' ? 'description' : 'section';
              if (text) push({ field, source, key, text }, el, raw, 0.8, 'html-microdata');
              break;
            }
            case 'keywords': {
              const raw = valueOf(page, el);
              const list = splitTags(raw);
              if (list.length > 0) push({ field: 'tags', source, key, list }, el, raw, 0.8, 'html-microdata');
              break;
            }
            case 'image': {
              const raw = el.attrs['content'] ?? el.attrs['href'] ?? '';
              const url = absoluteUrl(raw, ctx.url);
              if (url) push({ field: 'image', source, key, text: url }, el, raw, 0.8, 'html-microdata');
              break;
            }
          }
        }
    }
    return claims;
  },
};

/**
 * Reads `<time datetime>` elements inside the article (the first block after the element is an
 * article block), else in the article's header (the blocks around the headline, see
 * `headerBlocks`, where a date may stand above the headline outside the article's root), else
 * in the footer or share bar of the `<article>` element around the content root: the
 * first is the publication time, one whose class or id says "updated" or "modified" the update
 * time. Teasers, comments and the page's chrome are not the article, so their times are not read.
 *
 * @example
 * const page = '<article><h1>Floods</h1><p><time datetime="2019-11-19T06:56:43-05:00">Nov. 19, 2019</time></p><p>Water rose.</p></article>';
 * runParser(htmlTimeParser, page)[0]?.value; // { field: 'published', source: 'time-element', key: 'datetime' }
 * @group HTML
 */
export const htmlTimeParser: Parser = {
  name: 'html-time',
  parse(ctx) {
    const page = ctx.page;
    if (!page) return [];
    const claims: AnyClaim[] = [];
    const inArticle = new Set(page.blockIndex);
    const inHeader = new Set(headerBlocks(page).header);
    // The `<article>` element around the content root, whose own footer may hold its date.
    const article = articleAround(page.root);
    const inFooter = (b: number, el: HtmlElement): boolean =>
      article !== null && ARTICLE_FOOTER_CUTS.has(page.cut[b] ?? '') && articleAround(el) === article;
    // The article's own times first; the header's only for a field the article gives none, then
    // its `<article>` element's footer.
    const places: readonly ((b: number, el: HtmlElement) => boolean)[] = [(b) => inArticle.has(b), (b) => inHeader.has(b), inFooter];
    for (const where of places) {
      const found = new Set(claims.map((c) => (c.kind === 'metadata' ? c.value.field : '')));
      if (found.has('published') && found.has('updated')) break;
      for (const el of page.elements) {
        const datetime = el.tag === 'time' ? el.attrs['datetime'] : undefined;
        // A <time itemprop> is microdata, read by html-microdata.
        if (datetime === undefined || el.itemprop !== null) continue;
        const next = firstBlockEndingAfter(page.blocks, el.start);
        const block = page.blocks[next];
        if (block === undefined || !where(next, el) || block.start - el.start > MAX_TIME_GAP) continue;
        const marks = [el, el.parent].flatMap((e) => (e ? [e.id, ...e.classes] : [])).join(' ');
        const field = UPDATED_WORDS.test(marks) ? 'updated' : 'published';
        if (found.has(field)) continue;
        const d = metaDate(datetime, 'time-element');
        if (d === null) continue;
        found.add(field);
        const span = attributeSpan(ctx.input, el.start, datetime);
        claims.push(metadataClaim({ field, source: 'time-element', key: 'datetime', date: d }, span, 0.7, 'html-time'));
      }
    }
    return claims.filter((c) => c.end > c.start && c.end <= ctx.input.length);
  },
};
