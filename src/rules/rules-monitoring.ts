// The monitoring rules of the catalogue (../shared/spec/rules.md), one import per rule folder.
import type { Rule } from './types'

export const MONITORING_RULES: readonly Rule[] = []
