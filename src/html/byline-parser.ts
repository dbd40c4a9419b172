import { AUTHOR_PATH_SEGMENTS, BYLINE_WORDS, NOT_BYLINE_WORDS } from '../data/meta.js';
import { NOT_AUTHOR_BY } from '../data/authors.js';
import { findTimestamps, timestampAt, type TimestampMatch } from '../dates/timestamp.js';
import { addNames, bylineNames } from '../parsers/authors.js';
import { claimBlock } from '../parsers/claim.js';
import { CONFIDENCE } from '../parsers/confidence.js';
import { words } from '../slug.js';
import { fold } from '../text.js';
import { firstStartingFrom, textEnd, textIndex } from '../resolve/blocks.js';
import type { AnyClaim, Block, HtmlElement, PageContext, Parser } from '../types.js';
import { ARTICLE_HEADER, LINK_LIST, OUTSIDE_ARTICLE } from './content.js';
import { blockTimestamps, headerBlocks, NOT_THE_ARTICLES } from './header.js';
import { metadataClaim } from './metadata.js';
import { elementTables } from './words.js';

/** The parser's name, which its claims carry in `by`. */
export const HTML_BYLINE = 'html-byline';
const NAME = HTML_BYLINE;
/** A byline's names are read from at most this many characters after the element starts. */
const MAX_BYLINE = 160;
/** Elements checked for a byline class (a page has thousands; the byline is near the top). */
const MAX_ELEMENTS = 20000;
/** A byline may stand this many blocks above the headline (a kicker, a date, then the byline). */
const BLOCKS_ABOVE = 6;
/** A byline written as text is weaker evidence than an element that says it is the byline. */
const VISIBLE_CONFIDENCE = 0.55;
/** An author box names the author in fewer pages than a byline does. */
const BOX_CONFIDENCE = 0.5;
/** The cut reason of an author box (`class="author-bio"`). */
const AUTHOR_BOX = 'author-box';
/** "Author: Jane Doe", "Authors Jane Doe and John Roe", "Authors:Jane Doe" (arxiv.org): a label where a byline says "By". */
const AUTHOR_LABEL = /^(?:[Aa]uthors?|AUTHORS?)(?::[ ]{0,3}|[ ]{1,3})(?=\p{Lu})/u;
/** How a byline written as text starts near the headline: "By", "Written by", "Posted on … by", "Author:". */
const ANY_LEAD = /^(?:by\b|(?:written|posted|reported|words|story|text|article)\b|authors?\b)/iu;
/** …and away from it, where "By Sunday, …" starts prose: only the explicit forms. */
const NAMED_LEAD = /^(?:(?:written|posted|article|text) by|authors?\b)/iu;
/** A byline's label standing alone in its line, the names in the next: "Written by", "Author:". */
const LABEL_ALONE = /^(?:(?:written|posted|article|text|words|story) )?(?:by|authors?)[ ]?:?$/iu;
/** The words before a "by" that starts a line: "Photo by", "Medically reviewed by", "Written by". */
const CREDIT_LEAD = /^([\p{L}-]{1,20}(?: [\p{L}-]{1,20})?) by\b/iu;
/** The claim's `key` for each way an element names itself the byline. */
const MARK_KEYS = { rel: 'rel=author', link: 'author-link', class: 'class' } as const;
/** Separators between the parts of a dateline: "Jane Doe · June 8, 2023 | 4 min read". */
const DATELINE_PARTS: ReadonlySet<string> = new Set(['·', '•', '|']);
/** A "by" inside a part of a dateline, where the names start: "Published … by Jane Doe", "Recipe by Jane Doe". */
const BY_WORD = /(?:^|\s)by(?::\s?|\s)/iu;
/** How a bio goes on after the person's name: "… is a", "…, was an". */
const BIO_START = /^,? (?:is|was) an? /u;
/** Characters after the name that {@link BIO_START} reads. */
const BIO_REACH = 10;
/** A name standing alone in a dateline has at least this many words ("Jane Doe"; "Sourdough" is a category). */
const MIN_BARE_NAME_WORDS = 2;
/** A bare name outside a byline element stands in a date line of at least this many parts. */
const MIN_BARE_PARTS = 3;
/** …and at most this many when it is a line by itself (longer lines are headings, decks). */
const MAX_BARE_NAME_WORDS = 4;
/** A date line may stand this many blocks from a name alone beside it ("Jane Doe" / "Staff Writer" / "Bio" / "May 5, 2024"). */
const DATE_REACH = 3;
/** A name's repetition stands more than this many blocks from it (not the same byline read twice). */
const REPEAT_AWAY = 2;
/** Where a name alone beside the date may be repeated: the article, outside it, an author box, a side column. */
const REPEAT_PLACES: ReadonlySet<string | null> = new Set([null, OUTSIDE_ARTICLE, AUTHOR_BOX, 'aside']);
/** The author box's lines read at most: its heading, the name, a role, the first lines of the bio. */
const BOX_LINES = 4;
/** A name alone in an author box has at most this many words. */
const MAX_BOX_NAME_WORDS = 6;
/** An author box's heading alone in its line, the name in the next: "About the author", "Written by". */
const BOX_HEADING = /^(?:about (?:the )?authors?|(?:written|posted) by|authors?|by)[ ]?:?$/iu;
/** A label before the name in an author box's line: "About Jane Doe", "Author Jane Doe", "Author: Jane Doe". */
const BOX_LABEL = /^(?:[Aa]bout|[Aa]uthors?:?)[ ](?=\p{Lu})/u;
/** A link with `rel=author` or to an author's page may stand this many blocks after the article (its footer). */
const BLOCKS_AFTER = 2;
/** Cut reasons of a block after the article that may be the article's own footer. */
const FOOTER_PLACES: ReadonlySet<string> = new Set([OUTSIDE_ARTICLE, 'footer']);
/**
 * Cut reasons of a block that may still hold the article's byline: an element that says it is
 * the byline may stand in the article's side column (`aside`: theguardian.com's `rel=author`,
 * xmarkfitness.com's `<aside class="post-author">`) or share bar (neste.com, zdnet.com, space.com).
 */
