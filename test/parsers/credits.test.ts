import { describe, expect, it } from 'vitest';
import { alalam, readCredit } from '../../src/index.js';

describe('readCredit', () => {
  it.each([
    ['21st Century Wire says…', null],
    ['21st Century Wire says...', null],
    ['By Jim Quinn / The Burning Platform', 'author'],
    ['By: Jane Doe', 'author'],
    ['BY JOHN SMITH', 'author'],
    ['Source: https://www.rt.com/news/401234', 'source'],
    ['This article was originally published by The Saker.', 'source'],
    ['Reuters', 'agency'],
    ['Posted on by willyloman', 'author'],
    ['by Giovani – Liveanddare.com', 'author'],
    ['Steven Greenhut writes:', 'author'],
    ['Guest writer for Wake Up World', 'author'],
    ['Received by Mercedes Kirkel', 'author'],
    ['from RT', 'source'],
    ['VIDEO Source:', 'source'],
    ['This piece was originally produced for and posted by MNI News.', 'source'],
    ['The post U.S. Gives Soros Groups Millions to Destabilize Macedonia’s Conservative Govt. appeared first on Judicial Watch.', 'source'],
    ['Republished with permission from Bill Marler and Marler Clark. Copyright (c) Marler Clark LLP, PS. All rights reserved.', 'source'],
    ['This article has been contributed by SHTF Plan. Visit www.SHTFplan.com for alternative news.', 'source'],
    ['Delivered by The Daily Sheeple', 'source'],
    ['news.goldseek.com / By: Jim Willie CB, GoldenJackass.com / 26 December 2017', 'author'],
    ['@PerKurowski', 'author'],
    ['WPTV – http://www.wptv.com/', 'source'],
    ['http://ufocon.blogspot.com – The UFO Iconoclast(s)', 'source'],
    ['(Reporting by Jonathan Landay; Editing by Grant McCool)', 'author'],
    ['The Associated Press contributed to this report.', 'agency'],
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
  ])('does not read %j', (line) => {
    expect(readCredit(line, alalam)).toBeNull();
  });
});
