import { describe, expect, it } from 'vitest';
import { attributeWords, elementValues, wordTable } from '../../src/html/words.js';
import { htmlPage } from '../../src/input/html.js';

describe('attributeWords', () => {
  it.each([
    // [class or id value, its words]
    ['relatedStories', ['related', 'stories']],
    ['shareBar', ['share', 'bar']],
    ['topNavBar', ['top', 'nav', 'bar']],
    ['adSlot2', ['ad', 'slot2']],
    ['x2Y', ['x2', 'y']],
    ['post-share_bar', ['post', 'share', 'bar']],
    ['story-body__inner', ['story', 'body', 'inner']],
    ['article_body', ['article', 'body']],
    ['top-ad', ['top', 'ad']],
    ['--menu--', ['menu']],
    ['news.item', ['news', 'item']],
    ['Site-Footer', ['site', 'footer']],
    ['Wörter-Menü', ['wörter', 'menü']],
    ['données_article', ['données', 'article']],
    ['ÀbcDef', ['àbc', 'def']],
    ['名前-中文', ['名前', '中文']],
    ['', []],
    ['--__', []],
  ])('%j → %j', (value, expected) => {
    expect(attributeWords(value)).toEqual(expected);
  });

  it.each([
    // [value, a word it must not yield]: whole words only, no substrings
    ['read', 'ad'],
    ['shadow', 'ad'],
    ['loading', 'ad'],
    ['badge', 'ad'],
    ['ad300x250', 'ad'],
    ['subheader-text', 'header'],
    ['subheaderText', 'header'],
    ['navy-blue', 'nav'],
    ['commentary', 'comment'],
    ['tagline', 'tags'],
    ['HTMLParser', 'parser'],
  ])('%j does not yield %j', (value, word) => {
    expect(attributeWords(value)).not.toContain(word);
  });

  it('does not read overlong values (generated class lists, inline data)', () => {
    expect(attributeWords(`share-${'x'.repeat(300)}`)).toEqual([]);
  });

  it('gives the same frozen words for a value asked again', () => {
    const first = attributeWords('mostPopular-list');
    expect(attributeWords('mostPopular-list')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });
});

describe('elementValues', () => {
  it('reads the id first, then each class', () => {
    const [, div] = htmlPage('<div id="mainNav" class="top-bar  js-sticky">x</div>').elements;
    expect(div && elementValues(div)).toEqual([['main', 'nav'], ['top', 'bar'], ['js', 'sticky']]);
  });

  it('reads at most 12 classes', () => {
    const classes = Array.from({ length: 14 }, (_, i) => `c${i}`).join(' ');
    const [, div] = htmlPage(`<div class="${classes}">x</div>`).elements;
    expect(div && elementValues(div)).toHaveLength(12);
  });

  it('gives nothing for an element without id or class', () => {
    const [, p] = htmlPage('<p>x</p>').elements;
    expect(p && elementValues(p)).toEqual([]);
  });
});

describe('wordTable', () => {
  const lookup = wordTable({ share: 'share', 'author bio': 'author-box', 'skip to': 'navigation' });

  it.each([
    [[['share']], 'share'],
    [[['post', 'share', 'bar']], 'share'],
    [[['author', 'bio']], 'author-box'],
    [[['bio', 'of', 'author']], 'author-box'],
    [[['skip', 'to', 'content']], 'navigation'],
    [[['main'], ['share', 'bar']], 'share'],
  ])('%j → %s', (values, expected) => {
    expect(lookup(values)).toBe(expected);
  });

  it.each([
    [[]],
    [[['shares']]],
    [[['sharing']]],
    // A two-word entry needs both words in one value, not across the id and a class.
    [[['author'], ['bio']]],
    [[['skip']]],
    [[['to']]],
  ])('%j → nothing', (values) => {
    expect(lookup(values)).toBeUndefined();
  });
});
