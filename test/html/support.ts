/**
 * Shared by the HTML invariant, property and hardening tests: made-up pages built from a small
 * grammar of the markup news pages are made of, and the invariants every HTML parse keeps.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { CHROME_ROLES, CHROME_TAGS, CHROME_WORDS, PAGE_CHROME_TAGS } from '../../src/data/html-chrome.js';
import { ARTICLE_HEADER, OUTSIDE_ARTICLE, selectContent } from '../../src/html/content.js';
import { htmlPage } from '../../src/input/html.js';
import type { Article, HtmlPage } from '../../src/types.js';
import { expectInvariants } from '../support/invariants.js';

/** Every reason a block of a page may be cut with: the data tables' reasons and the selection's own. */
export const CUT_REASONS: ReadonlySet<string> = new Set([
  ...Object.values(CHROME_TAGS),
  ...Object.values(PAGE_CHROME_TAGS),
  ...Object.values(CHROME_ROLES),
  ...Object.values(CHROME_WORDS),
  'hidden',
  'related',
  'link-list',
  OUTSIDE_ARTICLE,
  ARTICLE_HEADER,
]);

/** Asserts what the adapter and the content selection guarantee on any input read as HTML. */
export function expectPageInvariants(input: string, page: HtmlPage = htmlPage(input)): void {
  let last = 0;
  page.blocks.forEach((b, i) => {
    expect(b.index).toBe(i);
    expect(b.start).toBeGreaterThanOrEqual(last);
    expect(b.end).toBeGreaterThan(b.start);
    expect(b.end).toBeLessThanOrEqual(input.length);
    expect(b.html).toBeDefined();
    const h = b.html!;
    expect(page.elements[h.element.index]).toBe(h.element);
    expect(h.linkChars).toBeLessThanOrEqual(h.chars);
    // the container is the element or one of its ancestors
    let e: typeof h.element | null = h.element;
    while (e && e !== h.container) e = e.parent;
    expect(e).toBe(h.container);
    last = b.end;
  });
  page.elements.forEach((e, k) => {
    expect(e.index).toBe(k);
    if (k > 0) expect(e.parent!.index).toBeLessThan(k);
    expect(e.linkChars).toBeLessThanOrEqual(e.textChars);
  });
  for (const j of page.jsonLd) expect(input.slice(j.start, j.end)).toBe(j.text);
  const sel = selectContent(page);
  expect(sel.cut).toHaveLength(page.blocks.length);
  for (const reason of sel.cut) if (reason !== null) expect(CUT_REASONS).toContain(reason);
  if (sel.headline >= 0) expect(sel.cut[sel.headline]).toBeNull();
  else expect(sel.headline).toBe(-1);
  if (sel.root) expect(page.elements[sel.root.index]).toBe(sel.root);
}

const WORDS = /[\p{L}\p{N}]+/gu;

/** Asserts the parse of an HTML input: lossless segments, and every text claim one whole block of the page. */
export function expectHtmlInvariants(input: string, article: Article): void {
  expectInvariants(input, article);
  expect(article.format).toBe('html');
  const page = htmlPage(input);
  const byStart = new Map(page.blocks.map((b) => [b.start, b]));
  for (const c of article.claims) {
    expect(c.start).toBeGreaterThanOrEqual(0);
    expect(c.end).toBeGreaterThan(c.start);
    if (c.kind !== 'body' && c.kind !== 'cruft' && c.kind !== 'caption' && c.kind !== 'title') continue;
    const block = byStart.get(c.start);
    if (c.kind === 'title' && block?.end !== c.end) {
      // A title from the head: the text of the page's <title> element.
      const open = input.toLowerCase().lastIndexOf('<title', c.start - 1);
      expect(open, `title claim ${c.start}-${c.end} is a page block or the <title> text`).toBeGreaterThanOrEqual(0);
      // its words are the stated title's (the site's name and separators may be dropped)
      const stated = new Set((page.title ?? '').toLowerCase().match(WORDS) ?? []);
      expect((c.value.text.toLowerCase().match(WORDS) ?? []).filter((w) => !stated.has(w))).toEqual([]);
      continue;
    }
    expect(block?.end, `${c.kind} claim ${c.start}-${c.end} is a page block`).toBe(c.end);
    if (c.kind === 'title') expect(block!.value.endsWith(c.value.text)).toBe(true);
    else expect(c.value.text).toBe(block!.value);
  }
  // the body is the body claims' text, in input order
  expect(article.body).toEqual(article.claims.filter((c) => c.kind === 'body').map((c) => c.value.text));
}

