import { describe, expect, it } from 'vitest';
import { parseArticle, readCredit, readCruft } from '../../src/index.js';
import { beforeItsNews, twentyFirstCenturyWire, willyloman } from '../../src/profiles/index.js';

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

// Credit forms only one site prints (fresh examples of each shape): read as the site's credits
// with its profile, and not at all without it.
describe('site profile credit rows', () => {
  it.each([
    [twentyFirstCenturyWire, 'Harbour Review says…'],
    [twentyFirstCenturyWire, 'Our desk says:'],
    [beforeItsNews, 'Maren Holt writes:'],
    [beforeItsNews, 'Guest author for Harbour Review'],
    [beforeItsNews, 'Received by Ada Quinn'],
    [beforeItsNews, 'IMAGE Sources:'],
    [beforeItsNews, 'Republished with permission from the Harbour Review.'],
    [beforeItsNews, 'This post was syndicated by Coastline Daily.'],
    [beforeItsNews, 'Harbour TV – https://www.example.org/harbour'],
    [beforeItsNews, 'https://harbour.example.org – The Harbour Watch'],
    [beforeItsNews, 'harbour.example.org / By: Ola Berg, Harbour Watch / 3 March 2019'],
    [beforeItsNews, 'This story first appeared in Coastline Daily.'],
    [willyloman, 'from Harbour Review'],
  ])('%#: the profile reads %j', (profile, line) => {
    expect(readCredit(line, profile)).toEqual({ text: line, role: 'site' });
    expect(readCredit(line)).toBeNull();
  });

  it('applies to the site by its URL, and not to another site', () => {
    const text = 'A Headline for the Test\n\nHarbour Review says…\n\nThe article begins here, with a sentence long enough to be read as prose by the parser.';
    const credits = (url: string) => parseArticle(text, { url }).credits.map((c) => c.text);
    expect(credits('https://21stcenturywire.com/2018/01/x/')).toEqual(['Harbour Review says…']);
    expect(credits('https://example.com/2018/01/x.html')).toEqual([]);
  });
});
