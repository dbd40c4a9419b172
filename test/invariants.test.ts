import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean, parseArticle, toJSON } from '../src/index.js';
import { expectHtmlInvariants, expectPageInvariants, generatedPage } from './html/support.js';
import { loadFixtures, toHtml } from './support/fixtures.js';
import { expectInvariants } from './support/invariants.js';

const fixtures = loadFixtures('seeds');
const pages = loadFixtures('html');

describe.each(fixtures)('invariants on $name', (fx) => {
  const article = parseArticle(fx.input, fx.options);

  it('segments partition the input', () => expectInvariants(fx.input, article));

  it('each claim value is read from its own slice of the input', () => {
    for (const c of article.claims) {
      const slice = clean(fx.input.slice(c.start, c.end));
      switch (c.kind) {
        case 'body':
        case 'caption':
          expect(c.value.text).toBe(slice);
          break;
        case 'cruft':
        case 'credit':
          expect(c.value.text).toBe(slice);
          break;
        case 'title':
          expect(slice.endsWith(c.value.text)).toBe(true);
          break;
        case 'published':
        case 'page-date':
          expect(slice).toContain(clean(c.value.raw));
          break;
        case 'site':
          expect(slice).toBe(c.value.name);
          break;
        case 'social':
          expect(c.value.networks.join(' ')).toBe(slice.replace(/\s*[|•·/]\s*/g, ' '));
          break;
        default:
          expect(slice.length).toBeGreaterThan(0);
      }
    }
  });

  it('every segment kind matches the claim over it', () => {
    for (const c of article.claims) {
      if (c.kind === 'metadata') continue;
      const seg = article.segments.find((s) => s.start <= c.start && c.start < s.end);
      expect(seg?.kind).toBe(c.kind);
    }
  });

  it('the HTML form gives the same fields as the text form', () => {
    const html = toHtml(fx.input);
    const fromHtml = parseArticle(html, fx.options);
    expect(fromHtml.format).toBe('html');
    expectInvariants(html, fromHtml);
    const { segments: _s, warnings: _w, ...textFields } = toJSON(article);
    const { segments: _hs, warnings: _hw, ...htmlFields } = toJSON(fromHtml);
    expect(htmlFields).toEqual(textFields);
    expect(fromHtml.warnings.map((w) => w.code)).toEqual(article.warnings.map((w) => w.code));
  });

  it('parses the same with CRLF line ends', () => {
    const crlf = fx.input.replace(/\n/g, '\r\n');
    const a = parseArticle(crlf, fx.options);
    expectInvariants(crlf, a);
    expect(a.title).toBe(article.title);
    expect(a.body).toEqual(article.body);
  });
});

describe.each(pages)('invariants on the page $name', (fx) => {
  const article = parseArticle(fx.input, fx.options);

  it('segments partition the input; text claims are whole blocks of the page', () => {
    expectHtmlInvariants(fx.input, article);
  });

  it('the page, its blocks and its content selection keep their guarantees', () => {
    expectPageInvariants(fx.input);
  });

  it('every segment kind matches the claim over it', () => {
    for (const c of article.claims) {
      if (c.kind === 'metadata') continue;
      const seg = article.segments.find((s) => s.start <= c.start && c.start < s.end);
      expect(seg?.kind).toBe(c.kind);
    }
  });

  it('parses the same with the other line ends', () => {
    const other = fx.input.includes('\r\n') ? fx.input.replace(/\r\n/g, '\n') : fx.input.replace(/\n/g, '\r\n');
    const a = parseArticle(other, fx.options);
    expectHtmlInvariants(other, a);
    expect([a.title, a.body, a.cruft, a.captions]).toEqual([article.title, article.body, article.cruft, article.captions]);
  });
});

describe('invariants on generated pages', () => {
  // A fixed sample (same seed every run) of made-up pages; test/property.test.ts draws new ones.
  const generated = fc.sample(generatedPage, { seed: 20_190_603, numRuns: 120 });

  it.each(generated.map((html, i) => [i, html] as const))('page %i', (_, html) => {
    expectHtmlInvariants(html, parseArticle(html));
    expectPageInvariants(html);
  });
});

describe('misuse', () => {
  it.each([
    [42, 'number 42'],
    [null, 'null'],
    [undefined, 'undefined'],
    [Buffer.from('x'), 'object Buffer'],
    [{ text: 'x' }, 'object Object'],
  ])('throws a TypeError naming %j', (value, named) => {
    expect(() => parseArticle(value as unknown as string)).toThrow(TypeError);
    expect(() => parseArticle(value as unknown as string)).toThrow(named);
  });

  it.each([
    [{ referenceDate: 12345 }, 'option "referenceDate" must be a date string ("YYYY-MM-DD" or ISO) or null, but was given number 12345'],
    [{ titleHint: 5 }, 'option "titleHint" must be a string or null, but was given number 5'],
    [null, 'expects its options as an object (or nothing), but was given null'],
    ['Asia/Tehran', 'expects its options as an object (or nothing), but was given string "Asia/Tehran"'],
    [[], 'expects its options as an object (or nothing), but was given an array'],
    [{ zone: 3 }, 'option "zone" must be an IANA zone name (e.g. "Asia/Tehran") or null, but was given number 3'],
    [{ id: {} }, 'option "id" must be a string or null, but was given object Object'],
    [{ url: true }, 'option "url" must be a string or null, but was given boolean true'],
    [{ format: 'xml' }, 'option "format" must be one of "auto", "text", "html", but was given string "xml"'],
    [{ content: 'body' }, 'option "content" must be one of "article", "page", but was given string "body"'],
    [{ profile: 7 }, 'option "profile" must be a profile id, a SiteProfile object or false, but was given number 7'],
  ])('throws a TypeError naming the option and value for options %j', (options, message) => {
    const call = (): unknown => parseArticle('Title\n\nBody text.', options as never);
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });

  it('accepts null and undefined for the text options, and undefined for every option', () => {
    const nulls = { id: null, url: null, zone: null, referenceDate: null, titleHint: null };
    expect(() => parseArticle('Title\n\nBody.', nulls)).not.toThrow();
    const undefs = { id: undefined, url: undefined, format: undefined, zone: undefined, profile: undefined, referenceDate: undefined, titleHint: undefined, content: undefined };
    expect(() => parseArticle('Title\n\nBody.', undefs as never)).not.toThrow();
  });

  it('throws a clear error for an unknown profile id', () => {
    expect(() => parseArticle('x', { profile: 'nope' })).toThrow(/unknown site profile "nope".*alalam/);
  });

  it.each(['', ' ', '\n\n\n', '\u00a0', 'x', '\r', '\ud800'])('never throws on %j and stays lossless', (s) => {
    expectInvariants(s, parseArticle(s));
  });
});
