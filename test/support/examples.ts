/**
 * Runs the code examples of the README, the guides and the API docs, so none can drift from
 * the library. An example is TypeScript that imports from `news-scrape` (every export is in
 * scope, so the import may be left out). A top-level statement followed by a comment, on its
 * line or on the comment lines right below it, states a result:
 *
 *     readCruft('Scroll Up'); // { text: 'Scroll Up', reason: 'navigation' }
 *     const page = readPageDate('21 March 2018 - Wednesday - 4 Rajab 1439');
 *     // { gregorian: '2018-03-21', weekday: 'Wednesday' }
 *     checkOptions({ referenceDate: 12345 }); // TypeError: option "referenceDate" must be a date string …
 *     clean('  Alalam\u00a0 Syria ') === 'Alalam Syria'
 *
 * When the comment reads as a JavaScript value it is checked: an object or array must match
 * (`toMatchObject`: the fields shown must be there, others may be too; arrays have the length
 * shown), anything else must be equal; `SomeError: …` means the statement throws that error;
 * a bare `a === b` must be true. A comment that is not a value (prose such as `// the parser's
 * claims, with spans`) is not checked, but the statement still runs.
 */
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import ts from 'typescript';
import { expect } from 'vitest';
import * as api from '../../src/index.js';

/** One example: where it comes from and its code. */
export interface Example {
  /** `README.md:42` or `parseArticle` (an export) or `Article.title`. */
  where: string;
  code: string;
}

/** What running an example did: how many stated results it checked, and the value of its last statement. */
export interface ExampleRun {
  checked: number;
  last: unknown;
}

const FENCE = /^```(ts|js|typescript|javascript)\s*$/;

/** The TypeScript and JavaScript code blocks of a Markdown file, in order, with their line numbers. */
export function markdownExamples(path: string, name = path): Example[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!FENCE.test(lines[i]!)) continue;
    const start = i + 1;
    let j = start;
    while (j < lines.length && lines[j] !== '```') j++;
    out.push({ where: `${name}:${start}`, code: lines.slice(start, j).join('\n') });
    i = j;
  }
  return out;
}

/** Whether `code` is valid TypeScript on its own. */
function parses(code: string): boolean {
  try {
    transformSync(code, { loader: 'ts' });
    return true;
  } catch {
    return false;
  }
}

