/**
 * The WARC reader: the only module that imports warcio. It streams a WARC 1.0/1.1 file (plain,
 * or gzipped whole or one member per record) and turns every HTML page in it into a record;
 * every other WARC record is counted by kind, and a broken or cut-off record is an error
 * record.
 *
 * @module
 */
import type { Readable } from 'node:stream';
import { MIMEType } from 'node:util';
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { AsyncIterReader, LimitReader, StatusAndHeadersParser, WARCParser, type StatusAndHeaders, type WARCRecord } from 'warcio';
import { readReferenceDate } from '../dates/reference.js';
import { decodeHtml } from '../input/charset.js';
import { looksLikeHtml } from '../input/html.js';
import type { Warning } from '../types.js';
import { failure, type ReadResult } from './records.js';

/** Where a reader reports a WARC record it does not turn into an article, by kind (`request`, `non-html`, …). */
export type SkipCounter = (kind: string) => void;

/** The payload types read as HTML pages. */
const HTML_TYPES: ReadonlySet<string> = new Set(['text/html', 'application/xhtml+xml']);

/** A WARC record's first line. */
const WARC_VERSIONS: ReadonlySet<string> = new Set(['WARC/1.0', 'WARC/1.1']);

/** The most bytes one HTTP payload may inflate to (a gzip bomb becomes an error record, not a crash). */
export const MAX_PAYLOAD_BYTES = 256 * 1024 * 1024;

/** Content codings, as they are undone (the last one applied first). */
const DECODERS: Readonly<Record<string, (bytes: Uint8Array) => Uint8Array>> = {
  gzip: (b) => gunzipSync(b, { maxOutputLength: MAX_PAYLOAD_BYTES }),
  'x-gzip': (b) => gunzipSync(b, { maxOutputLength: MAX_PAYLOAD_BYTES }),
  // "deflate" is zlib-wrapped by the standard, raw in some servers' practice: both are tried.
  deflate: (b) => {
    try {
      return inflateSync(b, { maxOutputLength: MAX_PAYLOAD_BYTES });
    } catch {
      return inflateRawSync(b, { maxOutputLength: MAX_PAYLOAD_BYTES });
    }
  },
  br: (b) => brotliDecompressSync(b, { maxOutputLength: MAX_PAYLOAD_BYTES }),
  identity: (b) => b,
};

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** A record's id as its `WARC-Record-ID` without the angle brackets: `urn:uuid:…`. */
function recordId(record: WARCRecord): string | null {
  const id = record.warcHeader('WARC-Record-ID')?.trim();
  if (!id) return null;
  return id.startsWith('<') && id.endsWith('>') ? id.slice(1, -1) : id;
}

/** The essence of a Content-Type (`text/html`), or `null` when it is missing or not a MIME type. */
function essence(contentType: string | null | undefined): string | null {
  if (!contentType?.trim()) return null;
  try {
    return new MIMEType(contentType.split(',').at(-1)!.trim()).essence;
  } catch {
    return null;
  }
}

/**
 * Why a record is not an article (`request`, `revisit`, `redirect`, `non-200`, `non-html`,
 * `non-http`, …), or `null` when it is an HTML page to parse. A record with no Content-Type
 * is a page to parse when its payload looks like HTML (`unknown` until it is read).
 */
function skipKind(record: WARCRecord, http: StatusAndHeaders | null): string | null {
  const type = record.warcType as string | null;
  if (type === 'response') {
    if (http === null) return 'non-http';
    const status = Number(http.statusCode);
    if (status >= 300 && status < 400) return 'redirect';
    if (status !== 200) return 'non-200';
    const type = essence(http.headers.get('Content-Type'));
    return type === null ? 'unknown' : HTML_TYPES.has(type) ? null : 'non-html';
  }
  if (type === 'resource') {
    const type = essence(record.warcContentType);
    return type === null ? 'unknown' : HTML_TYPES.has(type) ? null : 'non-html';
  }
  return type?.trim() ? type.trim().toLowerCase() : 'untyped';
}

/** What one WARC record holds: its HTTP headers (a response's), why it is skipped (`null` for a page), its payload (a page's), and whether the file held all of it. */
interface Block {
  http: StatusAndHeaders | null;
  skip: string | null;
  payload: Uint8Array;
  complete: boolean;
}

/**
 * Reads a record's block to its end. A response's HTTP headers are read from its own block
 * only, and only when it holds an HTTP message (warcio's parser would read a `dns:` record's
 * block as headers, past its end, looking for the blank line that ends them), and the payload
 * is kept only for a page to parse. The block is drained here
 * because warcio's own skip waits forever for the bytes of a record the file's end cut off.
 */
async function readBlock(record: WARCRecord): Promise<Block> {
  const reader = record._reader;
  const block = new AsyncIterReader(reader, null);
  const http =
    record.warcType === 'response' && essence(record.warcContentType) === 'application/http'
      ? await new StatusAndHeadersParser().parse(block, { headersClass: Headers })
      : null;
  const kind = skipKind(record, http);
  const keep = kind === null || kind === 'unknown';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of block) {
    if (keep) chunks.push(chunk);
    size += chunk.length;
  }
  record.consumed = 'skipped';
  const complete = !(reader instanceof LimitReader) || reader.limit <= 0;
  return { http, skip: keep ? null : kind, payload: keep ? Buffer.concat(chunks, size) : new Uint8Array(0), complete };
}

