/**
 * Main-content selection on small made-up pages: what is cut and why (`article.cruft`
 * reasons), which wrappers are not cut, the headline, teaser cards, page and article
 * headers, reader comments, and the kinds of the body's paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { selectContent } from '../../src/html/content.js';
import { htmlPage } from '../../src/input/html.js';
import { createParser, parseArticle, toJSON } from '../../src/index.js';
import type { Article } from '../../src/types.js';
import { expectInvariants } from '../support/invariants.js';
import { HEADLINE, STORY } from './support.js';

/** Made-up prose for a made-up story (each a sentence of 60+ characters) and its headline. */
const PROSE = STORY;
const TITLE = HEADLINE;
const p = (i: number): string => `<p>${PROSE[i % PROSE.length]}</p>`;
const story = (n = 4, from = 0): string => Array.from({ length: n }, (_, i) => p(from + i)).join('\n');

/** A page: head with `<title>`, then `body` as given. */
const page = (body: string, title: string | null = `${TITLE} | The Wendford Post`): string =>
  `<!doctype html><html lang="en"><head>${title === null ? '' : `<title>${title}</title>`}</head><body>\n${body}\n</body></html>`;

/** Parses a page, checking the invariants on the way. */
function parse(html: string): Article {
  const article = parseArticle(html, { format: 'html' });
  expectInvariants(html, article);
  return article;
}

/** The reason `text` was cut, or `null` when it is not in the cruft. */
const reasonOf = (a: Article, text: string): string | null => a.cruft.find((c) => c.text === text)?.reason ?? null;

describe('chrome is cut with its reason', () => {
  it.each([
    // [chrome html, its text, reason]; the chrome stands before or after a plain <article>
    ['<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>', 'Home News Sport', 'navigation'],
    ['<div role="navigation"><a href="/">Home</a> <a href="/news">News</a></div>', 'Home News', 'navigation'],
    ['<ol class="breadcrumb"><li><a href="/">Home</a> › <a href="/local">Local</a></li></ol>', 'Home › Local', 'navigation'],
    ['<aside><p>The Wendford Post is read by nine thousand households every single week.</p></aside>', 'The Wendford Post is read by nine thousand households every single week.', 'aside'],
    ['<header><a href="/">The Wendford Post</a></header>', 'The Wendford Post', 'header'],
    ['<div role="banner"><a href="/">The Wendford Post</a></div>', 'The Wendford Post', 'header'],
    ['<footer><p>© 2021 The Wendford Post. All rights reserved.</p></footer>', '© 2021 The Wendford Post. All rights reserved.', 'footer'],
    ['<div role="contentinfo"><p>Contact the newsroom</p></div>', 'Contact the newsroom', 'footer'],
    ['<form action="/search"><label>Search the Post</label><input name="q"></form>', 'Search the Post', 'form'],
    ['<dialog open><p>Please accept our updated terms of use</p></dialog>', 'Please accept our updated terms of use', 'dialog'],
    ['<div class="share-tools"><a href="/f">Facebook</a> <a href="/t">Twitter</a></div>', 'Facebook Twitter', 'share'],
    ['<div class="related-links"><a href="/a">Ferry crews stand down</a></div>', 'Ferry crews stand down', 'related'],
    ['<div class="ad-container">Advertisement</div>', 'Advertisement', 'advertising'],
    ['<div class="promo-box"><p>Get the Wendford Post app</p></div>', 'Get the Wendford Post app', 'promotion'],
    ['<div class="newsletter"><p>Sign up for our morning briefing</p></div>', 'Sign up for our morning briefing', 'promotion'],
    ['<div id="cookie-notice"><p>We use cookies to improve the site</p></div>', 'We use cookies to improve the site', 'notice'],
    ['<div id="comments"><p>Great news for the town at last!</p></div>', 'Great news for the town at last!', 'comments'],
    ['<ul class="tags"><li><a href="/t/bridges">Bridges</a></li></ul>', 'Bridges', 'tags'],
    ['<div class="author-bio"><p>Ann Lee covers the council</p></div>', 'Ann Lee covers the council', 'author-box'],
    ['<div hidden><p>Loading the next story</p></div>', 'Loading the next story', 'hidden'],
    ['<div style="display:none"><p>Loading the next story</p></div>', 'Loading the next story', 'hidden'],
    ['<div class="misc"><p>Weather: light rain later</p></div>', 'Weather: light rain later', 'outside-article'],
  ])('%s → %s', (chrome, text, reason) => {
    for (const html of [page(`${chrome}\n<article><h1>${TITLE}</h1>${story()}</article>`), page(`<article><h1>${TITLE}</h1>${story()}</article>\n${chrome}`)]) {
      const a = parse(html);
      expect(reasonOf(a, text)).toBe(reason);
      expect(a.body).not.toContain(text);
      expect(a.body).toHaveLength(4);
    }
  });

  it.each([
    // chrome inside the article is cut too, by its own markup
    ['<div class="share-tools"><a href="/f">Facebook</a> <a href="/t">Twitter</a></div>', 'Facebook Twitter', 'share'],
    ['<ul class="tags"><li><a href="/t/bridges">Bridges</a></li></ul>', 'Bridges', 'tags'],
    ['<div class="author-bio"><p>Ann Lee covers the council</p></div>', 'Ann Lee covers the council', 'author-box'],
    ['<aside><p>Read also: ferry crews stand down after two years</p></aside>', 'Read also: ferry crews stand down after two years', 'aside'],
    ['<div class="ad-slot">Advertisement</div>', 'Advertisement', 'advertising'],
    ['<section id="comments"><p>Great news for the town at last!</p></section>', 'Great news for the town at last!', 'comments'],
    // a block of links inside the article is a link list
    ['<p><a href="/a">Ferry crews stand down</a> | <a href="/b">Council budget</a></p>', 'Ferry crews stand down | Council budget', 'link-list'],
  ])('inside the article: %s → %s', (chrome, text, reason) => {
    const a = parse(page(`<article><h1>${TITLE}</h1>${story(2)}\n${chrome}\n${story(2, 2)}</article>`));
    expect(reasonOf(a, text)).toBe(reason);
    expect(a.body).toHaveLength(4);
  });

  it.each([
    ['a word inside a longer word', '<div class="shadow-box"><p>The bridge has a new coat of paint.</p></div>', 'The bridge has a new coat of paint.'],
    ['ad inside read', '<div class="read-time"><p>Three minutes is all it takes to read.</p></div>', 'Three minutes is all it takes to read.'],
    ['header inside subheader', '<div class="subheader-text"><p>The Wend is the town’s only river.</p></div>', 'The Wend is the town’s only river.'],
    ['a sentence with a link in it', '<p>The <a href="/c">council</a> had promised the works would take a year.</p>', 'The council had promised the works would take a year.'],
  ])('not cut: %s', (_, html, text) => {
    const a = parse(page(`<article><h1>${TITLE}</h1>${story(2)}\n${html}\n${story(2, 2)}</article>`));
    expect(a.body).toContain(text);
    expect(reasonOf(a, text)).toBeNull();
  });
});

