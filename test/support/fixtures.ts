import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A real scrape kept under fixtures/<set>/<name>/: its input and what we expect of it. */
export interface Fixture {
  name: string;
  dir: string;
  input: string;
  /** The full expected ArticleJSON (regenerate with `npm run fixtures:update`, then review the diff). */
  expected: unknown;
  /** Independent gold fields for the scrape (from the project's gold file), keyed by dotted path. */
  gold: Record<string, unknown> | null;
  /** Options the fixture is parsed with (id, url, …). */
  options: Record<string, unknown>;
}

export const FIXTURES_DIR = join(import.meta.dirname, '..', '..', 'fixtures');

/** Every fixture folder of a set, found automatically. */
export function loadFixtures(set = 'seeds'): Fixture[] {
  const root = join(FIXTURES_DIR, set);
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'input.txt')))
    .map((d) => {
      const dir = join(root, d.name);
      const read = (f: string) => (existsSync(join(dir, f)) ? (JSON.parse(readFileSync(join(dir, f), 'utf8')) as unknown) : null);
      const options = (read('options.json') as Record<string, unknown> | null) ?? {};
      return {
        name: d.name,
        dir,
        input: readFileSync(join(dir, 'input.txt'), 'utf8'),
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
