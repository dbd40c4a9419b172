import type { AnyClaim, Resolver } from '../types.js';
import { HTML_BYLINE } from './byline-parser.js';
import { HTML_CHROME } from './chrome-parser.js';
import { chosenAuthors } from './metadata-resolver.js';

/** Whether two lists of names share a person: the same name, or one inside the other ("Dr. Jane Doe", "Jane Doe"). */
function shareName(a: readonly string[], b: readonly string[]): boolean {
  const x = a.map((n) => n.toLowerCase());
  return b.some((n) => {
    const y = n.toLowerCase();
    return x.some((m) => m === y || m.includes(y) || y.includes(m));
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
    if (!agrees) return claims.filter((c) => !lines.includes(c));
    // The lines the structure cut: there the byline's reading stands alone (no other credit claim).
    const starts = new Set(lines.map((c) => c.start));
    const cut = new Set<number>();
    for (const c of claims) if (c.kind === 'cruft' && c.by === HTML_CHROME && starts.has(c.start)) cut.add(c.start);
    return claims.filter((c) => !(cut.has(c.start) && (c.by === HTML_CHROME || (c.kind === 'credit' && c.by !== HTML_BYLINE))));
  },
};
