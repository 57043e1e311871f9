// What a fix does on one finding's service, in words. The non-root and read-only fixes write what the service's image
// needs (image knowledge), so they say it for that service; every other fix is described by its rule's `fixDescription`.
import type { ComposeFile, ServiceView } from '../compose/types'
import { RULE_BY_ID } from './registry'
import { describeUserFix } from './require-non-root-user/describe'
import { describeReadOnlyFix } from './require-read-only-rootfs/describe'
import type { Finding } from './types'

/** Rules whose fix depends on the service's image, by id. */
const BY_SERVICE: Readonly<Record<string, (service: ServiceView | undefined) => string>> = {
  'require-non-root-user': describeUserFix,
  'require-read-only-rootfs': describeReadOnlyFix,
}

export function describeFix(finding: Finding, file: ComposeFile): string {
  const rule = RULE_BY_ID.get(finding.ruleId)
  if (!rule) return ''
  const describe = finding.fix === 'none' ? undefined : BY_SERVICE[rule.id]
  const service = finding.service === null ? undefined : file.services.find((s) => s.name === finding.service)
  return describe?.(service) || rule.fixDescription || ''
}
