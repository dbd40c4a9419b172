/**
 * Names in a byline or a metadata author value: "By Jane Doe and John Smith / The Post" →
 * ["Jane Doe", "John Smith"].
 *
 * @module
 */
import { AUTHORED_BY, BYLINE_LEADS, CREDENTIALS, NOT_AUTHOR_BY, NAME_PARTICLES, NAME_SEPARATOR, NAMES_END, PERSON_ROLES, ROLE_WORDS, WRITES } from '../data/authors.js';
import { NOT_AUTHORS } from '../data/meta.js';
import { clean } from '../text.js';

/** A name has at most this many words ("Mary Anne de la Cruz"). */
const MAX_NAME_WORDS = 6;
const MAX_NAME_LENGTH = 80;
/** A part that is a URL, an e-mail address, a handle's URL or has a label's colon ("Text: Jane Doe") is no name. */
const NOT_NAME = /[/@:]|www\.|\d/u;
/**
 * Letters after a person's name, one word in capitals: "FAND", "DABOM", "LVT", "M.D" ("Jane
 * Doe, MS, RD, FAND"); read only after a name and a comma, so a list's first part is never one.
 */
const POST_NOMINAL = /^(?:\p{Lu}\.?){2,6}$/u;
/** A dot or underscore, which in a one-word part makes it a handle: "andrew.keaveney", "jane_doe". */
const HANDLE_MARK = /[._]/;
/** A name in a byline starts with a capital (or a letter of a script without case). */
const CAPITALISED = /^[\p{Lu}\p{Lt}\p{Lo}]/u;
/** A word of a name in a script with case: a capital first ("Jane", "O'Neil", "McIntyre"). */
const CAPITAL_WORD = /^[\p{Lu}\p{Lt}]/u;
/** A word in a script without case (Arabic, Chinese…): no case to check. */
const CASELESS_WORD = /^[\p{Lo}]/u;

/**
 * Whether every word of a candidate reads as part of a name: capitalised, a lower-case particle
 * ("van", "de", "bin"), an initial or a script without case. "Personal finance" and "Insights
 * from" are section labels, not people.
 */
function namelike(name: string): boolean {
  return name.split(' ').every((w) => CAPITAL_WORD.test(w) || CASELESS_WORD.test(w) || NAME_PARTICLES.has(w));
}

