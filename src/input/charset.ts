/**
 * The character-set adapter: the only module that imports encoding-sniffer and
 * `@exodus/bytes`. It turns an HTML page's bytes into text the way a browser does (the HTML
 * Standard's encoding sniffing algorithm).
 *
 * @module
 */

import { labelToName, TextDecoder as WhatwgDecoder } from '@exodus/bytes/encoding.js';
import { ResultType, Sniffer } from 'encoding-sniffer/sniffer';
import { describe } from '../errors.js';
import type { Warning, WarningCode } from '../types.js';

/** How {@link decodeHtml} chose the encoding, in the order a browser tries them. */
export type CharsetSource = 'bom' | 'transport' | 'meta' | 'xml-declaration' | 'default';

/** A page decoded by {@link decodeHtml}: its text, the encoding used, how it was chosen, and what was odd. */
export interface DecodedHtml {
  /** The page as text, without its byte-order mark. */
  text: string;
  /** The WHATWG name of the encoding used, lower case: `"utf-8"`, `"windows-1251"`, `"shift_jis"`. */
  encoding: string;
  /** Where the encoding came from: a byte-order mark, the transport's `Content-Type` charset, a `<meta>` in the first 1024 bytes, an XML declaration, or the default. */
  from: CharsetSource;
  /** `charset-guessed`, `invalid-utf8`, `invalid-bytes`, `unknown-charset` (no span: `start`/`end` are null). */
  warnings: Warning[];
}

