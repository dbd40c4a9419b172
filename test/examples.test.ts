import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiExamples, markdownExamples, runExamples } from './support/examples.js';

/**
 * Every code example a user reads runs here: the README's, each guide's in docs/ (the blocks
 * of one page in order, in one scope), and every `@example` in the API docs. Stated results
 * (`expr; // value`) are checked.
 */
const pages = ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];

describe('examples in the README and the guides', () => {
  it.each(pages.filter((p) => markdownExamples(p).length > 0))('%s', async (page) => {
    await runExamples(markdownExamples(page));
  });
});

describe('@example blocks of the API docs', () => {
  const examples = apiExamples();
  it('finds the examples of the public API', () => {
    expect(examples.length).toBeGreaterThan(40);
  });
  it.each(examples.map((e) => [e.where, e] as const))('%s', async (_where, example) => {
    const run = await runExamples([example]);
    // Each example states at least one result, unless it only declares types.
    if (!/^declare module/m.test(example.code)) expect(run.checked, 'stated results checked').toBeGreaterThan(0);
  });
});

describe('the example runner', () => {
  it('fails on a stated result the call does not return, and on a free variable', async () => {
    await expect(runExamples([{ where: 'wrong', code: "readCruft('Scroll Up'); // { reason: 'share' }" }])).rejects.toThrow();
    await expect(runExamples([{ where: 'free', code: 'parseArticle(scrapeText);' }])).rejects.toThrow(ReferenceError);
    await expect(runExamples([{ where: 'throws', code: "parseArticle('x'); // TypeError: nothing" }])).rejects.toThrow();
  });
  it('checks results stated after the line or on the lines below, and thrown errors', async () => {
    const run = await runExamples([
      {
        where: 'right',
        code: "readCruft('Scroll Up'); // { reason: 'navigation' }\nconst a = splitLabels('VIDEO: Floods');\n// { labels: ['VIDEO'] }\nparseArticle(42); // TypeError: …",
      },
    ]);
    expect(run.checked).toBe(3);
  });
});
