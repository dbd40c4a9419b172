import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { loadFixtures, toHtml } from './support/fixtures.js';
import { expectInvariants } from './support/invariants.js';

const seeds = loadFixtures('seeds').map((f) => f.input);

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
