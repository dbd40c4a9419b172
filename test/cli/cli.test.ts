import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArticle, toJSON } from '../../src/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const SEEDS = 'fixtures/seeds';
const seedIds = readdirSync(join(ROOT, SEEDS))
  .filter((name) => existsSync(join(ROOT, SEEDS, name, 'input.txt')))
  .sort();
const seedPaths = seedIds.map((id) => `${SEEDS}/${id}/input.txt`);

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js ARGS` in the project root, without colour unless asked. */
function cli(args: readonly string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): Run {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env };
  const result: SpawnSyncReturns<string> = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env,
    input: options.input ?? '',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Parses JSON Lines output into objects. */
function records(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** What the library gives for a file read the CLI's way. */
function libraryJSON(path: string, options: Parameters<typeof parseArticle>[1]): unknown {
  const text = readFileSync(join(ROOT, path), 'utf8').replace(/^\uFEFF/, '');
  return JSON.parse(JSON.stringify(toJSON(parseArticle(text, options))));
}

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first (npm test does it)`);
  expect(seedIds.length).toBe(5);
});

describe('news-scrape parse: files', () => {
  it('gives one JSON line per seed, with the seed folder name as id, and exit 0', () => {
    const run = cli(['parse', ...seedPaths, '--quiet']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = records(run.stdout);
    expect(out.map((r) => r['id'])).toEqual(seedIds);
    for (const r of out) expect(r).not.toHaveProperty('error');
  });

  it('prints exactly what toJSON(parseArticle(text, { id })) gives', () => {
    const out = records(cli(['parse', ...seedPaths]).stdout);
    seedPaths.forEach((path, i) => {
      expect(out[i]).toEqual(libraryJSON(path, { id: seedIds[i] ?? null, url: null }));
    });
  });

  it('keeps the contract keys in order', () => {
    const [first] = records(cli(['parse', seedPaths[0]!]).stdout);
    expect(Object.keys(first ?? {})).toEqual([
      'id', 'url', 'site', 'canonicalUrl', 'language', 'description', 'image', 'section', 'tags',
      'title', 'labels', 'published', 'updated', 'pageDate', 'archive',
      'credits', 'authors', 'captions', 'body', 'embedded', 'cruft', 'segments', 'warnings',
    ]);
  });

  it('reads .html files as HTML, with the file stem as id', () => {
    const path = 'fixtures/cli/page.html';
    const [page] = records(cli(['parse', path]).stdout);
    expect(page?.['id']).toBe('page');
    expect(page).toEqual(libraryJSON(path, { id: 'page', url: null, format: 'html' }));
    expect(page?.['title']).toBe('HTML File Headline About the Offensive');
  });

  it('reads - as standard input, one text record with id "stdin"', () => {
    const path = seedPaths[0]!;
    const run = cli(['parse', '-'], { input: readFileSync(join(ROOT, path), 'utf8') });
    expect(run.status).toBe(0);
    const [fromStdin] = records(run.stdout);
    expect(fromStdin?.['id']).toBe('stdin');
    const [fromFile] = records(cli(['parse', path]).stdout);
    expect(fromStdin?.['title']).toBe(fromFile?.['title']);
    expect(fromStdin?.['body']).toEqual(fromFile?.['body']);
  });

  it('passes --zone and --profile on to the parser', () => {
    const path = seedPaths.find((p) => p.includes('003_'))!;
    const [plain] = records(cli(['parse', path]).stdout);
    expect((plain?.['site'] as { id: string | null }).id).toBe('alalam');
    const [forced] = records(cli(['parse', path, '--profile', 'none', '--zone', 'Europe/London']).stdout);
    expect(forced).toEqual(libraryJSON(path, { id: '003_59a3bc503c4a8584', url: null, profile: false, zone: 'Europe/London' }));
    expect((forced?.['site'] as { id: string | null }).id).toBeNull();
  });
});

describe('news-scrape parse: CSV and JSON Lines', () => {
  it('gives one record per CSV row, keeping quoted multi-line cells and empty ones', () => {
    const run = cli(['parse', 'fixtures/cli/articles.csv', '-q']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = records(run.stdout);
    expect(out.map((r) => r['id'])).toEqual(['csv-1', 'csv-2', 'csv-3', 'csv-4']);
    expect(out[0]?.['url']).toBe('https://example.com/news/1912467');
    expect(out[0]?.['body']).toContain('According to local reports, the army took the hill, "a key position", on Thursday.');
    expect(out[0]?.['body']).toContain('Local sources say the fighting went on through the night.');
    // The empty text cell is an empty scrape, not a lost row.
    expect(out[1]).toMatchObject({ id: 'csv-2', url: null, title: null, body: [], segments: [] });
    expect(out[2]?.['title']).toBe('Second Story Headline Here');
  });

  it('parses a non-empty --html-field cell as HTML, and the text field otherwise', () => {
    const out = records(cli(['parse', 'fixtures/cli/articles.csv', '--html-field', 'html']).stdout);
    expect(out.map((r) => r['id'])).toEqual(['csv-1', 'csv-2', 'csv-3', 'csv-4']);
    expect(out[3]?.['title']).toBe('Headline From HTML Cell');
    expect(out[3]?.['body']).toEqual(['A paragraph of article prose that sits inside the HTML cell of this row.']);
    expect(out[2]?.['title']).toBe('Second Story Headline Here');
  });

  it('honours --text-field, --id-field and --url-field', () => {
    const out = records(cli(['parse', 'fixtures/cli/articles.csv', '--text-field', 'html', '--id-field', 'url', '--url-field', 'html']).stdout);
    // No url cell on rows 2-4, so their ids fall back to file:row.
    expect(out.map((r) => r['id'])).toEqual(['https://example.com/news/1912467', 'articles:2', 'articles:3', 'articles:4']);
    expect(out.slice(0, 3).every((r) => r['url'] === null)).toBe(true);
  });

  it('reports a text column the CSV lacks as one usage error listing its columns (exit 2), not an error per row', () => {
    const run = cli(['parse', 'fixtures/cli/articles.csv', '--text-field', 'body']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `news-scrape: --text-field "body": fixtures/cli/articles.csv has no such column; its columns are: id, url, content, html\nTry 'news-scrape parse --help' for usage.\n`,
    );
  });

  it('turns a malformed CSV row into an error record and goes on with the next rows', () => {
    const run = cli(['parse', 'fixtures/cli/broken.csv']);
    expect(run.status).toBe(1);
    const out = records(run.stdout);
    expect(out.map((r) => r['id'])).toEqual(['b-1', null, 'b-3']);
    expect(out[1]).toMatchObject({ source: 'fixtures/cli/broken.csv:2', error: { code: 'csv-error' } });
    expect(out[2]?.['body']).toEqual(['Third row text that is fine.']);
  });

  it('turns a bad JSON line into an error record and goes on with the next lines', () => {
    const run = cli(['parse', 'fixtures/cli/articles.jsonl']);
    expect(run.status).toBe(1);
    const out = records(run.stdout);
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ id: 'j-1', url: 'https://21stcenturywire.com/2017/09/05/deir-ezzor/' });
    expect(out[1]).toEqual({
      id: null,
      source: 'fixtures/cli/articles.jsonl:2',
      error: { code: 'bad-json', message: expect.stringContaining('line 2 is not JSON') },
    });
    expect(out[2]).toMatchObject({ id: 'j-3', title: 'Third Line Headline Here' });
  });
});

