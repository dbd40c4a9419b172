/**
 * The HTML adapter: the only module that imports htmlparser2. It turns a page into
 * text blocks whose every character still points at the input offset it came from.
 *
 * @module
 */

import { type Handler, Parser } from 'htmlparser2';
import { clean, cleanWordCount, fold, isSpaceCode } from '../text.js';
import type { Block, BlockHtml, HtmlElement, HtmlMeta, HtmlPage, ParagraphKind, Span } from '../types.js';

/** Elements whose start or end ends the current text block (`<br>` and `<hr>` included). */
const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details',
  'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li',
  'main', 'menu', 'nav', 'ol', 'optgroup', 'option', 'p', 'pre', 'section', 'select', 'summary',
  'table', 'tbody', 'td', 'textarea', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Elements whose content is not article text. */
const HIDDEN_ELEMENTS: ReadonlySet<string> = new Set([
  'head', 'iframe', 'noscript', 'script', 'style', 'svg', 'template', 'title',
]);

/** A document start: doctype or one of the document-level elements. */
const DOCUMENT_START = /<(?:!doctype|html|head|body)(?=[\s/>])/iy;
/** Whitespace (BOM included, as JavaScript's `\s`) at a position. */
const SPACE_RUN = /\s*/y;
/** Block-level tags whose open/close pairs (or `<br>`s) mark a text as HTML. */
const TELLTALE_TAGS: readonly string[] = [
  'p', 'div', 'h[1-6]', 'br', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'article', 'section',
  'header', 'footer', 'aside', 'nav', 'main', 'blockquote', 'pre', 'table', 'tr', 'td', 'th',
  'figure', 'figcaption',
];
/** An opening or closing telltale tag; `[^<>]*` stops at the next `<`, so a scan is linear. */
const TELLTALE_TAG = new RegExp(`<(/?)(${TELLTALE_TAGS.join('|')})(?=[\\s/>])[^<>]*>`, 'gi');

/** Index just past the whitespace, comments and `<?…?>` prologs at the start of `input`. */
function skipProlog(input: string): number {
  let i = 0;
  for (;;) {
    SPACE_RUN.lastIndex = i;
    SPACE_RUN.test(input);
    i = SPACE_RUN.lastIndex;
    const close = input.startsWith('<!--', i) ? '-->' : input.startsWith('<?', i) ? '?>' : null;
    if (close === null) return i;
    const end = input.indexOf(close, i + 2);
    if (end < 0) return i;
    i = end + close.length;
  }
}

/**
 * Whether the input looks like HTML rather than a plain-text scrape: it starts with a
 * doctype, `<html`, `<head` or `<body` (after BOM, whitespace or comments), or it has at
 * least two block-level elements with their closing tags (each `<br>` counts as one).
 *
 * @example looksLikeHtml("<p>Deir Ezzor</p><p>18 January 2017</p>") === true
 * @example looksLikeHtml("if a < b and c > d") === false
 * @group HTML
 */
export function looksLikeHtml(input: string): boolean {
  DOCUMENT_START.lastIndex = skipProlog(input);
  if (DOCUMENT_START.test(input)) return true;
  const open = new Map<string, number>();
  let elements = 0;
  TELLTALE_TAG.lastIndex = 0;
  for (let m = TELLTALE_TAG.exec(input); m !== null; m = TELLTALE_TAG.exec(input)) {
    const name = (m[2] ?? '').toLowerCase();
    if (name === 'br') elements++;
    else if (m[1] !== '/') open.set(name, (open.get(name) ?? 0) + 1);
    else if ((open.get(name) ?? 0) > 0) {
      open.set(name, (open.get(name) ?? 0) - 1);
      elements++;
    }
    if (elements >= 2) return true;
  }
  return false;
}

/**
 * Maps text indices of a block to input offsets with one entry per run: a run that starts at
 * text index `texts[r]` maps to input offset `froms[r]`, plus the index within the run when
 * `steps[r]` is 1 (copied text) or not (text decoded from one character reference).
 */
function runMapper(texts: Int32Array, froms: Int32Array, steps: Uint8Array, start: number, end: number, length: number): (i: number) => number {
  return (i) => {
    if (i <= 0) return start;
    if (i >= length) return end;
    let lo = 0;
    let hi = texts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (texts[mid]! <= i) lo = mid;
      else hi = mid - 1;
    }
    return steps[lo] ? froms[lo]! + (i - texts[lo]!) : froms[lo]!;
  };
}

