// The monitoring rules of the catalogue (docs/rules.md), one import per rule folder.
import type { Rule } from './types'
import invalidWaiver from './invalid-waiver/rule'
import noLoggingDisabled from './no-logging-disabled/rule'
import noSecretsInEnvironment from './no-secrets-in-environment/rule'
import requireHealthcheck from './require-healthcheck/rule'
import requireImagePinning from './require-image-pinning/rule'
import requireLoggingLimits from './require-logging-limits/rule'
import unsupportedReference from './unsupported-reference/rule'

export const MONITORING_RULES: readonly Rule[] = [invalidWaiver, noLoggingDisabled, noSecretsInEnvironment, requireHealthcheck, requireImagePinning, requireLoggingLimits, unsupportedReference]
