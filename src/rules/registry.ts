// The explicit registry of every rule, sorted by id; a meta-test checks it against the rule folders.
import { CONTAINER_RULES } from './rules-container'
import { MONITORING_RULES } from './rules-monitoring'
import { NETWORK_RULES } from './rules-network'
import { SECURITY_RULES } from './rules-security'
import type { Rule } from './types'

export const RULES: readonly Rule[] = [...CONTAINER_RULES, ...NETWORK_RULES, ...SECURITY_RULES, ...MONITORING_RULES]
  .sort((a, b) => (a.id < b.id ? -1 : 1))

export const RULE_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.id, r]))
