// Module-level selectors: derived values, memoised by text, so components re-render only when what they show changes.
import type { ComposeFile, ParseProblem, ServiceView } from '../compose/types'
import type { AppState } from './app-state'
import { parseMemo } from './parse-memo'

/** The parse the forms show: the last text without errors. */
export const selectShown = (s: AppState): ComposeFile => parseMemo(s.validText)

/** The first parse problem of the latest text parsed, or null while it is readable. */
export const selectParseError = (s: AppState): ParseProblem | null => s.parseError

const namesByFile = new WeakMap<ComposeFile, string[]>()

export const selectServiceNames = (s: AppState): readonly string[] => {
  const file = selectShown(s)
  let names = namesByFile.get(file)
  if (!names) namesByFile.set(file, (names = file.services.map((x) => x.name)))
  return names
}

export const selectSelectedService = (s: AppState): ServiceView | null => {
  const { services } = selectShown(s)
  return services.find((x) => x.name === s.selected) ?? services[0] ?? null
}
