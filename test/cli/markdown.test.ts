import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { failure } from '../../src/cli/records.js';
import type { Sink } from '../../src/cli/sink.js';
import { createWriter, render, type Outcome } from '../../src/cli/writers.js';
import { parseArticle, toMarkdown } from '../../src/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const SEED = 'fixtures/seeds/000_f69f3540a3bdc296/input.txt';
const PAGE = 'fixtures/cli/page.html';
const MISSING = 'fixtures/cli/nope.txt';

/** Runs `node dist/cli.js ARGS` in the project root, without colour. */
function cli(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, NO_COLOR: '', FORCE_COLOR: '' };
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env, input: '', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** What the library gives for a file, as `--format markdown` writes one record. */
function record(path: string, id: string, format: 'html' | null = null): string {
  const text = readFileSync(join(ROOT, path), 'utf8');
  const article = parseArticle(text, format === null ? { id, url: null } : { id, url: null, format });
  return `<!-- news-scrape id="${id}" source="${path}" -->\n\n${toMarkdown(article)}`;
}

const TEXT = 'Army Retakes Hill Near Airport\n\n18 January 2017 22:52\n\nThe army took the hill on Thursday, local sources said.';
const ok: Outcome = { ok: true, article: parseArticle(TEXT, { id: 'a-1', url: null }), source: 'a.txt' };
const missing: Outcome = failure('gone', 'dir/_gone_.txt', 'file-not-found', 'no such file: dir/_gone_.txt');

async function output(outcomes: readonly Outcome[]): Promise<string> {
  let text = '';
  const sink: Sink = { write: async (s) => void (text += s), close: async () => undefined, closed: false, error: null, written: 0 };
  const how = { format: 'markdown', fields: null, color: false } as const;
  const writer = createWriter(sink, how);
  for (const o of outcomes) await writer.write(render(o, how));
  await writer.finish();
  return text;
}

describe('--format markdown: render and writer', () => {
  it('renders an article under a comment naming its record, and a failure as a note', async () => {
    expect(await output([ok, missing])).toBe(
      [
        '<!-- news-scrape id="a-1" source="a.txt" -->',
        '',
        '# Army Retakes Hill Near Airport',
        '',
        '2017-01-18 22:52',
        '',
        'The army took the hill on Thursday, local sources said.',
        '',
        '---',
        '',
        '<!-- news-scrape id="gone" source="dir/_gone_.txt" -->',
        '',
        '> **Not parsed:** dir/\\_gone\\_.txt (id gone): file-not-found, no such file: dir/\\_gone\\_.txt',
        '',
      ].join('\n'),
    );
  });

  it('counts the failure and the warnings as the other formats do', () => {
    const how = { format: 'markdown', fields: null, color: false } as const;
    expect(render(missing, how).error).toBe('file-not-found');
    expect(render(ok, how)).toMatchObject({ error: null, warnings: ok.ok ? ok.article.warnings.map((w) => w.code) : [] });
  });

  it('writes nothing for no records, and a note for an article with nothing to show', async () => {
    expect(await output([])).toBe('');
    const empty: Outcome = { ok: true, article: parseArticle('', { id: 'e' }), source: 'e.txt' };
    expect(await output([empty])).toBe('<!-- news-scrape id="e" source="e.txt" -->\n\n*Nothing to show: no title, date, credits or body.*\n');
  });

  it('keeps a record comment closed whatever the id and source hold', async () => {
    const odd: Outcome = failure('a-->b', 'x--y.txt', 'read-error', 'boom');
    const first = (await output([odd])).split('\n')[0]!;
    expect(first).toMatch(/^<!-- news-scrape .* -->$/);
    expect(first.slice(4, -3)).not.toContain('--');
  });
});

describe('news-scrape parse --format markdown', () => {
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first (npm test does it)`);
  });

  it('prints each record as toMarkdown gives it, a --- line between, the error record in its place', () => {
    const run = cli(['parse', SEED, MISSING, PAGE, '--format', 'markdown', '--quiet']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const note = `<!-- news-scrape id="nope" source="${MISSING}" -->\n\n> **Not parsed:** fixtures/cli/nope.txt (id nope): file-not-found,`;
    const [seed, error, page, ...rest] = run.stdout.split('\n\n---\n\n');
    expect(rest).toEqual([]);
    expect(`${seed}\n`).toBe(record(SEED, '000_f69f3540a3bdc296'));
    expect(error).toContain(note);
    expect(page).toBe(record(PAGE, 'page', 'html'));
    expect(page).toMatch(/^<!-- .* -->\n\n# \S/);
  });

  it('gives the same output on worker threads as on the main thread', () => {
    const many = Array.from({ length: 70 }, () => SEED);
    const one = cli(['parse', ...many, '--format', 'markdown', '--jobs', '1', '--quiet']);
    const two = cli(['parse', ...many, '--format', 'markdown', '--jobs', '2', '--quiet']);
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.split('\n---\n')).toHaveLength(70);
  });

  it('--help names the format', () => {
    const run = cli(['--help']);
    expect(run.stdout).toMatch(/markdown \(each article as Markdown/);
  });
});
