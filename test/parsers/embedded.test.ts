import { describe, expect, it } from 'vitest';
import { embeddedParser, findVarDumps, readJsonBlob } from '../../src/index.js';
import { createContext } from '../../src/context.js';
import type { Warning } from '../../src/index.js';

describe('findVarDumps', () => {
  it.each([
    ['string(7) "[1,2,3]"', 7, 7, true, [1, 2, 3]],
    ['string(5) "héll"', 5, 5, true, 'héll'],
    ['string(12) "{"a":"x\\"y"}"', 12, 12, true, { a: 'x"y' }],
    ['string(9) "[1,2,3]"', 9, 7, false, [1, 2, 3]],
    ['string(6) "[1,2,"', 6, 5, false, null],
  ])('%s', (text, declared, bytes, valid, value) => {
    const [d] = findVarDumps(text);
    expect(d?.embedded).toEqual({ kind: 'php-var-dump', declaredLength: declared, byteLength: bytes, valid, value });
    expect(d?.start).toBe(0);
    expect(d?.end).toBe(text.length);
  });

  it('uses the declared byte length to find the closing quote inside a payload with quotes', () => {
    const payload = '[{"title":"He said \\"no\\""}]';
    const text = `before\nstring(${Buffer.byteLength(payload)}) "${payload}"\nafter`;
    const [d] = findVarDumps(text);
    expect(d?.embedded.valid).toBe(true);
    expect(text.slice(d!.start, d!.end)).toBe(`string(${Buffer.byteLength(payload)}) "${payload}"`);
  });

  it.each(['string(abc) "x"', 'a string (7) "[1,2,3]"', 'string(7)'])('finds nothing in %j', (text) => {
    expect(findVarDumps(text)).toEqual([]);
  });
});

describe('readJsonBlob', () => {
  it('reads a bare JSON array', () => {
    expect(readJsonBlob('[{"id":"1"}]')).toEqual({ kind: 'json', declaredLength: null, byteLength: 12, valid: true, value: [{ id: '1' }] });
  });
  it.each(['[citation needed]', '{not json}', '[1, 2', '"just a string"', '[]x'])('rejects %j', (text) => {
    expect(readJsonBlob(text)).toBeNull();
  });
  it('keeps __proto__ as data and pollutes nothing', () => {
    const blob = readJsonBlob('{"__proto__":{"polluted":true}}');
    expect(blob?.valid).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('embedded parser', () => {
  it('warns on a wrong declared length', () => {
    const warnings: Warning[] = [];
    const ctx = createContext('Body.\n\nstring(99) "[1,2,3]"', {}, null, warnings);
    const claims = embeddedParser.parse(ctx);
    expect(claims).toHaveLength(1);
    expect(warnings.map((w) => w.code)).toEqual(['embedded-invalid']);
    expect(warnings[0]?.message).toContain('declares 99 bytes but the payload has 7');
  });
});
