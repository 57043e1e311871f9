// The one shape of an edit: a pure function of the parsed document (plus the service and the input) to an EditResult.
import type { ComposeFile, EditPlan } from '../compose/types'

/** What an edit returns: a plan, null when nothing needs to change, or a sentence for people saying why it cannot be done. */
export type EditResult = EditPlan | null | string

/** An edit with its service and input bound: what the store's `applyEdit` runs against the current parse. */
export type EditBuilder = (file: ComposeFile) => EditResult