const IMPORT = /^import\s+(?:type\s+)?[^;'"]*?from\s+['"]([^'"]+)['"];?[ \t]*(?:\/\/.*)?$/gm;
const THROWS = /^([A-Z]\w*Error)\b/;

/** A stated result as a JavaScript expression, or `null` when the comment is prose. */
function resultOf(comment: string): string | null {
  const text = comment.trim();
  if (text === '' || THROWS.test(text)) return null;
  return parses(`(${text});`) ? text : null;
}

/**
 * The comment that states a statement's result: the rest of its last line, else the comment
 * lines right below it; `null` when there is none.
 */
function statedAfter(code: string, end: number): string | null {
  const eol = code.indexOf('\n', end);
  const rest = code.slice(end, eol < 0 ? code.length : eol);
  const same = /^\s*\/\/ ?(.*)$/.exec(rest);
  // A prose comment on the line may be followed by the result on the lines below.
  if (same && (THROWS.test(same[1]!.trim()) || resultOf(same[1]!) !== null)) return same[1]!;
  if ((rest.trim() !== '' && !same) || eol < 0) return same ? same[1]! : null;
  const below: string[] = [];
  for (const line of code.slice(eol + 1).split('\n')) {
    const m = /^\s*\/\/ ?(.*)$/.exec(line);
    if (!m) break;
    below.push(m[1]!);
  }
  return below.length > 0 ? below.join('\n') : same ? same[1]! : null;
}

/** Whether a statement is a bare `a === b` (an example that states its result as a comparison). */
function isComparison(statement: ts.Statement): boolean {
  return (
    ts.isExpressionStatement(statement) &&
    ts.isBinaryExpression(statement.expression) &&
    statement.expression.operatorToken.kind === ts.SyntaxKind.EqualsEqualsEqualsToken
  );
}

/** Rewrites an example so each top-level statement with a stated result checks it; returns the JavaScript. */
export function instrument(example: Example): string {
  const imports = [...example.code.matchAll(IMPORT)].map((m) => m[1]);
  const foreign = imports.filter((m) => m !== 'news-scrape');
  if (foreign.length > 0) throw new Error(`${example.where}: imports ${foreign.join(', ')}; an example may import only from 'news-scrape'`);
  const code = example.code.replace(IMPORT, (m) => m.replace(/[^\n]/g, ' ')).replace(/^export\s+/gm, '');
  const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true);
  let out = code;
  for (const statement of [...file.statements].reverse()) {
    const comment = statedAfter(code, statement.end) ?? (isComparison(statement) ? '' : null);
    if (comment === null) continue;
    const start = statement.getStart(file);
    const text = code.slice(start, statement.end).replace(/;\s*$/, '');
    const line = file.getLineAndCharacterOfPosition(start).line + 1;
    const at = JSON.stringify(`${example.where} (line ${line})`);
    const thrown = THROWS.exec(comment.trim());
    const expected = resultOf(comment) ?? (thrown === null && isComparison(statement) ? 'true' : null);
    let checked: string | null = null;
    if (thrown) checked = `__throws(() => { ${text}; }, ${JSON.stringify(thrown[1])}, ${at});`;
    else if (expected !== null && ts.isExpressionStatement(statement)) checked = `__check(__last = (${text}), (${expected}), ${at});`;
    else if (expected !== null && ts.isVariableStatement(statement)) {
      const name = statement.declarationList.declarations.at(-1)?.name;
      if (name && ts.isIdentifier(name)) checked = `${text}; __check(__last = ${name.text}, (${expected}), ${at});`;
    }
    if (checked !== null) out = out.slice(0, start) + checked + out.slice(statement.end);
  }
  return transformSync(out, { loader: 'ts' }).code;
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<unknown>;

/**
 * Runs examples in order in one scope (the blocks of one page build on each other), with every
 * export of the library in scope, and checks their stated results.
 */
export async function runExamples(examples: readonly Example[]): Promise<ExampleRun> {
  const js = examples.map((e) => instrument(e)).join("\n");
  let checked = 0;
  const check = (actual: unknown, expected: unknown, at: string) => {
    checked++;
    if (expected !== null && typeof expected === 'object') expect(actual, at).toMatchObject(expected as object);
    else expect(actual, at).toEqual(expected);
  };
  const throws = (fn: () => void, name: string, at: string) => {
    checked++;
    let thrown: unknown = null;
    try {
      fn();
    } catch (err) {
      thrown = err;
    }
    expect(thrown, `${at} should throw ${name}`).toBeInstanceOf(Error);
    expect((thrown as Error).name, at).toBe(name);
  };
  const names = Object.keys(api);
  // Examples may print; the test keeps its output quiet.
  const quiet = { ...console, log() {}, info() {} };
  const run = new AsyncFunction('__check', '__throws', 'console', ...names, `let __last;\n${js}\nreturn __last;`);
  const last = await run(check, throws, quiet, ...names.map((n) => (api as Record<string, unknown>)[n]));
  return { checked, last };
}

/** The `@example` blocks of a declaration's doc comment. */
function examplesOf(node: ts.Node, where: string): Example[] {
  return ts
    .getJSDocTags(node)
    .filter((t) => t.tagName.text === 'example')
    .map((t) => ({ where, code: (typeof t.comment === 'string' ? t.comment : ts.getTextOfJSDocComment(t.comment) ?? '').replace(/^```\w*\n?|```$/g, '') }));
}

/**
 * Every `@example` of the public API: the module comment of `src/index.ts`, each export's doc
 * comment and the doc comments of their members (interface fields, union members).
 */
export function apiExamples(entry = 'src/index.ts'): Example[] {
  const program = ts.createProgram([entry], { strict: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, noEmit: true });
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(entry)!;
  const out: Example[] = [];
  const first = file.statements[0];
  if (first) out.push(...examplesOf(first, 'module news-scrape'));
  const seen = new Set<ts.Node>();
  for (const exported of checker.getExportsOfModule(checker.getSymbolAtLocation(file)!)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    for (const decl of symbol.declarations ?? []) {
      const node = ts.isVariableDeclaration(decl) ? decl.parent.parent : decl;
      if (seen.has(node)) continue;
      seen.add(node);
      out.push(...examplesOf(node, exported.name));
      node.forEachChild(function visit(child) {
        if (ts.isPropertySignature(child) || ts.isMethodSignature(child) || ts.isPropertyDeclaration(child)) {
          out.push(...examplesOf(child, `${exported.name}.${child.name.getText()}`));
        }
        if (ts.isTypeLiteralNode(child) || ts.isUnionTypeNode(child)) child.forEachChild(visit);
      });
    }
  }
  return out;
}

/** The members of a string-literal union type alias in a source file, with whether each has a doc comment. */
export function unionMembers(path: string, name: string): { value: string; documented: boolean }[] {
  const text = readFileSync(path, 'utf8');
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const alias = file.statements.find((s): s is ts.TypeAliasDeclaration => ts.isTypeAliasDeclaration(s) && s.name.text === name);
  if (!alias || !ts.isUnionTypeNode(alias.type)) throw new Error(`${name} is not a union type in ${path}`);
  const out: { value: string; documented: boolean }[] = [];
  for (const member of alias.type.types) {
    if (ts.isTypeOperatorNode(member)) continue; // `keyof Custom…`: the extension point
    if (!ts.isLiteralTypeNode(member) || !ts.isStringLiteral(member.literal)) throw new Error(`${name} has a member that is not a string literal: ${member.getText()}`);
    // The member's doc comment stands before its `|`, so look back to the previous member.
    const index = alias.type.types.indexOf(member);
    const from = index === 0 ? alias.name.end : alias.type.types[index - 1]!.end;
    out.push({ value: member.literal.text, documented: text.slice(from, member.getStart(file)).includes('/**') });
  }
  return out;
}
