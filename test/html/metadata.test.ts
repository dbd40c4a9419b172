import { describe, expect, it } from 'vitest';
import {
  htmlBylineParser,
  htmlJsonLdParser,
  htmlMetaParser,
  htmlMicrodataParser,
  htmlTimeParser,
  languageTag,
  metaDate,
  parseArticle,
  readJsonLd,
  runParser,
  splitTags,
  toJSON,
  type AnyClaim,
  type MetadataValue,
  type Parser,
} from '../../src/index.js';
import { expectHtmlInvariants, expectPageInvariants } from './support.js';

const PROSE =
  '<p>The old iron bridge over the Wend reopened on Tuesday after two years of repairs, the city council said in a statement on its website.</p>' +
  '<p>Drivers lined up before dawn to be the first across the new deck, which cost a third more than the council had planned in 2021.</p>' +
  '<p>Cyclists will get their own lane from next month, once the painters have finished the railings on the southern side of the span.</p>';

/** A made-up page: `head` inside <head>, `header` between the headline and the prose. */
function page(head: string, header = '', after = ''): string {
  return `<!doctype html><html lang="en"><head><title>Bridge reopens | Wend Courier</title>${head}</head><body><nav><a href="/">Home</a> <a href="/local">Local</a></nav><article><h1>Bridge reopens</h1>${header}${PROSE}</article>${after}<footer>© Wend Courier</footer></body></html>`;
}

const URL = 'https://courier.example/2019/11/19/bridge-reopens';

/** The metadata values a parser reads from a page, as `field: value` pairs. */
function read(parser: Parser, html: string): Record<string, unknown>[] {
  return runParser(parser, html, { url: URL, format: 'html' })
    .filter((c): c is AnyClaim & { kind: 'metadata'; value: MetadataValue } => c.kind === 'metadata')
    .map((c) => {
      const v = c.value;
      const value = 'date' in v ? { local: v.date.local, utc: v.date.utc, precision: v.date.precision, source: v.date.source } : 'list' in v ? v.list : v.text;
      return { [v.field]: value };
    });
}

