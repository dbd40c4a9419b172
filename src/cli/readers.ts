import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { parse as parseCsv, type CsvError } from 'csv-parse';
import { glob, isDynamicPattern } from 'tinyglobby';
import { readReferenceDate } from '../dates/reference.js';
import { decodeHtml } from '../input/charset.js';
import type { Warning } from '../types.js';
import { looksLikeHtml } from '../input/html.js';
import type { FieldOptions } from './args.js';
import { failure, type FailedRecord, type ReadResult } from './records.js';
import { sniffStdin, type StdinFormat } from './stdin.js';
import { readWarcRecords, type SkipCounter } from './warc.js';

/** How an input is read, chosen by its extension (after any `.gz`). */
export type InputKind = 'text' | 'html' | 'csv' | 'jsonl' | 'warc' | 'stdin';

const KIND_BY_EXTENSION: Readonly<Record<string, InputKind>> = {
  '.html': 'html',
  '.htm': 'html',
  '.csv': 'csv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.warc': 'warc',
};

/** The files a folder contributes: every kind the command reads, plain or gzipped. */
const FOLDER_PATTERN = '**/*.{txt,html,htm,csv,jsonl,ndjson,warc}{,.gz}';
const GZ = /\.gz$/i;

/** Counts the bytes read from disk (compressed size for .gz), for progress and the summary. */
export interface Meter {
  bytes: number;
  /** Counts a WARC record that is not an article, by kind (`request`, `non-html`, …), for the summary. */
  skip?: SkipCounter;
}

/** Whether a path is gzipped (by its `.gz` extension). */
export function isGzip(path: string): boolean {
  return GZ.test(path);
}

/** The reader for a path: `-` is stdin; `.gz` is looked through; unknown extensions are read as text. */
export function kindOf(path: string): InputKind {
  if (path === '-') return 'stdin';
  const plain = path.replace(GZ, '');
  return KIND_BY_EXTENSION[extname(plain).toLowerCase()] ?? 'text';
}

/**
 * The id a file gives its records: its stem (without `.gz`), or its folder's name when the
 * stem is `input` (fixtures live as `seeds/<id>/input.txt`).
 *
 * @example idFromPath('fixtures/seeds/000_f69f3540a3bdc296/input.txt') // "000_f69f3540a3bdc296"
 */
export function idFromPath(path: string): string {
  if (path === '-') return 'stdin';
  const plain = path.replace(GZ, '');
  const stem = basename(plain, extname(plain));
  if (stem.toLowerCase() === 'input') {
    const folder = basename(dirname(resolve(path)));
    if (folder !== '') return folder;
  }
  return stem;
}

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/**
 * Decodes UTF-8 bytes, dropping a leading BOM; invalid bytes become U+FFFD and `invalid` is
 * true (a strict decode detects them, a lenient one replaces them).
 */
export function decodeUtf8(bytes: Uint8Array): { text: string; invalid: boolean } {
  try {
    return { text: strict.decode(bytes), invalid: false };
  } catch {
    return { text: lenient.decode(bytes), invalid: true };
  }
}

/** Re-reads a latin1 string (one char per byte) as UTF-8. */
function redecode(latin1: string): { text: string; invalid: boolean } {
  return decodeUtf8(Buffer.from(latin1, 'latin1'));
}

function isZlibError(err: unknown): boolean {
  const e = err as (NodeJS.ErrnoException & { errno?: number }) | null;
  return typeof e?.code === 'string' && e.code.startsWith('Z_');
}

/** A short machine code and message for a file-system or gzip error. */
function fileError(err: unknown, path: string): { code: string; message: string } {
  if (isZlibError(err)) {
    return { code: 'gzip-error', message: `cannot gunzip ${path}: ${err instanceof Error ? err.message : String(err)}` };
  }
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return { code: 'file-not-found', message: `no such file: ${path}` };
    case 'EACCES':
    case 'EPERM':
      return { code: 'permission-denied', message: `cannot read ${path}: permission denied` };
    case 'EISDIR':
      return { code: 'is-a-directory', message: `${path} is a directory, not a file` };
    default:
      return { code: 'read-error', message: `cannot read ${path}: ${err instanceof Error ? err.message : String(err)}` };
  }
}

