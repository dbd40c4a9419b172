import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A real scrape kept under fixtures/<set>/<name>/: its input and what we expect of it. */
export interface Fixture {
  name: string;
  dir: string;
  /** `input.txt` (a text scrape) or `input.html` (a saved page). */
  format: 'text' | 'html';
  input: string;
  /** The full expected ArticleJSON (regenerate with `npm run fixtures:update`, then review the diff). */
  expected: unknown;
  /** Independent gold fields for the scrape (from the project's gold file), keyed by dotted path. */
  gold: Record<string, unknown> | null;
  /** Options the fixture is parsed with (id, url, …). */
  options: Record<string, unknown>;
}

export const FIXTURES_DIR = join(import.meta.dirname, '..', '..', 'fixtures');

/** The input file of a fixture folder and the format it holds, or `null` when the folder has none. */
function inputOf(dir: string): { file: string; format: 'text' | 'html' } | null {
  if (existsSync(join(dir, 'input.txt'))) return { file: join(dir, 'input.txt'), format: 'text' };
  if (existsSync(join(dir, 'input.html'))) return { file: join(dir, 'input.html'), format: 'html' };
  return null;
}

/** Every fixture folder of a set (one with an `input.txt` or `input.html`), found automatically. */
export function loadFixtures(set = 'seeds'): Fixture[] {
  const root = join(FIXTURES_DIR, set);
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && inputOf(join(root, d.name)) !== null)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((d) => {
      const dir = join(root, d.name);
      const { file, format } = inputOf(dir)!;
      const read = (f: string) => (existsSync(join(dir, f)) ? (JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown) : null);
      const options = (read('options.json') as Record<string, unknown> | null) ?? {};
      return {
        name: d.name,
        dir,
        format,
        input: readFileSync(file, 'utf8'),
        expected: read('expected.json'),
        gold: read('gold.json') as Record<string, unknown> | null,
        options: { id: d.name, ...options },
      };
    });
}

/** Reads a dotted path ("published.local") from an object. */
export function getPath(obj: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o == null ? undefined : (o as Record<string, unknown>)[k]), obj);
}

/** Whitespace-normalised NFC text, as the gold compares it. */
export const norm = (s: unknown): unknown => (typeof s === 'string' ? s.normalize('NFC').replace(/\s+/gu, ' ').trim() : s);

/** Wraps a plain-text scrape in simple HTML: a <p> per non-blank line, with entities. */
export function toHtml(text: string): string {
  const esc = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/’/g, '&#8217;').replace(/\u00a0/g, '&nbsp;');
  const paras = text
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => `<p>${esc(l)}</p>`);
  return `<!DOCTYPE html>\n<html><head><title>scrape</title></head><body>\n${paras.join('\n')}\n</body></html>\n`;
}

/** The gold record of an HTML fixture, as the benchmark gives it (`gold.json`). */
export interface PageGold {
  id: string;
  body: string;
  title: string | null;
  /** `YYYY-MM-DD`, or null. */
  published: string | null;
  /** Snippets of the article that must be in the body. */
  with: string[];
  /** Snippets of boilerplate that must not be. */
  without: string[];
}

const WORD = /[\p{L}\p{N}_]+/gu;

/** WCXB's word F1 of a predicted text against the gold text: bags of lower-cased `\w+` words. */
export function wordF1(pred: string, gold: string): number {
  const have = pred.toLowerCase().match(WORD) ?? [];
  const want = gold.toLowerCase().match(WORD) ?? [];
  if (want.length === 0 || have.length === 0) return want.length === have.length ? 1 : 0;
  const left = new Map<string, number>();
  for (const w of want) left.set(w, (left.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of have) {
    const n = left.get(w) ?? 0;
    if (n > 0) {
      common++;
      left.set(w, n - 1);
    }
  }
  const p = common / have.length;
  const r = common / want.length;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** A title as the benchmark scorer compares it: NFKC, no zero-width characters, straight quotes and dashes, lower case, one space. */
export function titleKey(value: string | null): string {
  return (value ?? '')
    .normalize('NFKC')
    .replace(/[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032`\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}