describe('html-meta', () => {
  it.each([
    ['<meta property="article:published_time" content="2019-11-19T06:56:43-05:00">', { published: { local: '2019-11-19T06:56:43', utc: '2019-11-19T11:56:43Z', precision: 'second', source: 'meta' } }],
    ['<meta name="parsely-pub-date" content="2019-11-19T11:56:43Z">', { published: { local: '2019-11-19T11:56:43', utc: '2019-11-19T11:56:43Z', precision: 'second', source: 'meta' } }],
    ['<meta name="dc.date" content="2019-11-19">', { published: { local: '2019-11-19T00:00:00', utc: null, precision: 'day', source: 'meta' } }],
    ['<meta property="article:modified_time" content="2019-11-20T08:00:00+01:00">', { updated: { local: '2019-11-20T08:00:00', utc: '2019-11-20T07:00:00Z', precision: 'second', source: 'meta' } }],
    ['<meta name="published" content="March 2, 2022">', { published: { local: '2022-03-02T00:00:00', utc: null, precision: 'day', source: 'meta' } }],
    ['<meta name="date-pub" content="2022-03-02">', { published: { local: '2022-03-02T00:00:00', utc: null, precision: 'day', source: 'meta' } }],
    ['<meta name="pub_date" content="2022-03-02T07:45:10+00:00">', { published: { local: '2022-03-02T07:45:10', utc: '2022-03-02T07:45:10Z', precision: 'second', source: 'meta' } }],
    ['<meta name="published_at" content="2022-03-02 07:45:10">', { published: { local: '2022-03-02T07:45:10', utc: null, precision: 'second', source: 'meta' } }],
    ['<meta name="cXenseParse:publishtime" content="2022-03-02T07:45:10-05:00">', { published: { local: '2022-03-02T07:45:10', utc: '2022-03-02T12:45:10Z', precision: 'second', source: 'meta' } }],
    ['<meta name="article.published" content="2022-03-02T07:45:00.000Z">', { published: { local: '2022-03-02T07:45:00', utc: '2022-03-02T07:45:00Z', precision: 'second', source: 'meta' } }],
    ['<meta name="article_date_original" content="Wednesday, March 2, 2022, 07:45 AM">', { published: { local: '2022-03-02T07:45:00', utc: null, precision: 'minute', source: 'meta' } }],
    ['<meta name="article.updated" content="2022-03-03T10:00:00.000Z">', { updated: { local: '2022-03-03T10:00:00', utc: '2022-03-03T10:00:00Z', precision: 'second', source: 'meta' } }],
    ['<meta name="article_date_updated" content="Thursday, March 3, 2022, 10:00 AM">', { updated: { local: '2022-03-03T10:00:00', utc: null, precision: 'minute', source: 'meta' } }],
    ['<meta property="og:publish_date" content="2022-03-02T07:45:00+13:00">', { published: { local: '2022-03-02T07:45:00', utc: '2022-03-01T18:45:00Z', precision: 'second', source: 'meta' } }],
    ['<meta name="citation_date" content="2022/03/02">', { published: { local: '2022-03-02T00:00:00', utc: null, precision: 'day', source: 'meta' } }],
    ['<meta property="og:article:modified_time" content="2022-03-03 10:00:00">', { updated: { local: '2022-03-03T10:00:00', utc: null, precision: 'second', source: 'meta' } }],
    ['<meta name="dateLastPubbed" content="2022-03-03T10:00:00.000Z">', { updated: { local: '2022-03-03T10:00:00', utc: '2022-03-03T10:00:00Z', precision: 'second', source: 'meta' } }],
    // Keys outside the table, read by their words.
    ['<meta name="x-published-date" content="2022-03-02T07:45:10.120Z">', { published: { local: '2022-03-02T07:45:10', utc: '2022-03-02T07:45:10Z', precision: 'second', source: 'meta' } }],
    ['<meta name="wendcms:article_publication_time" content="2022-03-02 07:45">', { published: { local: '2022-03-02T07:45:00', utc: null, precision: 'minute', source: 'meta' } }],
    ['<meta property="og:datePublished" content="2022-03-02">', { published: { local: '2022-03-02T00:00:00', utc: null, precision: 'day', source: 'meta' } }],
    ['<meta name="story-modified-time" content="2022-03-03T10:00:00Z">', { updated: { local: '2022-03-03T10:00:00', utc: '2022-03-03T10:00:00Z', precision: 'second', source: 'meta' } }],
    ['<meta name="lastPublishedDate" content="2022-03-03">', { updated: { local: '2022-03-03T00:00:00', utc: null, precision: 'day', source: 'meta' } }],
    ['<meta name="author" content="Marta Ilves, Oren Palk">', { authors: ['Marta Ilves', 'Oren Palk'] }],
    ['<meta name="sailthru.author" content="Dana Welle">', { authors: ['Dana Welle'] }],
    ['<meta name="description" content="The bridge reopened after two years.">', { description: 'The bridge reopened after two years.' }],
    ['<meta property="og:description" content="Drivers &amp; cyclists return.">', { description: 'Drivers & cyclists return.' }],
    ['<meta property="og:image" content="/img/bridge.jpg">', { image: 'https://courier.example/img/bridge.jpg' }],
    ['<meta name="twitter:image" content="https://cdn.example/b.jpg">', { image: 'https://cdn.example/b.jpg' }],
    ['<meta property="article:section" content="Local">', { section: 'Local' }],
    ['<meta name="news_keywords" content="bridge, Wend; transport">', { tags: ['bridge', 'Wend', 'transport'] }],
    ['<meta property="og:site_name" content="Wend Courier">', { siteName: 'Wend Courier' }],
    ['<meta property="og:url" content="https://courier.example/bridge">', { canonicalUrl: 'https://courier.example/bridge' }],
    ['<link rel="canonical" href="/2019/11/19/bridge">', { canonicalUrl: 'https://courier.example/2019/11/19/bridge' }],
    ['<meta property="og:locale" content="en_GB">', { language: 'en-GB' }],
  ])('%s', (head, want) => {
    expect(read(htmlMetaParser, page(head)).filter((v) => !('language' in v && Object.keys(want)[0] !== 'language'))).toContainEqual(want);
  });

  it.each([
    ['<meta name="viewport" content="width=device-width">'],
    ['<meta property="article:published_time" content="not a date">'],
    ['<meta property="article:published_time" content="0001-01-01T00:00:00Z">'],
    ['<meta name="author" content="admin">'],
    ['<meta name="author" content="https://facebook.com/courier">'],
    ['<meta property="og:image" content="javascript:alert(1)">'],
    ['<meta itemprop="datePublished" content="2019-11-19">'],
    // Keys outside the table: no word of time, another kind of time, both fields, no date.
    ['<meta name="publication" content="Wend Courier 2019-11-19">'],
    ['<meta property="article:expiration_time" content="2019-12-19">'],
    ['<meta name="event-start-date" content="2019-12-19">'],
    ['<meta name="published-updated-date" content="2019-12-19">'],
    ['<meta name="publish-date-format" content="dd/mm/yyyy">'],
  ])('reads nothing from %s', (head) => {
    expect(read(htmlMetaParser, page(head)).filter((v) => !('language' in v))).toEqual([]);
  });

  it('drops a publication time read by its words that is after the stated update time (a build time)', () => {
    const head = '<meta name="page-published-time" content="2026-01-09T08:00:00Z"><meta name="page-published-date" content="2021-02-16"><meta name="page-modified-time" content="2025-11-01T00:00:00Z">';
    const dates = read(htmlMetaParser, page(head)).filter((v) => !('language' in v));
    expect(dates.map((d) => Object.keys(d)[0])).toEqual(['published', 'updated']);
    expect(dates[0]).toMatchObject({ published: { local: '2021-02-16T00:00:00' } });
    // A key of the table is not second-guessed.
    const table = '<meta property="article:published_time" content="2026-01-09T08:00:00Z"><meta name="page-modified-time" content="2025-11-01T00:00:00Z">';
    expect(read(htmlMetaParser, page(table)).filter((v) => 'published' in v)).toHaveLength(1);
  });

  it('reads <html lang> and does nothing on text', () => {
    expect(read(htmlMetaParser, page(''))).toEqual([{ language: 'en' }]);
    expect(runParser(htmlMetaParser, 'By Marta Ilves\n\nThe bridge reopened.')).toEqual([]);
  });
});

