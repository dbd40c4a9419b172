/**
 * What standard input holds: given by `--stdin-format`, or sniffed from its first bytes when
 * that is unambiguous (a JSON object on the first line, an HTML document), else text.
 *
 * @module
 */

/** How standard input is read: `auto` sniffs JSON Lines and HTML, and reads anything else as text. */
export type StdinFormat = 'auto' | 'text' | 'html' | 'csv' | 'jsonl';

/** The values `--stdin-format` accepts. */
export const STDIN_FORMATS: readonly StdinFormat[] = ['auto', 'text', 'html', 'csv', 'jsonl'];

/** How much of the input the sniffer looks at. */
const SNIFF_BYTES = 64 * 1024;
const HTML_START = /^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const LEADING_SPACE = /^[\s\uFEFF]+/;

/**
 * The kind standard input plainly is: `jsonl` when its first line is a JSON object, `html`
 * when it starts as an HTML document (`<!DOCTYPE html>`, `<html>`), else `text`. CSV is
 * never sniffed: a scrape with commas on its first line would look like one.
 *
 * @example sniffStdin(Buffer.from('{"id":"a","content":"…"}\n')) // "jsonl"
 */
export function sniffStdin(bytes: Uint8Array): 'jsonl' | 'html' | 'text' {
  const head = Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString('utf8').replace(LEADING_SPACE, '');
  if (HTML_START.test(head)) return 'html';
  if (!head.startsWith('{')) return 'text';
  const end = head.indexOf('\n');
  // A first line longer than the sniffed bytes cannot be checked here; a lone `{` is JSON's only start.
  if (end === -1 && bytes.length > SNIFF_BYTES) return 'jsonl';
  try {
    const first: unknown = JSON.parse(end === -1 ? head : head.slice(0, end));
    return typeof first === 'object' && first !== null && !Array.isArray(first) ? 'jsonl' : 'text';
  } catch {
    return 'text';
  }
}
