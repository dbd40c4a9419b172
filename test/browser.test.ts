import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * The library (not the command line) runs in browsers: `src/index.ts` bundles with esbuild for
 * `platform: 'browser'` without a single Node.js built-in, and the README states its size.
 */
const BROWSER: BuildOptions = { bundle: true, platform: 'browser', format: 'esm', minify: true, write: false, metafile: true, logLevel: 'silent' };
const NODE_BUILTIN = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** Bundles for the browser; a module esbuild cannot resolve there (every Node built-in) fails the build with its name. */
async function bundle(options: BuildOptions): Promise<{ bytes: Uint8Array; imports: string[] }> {
  try {
    const result = await build({ ...BROWSER, ...options });
    const imports = Object.values(result.metafile!.inputs).flatMap((input) => input.imports.map((i) => i.path));
    return { bytes: result.outputFiles![0]!.contents, imports };
  } catch (err) {
    const errors = (err as { errors?: { text: string }[] }).errors ?? [];
    throw new Error(`the browser build failed: ${errors.map((e) => e.text).join('; ') || String(err)}`);
  }
}

describe('browser bundle', () => {
  it('builds src/index.ts for the browser with no Node.js built-in', async () => {
    const { bytes, imports } = await bundle({ entryPoints: ['src/index.ts'] });
    expect(imports.filter((p) => NODE_BUILTIN.has(p))).toEqual([]);
    expect(bytes.length).toBeGreaterThan(10_000);
  });

  it('fails when the library path imports a Node.js built-in', async () => {
    const entry = { contents: "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;", resolveDir: 'src', loader: 'ts' as const };
    await expect(bundle({ stdin: entry })).rejects.toThrow(/node:fs/);
  });

  it('is the size the README states (minified and gzipped, within 15%)', async () => {
    const { bytes } = await bundle({ entryPoints: ['src/index.ts'] });
    const stated = /it is (\d+) kB,\s+(\d+) kB gzipped/.exec(readFileSync('README.md', 'utf8'));
    expect(stated, 'README states "it is N kB, M kB gzipped"').not.toBeNull();
    const [minified, gzipped] = [Number(stated![1]) * 1000, Number(stated![2]) * 1000];
    expect(bytes.length / minified).toBeGreaterThan(0.85);
    expect(bytes.length / minified).toBeLessThan(1.15);
    expect(gzipSync(bytes).length / gzipped).toBeGreaterThan(0.85);
    expect(gzipSync(bytes).length / gzipped).toBeLessThan(1.15);
  });
});
