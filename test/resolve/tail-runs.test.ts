import { describe, expect, it } from 'vitest';
import { createParser, parseArticle } from '../../src/index.js';

const prose = Array.from({ length: 9 }, (_, i) => `Paragraph ${i} of the article, which goes on for a while in the way that articles do.`);

describe('tail-runs resolver', () => {
  it('cuts a short line standing between two chrome lines in the tail', () => {
    const middle = 'Encounter the Holy Spirit and develop a relationship that saturates you in His peace, love and joy.';
    const text = [...prose, 'FREE GIFT! Download the mini eBook today. CLICK HERE', middle, 'See an error in this article? Send us a correction'].join('\n\n');
    const article = parseArticle(text);
    expect(article.cruft).toContainEqual({ text: middle, reason: 'chrome-run' });
    expect(article.body).not.toContain(middle);
  });

  it('cuts Title Case headlines in a row that close the text as a related list', () => {
    const related = ['Bank of America Warns of Imminent Recession', 'Investment Strategist Forecasts Collapse Timeline for Markets'];
    const article = parseArticle([...prose, ...related, 'Scroll Up'].join('\n\n'));
    expect(article.cruft.filter((c) => c.reason === 'related').map((c) => c.text)).toEqual(related);
  });

  it.each([
    ['a list followed by more of the article', [...prose, 'Technology Progress in Related Industry', 'Consumer Needs and Customer Preference Change', 'And the article goes on after the list, as it should.']],
    ['a single headline-like line', [...prose, 'Investment Strategist Forecasts Collapse Timeline for Markets']],
    ['the only paragraph between two chrome lines', ['Scroll Up', 'The whole article is this one paragraph.', 'Advertisement']],
  ])('leaves %s alone', (_name, lines) => {
    const text = lines.join('\n\n');
    expect(parseArticle(text).cruft.filter((c) => c.reason === 'related' || c.reason === 'chrome-run')).toEqual([]);
  });

  it('can be switched off by name', () => {
    const middle = 'A short line between promotions.';
    const text = [...prose, 'FREE GIFT! CLICK HERE', middle, 'See an error in this article? Send us a correction'].join('\n\n');
    expect(createParser({ disable: ['tail-runs'] }).parse(text).body).toContain(middle);
  });
});

describe('tail-runs resolver: lists, taglines and closing material', () => {
  const long = (i: number) =>
    `Paragraph ${i} of the article carries on for well over thirty words, because a paragraph of prose is long: it makes a point, gives the evidence for it, quotes somebody who saw it happen and then ends like a sentence should.`;
  const article = [long(1), long(2), long(3), long(4)];
  const reasons = (lines: string[]) => parseArticle(lines.join('\n\n')).cruft.map((c) => [c.text, c.reason]);

  it('cuts headlines listed under "Read more:" even when credits and more text follow', () => {
    const list = ['Investment Strategist Forecasts Collapse Timeline: ‘The Last Gasp Of This Economic Cycle Will Come In 2018’', 'The Prepper’s Blueprint: A Step-By-Step Guide To Prepare For Any Disaster'];
    const got = reasons([...article, 'Read more:', ...list, 'Written by Ada Quinn', long(5)]);
    expect(got.filter(([, r]) => r === 'related').map(([t]) => t)).toEqual(list);
  });

  it('leaves a sentence after "Read more:" alone', () => {
    const sentence = 'The market fell again on Monday, and analysts said it could fall further.';
    expect(reasons([...article, 'Read more:', sentence, long(5)]).map(([t]) => t)).not.toContain(sentence);
  });

  it('cuts a tagline between a chrome line and the closing credit, not a sentence there', () => {
    const tagline = 'Daily Inspiration for living your Ultimate Life!';
    expect(reasons([...article, 'Scroll Up', tagline, 'Source: http://vividlife.me/ultimate/53044/'])).toContainEqual([tagline, 'chrome-run']);
    const sentence = 'That is all we know so far.';
    expect(reasons([...article, 'Scroll Up', sentence, 'Source: http://vividlife.me/ultimate/53044/']).map(([t]) => t)).not.toContain(sentence);
  });

  it('cuts the body lines after a copyright notice in the tail, keeping the credit a credit', () => {
    const closing = ['Mercedes offers workshops and private sessions in the San Francisco Bay Area.', 'A Sacred Sexuality Manual and Erotic Memoir'];
    const parsed = parseArticle([...article, '©2015 Mercedes Kirkel, All Rights Reserved.', ...closing, 'Source: http://mercedeskirkel.com/x'].join('\n\n'));
    expect(parsed.cruft.filter((c) => c.reason === 'after-article').map((c) => c.text)).toEqual(closing);
    expect(parsed.credits.map((c) => c.text)).toContain('Source: http://mercedeskirkel.com/x');
  });

  it('does not treat a photo credit between the last paragraphs as the end of the article', () => {
    const lines = [...article, '© Reuters', 'The last paragraph, short.', 'And one more line of the story.'];
    expect(parseArticle(lines.join('\n\n')).cruft.filter((c) => c.reason === 'after-article')).toEqual([]);
  });

  it('does not treat a copyright line at the top as the end of the article', () => {
    const lines = ['© 2017 Example News. All rights reserved.', ...article, 'The last paragraph, short.'];
    expect(parseArticle(lines.join('\n\n')).cruft.filter((c) => c.reason === 'after-article')).toEqual([]);
  });
});
