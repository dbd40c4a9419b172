/**
 * The per-element and per-block signals of main-content selection: why an element is chrome
 * by its own markup, whether its markup names the article body, and how much prose a block carries.
 */
import { describe, expect, it } from 'vitest';
import { chromeReason, isContentElement, proseMass } from '../../src/html/content.js';
import { htmlPage } from '../../src/input/html.js';
import { textBlocks } from '../../src/input/text.js';
import type { Block, HtmlElement } from '../../src/types.js';

/** The first element of a snippet (elements[0] is the document). */
function first(html: string): HtmlElement {
  const e = htmlPage(html).elements[1];
  if (!e) throw new Error(`no element in ${html}`);
  return e;
}

/** The only block of a snippet. */
function only(html: string): Block {
  const blocks = htmlPage(html).blocks;
  expect(blocks).toHaveLength(1);
  return blocks[0]!;
}

describe('chromeReason', () => {
  it.each([
    // tags that are chrome wherever they stand
    ['<nav>x</nav>', 'navigation'],
    ['<menu><li>x</li></menu>', 'navigation'],
    ['<aside>x</aside>', 'aside'],
    ['<form action="/s">x</form>', 'form'],
    ['<dialog open>x</dialog>', 'dialog'],
    ['<button>Share</button>', 'form'],
    ['<select><option>x</option></select>', 'form'],
    ['<textarea>x</textarea>', 'form'],
    // ARIA roles
    ['<div role="navigation">x</div>', 'navigation'],
    ['<ul role="menubar">x</ul>', 'navigation'],
    ['<div role="banner">x</div>', 'header'],
    ['<div role="contentinfo">x</div>', 'footer'],
    ['<div role="complementary">x</div>', 'aside'],
    ['<div role="search">x</div>', 'navigation'],
    ['<div role="alertdialog">x</div>', 'dialog'],
    ['<div role="toolbar">x</div>', 'share'],
    ['<div role=" Navigation ">x</div>', 'navigation'],
    // class and id words
    ['<div class="site-menu">x</div>', 'navigation'],
    ['<ol class="breadcrumbs">x</ol>', 'navigation'],
    ['<a class="skip-link" href="#main">x</a>', 'navigation'],
    ['<div id="topNavBar">x</div>', 'navigation'],
    ['<div class="masthead">x</div>', 'header'],
    ['<div class="left-sidebar">x</div>', 'aside'],
    ['<div id="page_footer">x</div>', 'footer'],
    ['<div class="post-share_bar">x</div>', 'share'],
    ['<div class="socialLinks">x</div>', 'share'],
    ['<section class="relatedStories">x</section>', 'related'],
    ['<div class="most-popular">x</div>', 'related'],
    ['<div class="read-more">x</div>', 'related'],
    ['<div class="ad-slot">x</div>', 'advertising'],
    ['<div class="topAd">x</div>', 'advertising'],
    ['<div class="sponsored">x</div>', 'advertising'],
    ['<div class="newsletter-signup">x</div>', 'promotion'],
    ['<div class="paywall">x</div>', 'promotion'],
    ['<div id="cookie-banner">x</div>', 'notice'],
    ['<div class="gdpr-consent">x</div>', 'notice'],
    ['<div class="modal">x</div>', 'dialog'],
    ['<div id="comments">x</div>', 'comments'],
    ['<div id="disqus_thread">x</div>', 'comments'],
    ['<ul class="post-tags">x</ul>', 'tags'],
    ['<ul class="tag-list">x</ul>', 'tags'],
    ['<div class="author-bio">x</div>', 'author-box'],
    ['<div class="about-the-author">x</div>', 'author-box'],
    ['<div class="js-lazy share">x</div>', 'share'],
    // hidden by its own markup
    ['<div hidden>x</div>', 'hidden'],
    ['<div aria-hidden="true">x</div>', 'hidden'],
    ['<div aria-hidden=" TRUE ">x</div>', 'hidden'],
    ['<div style="display:none">x</div>', 'hidden'],
    ['<div style="color: red; display : none !important;">x</div>', 'hidden'],
    ['<div style="visibility: hidden">x</div>', 'hidden'],
    // hidden comes first, then the tag, then the role, then the words
    ['<nav hidden>x</nav>', 'hidden'],
    ['<aside role="navigation">x</aside>', 'aside'],
    ['<div role="complementary" class="share">x</div>', 'aside'],
  ])('%s → %s', (html, reason) => {
    expect(chromeReason(first(html))).toBe(reason);
  });

  it.each([
    ['<div>x</div>'],
    ['<p class="lead">x</p>'],
    ['<div class="read">x</div>'],
    ['<div class="shadow-box">x</div>'],
    ['<div class="loading">x</div>'],
    ['<div class="badge">x</div>'],
    ['<div class="subheader-text">x</div>'],
    ['<div class="header-image">x</div>'],
    ['<div class="navy">x</div>'],
    ['<div class="commentary">x</div>'],
    ['<p class="tagline">x</p>'],
    ['<div class="shared-styles">x</div>'],
    ['<div class="sponsorship-disclosure">x</div>'],
    ['<div class="author">x</div>'],
    ['<div class="bio">x</div>'],
    ['<div id="author" class="bio">x</div>'],
    ['<div class="skip">x</div>'],
    ['<div class="more">x</div>'],
    ['<div class="article-body">x</div>'],
    ['<div role="main">x</div>'],
    ['<div role="article">x</div>'],
    ['<article>x</article>'],
    ['<main>x</main>'],
    ['<section>x</section>'],
    // header and footer are chrome only outside the article: not by their own markup
    ['<header>x</header>'],
    ['<footer>x</footer>'],
    ['<div aria-hidden="false">x</div>'],
    ['<div style="display: block">x</div>'],
    ['<div style="display: none-ish">x</div>'],
    ['<div data-hidden="true">x</div>'],
    ['<div itemprop="comment">x</div>'],
  ])('%s → not chrome', (html) => {
    expect(chromeReason(first(html))).toBeNull();
  });

  it.each([
    ['<div hidden class="share">x</div>', 'share'],
    ['<nav style="display:none">x</nav>', 'navigation'],
    ['<div aria-hidden="true">x</div>', null],
  ])('with hidden not asked (a page showing its text by script): %s → %s', (html, reason) => {
    expect(chromeReason(first(html), false)).toBe(reason);
  });
});

