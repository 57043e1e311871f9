// Which rows of a long environment the Basics form lists before "Show all": the first ENV_ROWS, and past them the rows
// that must not hide (a secret-looking value, whose row carries the "Move to a secret" warning; a variable just added
// with the form, which goes to the end of the file), at most EXTRA_ROWS of those.

/** The rows shown before "Show all". */
export const ENV_ROWS = 40
/** Rows past ENV_ROWS shown anyway, at most: a file of thousands of secret-looking values stays quick to render. */
export const EXTRA_ROWS = 60

/**
 * The rows to list, in the file's order: all of them when `all`. Past the first ENV_ROWS, the `added` ones come before
 * the `warned` ones within the EXTRA_ROWS: a variable just added is always listed.
 */
export function envRowsShown<V>(vars: readonly V[], all: boolean, { added, warned }: { added(v: V): boolean; warned(v: V): boolean }): readonly V[] {
  if (all || vars.length <= ENV_ROWS) return vars
  const rest = vars.slice(ENV_ROWS)
  const extra = new Set([...rest.filter(added), ...rest.filter((v) => !added(v) && warned(v))].slice(0, EXTRA_ROWS))
  return [...vars.slice(0, ENV_ROWS), ...rest.filter((v) => extra.has(v))]
}

/** The index in `vars` of the first row `shown` left out: where the keyboard goes once all are shown. */
export function firstHidden<V>(vars: readonly V[], shown: readonly V[]): number {
  const seen = new Set(shown)
  return vars.findIndex((v) => !seen.has(v))
}
