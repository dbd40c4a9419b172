import { describe, expect, it } from 'vitest';
import { cruftParser, readCruft, runParser } from '../../src/index.js';

describe('readCruft', () => {
  // Fresh lines of each generic row's shape (development lines belong in the evaluation).
  it.each([
    ['Scroll to top', 'navigation'],
    ['Back to top ↑', 'navigation'],
    ['READ MORE ELECTION NEWS AT:\u00a0The Example Wire Archive', 'read-more'],
    ['Read more about the ruling here: https://example.org/ruling', 'read-more'],
    ['SEE MORE WORLD NEWS AT: EXAMPLEWIRE.ORG', 'read-more'],
    ['Continue reading…', 'read-more'],
    ['Keep reading »', 'read-more'],
    ['[Continue reading at the source]', 'read-more'],
    ['Sponsored content', 'advertisement'],
    ['Advertisements', 'advertisement'],
    ['© 2019 Example Media Group. All rights reserved.', 'copyright'],
    ['Copyright © The Example Herald', 'copyright'],
    ['The Example Post ©', 'copyright'],
    ['Example Daily © 2015-2018', 'copyright'],
    ['You may also like', 'related'],
    ['Category: Politics', 'tags'],
    ['Filed under: Elections, Courts | Tagged: ballots | 4 Comments »', 'tags'],
    ['مواضيع ذات صلة', 'related'],
    ['Leave a Reply', 'comments'],
    ['12 Comments', 'comments'],
    ['Please read our comment policy before posting. Off-topic remarks are removed.', 'comments'],
    ['Commenting policy: keep it civil and on topic.', 'comments'],
    ['Spotted an error? Tell the newsroom.', 'feedback'],
    ['Share this: Facebook Twitter', 'share'],
    ['Like this: Like Loading...', 'share'],
    ['LinkedIn', 'share'],
    ['Print this article', 'share'],
    ['Find us on Instagram!', 'share'],
    ['Follow @ExampleNewsDesk', 'share'],
    ['Like us on Facebook for more local stories', 'share'],
    ['Subscribe to The Example Herald for free', 'subscribe'],
    ['Subscribe now for the morning briefing!', 'subscribe'],
    ['We may earn a commission when you buy through links on this page.', 'disclosure'],
    ['If you want to submit a letter to the editor, use the form on our contact page.', 'promo'],
    ['See also: Council approves the harbour budget', 'teaser'],
    ['Don’t miss: Ten Trails to Walk This Autumn', 'teaser'],
    ['RELATED: Port Strike Enters Its Second Week', 'teaser'],
    ['READ MORE: Mayor unveils the transit plan', 'teaser'],
  ])('reads %j', (line, reason) => {
    expect(readCruft(line)?.reason).toBe(reason);
  });

  it.each([
    'Scroll up to see the map of the front lines, which the army published on Sunday.',
    'Read the RT report here:',
    'Related reports said on Tuesday that the army troops advanced.',
    'Top commanders fled the town.',
    'More than 200 soldiers were killed in the offensive.',
    'Copyright law was changed in 1998. It still matters.',
    'Readers of this site know the story well.',
    'Facebook said on Tuesday it would change its rules.',
    'Subscribe to the idea that the market will correct itself, and you will lose money. Many did.',
    'Headline inflation rose 3% in March: the biggest jump in a decade.',
    'WATCH: Trump arrives in Davos',
    'Trending topics on Twitter included the summit, which the president attended.',
    // Lines of one site's chrome are that site's profile rows, not generic ones.
    'Headline: Gold Miners Rally as the Dollar Slips',
    '41% of readers think this story is Fact. Add your two cents.',
    'RSS Feed for Jane Example',
    'Older articles by Jane Example',
  ])('does not read %j', (line) => expect(readCruft(line)).toBeNull());
});

