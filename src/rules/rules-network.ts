// The network rules of the catalogue (../shared/spec/rules.md), one import per rule folder.
import type { Rule } from './types'

export const NETWORK_RULES: readonly Rule[] = []
