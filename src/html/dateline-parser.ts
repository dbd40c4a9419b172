import { PUBLISHED_PREFIXES } from '../data/published-prefixes.js';
import { findTimestamps, toPublished, type TimestampMatch } from '../dates/timestamp.js';
import type { AnyClaim, Block, Parser } from '../types.js';
import { headerBlocks } from './header.js';
import { metadataClaim } from './metadata.js';

const NAME = 'html-dateline';
/** The `key` of the dates this parser reads, so the `metadata` resolver knows them for visible text. */
export const DATELINE_KEY = 'dateline';
/** How far before a date its label may stand: "Last updated on ", "Published: ". */
const LABEL_REACH = 32;
/** Years a visible publication date may have; outside them it is a product year or a typo. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
/** A letter or mark, which before a label means the label is the end of a longer word. */
const LETTER = /[\p{L}\p{M}]/u;
/** Separators between a label and its date: "Updated: ", "Published on | ". */
const BETWEEN: ReadonlySet<string> = new Set([...' \t\n\u00a0:|•·,–—-']);
/** The labels, longest first, lower-cased, so "last updated on" is found before "updated on". */
const LABELS = [...PUBLISHED_PREFIXES]
  .map((p) => ({ text: p.text.toLowerCase(), updated: p.updated === true }))
  .sort((a, b) => b.text.length - a.text.length);

/** The label written just before a date in a dateline, if any: whether it says updated. */
function labelBefore(text: string, start: number): { updated: boolean } | null {
  let end = start;
  while (end > 0 && start - end < LABEL_REACH && BETWEEN.has(text[end - 1]!)) end--;
  const before = text.slice(Math.max(0, end - LABEL_REACH), end).toLowerCase();
  for (const label of LABELS) {
    if (!before.endsWith(label.text)) continue;
    const prior = before[before.length - label.text.length - 1];
    if (prior === undefined || !LETTER.test(prior)) return { updated: label.updated };
  }
  return null;
}

/** A date that gives a day: a year in range and no weekday that contradicts it. */
function usable(m: TimestampMatch): boolean {
  return !m.weekdayMismatch && m.year >= MIN_YEAR && m.year <= MAX_YEAR && m.numeric === undefined;
}

/**
 * Reads the dates an article's dateline shows around its headline, "By Jane Doe · Jun 8, 2023 ·
 * 11 min read" or "Published March 4, 2024 — Updated May 1, 2024", when they share a line
 * with other words (a block that is a timestamp alone is the `published` parser's). The first
 * date without an update label is the publication date, the first labelled "Updated",
 * "Last modified"… the update time; both are visible text (`source: "text"`), given as
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
    const take = (block: Block, labelledOnly: boolean): void => {
      for (const m of findTimestamps(block.text)) {
        if (!usable(m)) continue;
        const label = labelBefore(block.text, m.start);
        if (labelledOnly && label === null) continue;
        const isUpdate = label?.updated === true;
        if (isUpdate ? updated : published) continue;
        if (isUpdate) updated = true;
        else published = true;
        claims.push(datelineClaim(block, m, isUpdate, label !== null, labelledOnly));
      }
    };
    const { header, after } = headerBlocks(page);
    for (const b of header) if (!(published && updated)) take(page.blocks[b]!, false);
    // No date in the header: a labelled one ("Published August 30, 2024") in a short line of
    // the article or after it (an article footer, a sidebar).
    for (const b of after) if (!published) take(page.blocks[b]!, true);
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