/** Made-up prose: sentences, labels and link texts a page is made of, some with entities. */
const TEXTS = [
  'The old iron bridge over the Wend reopened on Tuesday after two years of repairs.',
  'Engineers replaced most of the deck and every one of the rusted cables by hand.',
  'Traders said the closure had cost them a third of their customers.',
  'Ferry crews were thanked by name.',
  'Old iron bridge over the Wend reopens',
  'Home',
  'Share',
  'Read more',
  'Photo: Ann Lee',
  'By Ann Lee',
  '3 June 2019',
  '© 2021 The Wendford Post',
  'Bridge &amp; river',
  'Wend&#8217;s bank',
  '&nbsp;',
  ' ',
  '\n',
  '\r\n',
  '<',
  '&',
  'x',
];
const TAGS = [
  'div', 'section', 'article', 'main', 'header', 'footer', 'nav', 'aside', 'form', 'dialog', 'menu',
  'p', 'h1', 'h2', 'h3', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'tr',
  'td', 'th', 'caption', 'figure', 'figcaption', 'span', 'a', 'b', 'time', 'button', 'select', 'option',
  'textarea', 'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'title',
];
const VOID = ['br', 'hr', 'img', 'input', 'meta'];
const ATTRS = [
  '', '', '', ' class="share"', ' class="article-body"', ' id="comments"', ' class="related-posts"',
  ' class="card"', ' class="has-sidebar"', ' class="ad"', ' class="read shadow"', ' hidden',
  ' aria-hidden="true"', ' style="display:none"', ' role="navigation"', ' role="main"',
  ' role="complementary"', ' itemprop="articleBody"', ' itemprop="headline"', ' href="/x"',
  ' type="application/ld+json"', ' class="a&amp;b"', ' id=', ' class="', " class='menu'",
];

type Node = string | { tag: string; attr: string; children: Node[]; closed: boolean };

const node: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...TEXTS),
    fc.constantFrom(...VOID.map((t) => `<${t}>`)),
    fc.record({
      tag: fc.constantFrom(...TAGS),
      attr: fc.constantFrom(...ATTRS),
      children: fc.array(tie('node'), { maxLength: 5 }),
      closed: fc.boolean(),
    }),
  ),
})).node;

function render(n: Node): string {
  if (typeof n === 'string') return n;
  return `<${n.tag}${n.attr}>${n.children.map(render).join('')}${n.closed ? `</${n.tag}>` : ''}`;
}

/** A made-up page: an optional head (title, og:title, JSON-LD) and a body of random elements. */
export const generatedPage: fc.Arbitrary<string> = fc
  .record({
    doctype: fc.boolean(),
    title: fc.option(fc.constantFrom(...TEXTS)),
    og: fc.option(fc.constantFrom(...TEXTS)),
    jsonLd: fc.boolean(),
    body: fc.array(node, { maxLength: 8 }),
  })
  .map(({ doctype, title, og, jsonLd, body }) => {
    const head = [
      title === null ? '' : `<title>${title}</title>`,
      og === null ? '' : `<meta property="og:title" content="${og}">`,
      jsonLd ? '<script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script>' : '',
    ].join('');
    return `${doctype ? '<!doctype html>' : ''}<html><head>${head}</head><body>${body.map(render).join('')}</body></html>`;
  });

/** Strings of HTML fragments: tags with and without attributes, entities, text and broken markup. */
export const htmlishString: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(...TEXTS),
      fc.constantFrom(...TAGS, ...VOID).chain((t) => fc.constantFrom(`<${t}>`, `</${t}>`, `<${t}`, `<${t}/>`)),
      fc.constantFrom(...ATTRS),
      fc.constantFrom('<!doctype html>', '<html>', '<body>', '<!--', '-->', '<![CDATA[', ']]>', '"', "'", '=', '>', '</', '&#', '&#x1F600;'),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

/** A page cut, duplicated and spliced: `page[0, min) + insert + page[max, end) + page[i, end)`. */
export function mutated(page: string, a: number, b: number, insert: string): string {
  const i = a % (page.length + 1);
  const j = b % (page.length + 1);
  return page.slice(0, Math.min(i, j)) + insert + page.slice(Math.max(i, j)) + page.slice(i);
}

