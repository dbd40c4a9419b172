import { claimBlock } from '../parsers/claim.js';
import { splitLabels } from '../parsers/title.js';
import { words } from '../slug.js';
import { clean } from '../text.js';
import type { Block, HtmlElement, HtmlPage, Parser } from '../types.js';
import { attributeWords } from './words.js';

/** A separator between a page title's parts: " | ", " - ", " – ", " — ", " · ", " » ", " :: ". */
const SEPARATOR_SOURCE = ' (?:[|\\-–—·•»~]|::) ';
const SEPARATOR = new RegExp(SEPARATOR_SOURCE);
const SEPARATOR_START = new RegExp(`^${SEPARATOR_SOURCE}`);
const SEPARATOR_END = new RegExp(`${SEPARATOR_SOURCE}$`);
/** Characters between a site's name and the rest of a title. */
const TITLE_PUNCTUATION: ReadonlySet<string> = new Set([...' :|-–—·•»~']);
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

/**
 * The parts of a page's title between separators that may be the article's headline when there
 * are several: not the site's name (`og:site_name`), nor a short last part after a longer title
 * (the name as {@link pageTitle} reads one). A title without separators gives no parts.
 *
 * @example titleParts("Wine Regions | A guide to the world's vineyards | Cork & Co") // ["Wine Regions", "A guide to the world's vineyards"]
 */
export function titleParts(title: string, siteName: string | null = null): string[] {
  const parts = clean(title).split(SEPARATOR);
  if (parts.length < 2) return [];
  const site = siteName ? clean(siteName).toLowerCase() : null;
  const last = parts[parts.length - 1]!;
  const end = last.split(' ').length <= SITE_WORDS && parts.slice(0, -1).join(' ').split(' ').length >= 2 ? parts.length - 1 : parts.length;
  return parts.slice(0, end).filter((p) => p.toLowerCase() !== site);
}

/** Characters left between a headline and a date cut from its start or end: "Title / Dec 2025". */
const DATE_SEPARATORS: ReadonlySet<string> = new Set([...' /|·•–—-,']);
/** A tag, for reading what stands between a date element's start and its text. */
const TAG = /<[^<>]*>/g;
/** More markup than this between a date element's tag and the block's text: not read. */
const MAX_MARKUP = 2000;
/** A digit: a date element's text has one. */
const DIGIT = /\d/;

/** Whether an element holds a date by its markup: `<time>`, or a class or id with the word "date" ("m-date", "title-date"). */
function isDateElement(e: HtmlElement): boolean {
  return e.tag === 'time' || attributeWords(e.id).includes('date') || e.classes.some((c) => attributeWords(c).includes('date'));
}

/**
 * A heading's text without a date the page prints in it, at its start or end in an element of
 * its own (`<h1><time>Dec 18 2025</time> Preparing a transition</h1>`, `<h2>Porting a parser
 * <span class="title-date">/ Dec 2025</span></h2>`): the date is the page's, not the headline's
 * (it stays in the title's segment, as a label does). A heading that is only a date, or whose
 * date stands between words, is left as it is.
 *
 * @example datelessText(page, block, input) // "Preparing a transition" for "Dec 18 2025 Preparing a transition"
 */
export function datelessText(page: HtmlPage, block: Block, input: string): string {
  const heading = block.html?.container;
  if (heading === undefined) return block.source;
  const { source } = block;
  let from = 0;
  let to = source.length;
  for (let k = heading.index + 1; k < page.elements.length && page.elements[k]!.start < block.end; k++) {
    const e = page.elements[k]!;
    if (e.textChars === 0 || !isDateElement(e)) continue;
    // An element that opens before the block holds its first characters only when markup alone stands between.
    if (e.start < block.start && (block.start - e.start > MAX_MARKUP || input.slice(e.start, block.start).replace(TAG, '').trim() !== '')) continue;
    // The element's text: from the first character at or after its tag, as many non-space characters as it holds.
    let i = 0;
    while (i < source.length && block.at(i) < e.start) i++;
    let j = i;
    for (let chars = 0; j < source.length && chars < e.textChars; j++) if (source[j]!.trim() !== '') chars++;
    if (!DIGIT.test(source.slice(i, j))) continue;
    if (source.slice(from, i).trim() === '') from = Math.max(from, j);
    else if (source.slice(j, to).trim() === '') to = Math.min(to, i);
  }
  while (from < to && DATE_SEPARATORS.has(source[from]!)) from++;
  while (to > from && DATE_SEPARATORS.has(source[to - 1]!)) to--;
  const rest = source.slice(from, to);
  return words(rest).length >= 2 ? rest : block.source;
}

/** The separator a site's title template puts between a headline and what it appends: " | ". */
const PIPE = ' | ';

/**
 * A visible headline without what the site's title template adds to it: of parts between
 * " | " the longest ("Floods in Mosul | World" gives "Floods in Mosul"; editors do not put
 * pipes in headlines, templates do), and a last part after a separator that is the site's name
 * (`og:site_name`: "Floods in Mosul – Alalam"). Labels split as in the title parser.
 *
 * @example headlineText("Floods in Mosul | World | Alalam News", null) // "Floods in Mosul"
 */
