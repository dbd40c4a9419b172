import { describe, expect, it } from 'vitest';
import { bylineNames, htmlBylineParser, parseArticle, runParser } from '../../src/index.js';

const PROSE =
  '<p>The library on Mill Street will stay open until nine on weekdays from March, the trustees decided at their meeting on Thursday night.</p>' +
  '<p>The longer hours are paid for by a grant from the county, which the trustees said would cover two more librarians for three years.</p>' +
  '<p>Students had asked for a quiet place to work in the evenings, and the reading room upstairs will be kept for them after six o’clock.</p>';

/** A made-up page: `head` inside <head>, `header` between the headline and the prose. */
function page(head: string, header = ''): string {
  return `<!doctype html><html lang="en"><head><title>Library opens late</title>${head}</head><body><article><h1>Library opens late</h1>${header}${PROSE}</article></body></html>`;
}
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
const URL = 'https://millstreet.example/library-opens-late';

describe('authors from the page', () => {
  it('a byline that names a person comes before an Organization as the JSON-LD author', () => {
    const head = ld('{"@type":"NewsArticle","author":{"@type":"NewsMediaOrganization","name":"Mill Street Times"}}');
    const a = parseArticle(page(head, '<p class="byline">By Rosa Tamm</p>'), { url: URL });
    expect(a.authors).toEqual(['Rosa Tamm']);
  });

  it('an Organization stays the author when nothing names a person', () => {
    const head = ld('{"@type":"NewsArticle","author":{"@type":"Organization","name":"Mill Street Times"}}');
    expect(parseArticle(page(head), { url: URL }).authors).toEqual(['Mill Street Times']);
  });

  it('a meta author that is only the site name gives way to a byline', () => {
    const head = '<meta property="og:site_name" content="Mill Street Times"><meta name="author" content="Mill Street Times">';
    expect(parseArticle(page(head, '<p class="byline">By Rosa Tamm</p>'), { url: URL }).authors).toEqual(['Rosa Tamm']);
  });

  it.each([
    ['millstreettimes', '<p class="byline">By Rosa Tamm</p>', ['Rosa Tamm']],
    ['@MillStreetTimes', '', []],
    ['Rosa Tamm', '', ['Rosa Tamm']],
  ])('twitter:creator %j is a name only when it has a space (a handle has none)', (creator, header, want) => {
    expect(parseArticle(page(`<meta name="twitter:creator" content="${creator}">`, header), { url: URL }).authors).toEqual(want);
  });

  const card = (label: string, data: string, n = '1', m = n) => `<meta name="twitter:label${n}" content="${label}"><meta name="twitter:data${m}" content="${data}">`;
  it.each([
    ['a "Written by" card', card('Written by', 'Mira Solheim'), '', ['Mira Solheim']],
    ['a second card pair with two names', card('Est. reading time', '4 minutes') + card('Written by', 'Mira Solheim, Teodor Lund', '2'), '', ['Mira Solheim', 'Teodor Lund']],
    ['a byline on the page before the card', card('Written by', 'Teodor Lund'), '<p class="byline">By Mira Solheim</p>', ['Mira Solheim']],
    ['a reading time card', card('Est. reading time', '4 minutes'), '', []],
    ['a display name of one word', card('Written by', 'Mira'), '', []],
    ['a label and data of different pairs', card('Written by', 'Mira Solheim', '1', '2'), '', []],
    ['data without a label', '<meta name="twitter:data1" content="Mira Solheim">', '', []],
  ])('a Twitter card names the author: %s', (_, head, header, want) => {
    expect(parseArticle(page(head, header), { url: URL }).authors).toEqual(want);
  });

  it('reads every citation_author, each "Last, First" as "First Last"', () => {
    const head = ['Tamm, Rosa', 'Varga, Peter J.', 'Ines Okafor'].map((n) => `<meta name="citation_author" content="${n}">`).join('');
    expect(parseArticle(page(head), { url: URL }).authors).toEqual(['Rosa Tamm', 'Peter J. Varga', 'Ines Okafor']);
  });

  it('keeps a plain author value with a comma as a list of names', () => {
    const head = '<meta name="author" content="Rosa Tamm, Peter Varga">';
    expect(parseArticle(page(head), { url: URL }).authors).toEqual(['Rosa Tamm', 'Peter Varga']);
  });

  it.each([['By Rosa Tamm | Sat'], ['By Rosa Tamm, Dec'], ['By Rosa Tamm and Thu']])('%j names only the person', (line) => {
    expect(bylineNames(line)).toEqual(['Rosa Tamm']);
  });

  it.each([
    ['By Personal finance', []],
    ['By Topics covered', []],
    ['By Anna van der Berg and Omar bin Said', ['Anna van der Berg', 'Omar bin Said']],
    ['By Maria de la Cruz', ['Maria de la Cruz']],
    ['By J. R. Tamm', ['J. R. Tamm']],
  ])('%j: every word of a name is capitalised or a particle', (line, want) => {
    expect(bylineNames(line)).toEqual(want);
  });

  it.each([
    ['a byline written as text in the header', '<p>By Rosa Tamm · March 3, 2024 · 4 min read</p>', '', ['Rosa Tamm']],
    ['a label alone, the name in the next line', '<div><p>Written by</p><p>Rosa Tamm</p></div>', '', ['Rosa Tamm']],
    ['an "Author:" line after the article', '', '<p>Author: Rosa Tamm</p>', ['Rosa Tamm']],
  ])('%s', (_, header, after, want) => {
    const html = page('', header).replace('</article>', `${after}</article>`);
    expect(parseArticle(html, { url: URL }).authors).toEqual(want);
  });

  it('reads no byline from a short line after the article that starts with a bare "By"', () => {
    const html = page('').replace('</article>', '<p>By Sunday the hall was full</p></article>');
    expect(runParser(htmlBylineParser, html, { url: URL, format: 'html' })).toEqual([]);
  });

  it.each([
    // A link to an author's page.
    ['a link to an author page', '<p class="meta"><a href="https://millstreet.example/news/author/rosa-tamm/">Rosa Tamm</a> · March 3, 2024</p>', ['Rosa Tamm']],
    ['two links to author pages', '<div><a href="/authors/rosa-tamm">Rosa Tamm</a> and <a href="/authors/peter-varga?ref=top">Peter Varga</a></div>', ['Rosa Tamm', 'Peter Varga']],
    ['a link to a contributor page', '<span><a href="/contributors/ines-okafor">Ines Okafor</a></span>', ['Ines Okafor']],
    ['a link to a team member page', '<div>Dec 14, 2025 / <a href="/team/teodor-lund">Teodor Lund</a></div>', ['Teodor Lund']],
    ['an author link with the date glued on', '<div><a href="/blog/author/rosa/">Rosa Tamm</a><span>4/2/2024</span></div>', ['Rosa Tamm']],
    ['an author link before a role', '<div>By <a href="/author/rosa/">Rosa Tamm</a> ⋅ Senior Editor and Co-Founder ⋅ Updated May 6, 2024</div>', ['Rosa Tamm']],
    // A date line.
    ['"by" after a labelled date', '<p>Published April 2, 2024 by Rosa Tamm</p>', ['Rosa Tamm']],
    ['"by" after a numeric date', '<p>04/02/2024 by Rosa Tamm, Staff Writer</p>', ['Rosa Tamm']],
    ['a "By" part after the reading time', '<p>April 2, 2024 · 5 min read · By Peter Varga</p>', ['Peter Varga']],
    ['a name part before a role and the date', '<p>Rosa Tamm | Library Correspondent | April 2, 2024</p>', ['Rosa Tamm']],
    ['a name part after the date, then its section', '<p>Apr 2, 2024 • Ines Okafor in <a href="/local">Local News</a></p>', ['Ines Okafor']],
    ['the date and the name in one part of a byline element', '<div class="meta-date-author">Apr 2, 2024 Ines Okafor</div>', ['Ines Okafor']],
    // A byline element's own lead; a lead glued to the name by its colon.
    ['"Written By" in the byline element', '<div class="post-author">Written By Teodor Lund</div>', ['Teodor Lund']],
    ['"Written by:" in the byline element', '<span class="author-meta">Written by: Teodor Lund</span>', ['Teodor Lund']],
    ['an "Authors:" label in the byline element', '<p class="article-authors">Authors: Mira Solheim and Teodor Lund</p>', ['Mira Solheim', 'Teodor Lund']],
    ['a plain name in the byline element', '<p class="author-name">Mira Solheim</p>', ['Mira Solheim']],
    ['a lead glued to the name by its colon', '<p>Written by:Mira Solheim</p>', ['Mira Solheim']],
    ['an "Authors:" label glued to the names', '<p>Authors:Mira Solheim, Teodor Lund</p>', ['Mira Solheim', 'Teodor Lund']],
    ['a glued "By:"', '<p>By:Teodor Lund | May 4, 2024</p>', ['Teodor Lund']],
    // The side column and the share bar.
    ['a rel=author link in the side column', '<aside><address><a rel="author" href="/profile/mira-solheim">Mira Solheim</a></address></aside>', ['Mira Solheim']],
    ['a byline element that is an aside', '<aside class="post-author">Teodor Lund</aside>', ['Teodor Lund']],
    ['a byline element in the share bar', '<div class="share-bar"><p class="author-name">Mira Solheim</p><a href="#share">Share</a></div>', ['Mira Solheim']],
  ])('the header names the author: %s', (_, header, want) => {
    expect(parseArticle(page('', header), { url: URL }).authors).toEqual(want);
  });

  it.each([
    ['a link to an author page whose text is no name', '<p><a href="/author/rosa-tamm/">View all posts</a></p>'],
    ['a link to the author index itself', '<p><a href="/authors/">Our Writers</a></p>'],
    ['a link to the team page itself', '<p><a href="/team/">Meet Our Team</a></p>'],
    ['a section before the date', '<p>Local News April 2, 2024</p>'],
    ['a label before the date, a linked section after it', '<p>Last Modified: April 2, 2024 | <a href="/local">Local News</a></p>'],
    ['a linked section after the date', '<p>Apr 2, 2024 • <a href="/topics/city-hall">City Hall</a></p>'],
    ['a one-word category', '<p>Libraries · April 2, 2024</p>'],
    ['a reviewer in the date line', '<p>April 2, 2024 · Medically reviewed by Ines Okafor, MD</p>'],
    ['a fact-checker in the date line', '<p>Updated April 2, 2024 | Fact-checked by Peter Varga</p>'],
    ['a linked section beside the date line', '<p><a href="/local">Local News</a></p><p>April 2, 2024</p>'],
    ['a kicker with a word of the headline beside the date line', '<p>Library Hours</p><p>April 2, 2024</p>'],
    ['a name alone with no date beside it', '<p>Ines Okafor</p><p>Reading time: four minutes</p>'],
    // Two to four capitalised words beside a date are as often a section, a place or a button as a name.
    ['a name alone above the date line, with no bio', '<p>Ines Okafor</p><p>April 2, 2024 · 4 min read</p>'],
    ['a topic above the date line', '<p>Climate Change</p><p>April 2, 2024</p>'],
    ['a button below the date', '<ul><li>April 2, 2024</li><li>Share This</li></ul>'],
    ['a place and the date', '<p>New York | April 2, 2024</p>'],
    ['a section and the date', '<p>Local Government | April 2, 2024</p>'],
    ['a photo credit in the date line', '<p>April 2, 2024 | Photo by Ines Okafor</p>'],
    ['an editor in the date line', '<p>April 2, 2024 · Edited by Peter Varga</p>'],
    ['a sponsor in the date line', '<p>April 2, 2024 | Sponsored by Mill Street Bank</p>'],
    // Credits in a byline element, glued leads that credit nobody, the side column's other people.
    ['a reviewer in a byline element', '<p class="byline-reviewer">Reviewed by Mira Solheim</p>'],
    ['a photo credit in a byline element', '<p class="byline-photo">Photo by Teodor Lund</p>'],
    ['a photo credit in the byline', '<p class="byline">Photo by Teodor Lund</p>'],
    ['an editor in the byline', '<p class="byline">Edited by Mira Solheim</p>'],
    ['a medical reviewer in the byline', '<p class="byline">Medically reviewed by Mira Solheim, MD</p>'],
    ['a reviewer glued to the colon', '<p>Reviewed by:Mira Solheim</p>'],
    ['a sort control', '<p>Sort by:Newest</p>'],
    ['a glued colon before a word that is no name', '<p>Written by:our newsroom</p>'],
    ['a comment author in the side column', '<aside><p class="comment-author">Teodor Lund</p></aside>'],
    ['a share button with an author class', '<div class="share-bar"><span class="author-share">Share this</span></div>'],
    ['a photo credit in the side column', '<aside><p class="byline">Photo by Teodor Lund</p></aside>'],
  ])('the header names nobody: %s', (_, header) => {
    expect(parseArticle(page('', header), { url: URL }).authors).toEqual([]);
  });

  it.each([
    ['a heading, then the name', '<p>About the author</p><p>Rosa Tamm</p><p>Rosa Tamm writes about schools and libraries for the paper.</p>', ['Rosa Tamm']],
    ['the name alone, then the bio', '<p>Peter Varga</p><p>Peter Varga covers the county council and its budget.</p>', ['Peter Varga']],
    ['a sentence that says who wrote the post', '<p>This post was written by Ines Okafor, our education editor.</p>', ['Ines Okafor']],
    ['a label before the name', '<p>About Ines Okafor</p><p>More stories</p>', ['Ines Okafor']],
  ])('an author box after the article names the author: %s', (_, box, want) => {
    const html = page('').replace('</article>', `</article><div class="author-bio">${box}</div>`);
    expect(parseArticle(html, { url: URL }).authors).toEqual(want);
  });

  it.each([
    ['a label and a name', '<aside><h3>Published</h3><p>April 2, 2024</p><h3>Author</h3><p>Mira Solheim</p><h3>Topics</h3><p>Garden Tools</p></aside>', ['Mira Solheim']],
    [
      'a list of linked names',
      '<aside><h6>Author(s)</h6><ul><li><a href="/library?author=Mira+Solheim">Mira Solheim</a></li><li><a href="/library?author=Teodor+Lund">Teodor Lund</a></li></ul><a class="btn" href="/report.pdf">Download the report</a></aside>',
      ['Mira Solheim', 'Teodor Lund'],
    ],
    [
      'initials, names and roles',
      '<aside><div class="label">Author</div><div class="avatar">MS</div><div class="name">Mira Solheim</div><div class="role">Staff Engineer, Seed Bank</div><div class="avatar">TL</div><div class="name">Teodor Lund</div><div class="role">Director of Research</div></aside>',
      ['Mira Solheim', 'Teodor Lund'],
    ],
    ['a "Written by" label', '<aside><p>Written by</p><p><a href="/people/teodor">Teodor Lund</a></p><div>I started this garden blog because I love beans and everything about growing them.</div></aside>', ['Teodor Lund']],
    ['a label in the comments', '<div class="comments"><h4>Author</h4><p>Mira Solheim</p><p>Lovely read, thank you.</p></div>', []],
    ['a label before a heading', '<aside><h3>Author</h3><h3>Related Stories</h3><p>Teodor Lund</p></aside>', []],
    ['a label before a sentence', '<aside><p>Author</p><p>we asked readers what they think of the plan.</p></aside>', []],
    ['a photographer', '<aside><h3>Photographer</h3><p>Teodor Lund</p></aside>', []],
    ['one word after the label', '<aside><h3>Author</h3><p>Gardening</p></aside>', []],
    ['a label before a teaser list', '<p>Written by</p><div class="related-posts"><p>Teodor Lund</p><p>Beans in winter</p></div>', []],
    ['a menu item', '<nav><a href="/authors">Authors</a></nav><p>Mira Solheim</p>', []],
  ])("a sidebar of the article's facts names the author: %s", (_, after, want) => {
    const html = page('').replace('</article>', `</article>${after}`);
    expect(parseArticle(html, { url: URL }).authors).toEqual(want);
  });

  it('an author box gives way to the byline of the article', () => {
    const html = page('', '<p class="byline">By Rosa Tamm</p>').replace('</article>', '</article><div class="author-box"><p>Peter Varga</p></div>');
    expect(parseArticle(html, { url: URL }).authors).toEqual(['Rosa Tamm']);
  });

  it('reads the byline below a long deck in the article header', () => {
    const deck =
      'The trustees voted on Thursday to keep the Mill Street library open until nine on weekdays, paid for by a county grant that covers two more librarians for three years, after students asked for a quiet place to work.';
    const html = `<!doctype html><html lang="en"><head><title>Library opens late</title></head><body><div class="hero"><h1>Library opens late</h1><p>${deck}</p><p>By</p><p>Rosa Tamm</p></div><div class="article-body">${PROSE}</div></body></html>`;
    expect(parseArticle(html, { url: URL }).authors).toEqual(['Rosa Tamm']);
  });

  it("reads no author from the masthead above the day's date, the page's first line", () => {
    const html = page('').replace('<body>', '<body><p>Mill Street Times</p><p>Tuesday, April 2, 2024</p>');
    expect(parseArticle(html, { url: URL }).authors).toEqual([]);
  });

  it.each([
    ['just after the article', '<footer class="entry-meta"><p>Posted by <a rel="author" href="/people/rosa">Rosa Tamm</a></p></footer>', ['Rosa Tamm']],
    ['after three other lines', '<div><p>Share this story</p><p>Print</p><p>Email</p><p><a rel="author" href="/people/rosa">Rosa Tamm</a></p></div>', []],
  ])('a rel=author link after the article is read only in its footer: %s', (_, after, want) => {
    const html = page('').replace('</article>', `</article>${after}`);
    expect(parseArticle(html, { url: URL }).authors).toEqual(want);
  });

  it.each([
    ['a bio after the article introduces the name', '<p>Ines Okafor</p>', '<p>Ines Okafor is a reporter who has covered the county for ten years.</p>', ['Ines Okafor']],
    ['a sentence about a place is no bio', '<p>Riverside Park</p>', '<p>Riverside Park is home to the county’s oldest oak.</p>', []],
    ['a sentence about a product is no bio', '<p>Reading Room</p>', '<p>Reading Room has a quiet hour every evening.</p>', []],
    // Beside the date line, and shown again as a line by itself (an author card's heading).
    ['beside the date, repeated by an author card', '<p>Ines Okafor</p><p>April 2, 2024 · 4 min read</p>', '<div class="card"><h4>Ines Okafor</h4><p>Reporter since 2019.</p></div>', ['Ines Okafor']],
    ['a role between it and the date', '<p>Teodor Lund</p><p>Garden Editor</p><p>April 2, 2024</p>', '<div class="card"><h5>Teodor Lund</h5><p>Grows beans.</p></div>', ['Teodor Lund']],
    ['beside the date, repeated only as a tag link', '<p>Climate Change</p><p>April 2, 2024</p>', '<p><a href="/tag/climate-change">Climate Change</a></p>', []],
    ['beside the date, repeated only in a comment', '<p>Mira Solheim</p><p>April 2, 2024</p>', '<div class="comments"><p>Mira Solheim</p><p>Lovely read, thank you.</p></div>', []],
    ['repeated but with no date beside it', '<p>Mira Solheim</p><p>Reading time: four minutes</p>', '<div class="card"><h4>Mira Solheim</h4></div>', []],
  ])('a name alone in the header: %s', (_, header, after, want) => {
    const html = page('', header).replace('</article>', `${after}</article>`);
    expect(parseArticle(html, { url: URL }).authors).toEqual(want);
  });

  it.each([
    ['an author card after the article', '<div class="card"><h4>Ines Okafor</h4><p>Reporter since 2019.</p></div>', ['Ines Okafor']],
    ['a tag link after the article', '<div><a href="/tag/ines-okafor">Ines Okafor</a></div>', []],
  ])('a name alone beside the date line, shown again in %s', (_, after, want) => {
    const html = page('', '<p>Ines Okafor</p><p>April 2, 2024</p>').replace('</article>', `</article>${after}`);
    expect(parseArticle(html, { url: URL }).authors).toEqual(want);
  });
});