function fileFailure(path: string, err: unknown, source = path): FailedRecord {
  const { code, message } = fileError(err, path);
  return failure(idFromPath(path), source, code, message);
}

/** Checks up front that `path` is a readable file, so a missing one is one error record. */
async function checkFile(path: string): Promise<FailedRecord | null> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fileFailure(path, Object.assign(new Error('directory'), { code: 'EISDIR' }));
    return null;
  } catch (err) {
    return fileFailure(path, err);
  }
}

/** The file's bytes as a stream, gunzipped when it ends in `.gz`; every byte read is counted. */
function openBytes(path: string, meter: Meter): Readable {
  const file = createReadStream(path);
  file.on('data', (chunk) => {
    meter.bytes += chunk.length;
  });
  if (!isGzip(path)) return file;
  const gunzip = createGunzip();
  file.on('error', (err) => gunzip.destroy(err));
  gunzip.on('close', () => file.destroy());
  return file.pipe(gunzip);
}

async function readBytes(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** A line without the `\r` of a `\r\n` ending. */
function dropCr(text: string): string {
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}

/**
 * The longest JSON Lines line read (bytes): far above `--max-record-bytes`' default and below
 * the engine's string limit, so one giant line is an error record and the file reads on.
 */
export const MAX_LINE_BYTES = 256 * 1024 * 1024;

/**
 * Splits a byte stream into latin1 lines (without `\n` or `\r\n`), numbered from 1, in time
 * linear in the input: each chunk is searched once, and the pieces of a line that spans many
 * chunks are joined once, when its end arrives (never re-joined and re-split per chunk). A line
 * longer than `maxLine` comes out empty with its size as `oversize`.
 */
export async function* lines(stream: Readable, maxLine = MAX_LINE_BYTES): AsyncGenerator<{ line: number; text: string; oversize?: number }> {
  let pieces: string[] = [];
  let size = 0;
  let line = 0;
  // A line longer than `maxLine` is not joined (it could pass the engine's string limit and end
  // the file): its size is counted to its end and it comes out empty, with `oversize`.
  const emit = (): { line: number; text: string; oversize?: number } =>
    size > maxLine ? { line: ++line, text: '', oversize: size } : { line: ++line, text: dropCr(pieces.join('')) };
  stream.setEncoding('latin1');
  for await (const chunk of stream) {
    const text = chunk as string;
    let from = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', from)) {
      size += nl - from;
      if (size <= maxLine) pieces.push(text.slice(from, nl));
      yield emit();
      pieces = [];
      size = 0;
      from = nl + 1;
    }
    if (from < text.length) {
      size += text.length - from;
      if (size <= maxLine) pieces.push(from === 0 ? text : text.slice(from));
      else pieces = [];
    }
  }
  if (size > 0 || pieces.length > 0) yield emit();
}

/** A row's own cell `name`, never an inherited property (`toString`, `__proto__`). */
function own(row: Record<string, unknown>, name: string): unknown {
  return Object.hasOwn(row, name) ? row[name] : undefined;
}

/** A cell's text: strings as they are, numbers and booleans as written, anything else absent. */
function cellText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/**
 * The record's reference date from its `--date-field` cell: `{ referenceDate }` when the cell
 * holds an ISO (or SQL-style) date, a `bad-reference-date` warning when it holds something else,
 * nothing when it is empty or absent (then `--reference-date`, if given, applies).
 */
function dateOf(row: Record<string, unknown>, field: string | null): { referenceDate?: string; warnings?: Warning[] } {
  if (field === null) return {};
  const cell = cellText(own(row, field))?.trim() ?? '';
  if (cell === '') return {};
  const date = readReferenceDate(cell);
  if (date !== null) return { referenceDate: date };
  const shown = JSON.stringify(cell.length > 40 ? `${cell.slice(0, 40)}…` : cell);
  return { warnings: [{ code: 'bad-reference-date', message: `the --date-field "${field}" cell ${shown} is not an ISO date; relative dates in this record have no reference date from it`, start: null, end: null }] };
}

/**
 * Turns one CSV row or JSON object into a record: the HTML field when given and non-empty,
 * else the text field (an empty cell is an empty scrape, a missing one an error).
 */
