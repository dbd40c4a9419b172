import { describe, expect, it } from 'vitest';
import { alalam, readCredit } from '../../src/index.js';

// Fresh examples of each generic form (not lines of the development scrapes); the forms only one
// site prints are tested with their profiles in profile-rows.test.ts.
describe('readCredit', () => {
  it.each([
    ['By Maria Lindqvist / The Harbour Review', 'author'],
    ['By: Tomás Ferreira', 'author'],
    ['BY ANNA KOWALSKI', 'author'],
    ['By', 'author'],
    ['By:', 'author'],
    ['Posted on March 3, 2019 by Dana Whitfield', 'author'],
    ['Posted on by harbourdesk', 'author'],
    ['Staff Writer', 'author'],
    ['Contributing Writer, Home & Garden', 'author'],
    ['Written by Priya Raman', 'author'],
    ['Posted by Leon Marsh on 4 May 2021', 'author'],
    ['@harbourdesk', 'author'],
    ['The post Ferry Fares Rise for the Third Year appeared first on Harbour Review.', 'source'],
    ['Source: https://www.example.org/news/4411', 'source'],
    ['Sources: Statistics Norway, Eurostat', 'source'],
    ['(Reporting by Elin Berg; Editing by Tom Hale)', 'author'],
    ['(Additional reporting by Sam Okafor)', 'author'],
    ['Associated Press writer Carla Mendes contributed to this report.', 'agency'],
    ['Reuters', 'agency'],
    ['(AFP)', 'agency'],
    // A blog's handle in lower case, alone or before a separator; a desk after "the".
    ['by harbourdesk', 'author'],
    ['by harbourdesk | May 2, 2024', 'author'],
    ['By the Harbour Review Team', 'author'],
    // A sentence of its own that names the post's author.
    ['This post was written by Ines Okafor, dermatologist, Harbour Clinic.', 'author'],
    ['This article is authored by Tomás Ferreira and Dana Whitfield.', 'author'],
    ['This blog post was authored by Oskar Lind, Managing Principal, Harbour Architects.', 'author'],
  ])('reads %j', (line, role) => {
    expect(readCredit(line)).toEqual({ text: line, role });
  });

  it('reads a site desk credit only with the profile', () => {
    expect(readCredit('Alalam Syria', alalam)).toEqual({ text: 'Alalam Syria', role: 'site' });
    expect(readCredit('Alalam Syria')).toBeNull();
  });

  it.each([
    'Local sources says , tens of dead bodies of terrorists continually being transferred from the frontlines.',
    'Buy one, get one free.',
    'The ministry said further that the actions of the jihadists apparently show it. He says: no.',
    'Bystanders fled.',
    'Alalam Syria reported that the army advanced on Sunday.',
    'from the very beginning, the plan was flawed',
    'Posted to the wrong address, the letter never arrived.',
    'He writes: nothing.',
    'The reporting by the newspaper (which was later retracted) caused an uproar.',
    'Many people contributed to this report on the economy, which runs to 400 pages and took two years to write.',
    'By the time the ferry docked, the storm had passed!',
    'This post was written by a committee of volunteers over two summers.',
    'This story was written by hand in a notebook, then typed up.',
    // A clause after the name is prose: the sentence tells something, it does not credit.
    'This article was written by Jane Roe and published in The Lancet in 2019, which found a link.',
    'This article was written by AI and checked by an editor.',
    'This column was written by Senator Jane Roe, who argued that the bridge should stay shut.',
    'The story is written by Charles Dickens in 1843 and tells of a miser.',
    // Prose that starts with "by": a lower-case word that goes on is no handle.
    'By now the bridge is open again',
    'By now',
    'By contrast',
    'By 2030',
    'by 2030 - the plan',
    'By the way, the ferry runs on Sundays too',
    'by contrast, the old bridge carried trams',
    'my cousin contributed to this report.',
    // Forms a single development site prints are its profile's, not generic.
    'Harbour Review says…',
    'Translated by Ines Moreau',
    'Reported by Ola Nordmann',
    'via The Harbour Review',
    'h/t: Kari Lund',
    'Originally published at The Harbour Review.',
  ])('does not read %j', (line) => {
    expect(readCredit(line, alalam)).toBeNull();
  });
});
