import { describe, expect, it } from 'vitest';
import { htmlDatelineParser, metaDate, parseArticle, runParser, toJSON } from '../../src/index.js';
import { expectHtmlInvariants } from './support.js';

const PROSE =
  '<p>The ferry across the Lenn ran again on Monday after the winter floods, the harbour office said, with the first crossing full before seven.</p>' +
  '<p>Tickets cost the same as last year; the operator said the new pontoon on the eastern bank would open in time for the summer timetable.</p>' +
  '<p>Residents of the island have waited since November for a boat that did not depend on the tide, and many came to watch it leave.</p>';

/** A made-up page: `head` in <head>, `header` between the headline and the prose, `after` after the article. */
function page(head: string, header: string, after = ''): string {
  return `<!doctype html><html lang="en"><head><title>Ferry runs again</title>${head}</head><body><nav><a href="/">Home</a></nav><main><h1>Ferry runs again</h1>${header}${PROSE}${after}</main><footer>© Lenn Gazette</footer></body></html>`;
}

const URL = 'https://gazette.example/ferry-runs-again';

/** The dates the dateline parser reads: field → local time. */
function datelines(html: string): Record<string, string>[] {
  return runParser(htmlDatelineParser, html, { url: URL, format: 'html' }).flatMap((c) =>
    c.kind === 'metadata' && 'date' in c.value ? [{ [c.value.field]: c.value.date.local }] : [],
  );
}