/** A media type "type/subtype" (RFC 9110 tokens), which a Content-Type starts with. */
const MEDIA_TYPE = /^[!#$%&'*+.^_`|~0-9a-z-]{1,127}\/[!#$%&'*+.^_`|~0-9a-z-]{1,127}$/i;

/** Bytes the `<meta charset>` prescan reads, as the HTML Standard says (1024). */
export const PRESCAN_BYTES = 1024;

const FROM: Readonly<Record<number, CharsetSource>> = {
  [ResultType.BOM]: 'bom',
  [ResultType.PASSED]: 'transport',
  [ResultType.XML_PREFIX]: 'xml-declaration',
  [ResultType.META_TAG]: 'meta',
  [ResultType.XML_ENCODING]: 'xml-declaration',
  [ResultType.DEFAULT]: 'default',
};

/** The encoding a page with no declaration falls back to when its bytes are not UTF-8 (browsers' default for most locales). */
const FALLBACK = 'windows-1252';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function warning(code: WarningCode, message: string): Warning {
  return { code, message, start: null, end: null };
}

/**
 * The `charset` parameter of a `Content-Type` value (`text/html; charset=UTF-8` → `UTF-8`), or
 * `null`. A value that joins several headers with commas is read as the Fetch standard does:
 * the last type that parses and names a charset wins.
 *
 * @example charsetOf('text/html; charset="windows-1251"') // "windows-1251"
 */
export function charsetOf(contentType: string): string | null {
  let charset: string | null = null;
  // Several Content-Type headers joined with commas: the last one that names a charset wins.
  // (Read here rather than with node:util's MIMEType, which browsers lack.)
  for (const part of contentType.split(',')) {
    const params = part.split(';');
    if (!MEDIA_TYPE.test(params[0]!.trim())) continue;
    for (const param of params.slice(1)) {
      const eq = param.indexOf('=');
      if (eq < 0 || param.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
      let value = param.slice(eq + 1).trim();
      if (value.startsWith('"')) {
        const close = value.indexOf('"', 1);
        value = value.slice(1, close < 0 ? value.length : close);
      }
      // Within one type, its first charset parameter counts.
      if (value !== '') {
        charset = value;
        break;
      }
    }
  }
  return charset;
}

/**
 * Decodes `bytes` as `encoding`, replacing what does not decode with U+FFFD; says whether
 * anything was replaced. `null` when there is no decoder for it (the `replacement` encoding,
 * which browsers use to blank out ISO-2022-KR and the like).
 */
function decodeAs(bytes: Uint8Array, encoding: string): { text: string; replaced: boolean } | null {
  if (encoding === 'utf-8') {
    try {
      return { text: strictUtf8.decode(bytes), replaced: false };
    } catch {
      return { text: new TextDecoder('utf-8').decode(bytes), replaced: true };
    }
  }
  let decoder: InstanceType<typeof WhatwgDecoder>;
  try {
    decoder = new WhatwgDecoder(encoding, { fatal: true });
  } catch {
    return null;
  }
  try {
    return { text: decoder.decode(bytes), replaced: false };
  } catch {
    return { text: new WhatwgDecoder(encoding).decode(bytes), replaced: true };
  }
}

/** UTF-8 when the bytes are valid UTF-8, else {@link FALLBACK} with a `charset-guessed` warning. */
function byDefault(bytes: Uint8Array, warnings: Warning[], why: string): DecodedHtml {
  const utf8 = decodeAs(bytes, 'utf-8');
  if (utf8 !== null && !utf8.replaced) return { text: utf8.text, encoding: 'utf-8', from: 'default', warnings };
  warnings.push(warning('charset-guessed', `${why} and its bytes are not UTF-8; it was read as ${FALLBACK}`));
  return { text: decodeAs(bytes, FALLBACK)?.text ?? '', encoding: FALLBACK, from: 'default', warnings };
}

/**
 * Decodes an HTML page's bytes as a browser does: a byte-order mark, else the transport's
 * charset (`contentType`, e.g. an HTTP `Content-Type` header), else a `<meta charset>` or
 * `http-equiv` in the first 1024 bytes, else UTF-8 when the bytes are valid UTF-8 and
 * windows-1252 (with a `charset-guessed` warning) when they are not. Never throws on bytes.
 *
 * @example decodeHtml(new Uint8Array([0xcd, 0xee, 0xe2, 0xee, 0xf1, 0xf2, 0xe8]), 'text/html; charset=windows-1251') // { text: 'Новости', encoding: 'windows-1251', from: 'transport', warnings: [] }
 * @throws TypeError when `bytes` is not a Uint8Array (a Buffer is one) or `contentType` is not a string.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): DecodedHtml {
  if (!(bytes instanceof Uint8Array)) throw new TypeError(`decodeHtml expects the page's bytes as a Uint8Array (or Buffer), but was given ${describe(bytes)}`);
  if (contentType !== undefined && contentType !== null && typeof contentType !== 'string') {
    throw new TypeError(`decodeHtml expects contentType as a string such as "text/html; charset=utf-8", but was given ${describe(contentType)}`);
  }
  const warnings: Warning[] = [];
  const label = contentType ? charsetOf(contentType) : null;
  const transport = label !== null && labelToName(label) !== null ? label : null;
  if (label !== null && transport === null) {
    warnings.push(warning('unknown-charset', `the Content-Type names charset "${label.slice(0, 40)}", which is not an encoding browsers know; it was ignored`));
  }
  const sniffer = new Sniffer({ maxBytes: PRESCAN_BYTES, ...(transport === null ? {} : { transportLayerEncodingLabel: transport }) });
  sniffer.write(bytes.subarray(0, PRESCAN_BYTES));
  const from = FROM[sniffer.resultType] ?? 'default';
  if (from === 'default') return byDefault(bytes, warnings, 'the page declares no charset');
  const encoding = sniffer.encoding.toLowerCase();
  const decoded = decodeAs(bytes, encoding);
  if (decoded === null) {
    warnings.push(warning('unknown-charset', `the page's charset (${from}) is ${encoding}, which cannot be decoded; it was ignored`));
    return byDefault(bytes, warnings, `the page's charset cannot be decoded`);
  }
  const { text, replaced } = decoded;
  if (replaced) {
    warnings.push(
      encoding === 'utf-8'
        ? warning('invalid-utf8', `the page is declared UTF-8 (${from}) but holds bytes that are not; they were replaced by U+FFFD`)
        : warning('invalid-bytes', `the page holds bytes that are not valid ${encoding} (${from}); they were replaced by U+FFFD`),
    );
  }
  return { text, encoding, from, warnings };
}
