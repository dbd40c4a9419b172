/** ANSI styles for the pretty output; every function is the identity when colour is off. */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  magenta(s: string): string;
  cyan(s: string): string;
}

const CODES: Readonly<Record<keyof Style, readonly [number, number]>> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
};

/** Builds the styles: ANSI escapes when `color` is true, plain text otherwise. */
export function createStyle(color: boolean): Style {
  const entries = Object.entries(CODES).map(([name, [open, close]]) => [
    name,
    color ? (s: string) => `\u001b[${open}m${s}\u001b[${close}m` : (s: string) => s,
  ]);
  return Object.fromEntries(entries) as Style;
}

/**
 * Whether to colour: never when `NO_COLOR` is set (https://no-color.org), always when
 * `FORCE_COLOR` is set to anything but 0, else only when the output is a terminal.
 */
export function wantsColor(isTTY: boolean, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  return isTTY;
}
