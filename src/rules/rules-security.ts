// The security-options and isolation rules of the catalogue (../shared/spec/rules.md), one import per rule folder.
import type { Rule } from './types'
import noPrivileged from './no-privileged/rule'

export const SECURITY_RULES: readonly Rule[] = [noPrivileged]
