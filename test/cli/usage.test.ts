/** Every message a user can act on: per-command help, "did you mean", one usage error for a missing column, options per command. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { closest, editDistance } from '../../src/cli/suggest.js';
import { sniffStdin } from '../../src/cli/stdin.js';

const dir = mkdtempSync(join(tmpdir(), 'news-scrape-usage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const csv = join(dir, 'rows.csv');
writeFileSync(csv, 'id,content,title\nr1,"Army Retakes Hill Near Airport\n\nThe army took the hill on Thursday, local sources said."\n');

/** Runs the command in this process with `stdin` (empty by default). */
const cli = (argv: string[], stdin = '') => runCli(argv, { stdin });

const lines = (stdout: string): Record<string, unknown>[] => stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('per-command help', () => {
  it.each([
    ['parse', ['--format', '--jobs', '--fields', '--zone', '--stdin-format'], []],
    ['learn', ['--key-field', '--output', '--stdin-format'], ['--format', '--jobs', '--zone', '--fields']],
    ['inspect', ['--zone', '--profiles', '--text-field'], ['--format', '--jobs', '--quiet', '--fields']],
  ])('%s --help shows its own options, grouped, and no others', async (command, has, hasNot) => {
    const r = await cli([command, '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Usage: news-scrape ${command} INPUT\\.\\.\\.`));
    expect(r.stdout).toContain('\nFields of CSV and JSON Lines inputs\n');
    for (const option of has) expect(r.stdout).toContain(option);
    for (const option of hasNot) expect(r.stdout).not.toContain(`${option} `);
  });

  it('news-scrape --help still prints the whole usage', async () => {
    const r = await cli(['--help']);
    expect(r.stdout).toContain('Usage: news-scrape parse INPUT... [options]\n       news-scrape learn');
  });
});

describe('did you mean', () => {
  it.each([
    [['parse', csv, '--frmat', 'csv'], "news-scrape: Unknown option '--frmat' (did you mean --format?)"],
    [['parse', csv, '--format', 'jsnl'], 'news-scrape: unknown --format "jsnl" (did you mean "jsonl"?); use one of jsonl, json, pretty, csv, markdown'],
    [['parse', csv, '--csv-formulas', 'kep'], 'news-scrape: --csv-formulas needs escape or keep, not "kep" (did you mean "keep"?)'],
    [['pares', csv], 'news-scrape: unknown command "pares" (did you mean "parse"?)'],
    [['parse', csv, '--stdin-format', 'jsonlines'], 'news-scrape: unknown --stdin-format "jsonlines"'],
  ])('%j is a usage error with a suggestion (exit 2)', async (argv, message) => {
    const r = await cli(argv);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.startsWith(message)).toBe(true);
  });

  it('measures edits, swaps of neighbours included, and suggests only close words', () => {
    expect(editDistance('frmat', 'format')).toBe(1);
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(closest('titel', ['title', 'url'])).toBe('title');
    expect(closest('xyz', ['format', 'fields'])).toBeNull();
  });
});

describe('--zone', () => {
  it.each([
    ['Mars/Olympus', 'news-scrape: unknown --zone "Mars/Olympus"; give an IANA zone'],
    ['Asia/Tehrn', 'news-scrape: unknown --zone "Asia/Tehrn" (did you mean "Asia/Tehran"?); give an IANA zone'],
  ])('%s is a usage error (exit 2), for parse and inspect', async (zone, message) => {
    for (const command of ['parse', 'inspect']) {
      const r = await cli([command, csv, '--zone', zone]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.startsWith(message)).toBe(true);
    }
  });

  it('a known zone is accepted', async () => {
    expect((await cli(['parse', csv, '--zone', 'Asia/Tehran', '-q'])).status).toBe(0);
  });
});

describe('a field flag naming a column the input lacks', () => {
  it('is one usage error listing the columns, with the closest one', async () => {
    const r = await cli(['parse', csv, '--title-field', 'titel']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`news-scrape: --title-field "titel": ${csv} has no such column (did you mean "title"?); its columns are: id, content, title\nTry 'news-scrape parse --help' for usage.\n`);
  });

  it('is checked for learn and inspect too, and for CSV on standard input', async () => {
    expect((await cli(['learn', csv, '--text-field', 'text', '-o', join(dir, 'p.json')])).stderr).toContain(`--text-field "text": ${csv} has no such column`);
    expect((await cli(['inspect', csv, '--url-field', 'link'])).status).toBe(2);
    const r = await cli(['parse', '-', '--stdin-format', 'csv', '--text-field', 'text'], 'id,body\n1,Hello\n');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--text-field "text": standard input has no such column; its columns are: id, body');
  });

  it('leaves an existing -o file as it was', async () => {
    const out = join(dir, 'kept.jsonl');
    writeFileSync(out, 'earlier results\n');
    for (const command of ['parse', 'inspect']) {
      const r = await cli([command, csv, '--url-field', 'link', '-o', out]);
      expect(r.status).toBe(2);
      expect(readFileSync(out, 'utf8')).toBe('earlier results\n');
    }
  });
});

describe('--fields', () => {
  it('rejects a name no article has, listing the valid ones', async () => {
    const r = await cli(['parse', csv, '--fields', 'id,titel']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^news-scrape: --fields "titel": no field "titel" \(did you mean "title"\?\); the fields are: id, url, site, .*title/);
    const nested = await cli(['parse', csv, '--fields', 'site.nmae']);
    expect(nested.stderr).toMatch(/^news-scrape: --fields "site.nmae": site has no field "nmae" \(did you mean "name"\?\); site's fields are: id, name, social/);
  });

  it('accepts source and error only for csv, and applies to no other format than jsonl, json and csv', async () => {
    expect((await cli(['parse', csv, '--fields', 'id,error'])).status).toBe(2);
    expect((await cli(['parse', csv, '-f', 'pretty', '--fields', 'id'])).stderr).toContain('--fields does not apply to --format pretty');
  });

  it('-f csv --fields id,title holds exactly those columns; a failed record says so on stderr', async () => {
    const r = await cli(['parse', csv, join(dir, 'gone.txt'), '-f', 'csv', '--fields', 'id,title']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('id,title\nr1,Army Retakes Hill Near Airport\ngone,\n');
    expect(r.stderr).toContain('news-scrape: 1 record failed; its csv row holds only the id (add error to --fields to see why)\n');
    const withError = await cli(['parse', join(dir, 'gone.txt'), '-f', 'csv', '--fields', 'id,error', '-q']);
    expect(withError.stdout).toBe(`id,error\ngone,file-not-found: no such file: ${join(dir, 'gone.txt')}\n`);
  });
});

describe('options that do not apply to a command', () => {
  it.each([
    [['learn', csv, '-o', join(dir, 'p.json'), '--format', 'csv'], '--format does not apply to learn'],
    [['inspect', csv, '-f', 'csv'], '--format does not apply to inspect'],
    [['learn', csv, '-o', join(dir, 'p.json'), '--zone', 'UTC'], '--zone does not apply to learn'],
    [['inspect', csv, '--jobs', '2'], '--jobs does not apply to inspect'],
    [['inspect', csv, '--quiet'], '--quiet does not apply to inspect'],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const r = await cli(argv);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
  });
});

describe('every error goes to standard error', () => {
  it('inspect writes a record it cannot read on stderr, and only scrapes on stdout', async () => {
    const r = await cli(['inspect', join(dir, 'gone.txt'), csv]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`news-scrape: ${join(dir, 'gone.txt')}: file-not-found: no such file: ${join(dir, 'gone.txt')}\n`);
    expect(r.stdout.startsWith('══ r1 ')).toBe(true);
  });

  it('-o in a missing folder is one line naming the path (exit 2)', async () => {
    const r = await cli(['parse', csv, '-o', '/missing-dir/x']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('news-scrape: cannot write /missing-dir/x: no such folder: /missing-dir\n');
  });
});

describe('empty inputs', () => {
  it('an empty file and empty standard input each give a record with an empty-input warning', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const r = await cli(['parse', empty, '-', '--fields', 'id,warnings', '-q'], '  \n');
    expect(r.status).toBe(0);
    expect(lines(r.stdout)).toEqual([
      { id: 'empty', warnings: [{ code: 'empty-input', message: `${empty} holds no text`, start: null, end: null }] },
      { id: 'stdin', warnings: [{ code: 'empty-input', message: 'standard input holds no text', start: null, end: null }] },
    ]);
  });

  it('a CSV or JSON Lines file with no records (empty, a header alone, blank lines) gives one empty record with empty-input', async () => {
    const files = [['none.csv', ''], ['header.csv', 'id,content\n'], ['blank.jsonl', '\n  \n']] as const;
    for (const [name, text] of files) writeFileSync(join(dir, name), text);
    const r = await cli(['parse', ...files.map(([name]) => join(dir, name)), '--fields', 'id,warnings', '-q']);
    expect(r.status).toBe(0);
    expect(lines(r.stdout)).toEqual(
      files.map(([name]) => ({ id: name.split('.')[0], warnings: [{ code: 'empty-input', message: `${join(dir, name)} holds no text`, start: null, end: null }] })),
    );
  });

  it('a CSV with rows gives no empty record', async () => {
    const file = join(dir, 'rows.csv');
    writeFileSync(file, 'id,content\nr1,"Storm Hits Coast\n\nThe storm hit."\n');
    const r = await cli(['parse', file, '--fields', 'id', '-q']);
    expect(lines(r.stdout)).toEqual([{ id: 'r1' }]);
  });
});

describe('standard input', () => {
  const jsonl = '{"id":"a","content":"Army Retakes Hill Near Airport\\n\\nThe army took the hill."}\n{"id":"b","content":"Storm Hits Coast\\n\\nThe storm hit the coast."}\n';

  it('JSON Lines is sniffed: one record per line', async () => {
    const r = await cli(['parse', '-', '--fields', 'id,title', '-q'], jsonl);
    expect(lines(r.stdout)).toEqual([
      { id: 'a', title: 'Army Retakes Hill Near Airport' },
      { id: 'b', title: 'Storm Hits Coast' },
    ]);
  });

  it('CSV with --stdin-format csv: one record per row, sources -:row', async () => {
    const r = await cli(['parse', '-', '--stdin-format', 'csv', '--fields', 'id,title', '-f', 'csv'], 'id,content\nx,"Storm Hits Coast\n\nThe storm hit."\n,"Second Headline Here\n\nMore text."\n');
    expect(r.stdout).toBe('id,title\nx,Storm Hits Coast\nstdin:2,Second Headline Here\n');
  });

  it('--stdin-format text keeps a JSON line as one text record', async () => {
    const r = await cli(['parse', '-', '--stdin-format', 'text', '--fields', 'id', '-q'], jsonl);
    expect(lines(r.stdout)).toEqual([{ id: 'stdin' }]);
  });

  it.each([
    ['{"id":"a"}\n', 'jsonl'],
    ['  <!DOCTYPE html><html><body><p>x</p></body></html>', 'html'],
    ['<html lang="en"><p>x</p></html>', 'html'],
    ['Storm Hits Coast\n\nThe storm hit.', 'text'],
    ['{not json}\nmore', 'text'],
    ['["a"]\n', 'text'],
    ['id,content\n1,x\n', 'text'],
    ['<b>Bold</b> claims', 'text'],
  ])('sniffs %j as %s', (input, kind) => {
    expect(sniffStdin(Buffer.from(input))).toBe(kind);
  });

  it('HTML is sniffed and parsed as HTML', async () => {
    const html = '<!DOCTYPE html><html><head><title>x</title></head><body><article><h1>Storm Hits Coast Overnight</h1><p>The storm hit the coast overnight, and the town woke to flooded streets.</p></article></body></html>';
    const r = await cli(['parse', '-', '--fields', 'id,title', '-q'], html);
    expect(lines(r.stdout)).toEqual([{ id: 'stdin', title: 'Storm Hits Coast Overnight' }]);
  });
});

describe('a folder scan', () => {
  it('counts the files it skipped, by extension, in the summary', async () => {
    const folder = join(dir, 'scan');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    writeFileSync(join(folder, 'a.txt'), 'Storm Hits Coast\n\nThe storm hit the coast.');
    writeFileSync(join(folder, 'b.pdf'), '%PDF');
    writeFileSync(join(folder, 'sub', 'c.pdf'), '%PDF');
    writeFileSync(join(folder, 'notes'), 'x');
    writeFileSync(join(folder, '.hidden.txt'), 'x');
    const r = await cli(['parse', folder, '--fields', 'id']);
    expect(lines(r.stdout)).toEqual([{ id: 'a' }]);
    expect(r.stderr).toMatch(/^news-scrape: 1 record, 0 errors, 0 warnings in .* MB\/s; 4 files skipped in folders \(\.pdf 2, \(none\) 1, hidden 1\)\n$/);
  });
});