describe('html-dateline', () => {
  it.each([
    ['<p>By Ana Lind · June 8, 2023 · 11 min read</p>', [{ published: '2023-06-08T00:00:00' }]],
    ['<div>Posted on 4 March 2024 by Ana Lind</div>', [{ published: '2024-03-04T00:00:00' }]],
    ['<p>Published March 4, 2024 — Updated May 1, 2024</p>', [{ published: '2024-03-04T00:00:00' }, { updated: '2024-05-01T00:00:00' }]],
    ['<p>By Ana Lind | Last updated on: 1 May 2024, 14:05</p>', [{ updated: '2024-05-01T14:05:00' }]],
    ['<p>Ana Lind <span>•</span> Feb 2, 2022 <span>•</span> 4 comments</p>', [{ published: '2022-02-02T00:00:00' }]],
    // A numeric date whose parts decide its order: 23 is no month, nor is 19.
    ['<p>Ana Lind · 23.07.2024 · 6 min read</p>', [{ published: '2024-07-23T00:00:00' }]],
    ['<p>By Ana Lind | 11/19/2024 | Harbour</p>', [{ published: '2024-11-19T00:00:00' }]],
    // "the" between a label and its date.
    ['<div>Posted on the 14/02/2024 at 18:30 by @analind</div>', [{ published: '2024-02-14T18:30:00' }]],
  ])('reads %j', (header, want) => {
    expect(datelines(page('', header))).toEqual(want);
  });

  it.each([
    // A date inside the prose is no dateline.
    ['', ''],
    // A numeric date is ambiguous without more evidence; the `published` parser reads those.
    ['<p>By Ana Lind · 04/03/2024</p>', ''],
    ['<p>By Ana Lind · 12.11.2024 · 6 min read</p>', ''],
    // A year outside the range of publication dates (a product year, a history).
    ['<p>Founded March 4, 1850 · Ana Lind</p>', ''],
    // Below the article only a labelled date counts, and "the" alone is no label.
    ['', '<p>Minutes of the 14/02/2024 meeting, kept by Ana Lind</p>'],
  ])('reads nothing from %j', (header, after) => {
    expect(datelines(page('', header, after))).toEqual([]);
  });

  it('takes a labelled date below the article when the header has none, but not from a teaser list', () => {
    const signed = page('', '', '<p>Published August 30, 2024</p>');
    expect(datelines(signed)).toEqual([{ published: '2024-08-30T00:00:00' }]);
    const teasers = page('', '', '<aside class="related"><a href="/a">Older story</a><p>Published August 30, 2019</p></aside>');
    expect(datelines(teasers)).toEqual([]);
  });

  it('takes "the" between a label and its date, "published on the 3rd of March 2021"', () => {
    expect(datelines(page('', '', '<p>This note was first published on the 3rd of March 2021.</p>'))).toEqual([{ published: '2021-03-03T00:00:00' }]);
    // "the" must stand alone: a label ending a longer word before it is none.
    expect(datelines(page('', '', '<p>Updated theme, 3rd of March 2021</p>'))).toEqual([]);
  });

  it("never reads the page's own header above the headline (the site's date banner)", () => {
    const banner = '<header class="masthead"><p>Wednesday, December 17, 2025 · Lenn 4°C</p></header>';
    const html = page('', '').replace('<nav>', `${banner}<nav>`);
    expect(datelines(html)).toEqual([]);
    // The same line below the headline, in the article, is its dateline.
    expect(datelines(page('', '<p>Wednesday, December 17, 2025 · Ana Lind</p>'))).toEqual([{ published: '2025-12-17T00:00:00' }]);
  });

  // With no other date: an element whose class says it is the publication date (in a share bar
  // after the article), else a date labelled as the publication anywhere (the page's footer)
  // but teasers, comments and sidebars.
  it.each([
    ['after', '<div class="share-tools"><p>Ana Lind</p><p><span class="Byline_publicationTime__k2">2024-02-10T09:30+01:00</span></p><a href="/s">Share</a></div>', ['2024-02-10T09:30:00']],
    ['after', '<div class="share-tools"><span id="post-pubdate">Published: 10 February 2024</span> <a href="/s">Share</a></div>', ['2024-02-10T00:00:00']],
    ['footer', '<footer><p>Published: March 4, 2024</p><p>© Lenn Gazette</p></footer>', ['2024-03-04T00:00:00']],
    ['footer', '<footer><p>نشر في 4 March 2024</p></footer>', ['2024-03-04T00:00:00']],
    // No word of publication in the class, an update time, a sidebar's list.
    ['after', '<div class="share-tools"><span class="entry-meta">10 February 2024</span> <a href="/s">Share</a></div>', []],
    ['after', '<div class="share-tools"><span class="date-published">Updated 10 February 2024</span> <a href="/s">Share</a></div>', []],
    ['after', '<div class="sidebar"><a href="/older">Older story</a><span class="published">10 February 2019</span></div>', []],
    // No publication label, an update, a sidebar, reader comments.
    ['footer', '<footer><p>Date: March 4, 2024</p></footer>', []],
    ['footer', '<footer><p>Last updated: March 4, 2024</p></footer>', []],
    ['footer', '<aside class="sidebar"><p>Posted on March 4, 2024</p></aside>', []],
    ['footer', '<section class="comments"><p>Posted on March 4, 2024</p></section>', []],
  ])('with no other date, in the %s: %s', (where, fragment, want) => {
    const html = where === 'after' ? page('', '', fragment) : page('', '').replace('<footer>© Lenn Gazette</footer>', fragment);
    expect(datelines(html).flatMap((d) => (d['published'] === undefined ? [] : [d['published']]))).toEqual(want);
  });

  it('below the article, takes an unlabelled date that an update date follows in its line', () => {
    expect(datelines(page('', '', '<p>Interview by Ana Lind</p><p>April 2, 2021. Updated: April 9, 2021</p>'))).toEqual([
      { published: '2021-04-02T00:00:00' },
      { updated: '2021-04-09T00:00:00' },
    ]);
    // An unlabelled date alone below the article is still no dateline.
    expect(datelines(page('', '', '<p>Interview by Ana Lind, April 2, 2021</p>'))).toEqual([]);
  });

  it('reads a label alone in its line and the date in the next, as a sidebar of facts lists them', () => {
    const facts = '<aside><dl><dt>Published</dt><dd>August 30, 2024</dd><dt>Last updated:</dt><dd>9 September 2024</dd><dt>Author</dt><dd>Ana Lind</dd></dl></aside>';
    const html = page('', '', facts);
    expect(datelines(html)).toEqual([{ published: '2024-08-30T00:00:00' }, { updated: '2024-09-09T00:00:00' }]);
    // A heading names the fact, a screen-reader label repeats it, the date follows.
    const sidebar = '<aside><h4>Published</h4><h3 class="sr-only">Publish date</h3><p>3 February 2022</p><h4>Reviewed</h4><p>9 May 2023</p></aside>';
    expect(datelines(page('', '', sidebar))).toEqual([{ published: '2022-02-03T00:00:00' }]);
    // A label followed by prose is no date line.
    expect(datelines(page('', '', '<aside><p>Published</p><p>August 30, 2024 was the day the ferry first ran again after the floods.</p></aside>'))).toEqual([]);
  });

  it('gives the article its visible publication date, source text', () => {
    const html = page('', '<p>By Ana Lind · June 8, 2023 · 11 min read</p>');
    const a = parseArticle(html, { url: URL });
    expect(toJSON(a).published).toMatchObject({ local: '2023-06-08T00:00:00', source: 'text', implied: null });
    expectHtmlInvariants(html, a);
  });

  it('cross-checks a dateline against the metadata like a visible date', () => {
    const stated = '<meta property="article:published_time" content="2013-03-11T11:11:07-07:00">';
    const html = page(stated, '<p class="byline">Ana Lind <time datetime="2023-03-20T00:00:00-07:00">March 20, 2023</time></p>');
    const a = parseArticle(html, { url: URL });
    // The visible date and the <time> agree against one <meta>: the visible date stands.
    expect(a.published?.local.slice(0, 10)).toBe('2023-03-20');
    expect(a.warnings.map((w) => w.code)).toContain('metadata-mismatch');
  });

  it.each([
    // Only the month-first reading agrees with the stated date: it settles the order.
    ['2023-03-08T10:00:00Z', '2023-03-08', true],
    // The day-first reading agrees, or neither does: the order stays as read.
    ['2023-08-03T10:00:00Z', '2023-08-03', false],
    ['2021-01-01T10:00:00Z', '2023-08-03', false],
  ])('an ambiguous numeric date ("03.08.2023") takes the reading the stated date %s agrees with', (stated, day, settled) => {
    const head = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${stated}"}</script>`;
    const a = parseArticle(page(head, '<p>03.08.2023</p>'), { url: URL });
    expect(a.published?.local.slice(0, 10)).toBe(day);
    expect(a.warnings.some((w) => w.code === 'ambiguous-date' && w.message.includes('settles'))).toBe(settled);
    // One word on the date: the settled reading replaces "nothing in the text decides".
    expect(a.warnings.filter((w) => w.code === 'ambiguous-date')).toHaveLength(1);
  });

  it('never re-reads a numeric date whose parts settle its order', () => {
    const head = '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-03-08T10:00:00Z"}</script>';
    expect(parseArticle(page(head, '<p>08.13.2023</p>'), { url: URL }).published?.local.slice(0, 10)).toBe('2023-08-13');
  });

  it('a page that shows only its update time: that time stands for the publication, marked implied', () => {
    const a = parseArticle(page('', '<p>By Ana Lind · Updated on July 9, 2025</p>'), { url: URL });
    expect(a.updated?.local).toBe('2025-07-09T00:00:00');
    expect(a.published).toMatchObject({ local: '2025-07-09T00:00:00', implied: { from: 'updated', reference: 'July 9, 2025' } });
  });
});

