import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../src/markdown.js';
import { parseArticle, toMarkdown, type Article, type ParagraphKind, type Published } from '../src/index.js';

type Paragraph = Article['paragraphs'][number];

/** An article with nothing in it but what a row gives. */
function article(fields: Partial<Article> = {}): Article {
  return {
    id: null,
    url: null,
    site: { id: null, name: null, social: [] },
    canonicalUrl: null,
    language: null,
    description: null,
    image: null,
    section: null,
    tags: [],
    title: null,
    labels: [],
    published: null,
    updated: null,
    pageDate: null,
    archive: null,
    credits: [],
    authors: [],
    captions: [],
    body: (fields.paragraphs ?? []).map((p) => p.text),
    paragraphs: [],
    embedded: [],
    cruft: [],
    segments: [],
    warnings: [],
    claims: [],
    format: 'html',
    ...fields,
  };
}

const p = (text: string, kind: ParagraphKind = 'paragraph', level: number | null = null, row: number | null = null): Paragraph => ({ text, kind, level, row });
const body = (...paragraphs: Paragraph[]): string => toMarkdown(article({ paragraphs }));

/** Removes the backslash before each ASCII punctuation character, as a Markdown reader does. */
const unescape = (md: string): string => md.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('toMarkdown: each kind of paragraph', () => {
  it.each<[string, Paragraph[], string]>([
    ['a paragraph is a plain paragraph', [p('Gulls circled the pier at dawn.')], 'Gulls circled the pier at dawn.\n'],
    ['paragraphs are separated by a blank line', [p('First line.'), p('Second line.')], 'First line.\n\nSecond line.\n'],
    ['a heading alone is ##', [p('Tide tables', 'heading', 2)], '## Tide tables\n'],
    ['h2 and h3 become ## and ###', [p('Fares', 'heading', 2), p('Children', 'heading', 3)], '## Fares\n\n### Children\n'],
    ['the highest heading in the body is ## (h3, h5)', [p('Fares', 'heading', 3), p('Children', 'heading', 5)], '## Fares\n\n#### Children\n'],
    ['an h1 in the body is ##, below the title', [p('Part one', 'heading', 1), p('Scene', 'heading', 2)], '## Part one\n\n### Scene\n'],
    ['depth stops at ######', [p('Top', 'heading', 1), p('Deep', 'heading', 6)], '## Top\n\n###### Deep\n'],
    ['a heading without a level is at the top', [p('Unlevelled', 'heading', null), p('Lower', 'heading', 4)], '## Unlevelled\n\n## Lower\n'],
    ['consecutive list items are one list', [p('Oars', 'list-item'), p('Rope', 'list-item'), p('Flares', 'list-item')], '- Oars\n- Rope\n- Flares\n'],
    ['a paragraph between list items makes two lists', [p('Oars', 'list-item'), p('Then:'), p('Rope', 'list-item')], '- Oars\n\nThen:\n\n- Rope\n'],
    ['a quote', [p('We will sail at nine.', 'quote')], '> We will sail at nine.\n'],
    ['consecutive quotes are one quote of paragraphs', [p('We sail at nine.', 'quote'), p('Weather allowing.', 'quote')], '> We sail at nine.\n>\n> Weather allowing.\n'],
    ['preformatted text is a fenced code block', [p('tide --port larkspur', 'preformatted')], '```\ntide --port larkspur\n```\n'],
    ['consecutive preformatted paragraphs are one block', [p('dep 21:10', 'preformatted'), p('arr 21:35', 'preformatted')], '```\ndep 21:10\narr 21:35\n```\n'],
    ['the fence is longer than any backtick run in the code', [p('say ``` then `x`', 'preformatted')], '````\nsay ``` then `x`\n````\n'],
    ['code is written as it is, not escaped', [p('# *not* <escaped> 1. _x_', 'preformatted')], '```\n# *not* <escaped> 1. _x_\n```\n'],
    ['consecutive table cells are one block, a cell a line', [p('Adult', 'table-cell'), p('2.50', 'table-cell'), p('Child', 'table-cell'), p('1.20', 'table-cell')], 'Adult\\\n2.50\\\nChild\\\n1.20\n'],
    [
      'cells with their rows are a GFM table, the first row its header, short rows padded',
      [p('Fare', 'table-cell', null, 1), p('Price', 'table-cell', null, 1), p('Adult', 'table-cell', null, 4), p('2.50', 'table-cell', null, 4), p('Child', 'table-cell', null, 7)],
      '| Fare | Price |\n| --- | --- |\n| Adult | 2.50 |\n| Child |  |\n',
    ],
    ['a pipe inside a cell of a table is escaped', [p('A | B', 'table-cell', null, 1), p('C', 'table-cell', null, 1)], '| A \\| B | C |\n| --- | --- |\n'],
    ['a caption is an italic line', [p('The ferry at the north pier.', 'caption')], '*The ferry at the north pier.*\n'],
    ['blank paragraphs are left out', [p('  '), p('Kept.'), p('', 'list-item')], 'Kept.\n'],
  ])('%s', (_name, paragraphs, expected) => {
    expect(body(...paragraphs)).toBe(expected);
  });

  it('keeps the order of mixed kinds, one blank line between blocks', () => {
    expect(
      body(
        p('Intro.'),
        p('Fares', 'heading', 2),
        p('Adult', 'list-item'),
        p('Child', 'list-item'),
        p('Cheap at last.', 'quote'),
        p('ls', 'preformatted'),
        p('A', 'table-cell'),
        p('B', 'table-cell'),
        p('A photo.', 'caption'),
        p('End.'),
      ),
    ).toBe('Intro.\n\n## Fares\n\n- Adult\n- Child\n\n> Cheap at last.\n\n```\nls\n```\n\nA\\\nB\n\n*A photo.*\n\nEnd.\n');
  });
});