describe('the names of a byline element', () => {
  it.each([
    // The names end where the element does: the publication in the next span is not part of them.
    ['the element ends before the publication', '<div class="attribution"><span class="author">Rosa Tamm</span> <span class="publication">Wire Service Daily</span></div>', ['Rosa Tamm']],
    ['the element ends before the role', '<p><span class="author-name">Ines Okafor</span> Former Deputy Editor</p>', ['Ines Okafor']],
    // …unless the line goes on with another name.
    ['one element per name', '<p>By <span class="author">Rosa Tamm</span> and <span class="author">Ines Okafor</span> · Wire Service Daily</p>', ['Rosa Tamm', 'Ines Okafor']],
    // An element that holds only the label reads on into the line.
    ['the element holds only its label', '<p><span class="byline">By</span> <a href="/people/rosa">Rosa Tamm</a></p>', ['Rosa Tamm']],
    ['the element holds the whole byline', '<p class="byline">By Rosa Tamm and Ines Okafor | April 2, 2024</p>', ['Rosa Tamm', 'Ines Okafor']],
  ])('%s', (_, header, want) => {
    expect(parseArticle(page('', header), { url: URL }).authors).toEqual(want);
  });
});

describe('the byline line as a credit', () => {
  const credits = (html: string) => parseArticle(html, { url: URL }).credits;

  it.each([
    // The line as written, with the credentials and role the names leave out, wherever the structure put it.
    ['a byline element in the side column', '<aside><span class="author-name">Rosa Tamm, MS, RD</span></aside>', 'Rosa Tamm, MS, RD'],
    ['a byline element in the article', '<div class="author-name">Ines Okafor, Senior Writer</div>', 'Ines Okafor, Senior Writer'],
    ['a share bar that holds the byline', '<div class="share-bar"><p class="byline">By Teodor Lund | The Mill Street Times</p></div>', 'By Teodor Lund | The Mill Street Times'],
  ])('%s is a credit, not chrome or body', (_, header, line) => {
    const a = parseArticle(page('', header), { url: URL });
    expect(a.credits).toEqual([{ text: line, role: 'author' }]);
    expect(a.body.join(' ')).not.toContain(line);
    expect(a.cruft.map((c) => c.text)).not.toContain(line);
  });

  it('an author box after the article gives its name line as the credit', () => {
    const html = page('').replace('</article>', '</article><div class="author-bio"><p>About the author</p><p>Mira Solheim (Content Manager)</p><p>Mira writes about libraries.</p></div>');
    expect(credits(html)).toEqual([{ text: 'Mira Solheim (Content Manager)', role: 'author' }]);
  });

  it.each([
    // The JSON-LD names someone else: the byline's reading lost, so its line stays as the structure left it.
    ['the metadata names another person', ld('{"@type":"NewsArticle","author":{"@type":"Person","name":"Peter Varga"}}'), []],
    // The same person, written longer on the page: the line is the credit.
    ['the metadata names the same person', ld('{"@type":"NewsArticle","author":{"@type":"Person","name":"Rosa Tamm"}}'), [{ text: 'Dr. Rosa Tamm, MD', role: 'author' }]],
  ])('a byline element in the side column when %s', (_, head, want) => {
    expect(credits(page(head, '<aside><span class="author-name">Dr. Rosa Tamm, MD</span></aside>'))).toEqual(want);
  });

  it('a sentence that holds a byline element stays prose', () => {
    const sentence = 'Our reporter Rosa Tamm spent a week in the flooded city and came back with notes.';
    const a = parseArticle(page('', `<p>${sentence.replace('Rosa Tamm', '<span class="author">Rosa Tamm</span>')}</p>`), { url: URL });
    expect(a.credits).toEqual([]);
    expect(a.body).toContain(sentence);
  });

  it('a byline element inside the headline leaves the headline the title', () => {
    const html = page('', '').replace('<h1>Library opens late</h1>', '<h1><span class="author">Rosa Tamm</span>: my year in the library</h1>');
    const a = parseArticle(html.replace('<title>Library opens late</title>', '<title>Rosa Tamm: my year in the library</title>'), { url: URL });
    expect(a.title).toBe('Rosa Tamm: my year in the library');
    expect(a.credits).toEqual([]);
  });

  it("a sidebar of the article's facts gives each name line as a credit", () => {
    const html = page('').replace('</article>', '</article><aside><p>Author</p><p><a href="/people/mira">Mira Solheim</a></p><p><a href="/people/teodor">Teodor Lund</a></p></aside>');
    const a = parseArticle(html, { url: URL });
    expect(a.authors).toEqual(['Mira Solheim', 'Teodor Lund']);
    expect(a.credits.map((c) => c.text)).toEqual(['Mira Solheim', 'Teodor Lund']);
  });

  it.each([
    // A name inside another word is no shared person: the JSON-LD's "Ann" is not in "Joanna Lund".
    ['Ann', []],
    ['Joanna Lund', [{ text: 'Joanna Lund, Senior Editor', role: 'author' }]],
  ])('a side column byline agrees with a JSON-LD author %j only by whole words', (name, want) => {
    const head = ld(`{"@type":"NewsArticle","author":{"@type":"Person","name":"${name}"}}`);
    expect(parseArticle(page(head, '<aside><span class="author-name">Joanna Lund, Senior Editor</span></aside>'), { url: URL }).credits).toEqual(want);
  });

  it('a long paragraph that names its author stays prose', () => {
    const long = 'Written by Rosa Tamm, who has covered the county library board for ten years and sat through every one of its budget meetings since the grant was first proposed by the trustees in the spring.';
    const a = parseArticle(page('', `<p class="byline">${long}</p>`), { url: URL });
    expect(a.credits).toEqual([]);
    expect(a.authors).toEqual(['Rosa Tamm']);
  });

  describe("the metadata's author as the page shows the name", () => {
    const person = (name: string) => ld(`{"@type":"NewsArticle","author":{"@type":"Person","name":"${name}"}}`);

    it.each([
      // A line that is only the author's name with credentials, in no byline element: the page's author box, a profile card.
      ['with credentials, above the article', 'Rosa Tamm', '<div class="profile-card"><span>Rosa Tamm, RN, MPH</span></div>', 'before'],
      ['with a lead, in the article', 'Rosa Tamm', '<p>By Rosa Tamm</p>', 'header'],
      ['after the article', 'Ines Okafor', '<div class="bio"><p>Ines Okafor, PhD</p></div>', 'after'],
    ])('%s is a credit', (_, name, line, where) => {
      const base = page(person(name), where === 'header' ? line : '');
      const html = where === 'before' ? base.replace('<article>', `${line}<article>`) : where === 'after' ? base.replace('</article>', `</article>${line}`) : base;
      const text = line.replace(/<[^>]+>/g, '');
      const a = parseArticle(html, { url: URL });
      expect(a.credits).toEqual([{ text, role: 'author' }]);
      expect(a.body.join(' ')).not.toContain(text);
      expect(a.cruft.map((c) => c.text)).not.toContain(text);
    });

    it.each([
      // The line names someone else too, or only a part of the name, or the name inside a sentence.
      ['another person beside the author', 'Rosa Tamm', '<p>Rosa Tamm and Peter Varga</p>'],
      ['the given name alone', 'Rosa Tamm', '<p>Rosa</p>'],
      ['a longer name that holds the author\'s', 'Rosa Tamm', '<p>Rosa Tamm-Varga</p>'],
      ['a sentence that starts with the name', 'Rosa Tamm', '<p>Rosa Tamm has covered the county library board for ten years and sat through every meeting.</p>'],
      // A one-word name is too likely a logo or a label: "Pangea" in the header is the site's.
      ['a one-word author', 'Pangea', '<p>Pangea</p>'],
    ])('%s is no credit', (_, name, line) => {
      const html = page(person(name)).replace('<article>', `<div class="masthead">${line}</div><article>`);
      expect(parseArticle(html, { url: URL }).credits).toEqual([]);
    });

    it.each([
      // After the name, a lower-case word makes the line prose.
      ['a caption-like sentence', '<p>Rosa Tamm, left, spoke at the library on Monday.</p>'],
      ['a short bio', '<p>Rosa Tamm, a nurse, lives in Wendford.</p>'],
    ])('%s in the article is no credit and stays body', (_, line) => {
      const html = page(person('Rosa Tamm'), line);
      const a = parseArticle(html, { url: URL });
      expect(a.credits).toEqual([]);
      expect(a.body).toContain(line.replace(/<[^>]+>/g, ''));
    });

    it.each([
      ['a reader comment', '<div class="comments"><p>Rosa Tamm</p><p>Thanks for reading, everyone, and see you at the library.</p></div>', 'comments'],
      ['hidden text', '<div hidden><p>Rosa Tamm</p></div>', 'hidden'],
    ])('%s is never taken', (_, after, reason) => {
      const html = page(person('Rosa Tamm')).replace('</article>', `</article>${after}`);
      const a = parseArticle(html, { url: URL });
      expect(a.credits).toEqual([]);
      expect(a.cruft.find((c) => c.text === 'Rosa Tamm')?.reason).toBe(reason);
    });

    it("a menu far below the headline is not the author's line", () => {
      const teasers = Array.from({ length: 8 }, (_, i) => `<li><a href="/s/${i}">Another story number ${i}</a></li>`).join('');
      const html = page(person('Rosa Tamm')).replace('</article>', `</article><ul class="related">${teasers}<li><a href="/people/rosa">Rosa Tamm</a></li></ul>`);
      expect(parseArticle(html, { url: URL }).credits).toEqual([]);
    });

    it("the site's own name as the author gives no credit line", () => {
      const head = '<meta property="og:site_name" content="Mill Street Times"><meta name="author" content="Mill Street Times">';
      const html = page(head).replace('<article>', '<div class="masthead"><p>Mill Street Times</p></div><article>');
      expect(parseArticle(html, { url: URL }).credits).toEqual([]);
    });

    it("a byline element that names someone else loses, and the metadata's author's own line is the credit", () => {
      const html = page(person('Rosa Tamm'), '<aside><span class="author-name">Peter Varga, MD</span></aside>').replace('</article>', '</article><div class="bio"><p>Rosa Tamm, PhD</p></div>');
      expect(parseArticle(html, { url: URL }).credits).toEqual([{ text: 'Rosa Tamm, PhD', role: 'author' }]);
    });

    it('a second author the byline element leaves out is credited by their own line', () => {
      const two = ld('{"@type":"NewsArticle","author":[{"@type":"Person","name":"Rosa Tamm"},{"@type":"Person","name":"Ines Okafor"}]}');
      const html = page(two, '<p class="byline">By Rosa Tamm</p>').replace('</article>', '</article><div class="bio"><p>Ines Okafor, RN</p></div>');
      expect(parseArticle(html, { url: URL }).credits.map((c) => c.text)).toEqual(['By Rosa Tamm', 'Ines Okafor, RN']);
    });

    it("a one-word byline reading does not stand for a second author with that given name", () => {
      const two = ld('{"@type":"NewsArticle","author":[{"@type":"Person","name":"Rosa"},{"@type":"Person","name":"Rosa Lind"}]}');
      const html = page(two, '<p class="byline">By Rosa</p>').replace('</article>', '</article><div class="bio"><p>Rosa Lind, RN</p></div>');
      expect(parseArticle(html, { url: URL }).credits.map((c) => c.text)).toContain('Rosa Lind, RN');
    });

    it('an Organization author gives no credit line (its name is the logo)', () => {
      const head = ld('{"@type":"NewsArticle","author":{"@type":"Organization","name":"Mill Street Times"}}');
      const html = page(head).replace('<article>', '<div class="masthead"><p>Mill Street Times</p></div><article>');
      expect(parseArticle(html, { url: URL }).credits).toEqual([]);
    });

    it('the line nearest the headline is the one taken', () => {
      const html = page(person('Rosa Tamm'))
        .replace('<article>', '<div class="top"><p>Rosa Tamm</p></div><article>')
        .replace('</h1>', '</h1><p class="meta-line">Rosa Tamm, MD</p>');
      expect(parseArticle(html, { url: URL }).credits).toEqual([{ text: 'Rosa Tamm, MD', role: 'author' }]);
    });
  });

  it('the names of a byline line are its reading, weighed against the metadata, not read from the line again', () => {
    const head = ld('{"@type":"NewsArticle","author":{"@type":"Person","name":"Rosa Tamm"}}');
    const a = parseArticle(page(head, '<aside><span class="author-name">By Rosa Tamm Executive Editor, Master Gardener</span></aside>'), { url: URL });
    expect(a.credits.map((c) => c.text)).toEqual(['By Rosa Tamm Executive Editor, Master Gardener']);
    expect(a.authors).toEqual(['Rosa Tamm']);
  });
});
