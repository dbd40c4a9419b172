import { describe, expect, it } from 'vitest';
import { matchScore, slugWords } from '../src/slug.js';
import { parseArticle } from '../src/index.js';

describe('slugWords', () => {
  it.each([
    ['http://canadafreepress.com/article/its-not-really-president-trump-who-needs-his-mouth', ['its', 'not', 'really', 'president', 'trump', 'who', 'needs', 'his', 'mouth']],
    ['http://beforeitsnews.com/survival/2015/07/whos-posterity-are-they-talking-about-2577832.html', ['whos', 'posterity', 'are', 'they', 'talking', 'about']],
    ['https://willyloman.wordpress.com/2017/12/21/pentagon-confirms-multiple-ground-ops/', ['pentagon', 'confirms', 'multiple', 'ground', 'ops']],
  ])('%s', (url, want) => expect(slugWords(url)).toEqual(want));

  it('gives the same frozen words when asked twice for one URL', () => {
    const url = 'http://canadafreepress.com/article/its-not-really-president-trump';
    const first = slugWords(url);
    expect(Object.isFrozen(first)).toBe(true);
    expect(slugWords(url)).toEqual(['its', 'not', 'really', 'president', 'trump']);
  });

  it.each([null, '', 'not a url', 'https://en.alalam.ir/news/1912467', 'https://example.com/a-b'])('has no wordy slug: %j', (url) => {
    expect(slugWords(url)).toBeNull();
  });
});

describe('matchScore', () => {
  it('accepts a cut-off last word and ignores apostrophes and case', () => {
    expect(matchScore(['its', 'not', 'really', 'wit'], 'It’s Not Really … Washed Out With Soap')).toBe(1);
  });
  it('scores an unrelated line low', () => {
    expect(matchScore(['isis', 'in', 'trouble'], 'Subscribe to Canada Free Press for FREE')).toBe(0);
  });
});

describe('title from the URL slug', () => {
  const text = [
    'Subscribe to Canada Free Press for FREE',
    'Neither Rev. Rodriguez nor Pope Francis will be there, but President Trump will be, addressing the crowd by satellite',
    'It’s Not Really President Trump Who Needs His Mouth Washed Out With Soap',
    'Throwing the spotlight on so-called Men of the Cloth: it is not the President who needs it.',
  ].join('\n\n');
  const url = 'http://canadafreepress.com/article/its-not-really-president-trump-who-needs-his-mouth-washed-out-wit';

  it('picks the line the slug names, even after other lines', () => {
    expect(parseArticle(text, { url }).title).toBe('It’s Not Really President Trump Who Needs His Mouth Washed Out With Soap');
  });

  it('picks the line a title hint names when there is no URL', () => {
    expect(parseArticle(text, { titleHint: 'It’s Not Really President Trump Who Needs His Mouth Washed Out With Soap' }).title).toBe(
      'It’s Not Really President Trump Who Needs His Mouth Washed Out With Soap',
    );
  });

  it('keeps a lede that paraphrases the slug as body, and gives no title', () => {
    const lede = 'The Department of Justice on Thursday formally asked the U.S. Supreme Court to overturn a lower court ruling on the travel ban in part.';
    const article = parseArticle(`${lede}\n\nMore text follows here.`, { url: 'https://example.com/doj-asks-supreme-court-to-overturn-travel-ban-ruling' });
    expect(article.title).toBeNull();
    expect(article.body[0]).toBe(lede);
  });

  it('keeps a lede ending in a quotation as body even when the title hint matches it', () => {
    const lede = 'Former CIA Director Michael Hayden said Thursday "we all collectively should be a little bit frightened" by Donald Trump reported remarks about immigrants from certain "s**thole countries."';
    const article = parseArticle(`${lede}\n\n"We all collectively should be a bit embarrassed," Hayden told CNN.`, {
      titleHint: "Michael Hayden: We Should Be 'Frightened' by Trump's Remarks",
    });
    expect(article.title).toBeNull();
    expect(article.body[0]).toBe(lede);
  });

  it('takes a long slug-matched line ending in "." as the headline when it is in Title Case', () => {
    const headline = 'Hair-Raising Revelation—Why the Tribulation Will Begin Soon! The Greatest Mystery Unfolds When You See What’s Really Going On….';
    const url = 'http://beforeitsnews.com/prophecy/2015/07/hair-raising-revelation-why-the-tribulation-will-begin-soon-the-greatest-mystery-unfolds-2471414.html';
    expect(parseArticle(`${headline}\n\nBy Lisa Haven\n\nEvents are about to unfold.`, { url }).title).toBe(headline);
  });

  it('takes a slug-matched line after several prose paragraphs as a subheading, not the title', () => {
    const para = (i: number) => `Paragraph ${i}: ${'there is a theory in psychology called the hedonic treadmill and it says a lot '.repeat(3)}`;
    const text = ['by Giovani – Liveanddare.com', para(1), para(2), para(3), 'Understanding what authentic happiness is', para(4)].join('\n\n');
    const article = parseArticle(text, { url: 'https://www.undergroundhealth.com/understanding-what-authentic-happiness-is/' });
    expect(article.title).toBeNull();
    expect(article.body).toContain('Understanding what authentic happiness is');
  });

  it('with a wordy slug that no line matches, promotes no line to title', () => {
    const article = parseArticle('Short Line Here\n\nA body paragraph.', { url: 'https://example.com/completely-different-story-about-something-else' });
    expect(article.title).toBeNull();
  });
});
