import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlBlocks, looksLikeHtml } from '../../src/input/html.js';
import { textBlocks } from '../../src/input/text.js';
import { fold, isSpace } from '../../src/text.js';
import type { Block } from '../../src/types.js';

const SEEDS_DIR = join(import.meta.dirname, '../../fixtures/seeds');
const seeds = readdirSync(SEEDS_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()
  .map((stem) => ({ stem, text: readFileSync(join(SEEDS_DIR, stem, 'input.txt'), 'utf8') }));

/** Escapes one line of text for HTML the way a page would: `&`, `<`, ’ and NBSP. */
function escapeLine(line: string): string {
  return line
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\u2019/g, '&#8217;')
    .replace(/\u00a0/g, '&nbsp;');
}

/** The HTML form of a plain-text scrape: each non-blank line as a paragraph. */
function toHtml(text: string): string {
  const paragraphs = text
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${escapeLine(line)}</p>`);
  return `<html><body>\n${paragraphs.join('\n')}\n</body></html>`;
}

/** Source that decodes to whitespace only. */
const BLANK_HTML = /^(?:\s|&nbsp;)*$/;

const collapse = (s: string): string => s.replace(/\s+/g, ' ');

/** Every `at(i)` of a block, `i` from 0 to `text.length` inclusive. */
function ats(block: Block): number[] {
  return Array.from({ length: block.text.length + 1 }, (_, i) => block.at(i));
}

/** Asserts the offset guarantees of `htmlBlocks` for `input`; returns the blocks. */
function checked(input: string): Block[] {
  const blocks = htmlBlocks(input);
  let previousEnd = 0;
  blocks.forEach((block, index) => {
    const { text, start, end } = block;
    expect(block.index).toBe(index);
    expect(block.source.length).toBe(text.length);
    expect(fold(block.source)).toBe(text);
    expect(text.length).toBeGreaterThan(0);
    expect(text).toBe(text.trim());
    expect(text).not.toMatch(/\s\s/);
    expect(block.at(0)).toBe(start);
    expect(block.at(text.length)).toBe(end);
    expect(start).toBeGreaterThanOrEqual(previousEnd);
    expect(end).toBeLessThanOrEqual(input.length);
    let last = start;
    for (let i = 0; i < text.length; i++) {
      const at = block.at(i);
      expect(at).toBeGreaterThanOrEqual(last);
      expect(at).toBeLessThan(end);
      last = at;
      const source = input[at];
      // A character decoded from an entity points at its `&`; a space at a whitespace run.
      if (source === '&') continue;
      // A space is whitespace in the input, or the tag of an element that set two words apart.
      if (text[i] === ' ') expect(isSpace(source) || source === '<').toBe(true);
      else expect(fold(source ?? '')).toBe(text[i]);
    }
    previousEnd = end;
  });
  return blocks;
}

const texts = (input: string): string[] => checked(input).map((b) => b.text);

describe('htmlBlocks on the HTML form of real scrapes', () => {
  it('finds all five seed fixtures', () => {
    expect(seeds.map((s) => s.stem)).toHaveLength(5);
  });

  it.each(seeds)('$stem: same block texts as the text adapter', ({ text }) => {
    const fromText = textBlocks(text).map((b) => collapse(b.text));
    const fromHtml = checked(toHtml(text)).map((b) => collapse(b.text));
    expect(fromHtml).toEqual(fromText);
  });

  it.each(seeds)('$stem: same block sources as the text adapter, entities decoded', ({ text }) => {
    const fromText = textBlocks(text).map((b) => collapse(b.source));
    const fromHtml = htmlBlocks(toHtml(text)).map((b) => b.source);
    expect(fromHtml).toEqual(fromText);
    expect(fromHtml.join('\n')).toContain('\u2019');
  });

  it.each(seeds)('$stem: the plain text is not HTML, its HTML form is', ({ text }) => {
    expect(looksLikeHtml(text)).toBe(false);
    expect(looksLikeHtml(toHtml(text))).toBe(true);
  });

  it.each(seeds)('$stem: every block maps back onto its paragraph', ({ text }) => {
    const html = toHtml(text);
    for (const block of checked(html)) {
      const open = html.lastIndexOf('<p>', block.start) + 3;
      const close = html.indexOf('</p>', block.end);
      expect(html.slice(open, block.start)).toMatch(BLANK_HTML);
      expect(html.slice(block.end, close)).toMatch(BLANK_HTML);
    }
  });
});

describe('looksLikeHtml', () => {
  it.each([
    ['doctype', '<!DOCTYPE html><title>x</title>'],
    ['lower-case doctype after BOM and newline', '\ufeff\n<!doctype html>'],
    ['html element', '<html lang="en"><p>x'],
    ['head element', '  <head><meta charset="utf-8">'],
    ['body element', '<body>\nDeir Ezzor'],
    ['a leading comment', '<!-- saved from url=(0042) -->\n<html>'],
    ['an XML prolog', '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'],
    ['two paragraphs', 'Header\n<p>Deir Ezzor</p>\n<p>18 January 2017</p>'],
    ['a heading and a div', '<h1>Title</h1><div class="body">Text</div>'],
    ['nested list items', '<ul><li>one</li><li>two</li></ul>'],
    ['upper-case tags', '<P>one</P><DIV>two</DIV>'],
    ['one paragraph and a line break', '<p>one<br>two</p>'],
    ['two line breaks', 'one<br>two<br/>three'],
    ['an article and a section', '<article><section id="s">x</section></article>'],
  ])('%s', (_, input) => {
    expect(looksLikeHtml(input)).toBe(true);
  });

  it.each([
    ['an empty string', ''],
    ['a comparison', 'if a < b and c > d'],
    ['an email address in angle brackets', 'Reporter: Jane Doe <user@example.com>'],
    ['one stray paragraph tag', 'Use the <p> tag for paragraphs.'],
    ['one closed paragraph', 'Example: <p>text</p> in prose.'],
    ['closing tags without openings', '</p></div> stray'],
    ['one line break', 'one<br>two'],
    ['inline tags only', '<b>bold</b> and <i>italic</i> and <a href="x">link</a>'],
    ['html mentioned in prose', 'The page said <html> somewhere in the middle'],
    ['a tag name prefix', '<pre-release> and <divider> and <pa>x</pa>'],
    ['an unterminated tag', '<p class="x" <p>'],
    ...seeds.map((s) => [`the plain seed ${s.stem}`, s.text] as [string, string]),
  ])('not %s', (_, input) => {
    expect(looksLikeHtml(input)).toBe(false);
  });

  it('runs in linear time on many unterminated tags', () => {
    const input = '<p '.repeat(200_000) + '<div x'.repeat(100_000);
    const t0 = performance.now();
    expect(looksLikeHtml(input)).toBe(false);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('htmlBlocks entities', () => {
  it.each([
    // [html, text, at(0..text.length)]
    ['<p>a&amp;b</p>', 'a&b', [3, 4, 9, 10]],
    ['<p>Iraq&#8217;s</p>', 'Iraq’s', [3, 4, 5, 6, 7, 14, 15]],
    ['<p>Iraq&#x2019;s</p>', 'Iraq’s', [3, 4, 5, 6, 7, 15, 16]],
    ['<p>a&nbsp;b</p>', 'a b', [3, 4, 10, 11]],
    ['<p>a&nbsp; b</p>', 'a b', [3, 4, 11, 12]],
    ['<p>&nbsp;a&nbsp;</p>', 'a', [9, 10]],
    ['<p>a &unknown; b</p>', 'a &unknown; b', [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]],
    ['<p>a & b</p>', 'a & b', [3, 4, 5, 6, 7, 8]],
    ['<p>x&</p>', 'x&', [3, 4, 5]],
    ['<p>x&amp;</p>', 'x&', [3, 4, 9]],
    ['<p>&lt;p&gt;</p>', '<p>', [3, 7, 8, 12]],
    ['<p>&copy 2017</p>', '© 2017', [3, 8, 9, 10, 11, 12, 13]],
    ['<p>&notit;</p>', '¬it;', [3, 7, 8, 9, 10]],
    ['<p>&#x1F600;!</p>', '😀!', [3, 3, 12, 13]],
    ['<p>&#1634;&#1632;</p>', '20', [3, 10, 17]],
    ['<p>&#8217;</p>', '’', [3, 10]],
  ])('%s → %s', (html, text, offsets) => {
    const [block, ...rest] = checked(html);
    expect(rest).toEqual([]);
    expect(block?.text).toBe(text);
    expect(block && ats(block)).toEqual(offsets);
  });
});

describe('htmlBlocks source', () => {
  it.each([
    ['<p>Iraq&#8217;s</p>', 'Iraq’s', 'Iraq’s'],
    ['<p>&#1634;&#1632;&nbsp;x</p>', '٢٠ x', '20 x'],
    ['<p> a \n <b>b</b>\t</p>', 'a b', 'a b'],
  ])('%j has source %j and text %j', (html, source, text) => {
    const [block] = checked(html);
    expect(block?.source).toBe(source);
    expect(block?.text).toBe(text);
  });
});

describe('htmlBlocks words the markup sets apart without a space', () => {
  it.each([
    ['<p><a href="/s">Local news</a><span>MARCH 4, 2024</span></p>', 'Local news MARCH 4, 2024'],
    ['<p>Posted by<a href="/a">Rosa Tamm</a><span>March 4</span></p>', 'Posted by Rosa Tamm March 4'],
    ['<p><span>4 March 2024</span><span>Updated</span></p>', '4 March 2024 Updated'],
    // Markup inside a word joins it.
    ['<p><b>W</b>ord, 10<sup>th</sup>, CO<sub>2</sub>, re<em>think</em>, word<sup>1</sup></p>', 'Word, 10th, CO2, rethink, word1'],
    ['<p>A<b>B</b>C</p>', 'ABC'],
  ])('%j reads %j', (html, text) => {
    const [block] = checked(html);
    expect(block?.source).toBe(text);
  });

  it('maps the space it adds to the tag it stands for', () => {
    const html = '<p>Posted by<a href="/a">Rosa</a></p>';
    const [block] = checked(html);
    const i = block!.source.indexOf(' Rosa');
    expect(html[block!.at(i)]).toBe('<');
    expect(html.slice(block!.at(i + 1), block!.at(i + 1) + 4)).toBe('Rosa');
  });
});

describe('htmlBlocks block structure', () => {
  it.each([
    ['br splits a paragraph', '<p>a<br>b<br/>c</p>', ['a', 'b', 'c']],
    ['consecutive br leave no empty block', 'a<br><br>\n<br>b', ['a', 'b']],
    ['a stray </br> splits too', 'a</br>b', ['a', 'b']],
    ['text outside paragraphs', '<body>Hello<p>x</p>World</body>', ['Hello', 'x', 'World']],
    ['a paragraph inside a div', '<div>a<p>b</p>c</div>', ['a', 'b', 'c']],
    ['headings and paragraphs', '<h1>Title</h1><h2>Sub</h2><p>Body</p>', ['Title', 'Sub', 'Body']],
    ['implicitly closed list items', '<ul><li>one<li>two</ul>', ['one', 'two']],
    [
      'table cells and caption',
      '<table><caption>C</caption><tr><td>a</td><th>b</th></tr><tr><td>c</td></tr></table>',
      ['C', 'a', 'b', 'c'],
    ],
    ['figcaption', '<figure><img src=x><figcaption>Photo</figcaption></figure>', ['Photo']],
    [
      'sectioning elements',
      '<header>H</header><nav>N</nav><main>M</main><aside>A</aside><footer>F</footer>',
      ['H', 'N', 'M', 'A', 'F'],
    ],
    [
      'blockquote, pre, address, dt/dd',
      '<blockquote>q</blockquote><pre>p</pre><address>ad</address><dl><dt>t<dd>d</dl>',
      ['q', 'p', 'ad', 't', 'd'],
    ],
    ['each line of a pre is a block, its spaces collapsed', '<pre>a\n\n  b   c</pre>', ['a', 'b c']],
    ['a pre line broken by an inline tag stays one line', '<pre>a <b>b</b> c\nd</pre>', ['a b c', 'd']],
    ['empty blocks are dropped', '<p> </p><p>\n\t</p><div><p></p></div><p>x</p>', ['x']],
    ['inline tags do not split', '<p>a<b>b</b><i>c</i><a href="#">d</a></p>', ['abcd']],
    ['Arabic-Indic digits fold', '<p>٢٠١٨/٠٣/٢١</p>', ['2018/03/21']],
    ['comments are not text', '<p>a<!-- hidden -->b</p>', ['ab']],
  ])('%s', (_, html, expected) => {
    expect(texts(html)).toEqual(expected);
  });

  it.each([
    ['script', '<p>a</p><script>var s = "<p>no</p>";</script><p>b</p>', ['a', 'b']],
    ['style', '<style>p { color: red }</style><p>b</p>', ['b']],
    [
      'head and title',
      '<html><head><title>T</title><meta charset="utf-8"></head><body><p>x</p></body></html>',
      ['x'],
    ],
    ['a title outside head', '<html><title>T</title><body><p>x</p>', ['x']],
    ['noscript', '<p>a</p><noscript><p>Enable JS</p></noscript><p>b</p>', ['a', 'b']],
    ['template', '<template><p>t</p></template><p>b</p>', ['b']],
    ['svg', '<p>a<svg><text>logo</text><title>t</title></svg>b</p>', ['ab']],
    ['iframe', '<p>a</p><iframe src="x">fallback</iframe><p>b</p>', ['a', 'b']],
    ['a script inside a paragraph', '<p>a <script>x</script> b</p>', ['a b']],
    ['an unclosed script', '<p>a</p><script>never closed <p>x</p>', ['a']],
    ['nested hidden elements', '<noscript><script>x</script>y</noscript><p>z</p>', ['z']],
  ])('skips %s content', (_, html, expected) => {
    expect(texts(html)).toEqual(expected);
  });

  it.each([
    ['<p>a <b>bold</b> c</p>', 'a bold c', [3, 4, 8, 9, 10, 11, 16, 17, 18]],
    ['<p>a<b>b</b>c</p>', 'abc', [3, 7, 12, 13]],
    ['<p>a <b> b</b></p>', 'a b', [3, 4, 9, 10]],
    ['<p>  a \n\t b  </p>', 'a b', [5, 6, 10, 11]],
    ['<p><i>x</i> <em>&amp;</em></p>', 'x &', [6, 11, 16, 21]],
    ['<p>a<br> b</p>', 'a', [3, 4]],
  ])('%s → %s with offsets', (html, text, offsets) => {
    const [block] = checked(html);
    expect(block?.text).toBe(text);
    expect(block && ats(block)).toEqual(offsets);
    expect(block?.start).toBe(offsets[0]);
    expect(block?.end).toBe(offsets[offsets.length - 1]);
  });

  it('numbers blocks in order', () => {
    const blocks = checked('<p>one</p><p>two</p><p>three</p>');
    expect(blocks.map((b) => [b.index, b.start, b.end])).toEqual([
      [0, 3, 6],
      [1, 13, 16],
      [2, 23, 28],
    ]);
  });
});

describe('htmlBlocks on malformed HTML', () => {
  it.each([
    ['', []],
    ['<p>unclosed', ['unclosed']],
    ['a < b and c > d', ['a < b and c > d']],
    ['<<<>>>', ['<<<>>>']],
    ['<<p>>x</p>', ['<', '>x']],
    ['x</>y', ['xy']],
    ['x</3>y', ['xy']],
    ['<p>a<!-- never closed', ['a']],
    ['<p>a<![CDATA[x]]>b</p>', ['ab']],
    ['<math><![CDATA[x<y]]></math>', ['x<y']],
    ['&', ['&']],
    ['&#', ['&#']],
    ['&#x;', ['&#x;']],
    ['a&#', ['a&#']],
    ['<div', []],
    // htmlparser2 keeps a cut-off tag that could still become `<plaintext` as text.
    ['<p', ['p']],
    ['<a href="', []],
    ['<p>a</p></p></div>b', ['a', 'b']],
    ['<p>a<p>b</div></span>c', ['a', 'bc']],
    ['<?php echo 1; ?><p>x</p>', ['x']],
    ['\ufeff<p>x</p>', ['x']],
    ['<p>\u0000</p>', ['\u0000']],
  ])('%j', (html, expected) => {
    expect(texts(html)).toEqual(expected);
  });

  it('is linear in the input size', () => {
    const input = '<p>Deir Ezzor &amp; Iraq&#8217;s <b>Mosul</b>\n  </p>'.repeat(40_000);
    const t0 = performance.now();
    const blocks = htmlBlocks(input);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(blocks).toHaveLength(40_000);
    expect(blocks[39_999]?.text).toBe('Deir Ezzor & Iraq’s Mosul');
  });
});

describe('htmlBlocks properties', () => {
  const tags = [
    '<p>', '</p>', '<div class="a&amp;b">', '</div>', '<b>', '</b>', '<br>', '<br/>', '</br>',
    '<li>', '<td>', '<h2>', '</h2>', '<script>', '</script>', '<style>', '</style>', '<svg>',
    '</svg>', '<title>', '</title>', '<head>', '<body>', '<math>', '</math>', '<textarea>',
    '<!--', '-->', '<![CDATA[', ']]>', '<!doctype html>', '<?', '?>', '</>', '</3', '<', '>',
    '</', '"', "'", '=', '/',
  ];
  const entities = [
    '&amp;', '&#8217;', '&#x2019;', '&nbsp;', '&unknown;', '&', '&amp', '&lt', '&notit;', '&#',
    '&#x', '&#1634;', '&#x1F600;', ';',
  ];
  const words = ['x', 'Deir', 'Ezzor', '٢٠١٨', 'é', '\ud83d\ude00'];
  const spaces = [' ', '  ', '\n', '\t', '\u00a0', '\u2028', '\r\n'];
  const atoms = [...tags, ...entities, ...words, ...spaces];
  const htmlish = fc
    .array(fc.constantFrom(...atoms), { maxLength: 40 })
    .map((parts) => parts.join(''));

  it('keeps the offset guarantees on random HTML-ish strings', () => {
    fc.assert(
      fc.property(htmlish, (input) => {
        checked(input);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps the offset guarantees on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (input) => {
        checked(input);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads the HTML form of any text like the text adapter reads the text', () => {
    const line = fc.string({ unit: 'binary', maxLength: 30 }).map((s) => s.replace(/[\r\n]/g, ''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), (lines) => {
        const text = lines.join('\n');
        const fromText = textBlocks(text).map((b) => collapse(b.text));
        expect(checked(toHtml(text)).map((b) => collapse(b.text))).toEqual(fromText);
      }),
      { numRuns: 1000 },
    );
  });
});
