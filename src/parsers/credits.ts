import { CREDIT_FORMS } from '../data/credits.js';
import { anyOf, escapeRegExp } from '../regex.js';
import { clean, wordCount } from '../text.js';
import type { AnyClaim, Credit, Parser, SiteProfile } from '../types.js';
import { claimBlock } from './claim.js';
import { CONFIDENCE } from './confidence.js';


const DESKS = new WeakMap<SiteProfile, RegExp>();
const MAX_WORDS = 30;

/** A whole line naming the site and at most two more words: "Alalam Syria" (built once per profile). */
function siteDesk(profile: SiteProfile | null): RegExp | null {
  if (!profile) return null;
  let desk = DESKS.get(profile);
  if (!desk) {
    desk = new RegExp(`^${escapeRegExp(profile.name)}(?: [\\p{L}-]+){0,2}$`, 'iu');
    DESKS.set(profile, desk);
  }
  return desk;
}

/**
 * Reads an attribution line, or `null` when the line is not one.
 *
 * @example readCredit("By Maria Lindqvist / The Harbour Review") // { role: "author" }
 * @example readCredit("21st Century Wire says…", twentyFirstCenturyWire) // { text: "21st Century Wire says…", role: "site" }
 * @group Parts
 * @category Credits and authors
 */
export function readCredit(line: string, profile: SiteProfile | null = null): Credit | null {
  return creditOf(wordCount(line, MAX_WORDS), clean(line), profile);
}

const ANY_CREDIT = anyOf(CREDIT_FORMS.map((f) => f.pattern));

/** {@link readCredit} for a line whose word count and clean text are already known. */
export function creditOf(words: number, text: string, profile: SiteProfile | null): Credit | null {
  if (words > MAX_WORDS) return null;
  if (ANY_CREDIT(text)) for (const { pattern, role } of CREDIT_FORMS) if (pattern.test(text)) return { text, role };
  for (const pattern of profile?.credits ?? []) if (pattern.test(text)) return { text, role: 'site' };
  const desk = siteDesk(profile);
  if (desk?.test(text)) return { text, role: 'site' };
  return null;
}

/**
 * Claims attribution lines: bylines, "Source: …", agency slugs, and the profile's own credit
 * lines such as "Alalam Syria" or "21st Century Wire says…".
 *
 * @example runParser(creditsParser, 'By Maria Lindqvist')[0]?.value; // { text: 'By Maria Lindqvist', role: 'author' }
 * @group Parts
 * @category Credits and authors
 */
export const creditsParser: Parser = {
  name: 'credits',
  parse(ctx) {
    const claims: AnyClaim[] = [];
    for (const block of ctx.blocks) {
      const credit = creditOf(block.words, block.value, ctx.profile);
      if (credit) claims.push(claimBlock(block, 'credit', credit, CONFIDENCE.firm, 'credits'));
    }
    return claims;
  },
};
