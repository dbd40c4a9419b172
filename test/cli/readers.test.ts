import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import type { FieldOptions } from '../../src/cli/args.js';
import { idFromPath, kindOf, lines, readInput, recordFromFields } from '../../src/cli/readers.js';
import type { ReadResult } from '../../src/cli/records.js';
import { learnedProfileFor, parseRecord } from '../../src/cli/run.js';
import { createSink } from '../../src/cli/sink.js';
import { wantsColor } from '../../src/cli/style.js';

const FIELDS: FieldOptions = { textField: 'content', htmlField: null, idField: 'id', urlField: 'url', keyField: null, titleField: null };
const dir = mkdtempSync(join(tmpdir(), 'news-scrape-readers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function readAll(path: string, fields: FieldOptions = FIELDS, stdin?: Readable): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInput(path, fields, stdin)) out.push(r);
  return out;
}

describe('kindOf and idFromPath', () => {
  it.each([
    ['a.txt', 'text'],
    ['a.TXT', 'text'],
    ['a.html', 'html'],
    ['a.htm', 'html'],
    ['a.csv', 'csv'],
    ['a.jsonl', 'jsonl'],
    ['a.ndjson', 'jsonl'],
    ['a.scrape', 'text'],
    ['noext', 'text'],
    ['-', 'stdin'],
  ])('%s is read as %s', (path, kind) => expect(kindOf(path)).toBe(kind));

  it.each([
    ['fixtures/seeds/000_f69f3540a3bdc296/input.txt', '000_f69f3540a3bdc296'],
    ['seeds/003/input.html', '003'],
    ['seeds/003/Input.txt', '003'],
    ['dir/000_f69f3540a3bdc296.txt', '000_f69f3540a3bdc296'],
    ['story.v2.html', 'story.v2'],
    ['inputs.txt', 'inputs'],
  ])('%s has id %s', (path, id) => expect(idFromPath(path)).toBe(id));
});

describe('recordFromFields', () => {
  it.each([
    [{ id: 'a', content: 'text' }, { ok: true, id: 'a', url: null, text: 'text', format: null }],
    [{ id: 7, url: ' https://x.org/a ', content: '' }, { ok: true, id: '7', url: 'https://x.org/a', text: '' }],
    [{ content: 'text' }, { ok: true, id: 'f:3' }],
    [{ id: '  ', content: 'text' }, { ok: true, id: 'f:3' }],
    [{ id: 'a' }, { ok: false, id: 'a', error: { code: 'missing-field' } }],
    [{ id: 'a', content: null }, { ok: false, error: { code: 'missing-field' } }],
    [{ id: 'a', content: 42 }, { ok: false, error: { code: 'bad-field' } }],
    [{ id: 'a', content: ['x'] }, { ok: false, error: { code: 'bad-field', message: 'field "content" holds an array, not text' } }],
  ])('%j', (row, expected) => {
    expect(recordFromFields(row, FIELDS, 'f:3', 'f:3')).toMatchObject(expected);
  });

  it('prefers a non-empty HTML field and falls back to the text field', () => {
    const fields = { ...FIELDS, htmlField: 'html' };
    expect(recordFromFields({ html: '<p>x</p>', content: 'y' }, fields, 's', 'i')).toMatchObject({ text: '<p>x</p>', format: 'html' });
    expect(recordFromFields({ html: '  ', content: 'y' }, fields, 's', 'i')).toMatchObject({ text: 'y', format: null });
    expect(recordFromFields({ html: '' }, fields, 's', 'i')).toMatchObject({ ok: false, error: { code: 'missing-field' } });
  });

  it('reads the --title-field cell as a title hint, and nothing without the option', () => {
    const row = { content: 'x', title: '  It’s Not Really President Trump  ' };
    expect(recordFromFields(row, { ...FIELDS, titleField: 'title' }, 's', 'i')).toMatchObject({ title: 'It’s Not Really President Trump' });
    expect(recordFromFields(row, FIELDS, 's', 'i')).not.toHaveProperty('title');
    expect(recordFromFields({ content: 'x', title: ' ' }, { ...FIELDS, titleField: 'title' }, 's', 'i')).not.toHaveProperty('title');
  });
});

describe('readInput', () => {
  it('strips a UTF-8 BOM from text files and keeps the rest exactly', async () => {
    const path = file('bom.txt', '\uFEFFTitle\r\n\r\nBody\u00A0text.\n');
    expect(await readAll(path)).toEqual([{ ok: true, id: 'bom', url: null, source: path, text: 'Title\r\n\r\nBody\u00A0text.\n', format: null, key: null, invalidUtf8: false }]);
  });

  it('reads standard input as one record', async () => {
    expect(await readAll('-', FIELDS, Readable.from([Buffer.from('\uFEFFab'), Buffer.from('c')]))).toEqual([
      { ok: true, id: 'stdin', url: null, source: '-', text: 'abc', format: null, key: null, invalidUtf8: false },
    ]);
  });

  it('reads CSV with a BOM, CRLF rows, ragged rows and multi-line cells', async () => {
    const path = file('rows.csv', '\uFEFFid,content,url\r\nr1,"a\r\nb"\r\nr2,c,https://x.org,extra\r\n\r\nr3\r\n');
    const out = await readAll(path);
    expect(out).toMatchObject([
      { ok: true, id: 'r1', text: 'a\r\nb', url: null, source: `${path}:1` },
      { ok: true, id: 'r2', text: 'c', url: 'https://x.org', source: `${path}:2` },
      { ok: false, id: 'r3', source: `${path}:3`, error: { code: 'missing-field' } },
    ]);
  });

  it('reports each malformed CSV row once, in its place, and reads on', async () => {
    const path = file('bad.csv', 'id,content\n1,ok\n2,"bad "q" "q2" x"\n3,"also "bad"\n4,fine\n5,"never closed\n');
    const out = await readAll(path);
    expect(out.map((r) => (r.ok ? r.id : `error@${r.source.slice(path.length + 1)}`))).toEqual(['1', 'error@2', 'error@3', '4', 'error@5']);
    expect(out[4]).toMatchObject({ ok: false, error: { code: 'csv-error', message: expect.stringContaining('Quote Not Closed') } });
  });

  it('names the file lines and the first row a quote left open swallowed, to the end of the file', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => (i === 49 ? `${i + 1},"opens a quote and never closes it` : `${i + 1},row ${i + 1} text`));
    const path = file('unclosed.csv', `id,content\n${rows.join('\n')}\n`);
    const out = await readAll(path);
    expect(out).toHaveLength(50);
    expect(out.slice(0, 49).map((r) => r.ok && r.id)).toEqual(Array.from({ length: 49 }, (_, i) => String(i + 1)));
    expect(out[49]).toMatchObject({ ok: false, source: `${path}:50`, error: { code: 'csv-error' } });
    const message = out[49]?.ok === false ? out[49].error.message : '';
    expect(message).toMatch(/^CSV row 50 skipped: Quote Not Closed: /);
    expect(message).toContain('a quote left open took file lines 51–121 (71 lines) into this row: the rows written there, from row 50 on, are not read');
  });

  it('names the lines a quote left open swallowed when later quotes do not close it (a multi-line row)', async () => {
    const path = file('swallow.csv', 'id,content\na-1,"First\n\nBody one."\na-2,"Broken quote\nstarts here\na-3,Third\na-4,"Fourth"x\na-5,Fifth\n');
    const out = await readAll(path);
    expect(out.map((r) => (r.ok ? r.id : r.source.slice(path.length)))).toEqual(['a-1', ':2']);
    expect(out[1]?.ok === false && out[1].error.message).toContain('took file lines 5–9 (5 lines) into this row: the rows written there, from row 2 on, are not read');
  });

  it('reads JSON Lines with CRLF and blank lines, and names the line of each problem', async () => {
    const path = file('lines.jsonl', '\uFEFF{"id":"a","content":"x"}\r\n\r\n[1,2]\n{"id":"b","content":"y"}\nnot json\n{"id":"c","content":"z"}');
    const out = await readAll(path);
    expect(out).toMatchObject([
      { ok: true, id: 'a', text: 'x', source: `${path}:1` },
      { ok: false, source: `${path}:3`, error: { code: 'not-an-object' } },
      { ok: true, id: 'b', source: `${path}:4` },
      { ok: false, source: `${path}:5`, error: { code: 'bad-json' } },
      { ok: true, id: 'c', source: `${path}:6` },
    ]);
  });

  it.each([['missing.txt'], ['missing.csv'], ['missing.jsonl'], ['missing.html']])('a missing %s is one error record', async (name) => {
    const path = join(dir, name);
    expect(await readAll(path)).toEqual([
      { ok: false, id: 'missing', source: path, error: { code: 'file-not-found', message: `no such file: ${path}` } },
    ]);
  });
});