describe('the zone of a visible time from the metadata', () => {
  it('reads the offset from the same instant stated in UTC', () => {
    const head = '<meta property="article:published_time" content="2019-11-19T07:03:25+00:00">';
    const a = parseArticle(page(head, '<p class="dateline">November 18, 2019 11:03 PM</p>'), { url: URL });
    expect(toJSON(a).published).toMatchObject({
      local: '2019-11-18T23:03:00',
      zone: 'UTC-08:00',
      utc: '2019-11-19T07:03:00Z',
      zoneSource: 'metadata',
      source: 'text',
    });
  });

  it('gives no zone when the difference is no real offset (another time of the day)', () => {
    const head = '<meta property="article:published_time" content="2019-11-19T07:10:25+00:00">';
    const a = parseArticle(page(head, '<p class="dateline">November 18, 2019 11:03 PM</p>'), { url: URL });
    expect(a.published).toMatchObject({ local: '2019-11-18T23:03:00', zone: null, utc: null });
  });

  it.each([
    ['2019-11-18 17:19:53 GMT', '2019-11-18T17:19:53Z'],
    ['2019-11-18 17:19:53 UTC', '2019-11-18T17:19:53Z'],
    ['2019-11-18T17:19:53utc', '2019-11-18T17:19:53Z'],
  ])('metaDate(%j) has the instant', (raw, utc) => {
    expect(metaDate(raw, 'time-element')?.utc).toBe(utc);
  });
});