/** The offsets of a block copied in one stretch from the input: `start + i`. */
function straightMapper(start: number, end: number, length: number): (i: number) => number {
  return (i) => (i <= 0 ? start : i >= length ? end : start + i);
}

const LOWER = /^\p{Ll}$/u;
const UPPER = /^\p{Lu}/u;
const DIGIT = /^\p{Nd}$/u;

/**
 * Whether text joined at an inline element's tag with no space glues two words: a lower-case
 * letter or a digit before a capital ("HealthDECEMBER", "byJane", "2022Updated"). Markup inside
 * a word ("<b>W</b>ord", "10<sup>th</sup>", "CO<sub>2</sub>") does not.
 */
function gluesWords(last: string, next: string): boolean {
  return (LOWER.test(last) || DIGIT.test(last)) && UPPER.test(next);
}

/** Collects one block's decoded text and its input offsets as runs, collapsing whitespace runs. */
class BlockBuilder {
  private pieces: string[] = [];
  private length = 0;
  private texts: number[] = [];
  private froms: number[] = [];
  private steps: number[] = [];
  /** Input offset where the pending whitespace run starts, or -1. */
  private space = -1;
  /** Input offset just past the source of the last non-space character. */
  private end = 0;
  /** Input offset of an inline element's tag met since the last character, or -1. */
  private boundary = -1;
  /** The block's last character so far. */
  private last = '';
  /** The DOM context of the block being built (set with its first character). */
  private context: BlockHtml | null = null;
  /** Called for the block's first character: the DOM context to record. */
  contextOf: (() => BlockHtml) | null = null;
  /** Whether the characters being added are inside a link. */
  inLink = false;
  /** The element characters are being added in, whose counts grow with each. */
  current: HtmlElement | null = null;

  /** Adds text copied verbatim from `input` at `from`. */
  copy(data: string, from: number): void {
    this.scan(data, from, 1, 0);
  }

  /** Adds text decoded from `[from, to)` (`&#8217;` → `’`): each character points at `from`. */
  derive(data: string, from: number, to: number): void {
    this.scan(data, from, 0, to);
  }

  /**
   * Splits `data` into whitespace runs and runs of words with single spaces between them (one
   * piece each: most text is such a run); `step` 1 maps each character to `from + k`, 0 all to `from`.
   */
  private scan(data: string, from: number, step: 0 | 1, to: number): void {
    const n = data.length;
    let k = 0;
    while (k < n) {
      if (isSpaceCode(data.charCodeAt(k))) {
        if (this.space < 0) this.space = from + step * k;
        k++;
        while (k < n && isSpaceCode(data.charCodeAt(k))) k++;
        if (k >= n) break;
      }
      const e0 = k;
      let spaces = 0;
      while (k < n) {
        if (!isSpaceCode(data.charCodeAt(k))) k++;
        // One plain space between two words stays inside the run; any other whitespace ends it.
        else if (data.charCodeAt(k) === 0x20 && k + 1 < n && !isSpaceCode(data.charCodeAt(k + 1))) {
          spaces++;
          k += 2;
        } else break;
      }
      this.add(data.slice(e0, k), k - e0 - spaces, from + step * e0, step, step ? from + k : to);
    }
  }

  /** Marks an inline element's tag at `at` between two characters (see {@link gluesWords}). */
  tag(at: number): void {
    if (this.boundary < 0) this.boundary = at;
  }

  /** Adds `text`, which starts and ends with a character that is not a space and has `count` such characters. */
  private add(text: string, count: number, from: number, step: 0 | 1, to: number): void {
    // Leading whitespace is dropped; an inner run becomes one space at the run's start.
    if (this.space >= 0 && this.length > 0) this.piece(' ', this.space, 1);
    // Two words the markup set apart with no space between ("Posted by<a>Jane Doe</a>", a date
    // in a span after a section name) are two words: a space at the tag.
    else if (this.boundary >= 0 && this.length > 0 && gluesWords(this.last, text)) this.piece(' ', this.boundary, 0);
    this.space = -1;
    this.boundary = -1;
    if (this.length === 0 && this.contextOf) this.context = this.contextOf();
    if (this.context) {
      this.context.chars += count;
      if (this.inLink) this.context.linkChars += count;
    }
    if (this.current) {
      this.current.textChars += count;
      if (this.inLink) this.current.linkChars += count;
    }
    this.piece(text, from, step);
    this.end = to;
  }

