import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CruftReason, WarningCode } from '../src/index.js';
import { runExamples, unionMembers } from './support/examples.js';

/**
 * docs/warnings.md lists every warning code (with an input that produces it) and every cruft
 * reason; both lists must equal the union types in src/types.ts, and each example must
 * produce its code.
 */
const PAGE = 'docs/warnings.md';
const page = readFileSync(PAGE, 'utf8');
const [warningPart = '', cruftPart = ''] = page.split(/^## Cruft reasons$/m);

/** Each `### \`code\`` section of the warnings part: the code and its first code block. */
const sections = [...warningPart.matchAll(/^### `([a-z0-9-]+)`\n([\s\S]*?)(?=^### |(?![\s\S]))/gm)].map((m) => {
  const block = /^```(ts|sh)\n([\s\S]*?)^```$/m.exec(m[2]!);
  return { code: m[1]!, lang: block?.[1] ?? null, code_: block?.[2] ?? '' };
});
const reasonsInPage = [...cruftPart.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]!);

const warningCodes = unionMembers('src/types.ts', 'WarningCode');
const cruftReasons = unionMembers('src/types.ts', 'CruftReason');

describe('WarningCode and CruftReason', () => {
  it('are unions of documented string literals', () => {
    expect(warningCodes.length).toBeGreaterThan(10);
    expect(cruftReasons.length).toBeGreaterThan(20);
    expect(warningCodes.filter((m) => !m.documented).map((m) => m.value)).toEqual([]);
    expect(cruftReasons.filter((m) => !m.documented).map((m) => m.value)).toEqual([]);
  });

  it('reject codes that do not exist (typecheck)', () => {
    // @ts-expect-error — not a warning code
    const code: WarningCode = 'no-such-code';
    // @ts-expect-error — not a cruft reason
    const reason: CruftReason = 'no-such-reason';
    expect([code, reason]).toHaveLength(2);
  });
});

describe(PAGE, () => {
  it('lists exactly the warning codes of WarningCode, each once', () => {
    expect(sections.map((s) => s.code).sort()).toEqual(warningCodes.map((m) => m.value).sort());
  });

  it('lists exactly the cruft reasons of CruftReason, each once', () => {
    expect([...reasonsInPage].sort()).toEqual(cruftReasons.map((m) => m.value).sort());
  });

  it.each(sections.filter((s) => s.lang === 'ts').map((s) => [s.code, s] as const))('an example input produces %s', async (code, s) => {
    const { last } = await runExamples([{ where: `${PAGE} ${code}`, code: s.code_ }]);
    const codes = (last as unknown[]).map((w) => (typeof w === 'string' ? w : (w as { code: string }).code));
    expect(codes).toContain(code);
  });

  it.each(sections.filter((s) => s.lang === 'sh').map((s) => [s.code, s] as const))('the command line produces %s', (code, s) => {
    const command = s.code_.split('\n')[0]!.replace(/\bnews-scrape\b/, `"${process.execPath}" dist/cli.js`);
    const r = spawnSync('bash', ['-c', command], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const record = JSON.parse(r.stdout) as { warnings: { code: string }[] };
    expect(record.warnings.map((w) => w.code)).toContain(code);
  });

  it('has an example for every code', () => {
    expect(sections.filter((s) => s.lang === null).map((s) => s.code)).toEqual([]);
  });
});
