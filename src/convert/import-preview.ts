// What pasting docker run commands into an open document would do, before doing it: the converted services (named
// clear of the document's), the one edit plan that merges them and the text it gives, and what to tell the user (names
// changed, definitions the document keeps, options not converted, commands that could not be read). Never throws.
import { parseCompose } from '../compose/read/parse'
import { applyPlan } from '../compose/write/apply-plan'
import type { EditPlan } from '../compose/types'
import { mergeConvertedPlan } from './merge-plan'
import { runToCompose } from './run-to-compose'
import type { RunToComposeResult } from './run-to-compose'

export interface ImportPreview {
  result: RunToComposeResult
  /** The plan that adds the services (applied through the store's applyEdit: one undo step), or null. */
  plan: EditPlan | null
  /** The document with the services merged in; null when they cannot be merged (`mergeError` says why). */
  merged: string | null
  mergeError: string | null
  /** Names that changed or definitions left alone because the document (or an earlier command) has them. */
  clashes: string[]
}

export function previewImport(documentText: string, commands: string): ImportPreview {
  const file = parseCompose(documentText)
  const taken = file.services.map((s) => s.name)
  const result = runToCompose(commands, { takenNames: taken })
  const wanted = runToCompose(commands).services.map((s) => s.name)
  const clashes = result.services.flatMap((s, i) => (wanted[i] !== undefined && wanted[i] !== s.name ? [`${s.name}: named so because ${wanted[i]} is taken`] : []))
  for (const section of ['networks', 'volumes', 'secrets'] as const) {
    const mine = file.data?.[section]
    const theirs = result.document[section]
    if (typeof mine !== 'object' || mine === null || typeof theirs !== 'object' || theirs === null) continue
    for (const name of Object.keys(theirs)) {
      if (Object.hasOwn(mine, name)) clashes.push(`${section}: ${name} is already defined in the document; its definition is kept`)
    }
  }
  const built = mergeConvertedPlan(file, result)
  if (typeof built === 'string') return { result, plan: null, merged: null, mergeError: built, clashes }
  if (built === null) return { result, plan: null, merged: null, mergeError: null, clashes }
  const applied = applyPlan(documentText, built)
  if (!applied.ok) return { result, plan: null, merged: null, mergeError: applied.error, clashes }
  return { result, plan: built, merged: applied.text, mergeError: null, clashes }
}
