import type { Article, ParagraphKind, Published } from './types.js';

/** A body paragraph with its kind, as in `Article.paragraphs`. */
type Paragraph = Article['paragraphs'][number];

/** Whitespace CommonMark treats as such; a run folds to one space in every block but code. */
const ASCII_SPACE_RUN = /[ \t\n\v\f\r]+/g;

/** Characters the inline escaper looks at: the inline-significant ones and those a line may open with. */
const SPECIAL = /[\\`*_[~<&|#>+=.)-]/g;

/** After `<`: a tag, closing tag, comment, declaration or processing instruction (raw HTML). */
const HTML_START = /^[A-Za-z/!?]/;

/** After `&`: a character reference CommonMark would decode ("&amp;", "&#39;", "&#x27;"). */
const ENTITY = /^(?:#[0-9]{1,7}|#[Xx][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/;

/** A letter or digit: `_` between two of them is intraword and cannot emphasise. */
const ALNUM = /^[\p{L}\p{N}]$/u;

/** ATX heading opener: "# ", "###", up to six. */
const HEADING_START = /^#{1,6}(?:[ \t]|$)/;
/** Bullet list marker: "- ", "+ ", "* " (or the marker alone). */
const BULLET_START = /^[-+*](?:[ \t]|$)/;
/** Thematic break: three or more of one of `-`, `*`, `_`, spaces between allowed ("* * *"). */
const THEMATIC_BREAK = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
/** Setext heading underline ("===", "---") when the line follows another. */
const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/;
/** Ordered list marker: up to nine digits, then "." or ")", then a space or the end. */
const ORDERED_START = /^[0-9]{1,9}[.)](?:[ \t]|$)/;
const DIGITS = /^[0-9]+/;

/** The longest run of backticks in a code block decides the fence. */
const BACKTICK_RUN = /`+/g;

/**
 * Where a line's text would open a block (heading, quote, list, break, setext underline) if
 * written at the start of a line: the index of the character to escape, or -1.
 */
function structureAt(text: string): number {
  if (HEADING_START.test(text) || text.startsWith('>') || BULLET_START.test(text)) return 0;
  if (THEMATIC_BREAK.test(text) || SETEXT_UNDERLINE.test(text)) return 0;
  if (ORDERED_START.test(text)) return DIGITS.exec(text)?.[0].length ?? -1;
  return -1;
}

/** Whether `ch` at `i` needs a backslash wherever it stands in a line. */
function inlineSignificant(ch: string, i: number, text: string, pipes: boolean): boolean {
  switch (ch) {
    case '\\':
    case '`':
    case '[':
    case '~':
      // Backslash escapes, code spans, links and reference definitions, GFM strikethrough.
      return true;
    case '*':
    case '_': {
      // Inside the text, a delimiter with a space on both sides neither opens nor closes
      // emphasis, and an `_` between two letters or digits is intraword. At either end of the
      // text the neighbour is unknown (a line start, a closing `*`), so it is escaped.
      const before = text[i - 1];
      const after = text[i + 1];
      if (before === undefined || after === undefined) return true;
      if (isSpace(before) && isSpace(after)) return false;
      return !(ch === '_' && ALNUM.test(before) && ALNUM.test(after));
    }
    case '<':
      return HTML_START.test(text.slice(i + 1, i + 2));
    case '&':
      return ENTITY.test(text.slice(i + 1, i + 34));
    case '|':
      return pipes;
    default:
      return false;
  }
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t';
}

/**
 * Escapes `text` so that it renders as itself: inline syntax always, block syntax too when the
 * text starts a line (`lineStart`), and `|` when the line may sit under another (a GFM table).
 */
function escape(text: string, lineStart: boolean, pipes = false): string {
  const at = lineStart ? structureAt(text) : -1;
  return text.replace(SPECIAL, (ch: string, i: number) => (i === at || inlineSignificant(ch, i, text, pipes) ? `\\${ch}` : ch));
}

/** Every run of ASCII whitespace as one space, trimmed: Markdown would fold a line break anyway. */
function oneLine(text: string): string {
  return text.replace(ASCII_SPACE_RUN, ' ').trim();
}

/**
 * One line of text escaped for Markdown (whitespace runs folded), so it renders as written;
 * `lineStart` when it opens a line, where `#`, `>`, `-`, `1.` and the like would start a block.
 *
 * @example escapeMarkdown("1. *Not* a list") === "1\\. \\*Not\\* a list"
 */
export function escapeMarkdown(text: string, lineStart = true): string {
  return escape(oneLine(text), lineStart);
}

/** A fence of backticks longer than any run of backticks in the code (at least three). */
function fenceFor(code: string): string {
  let longest = 0;
  for (const m of code.matchAll(BACKTICK_RUN)) longest = Math.max(longest, m[0].length);
  return '`'.repeat(Math.max(3, longest + 1));
}

/**
 * A heading's text, escaped; a closing run of `#` (after a space, or the whole text) is
 * escaped too, since CommonMark would strip it as the heading's closing sequence.
 */
function headingText(text: string): string {
  const escaped = escape(text, false);
  let start = escaped.length;
  while (start > 0 && escaped[start - 1] === '#') start--;
  if (start === escaped.length || (start > 0 && !isSpace(escaped[start - 1]!))) return escaped;
  return `${escaped.slice(0, start)}\\${escaped.slice(start)}`;
}

/** A heading level 1..6, or `null` when the value is not one. */
function validLevel(level: unknown): number | null {
  return typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 6 ? level : null;
}

/** The date as written by its precision ("2024-03-02 09:15"), with its zone when known; the raw text when `local` is empty. */
function when(p: Published): string {
  const local = typeof p.local === 'string' ? p.local : '';
  if (local === '') return oneLine(String(p.raw ?? ''));
  const length = p.precision === 'day' ? 10 : p.precision === 'minute' ? 16 : 19;
  const shown = local.slice(0, length).replace('T', ' ');
  return p.zone ? `${shown} ${p.zone}` : shown;
}

/**
 * The body in reading order: the typed paragraphs, with the article's captions put back
 * where their claims stood (a text scrape's "Photo: …" lines are not body paragraphs).
 */
function bodyOf(article: Article): Paragraph[] {
  const body = article.body ?? [];
  const paragraphs: readonly Paragraph[] =
    (article.paragraphs ?? []).length > 0 || body.length === 0
      ? (article.paragraphs ?? [])
      : body.map((text) => ({ text, kind: 'paragraph', level: null, row: null }));
  const captions = article.captions ?? [];
  if (captions.length === 0) return [...paragraphs];
  const out: Paragraph[] = [];
  let p = 0;
  let c = 0;
  for (const claim of article.claims ?? []) {
    if (claim.kind === 'body' && claim.value.text && p < paragraphs.length) out.push(paragraphs[p++]!);
    else if (claim.kind === 'caption' && c < captions.length) out.push({ text: captions[c++]!, kind: 'caption', level: null, row: null });
  }
  out.push(...paragraphs.slice(p));
  for (const text of captions.slice(c)) out.push({ text, kind: 'caption', level: null, row: null });
  return out;
}

/** Kinds whose consecutive paragraphs make one block (one list, one quote, one code block, one table). */
const GROUPED: ReadonlySet<ParagraphKind> = new Set(['list-item', 'quote', 'preformatted', 'table-cell']);

/**
 * A run of table cells as a GFM table: cells that share a row (`row`) make one table row, the
 * first row is the header, and short rows are padded with empty cells. Cells with no row (a
 * hand-built article) are each their own line, joined by hard breaks.
 */
function tableBlock(cells: readonly Paragraph[]): string {
  if (cells.some((c) => c.row === null || c.row === undefined)) {
    return cells.map((c) => escape(oneLine(c.text), true, true)).join('\\\n');
  }
  const rows: string[][] = [];
  let last: number | null = null;
  for (const c of cells) {
    if (c.row !== last) rows.push([]);
    rows[rows.length - 1]!.push(escape(oneLine(c.text), false, true));
    last = c.row;
  }
  const width = Math.max(...rows.map((r) => r.length));
  const line = (r: readonly string[]): string => `| ${[...r, ...Array<string>(width - r.length).fill('')].join(' | ')} |`;
  return [line(rows[0]!), line(Array<string>(width).fill('---')), ...rows.slice(1).map(line)].join('\n');
}

/** The Markdown block for a run of paragraphs of one grouped kind. */
function groupBlock(kind: ParagraphKind, texts: readonly string[]): string {
  switch (kind) {
    case 'list-item':
      return texts.map((t) => `- ${escape(oneLine(t), true)}`).join('\n');
    case 'quote':
      return texts.map((t) => `> ${escape(oneLine(t), true)}`).join('\n>\n');
    case 'preformatted': {
      const code = texts.join('\n');
      const fence = fenceFor(code);
      return `${fence}\n${code}\n${fence}`;
    }
    default:
      // Any other kind (table cells go to tableBlock): each its own line, hard breaks between.
      return texts.map((t) => escape(oneLine(t), true, true)).join('\\\n');
  }
}

/**
 * Renders an article as Markdown with its body's structure (headings, lists, quotes, code,
 * table cells, captions), escaped so that no sentence of the text is read as Markdown syntax.
 *
 * `# title`, then the labels as one italic line, then one line with the publication time, the
 * update time and the credits, then the body. Body headings keep their relative depth, the
 * highest in the body becoming `##`; consecutive paragraphs of one kind make one list, quote,
 * code block or table (a GFM table, its first row the header). Site, URL, embedded data, cruft and warnings are
 * left out; the full rules are in the guide "Markdown output". Never throws; `""` for an article
 * with nothing to show.
 *
 * @example toMarkdown(parseArticle("<h1>Ferry Returns</h1><h2>Why</h2><ul><li>New hull</li></ul>"))
 * // "# Ferry Returns\n\n## Why\n\n- New hull\n"
 * @group Parse
 */
export function toMarkdown(article: Article): string {
  const blocks: string[] = [];
  const title = oneLine(String(article.title ?? ''));
  if (title !== '') blocks.push(`# ${headingText(title)}`);
  const labels = (article.labels ?? []).filter((l) => typeof l === 'string').map(oneLine).filter((l) => l !== '');
  if (labels.length > 0) blocks.push(`*${escape(labels.join(' · '), false)}*`);

  const meta: string[] = [];
  if (article.published) meta.push(when(article.published));
  if (article.updated) meta.push(`updated ${when(article.updated)}`);
  for (const credit of article.credits ?? []) meta.push(oneLine(String(credit.text ?? '')));
  const metaLine = meta.filter((m) => m !== '').join(' · ');
  if (metaLine !== '') blocks.push(escape(metaLine, true));

  const body = bodyOf(article).filter((p) => typeof p.text === 'string' && p.text.trim() !== '');
  let top = 6;
  for (const p of body) if (p.kind === 'heading') top = Math.min(top, validLevel(p.level) ?? 6);
  for (let i = 0; i < body.length; ) {
    const { kind, text, level } = body[i]!;
    if (GROUPED.has(kind)) {
      const run: Paragraph[] = [];
      for (; i < body.length && body[i]!.kind === kind; i++) run.push(body[i]!);
      blocks.push(kind === 'table-cell' ? tableBlock(run) : groupBlock(kind, run.map((r) => r.text)));
      continue;
    }
    i++;
    if (kind === 'heading') {
      const depth = Math.min(6, (validLevel(level) ?? top) - top + 2);
      blocks.push(`${'#'.repeat(depth)} ${headingText(oneLine(text))}`);
    } else if (kind === 'caption') blocks.push(`*${escape(oneLine(text), false)}*`);
    else blocks.push(escape(oneLine(text), true));
  }
  return blocks.length === 0 ? '' : `${blocks.join('\n\n')}\n`;
}
