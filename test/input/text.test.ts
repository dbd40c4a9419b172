import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../src/input/text.js';

describe('textBlocks', () => {
  it.each([
    ['', []],
    ['\n\n  \n', []],
    ['Title\n\n  Body  ', [['Title', 0, 5], ['Body', 9, 13]]],
    ['a\r\nb\rc\nd', [['a', 0, 1], ['b', 3, 4], ['c', 5, 6], ['d', 7, 8]]],
    ['\u00a0 Deir Ezzor\u00a0\t', [['Deir Ezzor', 2, 12]]],
    ['21\u00a0March', [['21 March', 0, 8]]],
    ['٢٠/٠٣/٢٠١٨', [['20/03/2018', 0, 10]]],
  ])('%j', (input, expected) => {
    const blocks = textBlocks(input);
    expect(blocks.map((b) => [b.text, b.start, b.end])).toEqual(expected);
    blocks.forEach((b, index) => {
      expect(b.index).toBe(index);
      expect(b.source).toBe(input.slice(b.start, b.end));
      expect(b.text.length).toBe(b.source.length);
      expect(b.at(0)).toBe(b.start);
      expect(b.at(b.text.length)).toBe(b.end);
    });
  });
});
