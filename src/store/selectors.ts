// Module-level selectors: derived values, memoised by text, so components re-render only when what they show changes.
import type { ComposeFile, ParseProblem, ServiceView } from '../compose/types'
import type { AppState } from './app-state'
import { parseMemo } from './parse-memo'

/** The parse of the text the forms analyse (errors included). */
export const selectAnalysed = (s: AppState): ComposeFile => parseMemo(s.analysedText)

/** The parse the forms show: the last text without errors. */
export const selectShown = (s: AppState): ComposeFile => parseMemo(s.validText)

/** The first parse problem of the analysed text, or null while it is valid. */
export const selectParseError = (s: AppState): ParseProblem | null => selectAnalysed(s).errors[0] ?? null

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
