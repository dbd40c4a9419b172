import { bylineNames } from '../parsers/authors.js';
import { claimBlock } from '../parsers/claim.js';
import { CONFIDENCE } from '../parsers/confidence.js';
import { words } from '../slug.js';
import type { AnyClaim, PageContext, Resolver } from '../types.js';
import { HTML_BYLINE } from './byline-parser.js';
import { ORGANIZATION_AUTHOR } from './json-ld-parser.js';
import { HTML_CHROME } from './chrome-parser.js';
import { chosenAuthors } from './metadata-resolver.js';

/** A name's words, lower-cased, between spaces: " dr jane doe ". */
const spaced = (name: string): string => ` ${words(name).join(' ')} `;

/** Whether two lists of names share a person: the same words, or one's words inside the other's ("Dr. Jane Doe", "Jane Doe"; not "Ann" in "Joanna"). */
function shareName(a: readonly string[], b: readonly string[]): boolean {
  const x = a.map(spaced);
  return b.some((n) => {
    const y = spaced(n);
    return y.trim() !== '' && x.some((m) => m.includes(y) || y.includes(m));
  });
}

/** The names of an `authors` metadata claim. */
const names = (c: AnyClaim | undefined): string[] => (c?.kind === 'metadata' && 'list' in c.value ? c.value.list : []);

/** A line that is an author's name as the page shows it has at most this many words ("Jane Doe, MS, RD, CDCES"). */
const MAX_NAME_LINE_WORDS = 12;

/** The resolver's name, for the credit it claims. */
const NAME = 'byline-credit';

/**
 * The metadata's authors as the page shows them: the short line nearest the headline that
 * names only them, with or without a lead ("Jane Doe, MS, RD", "By Jane Doe"), claimed as a
 * `credit` in place of what claimed it before (the structure's cut, or body text).
 */
function withNameLine(claims: AnyClaim[], page: PageContext, authors: readonly string[]): AnyClaim[] {
  // A person's name as written: a one-word name ("Ben", a brand) is too likely a logo or a label.
  const wanted = new Set(authors.filter((a) => words(a).length >= 2).map(spaced));
  if (wanted.size === 0) return claims;
  // Blocks from the headline, a line below it before one as far above.
  const distance = (b: number): number => (b < page.headline ? page.headline - b + 0.5 : b - page.headline);
  let best = -1;
  page.blocks.forEach((block, b) => {
    if (b === page.headline || block.words > MAX_NAME_LINE_WORDS) return;
    if (best >= 0 && distance(b) >= distance(best)) return;
    const text = block.value;
    const read = /^by\b/i.test(text) ? bylineNames(text) : authors.some((a) => text.startsWith(a)) ? bylineNames(`By ${text}`) : [];
    if (read.length > 0 && read.every((n) => wanted.has(spaced(n)))) best = b;
  });
  if (best < 0) return claims;
  const block = page.blocks[best]!;
  const line = claimBlock(block, 'credit', { text: block.value, role: 'author' }, CONFIDENCE.good, NAME);
  return [...claims.filter((c) => !(c.start === block.start && c.end === block.end && (c.kind === 'cruft' || c.kind === 'body'))), line];
}

/**
 * A byline's line is a credit, as written ("Jane Doe, MS, RD"), when it names the article's
 * authors: the line the `html-byline` parser read names from stands as a `credit` (role
 * `author`) in place of the `html-chrome` cut of the same block (an author box, the article's
 * side column or share bar, the page's header), when those names are, or share a person
 * with, the authors the page's metadata chooses (see {@link chosenAuthors}). A line whose
 * reading lost to other metadata ("Stacey", a teaser's author) stays as it was. When the page
 * has no byline the parser read and the metadata names a person, the short line nearest the
 * headline that names only that person (two words or more, with or without a lead, and
 * credentials: "Rosa Tamm, RN, MPH") is the credit, in place of the cut or body text that held
 * it. Runs before `overlaps`.
 *
 * @example
 * const page = '<article><h1>Floods in Mosul</h1><aside><span class="author-name">Jane Doe, MS, RD</span></aside><p>Water rose in the old city overnight, officials said on Monday.</p></article>';
 * parseArticle(page).credits; // [{ text: 'Jane Doe, MS, RD', role: 'author' }]
 * @group HTML
 */
export const bylineCreditResolver: Resolver = {
  name: 'byline-credit',
  resolve(claims, ctx) {
    const lines = claims.filter((c) => c.kind === 'credit' && c.by === HTML_BYLINE);
    const chosen = chosenAuthors(claims);
    if (lines.length === 0) {
      const person = chosen !== undefined && chosen.by !== HTML_BYLINE && chosen.value.key !== ORGANIZATION_AUTHOR;
      return ctx.page && person ? withNameLine(claims, ctx.page, names(chosen)) : claims;
    }
    const read = claims.find((c) => c.kind === 'metadata' && c.by === HTML_BYLINE && c.value.field === 'authors');
    const agrees = chosen !== undefined && read !== undefined && (chosen === read || shareName(names(read), names(chosen)));
    if (!agrees) return claims.filter((c) => !(c.kind === 'credit' && c.by === HTML_BYLINE));
    // The structure's cut of those lines gives way (no text parser sees a line the structure cut).
    const starts = new Set(lines.map((c) => c.start));
    return claims.filter((c) => !(c.kind === 'cruft' && c.by === HTML_CHROME && starts.has(c.start)));
  },
};