describe('cruft parser: promotions in the tail', () => {
  const prose = Array.from({ length: 8 }, (_, i) => `Paragraph ${i} of the article, which carries on for a while as articles do.`);
  const tail = (line: string) => [...prose, line].join('\n\n');
  it.each([
    'Want more stories like this one? Click Here!',
    'FREE REPORT! Get the ten-page guide to saving on groceries. CLICK HERE',
    'Winter boots are now 30% off, and orders this week ship free: shop now and sign up for our deals list.',
    // "Let me know" opens a sentence: a prompt to reply, beside a pointer to the comments.
    'Did the column change your mind? Let me know below in the comments section.',
  ])('claims %j as a promotion', (line) => {
    const text = tail(line);
    const claims = runParser(cruftParser, text);
    expect(claims.map((c) => [text.slice(c.start, c.end), c.kind === 'cruft' ? c.value.reason : c.kind])).toEqual([[line, 'promo']]);
  });

  it.each([
    'For more information on the book, visit GodandDonaldTrump.com and view the book’s video.',
    // "subscribe now" inside "unsubscribe now" is no call to action, so one polite "click here" remains.
    'Readers who unsubscribe now can still read the report if they click here.',
    // An interview's closing words: "free trial" and "email me" are no calls to action, one "sign up" remains.
    'That will do it for this week, and we urge everyone to sign up for a free trial of the newsletter.',
    'When the vote is counted the clerk will email me the tally, and I will click here and there for an hour.',
    // "let me know" inside a sentence is the article's words, so one polite "click here" remains.
    'The editors will let me know which chapter to expand next, and readers can click here for the first.',
  ])('keeps %j as text', (line) => {
    expect(runParser(cruftParser, tail(line))).toEqual([]);
  });

  it('does not cut a call to action in the head of the article', () => {
    const more = prose.map((p) => p.replace('Paragraph', 'Section'));
    const text = ['FREE GIFT! CLICK HERE to download', ...prose, ...more].join('\n\n');
    expect(runParser(cruftParser, text)).toEqual([]);
  });
});

describe('cruft parser: sign-offs and echoes at the end', () => {
  const prose = Array.from({ length: 8 }, (_, i) => `Paragraph ${i} of the article, which carries on for a while as articles do.`);
  const cut = (text: string) => runParser(cruftParser, text).map((c) => [text.slice(c.start, c.end), c.kind === 'cruft' ? c.value.reason : c.kind]);

  it.each([
    [[...prose, 'Caroline’s Breast Cancer Blog'], [['Caroline’s Breast Cancer Blog', 'sign-off']]],
    [[...prose, 'RR', 'Source: http://example.com/x'], [['RR', 'sign-off']]],
    [[...prose, 'Stay tuned.'], []],
    [[...prose, 'What happens next is anyone’s guess, and we will be watching closely'], []],
  ])('%#: %j', (lines, want) => expect(cut(lines.join('\n\n'))).toEqual(want));

  it('cuts a long line printed again in the tail, keeping the first copy', () => {
    const line = 'The 21 Unseen Blessings of Being Mindful';
    const text = [line, ...prose, line, 'Source: http://vividlife.me/x'].join('\n\n');
    expect(cut(text)).toEqual([[line, 'repeated']]);
    expect(runParser(cruftParser, text)[0]!.start).toBe(text.lastIndexOf(line));
  });

  it('keeps a short subheading that recurs', () => {
    const more = prose.map((p) => p.replace('Paragraph', 'Section'));
    const text = [...prose, 'Disadvantages', ...more, 'Disadvantages', 'The last word of the article, in a sentence.'].join('\n\n');
    expect(cut(text)).toEqual([]);
  });
});

describe('cruft parser: closing source links', () => {
  it('claims a bare URL among the last lines, and keeps one in the middle as text', () => {
    const text = 'Title\n\nhttps://www.youtube.com/watch?v=abc\n\nA paragraph of prose.\n\nAnother paragraph.\n\nMore prose here.\n\nhttp://www.americanthinker.com/articles/2017/10/x.html';
    const claims = runParser(cruftParser, text);
    expect(claims.map((c) => [text.slice(c.start, c.end), c.value])).toEqual([
      ['http://www.americanthinker.com/articles/2017/10/x.html', { text: 'http://www.americanthinker.com/articles/2017/10/x.html', reason: 'link' }],
    ]);
  });
});

