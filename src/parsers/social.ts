import { SOCIAL_NETWORKS } from '../data/social.js';
import { clean, isSpaceCode, wordCount } from '../text.js';
import type { AnyClaim, Block, Parser } from '../types.js';
import { claimIn } from './claim.js';
import { CONFIDENCE } from './confidence.js';

const KEY = (s: string) => s.toLowerCase().replace(/[\s-]/g, '');
const NETWORK_KEYS = new Set(SOCIAL_NETWORKS.map(KEY));
const TOKEN = /\S+/g;
const SEPARATOR = /^[|•·/,]$/;

interface Token {
  text: string;
  start: number;
  end: number;
}

const FIRST_TOKEN = /^\S+/;

/** Whether the first or last word of a line is a network name (a bar sits at an edge). */
function atEdges(text: string): boolean {
  const first = FIRST_TOKEN.exec(text)?.[0];
  if (first !== undefined && NETWORK_KEYS.has(KEY(first))) return true;
  let from = text.length;
  while (from > 0 && from > text.length - 40 && !isSpaceCode(text.charCodeAt(from - 1))) from--;
  // The last token, when it is within the last 40 characters and whole.
  if (from === text.length || (from > 0 && !isSpaceCode(text.charCodeAt(from - 1)))) return false;
  return NETWORK_KEYS.has(KEY(text.slice(from)));
}

/** Finds runs of two or more network names separated only by spaces or bars. */
function runs(block: Block): Token[][] {
  const found: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length >= 2) found.push(run);
    run = [];
  };
  for (const m of block.text.matchAll(TOKEN)) {
    const text = m[0];
    const start = m.index;
    if (NETWORK_KEYS.has(KEY(text))) run.push({ text, start, end: start + text.length });
    else if (!(SEPARATOR.test(text) && run.length > 0)) flush();
  }
  flush();
  return found;
}

/**
 * Claims a bar of social and feed links, "Facebook Twitter YouTube SoundCloud RSS",
 * as a whole line or at the start or end of a banner line.
 *
 * @example runParser(socialParser, 'Facebook Twitter Youtube')[0]?.value; // { networks: ['Facebook', 'Twitter', 'Youtube'] }
 * @group Parts
 * @category Social
 */
export const socialParser: Parser = {
  name: 'social',
  parse(ctx) {
    const claims: AnyClaim[] = [];
    for (const block of ctx.blocks) {
      if (!atEdges(block.text)) continue;
      for (const run of runs(block)) {
        const first = run[0]!;
        const last = run[run.length - 1]!;
        const atEdge = first.start === 0 || last.end === block.text.length;
        if (!atEdge) continue;
        const whole = first.start === 0 && last.end === block.text.length;
        const networks = run.map((t) => block.source.slice(t.start, t.end));
        claims.push(claimIn(block, first.start, last.end, 'social', { networks }, whole ? CONFIDENCE.strong : CONFIDENCE.good, 'social'));
      }
    }
    return claims;
  },
};

/**
 * Reads the social names of a whole line, or `null` when the line is not a social bar.
 *
 * @example readSocial("Facebook Twitter YouTube SoundCloud RSS") // ["Facebook","Twitter","YouTube","SoundCloud","RSS"]
 * @group Parts
 * @category Social
 */
export function readSocial(text: string): string[] | null {
  const line = text.trim();
  const block: Block = { index: 0, start: 0, end: line.length, text: line, source: line, value: clean(line), words: wordCount(line), at: (i) => i };
  const run = runs(block).find((r) => r[0]!.start === 0 && r[r.length - 1]!.end === line.length);
  return run ? run.map((t) => t.text) : null;
}