  private piece(text: string, from: number, step: 0 | 1): void {
    const r = this.texts.length - 1;
    const contiguous = step === 1 && r >= 0 && this.steps[r] === 1 && this.froms[r]! + (this.length - this.texts[r]!) === from;
    if (!contiguous) {
      this.texts.push(this.length);
      this.froms.push(from);
      this.steps.push(step);
    }
    this.pieces.push(text);
    this.length += text.length;
    this.last = text[text.length - 1] ?? this.last;
  }

  /** Ends the current block, appending it to `blocks` unless it has no text. */
  flush(blocks: Block[]): void {
    this.space = -1;
    this.boundary = -1;
    if (this.length === 0) return;
    const source = this.pieces.length === 1 ? this.pieces[0]! : this.pieces.join('');
    const value = clean(source);
    const start = this.froms[0]!;
    const end = this.end;
    const block: Block = {
      index: blocks.length,
      start,
      end,
      text: fold(source),
      source,
      value,
      words: cleanWordCount(value),
      at:
        this.texts.length === 1 && this.steps[0] === 1
          ? straightMapper(start, end, source.length)
          : runMapper(Int32Array.from(this.texts), Int32Array.from(this.froms), Uint8Array.from(this.steps), start, end, source.length),
    };
    if (this.context) block.html = this.context;
    blocks.push(block);
    this.pieces = [];
    this.length = 0;
    this.texts = [];
    this.froms = [];
    this.steps = [];
    this.context = null;
  }
}

/**
 * An array-like stack whose index 0 is the top, stored top-last so `unshift` and `shift`
 * are O(1). Supports what htmlparser2's Parser uses: `[i]`, `length` (read, and set to 0),
 * `unshift`, `shift`, `indexOf`, `includes`.
 */
function topFirstStack<T>(initial: readonly T[]): T[] {
  const items: T[] = [...initial].reverse();
  const at = (i: number): T | undefined => items[items.length - 1 - i];
  const methods: Record<string, unknown> = {
    unshift: (...xs: T[]) => {
      for (let i = xs.length - 1; i >= 0; i--) items.push(xs[i]!);
      return items.length;
    },
    shift: () => items.pop(),
    indexOf: (x: T) => {
      const i = items.lastIndexOf(x);
      return i < 0 ? -1 : items.length - 1 - i;
    },
    includes: (x: T) => items.includes(x),
  };
  return new Proxy([] as T[], {
    get(target, key) {
      // The top is read on nearly every token.
      if (key === '0') return items[items.length - 1];
      if (key === 'length') return items.length;
      if (typeof key === 'string') {
        if (key in methods) return methods[key];
        const i = Number(key);
        if (Number.isInteger(i) && i >= 0 && String(i) === key) return at(i);
      }
      return Reflect.get(target, key) as unknown;
    },
    set(target, key, value) {
      if (key === 'length' && typeof value === 'number') {
        items.splice(0, Math.max(0, items.length - value));
        return true;
      }
      return Reflect.set(target, key, value);
    },
  });
}

/** Open-element depth from which htmlparser2's stacks are kept top-last (see `SourceParser`). */
const DEEP_STACK = 256;

/**
 * htmlparser2's `Parser`, noting where each text event comes from. Its own `startIndex`
 * is stale after tokens it drops silently (`</>`, `</3`), so the offsets are taken from
 * the tokenizer callbacks instead: exact for text and CDATA, and `[&, end)` for an entity.
 */
class SourceParser extends Parser {
  /** Input offset where the next `ontext` data's source starts. */
  from = 0;
  /** Input offset just past the next `ontext` data's source. */
  to = 0;
  /** Whether the next `ontext` data was decoded from a character reference. */
  decoded = false;
  private readonly input: string;

  constructor(input: string, handler: Partial<Handler>) {
    super(handler, { decodeEntities: true });
    this.input = input;
  }

  /** Whether the open-element stacks have been swapped for {@link topFirstStack} views. */
  private deep = false;

  override onopentagname(start: number, endIndex: number): void {
    super.onopentagname(start, endIndex);
    // htmlparser2 keeps its open-element stacks top-first, so every open and close tag moves
    // the whole stack (`unshift`/`shift`): quadratic on deeply nested pages. Past a depth no
    // real page reaches, swap in views with the same array interface over top-last storage,
    // where both are O(1) (native arrays are faster while they are short).
    if (this.deep) return;
    const self = this as unknown as Record<'stack' | 'foreignContext', unknown>;
    const stack = self.stack;
    if (!Array.isArray(stack) || stack.length < DEEP_STACK) return;
    this.deep = true;
    for (const key of ['stack', 'foreignContext'] as const) {
      const current = self[key];
      if (Array.isArray(current)) self[key] = topFirstStack(current);
    }
  }