describe('wrappers that carry a chrome word are not cut', () => {
  it.each([
    ['a has-sidebar div around everything', (s: string) => `<div class="page has-sidebar">${s}</div>`],
    ['a has-sidebar body', (s: string) => `<div id="body" class="layout-with-sidebar">${s}</div>`],
    ['an ASP.NET form around the page', (s: string) => `<form id="aspnetForm" method="post" action="./story.aspx">${s}</form>`],
    ['a modal-root wrapper', (s: string) => `<div id="modal-root"><div>${s}</div></div>`],
    ['a promo-ready wrapper', (s: string) => `<div class="promo-ready">${s}</div>`],
  ])('%s', (_, wrap) => {
    const inner = `<nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="main"><h1>${TITLE}</h1>${story(6)}</div><aside><p>Most read this week</p></aside>`;
    const a = parse(page(wrap(inner)));
    expect(a.title).toBe(TITLE);
    expect(a.body).toEqual(PROSE.slice(0, 6));
    // chrome inside the wrapper is still cut
    expect(reasonOf(a, 'Home News')).toBe('navigation');
    expect(reasonOf(a, 'Most read this week')).toBe('aside');
  });

  it('a sidebar word on a layout holding the story and a small sidebar keeps the story', () => {
    const a = parse(page(`<div class="sidebar-layout"><main><h1>${TITLE}</h1>${story(5)}</main><div class="sidebar"><p>Most read</p><p>Weather</p></div></div>`));
    expect(a.body).toEqual(PROSE.slice(0, 5));
    expect(reasonOf(a, 'Most read')).toBe('aside');
  });
});

describe('a section that only its class or id calls navigation', () => {
  // Menus are links: three paragraphs of prose under a class or id word of navigation are a
  // section of the article (an in-page menu's target, an id made from a heading "Menu ideas").
  it.each([
    ['class content-nav-section', 'div class="content-nav-section"'],
    ['an id made from a heading about menus', 'section id="menu-ideas-for-spring-weddings"'],
  ])('keeps its prose: %s', (_, open) => {
    const tag = open.split(' ')[0];
    const a = parse(page(`<main><h1>${TITLE}</h1>${story(3)}<${open}><h2>Second part</h2>${story(3, 3)}</${tag}></main>`));
    expect(a.body).toEqual([...PROSE.slice(0, 3), 'Second part', ...PROSE.slice(3, 6)]);
  });

  it('still cuts a menu of links, a nav element and a navigation class with fewer than three paragraphs', () => {
    const links = '<div class="site-nav"><ul><li><a href="/a">World news</a></li><li><a href="/b">Local sport</a></li></ul></div>';
    const navTag = `<nav>${story(3, 3)}</nav>`;
    const twoParagraphs = `<div class="content-nav-section">${story(2, 3)}</div>`;
    for (const chrome of [links, navTag, twoParagraphs]) {
      const a = parse(page(`<main><h1>${TITLE}</h1>${story(3)}${chrome}</main>`));
      expect(a.body).toEqual(PROSE.slice(0, 3));
    }
  });
});

