// The messages between the page and the engine worker. Every request carries an id; the worker answers each one once.
import type { HardenChoice } from '../scoring/harden-choices'
import type { HardenResult } from '../scoring/harden'
import type { Analysis, AnalysisRequest } from './analysis'

/** What Harden shows for one selection of fixes. */
export interface HardenView {
  result: HardenResult
  /** The ticked fixes that could not be applied, with why (fix key -> reason). */
  failed: Array<[string, string]>
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

export type ToWorker = EngineRequest & { id: number }
export type FromWorker = { id: number; ok: true; value: EngineReplies[EngineRequest['kind']] } | { id: number; ok: false; error: string }
