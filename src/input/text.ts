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
      blocks.push({
        index: blocks.length,
        start,
        end,
        text: fold(source),
        source,
        value,
        words: cleanWordCount(value),
        at: (i) => start + i,
      });
    }
    if (m[0].length === 0) break;
  }
  return blocks;
}
