import { describe, expect, it } from 'vitest';
import { readCaption } from '../../src/index.js';

describe('readCaption', () => {
  it.each([
    'Photo: Syrian troops near Deir Ezzor',
    'Image: Russian aircraft over Deir ez-Zor (SANA)',
    '[Video]',
    'Syrian Army soldiers in Deir Ezzor (Photo: SANA)',
    'Protesters in Berlin / Getty Images',
    'Ferry passengers wait at the quay ( REUTERS/Ola Berg )',
  ])('reads %j', (line) => expect(readCaption(line)).toBe(line));

  it.each([
    'A report yesterday in RT, stated that ISIS terrorist forces have started moving tanks.',
    'Photographers were barred from the scene.',
    'The army (backed by Russia) advanced.',
    'Imagery captured the moment the ship sank.',
    // BBC's caption labels: one site prints them, so they are not a generic form.
    'Image caption The ship was held for three days',
  ])('does not read %j', (line) => expect(readCaption(line)).toBeNull());
});