describe('toMarkdown: escaping', () => {
  // Text that would start a block if a line began with it: escaped in a paragraph, and in a
  // list item or a quote, where it would start a nested block.
  it.each([
    ['# Gulls return to the bay', '\\# Gulls return to the bay'],
    ['### Not a heading either', '\\### Not a heading either'],
    ['#', '\\#'],
    ['> the sign on the gate read', '\\> the sign on the gate read'],
    ['>quoted without a space', '\\>quoted without a space'],
    ['- 40 degrees overnight', '\\- 40 degrees overnight'],
    ['+ 3 points for the visitors', '\\+ 3 points for the visitors'],
    ['* Names have been changed', '\\* Names have been changed'],
    ['1. Harbour reopens', '1\\. Harbour reopens'],
    ['2024. A year of storms', '2024\\. A year of storms'],
    ['3) Pier repairs', '3\\) Pier repairs'],
    ['---', '\\---'],
    ['- - -', '\\- - -'],
    ['***', '\\*\\*\\*'],
    ['* * *', '\\* * \\*'],
    ['_ _ _', '\\_ _ \\_'],
    ['===', '\\==='],
  ])('a line starting %j is escaped', (text, expected) => {
    expect(body(p(text))).toBe(`${expected}\n`);
    expect(body(p(text, 'list-item'))).toBe(`- ${expected}\n`);
    expect(body(p(text, 'quote'))).toBe(`> ${expected}\n`);
  });

  it.each([
    ['a *bold* claim', 'a \\*bold\\* claim'],
    ['_italic_ words', '\\_italic\\_ words'],
    ['the `tide` command', 'the \\`tide\\` command'],
    ['see [1](two)', 'see \\[1](two)'],
    ['[^1]: a footnote', '\\[^1]: a footnote'],
    ['a <b>bold</b> tag', 'a \\<b>bold\\</b> tag'],
    ['an <!-- aside -->', 'an \\<!-- aside -->'],
    ['a literal &amp; and &#39; and &#x27;', 'a literal \\&amp; and \\&#39; and \\&#x27;'],
    ['C:\\harbour\\logs', 'C:\\\\harbour\\\\logs'],
    ['~~struck~~ and ~one~', '\\~\\~struck\\~\\~ and \\~one\\~'],
    ['ends with a star*', 'ends with a star\\*'],
    ['Two\nlines  and\ttabs', 'Two lines and tabs'],
  ])('inline syntax in %j is escaped', (text, expected) => {
    expect(body(p(text))).toBe(`${expected}\n`);
  });

  it.each([
    '#harbour trends again',
    'C# and F# are languages',
    '-30 degrees at the pier',
    '1.5 million visitors',
    '2024 was a year of storms',
    'snake_case_name and ferry_2',
    '5 * 3 = 15 and 4 _ 2',
    '3 < 4 and 5 > 2 and a -> b',
    'AT&T and R&D',
    'well-known U.S. firm (est. 1901) paid 10+ fees',
    'price | tax',
    'http://example.com/a_b?c=d',
  ])('%j is left as it is', (text) => {
    expect(body(p(text))).toBe(`${text}\n`);
  });

  it('escapes | only in table cells, where a line may sit under another', () => {
    expect(body(p('Adult | 2.50', 'table-cell'), p('--- | ---', 'table-cell'))).toBe('Adult \\| 2.50\\\n--- \\| ---\n');
  });

  it('escapes a closing run of # in a heading, which CommonMark would strip', () => {
    expect(body(p('Vote for Section #', 'heading', 2))).toBe('## Vote for Section \\#\n');
    expect(body(p('##', 'heading', 2))).toBe('## \\##\n');
    expect(body(p('C#', 'heading', 2))).toBe('## C#\n');
    expect(toMarkdown(article({ title: 'Fares up #' }))).toBe('# Fares up \\#\n');
  });

  it('escapes inside italics: a caption or labels that end with * still close', () => {
    expect(body(p('A star *', 'caption'))).toBe('*A star \\**\n');
    expect(toMarkdown(article({ labels: ['_LIVE_'] }))).toBe('*\\_LIVE\\_*\n');
  });

  it('escapeMarkdown escapes one line for the start of a line, or inside one', () => {
    expect(escapeMarkdown('1. *Not* a list')).toBe('1\\. \\*Not\\* a list');
    expect(escapeMarkdown('1. *Not* a list', false)).toBe('1. \\*Not\\* a list');
  });

  it('only adds backslashes: removing them gives the text back, whitespace folded', () => {
    const kinds = fc.constantFrom<ParagraphKind>('paragraph', 'heading', 'list-item', 'quote', 'caption');
    const text = fc.string({ unit: fc.constantFrom(...'#>-+*_=.)[]!`~<&|\\ \n1aZé'.split('')), maxLength: 30 });
    fc.assert(
      fc.property(text, kinds, (t, kind) => {
        const folded = t.replace(/[ \t\n]+/g, ' ').trim();
        fc.pre(folded !== '');
        const md = body(p(t, kind, 2));
        const prefix = { paragraph: '', heading: '## ', 'list-item': '- ', quote: '> ', caption: '*' }[kind as string] ?? '';
        const suffix = kind === 'caption' ? '*\n' : '\n';
        expect(md.startsWith(prefix) && md.endsWith(suffix)).toBe(true);
        expect(unescape(md.slice(prefix.length, md.length - suffix.length))).toBe(folded);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('toMarkdown: title, labels and the line under them', () => {
  const published: Published = {
    raw: 'Thu Jan 19, 2017 11:42:31',
    local: '2017-01-19T11:42:31',
    precision: 'minute',
    zone: 'Asia/Tehran',
    utc: '2017-01-19T08:12:31Z',
    zoneSource: 'profile',
  };

  it.each<[string, Partial<Article>, string]>([
    ['a title is a # heading', { title: 'Ferry Returns' }, '# Ferry Returns\n'],
    ['labels are an italic line under it, not in the heading', { title: 'Ferry Returns', labels: ['VIDEO', 'EXCLUSIVE'] }, '# Ferry Returns\n\n*VIDEO · EXCLUSIVE*\n'],
    ['the time by its precision, with its zone', { published }, '2017-01-19 11:42 Asia/Tehran\n'],
    ['a day', { published: { ...published, precision: 'day', zone: null } }, '2017-01-19\n'],
    ['seconds', { published: { ...published, precision: 'second', zone: null } }, '2017-01-19 11:42:31\n'],
    ['the raw text when there is no local time', { published: { ...published, local: '' } }, 'Thu Jan 19, 2017 11:42:31\n'],
    [
      'the update time and the credits, joined by ·',
      { published, updated: { ...published, local: '2017-01-20T08:00:00', zone: null }, credits: [{ text: 'By Mara Quill', role: 'author' }, { text: 'Reuters', role: 'agency' }] },
      '2017-01-19 11:42 Asia/Tehran · updated 2017-01-20 08:00 · By Mara Quill · Reuters\n',
    ],
    ['credits alone, escaped at the start of the line', { credits: [{ text: '- Staff reporter', role: null }] }, '\\- Staff reporter\n'],
    ['nothing to show gives ""', {}, ''],
  ])('%s', (_name, fields, expected) => {
    expect(toMarkdown(article(fields))).toBe(expected);
  });

  it('puts the title, labels, the line and the body in that order', () => {
    const md = toMarkdown(article({ title: 'T', labels: ['LIVE'], published, paragraphs: [p('Body.')] }));
    expect(md).toBe('# T\n\n*LIVE*\n\n2017-01-19 11:42 Asia/Tehran\n\nBody.\n');
  });

  it('falls back to body as plain paragraphs when paragraphs is empty', () => {
    expect(toMarkdown(article({ body: ['- one', 'two'], paragraphs: [] }))).toBe('\\- one\n\ntwo\n');
  });
});

describe('toMarkdown on parsed articles', () => {
  it('renders an HTML page with its structure: h2/h3, a list, a quote and code', () => {
    const page = `<!doctype html>
<html><head><title>Night Ferry Trial Ends Early | Larkspur Courier</title></head>
<body>
<header><nav><a href="/">Home</a> <a href="/harbour">Harbour</a> <a href="/weather">Weather</a></nav></header>
<main><article>
<h1>Night Ferry Trial Ends Early</h1>
<p>By Oona Brackett</p>
<p><time datetime="2024-05-10T17:40">10 May 2024, 17:40</time></p>
<p>The council stopped its night ferry trial on Friday, two weeks ahead of plan, after fewer riders than expected used the late crossings across the bay.</p>
<h2>What riders said</h2>
<p>Most of the people who wrote to the council asked for an earlier last boat rather than a later one.</p>
<ul><li>Last boat at 22:30 instead of 01:00</li><li>Bikes carried free after 20:00</li></ul>
<blockquote>We would rather have a boat we can count on than one at midnight, a commuter wrote.</blockquote>
<pre>ferry --late \`21:10\`</pre>
<h3>What happens next</h3>
<p>The council will publish a revised timetable for the summer season next month.</p>
</article></main>
<footer><p>© Larkspur Courier</p></footer>
</body></html>`;
    expect(toMarkdown(parseArticle(page, { id: 'ferry' }))).toBe(`# Night Ferry Trial Ends Early

2024-05-10 17:40 · By Oona Brackett

The council stopped its night ferry trial on Friday, two weeks ahead of plan, after fewer riders than expected used the late crossings across the bay.

## What riders said

Most of the people who wrote to the council asked for an earlier last boat rather than a later one.

- Last boat at 22:30 instead of 01:00
- Bikes carried free after 20:00

> We would rather have a boat we can count on than one at midnight, a commuter wrote.

\`\`\`
ferry --late \`21:10\`
\`\`\`

### What happens next

The council will publish a revised timetable for the summer season next month.
`);
  });

  it('renders a text scrape as plain paragraphs, escaped, with its caption in place', () => {
    const text = [
      'VIDEO: Harbour Council Votes To Keep Night Ferry',
      '14 May 2024 18:05',
      'The harbour council voted on Tuesday to keep the night ferry running through the summer, reversing a decision taken in March.',
      'Photo: the night ferry at the south pier',
      '1. The motion passed by six votes to three, with two abstentions.',
      '# Councillors who opposed it said the money would be better spent on buses.',
      'By Piet Langford',
    ].join('\n\n');
    const parsed = parseArticle(text, { id: 'vote' });
    expect(parsed.paragraphs.every((x) => x.kind === 'paragraph')).toBe(true);
    expect(toMarkdown(parsed)).toBe(`# Harbour Council Votes To Keep Night Ferry

*VIDEO*

2024-05-14 18:05 · By Piet Langford

The harbour council voted on Tuesday to keep the night ferry running through the summer, reversing a decision taken in March.

*Photo: the night ferry at the south pier*

1\\. The motion passed by six votes to three, with two abstentions.

\\# Councillors who opposed it said the money would be better spent on buses.
`);
  });
});

describe('toMarkdown never throws', () => {
  it('on odd hand-built articles', () => {
    const odd = {
      title: 5,
      labels: [null, 'LIVE'],
      credits: [{}],
      published: { local: null, raw: null },
      paragraphs: [p(null as unknown as string, 'heading', Number.NaN), { text: 'ok', kind: 'sidebar', level: -1 }],
      captions: ['c'],
      claims: null,
    } as unknown as Article;
    expect(toMarkdown(odd)).toBe('# 5\n\n*LIVE*\n\nok\n\n*c*\n');
    expect(toMarkdown({} as Article)).toBe('');
  });

  it('on any paragraphs', () => {
    const kinds = fc.oneof(fc.constantFrom<string>('paragraph', 'heading', 'list-item', 'quote', 'preformatted', 'table-cell', 'caption'), fc.string());
    const level = fc.oneof(fc.constant(null), fc.integer(), fc.double());
    const para = fc.record({ text: fc.string(), kind: kinds, level });
    fc.assert(
      fc.property(fc.array(para, { maxLength: 12 }), fc.string(), fc.array(fc.string(), { maxLength: 3 }), (paragraphs, title, labels) => {
        const md = toMarkdown(article({ title, labels, paragraphs: paragraphs as Paragraph[] }));
        expect(typeof md).toBe('string');
      }),
      { numRuns: 500 },
    );
  });
});
