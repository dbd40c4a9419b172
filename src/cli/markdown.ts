import { escapeMarkdown, toMarkdown } from '../markdown.js';
import type { Article } from '../types.js';
import type { FailedRecord } from './records.js';

/** What `--format markdown` writes between two records: a thematic break with blank lines around it. */
export const MARKDOWN_SEPARATOR = '\n---\n\n';

/** What an article with no title, date, credit or body shows, so that its record is not a bare comment. */
const EMPTY = '*Nothing to show: no title, date, credits or body.*';

/** `"…"` as JSON, with `--` broken up so the value cannot end the HTML comment it sits in. */
function commentValue(value: string | null): string {
  return JSON.stringify(value).replaceAll('--', '-\\u002d');
}

/** An HTML comment naming the record (`<!-- news-scrape id="…" source="…" -->`): hidden when rendered, easy to grep. */
function recordComment(id: string | null, source: string): string {
  return `<!-- news-scrape id=${commentValue(id)} source=${commentValue(source)} -->`;
}

/** Text inside a line, escaped so that it shows as written. */
function inline(text: string): string {
  return escapeMarkdown(text, false);
}

/** One article as Markdown (see `toMarkdown`), under a comment naming its record; a note when it has nothing to show. */
export function markdownArticle(article: Article, source: string): string {
  const markdown = toMarkdown(article).trimEnd() || EMPTY;
  return `${recordComment(article.id, source)}\n\n${markdown}`;
}

/** A record that could not be read or parsed, as a short Markdown note in its place. */
export function markdownFailure(record: FailedRecord): string {
  const id = record.id === null ? '' : ` (id ${inline(record.id)})`;
  const note = `> **Not parsed:** ${inline(record.source)}${id}: ${inline(record.error.code)}, ${inline(record.error.message)}`;
  return `${recordComment(record.id, record.source)}\n\n${note}`;
}