describe('isContentElement', () => {
  it.each([
    ['<div itemprop="articleBody">x</div>'],
    ['<div itemprop="text">x</div>'],
    ['<div itemprop=" articleBody  text ">x</div>'],
    ['<div class="article-body">x</div>'],
    ['<div class="articleBody">x</div>'],
    ['<div class="articlebody">x</div>'],
    ['<div class="article__body">x</div>'],
    ['<div class="c-article-content">x</div>'],
    ['<div class="entry-content">x</div>'],
    ['<div class="story-body__inner">x</div>'],
    ['<div class="storyContent">x</div>'],
    ['<div class="post-content">x</div>'],
    ['<div class="post_body">x</div>'],
    ['<div id="main-content">x</div>'],
    ['<div class="body-text">x</div>'],
    ['<div class="wrap" id="article-text">x</div>'],
    // a content word wins over a chrome word on the same element
    ['<div class="entry-content has-sidebar">x</div>'],
  ])('%s is the article body', (html) => {
    expect(isContentElement(first(html))).toBe(true);
  });

  it.each([
    ['<div>x</div>'],
    ['<article>x</article>'],
    ['<main>x</main>'],
    ['<div class="article">x</div>'],
    ['<div class="content">x</div>'],
    ['<div class="body">x</div>'],
    ['<div class="entry">x</div>'],
    ['<div class="article-list">x</div>'],
    ['<div class="content-sidebar">x</div>'],
    // the two words must be in one value, not split across the id and a class
    ['<div id="article" class="body">x</div>'],
    ['<div class="article body">x</div>'],
    ['<div itemprop="headline">x</div>'],
    ['<div itemprop="articleBodyText">x</div>'],
    ['<div class="x" itemprop="author">x</div>'],
  ])('%s is not', (html) => {
    expect(isContentElement(first(html))).toBe(false);
  });
});

describe('proseMass', () => {
  const sentence = 'The river rose overnight and flooded the old city, residents said.';
  const nonSpace = (s: string): number => s.replace(/\s/g, '').length;

  it.each([
    ['a long paragraph', `<p>${sentence}</p>`, nonSpace(sentence)],
    ['60 characters without a full stop', `<p>${'word '.repeat(15)}</p>`, 60],
    ['a short sentence (25 characters and a full stop)', '<p>Water reached the market streets.</p>', 29],
    ['a short question', '<p>Will the dam hold this time round?</p>', nonSpace('Will the dam hold this time round?')],
    ['a sentence closed inside quotes', '<p>"The dam will hold," she said. "Go home."</p>', nonSpace('"The dam will hold," she said. "Go home."')],
    [
      'a sentence with a link in it',
      '<p>The river <a href="/r">rose overnight</a> and flooded the old city, residents said.</p>',
      nonSpace('The river and flooded the old city, residents said.'),
    ],
  ])('%s counts its characters outside links in full', (_, html, mass) => {
    expect(proseMass(only(html))).toBe(mass);
  });

  it.each([
    ['a label', '<p>Photo: AFP</p>'],
    ['a 56-character line that ends in a link', `<p>${sentence} <a href="/x">More</a></p>`],
    ['a date line', '<p>Monday 3 June 2019, 10:42</p>'],
    ['a 30-character line without a full stop', '<p>Officials said the dam holds</p>'],
  ])('%s counts less than its characters, but something', (_, html) => {
    const block = only(html);
    const mass = proseMass(block);
    expect(mass).toBeGreaterThan(0);
    expect(mass).toBeLessThan(block.html!.chars / 2);
  });

  it.each([
    ['a link', `<p><a href="/x">${sentence}</a></p>`],
    ['mostly links', `<li><a href="/a">World news today</a> <a href="/b">Sport results</a> and</li>`],
    ['a text block (no page)', null],
  ])('%s counts nothing', (_, html) => {
    const block = html === null ? textBlocks(sentence)[0]! : only(html);
    expect(proseMass(block)).toBe(0);
  });
});
