import { PUBLISHED_DATE_WORDS } from '../data/meta.js';
import { PUBLISHED_PREFIXES } from '../data/published-prefixes.js';
import { timestampAt, toPublished, type TimestampMatch } from '../dates/timestamp.js';
import type { AnyClaim, Block, Parser } from '../types.js';
import { escapeRegExp } from '../regex.js';
import { blockTimestamps, headerBlocks, NOT_THE_ARTICLES, SHORT_LINE_WORDS } from './header.js';
import { metadataClaim } from './metadata.js';
import { elementTable } from './words.js';

const NAME = 'html-dateline';
/** The `key` of the dates this parser reads, so the `metadata` resolver knows them for visible text. */
export const DATELINE_KEY = 'dateline';
/** How far before a date its label may stand: "Last updated on ", "Published: ". */
const LABEL_REACH = 32;
/** The cut reason of the page's header: its masthead, a banner, a `<header>` outside the article. */
const PAGE_HEADER = 'header';
/** Four digits in a row: a line without them holds no date this parser reads. */
const HAS_YEAR = /\d{4}/;
/** The line after a label alone is its date when it is at most this long ("August 30, 2024 at 9:15 am EST"). */
const MAX_DATE_LINE = 48;
/** Years a visible publication date may have; outside them it is a product year or a typo. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
/** A letter or mark, which before a label means the label is the end of a longer word. */
const LETTER = /[\p{L}\p{M}]/u;
/** Cut reasons of blocks never read for a labelled date, even as a last resort: other stories, comments, menus, sidebars. */
const NEVER_A_DATELINE: ReadonlySet<string> = new Set(['comments', 'related', 'navigation', 'hidden', 'aside']);
/** Whether an element's class or id says it holds the publication date ("post__meta-published-time"). */
const publishedDateWord = elementTable(Object.fromEntries(PUBLISHED_DATE_WORDS.map((w) => [w, true])));
/** Whether a block's element or its parent has a class or id word of publication ("post__meta-published-time"). */
function markedPublished(block: Block): boolean {
  const element = block.html?.element;
  if (element === undefined) return false;
  return publishedDateWord(element) === true || (element.parent !== null && publishedDateWord(element.parent) === true);
}
/** Cut reasons of blocks whose class-marked date is still no dateline: a sidebar's, besides {@link NOT_THE_ARTICLES}. */
const NOT_A_DATELINE: ReadonlySet<string> = new Set([...NOT_THE_ARTICLES, 'aside']);
/** Separators between a label and its date: "Updated: ", "Published on | ". */
const BETWEEN: ReadonlySet<string> = new Set([...' \t\n\u00a0:|•·,–—-']);
/** Any label's first word, as a quick test before a line is searched for dates. */
const HAS_LABEL = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${[...new Set(PUBLISHED_PREFIXES.map((p) => escapeRegExp(p.text.split(' ')[0]!)))].join('|')})(?![\\p{L}\\p{M}])`,
  'iu',
);
/**
 * The longest word of each publication label ("published", "posted"), as a quick test that a
 * line may hold one before it is searched for dates (literal alternatives: linear time).
 */
const HAS_PUBLICATION_LABEL = new RegExp(
  [...new Set(PUBLISHED_PREFIXES.filter((p) => p.updated !== true && p.weight >= 1).map((p) => escapeRegExp(p.text.split(' ').reduce((a, b) => (b.length > a.length ? b : a)))))].join('|'),
  'i',
);
/** The labels, longest first, lower-cased, so "last updated on" is found before "updated on". */
const LABELS = [...PUBLISHED_PREFIXES]
  .map((p) => ({ text: p.text.toLowerCase(), updated: p.updated === true, publication: p.updated !== true && p.weight >= 1 }))
  .sort((a, b) => b.text.length - a.text.length);

/** A date's label: whether it says the date is an update time, or a publication ("Published", "Posted", not "Date"). */
interface Label {
  updated: boolean;
  publication: boolean;
}

/** The article a date may take after its label: "Posted on the 15/12/2025", "published on the 21st of June 2017". */
const ARTICLE = 'the';

/** Where the separators (": ", " | ") that end just before `at` start, looking back at most {@link LABEL_REACH} characters. */
function skipSeparators(text: string, at: number): number {
  let end = at;
  while (end > 0 && at - end < LABEL_REACH && BETWEEN.has(text[end - 1]!)) end--;
  return end;
}

/** The label that ends at `end` exactly, with where it starts, or `null`. */
function labelEnding(text: string, end: number): (Label & { from: number }) | null {
  const before = text.slice(Math.max(0, end - LABEL_REACH), end).toLowerCase();
  for (const label of LABELS) {
    if (!before.endsWith(label.text)) continue;
    const from = end - label.text.length;
    // Not the end of a longer word ("Unpublished").
    if (from === 0 || !LETTER.test(text[from - 1]!)) return { updated: label.updated, publication: label.publication, from };
  }
  return null;
}

/**
 * The label that ends just before `at` (separators such as ": " between, and "the" before a
 * date written "the 15th of June"), with where it starts, or `null`.
 */
function labelEndingAt(text: string, at: number): (Label & { from: number }) | null {
  const end = skipSeparators(text, at);
  const label = labelEnding(text, end);
  if (label !== null || end < ARTICLE.length + 1) return label;
  // "on the 15/12/2025": the article, a whole word after a separator, then the label.
  const from = end - ARTICLE.length;
  if (text.slice(from, end).toLowerCase() !== ARTICLE || !BETWEEN.has(text[from - 1]!) || end === at) return null;
  return labelEnding(text, skipSeparators(text, from));
}

/** A label alone in its line ("Published", "Last updated:"), or `null`. */
function labelAlone(text: string): Label | null {
  if (text.length > LABEL_REACH) return null;
  const label = labelEndingAt(text, text.length);
  return label?.from === 0 ? label : null;
}

/**
 * Whether a date a dateline or byline shows gives a day: a year in range, no weekday that
 * contradicts it, and for a numeric date an order its parts decide ("23.07.2025": 23 is no
 * month); "03/04/2025" reads either way and is left to the `published` parser.
 */
export function usableDate(m: TimestampMatch): boolean {
  return !m.weekdayMismatch && m.year >= MIN_YEAR && m.year <= MAX_YEAR && (m.numeric === undefined || m.numeric.by === 'intrinsic');
}

/**
 * Reads the dates an article's dateline shows around its headline, "By Jane Doe · Jun 8, 2023 ·
 * 11 min read" or "Published March 4, 2024 — Updated May 1, 2024", when they share a line
 * with other words (a block that is a timestamp alone is the `published` parser's). The first
 * date without an update label is the publication date, the first labelled "Updated",
 * "Last modified"… the update time. Away from the headline only labelled dates count, and an
 * unlabelled one that a date labelled as an update follows in its line ("December 3, 2025.
 * Updated: December 7, 2025"), and with none of these the date of an element whose class says
 * it is the publication date (`<span class="Author_publicationTime">`), else a date labelled
 * "Published"/"Posted" in a short line anywhere but comments, teasers, menus and sidebars. A numeric date counts when a part above 12 settles its order
 * ("23.07.2025 · 6 min read"). Both are visible text (`source: "text"`), given as
 * metadata so that the page's stated dates cross-check them.
 *
 * @example
 * const page = '<article><h1>Floods</h1><p>By Jane Doe · June 8, 2023 · 11 min read</p><p>Water rose.</p></article>';
 * runParser(htmlDatelineParser, page)[0]?.value; // { field: 'published', source: 'html', key: 'dateline' }
 * @group HTML
 */
export const htmlDatelineParser: Parser = {
  name: NAME,
  parse(ctx) {
    const page = ctx.page;
    if (!page || page.blocks.length === 0) return [];
    const claims: AnyClaim[] = [];
    let published = false;
    let updated = false;
    const take = (block: Block, labelledOnly: boolean, given: Label | null = null): void => {
      // Every date this parser reads has a four-digit year, and away from the headline a label:
      // most lines are passed over cheaply.
      if (!HAS_YEAR.test(block.text) || (labelledOnly && given === null && !HAS_LABEL.test(block.text))) return;
      const dates = blockTimestamps(block).filter(usableDate);
      const labels = dates.map((m) => (given !== null && m.start === 0 ? given : labelEndingAt(block.text, m.start)));
      const lastUpdate = labels.findLastIndex((l) => l?.updated === true);
      for (const [i, m] of dates.entries()) {
        const label = labels[i] ?? null;
        // Away from the headline, a date without a label is still the publication date when a
        // later date of its line is labelled an update: "December 3, 2025. Updated: December 7, 2025".
        if (labelledOnly && label === null && i > lastUpdate) continue;
        const isUpdate = label?.updated === true;
        if (isUpdate ? updated : published) continue;
        if (isUpdate) updated = true;
        else published = true;
        claims.push(datelineClaim(block, m, isUpdate, label !== null, labelledOnly));
      }
    };
    const { header, after } = headerBlocks(page);
    for (const b of header) {
      // Above the headline, the page's own header (a masthead, a banner) shows the site's
      // "today" date, never the article's.
      if (published && updated) break;
      if (b < page.headline && page.cut[b] === PAGE_HEADER) continue;
      take(page.blocks[b]!, false);
    }
    // No date in the header: a labelled one ("Published August 30, 2024") in a short line of
    // the article or after it (an article footer, a sidebar).
    for (const b of after) if (!published) take(page.blocks[b]!, true);
    // A label alone in its line and the date in the next, as a sidebar of the article's facts
    // lists them ("Published" / "August 30, 2024"), wherever the article's own blocks may be.
    const from = header[0] ?? page.headline;
    for (let b = Math.max(0, from); b + 1 < page.blocks.length && !(published && updated); b++) {
      const label = labelAlone(page.blocks[b]!.text);
      const cut = page.cut[b];
      const next = page.blocks[b + 1]!;
      if (label === null || (cut != null && NOT_THE_ARTICLES.has(cut)) || next.text.length > MAX_DATE_LINE) continue;
      if (timestampAt(next.text, 0) !== null) take(next, true, label);
    }
    // Last resorts, in one pass over the page's blocks. First, an element whose class says it
    // holds the publication date ("Author_publicationTime"), from the header on, wherever a share
    // bar or byline box put it: its first date that no label calls an update ("Updated April 10,
    // 2025" is not its publication). Else a date labelled as the publication ("Published on July
    // 18, 2025", not "Date:") in a short line anywhere but comments, teasers, menus and sidebars,
    // as when the page's header holds the article's title block above a headline taken further down.
    let labelled: { block: Block; m: TimestampMatch } | null = null;
    for (let b = 0; b < page.blocks.length && !published; b++) {
      const block = page.blocks[b]!;
      const short = block.words <= SHORT_LINE_WORDS;
      const line = block.text.length <= MAX_DATE_LINE;
      if ((!short && !line) || !HAS_YEAR.test(block.text)) continue;
      const cut = page.cut[b] ?? null;
      if (line && b >= from && (cut === null || !NOT_A_DATELINE.has(cut)) && markedPublished(block)) {
        const m = blockTimestamps(block).find((d) => usableDate(d) && labelEndingAt(block.text, d.start)?.updated !== true);
        if (m !== undefined) {
          published = true;
          claims.push(datelineClaim(block, m, false, true, true));
          break;
        }
      }
      if (labelled === null && short && (cut === null || !NEVER_A_DATELINE.has(cut)) && HAS_PUBLICATION_LABEL.test(block.text)) {
        const m = blockTimestamps(block).find((d) => usableDate(d) && labelEndingAt(block.text, d.start)?.publication === true);
        if (m !== undefined) labelled = { block, m };
      }
    }
    if (!published && labelled !== null) claims.push(datelineClaim(labelled.block, labelled.m, false, true, true));
    return claims;
  },
};

/** The metadata claim of one dateline date, over the date's own characters. */
function datelineClaim(block: Block, m: TimestampMatch, isUpdate: boolean, labelled: boolean, far: boolean): AnyClaim {
  const date = toPublished(m, block.source.slice(m.start, m.end), null, null);
  date.source = 'text';
  const confidence = isUpdate ? 0.45 : far ? 0.5 : labelled ? 0.6 : 0.55;
  return metadataClaim(
    { field: isUpdate ? 'updated' : 'published', source: 'html', key: DATELINE_KEY, date },
    { start: block.at(m.start), end: block.at(m.end) },
    confidence,
    NAME,
  );
}
