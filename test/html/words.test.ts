import { describe, expect, it } from 'vitest';
import { attributeWords, elementTables, wordTable } from '../../src/html/words.js';
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

describe('elementTables', () => {
  const lookup = elementTables<string>([{ nav: 'navigation', 'share bar': 'share' }, { story: 'content' }]);
  const element = (html: string) => htmlPage(html).elements[1]!;

  it("gives each table's entry from the id first, then the classes in order", () => {
    expect(lookup(element('<div id="mainNav" class="share-bar story-body">x</div>'))).toEqual(['navigation', 'content']);
    expect(lookup(element('<div class="shareBar  js-nav">x</div>'))).toEqual(['share', undefined]);
  });

  it('matches whole words, not parts of them', () => {
    expect(lookup(element('<div class="canvas history">x</div>'))).toEqual([undefined, undefined]);
  });

  it('reads at most 12 classes', () => {
    const classes = Array.from({ length: 12 }, (_, i) => `c${i}`).join(' ');
    expect(lookup(element(`<div class="${classes} nav">x</div>`))).toEqual([undefined, undefined]);
    expect(lookup(element(`<div class="${classes.replace('c11', 'nav')}">x</div>`))).toEqual(['navigation', undefined]);
  });

  it('gives nothing for an element without id or class, or a value longer than 200 characters', () => {
    expect(lookup(element('<p>x</p>'))).toEqual([undefined, undefined]);
    expect(lookup(element(`<p class="nav-${'x'.repeat(200)}">x</p>`))).toEqual([undefined, undefined]);
  });

  it('answers the same for a value met again (remembered), and its answer cannot be changed by a caller', () => {
    const first = lookup(element('<div class="nav">x</div>'));
    expect(lookup(element('<div class="nav">y</div>'))).toEqual(first);
    const none = lookup(element('<p>x</p>'));
    expect(Object.isFrozen(none)).toBe(true);
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
