/**
 * Thrown when a profile id passed in options names no registered profile.
 *
 * @group Parse
 */
export class UnknownProfileError extends Error {
  /** Always `"UnknownProfileError"`. */
  override name = 'UnknownProfileError';
  constructor(id: string, known: readonly string[]) {
    super(`unknown site profile "${id}"; known profiles: ${known.join(', ') || '(none)'} — pass a SiteProfile object or register it with createParser({ profiles })`);
  }
}

/** Describes a value for an error message: `number 42`, `null`, `object Buffer`. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'object') return `object ${(value as object).constructor?.name ?? 'Object'}`;
  if (typeof value === 'string') return `string`;
  return `${typeof value} ${String(value).slice(0, 40)}`;
}
