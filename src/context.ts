import { htmlBlocks, looksLikeHtml } from './input/html.js';
import { textBlocks } from './input/text.js';
import type { ParseContext, ParseOptions, ResolvedOptions, SiteProfile, Span, Warning } from './types.js';

/** Applies defaults to {@link ParseOptions}. */
export function resolveOptions(options: ParseOptions = {}): ResolvedOptions {
  return {
    id: options.id ?? null,
    url: options.url ?? null,
    format: options.format ?? 'auto',
    zone: options.zone ?? null,
    referenceDate: options.referenceDate ?? null,
    titleHint: options.titleHint ?? null,
  };
}

/**
 * Builds the context parsers read: the input split into blocks (lines of text, or HTML
 * text blocks) with offsets into `input`, the profile, options and a warning sink.
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
  const blocks = format === 'html' ? htmlBlocks(input) : textBlocks(input);
  return {
    input,
    format,
    blocks,
    url: resolved.url,
    profile,
    options: resolved,
    warn(code: string, message: string, span?: Span) {
      warnings.push({ code, message, start: span?.start ?? null, end: span?.end ?? null });
    },
  };
}
