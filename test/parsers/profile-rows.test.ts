import { describe, expect, it } from 'vitest';
import { parseArticle, readCruft } from '../../src/index.js';
import { beforeItsNews } from '../../src/profiles/index.js';

// Rows that only one site's lines support live in that site's profile: they apply to its
// scrapes and never to another site's.
describe('site profile cruft rows', () => {
  it.each([
    [beforeItsNews, '41% of readers think this story is Fact. Add your two cents.', 'poll'],
    [beforeItsNews, 'Headline: Gold Miners Rally as the Dollar Slips', 'teaser'],
    [beforeItsNews, 'This article may be republished with a link to the original.', 'copyright'],
    [beforeItsNews, 'Shared for study under the fair use notice of Section 107 of the US Copyright Act.', 'copyright'],
    [beforeItsNews, 'We encourage you to repost this report with a link back.', 'share'],
    [beforeItsNews, 'Spread the word: send this to a friend.', 'share'],
    [beforeItsNews, 'To read more of my columns, visit my blog.', 'read-more'],
    [beforeItsNews, 'Also by Jane Example:', 'related'],
  ])('%#: the profile reads %j', (profile, line, reason) => {
    expect(readCruft(line, profile)?.reason).toBe(reason);
    expect(readCruft(line)).toBeNull();
  });

  it('applies to the site by its URL, and not to another site', () => {
    const text = 'A Headline for the Test\n\nHeadline: Gold Miners Rally as the Dollar Slips\n\nThe article begins here, with a sentence long enough to be read as prose by the parser.';
    const cruft = (url: string) => parseArticle(text, { url }).cruft.map((c) => c.text);
    expect(cruft('https://beforeitsnews.com/economy/2018/01/x.html')).toEqual(['Headline: Gold Miners Rally as the Dollar Slips']);
    expect(cruft('https://example.com/2018/01/x.html')).toEqual([]);
  });
});
