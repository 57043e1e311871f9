// The No new privileges form: the `no-new-privileges` item of security_opt.
import { readNoNewPrivileges } from '../compose/settings'
import type { ServiceView } from '../compose/types'
import { useActions } from '../store/use-app'
import { InheritedBadge } from './controls/InheritedBadge'
import { Panel } from './controls/Panel'
import { Switch } from './controls/Switch'

export function NoNewPrivilegesPanel({ service }: { service: ServiceView }) {
  const { setNoNewPrivileges } = useActions()
  const current = readNoNewPrivileges(service)
  const hint =
    current.value === true
      ? 'setuid binaries and file capabilities cannot raise a process above its starting privileges.'
      : current.value === false
        ? 'Explicitly off: setuid binaries inside the container can gain privileges.'
        : 'Not set: setuid binaries inside the container can gain privileges.'
  return (
    <Panel id="no-new-privileges" title="Privilege escalation" description={<code className="font-mono">security_opt: no-new-privileges</code>}>
      <Switch
        label="No new privileges"
        checked={current.value === true}
        onChange={(on) => setNoNewPrivileges(service.name, on)}
        hint={hint}
        badge={<InheritedBadge located={current.located} />}
      />
    </Panel>
  )
}
