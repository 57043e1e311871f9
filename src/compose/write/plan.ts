// Tiny constructors for edit plans, so callers never spell out op objects by hand.
import type { EditOp, EditPlan, YamlPath } from '../types'

export const setOp = (path: YamlPath, value: unknown): EditOp => ({ kind: 'set', path, value })
export const deleteOp = (path: YamlPath): EditOp => ({ kind: 'delete', path })
export const appendOp = (path: YamlPath, value: unknown): EditOp => ({ kind: 'append', path, value })
export const renameOp = (path: YamlPath, key: string): EditOp => ({ kind: 'rename', path, key })
export const plan = (label: string, ...ops: EditOp[]): EditPlan => ({ label, ops })