describe('parseRecord', () => {
  it('passes id, url, format, zone and profile to parseArticle', () => {
    const outcome = parseRecord(
      { ok: true, id: 'x', url: 'https://example.com/a', source: 's', text: '<h1>Big Headline For The Story</h1><p>Some prose of the article body here.</p>', format: 'html', key: null, invalidUtf8: false },
      { zone: 'UTC', profile: false },
    );
    expect(outcome).toMatchObject({ ok: true, source: 's', article: { id: 'x', url: 'https://example.com/a', format: 'html' } });
  });

  it('passes the title hint, which picks the headline line it names', () => {
    const headline = 'It’s Not Really President Trump Who Needs His Mouth Washed Out With Soap';
    const text = ['Subscribe to Canada Free Press for FREE', 'Neither Rev. Rodriguez nor Pope Francis will be there', headline, 'Throwing the spotlight on so-called Men of the Cloth.'].join('\n\n');
    const record = { ok: true as const, id: 'x', url: null, source: 's', text, format: null, key: null, invalidUtf8: false };
    const withHint = parseRecord({ ...record, title: headline }, { zone: null, profile: false });
    const without = parseRecord(record, { zone: null, profile: false });
    expect(withHint).toMatchObject({ ok: true, article: { title: headline } });
    expect(without).not.toMatchObject({ ok: true, article: { title: headline } });
  });

  it('adds the chrome learned for a site to its built-in profile (whose own rows stay)', () => {
    const line = 'Tune in to the evening digest on channel nine';
    const text = ['A Headline About the Harbour Works', 'The harbour works began on Monday, the port authority said in a statement on its site.', line].join('\n\n');
    const record = { ok: true as const, id: 'x', url: 'https://beforeitsnews.com/a/b.html', source: 's', text, format: null, key: null, invalidUtf8: false };
    const learned = { profiles: [{ id: 'learned-bin', name: 'beforeitsnews.com', hosts: ['beforeitsnews.com'], chrome: [{ text: line, where: 'any' as const, reason: 'site-chrome' as const }] }] };
    const profile = learnedProfileFor(record, learned);
    expect(profile?.id).toBe('beforeitsnews');
    expect(profile?.chrome?.map((c) => c.text)).toContain(line);
    expect(profile?.cruft?.length).toBeGreaterThan(0);
    const outcome = parseRecord(record, { zone: null, profile: null }, learned);
    expect(outcome.ok && outcome.article.cruft.map((c) => c.text)).toContain(line);
    // Nothing learned for the site: the built-in profile applies as it is.
    expect(learnedProfileFor({ ...record, url: 'https://beforeitsnews.com/c' }, { profiles: [{ ...learned.profiles[0]!, chrome: [] }] })).toBeNull();
  });

  it('turns a throw into a parse-failed record', () => {
    const outcome = parseRecord({ ok: true, id: 'x', url: null, source: 's', text: 'text', format: null, key: null, invalidUtf8: false }, { zone: null, profile: 'no-such-profile' });
    expect(outcome).toMatchObject({ ok: false, id: 'x', source: 's', error: { code: 'parse-failed', message: expect.stringContaining('UnknownProfileError') } });
  });
});