/** The HTTP payload with its transfer and content codings undone; a coding that cannot be undone throws. */
async function httpPayload(http: StatusAndHeaders | null, body: Uint8Array, warnings: Warning[]): Promise<Uint8Array> {
  const headers = http?.headers;
  if (!headers) return body;
  let bytes = body;
  if ((headers.get('Transfer-Encoding') ?? '').toLowerCase().includes('chunked')) {
    const dechunk = new AsyncIterReader([body], null, true);
    bytes = await dechunk.readFully();
    if (dechunk.errored) {
      warnings.push({ code: 'bad-chunked-encoding', message: 'the chunked HTTP payload breaks off or is malformed; what could be read was parsed', start: null, end: null });
    }
  }
  const codings = (headers.get('Content-Encoding') ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '');
  for (const coding of codings.reverse()) {
    const decode = DECODERS[coding];
    if (decode === undefined) throw new Error(`the payload's Content-Encoding "${coding}" is not one news-scrape can undo (gzip, deflate, br)`);
    try {
      bytes = decode(bytes);
    } catch (err) {
      throw new Error(`the payload's Content-Encoding ${coding} cannot be undone: ${message(err)}`);
    }
  }
  return bytes;
}

/** Turns one page's record into an input record, an error record when its payload cannot be decoded, or `null` (counted) when it is not HTML after all. */
async function pageRecord(record: WARCRecord, block: Block, source: string, count: SkipCounter): Promise<ReadResult | null> {
  const id = recordId(record);
  const warnings: Warning[] = [];
  let payload: Uint8Array;
  try {
    payload = await httpPayload(block.http, block.payload, warnings);
  } catch (err) {
    return failure(id, source, 'bad-content-encoding', message(err));
  }
  // The page's Content-Type: the HTTP header's for a response, the WARC header's for a resource.
  const contentType = (block.http ? block.http.headers.get('Content-Type') : record.warcContentType) ?? null;
  const head = Buffer.from(payload.buffer, payload.byteOffset, Math.min(payload.length, 1 << 16)).toString('latin1');
  if (essence(contentType) === null && !looksLikeHtml(head)) {
    count('non-html');
    return null;
  }
  const decoded = decodeHtml(payload, contentType);
  warnings.push(...decoded.warnings);
  const truncated = record.warcHeader('WARC-Truncated');
  if (truncated) warnings.push({ code: 'warc-truncated', message: `the crawler cut this page short (WARC-Truncated: ${truncated.slice(0, 40)})`, start: null, end: null });
  const date = record.warcDate ? readReferenceDate(record.warcDate) : null;
  return {
    ok: true,
    id: id ?? source,
    url: record.warcTargetURI?.trim() || null,
    source,
    text: decoded.text,
    format: 'html',
    key: null,
    invalidUtf8: false,
    warnings,
    ...(date === null ? {} : { referenceDate: date }),
  };
}

/**
 * Reads a WARC file's bytes (already gunzipped when the file is `.gz`) as records: an HTML
 * page of a 200 response or a resource is one record (`id` = its WARC-Record-ID, `url` = its
 * WARC-Target-URI, `referenceDate` = its WARC-Date); every other WARC record goes to `count`
 * by kind. A record cut off by the end of the file, or a block that is not a WARC record, is
 * one error record and ends the file (its framing is lost); a payload that cannot be decoded
 * is one error record and the file reads on. `source` is `path:N`, N counting every WARC
 * record of the file from 1.
 */
export async function* readWarcRecords(bytes: Readable, path: string, count: SkipCounter): AsyncGenerator<ReadResult> {
  const records = new WARCParser(new AsyncIterReader(bytes, null), { parseHttp: false })[Symbol.asyncIterator]();
  for (let n = 1; ; n++) {
    const source = `${path}:${n}`;
    let record: WARCRecord;
    try {
      const next = await records.next();
      if (next.done) return;
      record = next.value;
    } catch (err) {
      yield failure(null, source, (err as NodeJS.ErrnoException | null)?.code?.startsWith('Z_') ? 'gzip-error' : 'warc-error', `cannot read WARC record ${n} of ${path}: ${message(err)}`);
      return;
    }
    if (!WARC_VERSIONS.has(record.warcHeaders.statusline.trim())) {
      const line = JSON.stringify(record.warcHeaders.statusline.slice(0, 40));
      yield failure(null, source, 'bad-warc-record', `record ${n} of ${path} does not start with WARC/1.0 or WARC/1.1 (it starts ${line}); the rest of the file cannot be framed and is not read`);
      return;
    }
    let block: Block;
    try {
      block = await readBlock(record);
    } catch (err) {
      const zlib = (err as NodeJS.ErrnoException | null)?.code?.startsWith('Z_') === true;
      yield failure(recordId(record), source, zlib ? 'gzip-error' : 'warc-error', `cannot read WARC record ${n} of ${path}: ${message(err)}`);
      return;
    }
    if (!block.complete) {
      yield failure(recordId(record), source, 'truncated-record', `${path} ends inside WARC record ${n} (${record.warcType ?? 'untyped'}): it is cut off`);
      return;
    }
    if (block.skip !== null) {
      count(block.skip);
      continue;
    }
    const page = await pageRecord(record, block, source, count);
    if (page !== null) yield page;
  }
}