/** A JSON-LD script. */
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;

describe('html-json-ld', () => {
  const article = '"@type":"NewsArticle","headline":"Bridge reopens","datePublished":"2019-11-19T06:56:43-05:00","dateModified":"2019-11-19T09:00:00-05:00"';
  it.each([
    ['a NewsArticle', ld(`{"@context":"https://schema.org",${article}}`), { published: { local: '2019-11-19T06:56:43', utc: '2019-11-19T11:56:43Z', precision: 'second', source: 'json-ld' } }],
    ['its update time', ld(`{${article}}`), { updated: { local: '2019-11-19T09:00:00', utc: '2019-11-19T14:00:00Z', precision: 'second', source: 'json-ld' } }],
    ['inside @graph', ld(`{"@graph":[{"@type":"WebSite","name":"Courier"},{${article}}]}`), { title: 'Bridge reopens' }],
    ['inside an array', ld(`[{"@type":"Organization","name":"X"},{${article}}]`), { title: 'Bridge reopens' }],
    ['as mainEntity', ld(`{"@type":"WebPage","mainEntity":{${article}}}`), { title: 'Bridge reopens' }],
    ['a Person author', ld('{"@type":"BlogPosting","author":{"@type":"Person","name":"Marta Ilves"}}'), { authors: ['Marta Ilves'] }],
    ['an array of authors', ld('{"@type":"Article","author":[{"@type":"Person","name":"Marta Ilves"},"Oren Palk"]}'), { authors: ['Marta Ilves', 'Oren Palk'] }],
    ['an author by @id', ld('{"@graph":[{"@type":"Article","author":{"@id":"#p1"}},{"@type":"Person","@id":"#p1","name":"Dana Welle"}]}'), { authors: ['Dana Welle'] }],
    ['an Organization author', ld('{"@type":"ReportageNewsArticle","author":{"@type":"Organization","name":"Wend Courier Staff"}}'), { authors: ['Wend Courier Staff'] }],
    ['the publisher', ld('{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Wend Courier"}}'), { siteName: 'Wend Courier' }],
    ['an image string', ld('{"@type":"NewsArticle","image":"https://cdn.example/a.jpg"}'), { image: 'https://cdn.example/a.jpg' }],
    ['an ImageObject', ld('{"@type":"NewsArticle","image":{"@type":"ImageObject","url":"/a.jpg"}}'), { image: 'https://courier.example/a.jpg' }],
    ['an array of images', ld('{"@type":"NewsArticle","image":["https://cdn.example/1.jpg","https://cdn.example/2.jpg"]}'), { image: 'https://cdn.example/1.jpg' }],
    ['keywords as a string', ld('{"@type":"NewsArticle","keywords":"bridge, Wend"}'), { tags: ['bridge', 'Wend'] }],
    ['keywords as an array', ld('{"@type":"NewsArticle","keywords":["bridge","Wend"]}'), { tags: ['bridge', 'Wend'] }],
    ['articleSection', ld('{"@type":"NewsArticle","articleSection":["Local","Transport"]}'), { section: 'Local' }],
    ['inLanguage', ld('{"@type":"NewsArticle","inLanguage":"de-DE"}'), { language: 'de-DE' }],
    ['description with entities', ld('{"@type":"NewsArticle","description":"Drivers &amp; cyclists"}'), { description: 'Drivers & cyclists' }],
    ['a LiveBlogPosting', ld('{"@type":"LiveBlogPosting","datePublished":"2019-11-19"}'), { published: { local: '2019-11-19T00:00:00', utc: null, precision: 'day', source: 'json-ld' } }],
    ['a type with a schema.org prefix', ld('{"@type":"http://schema.org/TechArticle","headline":"Bridge reopens"}'), { title: 'Bridge reopens' }],
    // schema.org's WebPage subtypes for pages of content, as a weak fallback like WebPage.
    ['a MedicalWebPage', ld('{"@type":"MedicalWebPage","datePublished":"2021-04-02T09:30:00Z"}'), { published: { local: '2021-04-02T09:30:00', utc: '2021-04-02T09:30:00Z', precision: 'second', source: 'json-ld' } }],
    ['an FAQPage', ld('{"@type":"FAQPage","dateModified":"2021-04-03"}'), { updated: { local: '2021-04-03T00:00:00', utc: null, precision: 'day', source: 'json-ld' } }],
  ])('reads %s', (_, head, want) => {
    expect(read(htmlJsonLdParser, page(head))).toContainEqual(want);
  });

  it('prefers the article to a WebPage, which fills what the article lacks', () => {
    const claims = runParser(htmlJsonLdParser, page(ld(`{"@graph":[{"@type":"WebPage","datePublished":"2018-01-01","description":"About the page"},{${article}}]}`)), { format: 'html' });
    const published = claims.filter((c) => c.kind === 'metadata' && c.value.field === 'published');
    expect(published.map((c) => c.confidence)).toEqual([0.9, 0.5]);
    const article2 = parseArticle(page(ld(`{"@graph":[{"@type":"WebPage","datePublished":"2018-01-01","description":"About the page"},{${article}}]}`)));
    expect(article2.published?.local).toBe('2019-11-19T06:56:43');
    expect(article2.description).toBe('About the page');
  });

  it('takes the dates a weaker article node states when the strongest states none, and nothing else from it', () => {
    const scripts =
      ld(`{"@type":"BlogPosting","mainEntityOfPage":{"@id":"${URL}#main"},"headline":"Kiln relit","datePublished":"2023-02-14T08:30:00Z","author":{"@type":"Person","name":"Ilse Varn"}}`) +
      ld('{"@type":"Article","headline":"Kiln relit after forty years","author":{"@type":"Organization","name":"Pottery Quarterly"}}');
    const values = read(htmlJsonLdParser, page(scripts));
    expect(values).toContainEqual({ published: { local: '2023-02-14T08:30:00', utc: '2023-02-14T08:30:00Z', precision: 'second', source: 'json-ld' } });
    expect(values).toContainEqual({ title: 'Kiln relit after forty years' });
    expect(values).not.toContainEqual({ title: 'Kiln relit' });
    expect(values).not.toContainEqual({ authors: ['Ilse Varn'] });
  });

  it.each([
    ['another page\'s url', '"url":"https://courier.example/2018/05/02/old-kiln"'],
    ['no url or @id at all', '"headline":"Old kiln"'],
  ])('takes no dates from a weaker article node about %s (a related story)', (_, fields) => {
    const scripts = ld(`{"@type":"BlogPosting",${fields},"datePublished":"2018-05-02"}`) + ld('{"@type":"Article","headline":"Kiln relit after forty years"}');
    expect(read(htmlJsonLdParser, page(scripts)).filter((v) => 'published' in v)).toEqual([]);
  });

  it.each([
    ['a Person alone', ld('{"@type":"Person","name":"Marta Ilves"}')],
    ['a BreadcrumbList', ld('{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","name":"Local"}]}')],
    ['an empty script', ld('')],
  ])('reads nothing from %s', (_, head) => {
    expect(read(htmlJsonLdParser, page(head))).toEqual([]);
  });
});

