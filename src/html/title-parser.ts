import { claimBlock } from '../parsers/claim.js';
import { splitLabels } from '../parsers/title.js';
import { words } from '../slug.js';
import { clean } from '../text.js';
import type { HtmlPage, Parser } from '../types.js';

/** A separator between a page title's parts: " | ", " - ", " – ", " — ", " · ", " » ", " :: ". */
const SEPARATOR = / (?:[|\-–—·•»~]|::) /;
/** A line longer than this is not compared with the title. */
const MAX_WORDS = 40;
/** A trailing part of at most this many words is the site's name. */
const SITE_WORDS = 4;

/**
 * The article's title from a page's `<title>`: without the site's name, which the page states
 * in `og:site_name` or which is the short last part after a separator.
 *
 * @example pageTitle("Floods in Mosul | Alalam News") // "Floods in Mosul"
 */
export function pageTitle(title: string, siteName: string | null = null): string {
  const parts = clean(title).split(SEPARATOR);
  const site = siteName ? clean(siteName).toLowerCase() : null;
  if (site) {
    const kept = parts.filter((p) => p.toLowerCase() !== site);
    if (kept.length > 0 && kept.length < parts.length) return kept.join(' - ');
  }
  if (parts.length >= 2) {
    const last = parts[parts.length - 1]!;
    const rest = parts.slice(0, -1).join(' - ');
    if (last.split(' ').length <= SITE_WORDS && rest.split(' ').length >= 2) return rest;
  }
  return parts.join(' - ');
}

/** Whether the page's structure names a headline that stands above its stated title: an `h1` or `itemprop=headline`. */
export function hasStructuralHeadline(page: HtmlPage & { headline: number }): boolean {
  const h = page.blocks[page.headline]?.html;
  return h !== undefined && (h.level === 1 || h.element.itemprop === 'headline' || h.container.itemprop === 'headline');
}

/**
 * Claims the page's stated title when its structure names no `h1` headline: the visible line
 * that repeats the `<title>` (without the site's name), else the `<title>` text in the head.
 *
 * @example
 * const page = '<html><head><title>Floods in Mosul | Alalam</title></head><body><p>Floods in Mosul</p><p>Water rose.</p></body></html>';
 * runParser(htmlTitleParser, page)[0]?.value; // { text: 'Floods in Mosul', labels: [] }
 * @group HTML
 */
export const htmlTitleParser: Parser = {
  name: 'html-title',
  parse(ctx) {
    const page = ctx.page;
    if (!page?.title || !page.titleSpan || hasStructuralHeadline(page)) return [];
    const site = page.meta.find((m) => m.key === 'og:site_name')?.content ?? null;
    const text = pageTitle(page.title, site);
    if (!text) return [];
    // The visible line that repeats the stated title is the headline; else the title itself.
    const wanted = words(text).join(' ');
    const line = ctx.blocks.find((b) => b.words <= MAX_WORDS && words(b.text).join(' ') === wanted);
    if (line) return [claimBlock(line, 'title', splitLabels(line.source), 0.95, 'html-title')];
    return [{ kind: 'title', start: page.titleSpan.start, end: page.titleSpan.end, value: splitLabels(text), confidence: 0.95, by: 'html-title' }];
  },
};
