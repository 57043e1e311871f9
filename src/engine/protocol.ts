// The messages between the page and the engine worker. Every request carries an id; the worker answers each one once.
import type { HardenChoice } from '../scoring/harden-choices'
import type { HardenResult } from '../scoring/harden'
import type { DiffChunk } from '../edits/line-diff'
import type { Analysis, AnalysisRequest } from './analysis'
import type { TextDelta } from './text-delta'

/** What Harden shows for one selection of fixes. */
export interface HardenView {
  result: HardenResult
  /** The ticked fixes that could not be applied, with why (fix key -> reason). */
  failed: Array<[string, string]>
  /** The line diff of the text and `result.text`, for the dialog's diff view (computed here, off the page's thread). */
  diff: DiffChunk[]
}

/** What the harden dialog needs when it opens: the fixes on offer, the default selection and its result. */
export interface HardenOpening extends HardenView {
  choices: HardenChoice[]
  selected: string[]
}

export type EngineRequest =
  | ({ kind: 'analyse' } & AnalysisRequest)
  | { kind: 'harden-open'; text: string }
  | { kind: 'harden-select'; text: string; selected: string[] }

export interface EngineReplies {
  analyse: Analysis
  'harden-open': HardenOpening
  'harden-select': HardenView
}

export type RequestOf<K extends EngineRequest['kind']> = Extract<EngineRequest, { kind: K }>

/**
 * What the page posts: a request, or an analysis of the last analysed text with one splice applied (a key typed in a
 * 600 KB file then posts a few bytes, not the whole text again). The worker's reply to an analysis leaves out the
 * text: the page knows what it asked.
 */
export type ToWorker = (EngineRequest | { kind: 'analyse-delta'; delta: TextDelta }) & { id: number }
/**
 * A reply. The value travels as JSON text: for an analysis with a thousand findings, JSON.parse on the page costs a
 * fraction of what structured-clone deserialization of the same object graph does, and the values are plain data.
 */
export type FromWorker = { id: number; ok: true; json: string } | { id: number; ok: false; error: string }