export function recordFromFields(
  row: Record<string, unknown>,
  fields: FieldOptions,
  source: string,
  fallbackId: string,
  invalidUtf8 = false,
): ReadResult {
  const id = cellText(own(row, fields.idField))?.trim() || fallbackId;
  const url = cellText(own(row, fields.urlField))?.trim() || null;
  const key = fields.keyField === null ? null : cellText(own(row, fields.keyField))?.trim() || null;
  const title = fields.titleField === null ? null : cellText(own(row, fields.titleField))?.trim() || null;
  const hint = { ...(title === null ? {} : { title }), ...dateOf(row, fields.dateField ?? null) };
  if (fields.htmlField !== null) {
    const html = own(row, fields.htmlField);
    if (typeof html === 'string' && html.trim() !== '') return { ok: true, id, url, source, text: html, format: 'html', key, invalidUtf8, ...hint };
  }
  const value = own(row, fields.textField);
  if (typeof value === 'string') return { ok: true, id, url, source, text: value, format: null, key, invalidUtf8, ...hint };
  if (value === undefined || value === null) {
    const fieldNames = Object.keys(row);
    const also = fields.htmlField !== null ? ` (and --html-field "${fields.htmlField}" is empty)` : '';
    return failure(id, source, 'missing-field', `no "${fields.textField}" field${also}; fields are: ${fieldNames.join(', ') || '(none)'} — choose one with --text-field`);
  }
  return failure(id, source, 'bad-field', `field "${fields.textField}" holds ${Array.isArray(value) ? 'an array' : `a ${typeof value}`}, not text`);
}

/**
 * Turns one file's (or standard input's) bytes into a record: HTML through {@link decodeHtml}
 * (BOM, `<meta charset>`, else UTF-8 or windows-1252), text as UTF-8. NUL bytes make it a
 * `binary-file` error, unless a BOM says the page is UTF-16.
 */
export function wholeRecord(bytes: Uint8Array, format: 'html' | null, id: string, source: string): ReadResult {
  const html = format === 'html' ? decodeHtml(bytes) : null;
  if (!html?.encoding.startsWith('utf-16') && bytes.includes(0)) {
    const what = source === '-' ? 'standard input holds' : `${source} holds`;
    return failure(id, source, 'binary-file', `${what} NUL bytes: it is binary, not a text or HTML scrape`);
  }
  if (html !== null) return { ok: true, id, url: null, source, text: html.text, format, key: null, invalidUtf8: false, warnings: html.warnings };
  const { text, invalid } = decodeUtf8(bytes);
  return { ok: true, id, url: null, source, text, format, key: null, invalidUtf8: invalid };
}

/** Reads a .txt (or any unknown extension) or .html file, maybe gzipped, as one record. */
async function* readWhole(path: string, format: 'html' | null, meter: Meter): AsyncGenerator<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = await readBytes(openBytes(path, meter));
  } catch (err) {
    yield fileFailure(path, err);
    return;
  }
  yield wholeRecord(bytes, format, idFromPath(path), path);
}

/**
 * Reads standard input: CSV or JSON Lines rows as from a file (sources `-:row`), or one text or
 * HTML record with id `stdin`; `auto` sniffs JSON Lines and HTML (see {@link sniffStdin}).
 */
async function* readStdin(stdin: Readable, meter: Meter, fields: FieldOptions, format: StdinFormat): AsyncGenerator<ReadResult> {
  let bytes: Buffer;
  try {
    bytes = await readBytes(stdin);
  } catch (err) {
    yield failure('stdin', '-', 'read-error', `cannot read standard input: ${err instanceof Error ? err.message : String(err)}`);
    return;
  }
  meter.bytes += bytes.length;
  if (bytes.includes(0)) {
    yield failure('stdin', '-', 'binary-file', 'standard input holds NUL bytes: it is binary, not a text or HTML scrape');
    return;
  }
  const kind = format === 'auto' ? sniffStdin(bytes) : format;
  const replay = (): Readable => new PassThrough().end(bytes);
  if (kind === 'csv') return yield* readCsv('-', fields, meter, replay());
  if (kind === 'jsonl') return yield* readJsonLines('-', fields, meter, replay());
  // Markup is ASCII in every charset the sniffer reads, so a latin1 view tells HTML from text;
  // HTML is decoded by its `<meta charset>`.
  const html = kind === 'html' || (format === 'auto' && looksLikeHtml(bytes.toString('latin1', 0, Math.min(bytes.length, 1 << 16))));
  const record = wholeRecord(bytes, html ? 'html' : null, 'stdin', '-');
  // Standard input the sniffer did not call HTML keeps its format detected by the parser.
  yield record.ok ? { ...record, format: kind === 'html' ? 'html' : null } : record;
}

