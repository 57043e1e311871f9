// The Security options form: no-new-privileges, seccomp, AppArmor and SELinux, all items of `security_opt`.
import { readNoNewPrivileges, readSecurityOpts } from '../../../compose/read/settings'
import type { ServiceView } from '../../../compose/types'
import { setNoNewPrivilegesPlan } from '../../../edits/no-new-privileges'
import { useActions } from '../../../store/use-app'
import { AppArmorField } from './AppArmorField'
import { InheritedBadge } from '../../controls/InheritedBadge'
import { Panel } from '../../controls/Panel'
import { Switch } from '../../controls/Switch'
import { SeccompField } from './SeccompField'
import { SELinuxField } from './SELinuxField'

const FORM_KEYS = new Set(['no-new-privileges', 'seccomp', 'apparmor', 'label'])

export function SecurityOptionsPanel({ service }: { service: ServiceView }) {
  const { applyEdit } = useActions()
  const nnp = readNoNewPrivileges(service)
  const others = readSecurityOpts(service).filter((o) => !FORM_KEYS.has(o.key ?? ''))
  const hint =
    nnp.value === true
      ? 'setuid binaries and file capabilities cannot raise a process above its starting privileges.'
      : nnp.value === false
        ? 'Explicitly off: setuid binaries inside the container can gain privileges.'
        : 'Not set: setuid binaries inside the container can gain privileges.'
  return (
    <Panel id="security-options" title="Security options" description={<code className="font-mono">security_opt</code>}>
      <Switch
        label="No new privileges"
        checked={nnp.value === true}
        onChange={(on) => applyEdit((f) => setNoNewPrivilegesPlan(f, service.name, on))}
        hint={hint}
        badge={<InheritedBadge located={nnp.located} />}
      />
      <SeccompField service={service} />
      <AppArmorField service={service} />
      <SELinuxField service={service} />
      {others.length > 0 && (
        <p className="text-xs text-slate-500 dark:text-slate-400">
          Also set, edit in the text:{' '}
          {others.map((o, i) => (
            <span key={o.index}>
              {i > 0 && ', '}
              <code className="font-mono text-slate-700 dark:text-slate-200">{o.raw}</code>
            </span>
          ))}
        </p>
      )}
    </Panel>
  )
}