describe('broken JSON-LD', () => {
  it.each([
    ['a trailing comma', '{"@type":"NewsArticle","headline":"Bridge reopens",}'],
    ['trailing commas in arrays', '{"@type":"NewsArticle","keywords":["a","b",],"headline":"Bridge reopens",}'],
    ['HTML entities for quotes', '{&quot;@type&quot;:&quot;NewsArticle&quot;,&quot;headline&quot;:&quot;Bridge reopens&quot;}'],
    ['two objects glued together', '{"@type":"Organization","name":"X"}{"@type":"NewsArticle","headline":"Bridge reopens"}'],
    ['two objects with a comma between', '{"@type":"Organization","name":"X"},{"@type":"NewsArticle","headline":"Bridge reopens"}'],
    ['a line comment', '// generated\n{"@type":"NewsArticle","headline":"Bridge reopens"}'],
    ['a block comment', '/* yoast */{"@type":"NewsArticle", /* x */ "headline":"Bridge reopens"}'],
    ['a CDATA wrapper', '/*<![CDATA[*/{"@type":"NewsArticle","headline":"Bridge reopens"}/*]]>*/'],
    ['a raw line break in a string', '{"@type":"NewsArticle","headline":"Bridge\nreopens"}'],
  ])('is read with %s', (_, json) => {
    const html = page(ld(json));
    expect(read(htmlJsonLdParser, html)).toContainEqual({ title: 'Bridge reopens' });
    const article = parseArticle(html);
    expect(article.warnings.map((w) => w.code)).not.toContain('json-ld-invalid');
    expectHtmlInvariants(html, article);
  });

  it.each([
    ['not JSON at all', 'window.dataLayer = []'],
    ['an unclosed object', '{"@type":"NewsArticle","headline":"Bridge'],
    ['nesting far too deep', '['.repeat(5000) + ']'.repeat(5000)],
    ['a huge script', `{"x":"${'a'.repeat(1_100_000)}"}`],
  ])('warns json-ld-invalid on %s, never throws', (_, json) => {
    const html = page(ld(json));
    const article = parseArticle(html);
    const warning = article.warnings.find((w) => w.code === 'json-ld-invalid');
    expect(warning).toBeDefined();
    expect(warning!.start).toBeLessThan(warning!.end!);
    expect(article.title).toBe('Bridge reopens');
    expectHtmlInvariants(html, article);
  });

  it('does not read a script inside SVG, whose text is foreign content (a fast-check counterexample)', () => {
    const html = '<html><head></head><body><svg><div><script type="application/ld+json">&nbsp;</body></html>';
    const article = parseArticle(html);
    expect(article.warnings).toEqual([]);
    expectHtmlInvariants(html, article);
    expectPageInvariants(html);
  });

  it('readJsonLd keeps what it can read', () => {
    expect(readJsonLd('{"a":1,}').values).toEqual([{ a: 1 }]);
    expect(readJsonLd('{"a":1}{"b":2}').values).toEqual([{ a: 1 }, { b: 2 }]);
    expect(readJsonLd('{"a":"x // y"}').values).toEqual([{ a: 'x // y' }]);
    expect(readJsonLd('{"a":"1,}"}').values).toEqual([{ a: '1,}' }]);
    expect(readJsonLd('nope').problem).not.toBeNull();
    expect(readJsonLd('  ')).toEqual({ values: [], problem: null });
  });
});

