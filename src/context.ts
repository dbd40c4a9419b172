import { SOFT_CUTS, selectContent } from './html/content.js';
import { htmlPage, looksLikeHtml } from './input/html.js';
import { textBlocks } from './input/text.js';
import type { Block, PageContext, ParseContext, ParseOptions, ResolvedOptions, SiteProfile, Span, Warning } from './types.js';

/** Applies defaults to {@link ParseOptions}. */
export function resolveOptions(options: ParseOptions = {}): ResolvedOptions {
  return {
    id: options.id ?? null,
    url: options.url ?? null,
    format: options.format ?? 'auto',
    zone: options.zone ?? null,
    referenceDate: options.referenceDate ?? null,
    titleHint: options.titleHint ?? null,
    content: options.content ?? 'article',
  };
}

/**
 * Reads an HTML page and selects its article: the page with its content selection, and the
 * article's blocks (headline, article header and main content) indexed from 0 for the parsers;
 * with `content: 'page'`, every block of the page and no selection.
 */
export function readPage(input: string, content: 'article' | 'page' = 'article'): { page: PageContext; blocks: Block[] } {
  const page = htmlPage(input);
  const { cut, headline, root } =
    content === 'article' ? selectContent(page) : { cut: page.blocks.map(() => null), headline: -1, root: null };
  const blocks: Block[] = [];
  const blockIndex: number[] = [];
  page.blocks.forEach((b, i) => {
    const reason = cut[i];
    if (reason != null && !SOFT_CUTS.has(reason)) return;
    blockIndex.push(i);
    blocks.push({ ...b, index: blocks.length });
  });
  return { page: { ...page, cut, headline, root, blockIndex }, blocks };
}

/**
 * Builds the context parsers read: the input split into blocks (lines of text, or the
 * article's HTML text blocks) with offsets into `input`, the page's structure for HTML,
 * the profile, options and a warning sink.
 *
 * @example createContext("Title\n\nBody.").blocks.length // 2
 */
export function createContext(
  input: string,
  options: ParseOptions = {},
  profile: SiteProfile | null = null,
  warnings: Warning[] = [],
): ParseContext {
  const resolved = resolveOptions(options);
  const format =
    resolved.format === 'auto' ? (looksLikeHtml(input) ? 'html' : 'text') : resolved.format;
  const read = format === 'html' ? readPage(input, resolved.content) : { page: null, blocks: textBlocks(input) };
  return {
    input,
    format,
    blocks: read.blocks,
    page: read.page,
    url: resolved.url,
    profile,
    options: resolved,
    warn(code: string, message: string, span?: Span) {
      warnings.push({ code, message, start: span?.start ?? null, end: span?.end ?? null });
    },
  };
}
