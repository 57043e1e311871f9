// The Isolation form: privileged mode and the host namespaces, each a switch that says what turning it on gives away.
import { ISOLATION_KEYS, readIsolation } from '../../../compose/read/settings'
import type { IsolationKey, IsolationSetting } from '../../../compose/read/settings'
import type { ServiceView } from '../../../compose/types'
import { setIsolationPlan } from '../../../edits/isolation'
import { useActions } from '../../../store/use-app'
import { InheritedBadge } from '../../controls/InheritedBadge'
import { Panel } from '../../controls/Panel'
import { RiskSwitch } from '../../controls/RiskSwitch'

const SWITCHES: Record<IsolationKey, { label: string; code: string; givesAway: string }> = {
  privileged: {
    label: 'Privileged mode',
    code: 'privileged: true',
    givesAway: 'Gives the container every capability and every host device, and turns off seccomp, AppArmor and SELinux: an escape is root on the host.',
  },
  pid: {
    label: 'Host process namespace',
    code: 'pid: host',
    givesAway: 'Lets the container see and signal every process on the host, and read their command lines and environment.',
  },
  ipc: {
    label: 'Host IPC namespace',
    code: 'ipc: host',
    givesAway: "Lets the container read and write the host's shared memory, semaphores and message queues.",
  },
  uts: {
    label: 'Host UTS namespace',
    code: 'uts: host',
    givesAway: "Shares the host's hostname and domain name; with SYS_ADMIN the container can rename the host.",
  },
  userns_mode: {
    label: 'Host user namespace',
    code: 'userns_mode: host',
    givesAway: "Turns off the daemon's user-namespace remapping for this service: root in the container is root on the host.",
  },
  cgroup: {
    label: 'Host cgroup namespace',
    code: 'cgroup: host',
    givesAway: "Shows the container the host's whole cgroup tree: every service running on the host, and its limits.",
  },
}

export function IsolationPanel({ service }: { service: ServiceView }) {
  const { applyEdit } = useActions()
  const settings = ISOLATION_KEYS.map((key) => readIsolation(service, key))
  const on = settings.filter((s) => s.on).length
  return (
    <Panel
      id="isolation"
      title="Isolation"
      description="Privileged mode and host namespaces"
      aside={
        <span
          className={`inline-flex items-center rounded-full px-2 py-0.5 text-[11px] font-medium ring-1 ring-inset ${
            on > 0
              ? 'bg-rose-50 text-rose-800 ring-rose-200 dark:bg-rose-950/50 dark:text-rose-200 dark:ring-rose-800'
              : 'bg-emerald-50 text-emerald-800 ring-emerald-200 dark:bg-emerald-950/50 dark:text-emerald-200 dark:ring-emerald-800'
          }`}
        >
          {on > 0 ? `${on} shared with host` : 'Fully isolated'}
        </span>
      }
    >
      <div className="space-y-2">
        {settings.map((setting) => (
          <RiskSwitch
            key={setting.key}
            label={SWITCHES[setting.key].label}
            code={SWITCHES[setting.key].code}
            checked={setting.on}
            onChange={(next) => applyEdit((file) => setIsolationPlan(file, service.name, { key: setting.key, on: next }))}
            hint={SWITCHES[setting.key].givesAway}
            note={currentNote(setting)}
            badge={<InheritedBadge located={setting.located} />}
          />
        ))}
      </div>
    </Panel>
  )
}

/** The value when it is neither plainly on nor absent: `ipc: shareable`, a variable, `privileged: false`. */
function currentNote(setting: IsolationSetting): string | undefined {
  if (setting.raw === undefined || setting.on) return undefined
  const written = `${setting.key}: ${String(setting.raw)}`
  if (setting.unknown) return `Now ${written}: decided by a variable when compose runs.`
  if (setting.key === 'privileged') return undefined
  return `Now ${written}, not the host's.`
}
