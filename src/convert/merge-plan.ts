// Converted services into an open document as one edit plan (one undo step through the store's applyEdit): each
// service is added under services:, and each network, volume or secret it needs is added unless the file defines it.
import { plan, setOp } from '../compose/write/plan'
import type { ComposeFile, EditOp, EditPlan } from '../compose/types'
import type { RunToComposeResult } from './run-to-compose'

const SECTIONS = ['networks', 'volumes', 'secrets'] as const

/**
 * The plan, null when there is nothing to add, or why it cannot be done. Convert with
 * `runToCompose(text, { takenNames: file.services.map((s) => s.name) })` so that the new names are free.
 */
export function mergeConvertedPlan(file: ComposeFile, result: Pick<RunToComposeResult, 'services' | 'document'>): EditPlan | null | string {
  if (file.errors.length) return 'The YAML has an error, so nothing was added: fix it first.'
  if (result.services.length === 0) return null
  const taken = result.services.map((s) => s.name).filter((name) => file.services.some((s) => s.name === name))
  if (taken.length) return `The file already has a service called ${taken.join(', ')}: convert again with the names in use, so the new services get free names.`
  const ops: EditOp[] = result.services.map((s) => setOp(['services', s.name], s.service))
  for (const section of SECTIONS) {
    const wanted = result.document[section]
    if (typeof wanted !== 'object' || wanted === null) continue
    const existing = file.data?.[section]
    for (const [name, definition] of Object.entries(wanted)) {
      const defined = typeof existing === 'object' && existing !== null && Object.hasOwn(existing, name)
      if (!defined) ops.push(setOp([section, name], definition))
    }
  }
  const names = result.services.map((s) => s.name)
  return plan(names.length === 1 ? `Add service ${names[0]} from docker run` : `Add services ${names.join(', ')} from docker run`, ...ops)
}
