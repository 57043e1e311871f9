// require-no-new-privileges: setuid binaries and file capabilities must not raise a process's privileges.
import { readNoNewPrivileges } from '../../compose/read/settings'
import type { NoNewPrivilegesVerdict, SecurityOpt } from '../../compose/read/settings'
import type { ServiceView } from '../../compose/types'
import { setNoNewPrivilegesPlan } from '../../edits/no-new-privileges'
import { defineRule, planOrNull } from '../define-rule'
import { shown } from '../container-helpers'

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
    // The Security options form's "No new privileges" switch, turned on.
    return service ? planOrNull(setNoNewPrivilegesPlan(file, service.name, true)) : null
  },
})