describe('the headline', () => {
  it.each([
    ['an h1 in the article', `<article><h1>${TITLE}</h1>${story()}</article>`],
    ['an h1 above the article body', `<div class="top"><h1>${TITLE}</h1></div><div class="article-body">${story()}</div>`],
    ['an h1 inside the article header', `<article><header><h1>${TITLE}</h1></header><div>${story()}</div></article>`],
    ['a site-logo h1 before the real h1', `<header><h1 class="logo"><a href="/">The Wendford Post</a></h1></header><article><h1>${TITLE}</h1>${story()}</article>`],
    ['a site-logo h1 before a real h2', `<div class="top"><h1><a href="/">The Wendford Post</a></h1></div><article><h2>${TITLE}</h2>${story()}</article>`],
    // The same with no link, and a series' band: no prose stands between them and the story's h2.
    ['a site-name h1 without a link before a real h2', `<div class="top"><h1>The Wendford Post</h1></div><article><h2>${TITLE}</h2>${story()}</article>`],
    ['a series band h1 before a real h2', `<div class="hero"><h1>Bridges of the Wend: a Wendford Post series</h1></div><article><h2>${TITLE}</h2>${story()}</article>`],
    ['an h1 for a section name before the real h2', `<h1>Local news</h1><article><h2>${TITLE}</h2>${story()}</article>`],
    ['a hidden h1 before the real one', `<h1 hidden>${TITLE}</h1><article><h1>${TITLE}</h1>${story()}</article>`],
    ['the headline in a menu as well', `<nav><h2><a href="/">${TITLE}</a></h2></nav><article><h2>${TITLE}</h2>${story()}</article>`],
    ['itemprop=headline on a div', `<article><div itemprop="headline">${TITLE}</div>${story()}</article>`],
  ])('%s becomes the title and leaves the body', (_, body) => {
    const html = page(body);
    const a = parse(html);
    expect(a.title).toBe(TITLE);
    expect(a.body).toEqual(PROSE.slice(0, 4));
    expect(a.body).not.toContain(TITLE);
    // the title segment is the chosen heading, inside the article
    const seg = a.segments.find((s) => s.kind === 'title');
    expect(seg && html.slice(seg.start, seg.end)).toBe(TITLE);
    expect(html.lastIndexOf('<article', seg?.start) >= 0 || html.lastIndexOf('class="top"', seg?.start) >= 0).toBe(true);
  });

  it('is checked against og:title when the page has no <title>', () => {
    const html = `<html><head><meta property="og:title" content="${TITLE}"></head><body><h1>The Wendford Post</h1><article><h2>${TITLE}</h2>${story()}</article></body></html>`;
    expect(parse(html).title).toBe(TITLE);
  });

  it.each([
    ['the h1 is a link home', `<h1><a href="/">Wend Notes</a></h1><article><p>${TITLE}</p>${story()}</article>`, `Wend Notes: ${TITLE}`, ''],
    ['og:title is the rest of <title>', `<h1>Wend Notes</h1><article>${story()}</article>`, `Wend Notes | ${TITLE}`, `<meta property="og:title" content="${TITLE}">`],
    ['og:site_name is the h1', `<h1>Wend Notes</h1><article>${story()}</article>`, `${TITLE} - Wend Notes`, '<meta property="og:site_name" content="Wend Notes">'],
  ])('an h1 that is the site\'s name gives way to the <title>: %s', (_, body, title, head) => {
    const html = page(body, title).replace('</head>', `${head}</head>`);
    expect(parse(html).title).toBe(TITLE);
  });

  it('a short h1 that starts the <title> is the headline when nothing says it is the site\'s name', () => {
    const html = page(`<article><h1>Bridge reopens</h1>${story()}</article>`, 'Bridge reopens | Wend Courier Daily');
    expect(parse(html).title).toBe('Bridge reopens');
  });

  it.each([
    // A teaser's h1 that links to another story shares more words with the <title> than the
    // story's own h1; the teaser is not the headline.
    ['a teaser that links elsewhere', '<div class="cards"><h1><a href="/2024/05/where-to-paddle">Where to Paddle in Wendford</a></h1><p>Another story.</p></div>', 'The Best Trails in Wendford for Cycling'],
    // The same h1 linked to the page itself (its canonical URL) is the page's own.
    ['a heading linked to the page itself', '<div class="cards"><h1><a href="https://wendford.example/where-to-paddle/">Where to Paddle in Wendford</a></h1><p>Another story.</p></div>', 'Where to Paddle in Wendford'],
  ])('a linked heading: %s', (_, cards, want) => {
    const html = page(`<article><h1>The Best Trails in Wendford for Cycling</h1>${story()}</article>${cards}`, 'Where to Cycle in Wendford | The Wendford Post')
      .replace('</head>', '<link rel="canonical" href="https://wendford.example/where-to-paddle"></head>');
    expect(parse(html).title).toBe(want);
  });

  it.each([
    ['a fragment', '#top'],
    ['an empty href', ''],
    ['a protocol-relative URL', '//wendford.example/where-to-paddle/'],
    ['a path relative to the page', './where-to-paddle'],
    ['the path with index.html', '/where-to-paddle/index.html'],
    ['the path in another case, percent-encoded', '/Where-to-%50addle'],
  ])('a heading linked to the page itself by %s is the page\'s own', (_, href) => {
    const html = page(
      `<article><h1>The Best Trails in Wendford for Cycling</h1>${story()}</article><div class="cards"><h1><a href="${href}">Where to Paddle in Wendford</a></h1><p>Another story.</p></div>`,
      'Where to Cycle in Wendford | The Wendford Post',
    ).replace('</head>', '<link rel="canonical" href="https://wendford.example/where-to-paddle"></head>');
    expect(parse(html).title).toBe('Where to Paddle in Wendford');
  });

  it('a linked headline is still the headline on a page that states neither its title nor its address', () => {
    const html = page(`<div class="hd"><h1><a href="/2024/library">${TITLE}</a></h1><p>March 3, 2024</p></div><div class="content">${story()}</div>`, null);
    const a = parse(html);
    expect(a.title).toBe(TITLE);
    expect(a.published?.local).toBe('2024-03-03T00:00:00');
  });

  it("the page's own h1 outranks a section heading that repeats the <title>'s words more closely", () => {
    const html = page(
      `<article><h1>An introduction to library cards: what readers need to know</h1>${story(2)}<h2>What is a library card?</h2>${story(2, 2)}</article>`,
      'What is a Library Card - A guided introduction | Wend Library',
    );
    const a = parse(html);
    expect(a.title).toBe('An introduction to library cards: what readers need to know');
    expect(a.body).toContain('What is a library card?');
  });

  // A short first part of the <title> is a section's name, not the headline, even when an h1 says it.
  it.each([
    ['a section band', 'Opinion | The council must reopen the old bridge before the winter storms', '<div class="band"><h1>Opinion</h1></div>'],
    ['a desk name', 'World | Floods in Mosul leave thousands without homes | Alalam', '<div class="band"><h1>World</h1></div>'],
  ])('no title from %s that starts the <title>', (_, title, band) => {
    const a = parse(page(`${band}<article>${story()}</article>`, title));
    expect(a.title).not.toMatch(/^(?:Opinion|World)$/);
  });

  // Pipes are most often a title template's separator: a visible headline that repeats the
  // template keeps its longest part; a dash stays, as does the site's name after one.
  it.each([
    ['a section after a pipe', `${TITLE} | Opinion`, TITLE],
    ['a series before a pipe', `Wend Valley Diaries | ${TITLE}`, TITLE],
    ['two parts of as many words: the first', 'Wend council votes | Bridge tolls rise', 'Wend council votes'],
    ['a section and the site after pipes', `${TITLE} | Local News | Wendford Evening Courier`, TITLE],
    // must not: a dash, the site's name after a dash, a pipe without spaces
    ['a dash before a subtitle', 'Bridge reopens – and the ferry closes', 'Bridge reopens – and the ferry closes'],
    ['the site name after a dash', `${TITLE} – Wend Notes`, `${TITLE} – Wend Notes`],
    ['a pipe without spaces', 'Bridge|Ferry: the river crossings compared', 'Bridge|Ferry: the river crossings compared'],
  ])('a headline without its template: %s', (_, h1, want) => {
    const html = page(`<article><h1>${h1}</h1>${story()}</article>`, h1).replace('</head>', '<meta property="og:site_name" content="Wend Notes"></head>');
    const a = parse(html);
    expect(a.title).toBe(want);
    // the headline's whole line is the title segment, not body
    expect(a.body).not.toContain(h1);
  });

  // A date the page prints inside its headline, in an element of its own at the start, or at
  // the end after a separator, is not the headline's; a date that is part of the sentence, a
  // time or a bare year, words around it, or a date in the headline's own words, stay.
  it.each([
    ['a <time> before the words', '<h1><a href="#"><time datetime="2024-03-03">Mar <span>3</span> 2024</time> Library opens a second branch</a></h1>', 'Library opens a second branch'],
    ['a dated span after the words', '<h1>Library opens a second branch <span class="post-date">/ March 2024</span></h1>', 'Library opens a second branch'],
    ['a <time> after a separator outside it', '<h1>Library opens a second branch · <time>March 3, 2024</time></h1>', 'Library opens a second branch'],
    ['an element with the id "date"', '<h1><span id="date">2024-03-03</span> Library opens a second branch</h1>', 'Library opens a second branch'],
    ['a <time> and a dash before the words', '<h1><time>March 3, 2024</time> — Library opens a second branch</h1>', 'Library opens a second branch'],
    ['a date in Arabic-Indic digits', '<h1><time>١٨ ديسمبر ٢٠٢٥</time> افتتاح فرع جديد للمكتبة</h1>', 'افتتاح فرع جديد للمكتبة'],
    ['after an Arabic comma', '<h1>افتتاح فرع جديد للمكتبة، <time>18 ديسمبر 2025</time></h1>', 'افتتاح فرع جديد للمكتبة'],
    ['before a headline without spaces', '<h1><time>2024年3月3日</time> 図書館が新館を開設</h1>', '図書館が新館を開設'],
    ['nested date elements after a separator', '<h1>Library opens a second branch / <span class="date"><span class="date-month">Dec</span> <span class="date-year">2025</span></span></h1>', 'Library opens a second branch'],
    ['a time nested in a dated span', '<h1>Library opens a second branch <span class="post-date">/ Mar 3, 2024 <time>10:30</time></span></h1>', 'Library opens a second branch'],
    ['nested date elements before the words', '<h1><span class="date"><span class="date-month">Mar</span> <span class="date-day">3</span>, <span class="date-year">2024</span></span> Library opens a second branch</h1>', 'Library opens a second branch'],
    ['dates at both ends', '<h1><time>Mar 3, 2024</time> Library opens a second branch / <span class="date">Dec 2025</span></h1>', 'Library opens a second branch'],
    ['a <time> whose tag holds a style', '<h1><time><style>.d{color:red}</style>Mar 3, 2024</time> Library opens a second branch</h1>', 'Library opens a second branch'],
    ['a <time> between words', '<h1>Library opens on <time>March 3, 2024</time> after repairs</h1>', 'Library opens on March 3, 2024 after repairs'],
    ['a date after a separator, words after it', '<h1>Library opens · <time>March 3, 2024</time> after repairs</h1>', 'Library opens · March 3, 2024 after repairs'],
    ['a date the sentence ends with', '<h1>Polls close on <time>March 3, 2024</time></h1>', 'Polls close on March 3, 2024'],
    ['a time', '<h1>Polls close at <time>8pm</time></h1>', 'Polls close at 8pm'],
    ['a bare year after a dash', '<h1>Best library books, 2020 – <span class="date">2024</span></h1>', 'Best library books, 2020 – 2024'],
    ['a date in the words themselves', '<h1>The best new library books of March 2024</h1>', 'The best new library books of March 2024'],
    ['a "date" element without a year', '<h1><span class="update-date">Today</span> Library opens a second branch</h1>', 'Today Library opens a second branch'],
    ['a heading that is only a date and one word', '<h1><time>March 3, 2024</time> Update</h1>', 'March 3, 2024 Update'],
    ['a minus sign, no date', '<h1>-40 degrees: the coldest night in Wend</h1>', '-40 degrees: the coldest night in Wend'],
    ['a minus sign after a date', '<h1><time>Jan 9, 2024</time> -40 degrees: the coldest night in Wend</h1>', '-40 degrees: the coldest night in Wend'],
    // the date on a line of its own above: the headline's line starts after it
    ['a <time> on the line above', '<h1><time>Mar 3 2024</time><br>2025 budget: new branches for the Wend library</h1>', '2025 budget: new branches for the Wend library'],
  ])('a date in the headline: %s', (_, h1, want) => {
    const html = page(`<article>${h1}${story()}</article>`, want);
    const a = parse(html);
    expect(a.title).toBe(want);
    // the date stays in the title's segment, as a label does
    const seg = a.segments.find((s) => s.kind === 'title');
    expect(seg && html.slice(seg.start, seg.end)).toContain(want.split(' ').at(-1));
  });

  it('a date in a lesser heading does not keep it from matching the <title>', () => {
    const html = page(`<div class="top"><h1><a href="/">Wend Notes</a></h1></div><article><h2>Library opens a second branch <span class="title-date">/ Mar 2024</span></h2>${story()}</article>`, 'Library opens a second branch');
    const a = parse(html);
    expect(a.title).toBe('Library opens a second branch');
    expect(a.body).not.toContain('Library opens a second branch / Mar 2024');
  });

  it('splits labels as for text', () => {
    const a = parse(page(`<article><h1>VIDEO: ${TITLE}</h1>${story()}</article>`, `VIDEO: ${TITLE}`));
    expect([a.title, a.labels]).toEqual([TITLE, ['VIDEO']]);
  });

  it.each([
    ['a skip link', `<a class="skip-link" href="#main">Skip to content</a><main id="main">${story()}</main>`],
    ['a menu heading', `<nav><h2>Sections</h2><a href="/">Home</a></nav><main>${story()}</main>`],
    ['a role=search box', `<div role="search"><h2>Search for:</h2><input></div><main>${story()}</main>`],
    ['a hidden heading', `<h2 hidden>Breaking news ticker</h2><main>${story()}</main>`],
  ])('no title from %s', (_, body) => {
    const a = parse(page(body, 'Bridge reopens'));
    expect(a.title ?? '').not.toMatch(/Skip|Sections|Search|Breaking/);
  });

  it.each([
    ['the site name first', `Wend Notes - ${TITLE}`],
    ['the site name last, several words', `${TITLE} | Wend Courier Daily Evening Edition`],
    ['og:title itself ending in the site name', `${TITLE} | Wend Notes | Wend Notes`, `${TITLE} | Wend Notes`],
  ])('with no headline in the page, og:title that is a part of <title> is the title: %s', (_, title, og = TITLE) => {
    const html = page(`<div class="post">${story()}</div>`, title).replace('</head>', `<meta property="og:title" content="${og}"></head>`);
    expect(parse(html).title).toBe(TITLE);
  });

  it.each([
    ['og:site_name says so', 'Wend Notes - Bridge reopens after the spring floods', '<meta property="og:site_name" content="Wend Notes">', 'Bridge reopens after the spring floods'],
    ['a short last part', 'Bridge reopens after the spring floods | Wend Notes', '', 'Bridge reopens after the spring floods'],
  ])('og:title that is the site\'s name is not the title: %s', (_, title, head, want) => {
    const html = page(`<div class="post">${story()}</div>`, title).replace('</head>', `<meta property="og:title" content="Wend Notes">${head}</head>`);
    expect(parse(html).title).toBe(want);
  });

  it('og:title that is not a part of <title> does not replace it', () => {
    // "Bridge reopens" starts the <title> but no separator follows it there.
    const html = page(`<div class="post">${story()}</div>`, 'Bridge reopens after the spring floods | Wend Notes').replace('</head>', '<meta property="og:title" content="Bridge reopens">');
    expect(parse(html).title).toBe('Bridge reopens after the spring floods');
  });

  // A short first line that is not the <title> and no headline: the page's stated title, never none.
  it('the <title> stands when the first line of the page is no title', () => {
    const html = page(`<div class="hero">Free trial</div><div class="post">${story()}</div>`, 'Bridge reopens | Wend Notes');
    expect(parse(html).title).toBe('Bridge reopens');
  });

  // Some templates print the headline after the text; the closing-line rules must not take it.
  it('an h1 printed after the article text is the title, not a sign-off', () => {
    // A short headline, as a closing line is short.
    const a = parse(page(`<div class="content"><div class="text">${story(5)}</div><h1>Bridge reopens</h1></div>`, 'Bridge reopens'));
    expect(a.title).toBe('Bridge reopens');
    expect(reasonOf(a, 'Bridge reopens')).toBeNull();
  });

  // A phrase the text rules read as chrome ("Recommended: …" opens a teaser) does not take the
  // headline when the page states that headline as its title; without a stated title it does.
  it('an h1 the <title> or og:title states is the title even when it reads as a teaser', () => {
    const h1 = 'Recommended: Five Books on Rivers';
    expect(parse(page(`<article><h1>${h1}</h1>${story()}</article>`, `${h1} | Wend Notes`)).title).toBe(h1);
    const og = page(`<article><h1>${h1}</h1>${story()}</article>`, null).replace('<head>', `<head><meta property="og:title" content="${h1}">`);
    expect(parse(og).title).toBe(h1);
    const unstated = parse(page(`<article><h1>${h1}</h1>${story()}</article>`, null));
    expect([unstated.title, reasonOf(unstated, h1)]).toEqual([null, 'teaser']);
    const teaser = parse(page(`<article><h1>${TITLE}</h1>${story()}<h2>${h1}</h2></article>`, TITLE));
    expect([teaser.title, reasonOf(teaser, h1)]).toEqual([TITLE, 'teaser']);
  });

  // The headline picker leaves out chrome elements (a search <form> among them), not only
  // navigation and hidden text: the issue asks for no title from search boxes.
  it('no title from a search form without a role, on a page without <title>', () => {
    const a = parse(page(`<form action="/search" class="search-form"><h2>Search for:</h2><input name="s"></form><article><h2>${TITLE}</h2>${story()}</article>`, null));
    expect(a.title).toBe(TITLE);
  });
});

