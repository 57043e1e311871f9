// The container rules of the catalogue (../shared/spec/rules.md), one import per rule folder.
import type { Rule } from './types'

export const CONTAINER_RULES: readonly Rule[] = []
