#!/usr/bin/env node
// Regenerates fixtures/<set>/<name>/expected.json from the built library, for review with `git diff`.
// A fixture folder holds input.txt (a text scrape) or input.html (a saved page), and optionally
// options.json (parse options such as the page's url); expected.json is toJSON(parseArticle(input,
// { id: <name>, ...options })).
//   npm run fixtures:update
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle, toJSON } from '../dist/index.js';

const INPUTS = ['input.txt', 'input.html'];
const root = new URL('../fixtures/', import.meta.url).pathname;
let n = 0;
for (const set of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const d of readdirSync(join(root, set.name), { withFileTypes: true })) {
    const dir = join(root, set.name, d.name);
    const input = INPUTS.find((f) => existsSync(join(dir, f)));
    if (!d.isDirectory() || input === undefined) continue;
    const optionsFile = join(dir, 'options.json');
    const options = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : {};
    const article = parseArticle(readFileSync(join(dir, input), 'utf8'), { id: d.name, ...options });
    writeFileSync(join(dir, 'expected.json'), JSON.stringify(toJSON(article), null, 2) + '\n');
    n++;
  }
}
console.log(`wrote ${n} expected.json files`);