/** Distinct made-up paragraphs for {@link newsPage}: each a sentence of 60+ characters. */
export const STORY = [
  'The old iron bridge over the Wend reopened on Tuesday after two years of repairs.',
  'Engineers replaced most of the deck and every one of the rusted cables by hand.',
  'Traders on both banks said the closure had cost them a third of their customers.',
  'The council expects some four thousand crossings a day once the summer begins.',
  'A small ceremony was held at noon, with a brass band and a ribbon cut by a pupil.',
  'Cyclists will have their own lane for the first time since the bridge was built.',
  'The repairs came in under budget, a council spokesman said, which is rare here.',
  'Ferry crews who carried people across during the works were thanked by name.',
];
export const HEADLINE = 'Old iron bridge over the Wend reopens';

/** Page chrome as sites mark it, each small beside the story, with the reason it is cut for. */
export const CHROME: readonly { html: string; text: string; reason: string }[] = [
  { html: '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>', reason: 'navigation', text: 'Home News Sport' },
  { html: '<header><a href="/">The Wendford Post</a></header>', reason: 'header', text: 'The Wendford Post' },
  { html: '<div class="site-menu"><ul><li><a href="/a">Local</a></li><li><a href="/b">Weather</a></li></ul></div>', reason: 'navigation', text: 'Local' },
  { html: '<aside><p>Most read: the Wend in pictures</p></aside>', reason: 'aside', text: 'Most read: the Wend in pictures' },
  { html: '<div class="share-bar"><a href="/f">Facebook</a> <a href="/t">Twitter</a></div>', reason: 'share', text: 'Facebook Twitter' },
  { html: '<div class="newsletter"><p>Sign up for the morning briefing</p><input type="email"><button>Go</button></div>', reason: 'promotion', text: 'Sign up for the morning briefing' },
  { html: '<div id="cookie-consent"><p>We use cookies on this site.</p><button>OK</button></div>', reason: 'notice', text: 'We use cookies on this site.' },
  { html: '<section id="comments"><p>wendfan</p><p>About time too!</p></section>', reason: 'comments', text: 'About time too!' },
  { html: '<ul class="tags"><li><a href="/t/bridges">Bridges</a></li><li><a href="/t/wend">Wend</a></li></ul>', reason: 'tags', text: 'Bridges' },
  { html: '<div class="ad-slot">Advertisement</div>', reason: 'advertising', text: 'Advertisement' },
  { html: '<footer><p>© 2021 The Wendford Post</p><a href="/terms">Terms</a></footer>', reason: 'footer', text: '© 2021 The Wendford Post' },
  { html: '<div hidden><p>Loading the next story</p></div>', reason: 'hidden', text: 'Loading the next story' },
  {
    html: `<div class="more">${[1, 2, 3].map((i) => `<div class="card"><h3><a href="/s/${i}">Teaser headline ${i}</a></h3><p>Summary of teaser ${i}, not the story.</p></div>`).join('')}</div>`,
    reason: 'related',
    text: 'Summary of teaser 2, not the story.',
  },
];

/** A news page: a headline and 3–8 paragraphs in an `<article>` (or `<main>`, or a named body div), chrome around it. */
export const newsPage: fc.Arbitrary<{ html: string; paragraphs: string[]; chrome: (typeof CHROME)[number][] }> = fc
  .record({
    count: fc.integer({ min: 3, max: 8 }),
    root: fc.constantFrom('article', 'main', 'div class="article-body"', 'div itemprop="articleBody"', 'div role="main"'),
    before: fc.subarray([...CHROME]),
    after: fc.subarray([...CHROME]),
    wrapper: fc.constantFrom('', 'div class="page"', 'div class="layout has-sidebar"', 'form id="aspnetForm"'),
    title: fc.constantFrom(`${HEADLINE} | The Wendford Post`, HEADLINE, null),
  })
  .map(({ count, root, before, after, wrapper, title }) => {
    const paragraphs = STORY.slice(0, count);
    const tag = root.split(' ')[0]!;
    const story = `<${root}><h1>${HEADLINE}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</${tag}>`;
    let body = [...before.map((c) => c.html), story, ...after.map((c) => c.html)].join('\n');
    if (wrapper) body = `<${wrapper}>${body}</${wrapper.split(' ')[0]}>`;
    const head = title === null ? '' : `<title>${title}</title>`;
    return { html: `<!doctype html><html><head>${head}</head><body>\n${body}\n</body></html>`, paragraphs, chrome: [...before, ...after] };
  });
