import { words } from '../slug.js';
import type { AnyClaim, Resolver } from '../types.js';
import { HTML_BYLINE } from './byline-parser.js';
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

/**
 * A byline's line is a credit, as written ("Jane Doe, MS, RD"), when it names the article's
 * authors: the line the `html-byline` parser read names from stands as a `credit` (role
 * `author`) in place of the `html-chrome` cut of the same block (an author box, the article's
 * side column or share bar, the page's header), when those names are, or share a person
 * with, the authors the page's metadata chooses (see {@link chosenAuthors}). A line whose
 * reading lost to other metadata ("Stacey", a teaser's author) stays as it was. Runs before `overlaps`.
 *
 * @example
 * const page = '<article><h1>Floods in Mosul</h1><aside><span class="author-name">Jane Doe, MS, RD</span></aside><p>Water rose in the old city overnight, officials said on Monday.</p></article>';
 * parseArticle(page).credits; // [{ text: 'Jane Doe, MS, RD', role: 'author' }]
 * @group HTML
 */
export const bylineCreditResolver: Resolver = {
  name: 'byline-credit',
  resolve(claims) {
    const lines = claims.filter((c) => c.kind === 'credit' && c.by === HTML_BYLINE);
    if (lines.length === 0) return claims;
    const chosen = chosenAuthors(claims);
    const read = claims.find((c) => c.kind === 'metadata' && c.by === HTML_BYLINE && c.value.field === 'authors');
    const names = (c: AnyClaim | undefined): string[] => (c?.kind === 'metadata' && 'list' in c.value ? c.value.list : []);
    const agrees = chosen !== undefined && read !== undefined && (chosen === read || shareName(names(read), names(chosen)));
    if (!agrees) return claims.filter((c) => !(c.kind === 'credit' && c.by === HTML_BYLINE));
    // The structure's cut of those lines gives way (no text parser sees a line the structure cut).
    const starts = new Set(lines.map((c) => c.start));
    return claims.filter((c) => !(c.kind === 'cruft' && c.by === HTML_CHROME && starts.has(c.start)));
  },
};