/** Reads JSON Lines: one record per non-blank line; a bad line is one error record. */
async function* readJsonLines(path: string, fields: FieldOptions, meter: Meter, bytes?: Readable): AsyncGenerator<ReadResult> {
  const stem = idFromPath(path);
  let at = 0;
  let read = 0;
  try {
    for await (const { line, text: raw, oversize } of lines(bytes ?? openBytes(path, meter))) {
      at = line;
      const source = `${path}:${line}`;
      if (oversize !== undefined) {
        read++;
        yield failure(null, source, 'too-large', `line ${line} holds ${oversize} bytes, more than a JSON Lines line may (${MAX_LINE_BYTES}); it was not read`);
        continue;
      }
      const { text: json, invalid } = redecode(raw);
      if (json.trim() === '') continue;
      read++;
      let value: unknown;
      try {
        value = JSON.parse(json);
      } catch (err) {
        yield failure(null, source, 'bad-json', `line ${line} is not JSON: ${err instanceof Error ? err.message : String(err)}`);
        continue;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        const what = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
        yield failure(null, source, 'not-an-object', `line ${line} holds ${what}; each line must be a JSON object`);
        continue;
      }
      yield recordFromFields(value as Record<string, unknown>, fields, source, `${stem}:${line}`, invalid);
    }
    if (read === 0) yield noRecords(path, stem);
  } catch (err) {
    yield fileFailure(path, err, at > 0 ? `${path}:${at + 1}` : path);
  }
}

/**
 * The one record of a CSV or JSON Lines input that holds none (an empty file, a header alone,
 * blank lines): empty, so it comes out with an `empty-input` warning rather than vanishing.
 */
function noRecords(path: string, stem: string): ReadResult {
  return { ok: true, id: stem, url: null, source: path, text: '', format: null, key: null, invalidUtf8: false };
}

/** A CSV problem the parser skipped past, placed after the rows emitted before it. */
interface SkippedRow {
  after: number;
  row: number;
  error: CsvError;
  /** The skipped text, and the file line the parser had reached (both grow while one bad row lasts). */
  raw: string;
  lines: number;
}

/** Counts `\n` in `text`. */
function lineBreaks(text: string): number {
  let n = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) n++;
  return n;
}

/**
 * The error record's message for a skipped CSV row. A row whose skipped text spans several
 * lines (a quote left open swallows the lines after it, up to the next quote or the end of the
 * file) names those lines, so the rows on them are not lost silently.
 */
function skippedMessage(s: SkippedRow): string {
  const base = `CSV row ${s.row} skipped: ${redecode(s.error.message).text}`;
  const breaks = lineBreaks(s.raw);
  const spanned = s.raw.endsWith('\n') ? breaks : breaks + 1;
  if (spanned <= 1 || !Number.isInteger(s.lines) || s.lines < spanned) return base;
  const last = s.lines;
  const first = last - spanned + 1;
  return `${base} — a quote left open took file lines ${first}–${last} (${spanned} lines) into this row: the rows written there, from row ${s.row} on, are not read; close the quote to read them`;
}

/** The cells a record is built from, decoded from latin1 back to UTF-8; other cells stay as they are. */
function decodeRow(row: Record<string, string>, fields: FieldOptions): { row: Record<string, unknown>; invalid: boolean } {
  let invalid = false;
  // No prototype, so a column named `__proto__` is a cell like any other.
  const out: Record<string, unknown> = Object.assign(Object.create(null) as Record<string, unknown>, row);
  for (const name of [fields.textField, fields.htmlField, fields.idField, fields.urlField, fields.keyField, fields.titleField, fields.dateField]) {
    if (name === null || name === undefined) continue;
    const cell = own(row, name);
    if (typeof cell !== 'string') continue;
    const decoded = redecode(cell);
    invalid ||= decoded.invalid;
    out[name] = decoded.text;
  }
  return { row: out, invalid };
}

