import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { createParser, overlapsResolver, parseArticle, siteBannerResolver, titlePositionResolver } from '../../src/index.js';
import type { AnyClaim, Parser } from '../../src/index.js';

declare module '../../src/types.js' {
  // The reason the test's own parser reports.
  interface CustomCruftReasons {
    test: true;
  }
}

const claim = (kind: AnyClaim['kind'], start: number, end: number, confidence = 0.5): AnyClaim =>
  ({ kind, start, end, value: { text: '' }, confidence, by: 'test' }) as unknown as AnyClaim;

describe('overlaps resolver', () => {
  const ctx = createContext('0123456789');
  it.each([
    ['a higher kind beats body', [claim('body', 0, 10, 0.1), claim('cruft', 0, 10)], [['cruft', 0, 10]]],
    ['non-overlapping claims both stand', [claim('cruft', 0, 4), claim('credit', 5, 9)], [['cruft', 0, 4], ['credit', 5, 9]]],
    ['only one title', [claim('title', 0, 3, 0.8), claim('title', 5, 9, 0.7)], [['title', 0, 3]]],
    ['confidence decides within a kind', [claim('cruft', 0, 5, 0.6), claim('cruft', 3, 9, 0.9)], [['cruft', 3, 9]]],
    ['empty claims are dropped', [claim('cruft', 4, 4)], []],
  ])('%s', (_name, input, want) => {
    expect(overlapsResolver.resolve(input, ctx).map((c) => [c.kind, c.start, c.end])).toEqual(want);
  });

  // The rule, read plainly: try claims by kind rank, confidence, length, position; keep each that overlaps none kept.
  const RANK: Record<string, number> = { cruft: 7, credit: 6, title: 5, body: 0 };
  function naive(claims: AnyClaim[]): string[] {
    const order = [...claims].sort(
      (a, b) => RANK[b.kind]! - RANK[a.kind]! || b.confidence - a.confidence || b.end - b.start - (a.end - a.start) || a.start - b.start,
    );
    const kept: AnyClaim[] = [];
    for (const c of order) {
      if (c.end <= c.start || (c.kind === 'title' && kept.some((k) => k.kind === 'title'))) continue;
      if (kept.every((k) => k.end <= c.start || c.end <= k.start)) kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start).map((c) => `${c.kind} ${c.start}-${c.end}`);
  }
  // Parsers' outputs one after another (each in input order, as the points' runs come), or shuffled.
  it.each([1, 3, 40, 200])('keeps what the plain rule keeps, for %i runs of claims', (runs) => {
    let seed = runs;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    for (let round = 0; round < 20; round++) {
      const claims: AnyClaim[] = [];
      for (let r = 0; r < runs; r++) {
        const kind = (['cruft', 'credit', 'title', 'body'] as const)[random(4)]!;
        let at = random(20);
        for (let k = random(15); k > 0; k--) {
          const start = at + random(4);
          const end = start + random(12);
          claims.push(claim(kind, start, end, [0.3, 0.6, 0.9][random(3)]));
          at = end + random(3) - 1;
        }
      }
      if (round % 2 === 1) claims.reverse();
      // Same kind, confidence, length and start: the rule cannot tell them apart; keep one of each.
      const distinct = [...new Map(claims.map((c) => [`${c.kind} ${c.confidence} ${c.start} ${c.end}`, c])).values()];
      const got = overlapsResolver.resolve(distinct, ctx).map((c) => `${c.kind} ${c.start}-${c.end}`);
      expect(got).toEqual(naive(distinct));
    }
  });
});

describe('title-position resolver', () => {
  it('keeps the first non-chrome headline after chrome lines', () => {
    const text = 'Facebook Twitter YouTube\n\nThe Headline Here\n\nSecond Short Line\n\nA body paragraph that runs on.';
    const parser = createParser();
    const ctx = createContext(text);
    const kept = titlePositionResolver.resolve(parser.claims(ctx), ctx).filter((c) => c.kind === 'title');
    expect(kept.map((c) => text.slice(c.start, c.end))).toEqual(['The Headline Here']);
  });

  it('keeps no headline when the scrape opens with prose', () => {
    const article = parseArticle('Sometimes the power of Christmas will make you do wild things, and it did.\n\nShort Line Later\n\nMore prose here.');
    expect(article.title).toBeNull();
    expect(article.body).toHaveLength(3);
  });
});

describe('site-banner resolver', () => {
  it('keeps a guessed site line only above banner chrome', () => {
    const withBanner = parseArticle('Some News Site\nFacebook Twitter Youtube\n\nThe Real Headline\n\nBody text goes here.');
    expect(withBanner.site.name).toBe('Some News Site');
    expect(withBanner.title).toBe('The Real Headline');
    const without = parseArticle('Short Headline\n\nBody text goes here.');
    expect(without.site.name).toBeNull();
    expect(without.title).toBe('Short Headline');
    expect(siteBannerResolver.name).toBe('site-banner');
  });
});

describe('createParser', () => {
  const text = 'Breaking Story\n\nBody paragraph.\n\nScroll Up';
  it('switches a parser off by name', () => {
    const article = createParser({ disable: ['cruft'] }).parse(text);
    expect(article.cruft).toEqual([]);
    expect(article.body).toContain('Scroll Up');
  });

  it('adds a parser and replaces one with the same name', () => {
    const shout: Parser = {
      name: 'cruft',
      parse: (ctx) =>
        ctx.blocks
          .filter((b) => b.text === 'Body paragraph.')
          .map((b) => ({ kind: 'cruft', start: b.start, end: b.end, value: { text: b.text, reason: 'test' }, confidence: 1, by: 'shout' })),
    };
    const article = createParser({ parsers: [shout] }).parse(text);
    expect(article.cruft).toEqual([{ text: 'Body paragraph.', reason: 'test' }]);
    expect(article.body).toContain('Scroll Up');
  });

  it('uses a custom profile given by object or registered by id', () => {
    const profile = { id: 'example', name: 'Example News', zone: 'Europe/London', hosts: ['example.com'] };
    const parser = createParser({ profiles: [profile] });
    expect(parser.parse('x', { url: 'https://www.example.com/a' }).site.id).toBe('example');
    expect(parser.parse('x', { profile: 'example' }).site.name).toBe('Example News');
    expect(parseArticle('x', { profile }).site.id).toBe('example');
    expect(parseArticle('Alalam Syria', { profile: false }).site.id).toBeNull();
  });
});
