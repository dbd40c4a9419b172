/**
 * htmlPage: each block's DOM context (where it stands in the page) and the head's title,
 * meta, links, lang and JSON-LD.
 */
import { describe, expect, it } from 'vitest';
import { htmlPage } from '../../src/input/html.js';
import type { Block, HtmlElement, ParagraphKind } from '../../src/types.js';

/** An element as `tag#id.class.class`. */
function label(e: HtmlElement): string {
  return e.tag + (e.id ? `#${e.id}` : '') + e.classes.map((c) => `.${c}`).join('');
}

/** The element and its ancestors, innermost first, up to (not including) the document. */
function chain(e: HtmlElement): string[] {
  const out: string[] = [];
  for (let at: HtmlElement | null = e; at && at.index > 0; at = at.parent) out.push(label(at));
  return out;
}

/** The block whose text is `text`. */
function blockOf(html: string, text: string): Block {
  const block = htmlPage(html).blocks.find((b) => b.text === text);
  if (!block) throw new Error(`no block ${JSON.stringify(text)} in ${html}`);
  return block;
}

describe('htmlPage: the elements around a block', () => {
  it.each([
    // [html, block text, element chain, container]
    ['<div id="story" class="a b"><p>Floods in Mosul</p></div>', 'Floods in Mosul', ['p', 'div#story.a.b'], 'p'],
    ['<div class="story"><p>Floods <b>in</b> Mosul</p></div>', 'Floods in Mosul', ['p', 'div.story'], 'p'],
    ['<p><b>Floods</b> in Mosul</p>', 'Floods in Mosul', ['b', 'p'], 'p'],
    ['<div id="x">Floods <span>in Mosul</span></div>', 'Floods in Mosul', ['div#x'], 'div#x'],
    ['<section><span class="kicker">Floods in Mosul</span></section>', 'Floods in Mosul', ['span.kicker', 'section'], 'section'],
    ['<ul><li><a href="/a">Floods in Mosul</a></li></ul>', 'Floods in Mosul', ['a', 'li', 'ul'], 'li'],
    ['<table><tr><td><em>Floods in Mosul</em></td></tr></table>', 'Floods in Mosul', ['em', 'td', 'tr', 'table'], 'td'],
    ['<article><header><h1 class="title">Floods in Mosul</h1></header></article>', 'Floods in Mosul', ['h1.title', 'header', 'article'], 'h1.title'],
  ])('%s', (html, text, elements, container) => {
    const h = blockOf(html, text).html!;
    expect(chain(h.element)).toEqual(elements);
    expect(label(h.container)).toBe(container);
  });

  it('text before any element belongs to the document', () => {
    const [block] = htmlPage('Floods in Mosul<p>x</p>').blocks;
    expect(block?.html?.element.tag).toBe('#document');
    expect(block?.html?.element.index).toBe(0);
  });

  it('keeps id, classes, role, itemprop and the attributes later stages read', () => {
    const html = '<div id="m" class=" a  b " role=" Main " itemprop=" articleBody " data-x="1" lang="fr"><time datetime="2019-06-03">3 June</time></div>';
    const [, div, time] = htmlPage(html).elements;
    expect(div).toMatchObject({ tag: 'div', id: 'm', classes: ['a', 'b'], role: 'main', itemprop: 'articleBody', attrs: { lang: 'fr' }, depth: 1, start: 0 });
    expect(div?.attrs).not.toHaveProperty('data-x');
    expect(time).toMatchObject({ tag: 'time', attrs: { datetime: '2019-06-03' }, parent: div, depth: 2 });
    expect(time && html.slice(time.start)).toMatch(/^<time/);
  });

  it('counts text and link characters into every element that holds them', () => {
    const page = htmlPage('<div><p>Read <a href="/x">this</a></p><p>now</p></div>');
    const [, div, p1, a, p2] = page.elements;
    expect([div?.textChars, div?.linkChars]).toEqual([11, 4]);
    expect([p1?.textChars, p1?.linkChars]).toEqual([8, 4]);
    expect([a?.textChars, a?.linkChars]).toEqual([4, 4]);
    expect([p2?.textChars, p2?.linkChars]).toEqual([3, 0]);
    expect(page.elements[0]?.textChars).toBe(11);
  });
});