describe('cruft parser: repeated lines in the tail', () => {
  it('claims both copies of a promo line repeated at the end', () => {
    const text = 'Title\n\nBody one is here.\n\nGet Your Copy of New Dawn Magazine #203 - Mar-Apr Issue\nGet Your Copy of New Dawn Magazine #203 - Mar-Apr Issue';
    const claims = runParser(cruftParser, text);
    expect(claims.map((c) => [c.kind, text.slice(c.start, c.end)])).toEqual([
      ['cruft', 'Get Your Copy of New Dawn Magazine #203 - Mar-Apr Issue'],
      ['cruft', 'Get Your Copy of New Dawn Magazine #203 - Mar-Apr Issue'],
    ]);
  });

  it('does not claim a line repeated only in the head of a long article', () => {
    const para = 'This paragraph is long enough to be prose and it carries on for a good while, sentence after sentence.';
    const text = ['Quote of the day', 'Quote of the day', ...Array.from({ length: 10 }, (_, i) => `${para} ${i}`)].join('\n\n');
    expect(runParser(cruftParser, text)).toEqual([]);
  });
});

describe('cruft parser: the tail starts after the last paragraph of prose', () => {
  const long = (i: number) =>
    `Paragraph ${i} of the article carries on for well over thirty words, because a paragraph of prose is long: it makes a point, gives the evidence for it, quotes somebody who saw it happen and then ends like a sentence should.`;
  const refs = Array.from({ length: 12 }, (_, i) => `Reference ${i}: https://example.org/source/${i}`);
  const promo = 'More Critical Reads You Need to Hear by Lisa Haven! Click Here!';
  const reasons = (text: string) => runParser(cruftParser, text).map((c) => [text.slice(c.start, c.end), c.kind === 'cruft' ? c.value.reason : c.kind]);

  it('claims a promotion right after the last paragraph, however many reference lines follow it', () => {
    const text = [long(1), long(2), long(3), promo, 'For More Information See:', ...refs].join('\n\n');
    expect(reasons(text)).toContainEqual([promo, 'promo']);
  });

  it('leaves the same line alone when a paragraph of prose follows it', () => {
    const text = [long(1), promo, long(2), long(3), 'For More Information See:', ...refs].join('\n\n');
    expect(reasons(text).map(([line]) => line)).not.toContain(promo);
  });

  it('claims a long copyright notice, which the word limit for chrome lines used to let through', () => {
    const notice = `©2015 Mercedes Kirkel, http://www.mercedeskirkel.com, All Rights Reserved. ${'Permission is given to share this message as long as it is posted in its entirety. '.repeat(4)}`.trim();
    expect(readCruft(notice)?.reason).toBe('copyright');
  });

  it('claims a run of bare URLs in the tail after a credit line ("Source: …")', () => {
    const urls = ['https://video.example.org/harbour-1', 'https://video.example.org/harbour-2', 'https://video.example.org/harbour-3'];
    const text = [long(1), long(2), 'Source: Harbour Television', ...urls, 'The Ferry Crews Deserve Better Than This', 'Thanks for reading, and stay safe on the water'].join('\n\n');
    expect(reasons(text).filter(([, r]) => r === 'link').map(([l]) => l)).toEqual(urls);
  });

  it('claims a bare URL in the tail beside a chrome line, not one inside the article', () => {
    const url = 'https://conservativebase.com/clinton-lynch-airport-meeting-documents-released/';
    const closing = [long(1), long(2), url, 'Read more great articles here: https://conservativebase.com', 'Jim-Kouri', long(3).replace('Paragraph 3 of the article', 'The author')];
    expect(reasons(closing.join('\n\n'))).toContainEqual([url, 'link']);
    const inside = [long(1), url, 'Read more great articles here: https://conservativebase.com', long(2), long(3), long(4), long(5), long(6), long(7), long(8)];
    expect(reasons(inside.join('\n\n')).map(([line]) => line)).not.toContain(url);
  });
});

