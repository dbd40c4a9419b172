import { describe, expect, it } from 'vitest';
import { parseArticle, toJSON } from '../../src/index.js';

describe('updated-time and date-checks resolvers', () => {
  it('keeps an update time apart from the publication time', () => {
    const a = parseArticle('Title\n\nPublished: 18 January 2017 22:52\n\nLast updated: 19 January 2017 09:10\n\nBody text.\n');
    expect(a.published?.local).toBe('2017-01-18T22:52:00');
    expect(a.updated).toMatchObject({ local: '2017-01-19T09:10:00', role: 'updated' });
    expect(a.body).toContain('Body text.');
    expect(a.body.join(' ')).not.toContain('updated');
    expect(toJSON(a).updated).toMatchObject({ local: '2017-01-19T09:10:00', source: 'text' });
  });

  it('an update time alone stands for the publication, marked implied (published by then)', () => {
    const a = parseArticle('Title\n\nUpdated: 19 January 2017 09:10\n\nBody text.\n');
    expect(a.updated?.local).toBe('2017-01-19T09:10:00');
    expect(a.published).toMatchObject({ local: '2017-01-19T09:10:00', implied: { from: 'updated', reference: '19 January 2017 09:10' } });
    expect(a.published?.role).toBeUndefined();
    expect(toJSON(a).published?.implied).toEqual({ from: 'updated', reference: '19 January 2017 09:10' });
  });

  it('a URL date comes before an update time for the publication', () => {
    const a = parseArticle('Title\n\nUpdated: 19 January 2017 09:10\n\nBody text.\n', { url: 'https://example.org/2017/01/18/story/' });
    expect(a.published).toMatchObject({ local: '2017-01-18T00:00:00', implied: { from: 'url' } });
  });

  it.each([
    ['Title\n\n18 January 2017 22:52\n\nBody.\n', { referenceDate: '2017-01-01' }, ['after-reference-date']],
    ['Title\n\n18 January 2017 22:52\n\nBody.\n', { referenceDate: '2017-01-18' }, []],
    ['Title\n\n18 January 2017 22:52\n\nBody.\n', { referenceDate: '2017-02-01T10:00:00Z' }, []],
    ['Title\n\nPublished: 18 January 2017 22:52\n\nUpdated: 17 January 2017 09:10\n\nBody.\n', {}, ['updated-before-published']],
  ])('%j with %j warns %j', (input, options, codes) => {
    expect(parseArticle(input, options).warnings.map((w) => w.code)).toEqual(codes);
  });

  it('falls back to a date in the URL path, precision day', () => {
    const a = parseArticle('Title\n\nBody text.\n', { url: 'https://example.org/2017/11/14/story/' });
    expect(a.published).toMatchObject({ raw: '/2017/11/14', local: '2017-11-14T00:00:00', precision: 'day', implied: { from: 'url' } });
    expect(parseArticle('Title\n\n18 January 2017 22:52\n', { url: 'https://example.org/2017/11/14/x' }).published?.local).toBe('2017-01-18T22:52:00');
  });
});