  override ontext(start: number, endIndex: number): void {
    this.note(start, endIndex, false);
    super.ontext(start, endIndex);
  }

  override ontextentity(cp: number, endIndex: number): void {
    // A character reference is `&` and then only name, `#`, digit or `;` characters.
    this.note(this.input.lastIndexOf('&', endIndex - 1), endIndex, true);
    super.ontextentity(cp, endIndex);
  }

  override oncdata(start: number, endIndex: number, offset: number): void {
    this.note(start, endIndex - offset, false);
    super.oncdata(start, endIndex, offset);
  }

  private note(from: number, to: number, decoded: boolean): void {
    this.from = from;
    this.to = to;
    this.decoded = decoded;
  }
}

/** Elements whose nearest one around a block gives the block's {@link ParagraphKind}. */
const KIND_OF_TAG: ReadonlyMap<string, ParagraphKind> = new Map<string, ParagraphKind>([
  ['h1', 'heading'], ['h2', 'heading'], ['h3', 'heading'], ['h4', 'heading'], ['h5', 'heading'], ['h6', 'heading'],
  ['li', 'list-item'], ['dt', 'list-item'], ['dd', 'list-item'], ['blockquote', 'quote'], ['pre', 'preformatted'],
  ['td', 'table-cell'], ['th', 'table-cell'], ['figcaption', 'caption'], ['caption', 'caption'], ['figure', 'caption'],
  ['p', 'paragraph'],
]);
/** Attributes kept on {@link HtmlElement.attrs} for later stages (metadata, microdata, links). */
const KEPT_ATTRIBUTES: ReadonlySet<string> = new Set(['datetime', 'content', 'itemtype', 'itemscope', 'href', 'rel', 'type', 'name', 'property', 'lang']);
/** The shared empty attribute record of elements that keep none. */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;
/** An inline style that hides the element. */
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;
const CLASS_SPLIT = /\s+/;
/** Whitespace in a class value other than single spaces. */
const CLASS_SPACING = /[^\S ]/;
/** A style that mentions `display` or `visibility` (the only ones {@link HIDING_STYLE} can match). */
const STYLE_CAN_HIDE = /display|visibility/i;
const JSON_LD_TYPE = /^\s*application\/ld\+json\s*(?:;|$)/i;

/** Per element while parsing: the nearest structural tag (for the block kind) and whether it is hidden. */
interface OpenElement {
  element: HtmlElement;
  kindTag: string | null;
  hidden: boolean;
  block: HtmlElement;
  inLink: boolean;
  /** The nearest `<tr>`, cleared by a table inside it. */
  row: HtmlElement | null;
}