describe('cruft parser: a sentence framing the article', () => {
  const long = (i: number) =>
    `Paragraph ${i} of the article carries on for well over thirty words, because a paragraph of prose is long: it makes a point, gives the evidence for it, quotes somebody who saw it happen and then ends like a sentence should.`;
  const frame = 'OM Times is a leading voice of the Conscious Community with articles covering the full spectrum of Conscious Living. Click here to see all we share.';
  const cut = (text: string) => runParser(cruftParser, text).filter((c) => c.kind === 'cruft').map((c) => text.slice(c.start, c.end));

  it('claims both copies of a sentence printed before the first paragraph and after the last', () => {
    const text = ['Regaining Your Confidence', frame, long(1), long(2), long(3), frame, 'Source: http://omtimes.com/x'].join('\n\n');
    expect(cut(text)).toEqual([frame, frame]);
  });

  it('leaves the top copy of a headline printed again at the end alone', () => {
    const headline = 'The 21 Unseen Blessings of Being Mindful';
    const text = [headline, ...Array.from({ length: 12 }, (_, i) => long(i)), headline].join('\n\n');
    const claims = runParser(cruftParser, text).filter((c) => c.kind === 'cruft');
    expect(claims.map((c) => c.start)).not.toContain(0);
  });

  it('leaves the first copy of a sentence quoted twice inside the article alone', () => {
    const quote = 'A sentence the author repeats for effect, and means it.';
    const paragraphs = Array.from({ length: 14 }, (_, i) => long(i));
    paragraphs.splice(4, 0, quote);
    paragraphs.splice(8, 0, quote);
    const text = paragraphs.join('\n\n');
    expect(cut(text)).toEqual([]);
  });
});

describe('cruft parser: text the article prints twice stays body', () => {
  const para = (topic: string) =>
    `The harbour commission met again on Tuesday to argue about ${topic}, and the minutes show that the members spent most of the afternoon going over the same figures they had already seen twice this spring without agreeing on anything new.`;
  const cut = (lines: readonly string[]) => {
    const text = lines.join('\n\n');
    return runParser(cruftParser, text)
      .filter((c) => c.kind === 'cruft')
      .map((c) => [text.slice(c.start, c.end), c.kind === 'cruft' ? c.value.reason : '']);
  };
  const pullQuote = '“We are not going to dredge the channel for a ferry that runs twice a week,” the chair said.';
  const lede =
    'Fishermen in the old port say the new breakwater has moved the sandbar closer to the quay than at any time since the 1970s, and that two boats have already run aground on it this month alone.';

  it('keeps both copies of a pull quote repeated mid-article', () => {
    expect(cut(['Breakwater row deepens', para('the dredging'), pullQuote, para('the budget'), para('the ferry'), pullQuote, para('the vote'), para('the tides')])).toEqual([]);
  });

  it('keeps both copies of a pull quote printed again near the end, before the last paragraph', () => {
    expect(cut(['Breakwater row deepens', para('the dredging'), pullQuote, para('the budget'), pullQuote, para('the vote')])).toEqual([]);
  });

  it('keeps the lede when the article prints it again later', () => {
    expect(cut(['Breakwater row deepens', lede, para('the dredging'), para('the budget'), lede, para('the vote')])).toEqual([]);
  });

  it('keeps a lede of prose printed again after the last paragraph (not a frame)', () => {
    expect(cut(['Breakwater row deepens', lede, para('the dredging'), para('the budget'), lede])).toEqual([]);
  });

  it('keeps a short opening paragraph printed again after the last one (no call to action: not a frame)', () => {
    const short = 'Two boats ran aground in the old port this month, and the fishermen blame the new breakwater.';
    expect(cut(['Breakwater row deepens', short, para('the dredging'), para('the budget'), para('the vote'), short])).toEqual([]);
  });

  it('keeps a line without a full stop printed twice when prose follows both copies', () => {
    const line = 'What the harbour master told the commission in March';
    expect(cut(['Breakwater row deepens', lede, para('the dredging'), line, para('the budget'), line, para('the vote')])).toEqual([]);
  });

  it('keeps the closing sentence of the article printed twice at the end', () => {
    const last = 'The commission meets again in June.';
    expect(cut(['Breakwater row deepens', lede, para('the dredging'), para('the budget'), last, last])).toEqual([]);
  });

  it('still cuts a promotion printed twice at the end of the scrape', () => {
    const promo = 'Order the Harbour Almanac 2031 now - free postage this week';
    expect(cut(['Breakwater row deepens', lede, para('the dredging'), para('the budget'), promo, promo])).toEqual([
      [promo, 'repeated'],
      [promo, 'repeated'],
    ]);
  });

  it('still cuts the tail copy of a line printed above the article and again after it', () => {
    const line = 'Part of our series on the changing coast';
    const body = Array.from({ length: 6 }, (_, i) => para(`item ${i}`));
    expect(cut(['Breakwater row deepens', line, ...body, line])).toEqual([[line, 'repeated']]);
  });
});
