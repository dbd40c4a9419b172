import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsvSync } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle, toJSON } from '../../src/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const tmp = mkdtempSync(join(tmpdir(), 'news-scrape-corpus-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
beforeAll(() => {
  expect(readdirSync(join(ROOT, 'dist'))).toContain('cli.js');
});

function cli(args: readonly string[], env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env },
    input: '',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function records(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

const warningCodes = (r: Record<string, unknown>): string[] => ((r['warnings'] ?? []) as { code: string }[]).map((w) => w.code);
const SEED0 = 'fixtures/seeds/000_f69f3540a3bdc296/input.txt';

describe('inputs: folders, globs, gzip, BOM', () => {
  it('reads a folder recursively in sorted path order, skipping hidden and unknown files, looking through .gz', () => {
    const run = cli(['parse', 'fixtures/cli/corpus', '-q']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = records(run.stdout);
    // alpha.txt, delta.csv.gz (1 row), nested/beta.html, nested/gamma.jsonl.gz (2 lines)
    expect(out.map((r) => r['id'])).toEqual(['alpha', 'd-1', 'beta', 'g-1', 'g-2']);
    expect(out.map((r) => r['url'])).toEqual([null, 'https://example.net/x', null, 'https://example.org/a', null]);
  });

  it('drops the UTF-8 BOM of a file: the record equals the library on the BOM-less seed', () => {
    const out = records(cli(['parse', 'fixtures/cli/corpus/alpha.txt', '-q']).stdout);
    const text = readFileSync(join(ROOT, SEED0), 'utf8');
    expect(out[0]).toEqual(JSON.parse(JSON.stringify(toJSON(parseArticle(text, { id: 'alpha' })))));
  });

  it('expands a quoted glob in sorted order, and a glob matching nothing is one no-match error', () => {
    const run = cli(['parse', 'fixtures/cli/corpus/**/*.gz', 'fixtures/cli/none-*.txt', '-q']);
    expect(run.status).toBe(1);
    const out = records(run.stdout);
    expect(out.map((r) => r['id'])).toEqual(['d-1', 'g-1', 'g-2', null]);
    expect(out[3]).toEqual({ id: null, source: 'fixtures/cli/none-*.txt', error: { code: 'no-match', message: 'no file matches fixtures/cli/none-*.txt' } });
  });
});

describe('inputs: nothing lost beside bad inputs', () => {
  const run = () =>
    cli(['parse', 'fixtures/cli/bad/truncated.txt.gz', 'fixtures/cli/good.txt', 'fixtures/cli/broken.csv', 'fixtures/cli/bad/binary.txt', 'fixtures/cli/missing.txt', 'fixtures/cli/bad/latin1.txt']);

  it('gives an error record for a truncated gzip, a broken CSV quote, a binary file and a missing file; the good records still come out; exit 1', () => {
    const r = run();
    expect(r.status).toBe(1);
    const out = records(r.stdout);
    expect(out.map((o) => [o['id'], (o['error'] as { code: string } | undefined)?.code ?? 'ok'])).toEqual([
      ['truncated', 'gzip-error'],
      ['good', 'ok'],
      ['b-1', 'ok'],
      [null, 'csv-error'],
      ['b-3', 'ok'],
      ['binary', 'binary-file'],
      ['missing', 'file-not-found'],
      ['latin1', 'ok'],
    ]);
    expect(out[5]).toMatchObject({ source: 'fixtures/cli/bad/binary.txt', error: { message: expect.stringContaining('NUL bytes') } });
  });

  it('replaces invalid UTF-8 with U+FFFD and warns invalid-utf8 on that record only', () => {
    const out = records(run().stdout);
    const latin = out.find((o) => o['id'] === 'latin1')!;
    expect(latin['title']).toBe('Caf\uFFFD Owners Protest New Rules');
    expect(warningCodes(latin)).toContain('invalid-utf8');
    expect(warningCodes(out.find((o) => o['id'] === 'good')!)).not.toContain('invalid-utf8');
  });

  it('flags invalid UTF-8 per CSV row, not per file', () => {
    const out = records(cli(['parse', 'fixtures/cli/bad/mixed.csv', '-q']).stdout);
    expect(out.map((o) => [o['id'], warningCodes(o).includes('invalid-utf8')])).toEqual([
      ['ok-1', false],
      ['bad-2', true],
      ['ok-3', false],
    ]);
    expect(out[1]?.['title']).toBe('Caf\uFFFD Headline For Row Two');
  });

  it('ends with a summary on stderr: records, errors and warnings by code, time and MB/s', () => {
    const r = run();
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^news-scrape: 8 records, 4 errors \(binary-file 1, csv-error 1, file-not-found 1, gzip-error 1\), \d+ warnings? \(.*invalid-utf8 1.*\) in [\d.]+ s, [\d.]+ MB at [\d.]+ MB\/s\n$/,
    );
  });

  it('--quiet silences the summary; no progress bar when stderr is not a terminal', () => {
    expect(run().stderr).not.toMatch(/\r|\u001b/);
    const q = cli(['parse', 'fixtures/cli/good.txt', '--quiet']);
    expect(q.stderr).toBe('');
    expect(q.status).toBe(0);
  });
});

describe('output: csv, --fields, -o', () => {
  it('--format csv writes a header and one row per record, error rows included', () => {
    const r = cli(['parse', 'fixtures/cli/articles.csv', 'fixtures/cli/missing.txt', '--format', 'csv', '-q']);
    expect(r.status).toBe(1);
    const rows = parseCsvSync(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(5);
    expect(Object.keys(rows[0]!)).toEqual([
      'id', 'url', 'site.id', 'site.name', 'title', 'labels', 'published.local', 'published.zone', 'published.utc',
      'pageDate.gregorian', 'credits', 'authors', 'captions', 'body', 'warnings', 'source', 'error',
    ]);
    expect(rows[0]).toMatchObject({ id: 'csv-1', title: 'Army Retakes Hill Near Airport', labels: 'VIDEO', 'published.local': '2017-01-19T11:42:31', error: '' });
    expect(rows[0]?.['body']).toContain('\n'); // paragraphs one a line inside the quoted cell
    expect(rows[4]).toMatchObject({ id: 'missing', source: 'fixtures/cli/missing.txt', error: 'file-not-found: no such file: fixtures/cli/missing.txt' });
  });

  it('--fields chooses CSV columns and JSON fields (dotted paths nest; error records stay whole)', () => {
    const csv = cli(['parse', SEED0, '--format', 'csv', '--fields', 'id,site.name,published.utc', '-q']).stdout;
    expect(parseCsvSync(csv)).toEqual([
      ['id', 'site.name', 'published.utc'],
      ['000_f69f3540a3bdc296', 'Islamic Invitation Turkey', expect.any(String)],
    ]);
    const out = records(cli(['parse', SEED0, 'fixtures/cli/missing.txt', '--fields', 'id,site.name', '-q']).stdout);
    expect(out[0]).toEqual({ id: '000_f69f3540a3bdc296', site: { name: 'Islamic Invitation Turkey' } });
    expect(out[1]).toMatchObject({ id: 'missing', error: { code: 'file-not-found' } });
  });

  it('-o writes the file and keeps the summary on stderr', () => {
    const path = join(tmp, 'out.csv');
    const r = cli(['parse', 'fixtures/cli/articles.csv', '--format', 'csv', '-o', path]);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^news-scrape: 4 records, 0 errors/);
    expect(parseCsvSync(readFileSync(path, 'utf8'), { columns: true })).toHaveLength(4);
  });
});

describe('--shard K/N', () => {
  it('splits records by index mod N: shards are disjoint, cover everything and keep input order', () => {
    const inputs = ['fixtures/cli/articles.csv', 'fixtures/seeds', 'fixtures/cli/missing.txt'];
    const all = records(cli(['parse', ...inputs, '-q', '--fields', 'id']).stdout).map((r) => r['id']);
    expect(all).toHaveLength(10);
    const shards = [1, 2, 3].map((k) => records(cli(['parse', ...inputs, '-q', '--fields', 'id', '--shard', `${k}/3`]).stdout).map((r) => r['id']));
    shards.forEach((ids, k) => expect(ids).toEqual(all.filter((_, i) => i % 3 === k)));
  });

  it.each(['0/3', '4/3', '1/0', 'x', '1-2'])('rejects --shard %s with exit 2', (bad) => {
    const r = cli(['parse', 'a.txt', '--shard', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--shard needs K/N');
  });
});

describe('learned chrome: learn, --profiles, --learn', () => {
  const scrapes = ['fixtures/learn/scrapes.jsonl', '--text-field', 'text'];

  it('learn writes profiles that parse --profiles applies, and --learn gives the same in one go', () => {
    const path = join(tmp, 'profiles.json');
    const learned = cli(['learn', ...scrapes, '-o', path]);
    expect(learned.status).toBe(0);
    expect(learned.stderr).toMatch(/learned \d+ chrome lines for \d+ sites/);
    const saved = JSON.parse(readFileSync(path, 'utf8')) as { profiles: { id: string; hosts: string[] }[] };
    expect(saved.profiles.map((p) => p.id)).toContain('learned-canadafreepress-com');

    const withFile = cli(['parse', ...scrapes, '--profiles', path, '-q']);
    const twoPass = cli(['parse', ...scrapes, '--learn', '-q']);
    const plain = cli(['parse', ...scrapes, '-q']);
    expect(withFile.stdout).toBe(twoPass.stdout);
    const sites = records(withFile.stdout).map((r) => (r['site'] as { id: string | null }).id);
    expect(sites).toContain('learned-canadafreepress-com');
    expect(records(plain.stdout).map((r) => (r['site'] as { id: string | null }).id)).not.toContain('learned-canadafreepress-com');
  });

  it('a learned profile never replaces a built-in profile that matches the URL', () => {
    const path = join(tmp, 'greedy.json');
    writeFileSync(path, JSON.stringify([{ id: 'learned-greedy', name: 'greedy', hosts: ['21stcenturywire.com', 'example.com'], chrome: [{ text: 'Local sources say the fighting went on through the night.' }] }]));
    const out = records(cli(['parse', 'fixtures/cli/articles.jsonl', 'fixtures/cli/articles.csv', '--profiles', path, '-q', '--fields', 'id,site.id']).stdout);
    expect(out.find((r) => r['id'] === 'j-1')).toEqual({ id: 'j-1', site: { id: '21st-century-wire' } });
    expect(out.find((r) => r['id'] === 'csv-1')).toEqual({ id: 'csv-1', site: { id: 'learned-greedy' } });
  });

  it('a bad profiles file, learn without -o, and --learn on stdin are usage errors (exit 2)', () => {
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, '[{"id": 3}]');
    expect(cli(['parse', SEED0, '--profiles', bad])).toMatchObject({ status: 2, stderr: expect.stringContaining('.id must be a non-empty string') });
    expect(cli(['learn', SEED0])).toMatchObject({ status: 2, stderr: expect.stringContaining('learn needs -o FILE') });
    expect(cli(['parse', '-', '--learn'])).toMatchObject({ status: 2, stderr: expect.stringContaining('cannot read standard input') });
  });
});

describe('inspect', () => {
  it('labels every segment with its kind, cruft with its reason, in plain text when not a terminal', () => {
    const r = cli(['inspect', SEED0]);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain('\u001b[');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(`══ 000_f69f3540a3bdc296 ${SEED0}`);
    expect(lines).toContain('[site]                  Islamic Invitation Turkey');
    expect(lines).toContain('[title]                 Security Source: ISIL Dispatching More Militants to Deir Ezzur');
    expect(lines).toContain('[cruft:navigation]      Scroll Up');
    expect(lines.filter((l) => l.startsWith('[body]')).length).toBeGreaterThan(3);
  });

  it('colours by kind with FORCE_COLOR, and NO_COLOR wins', () => {
    expect(cli(['inspect', SEED0], { FORCE_COLOR: '1' }).stdout).toContain('\u001b[31mScroll Up\u001b[39m');
    expect(cli(['inspect', SEED0], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toContain('\u001b[');
  });

  it('shows an unreadable input as its error on standard error and exits 1', () => {
    const r = cli(['inspect', 'fixtures/cli/missing.txt']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('news-scrape: fixtures/cli/missing.txt: file-not-found: no such file: fixtures/cli/missing.txt\n');
  });
});

describe('--jobs N', () => {
  // The bundled development corpus (120 rows): more than one 64-record batch, with error
  // records between, so workers start and order matters.
  const corpus = 'fixtures/corpus/fakenewscorpus-dev.csv';
  const inputs = [corpus, 'fixtures/cli/missing.txt', 'fixtures/cli/broken.csv', corpus, 'fixtures/cli/bad/latin1.txt'];

  it('reads the bundled corpus: more than one 64-record batch per copy, every row parsed', () => {
    const ids = records(cli(['parse', corpus, '-q', '--fields', 'id', '--jobs', '1']).stdout);
    expect(ids.length).toBeGreaterThan(64);
    expect(ids.every((r) => !('error' in r))).toBe(true);
  });

  it('gives byte-identical output, in input order, with 1 and 2 worker threads', () => {
    const one = cli(['parse', ...inputs, '-q', '--jobs', '1']);
    const two = cli(['parse', ...inputs, '-q', '--jobs', '2']);
    expect(two.status).toBe(one.status);
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    const ids = records(two.stdout).map((r) => r['id']);
    expect(ids[ids.length - 1]).toBe('latin1');
    expect(ids).toContain('missing');
  });

  it('--unordered gives the same lines in some order: the same multiset, count and exit status', () => {
    const ordered = cli(['parse', ...inputs, '-q', '--jobs', '2']);
    const unordered = cli(['parse', ...inputs, '-q', '--jobs', '2', '--unordered']);
    expect(unordered.stderr).toBe('');
    expect(unordered.status).toBe(ordered.status);
    expect(unordered.status).toBe(1); // the missing file and the broken CSV row are there
    const lines = (out: string): string[] => out.split('\n').filter((l) => l !== '');
    expect(lines(unordered.stdout)).toHaveLength(lines(ordered.stdout).length);
    expect(lines(unordered.stdout).sort()).toEqual(lines(ordered.stdout).sort());
    const errors = records(unordered.stdout).filter((r) => 'error' in r).map((r) => (r['error'] as { code: string }).code);
    expect(errors.sort()).toEqual(['csv-error', 'file-not-found']);
  });

  it('--unordered keeps a valid JSON array and CSV table', () => {
    const json = cli(['parse', ...inputs, '-q', '--jobs', '2', '--unordered', '--format', 'json', '--fields', 'id']);
    const ids = (JSON.parse(json.stdout) as { id: unknown }[]).map((r) => String(r.id));
    const orderedIds = records(cli(['parse', ...inputs, '-q', '--jobs', '2', '--fields', 'id']).stdout).map((r) => String(r['id']));
    expect(ids.sort()).toEqual(orderedIds.sort());
    const csv = cli(['parse', ...inputs, '-q', '--jobs', '2', '--unordered', '--format', 'csv', '--fields', 'id']);
    expect(parseCsvSync(csv.stdout, { columns: true })).toHaveLength(orderedIds.length);
  });

  it('keeps learned profiles and --fields in the workers', () => {
    const args = ['parse', 'fixtures/learn/scrapes.jsonl', 'fixtures/learn/scrapes.jsonl', '--text-field', 'text', '--learn', '--fields', 'id,site.id,cruft', '-q'];
    expect(cli([...args, '--jobs', '2']).stdout).toBe(cli([...args, '--jobs', '1']).stdout);
  });

  it('rejects --jobs beyond 4 per core with exit 2, before reading anything', () => {
    const r = cli(['parse', 'fixtures/cli/good.txt', '--jobs', '100000']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^news-scrape: --jobs 100000 is more than the maximum of \d+ \(4 per core, \d+ cores?\)/);
  });

  it.each(['0', '-1', 'two', '1.5'])('rejects --jobs %s with exit 2', (bad) => {
    const r = cli(['parse', 'a.txt', `--jobs=${bad}`]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--jobs needs a whole number');
  });
});