describe('html-microdata', () => {
  it.each([
    ['<time itemprop="datePublished" datetime="2019-11-19T06:56:43-05:00">Nov. 19</time>', { published: { local: '2019-11-19T06:56:43', utc: '2019-11-19T11:56:43Z', precision: 'second', source: 'microdata' } }],
    ['<meta itemprop="dateModified" content="2019-11-20">', { updated: { local: '2019-11-20T00:00:00', utc: null, precision: 'day', source: 'microdata' } }],
    ['<p>By <span itemprop="author">Marta Ilves</span></p>', { authors: ['Marta Ilves'] }],
    ['<p itemprop="author" itemscope itemtype="https://schema.org/Person">By <span itemprop="name">Oren Palk</span></p>', { authors: ['Oren Palk'] }],
    ['<meta itemprop="author" content="Dana Welle">', { authors: ['Dana Welle'] }],
    ['<p itemprop="description">The bridge reopened.</p>', { description: 'The bridge reopened.' }],
  ])('%s', (header, want) => {
    expect(read(htmlMicrodataParser, page('', header))).toContainEqual(want);
  });

  it('reads the properties of a Blog item on the body when the post is no item of its own', () => {
    const html = page('', '<time itemprop="datePublished" datetime="2021-04-02T09:30:00+02:00">April 2</time>').replace('<body>', '<body itemscope itemtype="http://schema.org/Blog">');
    expect(html).toContain('itemtype="http://schema.org/Blog"');
    expect(read(htmlMicrodataParser, html)).toEqual([{ published: { local: '2021-04-02T09:30:00', utc: '2021-04-02T07:30:00Z', precision: 'second', source: 'microdata' } }]);
  });

  it('reads an article item, not a comment item', () => {
    const html = page('', '', '<div itemscope itemtype="https://schema.org/Comment"><p itemprop="author">Troll</p><time itemprop="datePublished" datetime="2020-01-01">Jan 1</time></div>');
    expect(read(htmlMicrodataParser, html)).toEqual([]);
    const inArticle = html.replace('<article>', '<article itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2019-11-19">');
    expect(read(htmlMicrodataParser, inArticle)).toEqual([{ published: { local: '2019-11-19T00:00:00', utc: null, precision: 'day', source: 'microdata' } }]);
  });
});