/**
 * Streams a CSV file, maybe gzipped (header row names the columns): one record per row, rows
 * numbered from 1 after the header, blank lines skipped. A malformed row is reported as one
 * error record in its place, and the rows after it still come out. Bytes are read as latin1
 * and the used cells decoded as UTF-8, so invalid bytes are caught per record.
 */
async function* readCsv(path: string, fields: FieldOptions, meter: Meter, bytes?: Readable): AsyncGenerator<ReadResult> {
  const stem = idFromPath(path);
  let emitted = 0;
  let rows = 0;
  let lastSkip: { raw: string; emitted: number; skip: SkippedRow } | null = null;
  const skipped: SkippedRow[] = [];

  const parser = parseCsv({
    columns: (header: string[]) => header.map((name) => redecode(name).text),
    // The BOM is dropped by decodeUtf8 on the header (csv-parse's own would switch to UTF-8).
    bom: false,
    encoding: 'latin1',
    relax_column_count: true,
    // A blank line holds no record (blank lines inside quoted cells are kept).
    skip_empty_lines: true,
    skip_records_with_error: true,
    raw: true,
    on_skip: (err: CsvError | undefined, raw: string | undefined) => {
      if (!err) return undefined;
      // One bad row can raise several errors; the row's raw text only grows while it lasts.
      const text = raw ?? '';
      const lines = Number((err as { lines?: unknown }).lines);
      if (lastSkip && lastSkip.emitted === emitted && text.startsWith(lastSkip.raw)) {
        lastSkip.raw = text;
        lastSkip.skip.raw = text;
        lastSkip.skip.lines = lines;
        return undefined;
      }
      const skip: SkippedRow = { after: emitted, row: ++rows, error: err, raw: text, lines };
      lastSkip = { raw: text, emitted, skip };
      skipped.push(skip);
      return undefined;
    },
    on_record: (record: { record: Record<string, string>; raw: string }) => {
      lastSkip = null;
      return { row: ++rows, seq: emitted++, record: record.record };
    },
  });
  const source = bytes ?? openBytes(path, meter);
  source.on('error', (err) => parser.destroy(err));
  source.pipe(parser);

  function* skippedUpTo(seq: number): Generator<ReadResult> {
    while (skipped.length > 0 && skipped[0]!.after <= seq) {
      const s = skipped.shift()!;
      yield failure(null, `${path}:${s.row}`, 'csv-error', skippedMessage(s));
    }
  }

  try {
    for await (const item of parser as AsyncIterable<{ row: number; seq: number; record: Record<string, string> }>) {
      yield* skippedUpTo(item.seq);
      const { row, invalid } = decodeRow(item.record, fields);
      yield recordFromFields(row, fields, `${path}:${item.row}`, `${stem}:${item.row}`, invalid);
    }
    yield* skippedUpTo(Number.POSITIVE_INFINITY);
    if (rows === 0) yield noRecords(path, stem);
  } catch (err) {
    yield* skippedUpTo(Number.POSITIVE_INFINITY);
    const csvCode = (err as { code?: unknown } | null)?.code;
    if (typeof csvCode === 'string' && csvCode.startsWith('CSV_')) {
      yield failure(null, rows > 0 ? `${path}:${rows + 1}` : path, 'csv-error', `CSV cannot be read past row ${rows}: ${(err as Error).message}`);
    } else {
      yield fileFailure(path, err, rows > 0 ? `${path}:${rows + 1}` : path);
    }
  } finally {
    source.destroy();
  }
}

/**
 * Turns the command line's inputs into the paths to read, in order: a folder becomes its
 * readable files (recursively, sorted), a glob its matches (sorted); a folder or glob with
 * nothing to read becomes one `no-match` error record so nothing disappears silently.
 */