describe('teaser cards', () => {
  const card = (i: number): string =>
    `<div class="card"><h3><a href="/s/${i}">Teaser headline number ${i}</a></h3><p>A short summary of teaser ${i}, which is not part of the story.</p></div>`;

  it.each([2, 3, 5])('%i cards after the story are cut as related', (count) => {
    const cards = Array.from({ length: count }, (_, i) => card(i)).join('');
    const a = parse(page(`<div class="wrap"><div class="story"><h1>${TITLE}</h1>${story(6)}</div><div class="more">${cards}</div></div>`));
    expect(a.title).toBe(TITLE);
    expect(a.body).toEqual(PROSE.slice(0, 6));
    for (let i = 0; i < count; i++) {
      expect(reasonOf(a, `Teaser headline number ${i}`)).toBe('related');
      expect(reasonOf(a, `A short summary of teaser ${i}, which is not part of the story.`)).toBe('related');
    }
  });

  it('nested <article> teasers inside the story are cut as related', () => {
    const teasers = [0, 1, 2].map((i) => `<article><h3><a href="/s/${i}">Teaser ${i}</a></h3><p>Summary ${i}.</p></article>`).join('');
    const a = parse(page(`<article><h1>${TITLE}</h1>${story(6)}<section>${teasers}</section></article>`));
    expect(a.body).toEqual(PROSE.slice(0, 6));
    expect(reasonOf(a, 'Summary 1.')).toBe('related');
  });

  it('a listicle whose items are <article>s of three paragraphs keeps them', () => {
    // Each item is a section of the story (little of the page's prose, but paragraphs of it).
    const items = [0, 1, 2, 3].map((i) => `<article class="item"><h2>Pick ${i}</h2>${story(3, 3 * i)}</article>`).join('');
    const a = parse(page(`<article><h1>${TITLE}</h1>${items}</article>`));
    expect(a.body).toEqual(expect.arrayContaining(PROSE.slice(0, 12)));
    expect(a.cruft.filter((c) => c.reason === 'related')).toEqual([]);
  });

  it('a listicle of linked headings, each with its paragraph, among the story\'s paragraphs keeps its items', () => {
    const item = (i: number): string => `<div class="pick"><h3><a href="https://elsewhere.example/${i}">Pick number ${i}</a></h3>${p(6 + i)}</div>`;
    const a = parse(page(`<article><h1>${TITLE}</h1><div class="body">${story(3)}${[0, 1, 2, 3].map(item).join('')}</div></article>`));
    expect(a.body).toEqual(expect.arrayContaining([...PROSE.slice(0, 3), ...PROSE.slice(6, 10)]));
    expect(reasonOf(a, 'Pick number 2')).toBeNull();
  });

  it.each([
    // The cards stand apart from the story's paragraphs.
    ['in a container of their own', (cards: string) => `${story(6)}<div class="more">${cards}</div>`],
    // Beside the story's paragraphs, but headlines and a line each, no paragraph.
    ['beside the story, without a paragraph each', (cards: string) => `${story(6)}${cards.replace(/<p>[^<]*<\/p>/g, '<p>A short summary line for this teaser</p>')}`],
    // Beside two paragraphs only: no story of its own around them.
    ['beside two paragraphs', (cards: string) => `${story(2)}${cards}`],
  ])('cards with a paragraph each stay teasers %s', (_, layout) => {
    const cards = [0, 1, 2].map((i) => `<div class="card"><h3><a href="/s/${i}">Teaser headline number ${i}</a></h3>${p(8 + i)}</div>`).join('');
    const a = parse(page(`<div class="wrap"><h1>${TITLE}</h1><div class="col">${layout(cards)}</div></div>`));
    expect(reasonOf(a, 'Teaser headline number 1')).toBe('related');
  });

  it('a nested <article> of two paragraphs after the story is still a teaser', () => {
    const teasers = [0, 1, 2].map((i) => `<article><h3><a href="/s/${i}">Teaser ${i}</a></h3>${story(2, 6 + 2 * i)}</article>`).join('');
    const a = parse(page(`<article><h1>${TITLE}</h1>${story(6)}<section>${teasers}</section></article>`));
    expect(a.body).toEqual(PROSE.slice(0, 6));
    expect(reasonOf(a, 'Teaser 1')).toBe('related');
  });

  it('one section of the story with a linked subheading is not a card', () => {
    const a = parse(page(`<article><h1>${TITLE}</h1>${story(3)}<section><h3><a href="#cost">The cost</a></h3>${p(3)}</section>${story(3, 4)}</article>`));
    expect(a.body).toContain(PROSE[3]);
  });
});

