// Types of the pure compose core. Everything above (rules, scoring, store, ui) imports from here, never the reverse.
import type { Document, LineCounter } from 'yaml'

/** One step of a path into the YAML document: a map key or a sequence index. */
export type PathSeg = string | number
export type YamlPath = readonly PathSeg[]

/** 1-based line and column, plus the 0-based character offset into the text. */
export interface Pos {
  line: number
  column: number
  offset: number
}

/** A problem found while reading the text: YAML syntax, alias bombs, size limits, non-map roots. */
export interface ParseProblem {
  message: string
  line: number
  column: number
  code: string
}

/** The parsed text. Never thrown: `errors` is non-empty when the text cannot be analysed. */
export interface ComposeFile {
  text: string
  doc: Document.Parsed
  lineCounter: LineCounter
  errors: ParseProblem[]
  warnings: ParseProblem[]
  /** Plain JS value of the whole document (merge keys resolved), or null when errors prevent it. */
  data: Record<string, unknown> | null
  /** Services in document order, resolved (merge keys and same-file `extends`). Empty when errors. */
  services: ServiceView[]
}

/** Where a value that a service sees was written. */
export type Origin = 'own' | 'merge' | 'extends'

export interface Located {
  pos: Pos
  origin: Origin
  /** The anchor the value came through (`<<: *defaults` gives 'defaults'). */
  anchor?: string
  /** For origin 'extends': the base service's name. */
  from?: string
}

/** A service as the rules and forms see it. */
export interface ServiceView {
  name: string
  /** Position of the service's key under `services:` (where missing keys are reported). */
  keyPos: Pos
  /** The resolved settings: own keys over merged (`<<`) keys over `extends` base keys. */
  data: Record<string, unknown>
  /**
   * Where the value at `path` (relative to the service, e.g. ['deploy','resources','limits','memory']) is written.
   * List indexes in `path` are indexes into the list as written; see itemPath for lists merged by `extends`.
   */
  locate(path: YamlPath): Located | undefined
  /**
   * The written path of item `index` of the list `key` as the service sees it (`data[key][index]`). With `extends`
   * the base's items come first, so the index differs from the written one; null when the item comes from the base.
   */
  itemPath(key: string, index: number): YamlPath | null
  /** Top-level keys of `data` that are not written on the service itself (inherited via merge or extends). */
  inheritedKeys: ReadonlySet<string>
}

/**
 * An edit plan: what to change, never how the text changes. One module (apply-plan.ts) turns plans
 * into minimal splices of the text. Paths are absolute from the document root, e.g.
 * ['services', 'app', 'read_only'].
 */
export type EditOp =
  /** Set the value at path. Missing parent maps are created; an inherited (merge/alias) parent is copied onto the service first. */
  | { kind: 'set'; path: YamlPath; value: unknown }
  /** Delete a map key or a sequence item. No-op when missing. A sequence or map left empty by it is removed too (never the service map itself). */
  | { kind: 'delete'; path: YamlPath }
  /** Append to the sequence at path, creating it when missing. A scalar there becomes [scalar, value]. */
  | { kind: 'append'; path: YamlPath; value: unknown }
  /** Rename the map key at path to `key` (for example renaming a service). */
  | { kind: 'rename'; path: YamlPath; key: string }
  /**
   * Replace line `line` (1-based), which reads `before`, by `after` (several lines, or null to remove it); when earlier
   * ops moved it, the nearest line reading `before`. Only comments may change: the file must read as the same data
   * (waiver comments). `path` is the setting the line belongs to, for messages.
   */
  | { kind: 'comment'; path: YamlPath; line: number; before: string; after: string | null }

export interface EditPlan {
  /** What the plan does, for people (undo label, diff title). */
  label: string
  ops: readonly EditOp[]
}

/** A splice of the original text: replace [start, end) by `text`. */
export interface TextEdit {
  start: number
  end: number
  text: string
}

export type ApplyResult =
  | { ok: true; text: string; edits: TextEdit[] }
  | { ok: false; error: string }
