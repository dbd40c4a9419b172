import { describe, expect, it } from 'vitest';
import { parseArticle, toJSON } from '../src/index.js';
import { getPath, loadFixtures, norm } from './support/fixtures.js';

const fixtures = loadFixtures('seeds');

describe.each(fixtures)('seed $name', (fx) => {
  const json = toJSON(parseArticle(fx.input, fx.options));

  it('matches its reviewed expected.json', () => {
    expect(json).toEqual(fx.expected);
  });

  const gold = Object.entries(fx.gold ?? {}).filter(([k]) => k !== 'bodyOptional');
  it.each(gold)('gold field %s', (field, want) => {
    const optional = new Set(((fx.gold?.['bodyOptional'] as string[]) ?? []).map((s) => norm(s)));
    if (field === 'body') {
      expect(json.body.map(norm).filter((p) => !optional.has(p))).toEqual((want as string[]).map(norm));
    } else if (field === 'cruft') {
      const have = json.cruft.map((c) => norm(c.text));
      for (const c of want as string[]) expect(have).toContain(norm(c));
    } else if (field === 'embedded') {
      const exp = want as { kind: string; declaredLength: number; byteLength: number; items: number; firstTitle: string }[];
      expect(json.embedded).toHaveLength(exp.length);
      exp.forEach((e, i) => {
        const got = json.embedded[i]!;
        expect([got.kind, got.declaredLength, got.byteLength]).toEqual([e.kind, e.declaredLength, e.byteLength]);
        expect((got.value as unknown[]).length).toBe(e.items);
        expect((got.value as { title: string }[])[0]?.title).toBe(e.firstTitle);
      });
    } else if (field === 'pageDate.hijri') {
      const h = json.pageDate?.hijri;
      expect(h && { year: h.year, month: h.month, day: h.day }).toEqual(want);
    } else if (field === 'labels' || field === 'site.social') {
      expect((getPath(json, field) as string[]).map((s) => s.toLowerCase())).toEqual((want as string[]).map((s) => s.toLowerCase()));
    } else if (want === null) {
      expect(getPath(json, field) ?? null).toBeNull();
    } else if (typeof want === 'string') {
      expect(norm(getPath(json, field))).toBe(norm(want));
    } else {
      expect(getPath(json, field)).toEqual(want);
    }
  });
});