describe('createSink', () => {
  it('waits for drain and keeps every chunk in order', async () => {
    const got: string[] = [];
    const slow = new Writable({
      highWaterMark: 8,
      write(chunk: Buffer, _enc, done) {
        got.push(chunk.toString());
        setTimeout(done, 1);
      },
    });
    const sink = createSink(slow, true);
    const chunks = Array.from({ length: 50 }, (_, i) => `chunk ${i}\n`);
    for (const c of chunks) await sink.write(c);
    await sink.close();
    expect(got.join('')).toBe(chunks.join(''));
  });

  it('goes quiet after EPIPE', async () => {
    const broken = new Writable({
      highWaterMark: 1,
      write(_chunk, _enc, done) {
        done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const sink = createSink(broken, false);
    await sink.write('a');
    await new Promise((r) => setImmediate(r));
    expect(sink.closed).toBe(true);
    expect(sink.error).toBeNull();
    await sink.write('b');
    await sink.close();
  });
});

describe('wantsColor', () => {
  it.each([
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [false, { FORCE_COLOR: '1' }, true],
    [true, { FORCE_COLOR: '0' }, false],
    [false, { FORCE_COLOR: '1', NO_COLOR: '1' }, false],
  ])('tty=%s env=%j → %s', (tty, env, expected) => expect(wantsColor(tty, env)).toBe(expected));
});

describe('readInput: encodings and gzip', () => {
  it('drops a CSV BOM before the first header name and decodes UTF-8 cells exactly', async () => {
    const path = file('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('id,content\nr-1,"Café – naïve ✓ 日本"\n')]));
    expect(await readAll(path)).toMatchObject([{ ok: true, id: 'r-1', text: 'Café – naïve ✓ 日本', invalidUtf8: false }]);
  });

  it('flags invalid UTF-8 on a JSON Lines line and on standard input', async () => {
    const path = file('bad.jsonl', Buffer.concat([Buffer.from('{"id":"a","content":"ok"}\n{"id":"b","content":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]));
    expect(await readAll(path)).toMatchObject([
      { id: 'a', text: 'ok', invalidUtf8: false },
      { id: 'b', text: 'caf\uFFFD', invalidUtf8: true },
    ]);
    expect(await readAll('-', FIELDS, Readable.from([Buffer.from([0x61, 0xff])]))).toMatchObject([{ id: 'stdin', text: 'a\uFFFD', invalidUtf8: true }]);
  });

  it('reads a gzipped JSON Lines file and reports the lines before a truncation', async () => {
    const { gzipSync } = await import('node:zlib');
    const whole = gzipSync(Buffer.from(Array.from({ length: 2000 }, (_, i) => JSON.stringify({ id: `r${i}`, content: `row ${i} ${'x'.repeat(i % 50)}` })).join('\n')));
    const ok = await readAll(file('all.jsonl.gz', whole));
    expect(ok).toHaveLength(2000);
    const cut = await readAll(file('cut.jsonl.gz', whole.subarray(0, whole.length - 20)));
    expect(cut.at(-1)).toMatchObject({ ok: false, error: { code: 'gzip-error' } });
    expect(cut.slice(0, -1).every((r) => r.ok)).toBe(true);
  });
});

describe('readInput: HTML files are decoded by their charset', () => {
  const cyrillic = '<html><head><meta charset="windows-1251"><title>Новости</title></head><body><article><h1>Мост открыли после ремонта</h1><p>Движение по мосту возобновилось в понедельник утром, сообщили в мэрии.</p></article></body></html>';

  it('a windows-1251 .html file and its .html.gz read as Cyrillic text', async () => {
    const { gzipSync } = await import('node:zlib');
    const bytes = iconv.encode(cyrillic, 'windows-1251');
    for (const path of [file('ru.html', bytes), file('ru-gz.html.gz', gzipSync(bytes))]) {
      expect(await readAll(path)).toMatchObject([{ ok: true, format: 'html', text: cyrillic, invalidUtf8: false, warnings: [] }]);
    }
  });

  it('a Shift_JIS page on standard input is decoded by its <meta charset>', async () => {
    const html = '<html><head><meta charset="shift_jis"></head><body><p>東京の天気</p></body></html>';
    expect(await readAll('-', FIELDS, Readable.from([iconv.encode(html, 'shift_jis')]))).toMatchObject([{ ok: true, id: 'stdin', text: html, warnings: [] }]);
  });

  it('a text file is still read as UTF-8, whatever it holds', async () => {
    const path = file('meta.txt', iconv.encode('<meta charset="windows-1251"> Привет', 'utf-8'));
    expect(await readAll(path)).toMatchObject([{ ok: true, text: '<meta charset="windows-1251"> Привет', invalidUtf8: false }]);
  });

  it('a UTF-16 page with a BOM is not taken for a binary file', async () => {
    const path = file('wide.html', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('<p>Grüße</p>', 'utf-16le')]));
    expect(await readAll(path)).toMatchObject([{ ok: true, text: '<p>Grüße</p>' }]);
    expect(await readAll(file('nul.html', Buffer.from('<p>a\0b</p>')))).toMatchObject([{ ok: false, error: { code: 'binary-file' } }]);
  });

  it('an undeclared page that is not UTF-8 reaches the article with a charset-guessed warning', async () => {
    const html = '<html><body><h1>Café crème prices rise</h1><p>The price of a café crème rose again this week in Paris.</p></body></html>';
    const [read] = await readAll(file('latin.html', iconv.encode(html, 'windows-1252')));
    expect(read).toMatchObject({ ok: true, text: html });
    const outcome = read?.ok ? parseRecord(read, { zone: null, profile: null }) : null;
    expect(outcome?.ok && outcome.article.warnings.map((w) => w.code)).toContain('charset-guessed');
  });
});

describe('lines: the JSON Lines splitter', () => {
  const inputs = ['a\nbb\r\n\nccc', 'a\r\n', '\n\n', 'one line', 'x\r', '\r\n\r\nz\n'];
  const whole = (input: string): string[] => {
    const parts = input.split('\n');
    if (parts[parts.length - 1] === '') parts.pop();
    return parts.map((p) => (p.endsWith('\r') ? p.slice(0, -1) : p));
  };
  const collect = async (chunks: string[]): Promise<string[]> => {
    const out: string[] = [];
    for await (const { line, text } of lines(Readable.from(chunks.map((c) => Buffer.from(c, 'latin1'))))) {
      expect(line).toBe(out.length + 1);
      out.push(text);
    }
    return out;
  };
  it.each(inputs)('gives the same lines for %j read whole, in two pieces at every cut, and a byte at a time', async (input) => {
    expect(await collect([input])).toEqual(whole(input));
    for (let cut = 1; cut < input.length; cut++) expect(await collect([input.slice(0, cut), input.slice(cut)])).toEqual(whole(input));
    expect(await collect([...input])).toEqual(whole(input));
  });

  it('gives a line longer than the limit as empty with its size, whatever the chunks, and reads on', async () => {
    const input = 'short\n' + 'x'.repeat(40) + '\nafter\n' + 'y'.repeat(30);
    for (const chunks of [[input], [...input], [input.slice(0, 10), input.slice(10, 33), input.slice(33)]]) {
      const out: { text: string; oversize?: number }[] = [];
      for await (const { text, oversize } of lines(Readable.from(chunks.map((c) => Buffer.from(c, 'latin1'))), 20)) out.push(oversize === undefined ? { text } : { text, oversize });
      expect(out).toEqual([{ text: 'short' }, { text: '', oversize: 40 }, { text: 'after' }, { text: '', oversize: 30 }]);
    }
  });
});
