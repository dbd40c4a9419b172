import { clean, cleanWordCount, fold, isSpaceCode } from '../text.js';
import type { Block } from '../types.js';

const LINE = /([^\r\n]*)(\r\n|\r|\n|$)/y;

/** Index of the first non-whitespace character of `s` in `[from, to)`, or `to`. */
function skipStart(s: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpaceCode(s.charCodeAt(i))) i++;
  return i;
}

/** Index just past the last non-whitespace character of `s` in `[from, to)`, or `from`. */
function skipEnd(s: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpaceCode(s.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * A line of text as a block; `at` is a method rather than a closure per line, so a scrape of a
 * million lines allocates a million fewer functions. (Copying it with `{ ...block }` would drop
 * `at`; text blocks are never copied.)
 */
class TextBlock implements Block {
  readonly text: string;
  readonly words: number;
  constructor(
    readonly index: number,
    readonly start: number,
    readonly end: number,
    readonly source: string,
    readonly value: string,
  ) {
    this.text = fold(source);
    this.words = cleanWordCount(value);
  }

  at(i: number): number {
    return this.start + i;
  }
}

/**
 * Splits plain text into one block per non-blank line, trimmed, with offsets into the input.
 *
 * @example textBlocks("Title\n\n  Body  ").map((b) => b.text) // ["Title", "Body"]
 * @group Low level
 */
export function textBlocks(input: string): Block[] {
  const blocks: Block[] = [];
  LINE.lastIndex = 0;
  while (LINE.lastIndex < input.length) {
    const lineStart = LINE.lastIndex;
    const m = LINE.exec(input);
    if (!m) break;
    const lineEnd = lineStart + (m[1] ?? '').length;
    const start = skipStart(input, lineStart, lineEnd);
    const end = skipEnd(input, start, lineEnd);
    if (end > start) {
      const source = input.slice(start, end);
      const value = clean(source);
      blocks.push(new TextBlock(blocks.length, start, end, source, value));
    }
    if (m[0].length === 0) break;
  }
  return blocks;
}