describe('htmlPage: block kind and heading level', () => {
  it.each<[string, ParagraphKind, number | null]>([
    ['<p>x</p>', 'paragraph', null],
    ['<div>x</div>', 'paragraph', null],
    ['x', 'paragraph', null],
    ['<h1>x</h1>', 'heading', 1],
    ['<h2><span>x</span></h2>', 'heading', 2],
    ['<h3>x</h3>', 'heading', 3],
    ['<h4>x</h4>', 'heading', 4],
    ['<h5>x</h5>', 'heading', 5],
    ['<h6>x</h6>', 'heading', 6],
    ['<ul><li>x</li></ul>', 'list-item', null],
    ['<ol><li><b>x</b></li></ol>', 'list-item', null],
    ['<dl><dt>x</dt></dl>', 'list-item', null],
    ['<dl><dd>x</dd></dl>', 'list-item', null],
    ['<blockquote>x</blockquote>', 'quote', null],
    ['<pre><code>x</code></pre>', 'preformatted', null],
    ['<table><tr><td>x</td></tr></table>', 'table-cell', null],
    ['<table><tr><th>x</th></tr></table>', 'table-cell', null],
    ['<figure><figcaption>x</figcaption></figure>', 'caption', null],
    ['<table><caption>x</caption></table>', 'caption', null],
    // a paragraph inside a quote, list item or cell keeps that kind
    ['<blockquote><p>x</p></blockquote>', 'quote', null],
    ['<ul><li><p>x</p></li></ul>', 'list-item', null],
    ['<table><tr><td><p>x</p></td></tr></table>', 'table-cell', null],
    ['<figure><figcaption><p>x</p></figcaption></figure>', 'caption', null],
    ['<blockquote><div><p>x</p></div></blockquote>', 'quote', null],
    // a structural tag inside another gives its own kind
    ['<ul><li><h3>x</h3></li></ul>', 'heading', 3],
    ['<blockquote><pre>x</pre></blockquote>', 'preformatted', null],
    // elements with no kind of their own do not give one
    ['<section><div>x</div></section>', 'paragraph', null],
    ['<ul>x</ul>', 'paragraph', null],
    ['<table>x</table>', 'paragraph', null],
  ])('%s → %s %s', (html, kind, level) => {
    const h = blockOf(html, 'x').html!;
    expect([h.kind, h.level]).toEqual([kind, level]);
  });

  it('table cells know their row: cells of one <tr> share it, a nested table has its own', () => {
    const blocks = htmlPage('<table><tr><th>a</th><th>b</th></tr><tr><td>c</td><td><table><tr><td>d</td></tr></table></td></tr></table><p>e</p>').blocks;
    const rows = blocks.map((b) => b.html?.row?.tag ?? null);
    expect(rows).toEqual(['tr', 'tr', 'tr', 'tr', null]);
    const [a, b, c, d] = blocks.map((x) => x.html?.row);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
    expect(d).not.toBe(c);
  });

  it('a paragraph after a closed quote is a paragraph again', () => {
    const blocks = htmlPage('<blockquote><p>q</p></blockquote><p>x</p><ul><li>i</li></ul><p>y</p>').blocks;
    expect(blocks.map((b) => b.html?.kind)).toEqual(['quote', 'paragraph', 'list-item', 'paragraph']);
  });
});

describe('htmlPage: link characters and hidden blocks', () => {
  it.each([
    // [html, chars, linkChars] (non-space characters)
    ['<p>Floods in Mosul</p>', 13, 0],
    ['<p><a href="/a">Floods in Mosul</a></p>', 13, 13],
    ['<p>Read <a href="/a">Floods</a> now</p>', 13, 6],
    ['<p><a href="/a"><b>Floods</b> in</a> Mosul</p>', 13, 8],
    ['<li><a href="/a">World</a> <a href="/b">Sport</a></li>', 10, 10],
  ])('%s: %i characters, %i in links', (html, chars, linkChars) => {
    const [block] = htmlPage(html).blocks;
    expect([block?.html?.chars, block?.html?.linkChars]).toEqual([chars, linkChars]);
  });

  it.each([
    ['<div hidden><p>x</p></div>'],
    ['<div aria-hidden="true"><section><p>x</p></section></div>'],
    ['<div style="display: none"><p>x</p></div>'],
    ['<div style="visibility:hidden"><span>x</span></div>'],
    ['<p hidden>x</p>'],
  ])('%s: hidden, inherited from the element that hides it', (html) => {
    expect(blockOf(html, 'x').html?.hidden).toBe(true);
  });

  it.each([
    ['<p>x</p>'],
    ['<div aria-hidden="false"><p>x</p></div>'],
    ['<div style="display: flex"><p>x</p></div>'],
    ['<div hidden><p>a</p></div><p>x</p>'],
    ['<div class="hidden"><p>x</p></div>'],
  ])('%s: not hidden', (html) => {
    expect(blockOf(html, 'x').html?.hidden).toBe(false);
  });

  it('marks the hiding element itself, not its children', () => {
    const [, div, p] = htmlPage('<div hidden><p>x</p></div>').elements;
    expect([div?.hidden, p?.hidden]).toEqual([true, false]);
  });
});