/** `[start, end)` of `input` without the whitespace at either end. */
function trimmedSpan(input: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpaceCode(input.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(input.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

/** Whether an element's own attributes hide it. */
function hiddenBy(attribs: Readonly<Record<string, string>>): boolean {
  if ('hidden' in attribs) return true;
  const aria = attribs['aria-hidden'];
  if (aria !== undefined && aria.trim().toLowerCase() === 'true') return true;
  const style = attribs['style'];
  // Only a style that names display or visibility can hide; most do not.
  return style !== undefined && style.length < 2000 && STYLE_CAN_HIDE.test(style) && HIDING_STYLE.test(style);
}

/** The class names of a `class` attribute; a value without tabs, line breaks or double spaces splits on " " alone. */
function classesOf(value: string | undefined): string[] {
  if (value === undefined || value === '') return [];
  const plain = !CLASS_SPACING.test(value);
  if (plain) return value.split(' ').filter((c) => c !== '');
  const trimmed = value.trim();
  return trimmed === '' ? [] : trimmed.split(CLASS_SPLIT);
}

/**
 * Reads an HTML page: its text blocks (each block-level element and each `<br>` ends one;
 * script, style, head and similar content is dropped), every element with its parent, and
 * the head's title, meta, links and JSON-LD. Entities are decoded, whitespace runs collapse to
 * one space, two words an inline tag sets apart with no space ("by<a>Jane</a>") get one at the
 * tag, `at(i)` gives the input offset of `text[i]`, and each block carries its DOM
 * context (`block.html`). Malformed HTML never throws; time and memory are linear in the input.
 *
 * @example htmlPage('<html lang="en"><title>Mosul</title><p>Iraq</p>').lang // "en"
 * @group HTML
 */
export function htmlPage(input: string): HtmlPage {
  const blocks: Block[] = [];
  const elements: HtmlElement[] = [];
  const meta: HtmlMeta[] = [];
  const links: { rel: string; href: string }[] = [];
  const jsonLd: (Span & { text: string })[] = [];
  let title: string | null = null;
  let titleSpan: Span | null = null;
  let lang: string | null = null;
  const builder = new BlockBuilder();
  const open: OpenElement[] = [];
  let hidden = 0;
  /** How many `<svg>`/`<math>` elements are open. */
  let foreign = 0;
  let floor = 0;
  /** What hidden text is being collected: the title, a JSON-LD script, or nothing. */
  let capture: { what: 'title' | 'json-ld'; parts: string[]; start: number; end: number } | null = null;
  const top = (): OpenElement | undefined => open[open.length - 1];
  builder.contextOf = (): BlockHtml => {
    const t = top();
    const element = t?.element ?? elements[0]!;
    const kind = t?.kindTag ? (KIND_OF_TAG.get(t.kindTag) ?? 'paragraph') : 'paragraph';
    const level = kind === 'heading' && t?.kindTag ? Number(t.kindTag.slice(1)) : null;
    const row = kind === 'table-cell' ? (t?.row ?? null) : null;
    return { element, container: t?.block ?? element, kind, level, row, chars: 0, linkChars: 0, hidden: t?.hidden ?? false };
  };
  const parser: SourceParser = new SourceParser(input, {
    onopentagname(name) {
      if (name === 'svg' || name === 'math') foreign++;
      if (HIDDEN_ELEMENTS.has(name)) {
        hidden++;
        // An inline SVG's <title> names an icon, not the page.
        if (name === 'title' && title === null && capture === null && foreign === 0) capture = { what: 'title', parts: [], start: -1, end: -1 };
      } else if (BLOCK_ELEMENTS.has(name)) builder.flush(blocks);
      else builder.tag(parser.startIndex);
    },
    onopentag(name, attribs) {
      const parent = top();
      const classes = classesOf(attribs['class']);
      let attrs: Record<string, string> = NO_ATTRIBUTES;
      for (const key in attribs) {
        if (!KEPT_ATTRIBUTES.has(key)) continue;
        if (attrs === NO_ATTRIBUTES) attrs = {};
        attrs[key] = attribs[key]!;
      }
      const element: HtmlElement = {
        index: elements.length,
        tag: name,
        id: attribs['id'] ?? '',
        classes,
        role: attribs['role']?.trim().toLowerCase() || null,
        itemprop: attribs['itemprop']?.trim() || null,
        attrs,
        hidden: hiddenBy(attribs),
        parent: parent?.element ?? null,
        depth: open.length,
        start: parser.startIndex,
        textChars: 0,
        linkChars: 0,
      };
      elements.push(element);
      open.push({
        element,
        // A paragraph inside a quote, list item or cell keeps that kind.
        kindTag: KIND_OF_TAG.has(name) && !(name === 'p' && parent?.kindTag) ? name : (parent?.kindTag ?? null),
        hidden: element.hidden || (parent?.hidden ?? false),
        block: BLOCK_ELEMENTS.has(name) ? element : (parent?.block ?? element),
        inLink: name === 'a' || (parent?.inLink ?? false),
        row: name === 'tr' ? element : name === 'table' ? null : (parent?.row ?? null),
      });
      builder.current = element;
      builder.inLink = top()!.inLink;
      if (name === 'html' && lang === null) lang = attribs['lang']?.trim() || null;
      else if (name === 'meta') {
        const key = attribs['property'] ?? attribs['name'] ?? attribs['itemprop'] ?? attribs['http-equiv'];
        const content = attribs['content'];
        if (key !== undefined && content !== undefined) meta.push({ key: key.trim().toLowerCase(), content: content.trim() });
      } else if (name === 'link' && attribs['href'] !== undefined) {
        links.push({ rel: (attribs['rel'] ?? '').trim().toLowerCase(), href: attribs['href'].trim() });
      } else if (name === 'script' && capture === null && foreign === 0 && JSON_LD_TYPE.test(attribs['type'] ?? '')) {
        // Inside SVG or MathML a script's text is parsed as foreign content (entities decoded), so it is not read.
        capture = { what: 'json-ld', parts: [], start: -1, end: -1 };
      }
    },
    onclosetag(name) {
      if ((name === 'svg' || name === 'math') && foreign > 0) foreign--;
      if (HIDDEN_ELEMENTS.has(name)) {
        hidden = Math.max(0, hidden - 1);
        if (capture && ((capture.what === 'title' && name === 'title') || (capture.what === 'json-ld' && name === 'script'))) {
          const text = capture.parts.join('');
          if (capture.what === 'title') {
            title = clean(text) || null;
            if (title !== null && capture.start >= 0) titleSpan = trimmedSpan(input, capture.start, capture.end);
          }
          else jsonLd.push({ text, start: Math.max(0, capture.start), end: Math.max(0, capture.end) });
          capture = null;
        }
      } else if (BLOCK_ELEMENTS.has(name)) builder.flush(blocks);
      else builder.tag(parser.startIndex);
      // The element being closed is on top of `open` unless the markup misnests: pop to it.
      for (let k = open.length - 1; k >= 0 && open.length - k <= 64; k--) {
        if (open[k]!.element.tag === name) {
          open.length = k;
          break;
        }
      }
      const t = top();
      builder.current = t?.element ?? null;
      builder.inLink = t?.inLink ?? false;
    },
    ontext(data) {
      const { from, to, decoded } = parser;
      if (capture) {
        capture.parts.push(data);
        if (capture.start < 0) capture.start = from;
        capture.end = to;
      }
      if (hidden > 0 || data.length === 0) return;
      // Text whose reported span is off (a cut tag at the end, "<x/") is found inside that span.
      const exact = !decoded && from >= floor && input.startsWith(data, from);
      const lo = Math.max(from, floor);
      const inside = exact || decoded ? -1 : input.slice(lo, Math.max(to, lo)).indexOf(data);
      const at0 = exact ? from : inside >= 0 ? lo + inside : -1;
      if (at0 >= 0) {
        // In preformatted text each line is a block of its own, so the lines survive.
        if (top()?.kindTag === 'pre' && data.includes('\n')) {
          let k = 0;
          for (let nl = data.indexOf('\n'); nl >= 0; nl = data.indexOf('\n', k)) {
            builder.copy(data.slice(k, nl), at0 + k);
            builder.flush(blocks);
            k = nl + 1;
          }
          builder.copy(data.slice(k), at0 + k);
        } else builder.copy(data, at0);
        floor = at0 + data.length;
      } else {
        // Decoded text, or (defensively) text whose source cannot be located exactly.
        const at = Math.max(from, floor);
        const end = Math.max(to, at + 1);
        builder.derive(data, at, end);
        floor = end;
      }
    },
  });
  // Text before any element (a fragment) belongs to a stand-in root element.
  const root: HtmlElement = {
    index: 0, tag: '#document', id: '', classes: [], role: null, itemprop: null, attrs: {},
    hidden: false, parent: null, depth: 0, start: 0, textChars: 0, linkChars: 0,
  };
  elements.push(root);
  open.push({ element: root, kindTag: null, hidden: false, block: root, inLink: false, row: null });
  builder.current = root;
  parser.end(input);
  builder.flush(blocks);
  // Children come after their parents: one backwards pass sums the counts up the tree.
  for (let k = elements.length - 1; k > 0; k--) {
    const e = elements[k]!;
    if (e.parent) {
      e.parent.textChars += e.textChars;
      e.parent.linkChars += e.linkChars;
    }
  }
  return { elements, blocks, title, titleSpan, meta, links, lang, jsonLd };
}

/**
 * Splits an HTML page into text blocks: each block-level element and each `<br>` ends a
 * block; script, style, head, title and similar content is dropped. Entities are decoded,
 * whitespace runs collapse to one space, two words an inline tag sets apart with no space
 * ("by<a>Jane</a>") get one, and `at(i)` gives the input offset of `text[i]` (an entity's `&`,
 * a whitespace run's first character, the tag's `<`). Malformed HTML never throws.
 *
 * @example htmlBlocks("<p>Iraq&#8217;s <b>Mosul</b></p><p>Deir Ezzur</p>").map((b) => b.text)
 * // ["Iraq’s Mosul", "Deir Ezzur"]
 * @group HTML
 */
export function htmlBlocks(input: string): Block[] {
  return htmlPage(input).blocks as Block[];
}
