import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { parse as parseCsv, type CsvError } from 'csv-parse';
import type { FieldOptions } from './args.js';
import { failure, type FailedRecord, type InputRecord, type ReadResult } from './records.js';

/** How an input is read, chosen by its extension. */
export type InputKind = 'text' | 'html' | 'csv' | 'jsonl' | 'stdin';

const KIND_BY_EXTENSION: Readonly<Record<string, InputKind>> = {
  '.html': 'html',
  '.htm': 'html',
  '.csv': 'csv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

const BOM = /^\uFEFF/;

/** The reader for a path: `-` is stdin; unknown extensions are read as text. */
export function kindOf(path: string): InputKind {
  if (path === '-') return 'stdin';
  return KIND_BY_EXTENSION[extname(path).toLowerCase()] ?? 'text';
}

/**
 * The id a file gives its records: its stem, or its folder's name when the stem is `input`
 * (fixtures live as `seeds/<id>/input.txt`).
 *
 * @example idFromPath('fixtures/seeds/000_f69f3540a3bdc296/input.txt') // "000_f69f3540a3bdc296"
 */
export function idFromPath(path: string): string {
  const stem = basename(path, extname(path));
  if (stem.toLowerCase() === 'input') {
    const folder = basename(dirname(resolve(path)));
    if (folder !== '') return folder;
  }
  return stem;
}

/** A short machine code and message for a file-system error. */
function fileError(err: unknown, path: string): { code: string; message: string } {
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

async function readStream(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** Splits a UTF-8 stream into lines (without `\n` or `\r\n`), numbered from 1. */
async function* lines(stream: Readable): AsyncGenerator<{ line: number; text: string }> {
  let rest = '';
  let line = 0;
  stream.setEncoding('utf8');
  for await (const chunk of stream) {
    const parts = (rest + (chunk as string)).split('\n');
    rest = parts.pop() ?? '';
    for (const part of parts) yield { line: ++line, text: part.replace(/\r$/, '') };
  }
  if (rest !== '') yield { line: ++line, text: rest.replace(/\r$/, '') };
}

/** A cell's text: strings as they are, numbers and booleans as written, anything else absent. */
function cellText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/**
 * Turns one CSV row or JSON object into a record: the HTML field when given and non-empty,
 * else the text field (an empty cell is an empty scrape, a missing one an error).
 */
export function recordFromFields(row: Record<string, unknown>, fields: FieldOptions, source: string, fallbackId: string): ReadResult {
  const id = cellText(row[fields.idField])?.trim() || fallbackId;
  const url = cellText(row[fields.urlField])?.trim() || null;
  if (fields.htmlField !== null) {
    const html = row[fields.htmlField];
    if (typeof html === 'string' && html.trim() !== '') return { ok: true, id, url, source, text: html, format: 'html' };
  }
  const value = row[fields.textField];
  if (typeof value === 'string') return { ok: true, id, url, source, text: value, format: null };
  if (value === undefined || value === null) {
    const fieldNames = Object.keys(row);
    const also = fields.htmlField !== null ? ` (and --html-field "${fields.htmlField}" is empty)` : '';
    return failure(id, source, 'missing-field', `no "${fields.textField}" field${also}; fields are: ${fieldNames.join(', ') || '(none)'} — choose one with --text-field`);
  }
  return failure(id, source, 'bad-field', `field "${fields.textField}" holds ${Array.isArray(value) ? 'an array' : `a ${typeof value}`}, not text`);
}

/** Reads a .txt (or any unknown extension) or .html file as one record. */
async function* readWhole(path: string, format: 'html' | null): AsyncGenerator<ReadResult> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    yield fileFailure(path, err);
    return;
  }
  const record: InputRecord = { ok: true, id: idFromPath(path), url: null, source: path, text: text.replace(BOM, ''), format };
  yield record;
}

/** Reads standard input as one text record with id `stdin`. */
async function* readStdin(stdin: Readable): AsyncGenerator<ReadResult> {
  try {
    const text = await readStream(stdin);
    yield { ok: true, id: 'stdin', url: null, source: '-', text: text.replace(BOM, ''), format: null };
  } catch (err) {
    yield failure('stdin', '-', 'read-error', `cannot read standard input: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Reads JSON Lines: one record per non-blank line; a bad line is one error record. */
async function* readJsonLines(path: string, fields: FieldOptions): AsyncGenerator<ReadResult> {
  const stem = idFromPath(path);
  let at = 0;
  try {
    for await (const { line, text } of lines(createReadStream(path))) {
      at = line;
      const source = `${path}:${line}`;
      const json = line === 1 ? text.replace(BOM, '') : text;
      if (json.trim() === '') continue;
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
      yield recordFromFields(value as Record<string, unknown>, fields, source, `${stem}:${line}`);
    }
  } catch (err) {
    yield fileFailure(path, err, at > 0 ? `${path}:${at + 1}` : path);
  }
}

/** A CSV problem the parser skipped past, placed after the rows emitted before it. */
interface SkippedRow {
  after: number;
  row: number;
  error: CsvError;
}

/**
 * Streams a CSV file (header row names the columns): one record per row, rows numbered from 1
 * after the header, blank lines skipped. A malformed row is reported as one error record in
 * its place, and the rows after it still come out.
 */
async function* readCsv(path: string, fields: FieldOptions): AsyncGenerator<ReadResult> {
  const stem = idFromPath(path);
  let emitted = 0;
  let rows = 0;
  let lastSkip: { raw: string; emitted: number } | null = null;
  const skipped: SkippedRow[] = [];

  const parser = parseCsv({
    columns: true,
    bom: true,
    relax_column_count: true,
    // A blank line holds no record (blank lines inside quoted cells are kept).
    skip_empty_lines: true,
    skip_records_with_error: true,
    raw: true,
    on_skip: (err: CsvError | undefined, raw: string | undefined) => {
      if (!err) return undefined;
      // One bad row can raise several errors; the row's raw text only grows while it lasts.
      const text = raw ?? '';
      if (lastSkip && lastSkip.emitted === emitted && text.startsWith(lastSkip.raw)) {
        lastSkip.raw = text;
        return undefined;
      }
      lastSkip = { raw: text, emitted };
      skipped.push({ after: emitted, row: ++rows, error: err });
      return undefined;
    },
    on_record: (record: { record: Record<string, string>; raw: string }) => {
      lastSkip = null;
      return { row: ++rows, seq: emitted++, record: record.record };
    },
  });
  const source = createReadStream(path);
  source.on('error', (err) => parser.destroy(err));
  source.pipe(parser);

  function* skippedUpTo(seq: number): Generator<ReadResult> {
    while (skipped.length > 0 && skipped[0]!.after <= seq) {
      const s = skipped.shift()!;
      yield failure(null, `${path}:${s.row}`, 'csv-error', `CSV row ${s.row} skipped: ${s.error.message}`);
    }
  }

  try {
    for await (const item of parser as AsyncIterable<{ row: number; seq: number; record: Record<string, string> }>) {
      yield* skippedUpTo(item.seq);
      yield recordFromFields(item.record, fields, `${path}:${item.row}`, `${stem}:${item.row}`);
    }
    yield* skippedUpTo(Number.POSITIVE_INFINITY);
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
 * Reads every record of one input path, in order; never throws. Missing or unreadable
 * inputs, bad rows and bad lines come out as failed records.
 */
export async function* readInput(path: string, fields: FieldOptions, stdin: Readable = process.stdin): AsyncGenerator<ReadResult> {
  const kind = kindOf(path);
  if (kind === 'stdin') {
    yield* readStdin(stdin);
    return;
  }
  const problem = await checkFile(path);
  if (problem) {
    yield problem;
    return;
  }
  switch (kind) {
    case 'csv':
      yield* readCsv(path, fields);
      return;
    case 'jsonl':
      yield* readJsonLines(path, fields);
      return;
    case 'html':
      yield* readWhole(path, 'html');
      return;
    case 'text':
      yield* readWhole(path, null);
      return;
  }
}
