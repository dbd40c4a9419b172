import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'news-scrape-flags-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first (npm test does it)`);
});

function cli(args: readonly string[], input = ''): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const lines = (stdout: string): Record<string, unknown>[] => stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);

/** A text scrape whose only date is relative. */
const SCRAPE = 'Harbour ferry returns to service\n\n2 days ago\n\nThe harbour ferry carried its first passengers again after three weeks of repairs, the operator said.';
const published = (r: Record<string, unknown> | undefined): unknown => (r?.['published'] as { local?: string } | null)?.local ?? null;

describe('--date-field and --reference-date: the anchor of relative dates', () => {
  const csv = join(dir, 'scrapes.csv');
  beforeAll(() => {
    const cell = `"${SCRAPE.replaceAll('"', '""')}"`;
    writeFileSync(csv, `id,content,scraped_at\nsql,${cell},2018-01-25 16:17:44.789555\niso,${cell},2019-06-10T08:00:00Z\nempty,${cell},\nbad,${cell},last tuesday\n`);
  });

  it('without either, "2 days ago" has no date', () => {
    const out = lines(cli(['parse', csv, '--quiet']).stdout);
    expect(out.map(published)).toEqual([null, null, null, null]);
  });

  it('each row counts from its own --date-field cell (FakeNewsCorpus\'s SQL form too); an empty or bad cell falls back to --reference-date, a bad one with a warning', () => {
    const run = cli(['parse', csv, '--date-field', 'scraped_at', '--reference-date', '2024-03-10']);
    const out = lines(run.stdout);
    expect(out.map(published)).toEqual(['2018-01-23T00:00:00', '2019-06-08T00:00:00', '2024-03-08T00:00:00', '2024-03-08T00:00:00']);
    const warnings = out.map((r) => (r['warnings'] as { code: string }[]).map((w) => w.code));
    expect(warnings[3]).toContain('bad-reference-date');
    expect(warnings.slice(0, 3).flat()).not.toContain('bad-reference-date');
    expect(run.stderr).toContain('bad-reference-date 1');
  });

  it('--reference-date alone anchors every record', () => {
    const out = lines(cli(['parse', csv, '--reference-date', '2024-03-10T09:00:00Z', '--quiet']).stdout);
    expect(out.map(published)).toEqual(Array(4).fill('2024-03-08T00:00:00'));
    expect(out[0]?.['published']).toMatchObject({ implied: { from: 'reference-date', reference: '2024-03-10T09:00:00Z' } });
  });
});

describe('--url', () => {
  it('gives a text file its page URL', () => {
    const path = join(dir, 'story.txt');
    writeFileSync(path, SCRAPE);
    const [article] = lines(cli(['parse', path, '--url', 'https://news.example.com/harbour-ferry-returns', '--quiet']).stdout);
    expect(article).toMatchObject({ id: 'story', url: 'https://news.example.com/harbour-ferry-returns' });
  });

  it('gives standard input its page URL', () => {
    const [article] = lines(cli(['parse', '-', '--url', 'https://news.example.com/a', '--quiet'], SCRAPE).stdout);
    expect(article).toMatchObject({ id: 'stdin', url: 'https://news.example.com/a' });
  });
});

describe('bad values are usage errors: exit 2, one line that says what is wrong', () => {
  it.each([
    [['parse', '-', '--reference-date', 'next week'], 'news-scrape: --reference-date needs an ISO date or date-time, e.g. 2024-01-05 or 2024-01-05T10:00:00Z, not "next week"'],
    [['parse', '-', '--url', 'not a url'], 'news-scrape: --url needs an absolute URL such as https://example.com/news/a, not "not a url"'],
    [['parse', 'a.txt', 'b.txt', '--url', 'https://example.com/a'], 'news-scrape: --url names the page of one text or HTML file or of standard input; for CSV and JSON Lines use --url-field, and a WARC record has its own URL'],
    [['parse', 'a.csv', '--date-field', ''], 'news-scrape: --date-field needs a non-empty value'],
  ])('%j', (argv, line) => {
    const run = cli(argv);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe(line);
  });
});