export function headlineText(text: string, siteName: string | null): string {
  let out = text;
  if (siteName) {
    const parts = out.split(SEPARATOR);
    if (parts.length >= 2 && parts[parts.length - 1]!.toLowerCase() === clean(siteName).toLowerCase()) {
      out = out.slice(0, out.length - parts[parts.length - 1]!.length).replace(SEPARATOR_END, '');
    }
  }
  if (out.includes(PIPE)) out = out.split(PIPE).reduce((a, b) => (words(b).length > words(a).length ? b : a)).trim();
  return out;
}

/**
 * Which end of the `<title>` `part` is, the rest after or before a title separator ("How I
 * built it" is the last part of "Jane's Lab - How I built it"), or `null`. Pages state their
 * title without the site's name in `og:title`.
 */
function endPartOf(title: string, part: string): 'first' | 'last' | null {
  const t = clean(title).toLowerCase();
  const p = clean(part).toLowerCase();
  if (p.length === 0 || p.length >= t.length) return null;
  if (t.startsWith(p) && SEPARATOR_START.test(t.slice(p.length))) return 'first';
  if (t.endsWith(p) && SEPARATOR_END.test(t.slice(0, t.length - p.length))) return 'last';
  return null;
}

/**
 * `og:title` when it is the article's title without the site's name: the `<title>`'s first or
 * last part, and not the site's name itself (`og:site_name`, or a short last part, as
 * {@link pageTitle} reads one).
 */
function statedWithoutSite(title: string, og: string | undefined, site: string | null): string | null {
  if (og === undefined) return null;
  const end = endPartOf(title, og);
  if (end === null || (site !== null && clean(og).toLowerCase() === clean(site).toLowerCase())) return null;
  return end === 'last' && words(og).length <= SITE_WORDS ? null : og;
}

/** Whether the page's structure names a headline that stands above its stated title: an `h1` or `itemprop=headline`. */
export function hasStructuralHeadline(page: HtmlPage & { headline: number }): boolean {
  const h = page.blocks[page.headline]?.html;
  return h !== undefined && (h.level === 1 || h.element.itemprop === 'headline' || h.container.itemprop === 'headline') && siteNameHeadline(page) === null;
}

/**
 * The page's `<title>` without the headline when the headline is the site's name rather than
 * the article's (a blog whose `h1` is its name, "Jane's Notes", and whose title is
 * "Jane's Notes: Week two in the garden"): the headline is short, starts or ends the title,
 * which says at least two words more, and the page says it is the site's name (it is
 * `og:site_name`, the rest of the title is `og:title`, or the headline is a link). `null` otherwise.
 *
 * @example siteNameHeadline(readPage("<title>Jane's Notes: Week two</title><h1><a href='/'>Jane's Notes</a></h1><p>Beans.</p>").page) // "Week two"
 */
export function siteNameHeadline(page: HtmlPage & { headline: number }): string | null {
  const h = page.blocks[page.headline];
  if (h === undefined || page.title === null || h.words > SITE_WORDS) return null;
  const title = clean(page.title);
  const name = h.value.toLowerCase();
  const lower = title.toLowerCase();
  let rest: string | null = null;
  if (lower.startsWith(name)) rest = title.slice(name.length);
  else if (lower.endsWith(name)) rest = title.slice(0, title.length - name.length);
  if (rest === null) return null;
  rest = trimSeparators(rest);
  if (words(rest).length < 2) return null;
  // What says the headline is the site's name: the page names itself so (og:site_name), its
  // stated title is the rest (og:title), or the headline is a link (to the home page).
  const meta = (key: string) => page.meta.find((m) => m.key === key)?.content;
  const same = (a: string | undefined, b: string) => a !== undefined && words(a).join(' ') === words(b).join(' ');
  const linked = h.html !== undefined && h.html.chars > 0 && h.html.linkChars === h.html.chars;
  return same(meta('og:site_name'), h.value) || same(meta('og:title'), rest) || linked ? rest : null;
}

/** Trims spaces and title separators (":", "|", "-", "–", "—", "·", "•", "»", "~") from both ends. */
function trimSeparators(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && TITLE_PUNCTUATION.has(s[a]!)) a++;
  while (b > a && TITLE_PUNCTUATION.has(s[b - 1]!)) b--;
  return s.slice(a, b);
}

/**
 * Claims the page's stated title when its structure names no `h1` headline (or the `h1` is
 * the site's name: a link home, `og:site_name`, or the `<title>` is it and `og:title`): the visible line that repeats the `<title>`
 * (without the site's name), else the `<title>` text in the head.
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
    const og = statedWithoutSite(page.title, page.meta.find((m) => m.key === 'og:title')?.content, site);
    const text = siteNameHeadline(page) ?? pageTitle(og ?? page.title, site);
    if (!text) return [];
    // The visible line that repeats the stated title is the headline; else the title itself.
    const wanted = words(text).join(' ');
    const line = ctx.blocks.find((b) => b.words <= MAX_WORDS && words(b.html?.kind === 'heading' ? datelessText(page, b, ctx.input) : b.text).join(' ') === wanted);
    if (line) return [claimBlock(line, 'title', splitLabels(line.html?.kind === 'heading' ? datelessText(page, line, ctx.input) : line.source), 0.95, 'html-title')];
    return [{ kind: 'title', start: page.titleSpan.start, end: page.titleSpan.end, value: splitLabels(text), confidence: 0.95, by: 'html-title' }];
  },
};
