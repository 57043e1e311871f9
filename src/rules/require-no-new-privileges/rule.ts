// require-no-new-privileges: setuid binaries and file capabilities must not raise a process's privileges.
import { ownList, readNoNewPrivileges } from '../../compose/read/settings'
import type { NoNewPrivilegesVerdict, SecurityOpt } from '../../compose/read/settings'
import { appendOp, plan, setOp } from '../../compose/write/plan'
import type { ServiceView } from '../../compose/types'
import { defineRule } from '../define-rule'
import { servicePath, shown } from '../container-helpers'

export const NNP_ITEM = 'no-new-privileges:true'

/** Docker reads the items in order, so the last one about no-new-privileges decides (see readNoNewPrivileges). */
function deciding(service: ServiceView): { item: SecurityOpt; verdict: NoNewPrivilegesVerdict } | undefined {
  const { item, verdict } = readNoNewPrivileges(service)
  return item && verdict ? { item, verdict } : undefined
}

export default defineRule({
  id: 'require-no-new-privileges',
  title: 'Forbid privilege escalation (no-new-privileges)',
  description:
    'Without no-new-privileges, a process in the container can gain privileges by running a setuid or setcap binary (su, sudo, ping on some images), which turns a compromised non-root process into root inside the container and one step closer to the host. The `no-new-privileges:true` security option makes the kernel refuse such escalation for every process of the container. The option may be written `no-new-privileges`, `no-new-privileges:true` or `no-new-privileges=true`; the last such item wins, as in Docker. An item that is an interpolation without default is not judged.',
  severity: 'high',
  checklist: ['no-new-privileges'],
  references: ['CIS Docker Benchmark 5.26', 'https://docs.docker.com/reference/compose-file/services/#security_opt', 'https://docs.kernel.org/userspace-api/no_new_privs.html'],
  fix: 'safe',
  panel: 'security-options',
  fixLabel: 'Add `no-new-privileges:true`',
  howToFix: 'Add `no-new-privileges:true` to `security_opt` (or set `"no-new-privileges": true` in the daemon\'s `daemon.json` for every container).',
  fixDescription: 'Adds `no-new-privileges:true` to `security_opt`, or turns an item that disables it into that.',
  messages: {
    missing: '`security_opt` does not set no-new-privileges: setuid and setcap binaries can still raise a process\'s privileges.',
    disabled: '`security_opt` item `{{item}}` turns no-new-privileges off: setuid and setcap binaries can raise a process\'s privileges.',
    invalid: '`security_opt` item `{{item}}` is not a valid no-new-privileges value (Docker refuses it); write `no-new-privileges:true`.',
  },
  checkService({ service, report }) {
    const d = deciding(service)
    if (!d) report({ messageId: 'missing' })
    else if (d.verdict === 'false') report({ messageId: 'disabled', at: d.item.at, data: { item: shown(d.item.written) } })
    else if (d.verdict === 'invalid') report({ messageId: 'invalid', at: d.item.at, data: { item: shown(d.item.written) } })
  },
  fixPlan({ file, service }) {
    if (!service) return null
    const label = `Forbid privilege escalation in ${service.name}`
    const path = servicePath(service, 'security_opt')
    const d = deciding(service)
    if (d?.verdict === 'true' || d?.verdict === 'unknown') return null
    const origin = service.locate(['security_opt'])?.origin
    if (d?.item.at && d.item.origin === 'own') return plan(label, setOp(servicePath(service, ...d.item.at), NNP_ITEM))
    if (origin === 'merge') {
      // The list comes from an anchor: the service gets its own copy, fixed; the anchor stays as it is.
      const own = ownList(file, service, 'security_opt')
      const at = d?.item.origin === 'merge' ? d.item.at : undefined
      const index = at ? Number(at[1] ?? 0) : -1
      const fixed = index >= 0 ? own.map((v, i) => (i === index ? NNP_ITEM : v)) : [...own, NNP_ITEM]
      return plan(label, setOp(path, fixed))
    }
    // Missing, own without the item, or inherited through `extends` (whose list compose merges before the service's).
    return plan(label, appendOp(path, NNP_ITEM))
  },
})