describe('page header and article header', () => {
  it('cuts the page <header> and keeps a <header> inside <article>', () => {
    const html = page(
      `<header><a href="/">The Wendford Post</a> <a href="/login">Log in</a></header>` +
        `<article><header><h1>${TITLE}</h1><p>Council workers finished the deck overnight.</p></header>${story()}</article>`,
    );
    const a = parse(html);
    expect(reasonOf(a, 'The Wendford Post Log in')).toBe('header');
    expect(a.title).toBe(TITLE);
    expect(a.cruft.map((c) => c.text)).not.toContain(TITLE);
    // the article's header is read by the parsers, not cut as page chrome
    expect(reasonOf(a, 'Council workers finished the deck overnight.')).not.toBe('header');
  });

  it('cuts the page <footer> and keeps a <footer> inside <article>', () => {
    const a = parse(page(`<article><h1>${TITLE}</h1>${story()}<footer><p>Reporting by Ann Lee and Tom Fry for the Post in Wendford.</p></footer></article><footer><p>Terms of use</p></footer>`));
    expect(reasonOf(a, 'Terms of use')).toBe('footer');
    expect(reasonOf(a, 'Reporting by Ann Lee and Tom Fry for the Post in Wendford.')).not.toBe('footer');
  });

  it('text between the headline and the body root that no parser claims is the article header', () => {
    const a = parse(page(`<div class="top"><h1>${TITLE}</h1><p class="deck">Two years and many ferries later</p></div><div class="article-body">${story()}</div>`));
    expect(reasonOf(a, 'Two years and many ferries later')).toBe('article-header');
    expect(a.body).toEqual(PROSE.slice(0, 4));
  });

  it('an intro of paragraphs before a root that stopped short (a big table) is the article, not its header', () => {
    // The headline stands in a title band of the page itself; the sidebar column stays out.
    const SIDE = 'Our newsletter brings the week in review to your inbox every Friday morning.';
    const rows = Array.from({ length: 40 }, (_, i) => `<tr><td>Service number ${i} of the list is billed at the usual rate.</td><td>$${i} to $${i + 2}</td></tr>`).join('');
    const html = page(
      `<div class="band"><h1>${TITLE}</h1></div><div class="cols"><div class="col-left"><p>${SIDE}</p><p><a href="/demo">Get a demo</a></p></div>` +
        `<div class="main"><div class="rich"><h2>What the bill covers</h2>${story(3)}<h2>How the rates are set</h2><h3>Rates for each service</h3><h3>Rates for the year</h3><div class="embed"><table>${rows}</table></div></div></div></div>`,
    );
    const a = parse(html);
    expect(a.body).toEqual(expect.arrayContaining(PROSE.slice(0, 3)));
    expect(a.body).not.toContain(SIDE);
  });
});

