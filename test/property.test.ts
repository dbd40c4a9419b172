import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { expectHtmlInvariants, expectPageInvariants, generatedPage, HEADLINE, htmlishString, mutated, newsPage } from './html/support.js';
import { loadFixtures, toHtml } from './support/fixtures.js';
import { expectInvariants } from './support/invariants.js';

const seeds = loadFixtures('seeds').map((f) => f.input);
const pages = loadFixtures('html').map((f) => f.input);

/** Text made of the pieces scrapes are made of: lines of seeds, dates, dumps, blanks, odd characters. */
const piece = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('\n', '\r\n', '\n\n', '\u00a0', '\t', '|', ' - ', '…', '"', 'string(', ') "', '<p>', '</p>', '&amp;', '&#8217;', '<br>'),
  fc.constantFrom(...seeds.flatMap((s) => s.split('\n')).filter((l) => l.length < 400)),
  fc.constantFrom('21 March 2018 - Wednesday - 4 Rajab 1439', 'Thu Jan 19, 2017 11:42:31', 'string(7) "[1,2,3]"', '{"a":1}', 'Scroll Up'),
);

describe('property: never throws, always lossless', () => {
  it('on random scrape-like text', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const s = parts.join('');
        expectInvariants(s, parseArticle(s));
      }),
      { numRuns: 300 },
    );
  });

  it('on mutated seeds (cut, duplicated and spliced)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds),
        fc.nat(),
        fc.nat(),
        fc.string({ maxLength: 30 }),
        (seed, a, b, insert) => {
          const i = a % (seed.length + 1);
          const j = b % (seed.length + 1);
          const s = seed.slice(0, Math.min(i, j)) + insert + seed.slice(Math.max(i, j)) + seed.slice(i);
          expectInvariants(s, parseArticle(s));
          const html = toHtml(s);
          expectInvariants(html, parseArticle(html));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('property: HTML never throws, always lossless', () => {
  it('on random HTML-ish strings', () => {
    fc.assert(
      fc.property(htmlishString, (s) => {
        expectHtmlInvariants(s, parseArticle(s, { format: 'html' }));
        expectPageInvariants(s);
        expectInvariants(s, parseArticle(s));
      }),
      { numRuns: 500 },
    );
  });

  it('on made-up pages of random elements', () => {
    fc.assert(
      fc.property(generatedPage, (html) => {
        expectHtmlInvariants(html, parseArticle(html));
        expectPageInvariants(html);
      }),
      { numRuns: 300 },
    );
  });

  it('on mutated fixture pages (cut, duplicated and spliced)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...pages), fc.nat(), fc.nat(), fc.oneof(fc.string({ maxLength: 30 }), htmlishString), (page, a, b, insert) => {
        const s = mutated(page, a, b, insert);
        expectHtmlInvariants(s, parseArticle(s, { format: 'html' }));
      }),
      { numRuns: 150 },
    );
  });
});

describe('property: a news page gives its headline, its story and its chrome with reasons', () => {
  it('on made-up news pages with chrome around the story in any order and wrapper', () => {
    fc.assert(
      fc.property(newsPage, ({ html, paragraphs, chrome }) => {
        const a = parseArticle(html);
        expectHtmlInvariants(html, a);
        expect(a.title).toBe(HEADLINE);
        expect(a.body).toEqual(paragraphs);
        for (const c of chrome) expect([c.text, a.cruft.find((x) => x.text === c.text)?.reason]).toEqual([c.text, c.reason]);
      }),
      { numRuns: 300 },
    );
  });
});
