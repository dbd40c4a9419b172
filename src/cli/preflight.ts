/**
 * Checks made before a run reads its records: that every field flag names a column the CSV
 * and JSON Lines inputs have (one usage error, not one error record per row), and the
 * `empty-input` warning of a record with no text.
 *
 * @module
 */
import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import { glob } from 'tinyglobby';
import { stat } from 'node:fs/promises';
import { PassThrough, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse';
import type { Warning } from '../types.js';
import { UsageError, type FieldOptions } from './args.js';
import { expandInputs, isGzip, kindOf, lines } from './readers.js';
import type { InputRecord } from './records.js';
import { sniffStdin, type StdinFormat } from './stdin.js';
import { didYouMean } from './suggest.js';

/** The `empty-input` warning of a record whose text is empty or only white space (an empty file, empty stdin, an empty cell). */
export function emptyInput(record: Pick<InputRecord, 'source'>): Warning {
  return { code: 'empty-input', message: `${record.source === '-' ? 'standard input' : record.source} holds no text`, start: null, end: null };
}

const READABLE = /\.(?:txt|html|htm|csv|jsonl|ndjson)(?:\.gz)?$/i;

/**
 * The files in the folders among `inputs` that a folder scan does not read (another
 * extension, or hidden), counted by extension (`.pdf`, `(none)`), so the summary can say so.
 */
export async function skippedFiles(inputs: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const input of inputs) {
    if (input === '-' || !(await stat(input).catch(() => null))?.isDirectory()) continue;
    const all = await glob('**/*', { cwd: input, onlyFiles: true, dot: true, expandDirectories: false }).catch(() => []);
    for (const path of all) {
      const hidden = path.split('/').some((part) => part.startsWith('.'));
      if (!hidden && READABLE.test(path)) continue;
      const ext = hidden ? 'hidden' : extname(path).toLowerCase() || '(none)';
      counts.set(ext, (counts.get(ext) ?? 0) + 1);
    }
  }
  return counts;
}

/** JSON Lines objects whose keys make a file's columns (fields that only later lines have are not seen). */
const JSONL_SAMPLE_LINES = 100;

/** The bytes of a file, gunzipped when it ends in `.gz`. */
function open(path: string): Readable {
  const file = createReadStream(path);
  if (!isGzip(path)) return file;
  const gunzip = createGunzip();
  file.on('error', (err) => gunzip.destroy(err));
  gunzip.on('close', () => file.destroy());
  return file.pipe(gunzip);
}

/** A CSV's header row, or `null` when it has none (an empty file) or cannot be read. */
async function csvHeader(bytes: Readable): Promise<string[] | null> {
  const parser = parseCsv({ bom: true, to: 1, relax_column_count: true, relax_quotes: true });
  bytes.on('error', (err) => parser.destroy(err));
  bytes.pipe(parser);
  try {
    for await (const row of parser as AsyncIterable<string[]>) return row;
    return null;
  } catch {
    return null;
  } finally {
    bytes.destroy();
  }
}

/** The keys of the first {@link JSONL_SAMPLE_LINES} JSON objects of a JSON Lines input, or `null` when there are none. */
async function jsonlKeys(bytes: Readable): Promise<string[] | null> {
  const keys = new Set<string>();
  let seen = 0;
  try {
    for await (const { text } of lines(bytes)) {
      if (text.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(Buffer.from(text, 'latin1').toString('utf8'));
      } catch {
        continue;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
      for (const key of Object.keys(value)) keys.add(key);
      if (++seen >= JSONL_SAMPLE_LINES) break;
    }
  } catch {
    return null;
  } finally {
    bytes.destroy();
  }
  return seen === 0 ? null : [...keys];
}

/** The field flags to check: each one given, and the text field unless an HTML field may stand in for it. */
function wanted(fields: FieldOptions): { flag: string; name: string }[] {
  const out: { flag: string; name: string }[] = [];
  if (fields.htmlField === null || fields.textField !== 'content') out.push({ flag: 'text-field', name: fields.textField });
  if (fields.htmlField !== null) out.push({ flag: 'html-field', name: fields.htmlField });
  if (fields.idField !== 'id') out.push({ flag: 'id-field', name: fields.idField });
  if (fields.urlField !== 'url') out.push({ flag: 'url-field', name: fields.urlField });
  if (fields.keyField !== null) out.push({ flag: 'key-field', name: fields.keyField });
  if (fields.titleField !== null) out.push({ flag: 'title-field', name: fields.titleField });
  if (fields.dateField !== null && fields.dateField !== undefined) out.push({ flag: 'date-field', name: fields.dateField });
  return out;
}

/** The message for the first field flag naming a column `columns` lack, or `null`. */
function missing(fields: FieldOptions, columns: readonly string[], where: string): string | null {
  const have = new Set(columns);
  for (const { flag, name } of wanted(fields)) {
    if (have.has(name)) continue;
    const fix = flag === 'text-field' && name === 'content' ? '; name the text column with --text-field' : '';
    return `--${flag} "${name}": ${where} has no such column${didYouMean(name, columns)}; its columns are: ${columns.join(', ') || '(none)'}${fix}`;
  }
  return null;
}

/** Reads all of `stdin` into memory (the readers read it whole anyway); an error keeps the bytes read so far. */
async function bufferStdin(stdin: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  } catch {
    // The reader reads the replayed bytes and reports what it can.
  }
  return Buffer.concat(chunks);
}

/**
 * Checks that every field flag names a column of each CSV and JSON Lines input (its header
 * row, or the keys of its first 100 objects), standard input included when it holds rows.
 * Returns the first problem as one message naming the input and its columns, or `null`.
 * Inputs that cannot be read are left to the readers, which turn them into error records.
 *
 * @param stdin Standard input's bytes when `-` is an input (read whole beforehand).
 */
export async function columnsProblem(inputs: readonly string[], fields: FieldOptions, stdin: Buffer | null, stdinFormat: StdinFormat): Promise<string | null> {
  for await (const item of expandInputs(inputs)) {
    if (typeof item !== 'string') continue;
    let kind: string = kindOf(item);
    let bytes: Readable;
    if (kind === 'stdin') {
      if (stdin === null) continue;
      kind = stdinFormat === 'auto' ? sniffStdin(stdin) : stdinFormat;
      bytes = new PassThrough().end(stdin);
    } else {
      if (kind !== 'csv' && kind !== 'jsonl') continue;
      // Only regular files: a FIFO or device would be read here and not again.
      const info = await stat(item).catch(() => null);
      if (info === null || !info.isFile()) continue;
      bytes = open(item);
    }
    if (kind !== 'csv' && kind !== 'jsonl') continue;
    const columns = kind === 'csv' ? await csvHeader(bytes) : await jsonlKeys(bytes);
    if (columns === null) continue;
    const problem = missing(fields, columns, item === '-' ? 'standard input' : item);
    if (problem !== null) return problem;
  }
  return null;
}

/**
 * Runs the checks due before a command reads its inputs: standard input (when `-` is an
 * input) is read whole and handed back as a fresh stream, and a field flag naming a column
 * an input lacks throws one {@link UsageError}.
 *
 * @throws UsageError naming the flag, the input and its columns.
 */
export async function preflight(command: { inputs: readonly string[]; fields: FieldOptions; stdinFormat: StdinFormat }, stdin: Readable): Promise<Readable> {
  const bytes = command.inputs.includes('-') ? await bufferStdin(stdin) : null;
  const problem = await columnsProblem(command.inputs, command.fields, bytes, command.stdinFormat);
  if (problem !== null) throw new UsageError(problem);
  return bytes === null ? stdin : new PassThrough().end(bytes);
}
