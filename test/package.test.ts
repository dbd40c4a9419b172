import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED = join(ROOT, 'fixtures', 'seeds', '000_f69f3540a3bdc296', 'input.txt');
const BUILT = ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js'];
const TIMEOUT = 120_000;
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function sh(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Run {
  const result = spawnSync(command, [...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_loglevel: 'error', npm_config_update_notifier: 'false', NO_COLOR: '1', ...env },
    timeout: TIMEOUT,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function ok(run: Run, what: string): string {
  if (run.status !== 0) throw new Error(`${what} exited ${run.status}\n${run.stderr}\n${run.stdout}`);
  return run.stdout;
}

/** Reads the seed, parses it, and prints the title, in each module system. */
const ESM = `import { readFileSync } from 'node:fs';
import { parseArticle, toJSON } from 'news-scrape';
const article = parseArticle(readFileSync(process.env.SEED, 'utf8'), { id: 'seed' });
console.log(JSON.stringify({ title: article.title, id: toJSON(article).id }));`;
const CJS = `const { readFileSync } = require('node:fs');
const { parseArticle, toJSON } = require('news-scrape');
const article = parseArticle(readFileSync(process.env.SEED, 'utf8'), { id: 'seed' });
console.log(JSON.stringify({ title: article.title, id: toJSON(article).id }));`;

describe('the packed package', () => {
  let work = '';
  let project = '';

  beforeAll(() => {
    const missing = BUILT.filter((f) => !existsSync(join(ROOT, f)));
    if (missing.length > 0) {
      throw new Error(`missing ${missing.join(', ')}: run "npm run build" first ("npm test" builds before it tests)`);
    }
    work = mkdtempSync(join(tmpdir(), 'news-scrape-pack-'));
    const packed = JSON.parse(ok(sh('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT), 'npm pack')) as {
      filename: string;
      files: { path: string }[];
    }[];
    const tarball = join(work, packed[0]!.filename);
    expect(packed[0]!.files.map((f) => f.path)).toEqual(expect.arrayContaining([...BUILT, 'package.json', 'README.md', 'LICENSE']));
    expect(packed[0]!.files.some((f) => f.path.startsWith('src/') || f.path.startsWith('test/'))).toBe(false);

    project = join(work, 'consumer');
    ok(sh('mkdir', ['-p', project], work), 'mkdir');
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }, null, 2));
    const install = ['install', tarball, '--no-audit', '--no-fund', '--no-save'];
    const offline = sh('npm', [...install, '--offline'], project);
    if (offline.status !== 0) ok(sh('npm', install, project), 'npm install (online, after --offline failed)');
  }, TIMEOUT);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('gives the same title through import and require', () => {
    const esm = JSON.parse(ok(sh(process.execPath, ['--input-type=module', '-e', ESM], project, { SEED }), 'import')) as {
      title: string | null;
      id: string;
    };
    const cjs = JSON.parse(ok(sh(process.execPath, ['-e', CJS], project, { SEED }), 'require')) as { title: string | null; id: string };
    const local = JSON.parse(ok(sh(process.execPath, ['-e', CJS.replace("require('news-scrape')", `require(${JSON.stringify(join(ROOT, 'dist', 'index.cjs'))})`)], ROOT, { SEED }), 'local build')) as { title: string | null };
    expect(typeof esm.title).toBe('string');
    expect(esm.title).toBe(local.title);
    expect(cjs).toEqual(esm);
    expect(esm.id).toBe('seed');
  }, TIMEOUT);

  it('installs the news-scrape command: npx news-scrape --version', () => {
    expect(ok(sh('npx', ['--no', '--', 'news-scrape', '--version'], project), 'npx news-scrape --version').trim()).toBe(version);
  }, TIMEOUT);

  it('runs the installed command on a seed', () => {
    const out = ok(sh('npx', ['--no', '--', 'news-scrape', 'parse', SEED], project), 'npx news-scrape parse');
    const record = JSON.parse(out) as { id: string; title: string | null };
    expect(record.id).toBe('000_f69f3540a3bdc296');
    expect(typeof record.title).toBe('string');
  }, TIMEOUT);
});
