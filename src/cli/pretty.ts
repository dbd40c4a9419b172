import type { Article } from '../types.js';
import type { FailedRecord } from './records.js';
import type { Style } from './style.js';

const LABEL_WIDTH = 11;
const PREVIEW = 100;
const RULE_WIDTH = 72;

/** Whitespace folded to single spaces and cut to `max` characters with an ellipsis. */
export function preview(text: string, max = PREVIEW): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

function groupDigits(n: number): string {
  return n.toLocaleString('en-US');
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Lays out `label  value` lines and indented continuation lines under a value. */
class Block {
  readonly lines: string[] = [];
  constructor(private readonly s: Style) {}

  field(label: string, value: string): void {
    this.lines.push(`  ${this.s.cyan(label.padEnd(LABEL_WIDTH))}${value}`);
  }

  more(value: string): void {
    this.lines.push(`  ${' '.repeat(LABEL_WIDTH)}${value}`);
  }
}

function header(title: string, source: string, s: Style, mark: string): string {
  const used = Array.from(title).length + Array.from(source).length + 5;
  const rule = '─'.repeat(Math.max(3, RULE_WIDTH - used));
  return `${mark} ${s.bold(title)} ${s.dim(rule)} ${s.dim(source)}`;
}

function site(article: Article, s: Style): string | null {
  const { id, name, social } = article.site;
  if (id === null && name === null && social.length === 0) return null;
  const parts: string[] = [];
  if (name !== null) parts.push(s.bold(name));
  if (id !== null) parts.push(s.dim(`[${id}]`));
  if (social.length > 0) parts.push(s.dim(`· ${social.join(', ')}`));
  return parts.join(' ');
}

function published(article: Article, s: Style, which: 'published' | 'updated' = 'published'): string {
  const p = article[which];
  if (!p) return s.dim('—');
  const shown = p.precision === 'day' ? p.local.slice(0, 10) : p.precision === 'minute' ? p.local.slice(0, 16) : p.local;
  const parts = [s.bold(shown.replace('T', ' '))];
  if (p.zone !== null) parts.push(`${p.zone}${p.zoneSource ? s.dim(` (${p.zoneSource})`) : ''}`);
  else parts.push(s.dim('zone unknown'));
  if (p.utc !== null) parts.push(`= ${p.utc}`);
  parts.push(s.dim(`“${preview(p.raw, 60)}”`));
  if (p.source !== undefined && p.source !== 'text') parts.push(s.dim(`[${p.source}]`));
  return parts.join('  ');
}

function pageDate(article: Article, s: Style): string {
  const d = article.pageDate;
  if (!d) return s.dim('—');
  const parts = [s.bold(d.gregorian)];
  if (d.weekday !== null) parts.push(d.weekday);
  if (d.hijri) {
    const { year, month, day, monthName } = d.hijri;
    const numeric = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    parts.push(`· ${day} ${monthName} ${year} AH ${s.dim(`(${numeric})`)}`);
  }
  if (d.calendar !== null) {
    const off = d.offsetDays;
    const agreement =
      off === null ? '' : off === 0 ? s.green(', agrees') : s.yellow(`, ${off > 0 ? '+' : ''}${plural(off, 'day')} off`);
    parts.push(s.dim('[') + d.calendar + agreement + s.dim(']'));
  }
  return parts.join(' ');
}

function archive(article: Article, s: Style): string[] {
  const a = article.archive;
  if (!a) return [s.dim('—')];
  const days = a.daily.map((d) => `${d.date} ${s.bold(String(d.count))}`);
  const total = a.total === null ? [] : [`total ${s.bold(groupDigits(a.total))}`];
  const items = [...days, ...total];
  const out: string[] = [];
  for (let i = 0; i < items.length; i += 4) out.push(items.slice(i, i + 4).join(s.dim(' · ')));
  return out.length > 0 ? out : [s.dim('—')];
}

function list(block: Block, label: string, items: readonly string[], s: Style, max = PREVIEW): void {
  if (items.length === 0) {
    block.field(label, s.dim('—'));
    return;
  }
  items.forEach((item, i) => {
    const line = preview(item, max);
    if (i === 0) block.field(label, line);
    else block.more(line);
  });
}

/**
 * A readable summary of one article: site, headline and labels, dates (with the Hijri page
 * date and how it agrees), archive counters, credits, captions, body previews, embedded data,
 * removed cruft with reasons, and warnings.
 */
export function prettyArticle(article: Article, source: string, s: Style): string {
  const b = new Block(s);
  const siteLine = site(article, s);
  b.field('site', siteLine ?? s.dim('— (no profile)'));
  if (article.url !== null) b.field('url', article.url);
  const labels = article.labels.map((l) => s.magenta(`[${l}]`)).join(' ');
  const title = article.title === null ? s.dim('— (no headline)') : s.bold(article.title);
  b.field('title', labels ? `${labels} ${title}` : title);
  b.field('published', published(article, s));
  if (article.updated) b.field('updated', published(article, s, 'updated'));
  b.field('page date', pageDate(article, s));
  archive(article, s).forEach((line, i) => (i === 0 ? b.field('archive', line) : b.more(line)));
  list(
    b,
    'credits',
    article.credits.map((c) => (c.role ? `${c.text} ${s.dim(`(${c.role})`)}` : c.text)),
    s,
    PREVIEW + 20,
  );
  if (article.authors.length > 0) b.field('authors', article.authors.join(', '));
  const about = (
    [
      ['language', article.language],
      ['section', article.section],
      ['canonical', article.canonicalUrl],
      ['image', article.image],
      ['description', article.description && preview(article.description)],
    ] as const
  );
  for (const [label, value] of about) if (value !== null) b.field(label, value);
  if (article.tags.length > 0) b.field('tags', article.tags.join(', '));
  list(b, 'captions', article.captions, s);

  b.field('body', article.body.length === 0 ? s.dim('no paragraphs') : plural(article.body.length, 'paragraph'));
  const width = String(article.body.length).length;
  article.body.forEach((p, i) => b.more(`${s.dim(String(i + 1).padStart(width))} ${preview(p)}`));

  if (article.embedded.length === 0) b.field('embedded', s.dim('—'));
  article.embedded.forEach((e, i) => {
    const declared = e.declaredLength === null ? '' : `declared ${e.declaredLength}, `;
    const status = e.valid ? s.green('valid') : s.red('invalid');
    const value = e.value === null || e.value === undefined ? '' : s.dim(` ${preview(JSON.stringify(e.value), 60)}`);
    const line = `${e.kind} ${s.dim(`(${declared}${e.byteLength} bytes)`)} ${status}${value}`;
    if (i === 0) b.field('embedded', line);
    else b.more(line);
  });

  if (article.cruft.length === 0) b.field('cruft', s.dim('—'));
  else {
    b.field('cruft', plural(article.cruft.length, 'piece') + s.dim(' removed'));
    const reasonWidth = Math.max(...article.cruft.map((c) => c.reason.length));
    for (const c of article.cruft) b.more(`${s.dim(c.reason.padEnd(reasonWidth))}  ${preview(c.text, 80)}`);
  }

  if (article.warnings.length === 0) b.field('warnings', s.green('none'));
  article.warnings.forEach((w, i) => {
    const where = w.start === null ? '' : s.dim(` @${w.start}${w.end !== null && w.end !== w.start ? `–${w.end}` : ''}`);
    const line = `${s.yellow(w.code)} ${w.message}${where}`;
    if (i === 0) b.field('warnings', line);
    else b.more(line);
  });

  return [header(article.id ?? '(no id)', source, s, s.green('●')), ...b.lines].join('\n');
}

/** A failed record in the pretty output: its id, where it came from, and why. */
export function prettyFailure(record: FailedRecord, s: Style): string {
  const b = new Block(s);
  b.field('error', `${s.red(record.error.code)} ${record.error.message}`);
  return [header(record.id ?? '(no id)', record.source, s, s.red('✗')), ...b.lines].join('\n');
}

/** The closing line: how many articles came out and how many records failed. */
export function prettySummary(articles: number, failed: number, s: Style): string {
  const parts = [plural(articles, 'article')];
  parts.push(failed === 0 ? s.green('no errors') : s.red(plural(failed, 'error')));
  return s.dim('── ') + parts.join(s.dim(' · '));
}
