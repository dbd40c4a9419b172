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
