// Which rows of a long environment the Basics form lists before "Show all": the first ENV_ROWS, and past them the rows
// that must not hide (a secret-looking value, whose row carries the "Move to a secret" warning; a variable just added
// with the form, which goes to the end of the file), at most EXTRA_ROWS of those.

/** The rows shown before "Show all". */
export const ENV_ROWS = 40
/** Rows past ENV_ROWS shown anyway, at most: a file of thousands of secret-looking values stays quick to render. */
export const EXTRA_ROWS = 60

/** The rows to list, in the file's order: all of them when `all`. */
export function envRowsShown<V>(vars: readonly V[], all: boolean, keep: (v: V) => boolean): readonly V[] {
  if (all || vars.length <= ENV_ROWS) return vars
  const shown = vars.slice(0, ENV_ROWS)
  for (let i = ENV_ROWS; i < vars.length && shown.length < ENV_ROWS + EXTRA_ROWS; i++) if (keep(vars[i])) shown.push(vars[i])
  return shown
}

/** The index in `vars` of the first row `shown` left out: where the keyboard goes once all are shown. */
export function firstHidden<V>(vars: readonly V[], shown: readonly V[]): number {
  const seen = new Set(shown)
  return vars.findIndex((v) => !seen.has(v))
}
