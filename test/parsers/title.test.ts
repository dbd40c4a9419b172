import { describe, expect, it } from 'vitest';
import { isHeadlineShaped, splitLabels } from '../../src/index.js';

describe('splitLabels', () => {
  it.each([
    ['VIDEO: ISIS Huge Reinforcement After Severe Losses in Deir Ezzor', ['VIDEO'], 'ISIS Huge Reinforcement After Severe Losses in Deir Ezzor'],
    ['BREAKING: VIDEO: Blast in Damascus', ['BREAKING', 'VIDEO'], 'Blast in Damascus'],
    ['Watch - Syrian Army enters Palmyra', ['WATCH'], 'Syrian Army enters Palmyra'],
    [
      'DEIR EZZOR: Last ‘International Terrorist Stronghold on Syrian Soil’ Prepares Defences against SAA Offensive',
      [],
      'DEIR EZZOR: Last ‘International Terrorist Stronghold on Syrian Soil’ Prepares Defences against SAA Offensive',
    ],
    ['Security Source: ISIL Dispatching More Militants to Deir Ezzur', [], 'Security Source: ISIL Dispatching More Militants to Deir Ezzur'],
    ['VIDEO:', [], 'VIDEO:'],
  ])('%j', (headline, labels, text) => {
    expect(splitLabels(headline)).toEqual({ labels, text });
  });
});

describe('isHeadlineShaped', () => {
  it.each([
    'ISIS in trouble as Syrian Army reaches southern Deir Ezzor countryside',
    'Is this the end of ISIS?',
    'VIDEO: ISIS Huge Reinforcement After Severe Losses in Deir Ezzor',
  ])('accepts %j', (line) => expect(isHeadlineShaped(line)).toBe(true));

  it.each([
    'The source added that Syrian and Russian fighter jets have been providing massive aerial back up for the ground troops of the army.',
    'Read the RT report here:',
    'https://example.com/a/b',
    '12345',
    'word '.repeat(60),
  ])('rejects %j', (line) => expect(isHeadlineShaped(line)).toBe(false));
});