describe('reader comments', () => {
  const comment = (who: string, text: string): string => `<li class="c"><p class="who">${who}</p><p>${text}</p></li>`;
  const comments = [
    comment('wendfan', 'About time too, the detour through the ring road added half an hour to my commute every day.'),
    comment('ferrygirl', 'I will miss the ferry, honestly. It was the nicest part of the morning for two whole years.'),
  ].join('');

  it.each([
    ['a section with id="comments"', `<section id="comments"><h2>2 comments</h2><ol>${comments}</ol></section>`],
    ['a div with class="comment-list"', `<div class="comment-list"><ol>${comments}</ol></div>`],
    ['a Disqus thread', `<div id="disqus_thread"><ol>${comments}</ol></div>`],
  ])('%s after the story is cut as comments', (_, html) => {
    const a = parse(page(`<article><h1>${TITLE}</h1>${story(5)}</article>${html}`));
    expect(a.body).toEqual(PROSE.slice(0, 5));
    expect(reasonOf(a, 'wendfan')).toBe('comments');
    expect(a.cruft.filter((c) => c.reason === 'comments').map((c) => c.text)).toContain(
      'I will miss the ferry, honestly. It was the nicest part of the morning for two whole years.',
    );
  });

  it('comments inside the <article> are cut as comments', () => {
    const a = parse(page(`<article><h1>${TITLE}</h1>${story(5)}<section id="comments"><ol>${comments}</ol></section></article>`));
    expect(a.body).toEqual(PROSE.slice(0, 5));
    expect(reasonOf(a, 'ferrygirl')).toBe('comments');
  });

  // A comment thread is never a wrapper by its size (only by holding the headline), so a long
  // thread under a short story stays comments.
  it('comments with more prose than a short story are still cut as comments', () => {
    const many = Array.from({ length: 8 }, (_, i) =>
      comment(`reader${i}`, `Comment number ${i}: ${PROSE[i]} I crossed it every day before it closed and cannot wait.`),
    ).join('');
    const a = parse(page(`<article><h1>${TITLE}</h1>${story(3)}</article><section id="comments"><ol>${many}</ol></section>`));
    expect(a.body).toEqual(PROSE.slice(0, 3));
    expect(reasonOf(a, 'reader0')).toBe('comments');
  });
});