export async function* expandInputs(inputs: readonly string[]): AsyncGenerator<string | FailedRecord> {
  for (const input of inputs) {
    if (input === '-') {
      yield input;
      continue;
    }
    let isDir: boolean | null = null;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch {
      isDir = null;
    }
    if (isDir === false) {
      yield input;
      continue;
    }
    let found: string[];
    if (isDir === true) {
      const rel = await glob(FOLDER_PATTERN, { cwd: input, onlyFiles: true, dot: false, caseSensitiveMatch: false, expandDirectories: false });
      found = rel.map((p) => join(input, p));
    } else if (isDynamicPattern(input)) {
      found = await glob(input, { onlyFiles: true, expandDirectories: false });
    } else {
      yield input; // missing: readInput reports it
      continue;
    }
    found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (found.length === 0) {
      const what = isDir ? `folder ${input} holds no .txt, .html, .csv, .jsonl or .warc files` : `no file matches ${input}`;
      yield failure(null, input, 'no-match', what);
    }
    yield* found;
  }
}

/**
 * The bytes the inputs hold on disk (compressed size for `.gz`, as the meter counts them), so
 * progress can show an ETA; `null` when one is standard input or another stream (a pipe, a
 * FIFO) whose size is unknown. Missing files count 0: they become error records.
 */
export async function inputSize(inputs: readonly string[]): Promise<number | null> {
  let total = 0;
  for await (const item of expandInputs(inputs)) {
    if (typeof item !== 'string') continue;
    if (item === '-') return null;
    try {
      const info = await stat(item);
      if (!info.isFile()) return null;
      total += info.size;
    } catch {
      // Unreadable: read as an error record, no bytes.
    }
  }
  return total;
}

/**
 * Reads every record of one input path, in order; never throws. Missing or unreadable
 * inputs, bad rows and bad lines come out as failed records.
 */
export async function* readInput(
  path: string,
  fields: FieldOptions,
  stdin: Readable = process.stdin,
  meter: Meter = { bytes: 0 },
  stdinFormat: StdinFormat = 'auto',
): AsyncGenerator<ReadResult> {
  const kind = kindOf(path);
  if (kind === 'stdin') {
    yield* readStdin(stdin, meter, fields, stdinFormat);
    return;
  }
  const problem = await checkFile(path);
  if (problem) {
    yield problem;
    return;
  }
  switch (kind) {
    case 'csv':
      yield* readCsv(path, fields, meter);
      return;
    case 'jsonl':
      yield* readJsonLines(path, fields, meter);
      return;
    case 'html':
      yield* readWhole(path, 'html', meter);
      return;
    case 'warc': {
      const bytes = openBytes(path, meter);
      try {
        yield* readWarcRecords(bytes, path, (kind) => meter.skip?.(kind));
      } finally {
        bytes.destroy();
      }
      return;
    }
    case 'text':
      yield* readWhole(path, null, meter);
      return;
  }
}

/** Every record of every input (folders and globs expanded), in order. */
export async function* readAll(inputs: readonly string[], fields: FieldOptions, stdin: Readable, meter: Meter, stdinFormat: StdinFormat = 'auto'): AsyncGenerator<ReadResult> {
  for await (const item of expandInputs(inputs)) {
    if (typeof item === 'string') yield* readInput(item, fields, stdin, meter, stdinFormat);
    else yield item;
  }
}

/** Gives every record read the page URL `--url` names (the command line allows it for one text or HTML input only). */
export async function* withUrl(reads: AsyncIterable<ReadResult>, url: string | null): AsyncGenerator<ReadResult> {
  for await (const read of reads) yield url !== null && read.ok ? { ...read, url } : read;
}

/**
 * Passes records through, except that one whose text holds more than `maxBytes` UTF-8 bytes
 * becomes a `too-large` error record (its text dropped, never parsed).
 */
export async function* limitRecordSize(reads: AsyncIterable<ReadResult>, maxBytes: number): AsyncGenerator<ReadResult> {
  for await (const read of reads) {
    // A UTF-16 unit is at most 3 UTF-8 bytes: count the bytes only when the length cannot decide.
    if (!read.ok || read.text.length * 3 <= maxBytes) {
      yield read;
      continue;
    }
    const bytes = Buffer.byteLength(read.text, 'utf8');
    if (bytes <= maxBytes) yield read;
    else yield failure(read.id, read.source, 'too-large', `the record holds ${bytes} bytes of text, more than --max-record-bytes ${maxBytes}; it was not parsed`);
  }
}
