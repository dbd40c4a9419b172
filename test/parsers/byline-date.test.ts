import { describe, expect, it } from 'vitest';
import { bylineDateParser, parseArticle, runParser } from '../../src/index.js';

const BODY = 'Water rose in the old city overnight, officials said on Sunday, and more rain is expected.';
const scrape = (line: string): string => `Floods hit the harbour town\n\n${line}\n\n${BODY}`;

describe('the date a text byline carries', () => {
  it.each([
    ['By Rosa Tamm | May 5, 2024', '2024-05-05T00:00:00'],
    ['Posted on June 5, 2017 by Rosa Tamm', '2017-06-05T00:00:00'],
    ['By Rosa Tamm, 14.07.2023 09:30', '2023-07-14T09:30:00'],
    ['Written by Rosa Tamm on 3 March 2021', '2021-03-03T00:00:00'],
  ])('%j gives the publication date, and the line stays the credit', (line, local) => {
    const a = parseArticle(scrape(line));
    expect(a.published).toMatchObject({ local, source: 'text' });
    expect(a.credits).toEqual([{ text: line, role: 'author' }]);
    expect(a.authors).toEqual(['Rosa Tamm']);
  });

  it.each([
    // A numeric date whose order nothing settles, a relative date, a year alone.
    ['By Rosa Tamm | 03/04/2024'],
    ['By Rosa Tamm | 2 hours ago'],
    ['By Rosa Tamm | Class of 2024'],
    // Not a byline.
    ['In May 5, 2024 terms, the harbour rose'],
  ])('%j gives none', (line) => {
    expect(parseArticle(scrape(line)).published).toBeNull();
  });

  it("a byline below the story's paragraphs is a comment's, not the article's", () => {
    const para = `${BODY} ${BODY}`; // a paragraph of prose: over thirty words
    const a = parseArticle(`Floods hit the harbour town\n\n${para}\n\n${para}\n\nPosted by harbourfan on May 7, 2024\n\nGreat story, thanks!`);
    expect(a.published).toBeNull();
  });

  it('a byline below the first forty lines is not read', () => {
    const menu = Array.from({ length: 40 }, (_, i) => `Section ${i}`).join('\n');
    expect(parseArticle(`${menu}\n\n${scrape('By Rosa Tamm | May 5, 2024')}`).published).toBeNull();
    expect(parseArticle(`${menu.split('\n').slice(0, 30).join('\n')}\n\n${scrape('By Rosa Tamm | May 5, 2024')}`).published?.local).toBe('2024-05-05T00:00:00');
  });

  it('a line that is a timestamp by itself comes first', () => {
    const a = parseArticle(`Floods hit the harbour town\n\nBy Rosa Tamm | May 5, 2024\n\nMay 6, 2024 10:00\n\n${BODY}`);
    expect(a.published?.local).toBe('2024-05-06T10:00:00');
  });

  it("takes the caller's zone as a timestamp line does", () => {
    const a = parseArticle(scrape('By Rosa Tamm | May 5, 2024 10:00'), { zone: 'Europe/Oslo' });
    expect(a.published).toMatchObject({ utc: '2024-05-05T08:00:00Z', zoneSource: 'option' });
  });

  it('reads nothing on an HTML page (html-dateline reads datelines there)', () => {
    expect(runParser(bylineDateParser, `<article><h1>Floods</h1><p>By Rosa Tamm | May 5, 2024</p><p>${BODY}</p></article>`)).toEqual([]);
  });
});
