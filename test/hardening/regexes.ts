import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** One regular expression found in `src/`, with where it came from. */
export interface FoundRegex {
  source: string;
  flags: string;
  /** "src/file.ts:line" of the literal or of the `new RegExp` call. */
  where: string;
  /** How it was found: a literal in the source, a RegExp built at runtime, or an exported value. */
  via: 'literal' | 'constructed' | 'exported';
}

const ROOT = new URL('../../', import.meta.url).pathname;
const SRC = join(ROOT, 'src');

/** Every .ts file under src/. */
export function sourceFiles(dir = SRC): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Regex literals in src/, read with the TypeScript parser (so comments and strings are not mistaken for regexes). */
export function literalRegexes(): FoundRegex[] {
  const out: FoundRegex[] = [];
  for (const file of sourceFiles()) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = node.getText(sf);
        const cut = lit.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        out.push({ source: lit.slice(1, cut), flags: lit.slice(cut + 1), where: `${relative(ROOT, file)}:${line}`, via: 'literal' });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** Files whose source contains `new RegExp(` or `RegExp(`: the runtime capture must see each of them. */
export function filesBuildingRegexes(): string[] {
  return sourceFiles()
    .filter((f) => /\bRegExp\(/.test(readFileSync(f, 'utf8').replace(/^\s*(?:\/\/|\*).*$/gm, '')))
    .map((f) => relative(ROOT, f));
}

/**
 * Runs `load` while the global RegExp constructor records every regex built through it,
 * keeping only those whose call site is in src/.
 */
export async function captureConstructed(load: () => Promise<void>): Promise<FoundRegex[]> {
  const Original = globalThis.RegExp;
  const out: FoundRegex[] = [];
  const record = (re: RegExp): void => {
    const stack = new Error().stack ?? '';
    const frame = stack.split('\n').find((l) => l.includes(SRC + '/'));
    if (!frame) return;
    const at = frame.indexOf(SRC + '/');
    const m = /^([^:)]+):(\d+)/.exec(frame.slice(at));
    if (m?.[1] && m[2]) out.push({ source: re.source, flags: re.flags, where: `${relative(ROOT, m[1])}:${m[2]}`, via: 'constructed' });
  };
  const Spy = new Proxy(Original, {
    construct(target, args, newTarget) {
      const re = Reflect.construct(target, args, newTarget === Spy ? target : newTarget) as RegExp;
      record(re);
      return re;
    },
    apply(target, thisArg, args) {
      const re = Reflect.apply(target, thisArg, args) as RegExp;
      record(re);
      return re;
    },
  });
  globalThis.RegExp = Spy;
  try {
    await load();
  } finally {
    globalThis.RegExp = Original;
  }
  return out;
}

/** RegExp objects reachable from a value: exported regexes and data tables such as `{ pattern: /…/ }`. */
export function walkRegexes(value: unknown, where: string, seen = new Set<unknown>(), depth = 0): FoundRegex[] {
  if (value instanceof RegExp) return [{ source: value.source, flags: value.flags, where, via: 'exported' }];
  if (value === null || typeof value !== 'object' || seen.has(value) || depth > 8) return [];
  seen.add(value);
  const out: FoundRegex[] = [];
  const entries: [string, unknown][] = value instanceof Map ? [...value.entries()].map(([k, v]) => [String(k), v])
    : value instanceof Set ? [...value].map((v, i) => [String(i), v])
    : Object.entries(value);
  for (const [k, v] of entries) out.push(...walkRegexes(v, `${where}.${k}`, seen, depth + 1));
  return out;
}

/** Distinct (source, flags) pairs, keeping every place each was found. */
export function dedupe(found: FoundRegex[]): { source: string; flags: string; where: string[]; via: Set<string> }[] {
  const map = new Map<string, { source: string; flags: string; where: string[]; via: Set<string> }>();
  for (const f of found) {
    const key = `${f.flags}\u0000${f.source}`;
    let e = map.get(key);
    if (!e) map.set(key, (e = { source: f.source, flags: f.flags, where: [], via: new Set() }));
    if (!e.where.includes(f.where)) e.where.push(f.where);
    e.via.add(f.via);
  }
  return [...map.values()];
}

/**
 * Whether a regex source has a quantifier with no upper bound (`*`, `+`, `{n,}`). A regex
 * without one reads a bounded window from each start position, so a scan is linear in the
 * input by construction (the constant depends only on the pattern).
 */
export function hasUnboundedQuantifier(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1];
      // \p{…}, \P{…}, \u{…}, \k<…>: skip the braced or angled part whole.
      if ((next === 'p' || next === 'P' || next === 'u') && source[i + 2] === '{') i = source.indexOf('}', i);
      else if (next === 'k' && source[i + 2] === '<') i = source.indexOf('>', i);
      else i++;
      if (i < 0) return true;
    } else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '*' || c === '+') {
      return true;
    } else if (c === '{' && /^\{\d+,\}/.test(source.slice(i, i + 12))) {
      return true;
    }
  }
  return false;
}