describe('htmlPage: the head', () => {
  const head = [
    '<!doctype html><html lang=" en-GB "><head>',
    '<meta charset="utf-8">',
    '<title>\n  Floods &amp; fire\n in Mosul </title>',
    '<meta property="og:title" content=" Floods in Mosul ">',
    '<meta name="Description" content="The river rose overnight.">',
    '<meta name="twitter:title" content="Floods">',
    '<meta itemprop="datePublished" content="2019-06-03">',
    '<meta http-equiv="Content-Language" content="en">',
    '<meta name="keywords">',
    '<link rel="Canonical" href=" https://example.org/floods ">',
    '<link rel="stylesheet" href="/s.css">',
    '<link href="/no-rel">',
    '</head><body><p>x</p></body></html>',
  ].join('\n');
  const page = htmlPage(head);

  it('reads the title, entities decoded and whitespace normalised', () => {
    expect(page.title).toBe('Floods & fire in Mosul');
  });

  it('reads meta keys lower-cased from property, name, itemprop or http-equiv, with their content trimmed', () => {
    expect(page.meta).toEqual([
      { key: 'og:title', content: 'Floods in Mosul' },
      { key: 'description', content: 'The river rose overnight.' },
      { key: 'twitter:title', content: 'Floods' },
      { key: 'datepublished', content: '2019-06-03' },
      { key: 'content-language', content: 'en' },
    ]);
  });

  it('reads links with rel lower-cased and href trimmed', () => {
    expect(page.links).toEqual([
      { rel: 'canonical', href: 'https://example.org/floods' },
      { rel: 'stylesheet', href: '/s.css' },
      { rel: '', href: '/no-rel' },
    ]);
  });

  it('reads the lang of <html>', () => {
    expect(page.lang).toBe('en-GB');
  });

  it('keeps head text out of the blocks', () => {
    expect(page.blocks.map((b) => b.text)).toEqual(['x']);
  });

  it.each([
    ['no head at all', '<p>x</p>', null, null],
    ['an empty title', '<title> </title><p>x</p>', null, null],
    ['a lang on another element', '<body lang="fr"><p>x</p></body>', null, null],
    ['an empty lang', '<html lang=""><p>x</p></html>', null, null],
    ['the first of two titles', '<title>One</title><title>Two</title>', 'One', null],
  ])('%s', (_, html, title, lang) => {
    const p = htmlPage(html);
    expect([p.title, p.lang]).toEqual([title, lang]);
  });

  // By the HTML standard the document's title is the first <title> in the HTML namespace;
  // one inside an inline <svg> is an icon's accessible name.
  it('a title inside an svg is not the page title', () => {
    expect(htmlPage('<body><svg><title>Menu</title></svg><p>x</p><title>Page</title></body>').title).toBe('Page');
  });
});

describe('htmlPage: JSON-LD', () => {
  const article = '{"@context":"https://schema.org","@type":"NewsArticle","headline":"Floods in Mosul"}';

  it.each([
    ['in the head', `<head><script type="application/ld+json">${article}</script></head><p>x</p>`, [article]],
    ['with a charset and upper case', `<script type="Application/LD+JSON; charset=utf-8">\n${article}\n</script>`, [`\n${article}\n`]],
    ['in the body', `<p>x</p><script type="application/ld+json">${article}</script>`, [article]],
    ['two scripts', `<script type="application/ld+json">[1]</script><script type="application/ld+json">{"a":"<b>&amp;</b>"}</script>`, ['[1]', '{"a":"<b>&amp;</b>"}']],
    ['unclosed at the end of the input', `<script type="application/ld+json">${article}`, [article]],
  ])('%s: texts as written, spans into the input', (_, html, texts) => {
    const { jsonLd } = htmlPage(html);
    expect(jsonLd.map((j) => j.text)).toEqual(texts);
    for (const j of jsonLd) {
      expect(html.slice(j.start, j.end)).toBe(j.text);
      if (j.text) expect(html.slice(0, j.start)).toMatch(/<script[^>]*>$/);
    }
  });

  it.each([
    ['a plain script', `<script>${article}</script>`],
    ['a module', `<script type="module">${article}</script>`],
    ['JSON that is not JSON-LD', `<script type="application/json">${article}</script>`],
    ['a near miss', `<script type="application/ld+json-x">${article}</script>`],
  ])('%s is not JSON-LD', (_, html) => {
    expect(htmlPage(html).jsonLd).toEqual([]);
  });

  it('an empty script gives an empty text whose span is empty', () => {
    const html = '<p>x</p><script type="application/ld+json"></script>';
    const [j] = htmlPage(html).jsonLd;
    expect(j?.text).toBe('');
    expect(j && html.slice(j.start, j.end)).toBe('');
  });
});