describe('html-time', () => {
  it.each([
    ['<p><time datetime="2019-11-19T06:56:43-05:00">Nov. 19, 2019</time></p>', [{ published: { local: '2019-11-19T06:56:43', utc: '2019-11-19T11:56:43Z', precision: 'second', source: 'time-element' } }]],
    ['<p><time datetime="2019-11-19">Tuesday</time> <time class="updated" datetime="2019-11-20T10:00Z">Wednesday</time></p>', [
      { published: { local: '2019-11-19T00:00:00', utc: null, precision: 'day', source: 'time-element' } },
      { updated: { local: '2019-11-20T10:00:00', utc: '2019-11-20T10:00:00Z', precision: 'minute', source: 'time-element' } },
    ]],
    ['<p><time datetime="soon">Soon</time></p>', []],
    ['<p><time>Nov. 19, 2019</time></p>', []],
  ])('%s', (header, want) => {
    expect(read(htmlTimeParser, page('', header))).toEqual(want);
  });

  it('does not read a time outside the article (a teaser, the footer)', () => {
    const html = page('', '', '<aside class="related"><a href="/x">Other story</a><time datetime="2018-01-01">Jan 1</time></aside>');
    expect(read(htmlTimeParser, html)).toEqual([]);
  });

  // A hero band above the headline, outside the article's root, as some blog templates lay it out.
  const hero = (time: string, inArticle = '') =>
    `<!doctype html><html lang="en"><head><title>Harbour cranes | Quay Log</title></head><body><nav><a href="/">Home</a></nav>` +
    `<div class="hero"><span class="kicker">Ports</span> <span class="stamp">${time}</span></div>` +
    `<main><h1>Harbour cranes to be replaced by spring</h1>${inArticle}${PROSE}</main><footer>© Quay Log</footer></body></html>`;

  it('reads a time in the article’s header above the headline, outside its root', () => {
    const html = hero('<time datetime="2024-05-14T08:20:00+02:00">14 May 2024</time>');
    expect(read(htmlTimeParser, html)).toEqual([{ published: { local: '2024-05-14T08:20:00', utc: '2024-05-14T06:20:00Z', precision: 'second', source: 'time-element' } }]);
  });

  // A post whose <article> closes with its own footer: share links, tags, the date.
  const post = (footer: string, outside = '') =>
    `<!doctype html><html lang="en"><head><title>Kiln firing | Clay Notes</title></head><body><nav><a href="/">Home</a></nav>` +
    `<main><article class="post"><div class="post-body"><h2>Kiln firing</h2>${PROSE}</div>${footer}</article>${outside}</main><footer>© Clay Notes</footer></body></html>`;

  it.each([
    ['<footer class="post-footer"><a href="/tag/kilns">Kilns</a> <time datetime="2024-03-07T10:15:00Z">March 7, 2024</time> By Clay Notes</footer>', '2024-03-07T10:15:00'],
    ['<div class="post-share"><a href="https://x.example/share">Post</a> <time datetime="2024-03-07">7 March 2024</time></div>', '2024-03-07T00:00:00'],
  ])('reads a time in the footer or share bar of the article element: %s', (footer, local) => {
    expect(read(htmlTimeParser, post(footer))).toMatchObject([{ published: { local } }]);
  });

  it.each([
    // The page's footer, outside the <article>.
    ['', '<footer class="site-footer"><time datetime="2025-01-01">Today</time></footer>'],
    // A teaser <article> nested in the post, with its own footer.
    ['<article class="teaser"><h3><a href="/glazes">Glazes</a></h3><footer class="teaser-footer"><time datetime="2019-05-05">May 5</time></footer></article>', ''],
    // Related stories inside the article.
    ['<div class="related-posts"><a href="/glazes">Glazes</a> <time datetime="2019-05-05">May 5</time></div>', ''],
  ])('reads nothing from %j / %j', (footer, outside) => {
    expect(read(htmlTimeParser, post(footer, outside))).toEqual([]);
  });

  it('prefers the article’s own time to one in its header', () => {
    const html = hero('<time datetime="2024-05-20T09:00:00Z">20 May 2024</time>', '<p><time datetime="2024-05-14T08:20:00+02:00">14 May 2024</time></p>');
    expect(read(htmlTimeParser, html)).toEqual([{ published: { local: '2024-05-14T08:20:00', utc: '2024-05-14T06:20:00Z', precision: 'second', source: 'time-element' } }]);
  });
});

describe('html-byline', () => {
  it.each([
    ['<p class="byline">By <a href="/a/marta" rel="author">Marta Ilves</a> | Nov. 19, 2019</p>', ['Marta Ilves']],
    ['<div class="post-author">Oren Palk</div>', ['Oren Palk']],
    ['<p>Story by <span class="author-name">Dana Welle</span> and Oren Palk</p>', ['Dana Welle', 'Oren Palk']],
  ])('%s', (header, want) => {
    expect(read(htmlBylineParser, page('', header))).toEqual([{ authors: want }]);
  });

  it.each([
    ['<div class="comment-author">Troll</div>'],
    ['<div class="author-bio">Marta Ilves has covered the Wend for ten years and lives by the river.</div>'],
    ['<img class="author-avatar" src="a.png">'],
  ])('reads no byline from %s', (header) => {
    expect(read(htmlBylineParser, page('', header))).toEqual([]);
  });
});

