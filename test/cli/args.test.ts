import { describe, expect, it } from 'vitest';
import { parseCommandLine, UsageError } from '../../src/cli/args.js';

const PROFILES = ['alalam', '21st-century-wire'];

describe('parseCommandLine', () => {
  it('fills in the defaults', () => {
    expect(parseCommandLine(['parse', 'a.txt'], PROFILES)).toEqual({
      command: 'parse',
      inputs: ['a.txt'],
      stdinFormat: 'auto',
      format: 'jsonl',
      fields: { textField: 'content', htmlField: null, idField: 'id', urlField: 'url', keyField: null, titleField: null, dateField: null },
      zone: null,
      referenceDate: null,
      url: null,
      profile: null,
      output: null,
      select: null,
      profiles: null,
      learn: false,
      shard: null,
      jobs: null,
      unordered: false,
      maxRecordBytes: 64 * 1024 * 1024,
      csvFormulas: 'escape',
      quiet: false,
    });
  });

  it.each([
    [['parse', 'a.csv', '--format', 'pretty'], { format: 'pretty' }],
    [['parse', 'a.csv', '-f', 'json'], { format: 'json' }],
    [['parse', 'a.csv', '--text-field', 'body', '--html-field', 'raw'], { fields: { textField: 'body', htmlField: 'raw', idField: 'id', urlField: 'url', keyField: null, titleField: null } }],
    [['parse', 'a.csv', '--id-field', 'key', '--url-field', 'link'], { fields: { textField: 'content', htmlField: null, idField: 'key', urlField: 'link', keyField: null, titleField: null } }],
    [['parse', 'a.csv', '--title-field', 'title'], { fields: { textField: 'content', htmlField: null, idField: 'id', urlField: 'url', keyField: null, titleField: 'title' } }],
    [['parse', 'a.txt', '--zone', 'Asia/Tehran'], { zone: 'Asia/Tehran' }],
    [['parse', 'a.txt', '--profile', 'alalam'], { profile: 'alalam' }],
    [['parse', 'a.txt', '--profile', 'none'], { profile: false }],
    [['parse', 'a.txt', '-o', 'out.jsonl'], { output: 'out.jsonl' }],
    [['parse', '-', 'b.txt'], { inputs: ['-', 'b.txt'] }],
    [['parse', '--format', 'json', 'a.txt', 'b.csv'], { inputs: ['a.txt', 'b.csv'], format: 'json' }],
    [['parse', 'a.csv', '--jobs', '2', '--unordered'], { jobs: 2, unordered: true }],
    [['parse', 'a.csv', '--format', 'csv', '--csv-formulas', 'keep'], { csvFormulas: 'keep' }],
    [['parse', 'a.csv', '--date-field', 'scraped_at'], { fields: { dateField: 'scraped_at' } }],
    [['parse', 'a.csv', '--reference-date', '2024-01-05'], { referenceDate: '2024-01-05' }],
    [['parse', 'a.csv', '--reference-date', '2024-01-05T10:30:00+03:30'], { referenceDate: '2024-01-05T10:30:00+03:30' }],
    [['parse', 'a.csv', '--reference-date', '2018-01-25 16:17:44.789555'], { referenceDate: '2018-01-25T16:17:44.789555' }],
    [['inspect', 'a.txt', '--reference-date', '2024-01-05'], { referenceDate: '2024-01-05' }],
    [['parse', 'a.html', '--url', 'https://example.com/news/a'], { url: 'https://example.com/news/a' }],
    [['parse', 'a.txt.gz', '--url', ' https://example.com/a '], { url: 'https://example.com/a' }],
    [['parse', '-', '--url', 'https://example.com/a'], { url: 'https://example.com/a' }],
    [['inspect', 'page.htm', '--url', 'https://example.com/a'], { url: 'https://example.com/a' }],
  ])('reads %j', (argv, expected) => {
    expect(parseCommandLine(argv, PROFILES)).toMatchObject(expected);
  });

  it.each([
    [['--help'], { command: 'help' }],
    [['-h'], { command: 'help' }],
    [['help'], { command: 'help' }],
    [['parse', 'a.txt', '--help'], { command: 'help', topic: 'parse' }],
    [['learn', '-h'], { command: 'help', topic: 'learn' }],
    [['help', 'inspect'], { command: 'help', topic: 'inspect' }],
    [['--version'], { command: 'version' }],
  ])('%j asks for %j', (argv, command) => {
    expect(parseCommandLine(argv, PROFILES)).toEqual(command);
  });

  it.each([
    [[], /missing command/],
    [['parse'], /no inputs/],
    [['frobnicate', 'a.txt'], /unknown command "frobnicate"/],
    [['parse', 'a.txt', '--nope'], /Unknown option '--nope'/],
    [['parse', 'a.txt', '--format', 'xml'], /unknown --format "xml"/],
    [['parse', 'a.txt', '--format'], /argument missing/],
    [['parse', 'a.txt', '--profile', 'bbc'], /unknown --profile "bbc"; known profiles: alalam, 21st-century-wire, or none/],
    [['parse', 'a.txt', '--text-field', ''], /--text-field needs a non-empty value/],
    [['parse', 'a.txt', '--version=1'], /does not take an argument/],
    [['parse', 'a.txt', '--csv-formulas', 'strip'], /--csv-formulas needs escape or keep, not "strip"/],
    [['parse', 'a.txt', '--reference-date', 'yesterday'], /^--reference-date needs an ISO date or date-time, e.g. 2024-01-05 or 2024-01-05T10:00:00Z, not "yesterday"$/],
    [['parse', 'a.txt', '--reference-date', '2024-02-30'], /--reference-date needs an ISO date/],
    [['parse', 'a.txt', '--reference-date', '05/01/2024'], /--reference-date needs an ISO date/],
    [['parse', 'a.txt', '--reference-date', ''], /--reference-date needs an ISO date/],
    [['parse', 'a.csv', '--date-field', ''], /--date-field needs a non-empty value/],
    [['parse', 'a.txt', '--url', 'example.com/a'], /^--url needs an absolute URL such as https:\/\/example.com\/news\/a, not "example.com\/a"$/],
    [['parse', 'a.txt', 'b.txt', '--url', 'https://example.com/a'], /--url names the page of one text or HTML file or of standard input/],
    [['parse', 'a.csv', '--url', 'https://example.com/a'], /for CSV and JSON Lines use --url-field/],
    [['parse', 'crawl.warc.gz', '--url', 'https://example.com/a'], /a WARC record has its own URL/],
    [['parse', 'fixtures', '--url', 'https://example.com/a'], /--url names the page of one text or HTML file/],
    [['parse', 'pages/*.html', '--url', 'https://example.com/a'], /--url names the page of one text or HTML file/],
    [['learn', 'a.csv', '-o', 'p.json', '--reference-date', '2024-01-05'], /--reference-date does not apply to learn/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCommandLine(argv, PROFILES)).toThrow(UsageError);
    expect(() => parseCommandLine(argv, PROFILES)).toThrow(message);
  });
});
