import { utf8Length } from '../text.js';
import type { AnyClaim, Embedded, Parser } from '../types.js';
import { CONFIDENCE } from './confidence.js';

const VAR_DUMP = /string\((\d{1,9})\) "/g;

/**
 * A PHP `string(N) "…"` dump found in a string, with indices into that string.
 *
 * @group Parts
 * @category Embedded data
 */
export interface FoundDump {
  /** Index where `string(N) "…"` starts. */
  start: number;
  /** Index just past its closing quote. */
  end: number;
  /** The dump read and checked, e.g. `{ kind: "php-var-dump", declaredLength: 7, byteLength: 7, valid: true, value: [1, 2, 3] }`. */
  embedded: Embedded;
  /** The payload nests deeper than {@link MAX_JSON_DEPTH} and was not kept. */
  tooDeep: boolean;
}

/** Whether trimmed text opens like JSON (`[` or `{`), so it is parsed and must parse. */
function opensLikeJson(trimmed: string): boolean {
  return trimmed[0] === '[' || trimmed[0] === '{';
}

/** Whether trimmed text is bracketed like a JSON array or object. */
function bracketed(trimmed: string): boolean {
  const last = trimmed[trimmed.length - 1];
  return (trimmed[0] === '[' && last === ']') || (trimmed[0] === '{' && last === '}');
}

/**
 * Deepest nesting a payload may have and still be kept as a value (deeper ones break `JSON.stringify`).
 *
 * @group Parts
 * @category Embedded data
 */
export const MAX_JSON_DEPTH = 1000;

/**
 * Nesting depth of JSON text, by one linear scan that skips strings (no recursion).
 *
 * @group Parts
 * @category Embedded data
 */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) max = Math.max(max, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

function parseJson(payload: string): { ok: boolean; value: unknown; tooDeep?: boolean } {
  if (jsonDepth(payload) > MAX_JSON_DEPTH) return { ok: false, value: null, tooDeep: true };
  try {
    return { ok: true, value: JSON.parse(payload) as unknown };
  } catch {
    return { ok: false, value: null };
  }
}

/** Index just past `bytes` UTF-8 bytes from `from`, or -1 when they end inside a character or the string. */
function advanceBytes(s: string, from: number, bytes: number): number {
  let n = 0;
  let i = from;
  while (n < bytes && i < s.length) {
    const c = s.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length;
    const step = pair ? 2 : 1;
    n += utf8Length(s.slice(i, i + step));
    i += step;
  }
  return n === bytes ? i : -1;
}

/** The closing quote of a payload whose length is wrong: the first `"` that ends a line, else the string's end. */
function closingQuote(s: string, from: number): number {
  let q = s.indexOf('"', from);
  while (q >= 0) {
    let k = q + 1;
    while (k < s.length && (s[k] === ' ' || s[k] === '\t' || s[k] === '\r')) k++;
    if (k >= s.length || s[k] === '\n') return q;
    q = s.indexOf('"', q + 1);
  }
  return -1;
}

/**
 * Finds PHP `var_dump` strings, `string(672) "[{…}]"`, checks N against the payload's UTF-8
 * byte length and parses the payload as JSON when it looks like JSON.
 *
 * @example findVarDumps('string(7) "[1,2,3]"')[0].embedded // { kind: "php-var-dump", declaredLength: 7, byteLength: 7, valid: true, value: [1,2,3] }
 * @group Parts
 * @category Embedded data
 */
export function findVarDumps(s: string): FoundDump[] {
  const found: FoundDump[] = [];
  VAR_DUMP.lastIndex = 0;
  for (let m = VAR_DUMP.exec(s); m; m = VAR_DUMP.exec(s)) {
    const declared = Number(m[1]);
    const from = m.index + m[0].length;
    const exact = advanceBytes(s, from, declared);
    let close = exact >= 0 && s[exact] === '"' ? exact : closingQuote(s, from);
    const terminated = close >= 0;
    if (!terminated) close = s.length;
    const payload = s.slice(from, close);
    const byteLength = utf8Length(payload);
    const json = opensLikeJson(payload.trimStart()) ? parseJson(payload) : { ok: true, value: payload };
    const end = terminated ? close + 1 : close;
    found.push({
      start: m.index,
      end,
      embedded: {
        kind: 'php-var-dump',
        declaredLength: declared,
        byteLength,
        valid: json.ok && byteLength === declared,
        value: json.ok ? json.value : null,
      },
      tooDeep: json.tooDeep === true,
    });
    VAR_DUMP.lastIndex = Math.max(end, m.index + 1);
  }
  return found;
}

/**
 * Reads a bare JSON array or object, or `null` when the text is not one.
 *
 * @example readJsonBlob('[{"id":"1"}]') // { kind: "json", declaredLength: null, byteLength: 12, valid: true, value: [{ id: "1" }] }
 * @group Parts
 * @category Embedded data
 */
export function readJsonBlob(text: string): Embedded | null {
  const trimmed = text.trim();
  if (trimmed.length < 2 || !bracketed(trimmed)) return null;
  const json = parseJson(trimmed);
  if (json.tooDeep) return { kind: 'json', declaredLength: null, byteLength: utf8Length(trimmed), valid: false, value: null };
  if (!json.ok || json.value === null || typeof json.value !== 'object') return null;
  return { kind: 'json', declaredLength: null, byteLength: utf8Length(trimmed), valid: true, value: json.value };
}

/**
 * Claims machine data in the text: PHP `string(N) "…"` dumps (a wrong N or a payload that
 * does not parse gives `valid: false` and a warning) and lines that are bare JSON.
 *
 * @example runParser(embeddedParser, 'string(7) "[1,2,3]"')[0]?.value; // { kind: 'php-var-dump', declaredLength: 7, valid: true, value: [1, 2, 3] }
 * @group Parts
 * @category Embedded data
 */
export const embeddedParser: Parser = {
  name: 'embedded',
  parse(ctx) {
    const claims: AnyClaim[] = [];
    const push = (start: number, end: number, embedded: Embedded, tooDeep: boolean) => {
      claims.push({ kind: 'embedded', start, end, value: embedded, confidence: CONFIDENCE.certain, by: 'embedded' });
      if (!embedded.valid) {
        const why = tooDeep
          ? `its payload nests deeper than ${MAX_JSON_DEPTH} levels and is not kept`
          : embedded.declaredLength !== null && embedded.declaredLength !== embedded.byteLength
            ? `declares ${embedded.declaredLength} bytes but the payload has ${embedded.byteLength}`
            : 'its payload is not valid JSON';
        const what = embedded.kind === 'json' ? 'JSON blob' : `string(${embedded.declaredLength ?? '?'}) dump`;
        ctx.warn(tooDeep ? 'embedded-too-deep' : 'embedded-invalid', `${what}: ${why}`, { start, end });
      }
    };
    if (ctx.format === 'text') {
      for (const d of findVarDumps(ctx.input)) push(d.start, d.end, d.embedded, d.tooDeep);
    } else {
      for (const block of ctx.blocks) {
        for (const d of findVarDumps(block.source)) push(block.at(d.start), block.at(d.end), d.embedded, d.tooDeep);
      }
    }
    for (const block of ctx.blocks) {
      const first = block.text[0];
      if (first !== '[' && first !== '{') continue;
      const blob = readJsonBlob(block.source);
      if (blob) push(block.start, block.end, blob, !blob.valid);
    }
    return claims;
  },
};
