import type { Article, SegmentKind } from '../types.js';
import type { Style } from './style.js';

/** The colour each segment kind is shown in; kept text is bright, cut text red or dim. */
const COLOUR: Readonly<Record<SegmentKind, keyof Style>> = {
  site: 'magenta',
  social: 'magenta',
  'page-date': 'blue',
  archive: 'blue',
  title: 'bold',
  published: 'cyan',
  credit: 'cyan',
  caption: 'yellow',
  body: 'green',
  embedded: 'yellow',
  cruft: 'red',
  blank: 'dim',
};

const LABEL_WIDTH = 24;
const TRAILING_NEWLINES = /(?<!\n)\n+$/;

/** The reason a cruft segment was cut: the cruft claim on its span, else `unclaimed` (text no parser took). */
function cruftReasons(article: Article): Map<number, string> {
  const reasons = new Map<number, string>();
  for (const claim of article.claims) {
    if (claim.kind === 'cruft') reasons.set(claim.start, claim.value.reason);
  }
  return reasons;
}

/**
 * The scrape as it was read, one row per segment line: a label column naming the segment's
 * kind (`cruft:navigation` for cut text, with its reason), then the text, coloured by kind
 * when `style` colours. Blank segments are shown as empty rows, so the layout stays the input's.
 *
 * @example inspectArticle(parseArticle("Scroll Up\n\nBody…"), text, style)
 */
export function inspectArticle(article: Article, text: string, s: Style): string {
  const reasons = cruftReasons(article);
  const rows: string[] = [];
  for (const seg of article.segments) {
    const piece = text.slice(seg.start, seg.end);
    if (seg.kind === 'blank') {
      const newlines = Math.max(0, piece.split('\n').length - 2);
      for (let i = 0; i < newlines; i++) rows.push('');
      continue;
    }
    const label = seg.kind === 'cruft' ? `cruft:${reasons.get(seg.start) ?? 'unclaimed'}` : seg.kind;
    const colour = s[COLOUR[seg.kind]];
    piece
      .replace(TRAILING_NEWLINES, '')
      .split('\n')
      .forEach((line, i) => {
        const head = i === 0 ? `[${label}]` : '';
        rows.push(`${s.dim(head.padEnd(LABEL_WIDTH))}${colour(line)}`);
      });
  }
  return rows.join('\n');
}
