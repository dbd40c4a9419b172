import { describe, expect, it } from 'vitest';
import { addNames, bylineNames, metadataNames, parseArticle, splitNames, toJSON } from '../../src/index.js';

describe('bylineNames', () => {
  it.each([
    ['By Marta Ilves', ['Marta Ilves']],
    ['By: Marta Ilves', ['Marta Ilves']],
    ['BY OREN PALK', ['OREN PALK']],
    ['By Marta Ilves and Oren Palk', ['Marta Ilves', 'Oren Palk']],
    ['By Marta Ilves, Oren Palk and Dana Welle', ['Marta Ilves', 'Oren Palk', 'Dana Welle']],
    ['By Marta Ilves & Oren Palk', ['Marta Ilves', 'Oren Palk']],
    ['By Marta Ilves / The Harbour Ledger', ['Marta Ilves']],
    ['By Marta Ilves | Harbour Ledger', ['Marta Ilves']],
    ['By Marta Ilves - Harbour Ledger', ['Marta Ilves']],
    ['By Marta Ilves, Staff Writer', ['Marta Ilves']],
    ['By Marta Ilves, Ph.D.', ['Marta Ilves']],
    ['By Marta Ilves Updated 3 hours ago', ['Marta Ilves']],
    ['By Marta Ilves Last updated on March 4, 2021', ['Marta Ilves']],
    ['By Marta Ilves on March 4, 2021', ['Marta Ilves']],
    ['By Marta Ilves March 4, 2021', ['Marta Ilves']],
    ['By Marta Ilves for The Harbour Ledger', ['Marta Ilves']],
    ['Posted on June 5, 2017 by Oren Palk', ['Oren Palk']],
    ['Written by Dana Welle', ['Dana Welle']],
    ['(Reporting by Dana Welle; Editing by Oren Palk)', ['Dana Welle']],
    ['Dana Welle writes:', ['Dana Welle']],
    ['news.example.com / By: Oren Palk CB, Example.com / 26 December 2017', ['Oren Palk CB']],
    ['By Marta Ilves and marta ilves', ['Marta Ilves']],
    // Letters after a name are credentials, not people.
    ['By Marta Ilves, MS, RDN, FACLM', ['Marta Ilves']],
    ['By Oren Palk, DVM, DACVB and Dana Welle', ['Oren Palk', 'Dana Welle']],
    // A sentence naming the author: the names end at the first comma (role and affiliation follow).
    ['This post was written by Ines Okafor, MD, dermatologist, Harbour Clinic.', ['Ines Okafor']],
    ['This article was authored by Marta Ilves and Oren Palk, Harbour Ledger.', ['Marta Ilves', 'Oren Palk']],
    ['The story is written by Charles Dickens in 1843', []],
  ])('%j → %j', (line, names) => {
    expect(bylineNames(line)).toEqual(names);
  });

  it.each([
    ['Guest writer for Wake Up World'],
    ['Source: Reuters'],
    ['By'],
    ['By the way, the bridge reopened'],
    ['By 2030 the city will have four bridges'],
    ['@harbourledger'],
    ['By Author'],
    ['By admin'],
    ['By https://example.com/jane'],
  ])('names nobody in %j', (line) => {
    expect(bylineNames(line)).toEqual([]);
  });
});

describe('splitNames', () => {
  it.each([
    ['Marta Ilves, Oren Palk', ['Marta Ilves', 'Oren Palk']],
    ['Marta Ilves and Oren Palk', ['Marta Ilves', 'Oren Palk']],
    ['Harbour Ledger Staff', ['Harbour Ledger Staff']],
    ['staff', []],
    ['marta.ilves', []],
    ['October', []],
    ['', []],
    // A parenthesis the name opens is the name's; one it does not open is trimmed.
    ['Marta Ilves (Harbour Ledger)', ['Marta Ilves (Harbour Ledger)']],
    ['Marta Ilves)', ['Marta Ilves']],
    // A label's colon: the label is no name.
    ['Tekst: Marta Ilves', []],
    // Capitals alone are a name when nothing comes before them (an agency, a handle in capitals).
    ['NPR', ['NPR']],
    ['Marta Ilves, AFP', ['Marta Ilves']],
    // After a name, an agency's role line is that person's role; alone it is the credited body.
    ['Marta Ilves, HNS Harbour Writer', ['Marta Ilves']],
    ['HNS Harbour Writer', ['HNS Harbour Writer']],
    // (The publication after the role still reads as a name: a known limit.)
    ['Marta Ilves, Executive Editor', ['Marta Ilves']],
    // After "and" or "&" it is another person, whatever the last word.
    ['Marta Ilves and Chris Writer', ['Marta Ilves', 'Chris Writer']],
    ['Marta Ilves & Lee Manager', ['Marta Ilves', 'Lee Manager']],
    ['Marta Ilves and BOB', ['Marta Ilves', 'BOB']],
    // …unless it goes on with a role: "Co-Founder & COO" is one person's.
    ['Oren Palk, Co-Founder & CTO', ['Oren Palk']],
    ['Oren Palk, Co-Founder', ['Oren Palk']],
    ['Dana Welle, Home Safety Expert', ['Dana Welle']],
  ])('%j → %j', (text, names) => {
    expect(splitNames(text)).toEqual(names);
  });

  it.each([
    ['By OREN PALK, HNS Harbour Writer', ['OREN PALK']],
    ['Analysis by Marta Ilves, HNS Editor-at-large', ['Marta Ilves']],
    ['By: Dana Welle and Oren Palk', ['Dana Welle', 'Oren Palk']],
    // Someone else's "by" names no author.
    ['Reviewed by Dr. Dana Welle', []],
    ['Sponsored by Harbour Ferries', []],
    ['Reporting by Marta Ilves', ['Marta Ilves']],
    ['Editing by Oren Palk', []],
    ['Marta Ilves', ['Marta Ilves']],
  ])('metadataNames(%j) → %j', (text, names) => {
    expect(metadataNames(text)).toEqual(names);
  });

  it('addNames keeps the first spelling of a name', () => {
    expect(addNames(['Marta Ilves'], ['MARTA ILVES', 'Oren Palk'])).toEqual(['Marta Ilves', 'Oren Palk']);
  });
});

describe('authors of a text scrape', () => {
  it('come from its bylines, without "By", de-duplicated', () => {
    const a = parseArticle('Harbour Bridge Reopens After Two Years\n\nBy Marta Ilves and Oren Palk\n\nThe old iron bridge over the Wend reopened on Tuesday after two years of repairs, the city said.\n\n(Reporting by Marta Ilves; Editing by Dana Welle)\n');
    expect(a.authors).toEqual(['Marta Ilves', 'Oren Palk']);
    expect(toJSON(a).credits).toEqual([
      { text: 'By Marta Ilves and Oren Palk', role: 'author' },
      { text: '(Reporting by Marta Ilves; Editing by Dana Welle)', role: 'author' },
    ]);
  });

  it('are empty without a byline, and the page fields are null', () => {
    const json = toJSON(parseArticle('Harbour Bridge Reopens\n\nThe old iron bridge over the Wend reopened on Tuesday after two years of repairs.\n'));
    expect(json.authors).toEqual([]);
    expect([json.canonicalUrl, json.language, json.description, json.image, json.section, json.updated]).toEqual([null, null, null, null, null, null]);
    expect(json.tags).toEqual([]);
  });
});
