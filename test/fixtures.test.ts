import { describe, expect, it } from 'vitest';
import { parseArticle, toJSON } from '../src/index.js';
import { getPath, loadFixtures, norm, type PageGold, titleKey, wordF1 } from './support/fixtures.js';

const fixtures = loadFixtures('seeds');
const pages = loadFixtures('html');

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
    } else if (field === 'credits') {
      // The gold lists credits as their text (contract 1); contract 2 gives { text, role }.
      expect(json.credits.map((c) => norm(c.text))).toEqual((want as string[]).map(norm));
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

describe('HTML fixtures', () => {
  it('finds the saved pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const fx of pages) expect(fx.format).toBe('html');
  });
});

/** The benchmark's bar: the article text found with a word F1 of at least this. */
const MIN_WORD_F1 = 0.95;

describe.each(pages)('page $name', (fx) => {
  const article = parseArticle(fx.input, fx.options);
  const json = toJSON(article);
  const gold = fx.gold as unknown as PageGold;
  const text = json.body.join('\n');

  it('is read as HTML', () => {
    expect(article.format).toBe('html');
    expect(json.url).toBe(fx.options['url']);
  });

  it('matches its reviewed expected.json', () => {
    expect(json).toEqual(fx.expected);
  });

  it(`finds the gold article text (word F1 ≥ ${MIN_WORD_F1})`, () => {
    expect(wordF1(text, gold.body)).toBeGreaterThanOrEqual(MIN_WORD_F1);
  });

  it('keeps every marked article snippet and no marked boilerplate (quotes and dashes straightened)', () => {
    const hay = titleKey(text);
    expect(gold.with.filter((s) => !hay.includes(titleKey(s)))).toEqual([]);
    expect(gold.without.filter((s) => hay.includes(titleKey(s)))).toEqual([]);
  });

  it.runIf(gold.title !== null)('has the gold title', () => {
    expect(titleKey(json.title)).toBe(titleKey(gold.title));
  });

  it.runIf(gold.published !== null)('has the gold publication day', () => {
    expect(json.published?.local.slice(0, 10)).toBe(gold.published);
  });

  it('does not put the title in the body', () => {
    expect(json.title).not.toBeNull();
    expect(json.body.map((p) => titleKey(p))).not.toContain(titleKey(json.title));
  });
});