describe('helpers', () => {
  it.each([
    ['2019-11-19T06:56:43-05:00', '2019-11-19T11:56:43Z', 'second'],
    ['2019-11-19T06:56:43.000Z', '2019-11-19T06:56:43Z', 'second'],
    ['2019-11-19 06:56', null, 'minute'],
    ['Tue, 19 Nov 2019 06:56:43 GMT', '2019-11-19T06:56:43Z', 'second'],
    ['November 19, 2019', null, 'day'],
  ])('metaDate(%j)', (raw, utc, precision) => {
    expect(metaDate(raw, 'meta')).toMatchObject({ utc, precision, source: 'meta', raw });
  });

  it.each([['yesterday'], [''], ['1999999'], ['0000-00-00']])('metaDate(%j) is null', (raw) => {
    expect(metaDate(raw, 'meta')).toBeNull();
  });

  // A date read again (the page states it in meta, JSON-LD and <time>) is a value of its own:
  // what a caller sets on one is not on the next.
  it('gives each caller its own value of a date read before', () => {
    const first = metaDate('2021-06-01T09:30:00+02:00', 'meta')!;
    first.role = 'updated';
    first.utc = null;
    const again = metaDate('2021-06-01T09:30:00+02:00', 'json-ld');
    expect(again).toMatchObject({ source: 'json-ld', utc: '2021-06-01T07:30:00Z' });
    expect(again).not.toHaveProperty('role');
  });

  it.each([
    ['en', 'en'],
    ['en_us', 'en-US'],
    ['pt-br', 'pt-BR'],
    ['english', null],
    ['', null],
  ])('languageTag(%j) = %j', (v, want) => {
    expect(languageTag(v)).toBe(want);
  });

  it('splitTags trims and drops empty parts', () => {
    expect(splitTags(' a ,b;; c ,')).toEqual(['a', 'b', 'c']);
  });
});

describe('choosing the dates (metadata resolver)', () => {
  const meta = (v: string) => `<meta property="article:published_time" content="${v}">`;
  const json = (v: string) => ld(`{"@type":"NewsArticle","datePublished":"${v}"}`);
  const line = (v: string) => `<p class="dateline">${v}</p>`;
  it.each([
    ['the same day: the metadata, more precise', meta('2019-11-19T06:56:43-05:00'), line('Nov. 19, 2019'), '2019-11-19T06:56:43', 'meta', []],
    ['the same day from a <time>', '', '<p><time datetime="2019-11-19T06:56:43-05:00">Nov. 19, 2019</time></p>', '2019-11-19T06:56:43', 'time-element', []],
    ['a day apart (the metadata in UTC, on the visible day in the Americas): the instant', meta('2019-11-20T02:10:00Z'), line('Nov. 19, 2019'), '2019-11-20T02:10:00', 'meta', []],
    ['the metadata source that agrees with the visible date, not the top-ranked one that does not', json('2019-10-11T14:59:54Z') + meta('2019-11-19T02:34:30Z'), line('November 19, 2019'), '2019-11-19T02:34:30', 'meta', ['metadata-mismatch']],
    ['a day apart, the instant never on the visible day: the visible day', meta('2019-11-20T20:10:00Z'), line('Nov. 19, 2019'), '2019-11-19T00:00:00', 'text', []],
    ['the text more precise than the metadata', meta('2019-11-19'), line('Nov. 19, 2019 06:56'), '2019-11-19T06:56:00', 'text', []],
    ['a relative visible date takes the <time>', '', '<p><time datetime="2019-11-19T06:56:43-05:00">2 days ago</time></p>', '2019-11-19T06:56:43', 'time-element', []],
    ['no visible date: the metadata alone', json('2019-11-19T06:56:43-05:00'), '', '2019-11-19T06:56:43', 'json-ld', []],
    ['no date at all: the URL', '', '', '2019-11-19T00:00:00', 'url', []],
    ['disagreeing, two metadata sources against the text', meta('2019-11-19T06:56:43Z') + json('2019-11-19T06:56:43Z'), line('March 3, 2021'), '2019-11-19T06:56:43', 'json-ld', ['metadata-mismatch']],
    ['disagreeing, one against one: the visible date', `<meta property="article:published_time" content="2021-03-03T10:00:00Z">`, line('March 3, 2016'), '2016-03-03T00:00:00', 'text', ['metadata-mismatch']],
    ['disagreeing, the visible date is the stated update time: the publication stands', meta('2019-11-19T06:56:43Z') + '<meta property="article:modified_time" content="2021-03-03T10:00:00Z">', line('March 3, 2021'), '2019-11-19T06:56:43', 'meta', ['metadata-mismatch']],
  ])('%s', (_, head, header, local, source, codes) => {
    const html = page(head, header);
    const url = head || header ? 'https://courier.example/bridge-reopens' : URL;
    const article = parseArticle(html, { url, referenceDate: '2019-11-21' });
    expect(article.published?.local).toBe(local);
    expect(article.published?.source).toBe(source);
    expect(article.warnings.map((w) => w.code).filter((c) => c === 'metadata-mismatch')).toEqual(codes);
    expectHtmlInvariants(html, article);
  });

  it.each([
    ['the URL files it under the visible day: the visible day', 'https://ledger.example/2024/03/07/ferry-strike', '2024-03-07T00:00:00', 'text'],
    ['the URL files it under the instant’s day: the instant', 'https://ledger.example/2024/03/08/ferry-strike', '2024-03-08T03:15:00', 'meta'],
    ['no date in the URL: the instant', 'https://ledger.example/ferry-strike', '2024-03-08T03:15:00', 'meta'],
  ])('a day-only visible date and an instant the next day in UTC, %s', (_, url, local, source) => {
    const html = page(meta('2024-03-08T03:15:00Z'), line('March 7, 2024'));
    const article = parseArticle(html, { url, referenceDate: '2024-03-10' });
    expect(article.published?.local).toBe(local);
    expect(article.published?.source).toBe(source);
    expectHtmlInvariants(html, article);
  });

  it('keeps the zone and the instant from the offset', () => {
    const p = toJSON(parseArticle(page(meta('2019-11-19T06:56:43-05:00'), line('Nov. 19, 2019')))).published;
    expect(p).toEqual({
      raw: '2019-11-19T06:56:43-05:00',
      local: '2019-11-19T06:56:43',
      precision: 'second',
      zone: 'UTC-05:00',
      utc: '2019-11-19T11:56:43Z',
      source: 'meta',
      zoneSource: 'offset',
      implied: null,
    });
  });

  it('reads the update time from the metadata when the text states none', () => {
    const a = parseArticle(page('<meta property="article:modified_time" content="2019-11-20T08:00:00+01:00">'));
    expect(a.updated).toMatchObject({ local: '2019-11-20T08:00:00', utc: '2019-11-20T07:00:00Z', source: 'meta', role: 'updated' });
  });
});

