import { bylineNames } from '../parsers/authors.js';
import { claimBlock } from '../parsers/claim.js';
import { CONFIDENCE } from '../parsers/confidence.js';
import { words } from '../slug.js';
import type { AnyClaim, PageContext, Resolver } from '../types.js';
import { HTML_BYLINE } from './byline-parser.js';
import { HTML_CHROME } from './chrome-parser.js';
import { chosenAuthors, organizationOnly } from './metadata-resolver.js';

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

/** The metadata's authors looked for: at most this many (a JSON-LD list of thousands is no byline). */
const MAX_NAME_LINE_AUTHORS = 20;

/** Blocks at most this far from the headline may be in a menu or a list of links (an author menu beside the byline). */
const NEAR_HEADLINE = 6;

/** Cuts a name line is never taken from: a reader's comment, hidden text. */
const NEVER_FROM: ReadonlySet<string> = new Set(['comments', 'hidden']);

/** Cuts a name line is taken from only near the headline: a menu, a list of links, a teaser. */
const ONLY_NEAR: ReadonlySet<string> = new Set(['navigation', 'link-list', 'related', 'promo', 'advertisement']);

/** The resolver's name, for the credit it claims. */
const NAME = 'byline-credit';

/** A lead before the name ("By", "By:"). */
const BY_LEAD = /^by\b:?\s*/iu;

/** Lower-case words a name line may hold besides the name: "Jane Doe, Head of Science and Health". */
const LINE_JOINERS: ReadonlySet<string> = new Set(['and', 'of', 'for']);

/**
 * Whether a short line is only names and what names carry: after its lead and without the names
 * read from it, every word is capitalised (credentials, a role: "RN, MPH", "Senior Editor") or
 * joins them; a lower-case word makes it prose ("Jane Doe, left, spoke at the library").
 */
function onlyNames(text: string, names: readonly string[]): boolean {
  let rest = text.replace(BY_LEAD, '');
  for (const n of names) rest = rest.replace(n, ' ');
  return rest.split(/[^\p{L}\p{N}.'’-]+/u).every((w) => w === '' || !/^\p{Ll}/u.test(w) || LINE_JOINERS.has(w));
}

/**
 * The metadata's authors as the page shows them: the short line nearest the headline that
 * names only them, with or without a lead ("Jane Doe, MS, RD", "By Jane Doe"), claimed as a
 * `credit` in place of what claimed it before (the structure's cut, or body text). Never from
 * comments or hidden text; from a menu, a list of links or a teaser only near the headline.
 */
function withNameLine(claims: AnyClaim[], page: PageContext, authors: readonly string[]): AnyClaim[] {
  // A person's name as written: a one-word name ("Ben", a brand) is too likely a logo or a label.
  const people = authors.slice(0, MAX_NAME_LINE_AUTHORS).filter((a) => words(a).length >= 2);
  const wanted = new Set(people.map(spaced));
  // Names by their first word, so a block is looked up, not compared with every name.
  const firstWords = new Set(people.map((a) => words(a)[0]!));
  if (wanted.size === 0) return claims;
  // Blocks from the headline, a line below it before one as far above.
  const distance = (b: number): number => (b < page.headline ? page.headline - b + 0.5 : b - page.headline);
  let best = -1;
  page.blocks.forEach((block, b) => {
    if (b === page.headline || block.words > MAX_NAME_LINE_WORDS) return;
    if (best >= 0 && distance(b) >= distance(best)) return;
    const cut = page.cut[b];
    if (cut && (NEVER_FROM.has(cut) || (ONLY_NEAR.has(cut) && distance(b) > NEAR_HEADLINE))) return;
    const text = block.value;
    const lead = BY_LEAD.exec(text);
    const first = words(lead ? text.slice(lead[0].length) : text)[0];
    if (first === undefined || !firstWords.has(first)) return;
    const read = bylineNames(lead ? text : `By ${text}`);
    if (read.length > 0 && read.every((n) => wanted.has(spaced(n))) && onlyNames(text, read)) best = b;
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
 * reading lost to other metadata ("Stacey", a teaser's author) is no credit. For the people
 * the metadata names (not a JSON-LD Organization, not the site's name) that no agreeing byline
 * names, the short line nearest the headline that names only such people (names of two words
 * or more, with or without a lead, with credentials or a role: "Rosa Tamm, RN, MPH"; not
 * prose: "Rosa Tamm, left, spoke…") is the credit, in place of the cut or body text that held
 * it; never from comments or hidden text, and from a menu, a list of links or a teaser only
 * near the headline. Runs before `overlaps`.
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
    const read = claims.find((c) => c.kind === 'metadata' && c.by === HTML_BYLINE && c.value.field === 'authors');
    const agrees = lines.length > 0 && chosen !== undefined && read !== undefined && (chosen === read || shareName(names(read), names(chosen)));
    // The structure's cut of agreeing lines gives way (no text parser sees a line the structure
    // cut); lines whose reading lost are no credits.
    const starts = new Set(lines.map((c) => c.start));
    const kept = agrees
      ? claims.filter((c) => !(c.kind === 'cruft' && c.by === HTML_CHROME && starts.has(c.start)))
      : claims.filter((c) => !(c.kind === 'credit' && c.by === HTML_BYLINE));
    // The metadata's people that no agreeing byline names: each shown in a line of their own.
    if (!ctx.page || chosen === undefined || chosen.by === HTML_BYLINE || organizationOnly(chosen, claims)) return kept;
    // A one-word reading ("Jane") names nobody in particular: it covers only that very name.
    const covered = agrees ? names(read) : [];
    const rest = names(chosen).filter((n) => !covered.some((c) => spaced(c) === spaced(n) || (words(c).length > 1 && shareName([c], [n]))));
    return rest.length > 0 ? withNameLine(kept, ctx.page, rest) : kept;
  },
};
