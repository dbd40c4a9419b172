import { describe, expect, it } from 'vitest';
import { parseArticle, readPublished } from '../../src/index.js';

describe('numeric dates with a two-digit year', () => {
  it.each([
    ['4-13-16', '2016-04-13T00:00:00'],
    ['13/4/16', '2016-04-13T00:00:00'],
    ['12/25/99', '1999-12-25T00:00:00'],
    ['1-2-68', '2068-02-01T00:00:00'],
    ['4-13-16 10:30 pm', '2016-04-13T22:30:00'],
  ])('reads %j (POSIX %y century rule)', (text, local) => {
    expect(readPublished(text)?.local).toBe(local);
  });

  it.each(['1.2.10', '3-1', '555-12-34', '10-20-30-40', '2-3-4', '13/13/16', '1/2/123'])('does not read %j', (text) => {
    expect(readPublished(text)).toBeNull();
  });

  it('takes the order from a year-and-month URL path, without a warning', () => {
    const article = parseArticle('Title Here\n\n3-6-16\n\nBody text here.', { url: 'http://example.com/news/2016/03/a-story.html' });
    expect(article.published?.local).toBe('2016-03-06T00:00:00');
    expect(article.warnings).toEqual([]);
  });

  it('warns when nothing decides the order', () => {
    const article = parseArticle('Title Here\n\n3-6-16\n\nBody text here.');
    expect(article.published?.local).toBe('2016-06-03T00:00:00');
    expect(article.warnings.map((w) => w.code)).toEqual(['ambiguous-date']);
  });
});