const BYLINE_PLACES: ReadonlySet<string> = new Set([ARTICLE_HEADER, LINK_LIST, OUTSIDE_ARTICLE, AUTHOR_BOX, 'header', 'aside', 'share']);

/** How a byline's line goes on with another name after an element's: "…, ", "… and ", "… & ". */
const MORE_NAMES = /^\s*(?:,|&|and\s)/iu;
/** Characters after an element that {@link MORE_NAMES} reads. */
const MORE_REACH = 8;
/** A byline's line has at most this many words, as a credit line of the text rules has. */
const MAX_CREDIT_WORDS = 30;

/** A link's address longer than this is no author page's. */
const MAX_HREF = 300;

/** Whether a link's address is an author's page: a path segment such as `author` followed by a slug (`/blog/author/jane-doe/`). */
function authorPage(href: string): boolean {
  if (href.length > MAX_HREF) return false;
  const parts = href.split(/[?#]/, 1)[0]!.split('/');
  for (let i = 0; i + 1 < parts.length; i++) if (parts[i + 1] !== '' && AUTHOR_PATH_SEGMENTS.has(parts[i]!.toLowerCase())) return true;
  return false;
}

/** Whether one of an element's class or id values has a byline word, and whether one has a word that says it is none. */
const bylineWords = elementTables([BYLINE_WORDS, NOT_BYLINE_WORDS].map((words) => Object.fromEntries([...words].map((w) => [w, true]))));

/** How an element names itself the byline: `rel=author`, a link to an author's page, or a class or id such as `byline`, `author-name`. */
function bylineMark(el: HtmlElement): 'rel' | 'link' | 'class' | null {
  if (el.attrs['rel']?.toLowerCase().split(/\s+/).includes('author')) return 'rel';
  if (el.tag === 'a' && el.attrs['href'] !== undefined && authorPage(el.attrs['href'])) return 'link';
  const [byline, notByline] = bylineWords(el);
  return byline !== undefined && notByline === undefined ? 'class' : null;
}

/**
 * Reads the author's name from the byline element of the article when no metadata names one:
 * a link with `rel=author` or to an author's page (`/author/…`, `/authors/…`, `/contributors/…`, `/team/…`),
 * or an element whose class or id says `byline` or `author` (not a comment's author, a bio box
 * or an avatar), whose text stands in the article, its header, a few blocks above the headline
 * or the author box (never in navigation, comments or teasers); the links also in the
 * article's footer, the two blocks after it. The names end where the byline does ("Jane Doe |
 * May 5" → "Jane Doe"). Without such an element: a byline written in the header's lines (see
 * `visibleByline`), else the page's first author box. The line the names were read from is
 * also claimed as a `credit` (role `author`) when it reads as a byline; the `byline-credit`
 * resolver keeps it only when its names agree with the authors the metadata chooses.
 *
 * @example
 * runParser(htmlBylineParser, '<article><h1>Floods</h1><p class="byline">By <a rel="author">Jane Doe</a></p><p>Water rose.</p></article>')[0]?.value;
 * // { field: 'authors', list: ['Jane Doe'] }
 * @group HTML
 */
export const htmlBylineParser: Parser = {
  name: NAME,
  parse(ctx) {
    const page = ctx.page;
    if (!page || ctx.blocks.length === 0) return [];
    // Where a byline may stand: from a few blocks above the headline (or the article's first
    // block) to the article's last block, in the article, its header, or an author box.
    const firstIndex = page.blockIndex[0] ?? 0;
    const from = Math.max(0, (page.headline >= 0 ? Math.min(page.headline, firstIndex) : firstIndex) - BLOCKS_ABOVE);
    const to = page.blockIndex[page.blockIndex.length - 1] ?? firstIndex;
    // A link that says it is the author's may also stand in the article's footer, just after it.
    const linksTo = Math.min(page.blocks.length - 1, to + BLOCKS_AFTER);
    const first = page.blocks[from]!.start;
    const last = page.blocks[linksTo]!.end;
    let b = from;
    const limit = Math.min(page.elements.length, MAX_ELEMENTS);
    for (let i = 0; i < limit; i++) {
      const el = page.elements[i]!;
      if (el.start < first - MAX_BYLINE || el.start >= last) continue;
      const mark = bylineMark(el);
      if (mark === null) continue;
      // The block the element's text is in (or starts).
      while (b <= linksTo && page.blocks[b]!.end <= el.start) b++;
      const block = page.blocks[b];
      if (block === undefined || b > linksTo) break;
      const cut = page.cut[b];
      const places = b > to ? (mark === 'class' ? null : FOOTER_PLACES) : BYLINE_PLACES;
      if (places === null || (cut !== null && cut !== undefined && !places.has(cut))) continue;
      const at = el.start <= block.start ? 0 : textIndex(block, el.start);
      // The names end where the element does ("Jane Doe" in `<span class="author">`, then
      // "Associated Press" in the next span), unless the line goes on with another name ("Jane
      // Doe and John Roe", one link each), else where the byline's line says they do.
      const end = textEnd(block, at, el.textChars, at + MAX_BYLINE);
      let text = block.source.slice(at, end);
      let names = MORE_NAMES.test(block.source.slice(end, end + MORE_REACH)) ? [] : elementNames(text, block.text.slice(at, end));
      if (names.length === 0 && end < at + MAX_BYLINE && end < block.text.length) {
        text = block.source.slice(at, at + MAX_BYLINE);
        names = elementNames(text, block.text.slice(at, at + MAX_BYLINE));
      }
      if (names.length === 0) continue;
      const claim: AnyClaim = metadataClaim(
        { field: 'authors', source: 'html', key: MARK_KEYS[mark], list: names },
        { start: block.at(at), end: block.at(Math.min(block.text.length, at + text.length)) },
        mark === 'rel' ? 0.65 : 0.6,
        NAME,
      );
      return claim.end > claim.start ? [claim, ...creditLine(page, b, names)] : [];
    }
    const visible = visibleByline(page);
    return visible.length > 0 ? visible : authorBox(page);
  },
};

/**
 * The names in the text of an element that says it is the byline (`text` as written, `folded`
 * its folded form of the same length): after the element's own lead ("Written by", "By",
 * "Author:") when it has one, else its text is the names; none after a credit's lead ("Photo
 * by", "Edited by", "Reviewed by": someone else); else a name beside a date in it.
 */
function elementNames(text: string, folded: string): string[] {
  const label = AUTHOR_LABEL.exec(text);
  const lead = CREDIT_LEAD.exec(text);
  const credit = lead !== null && NOT_AUTHOR_BY.test(lead[1]!);
  let names = credit ? [] : bylineNames(label === null ? text : `By ${text.slice(label[0].length)}`);
  if (names.length === 0 && label === null && !credit && !/^by\b/i.test(text)) names = bylineNames(`By ${text}`);
  if (names.length === 0) names = datelineNames(findTimestamps(folded), text, null);
  return names;
}

/**
 * The names in a line that holds a date: after a "by" ("Published August 7, 2023 by Jane Doe",
 * "03/01/2017 by Jane Doe", "May 5, 2024 · 3 min read · By Jane Doe"), else a part between
 * separators that is only a name of two words or more ("Jane Doe | Senior Writer | July 2,
 * 2025", "Dec 26, 2025 • Jane Doe in Finance"). Only in an element that says it holds the
 * byline (`linked` null) may that name share its part with the date ("Dec 17, 2025 Jane Doe")
 * or be a link: elsewhere that is a section, a tag or a label ("Health December 22, 2022",
 * "Last modified: May 5, 2024 | <a>Local News</a>"). `dates` are the timestamps of `source`
 * folded (the same length, so their indices are `source`'s); `linked` marks the characters inside links.
 */
function datelineNames(dates: readonly TimestampMatch[], source: string, linked: Uint8Array | null): string[] {
  if (dates.length === 0) return [];
  // The line's parts between separators, each without its dates, with where it starts and whether it had one.
  const parts: { text: string; from: number; dated: boolean }[] = [];
  for (let from = 0; from <= source.length; ) {
    let end = from;
    while (end < source.length && !DATELINE_PARTS.has(source[end]!)) end++;
    let text = '';
    let at = from;
    let dated = false;
    for (const d of dates) {
      if (d.end <= from || d.start >= end) continue;
      text += `${source.slice(at, Math.max(at, d.start))} `;
      at = Math.min(end, d.end);
      dated = true;
    }
    parts.push({ text: `${text}${source.slice(at, end)}`.trim(), from, dated });
    from = end + 1;
  }
  for (const { text } of parts) {
    const by = BY_WORD.exec(text);
    // "Reviewed by", "Fact-checked by" name a reviewer.
    if (by !== null && !NOT_AUTHOR_BY.test(text.slice(0, by.index))) return bylineNames(`By ${text.slice(by.index + by[0].length)}`);
  }
  for (const { text, from, dated } of parts) {
    if ((dated && linked !== null) || text.endsWith(':')) continue;
    const names = bylineNames(`By ${text}`);
    if (names.length === 0 || names.some((n) => n.split(' ').length < MIN_BARE_NAME_WORDS)) continue;
    // Outside a byline element, a part that is only a name needs a line of three parts or more
    // ("Jane Doe | Senior Writer | July 2, 2025") or more words after it ("Jane Doe in Finance"):
    // a place or a section beside the date ("New York | April 2, 2024") is no byline.
    if (linked !== null && parts.length < MIN_BARE_PARTS && names.join(', ') === text) continue;
    // Outside a byline element, a linked name is a section's or a tag's.
    const last = names[names.length - 1]!;
    const end = source.indexOf(last, from);
    if (linked !== null && linked.subarray(from, end < 0 ? source.length : end + last.length).includes(1)) continue;
    return names;
  }
  return [];
}

/** For each character of a block's text, 1 when it is inside a link (`<a>`). */
function linkedChars(page: PageContext, b: number): Uint8Array {
  const block = page.blocks[b]!;
  const mask = new Uint8Array(block.text.length);
  if (block.html === undefined || block.html.linkChars === 0) return mask;
  // A link around the block's first characters starts after the previous block ends.
  const after = b > 0 ? page.blocks[b - 1]!.end : 0;
  for (let k = firstStartingFrom(page.elements, after); k < page.elements.length && page.elements[k]!.start < block.end; k++) {
    const el = page.elements[k]!;
    if (el.tag !== 'a') continue;
    const at = textIndex(block, el.start);
    mask.fill(1, at, textEnd(block, at, el.textChars));
  }
  return mask;
}

/** The claims of names read from block `b` of the page: the names, and the line as a credit. */
function blockClaim(page: PageContext, b: number, names: string[], confidence: number): AnyClaim[] {
  const block = page.blocks[b]!;
  return [metadataClaim({ field: 'authors', source: 'html', key: 'byline', list: names }, { start: block.start, end: block.end }, confidence, NAME), ...creditLine(page, b, names)];
}

/** What a byline's line may start with before its lead, names or date: punctuation, a bullet. */
const LINE_START = /^[^\p{L}\p{N}]{0,3}/u;

/**
 * The line a byline's names were read from, as an attribution line (`credit`, role `author`,
 * the text as written: "Jane Doe, MS, RD", "By Jane Doe | The Post"), wherever it stands (the
 * article's header, its side column, an author box): a byline is neither body nor chrome. Only
 * a line that reads as a byline, starting with a lead ("By", "Written by", "Author:"), one of
 * the names or a date; not the headline's line, and not a long one (a sentence that names its
 * author, "Our reporter Jane Doe spent a week…", stays prose).
 */
function creditLine(page: PageContext, b: number, names: readonly string[]): AnyClaim[] {
  const block = page.blocks[b]!;
  if (b === page.headline || block.words > MAX_CREDIT_WORDS) return [];
  const text = block.value.slice(LINE_START.exec(block.value)![0].length);
  const byline = ANY_LEAD.test(text) || names.some((n) => text.startsWith(n)) || timestampAt(fold(text), 0) !== null;
  return byline ? [claimBlock(block, 'credit', { text: block.value, role: 'author' }, CONFIDENCE.good, NAME)] : [];
}

/**
 * The author named by the page's first author box (a block cut `author-box`: "About the
 * author" / "Jane Doe" / "Jane Doe is a reporter…"), when the article names nobody itself: the
 * name after its heading, after a label or a "by" ("Written by Jane Doe", "This post was
 * written by Jane Doe, editor"), or a line that is only a name.
 */
function authorBox(page: PageContext): AnyClaim[] {
  const first = page.cut.indexOf(AUTHOR_BOX);
  if (first < 0) return [];
  for (let b = first; b < Math.min(page.blocks.length, first + BOX_LINES) && page.cut[b] === AUTHOR_BOX; b++) {
    const block = page.blocks[b]!;
    const next = page.blocks[b + 1];
    if (BOX_HEADING.test(block.text)) {
      const names = next !== undefined && page.cut[b + 1] === AUTHOR_BOX ? bylineNames(`By ${next.source}`) : [];
      if (names.length > 0) return blockClaim(page, b + 1, names, BOX_CONFIDENCE);
      continue;
    }
    const by = BY_WORD.exec(block.source);
    const label = BOX_LABEL.exec(block.source);
    const rest = by !== null ? block.source.slice(by.index + by[0].length) : label !== null ? block.source.slice(label[0].length) : null;
    const names = rest !== null ? bylineNames(`By ${rest}`) : block.words <= MAX_BOX_NAME_WORDS ? bylineNames(`By ${block.source}`) : [];
    if (names.length > 0) return blockClaim(page, b, names, BOX_CONFIDENCE);
  }
  return [];
}

/**
 * A byline in the article's header written as text, "By Jane Doe · June 8, 2023" or
 * "Written by Jane Doe and John Roe", else a labelled one ("Author: Jane Doe", "Written by
 * Jane Doe") in a short line of the article or just after it; a label alone in its line
 * ("Written by") names the author in the next.
 */
function visibleByline(page: PageContext): AnyClaim[] {
  const { header, after } = headerBlocks(page);
  for (const [blocks, confidence, lead] of [
    [header, VISIBLE_CONFIDENCE, ANY_LEAD],
    [after, VISIBLE_CONFIDENCE - 0.1, NAMED_LEAD],
  ] as const) {
    for (const [k, b] of blocks.entries()) {
      let block = page.blocks[b]!;
      if (!lead.test(block.text)) {
        // A date line of the header may name the author: "May 5, 2024 by Jane Doe".
        const names = lead === ANY_LEAD ? datelineNames(blockTimestamps(block), block.source, linkedChars(page, b)) : [];
        if (names.length > 0) return blockClaim(page, b, names, confidence);
        continue;
      }
      let label = AUTHOR_LABEL.exec(block.text);
      let text = block.source;
      let at = b;
      if (LABEL_ALONE.test(block.text) && blocks[k + 1] === b + 1) {
        at = b + 1;
        block = page.blocks[at]!;
        label = null;
        text = `By ${block.source}`;
      }
      const names = bylineNames(label === null ? text : `By ${block.source.slice(label[0].length)}`);
      if (names.length === 0) continue;
      return blockClaim(page, at, names, confidence);
    }
  }
  // A sidebar of the article's facts: "Author" / "Jane Doe".
  const facts = factsByline(page, header[0] ?? page.headline);
  if (facts.length > 0) return facts;
  // A name alone in its line beside the date line ("Jane Doe" / "May 5, 2024 · 4 min read"), or
  // one the page's bio introduces ("Jane Doe is a reporter…"); not a link (a section's), no word
  // of the headline (a kicker, a breadcrumb), and not the page's first line (its masthead, above
  // the day's date: "Islamic Invitation Turkey" / "21 March 2018").
  const headline = new Set(page.headline >= 0 ? words(page.blocks[page.headline]!.text) : []);
  for (const b of header) {
    const block = page.blocks[b]!;
    if (b === 0 || block.words < MIN_BARE_NAME_WORDS || block.words > MAX_BARE_NAME_WORDS || block.html?.linkChars !== 0) continue;
    const names = bylineNames(`By ${block.source}`);
    if (names.length !== 1 || names[0] !== block.value || words(block.text).some((w) => headline.has(w))) continue;
    if (introduced(page, names[0]!) || (besideDate(page, header, b) && repeated(page, b, names[0]!)))
      return blockClaim(page, b, names, VISIBLE_CONFIDENCE - 0.1);
  }
  return [];
}

/** Whether a line of the header near block `b` (a role and a link may stand between) holds a date. */
function besideDate(page: PageContext, header: readonly number[], b: number): boolean {
  return header.some((n) => n !== b && Math.abs(n - b) <= DATE_REACH && blockTimestamps(page.blocks[n]!).length > 0);
}

/**
 * Whether the page shows the name again as a line by itself, more than two lines from block `b`
 * (an author card's heading, "Jane Doe" / "Jane is a…"): not a link (a tag's, a section's) and
 * not in menus, teasers, tag lists, share bars or comments, where a section's name repeats.
 */
function repeated(page: PageContext, b: number, name: string): boolean {
  return page.blocks.some((x, i) => Math.abs(i - b) > REPEAT_AWAY && x.value === name && x.html?.linkChars === 0 && REPEAT_PLACES.has(page.cut[i] ?? null));
}

/** Whether a line of the page introduces a person by the name: "Jane Doe is a freelance writer…", "Jane Doe, was an editor…". */
function introduced(page: PageContext, name: string): boolean {
  return page.blocks.some((x) => x.value.startsWith(name) && BIO_START.test(x.value.slice(name.length, name.length + BIO_REACH)));
}

/** A label alone in a line of the article's facts, the names in the lines after it: "Author", "Author(s)", "Written by". */
const FACTS_LABEL = /^(?:(?:written|posted) by|authors?(?:\(s\))?)[ ]?:?$/iu;
/** The names after a label of the article's facts are looked for in at most this many lines. */
const MAX_FACT_LINES = 8;
/** A line of names after such a label has at most this many words ("Jane Doe, Staff Writer"). */
const MAX_FACT_WORDS = 8;

/** Whether two blocks are items of one list: the same tag and classes, in the same kind of container. */
function sameShape(a: Block, b: Block): boolean {
  const x = a.html;
  const y = b.html;
  return x !== undefined && y !== undefined && x.element.tag === y.element.tag && x.container.tag === y.container.tag && x.element.classes.join(' ') === y.element.classes.join(' ');
}

/**
 * A sidebar of the article's facts, wherever the article's own blocks may be: a label alone in
 * its line ("Author", "Author(s)", "Written by") and the names after it ("Published" / "August
 * 30, 2024" / "Author" / "Jane Doe"), one per line in lines of the same shape (a list of
 * links), a role under each skipped ("Jane Doe" / "Staff Engineer" / "John Roe"); never in
 * comments, teasers or menus. The list ends at a heading or another label.
 */
function factsByline(page: PageContext, from: number): AnyClaim[] {
  for (let b = Math.max(0, from); b + 1 < page.blocks.length; b++) {
    const block = page.blocks[b]!;
    const cut = page.cut[b];
    if (block.words > 2 || !FACTS_LABEL.test(block.text) || (cut != null && NOT_THE_ARTICLES.has(cut))) continue;
    const names: string[] = [];
    const lines: number[] = [];
    for (let n = b + 1; n < Math.min(page.blocks.length, b + 1 + MAX_FACT_LINES); n++) {
      const line = page.blocks[n]!;
      const lineCut = page.cut[n];
      if (line.html?.kind === 'heading' || FACTS_LABEL.test(line.text) || (lineCut != null && NOT_THE_ARTICLES.has(lineCut))) break;
      if (lines.length > 0 && !sameShape(page.blocks[lines[0]!]!, line)) continue;
      const found = line.words <= MAX_FACT_WORDS ? bylineNames(`By ${line.source}`).filter((x) => x.split(' ').length >= MIN_BARE_NAME_WORDS) : [];
      // The line just after the label may be an avatar's initials ("JD").
      if (found.length === 0 && lines.length === 0 && n === b + 1) continue;
      if (found.length === 0) break;
      lines.push(n);
      addNames(names, found);
    }
    if (lines.length === 0) continue;
    const span = { start: page.blocks[lines[0]!]!.start, end: page.blocks[lines[lines.length - 1]!]!.end };
    return [
      metadataClaim({ field: 'authors', source: 'html', key: 'byline', list: names }, span, VISIBLE_CONFIDENCE - 0.1, NAME),
      ...lines.flatMap((n) => creditLine(page, n, names)),
    ];
  }
  return [];
}