/** A name starts with a letter. */
const STARTS_WITH_LETTER = /^\p{L}/u;
/** Characters trimmed from the end of a name. */
const TRAILING = new Set([...' .,:;!?\'"’”)]-']);
const LEADING_PUNCTUATION = /^[\s.,:;'"‘“([-]+/u;

/** {@link NAME_SEPARATOR}, kept in a split's result so each part's separator before it is known. */
const SEPARATED = new RegExp(`(${NAME_SEPARATOR.source})`, NAME_SEPARATOR.flags);
/** A separator that is a comma alone (not ", and"). */
const BARE_COMMA = /^ ?, ?$/u;

/**
 * A byline's lead left in a metadata value's part: "By OREN PALK", "Analysis by Jane Doe",
 * "Written by: Jane Doe" (a reviewer's or editor's lead is no author's: see {@link NOT_AUTHOR_BY}).
 */
const PART_LEAD = /^(?<lead>[\p{L}-]{1,20} )?(?:[Bb]y|BY):? (?=\p{Lu})/u;

/**
 * Whether a part after a name is that person's role: it ends with a role's word ("Executive
 * Editor", "Co-Founder", "Home Security Expert", a wire byline's "AP Sports Writer", "CNN
 * Editor-at-large").
 */
function roleLine(part: string): boolean {
  return part
    .slice(part.lastIndexOf(' ') + 1)
    .toLowerCase()
    .split('-')
    .some((w) => PERSON_ROLES.has(w));
}

/** Whether a candidate reads as a name: 1–6 words, starting with a letter, no digits or URL, not a bare role. */
function isName(part: string): boolean {
  if (part.length === 0 || part.length > MAX_NAME_LENGTH || NOT_NAME.test(part) || !STARTS_WITH_LETTER.test(part)) return false;
  const words = part.split(' ');
  if (words.length > MAX_NAME_WORDS) return false;
  if (words.every((w) => ROLE_WORDS.has(w.toLowerCase()))) return false;
  if ((words.length === 1 && HANDLE_MARK.test(part.slice(1, -1))) || CREDENTIALS.has(part.toLowerCase().replace(/\.$/, ''))) return false;
  return !NOT_AUTHORS.has(part.toLowerCase());
}

/**
 * Splits a list of names ("Jane Doe, John Smith and Ann Lee") into names, dropping roles,
 * placeholders ("Staff", "admin") and URLs; de-duplicated case-insensitively, in order.
 *
 * @example splitNames("Jane Doe and John Smith") // ["Jane Doe", "John Smith"]
 * @group Parts
 * @category Credits and authors
 */
export function splitNames(text: string): string[] {
  return names(text, false);
}

/**
 * The names of an author value the page states in its metadata (`<meta name="author">`,
 * JSON-LD `author`, `itemprop="author"`): {@link splitNames}, where a part may still carry a
 * byline's lead ("By OREN PALK", "Analysis by Jane Doe"); a part led by a reviewer's,
 * editor's or sponsor's "by" names nobody.
 *
 * @example metadataNames("By OREN PALK, AP Sports Writer") // ["OREN PALK"]
 * @group Parts
 * @category Credits and authors
 */
export function metadataNames(text: string): string[] {
  return names(text, true);
}

/** {@link splitNames}, and with `leads` a byline's lead read off each part. */
function names(text: string, leads: boolean): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  // Parts and the separators between them: [part, separator, part, …].
  const pieces = clean(text).split(SEPARATED);
  // Whether the part before was a role or credentials of the name before it.
  let inRole = false;
  for (let i = 0; i < pieces.length; i += 2) {
    const raw = pieces[i]!;
    // A part this long is no name, however it is trimmed (and trimming it must stay linear).
    if (raw.length > 2 * MAX_NAME_LENGTH) continue;
    let end = raw.length;
    // A closing parenthesis stays when it closes one in the name: "Jean-Luc Aufranc (CNXSoft)".
    while (end > 0 && TRAILING.has(raw[end - 1]!) && !(raw[end - 1] === ')' && raw.lastIndexOf('(', end - 1) > raw.lastIndexOf(')', end - 2))) end--;
    let part = raw.slice(0, end).replace(LEADING_PUNCTUATION, '');
    const lead = leads ? PART_LEAD.exec(part) : null;
    if (lead !== null) {
      if (lead.groups?.lead !== undefined && NOT_AUTHOR_BY.test(lead.groups.lead.trim())) continue;
      part = part.slice(lead[0].length);
    }
    // After a name and a bare comma, capitals and a role are about that person ("Jane Doe, MS,
    // RD", "Jane Doe, AP Sports Writer"), as after "and" or "&" within such a role ("Co-Founder &
    // COO"); after "and" or "&" that follows a name they are another person ("Jane Doe and Chris Writer").
    const aboutTheName: boolean = out.length > 0 && i > 0 && (inRole || BARE_COMMA.test(pieces[i - 1]!));
    inRole = aboutTheName && (POST_NOMINAL.test(part) || roleLine(part));
    if (!isName(part) || inRole) continue;
    const key = part.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(part);
  }
  return out;
}

/**
 * The names a byline credits, without "By" and without what follows the names (a site after
 * "/", a date, "Updated …"); `[]` when the line names nobody ("Guest writer for …").
 *
 * @example bylineNames("By Jane Doe and John Smith / The Burning Platform") // ["Jane Doe", "John Smith"]
 * @example bylineNames("Steven Greenhut writes:") // ["Steven Greenhut"]
 * @group Parts
 * @category Credits and authors
 */
export function bylineNames(line: string): string[] {
  const text = clean(line);
  const writes = WRITES.exec(text);
  if (writes?.groups?.name !== undefined) return splitNames(writes.groups.name).filter((n) => CAPITALISED.test(n));
  // A sentence's names end at its first comma: role and affiliation follow.
  const authored = AUTHORED_BY.exec(text);
  if (authored !== null) return namesBefore(text.slice(authored[0].length).split(',', 1)[0]!);
  for (const lead of BYLINE_LEADS) {
    const m = lead.exec(text);
    if (m !== null) return namesBefore(text.slice(m[0].length));
  }
  return [];
}

/** The names at the start of a byline's rest, up to {@link NAMES_END}. */
function namesBefore(rest: string): string[] {
  const end = NAMES_END.exec(rest);
  return splitNames(end === null ? rest : rest.slice(0, end.index)).filter((n) => CAPITALISED.test(n) && namelike(n));
}

/**
 * Adds names to a list unless already there (compared case-insensitively).
 *
 * @example addNames(["Jane Doe"], ["JANE DOE", "John Smith"]) // ["Jane Doe", "John Smith"]
 * @group Parts
 * @category Credits and authors
 */
export function addNames(into: string[], names: readonly string[]): string[] {
  const seen = new Set(into.map((n) => n.toLowerCase()));
  for (const n of names) {
    const key = n.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    into.push(n);
  }
  return into;
}