describe('the kinds of the body paragraphs', () => {
  it('keeps heading levels, list items, quotes, preformatted text, table cells and captions', () => {
    const html = page(
      `<article><h1>${TITLE}</h1>${p(0)}` +
        `<h2>What changed on the bridge</h2>${p(1)}` +
        `<h3>The cables</h3>${p(2)}` +
        `<ul><li>A new deck of oak and steel planks laid across the whole span</li><li><p>Two cycle lanes, one each way, painted green</p></li></ul>` +
        `<blockquote><p>We never thought we would see it open again in our lifetime.</p></blockquote>` +
        `<pre>Load limit: 7.5 tonnes</pre>` +
        `<table><tr><th>Year</th><td>Crossings a day</td></tr></table>` +
        `${p(3)}</article>`,
    );
    const a = parse(html);
    expect(a.paragraphs.map((x) => [x.kind, x.level, x.text])).toEqual([
      ['paragraph', null, PROSE[0]],
      ['heading', 2, 'What changed on the bridge'],
      ['paragraph', null, PROSE[1]],
      ['heading', 3, 'The cables'],
      ['paragraph', null, PROSE[2]],
      ['list-item', null, 'A new deck of oak and steel planks laid across the whole span'],
      ['list-item', null, 'Two cycle lanes, one each way, painted green'],
      ['quote', null, 'We never thought we would see it open again in our lifetime.'],
      ['preformatted', null, 'Load limit: 7.5 tonnes'],
      ['table-cell', null, 'Year'],
      ['table-cell', null, 'Crossings a day'],
      ['paragraph', null, PROSE[3]],
    ]);
    expect(a.body).toEqual(a.paragraphs.map((x) => x.text));
  });

  it('a figure caption is a caption, not body', () => {
    const caption = 'The bridge at dawn on its first day open';
    const a = parse(page(`<article><h1>${TITLE}</h1>${story(2)}<figure><img src="/b.jpg" alt=""><figcaption>${caption}</figcaption></figure>${story(2, 2)}</article>`));
    expect(a.captions).toEqual([caption]);
    expect(a.body).toEqual(PROSE.slice(0, 4));
  });

  it('a text scrape gives only paragraphs', () => {
    const a = parseArticle(`${TITLE}\n\n${PROSE.slice(0, 3).join('\n\n')}\n`);
    expect(a.paragraphs.map((x) => x.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });
});

describe('selectContent', () => {
  it('gives one cut per page block, the headline and the content root', () => {
    const html = page(`<nav><a href="/">Home</a></nav><article id="story"><h1>${TITLE}</h1>${story()}</article><footer><p>Terms</p></footer>`);
    const pg = htmlPage(html);
    const sel = selectContent(pg);
    expect(sel.cut).toHaveLength(pg.blocks.length);
    expect(sel.cut).toEqual(['navigation', null, null, null, null, null, 'footer']);
    expect(pg.blocks[sel.headline]?.text).toBe(TITLE);
    expect(sel.root?.id).toBe('story');
  });

  it('finds the content root without article or main: the subtree with the most prose', () => {
    const pg = htmlPage(page(`<div id="a"><p>Short.</p></div><div id="b"><h1>${TITLE}</h1>${story(5)}</div><div id="c">${p(6)}</div>`));
    expect(selectContent(pg).root?.id).toBe('b');
  });

  it('picks the main story, not the teaser cards, among several <article> elements', () => {
    const teaser = (i: number) => `<article class="teaser"><h2><a href="/t/${i}">Teaser ${i}</a></h2><p>Summary of teaser number ${i}.</p></article>`;
    const pg = htmlPage(page(`${teaser(1)}<article id="main-story"><h1>${TITLE}</h1>${story(5)}</article>${teaser(2)}${teaser(3)}`));
    const sel = selectContent(pg);
    expect(sel.root?.id).toBe('main-story');
    expect(pg.blocks[sel.headline]?.text).toBe(TITLE);
  });

  it('gives no root and cuts nothing on a page without text', () => {
    const sel = selectContent(htmlPage('<html><head><title>x</title></head><body><img src="a.png"></body></html>'));
    expect(sel).toEqual({ cut: [], headline: -1, root: null });
  });

  it('shows hidden prose when most of the page’s prose is hidden (revealed by script)', () => {
    const a = parse(page(`<nav hidden><a href="/">Home</a></nav><div class="tab" style="display:none"><h1>${TITLE}</h1>${story(5)}</div>`));
    expect(a.body).toEqual(PROSE.slice(0, 5));
  });
});

describe("content: 'page'", () => {
  it('parses every block of the page, as a text scrape’s lines, with no structural cut', () => {
    const html = page(`<nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>${TITLE}</h1>${story(2)}</article>`);
    const whole = parseArticle(html, { content: 'page' });
    expect(whole.body).toEqual(['Home News', ...PROSE.slice(0, 2)]);
    expect(whole.cruft.filter((c) => c.reason === 'navigation')).toEqual([]);
    expect(parseArticle(html).body).toEqual(PROSE.slice(0, 2));
  });
});

describe('a body line that repeats the headline', () => {
  it('is cut (a gallery or sticky bar printing the headline again)', () => {
    const a = parse(page(`<article><h1>${TITLE}</h1>${story(2)}<div class="gallery"><p>${TITLE}</p></div>${story(2, 2)}</article>`));
    expect(a.body).toEqual(PROSE.slice(0, 4));
    expect(a.cruft.filter((c) => c.text === TITLE).map((c) => c.reason)).toEqual([expect.stringMatching(/^(?:title-repeat|repeated)$/)]);
  });

  it('is cut as title-repeat by the html-header resolver alone', () => {
    const html = page(`<article><h1>${TITLE}</h1>${story(2)}<div class="gallery"><p>${TITLE}</p></div>${story(2, 2)}</article>`);
    const a = createParser({ disable: ['cruft'] }).parse(html);
    expect(a.cruft).toContainEqual({ text: TITLE, reason: 'title-repeat' });
    expect(a.body).not.toContain(TITLE);
  });

  it.each([
    ['a line that only starts like the headline', `${TITLE} again, said the council on Tuesday.`],
    ['a line with one more word', `${TITLE} today`],
  ])('keeps %s', (_, line) => {
    const a = parse(page(`<article><h1>${TITLE}</h1>${story(2)}<p>${line}</p></article>`));
    expect(a.body).toContain(line);
  });
});

describe('tag and role names that are Object.prototype properties', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('<%s> gives no inherited reason or kind', (name) => {
    const html = page(`<${name} role="${name}">${p(0)}</${name}><article><h1>${TITLE}</h1>${story(2, 1)}</article>`);
    const a = parse(html);
    for (const c of a.cruft) expect(typeof c.reason).toBe('string');
    for (const x of a.paragraphs) expect(typeof x.kind).toBe('string');
    expect(JSON.parse(JSON.stringify(toJSON(a))).cruft.every((c: { reason?: unknown }) => typeof c.reason === 'string')).toBe(true);
  });
});