describe('the article JSON, contract version 2', () => {
  const KEYS = [
    'id', 'url', 'site', 'canonicalUrl', 'language', 'description', 'image', 'section', 'tags', 'title', 'labels',
    'published', 'updated', 'pageDate', 'archive', 'credits', 'authors', 'captions', 'body', 'embedded', 'cruft', 'segments', 'warnings',
  ];
  const DATE_KEYS = ['raw', 'local', 'precision', 'zone', 'utc', 'source', 'zoneSource', 'implied'];

  it('has every key, in contract order, for a page with metadata', () => {
    const head =
      '<meta property="og:site_name" content="Wend Courier"><meta name="description" content="The bridge reopened.">' +
      '<meta property="og:image" content="/b.jpg"><meta property="article:section" content="Local">' +
      '<meta property="article:tag" content="bridge"><meta name="keywords" content="Bridge, transport">' +
      '<link rel="canonical" href="https://courier.example/bridge">' +
      ld('{"@type":"NewsArticle","author":{"@type":"Person","name":"Oren Palk"},"datePublished":"2019-11-19T06:56:43-05:00","dateModified":"2019-11-20T08:00:00-05:00","publisher":{"name":"The Courier"}}');
    const json = toJSON(parseArticle(page(head, '<p>By Marta Ilves</p>'), { url: URL }));
    expect(Object.keys(json)).toEqual(KEYS);
    expect(Object.keys(json.published ?? {})).toEqual(DATE_KEYS);
    expect(Object.keys(json.updated ?? {})).toEqual(DATE_KEYS);
    expect(json).toMatchObject({
      site: { id: null, name: 'Wend Courier', social: [] },
      canonicalUrl: 'https://courier.example/bridge',
      language: 'en',
      description: 'The bridge reopened.',
      image: 'https://courier.example/b.jpg',
      section: 'Local',
      tags: ['bridge', 'transport'],
      title: 'Bridge reopens',
      credits: [{ text: 'By Marta Ilves', role: 'author' }],
      authors: ['Marta Ilves', 'Oren Palk'],
    });
    expect(json.published).toMatchObject({ source: 'json-ld', zone: 'UTC-05:00', utc: '2019-11-19T11:56:43Z', implied: null });
    expect(json.updated).toMatchObject({ source: 'json-ld', local: '2019-11-20T08:00:00' });
  });

  it('has every key for a text scrape, null or [] where the scrape says nothing', () => {
    const json = toJSON(parseArticle('Bridge Reopens\n\n5 hours ago\n\nThe old iron bridge reopened on Tuesday after two years of repairs.\n', { referenceDate: '2019-11-19T12:00:00Z' }));
    expect(Object.keys(json)).toEqual(KEYS);
    expect(json.published).toMatchObject({ source: 'text', implied: { from: 'reference-date', reference: '2019-11-19T12:00:00Z' } });
    expect(Object.keys(json.published ?? {})).toEqual(DATE_KEYS);
    expect(json.updated).toBeNull();
  });

  it('a profile names the site before og:site_name does', () => {
    const html = page('<meta property="og:site_name" content="Somebody Else">');
    expect(parseArticle(html, { profile: 'alalam' }).site.name).toBe('Alalam');
    expect(parseArticle(html).site.name).toBe('Somebody Else');
  });
});

describe('the headline against the stated title', () => {
  it.each([
    ['<meta property="og:title" content="Bridge reopens after two years">', []],
    ['<meta property="og:title" content="Bridge reopens | Wend Courier">', []],
    ['<meta property="og:title" content="Council budget vote delayed again">', ['metadata-mismatch']],
    ['', []],
  ])('%s warns %j', (head, codes) => {
    const a = parseArticle(page(head));
    expect(a.title).toBe('Bridge reopens');
    expect(a.warnings.map((w) => w.code)).toEqual(codes);
  });
});