describe('news-scrape parse: nothing lost', () => {
  it('gives an error record for a missing file, still prints the others, and exits 1', () => {
    const run = cli(['parse', seedPaths[0]!, 'fixtures/cli/no-such-file.txt', seedPaths[1]!]);
    expect(run.status).toBe(1);
    const out = records(run.stdout);
    expect(out.map((r) => r['id'])).toEqual([seedIds[0], 'no-such-file', seedIds[1]]);
    expect(out[1]).toEqual({
      id: 'no-such-file',
      source: 'fixtures/cli/no-such-file.txt',
      error: { code: 'file-not-found', message: 'no such file: fixtures/cli/no-such-file.txt' },
    });
  });

  it('gives a no-match error record for a folder with nothing to read', () => {
    const empty = mkdtempSync(join(tmpdir(), 'news-scrape-empty-'));
    try {
      const run = cli(['parse', empty]);
      expect(run.status).toBe(1);
      expect(records(run.stdout)).toEqual([{ id: null, source: empty, error: { code: 'no-match', message: expect.any(String) } }]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('news-scrape parse: output formats', () => {
  it('--format json gives one valid array with the same records as jsonl', () => {
    const run = cli(['parse', ...seedPaths, '--format', 'json']);
    expect(run.status).toBe(0);
    const array = JSON.parse(run.stdout) as unknown[];
    expect(Array.isArray(array)).toBe(true);
    expect(array).toEqual(records(cli(['parse', ...seedPaths]).stdout));
  });

  it('--format json gives [] when no record comes out, and keeps error records in the array', () => {
    const run = cli(['parse', 'fixtures/cli/missing.csv', '--format', 'json']);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([{ id: 'missing', source: 'fixtures/cli/missing.csv', error: expect.any(Object) }]);
    const empty = mkdtempSync(join(tmpdir(), 'news-scrape-cli-'));
    try {
      const csv = join(empty, 'empty.csv');
      // One record, and the shard that takes none of it: no record comes out.
      spawnSync('bash', ['-c', `printf 'id,content\\n1,Storm Hits Coast\\n' > '${csv}'`]);
      expect(JSON.parse(cli(['parse', csv, '--shard', '2/2', '--format', 'json']).stdout)).toEqual([]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('--format pretty shows the titles, dates, counts and a summary, without colour when piped', () => {
    const run = cli(['parse', ...seedPaths, '--format', 'pretty']);
    expect(run.status).toBe(0);
    const titles = records(cli(['parse', ...seedPaths]).stdout)
      .map((r) => r['title'])
      .filter((t): t is string => typeof t === 'string');
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(run.stdout).toContain(title);
    for (const id of seedIds) expect(run.stdout).toContain(id);
    expect(run.stdout).toMatch(/body\s+\d+ paragraphs?/);
    expect(run.stdout).toContain('5 articles');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('--format pretty colours only when asked and NO_COLOR is unset', () => {
    const args = ['parse', seedPaths[0]!, '--format', 'pretty'];
    expect(cli(args, { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
    expect(cli(args, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });

  it('--format pretty shows error records', () => {
    const run = cli(['parse', 'fixtures/cli/nope.txt', '--format', 'pretty']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('file-not-found');
    expect(run.stdout).toContain('1 error');
  });

  it('-o FILE writes there instead of standard output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-scrape-cli-'));
    try {
      const file = join(dir, 'out.jsonl');
      const run = cli(['parse', ...seedPaths, '-o', file]);
      expect(run.status).toBe(0);
      expect(run.stdout).toBe('');
      expect(records(readFileSync(file, 'utf8')).map((r) => r['id'])).toEqual(seedIds);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops quietly when the reader closes the pipe', () => {
    const many = Array.from({ length: 60 }, () => seedPaths).flat();
    const script = `"${process.execPath}" "${CLI}" parse ${many.join(' ')} --quiet | head -n 1`;
    const result = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(records(result.stdout)).toHaveLength(1);
    expect(result.stderr).toBe('');
  });
});

describe('news-scrape: usage', () => {
  it.each([
    ['an unknown option', ['parse', 'a.txt', '--bogus'], /Unknown option '--bogus'/],
    ['no inputs', ['parse'], /no inputs/],
    ['no command', [], /missing command/],
    ['an unknown command', ['convert', 'a.txt'], /unknown command "convert"/],
    ['an unknown format', ['parse', 'a.txt', '--format', 'xml'], /unknown --format "xml"/],
    ['an unknown profile', ['parse', 'a.txt', '--profile', 'nope'], /unknown --profile "nope".*; known profiles: .*alalam/],
    ['a missing option value', ['parse', 'a.txt', '--format'], /argument missing/],
  ])('exits 2 with a short message on %s', (_name, args, message) => {
    const run = cli(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/Try 'news-scrape (parse )?--help'/);
    expect(run.stderr.split('\n').length).toBeLessThanOrEqual(3);
  });

  it('exits 2 when the output file cannot be opened', () => {
    const run = cli(['parse', seedPaths[0]!, '-o', 'fixtures/no-such-dir/out.jsonl']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cannot write fixtures/no-such-dir/out.jsonl');
  });

  it.each([['--help'], ['-h'], ['help']])('%s prints the usage, including the input.txt id rule', (flag) => {
    const run = cli([flag]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: news-scrape parse INPUT...');
    expect(run.stdout).toContain('input.*');
    expect(run.stdout).toContain('--text-field');
  });

  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = cli(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe(version);
  });
});
