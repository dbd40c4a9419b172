import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';
import { loadFixtures } from './support/fixtures.js';

/** Removes the lines that identify a site family, so no profile can be detected. */
const IDENTIFYING = /^(?:Islamic Invitation Turkey|Alalam Syria|21st Century Wire says…|READ MORE SYRIA NEWS AT:.*)\s*$/gm;

describe.each(loadFixtures('seeds'))('generic path on $name without its identifying lines', (fx) => {
  const withProfile = parseArticle(fx.input, fx.options);
  const text = fx.input.replace(IDENTIFYING, '');
  const article = parseArticle(text, { id: fx.name });

  it('detects no profile', () => {
    expect(article.site.id).toBeNull();
  });

  it('keeps the title, labels, dates and body', () => {
    expect(article.title).toBe(withProfile.title);
    expect(article.labels).toEqual(withProfile.labels);
    expect(article.published?.local).toBe(withProfile.published?.local);
    expect(article.published?.utc ?? null).toBeNull();
    expect(article.pageDate).toEqual(withProfile.pageDate);
    expect(article.archive).toEqual(withProfile.archive);
    expect(article.body).toEqual(withProfile.body);
    expect(article.embedded).toEqual(withProfile.embedded);
  });
});
