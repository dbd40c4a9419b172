/**
 * A forgiving JSON-LD reader: pages ship scripts with comments, trailing commas, HTML
 * entities, raw line breaks inside strings and several objects glued together. Bounded in
 * size and depth; never throws.
 *
 * @module
 */

import { decodeHTMLStrict } from 'entities/decode';
import { jsonDepth } from '../parsers/embedded.js';

/**
 * Scripts longer than this are not read.
 *
 * @group HTML
 */
export const MAX_JSON_LD_LENGTH = 1_000_000;
/**
 * Nesting deeper than this is refused (JSON.parse would recurse that deep).
 *
 * @group HTML
 */
export const MAX_JSON_LD_DEPTH = 64;

/**
 * Decodes the HTML entities pages leave in JSON-LD text ("&quot;", "&#8217;", "&amp;").
 *
 * @example decodeEntities("Floods &amp; storms") // "Floods & storms"
 * @group HTML
 */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTMLStrict(text) : text;
}

/**
 * The outcome of {@link readJsonLd}: the values read, and why the rest could not be.
 *
 * @group HTML
 */
export interface JsonLdRead {
  /** The JSON values read, in order, e.g. `[{ "@type": "NewsArticle", … }]`; `[]` when none could be read. */
  values: unknown[];
  /** Why (part of) the text could not be read, or `null`. */
  problem: string | null;
}

/**
 * One pass over the text outside strings: drops comments and trailing commas, escapes raw
 * control characters inside strings, and cuts the text into its top-level values. Returns
 * `null` when nesting goes deeper than {@link MAX_JSON_LD_DEPTH}.
 */
function tidy(text: string): string[] | null {
  const chunks: string[] = [];
  // Pieces of the current top-level value; an array, so dropping a trailing comma is cheap.
  let out: string[] = [];
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      if (ch === '\\') {
        out.push(ch + (text[i + 1] ?? ''));
        i++;
      } else if (ch === '"') {
        inString = false;
        out.push(ch);
      } else if (ch < ' ') out.push(ch === '\n' || ch === '\r' || ch === '\t' ? ' ' : '');
      else out.push(ch);
      continue;
    }
    if (ch === '"') {
      inString = true;
      out.push(ch);
    } else if (ch === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    } else if (ch === '<' && text.startsWith('<!--', i)) {
      i += 3;
    } else if (ch === '-' && text.startsWith('-->', i)) {
      i += 2;
    } else if (ch === '{' || ch === '[') {
      if (++depth > MAX_JSON_LD_DEPTH) return null;
      out.push(ch);
    } else if (ch === '}' || ch === ']') {
      // A trailing comma before the closing bracket is dropped.
      let k = out.length;
      while (k > 0 && out[k - 1]!.trim() === '') k--;
      if (out[k - 1] === ',') out[k - 1] = '';
      out.push(ch);
      depth = Math.max(0, depth - 1);
      if (depth === 0) {
        chunks.push(out.join('').trim());
        out = [];
      }
    } else if (depth === 0) {
      // Between top-level values: commas, semicolons, CDATA markers and stray text are dropped.
      continue;
    } else out.push(ch);
  }
  const rest = out.join('').trim();
  if (rest) chunks.push(rest);
  return chunks;
}

/**
 * Reads the JSON values in one JSON-LD script, forgiving what pages get wrong; `problem` says
 * why a part was unreadable. Never throws.
 *
 * @example readJsonLd('{"@type":"NewsArticle",}{"@type":"Person"}').values.length // 2
 * @group HTML
 */
export function readJsonLd(text: string): JsonLdRead {
  if (text.length > MAX_JSON_LD_LENGTH) return { values: [], problem: `longer than ${MAX_JSON_LD_LENGTH} characters` };
  // An empty script says nothing, and is not broken.
  if (text.trim() === '') return { values: [], problem: null };
  if (jsonDepth(text) > MAX_JSON_LD_DEPTH) return { values: [], problem: `nested deeper than ${MAX_JSON_LD_DEPTH} levels` };
  try {
    return checked([JSON.parse(text) as unknown], null);
  } catch {
    // Read it the forgiving way below.
  }
  const source = text.includes('&quot;') || text.includes('&#34;') ? decodeEntities(text) : text;
  const chunks = tidy(source);
  if (chunks === null) return { values: [], problem: `nested deeper than ${MAX_JSON_LD_DEPTH} levels` };
  const values: unknown[] = [];
  let problem: string | null = null;
  for (const chunk of chunks) {
    try {
      values.push(JSON.parse(chunk) as unknown);
    } catch (e) {
      problem = e instanceof Error ? e.message : 'not JSON';
    }
  }
  if (values.length === 0) problem ??= 'no JSON value';
  return checked(values, values.length === 0 ? problem : null);
}

/** Values with no object among them (`[]`, a number) are no JSON-LD. */
function checked(values: unknown[], problem: string | null): JsonLdRead {
  const objects = values.some((v) => (Array.isArray(v) ? v.some((x) => typeof x === 'object' && x !== null) : typeof v === 'object' && v !== null));
  return objects ? { values, problem } : { values: [], problem: problem ?? 'no JSON-LD object' };
}

