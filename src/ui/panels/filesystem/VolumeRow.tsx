// One volume: its type, source and target, a read-only switch (`:ro` in short syntax, `read_only: true` in long), and its risks.
import type { VolumeMount } from '../../../compose/read/settings'
import type { Located } from '../../../compose/types'
import type { Finding } from '../../../rules/types'
import { removeVolumePlan, setVolumeReadOnlyPlan } from '../../../edits/volumes'
import { useActions } from '../../../store/use-app'
import { InheritedBadge } from '../../controls/InheritedBadge'
import { InlineWarning } from '../../controls/InlineWarning'
import type { InlineWarningTone } from '../../controls/InlineWarning'
import { RemoveButton } from '../../controls/RemoveButton'
import { SmallSwitch } from '../../controls/SmallSwitch'
import { Tag } from '../../controls/Tag'
import type { TagTone } from '../../controls/Tag'

const TYPE_TONES: Record<string, TagTone> = { bind: 'amber', volume: 'sky', tmpfs: 'violet' }

interface VolumeRowProps {
  service: string
  volume: VolumeMount
  located?: Located
  findings: readonly Finding[]
}

export function VolumeRow({ service, volume, located, findings }: VolumeRowProps) {
  const { applyEdit } = useActions()
  const target = volume.target ?? '?'
  const anonymous = volume.type === 'volume' && !volume.source
  const shortAnonymous = anonymous && typeof volume.long === 'undefined'
  // What the row is called: the host path or volume name; a tmpfs or an anonymous volume has none.
  const source = volume.type === 'tmpfs' ? 'in memory' : anonymous ? 'new volume per container' : (volume.source ?? '?')
  return (
    <li className="space-y-1.5 rounded-md bg-white px-2.5 py-2 ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-700">
      <div className="flex items-center gap-2">
        <Tag tone={TYPE_TONES[volume.type] ?? 'slate'}>{anonymous ? 'anonymous' : volume.type}</Tag>
        <p
          className={`min-w-0 flex-1 truncate ${anonymous || volume.type === 'tmpfs' ? 'text-xs text-slate-500 italic dark:text-slate-400' : 'font-mono text-[13px] text-slate-800 dark:text-slate-100'}`}
          title={source}
        >
          {source}
        </p>
        {volume.type !== 'tmpfs' && (
          <SmallSwitch
            text="read-only"
            label={`Read-only ${target}`}
            checked={volume.readOnly}
            disabled={shortAnonymous}
            title={shortAnonymous ? 'An anonymous volume in short syntax has no mode; write it in long syntax to make it read-only.' : undefined}
            onChange={(on) => applyEdit((f) => setVolumeReadOnlyPlan(f, service, { index: volume.index, on }))}
          />
        )}
        <RemoveButton label={`Remove volume ${target}`} onClick={() => applyEdit((f) => removeVolumePlan(f, service, volume.index))} className="-my-1" />
      </div>
      <p className="truncate font-mono text-[13px] text-slate-600 dark:text-slate-300" title={target}>
        <span className="font-sans text-[11px] text-slate-500 dark:text-slate-400">mounted at </span>
        {target}
      </p>
      {located && located.origin !== 'own' && <InheritedBadge located={located} />}
      {findings.map((f) => {
        const w = volumeWarning(f)
        return (
          <InlineWarning key={`${f.ruleId}:${f.messageId}`} tone={w.tone}>
            <strong>{w.title}.</strong> {w.text}
          </InlineWarning>
        )
      })}
    </li>
  )
}

interface VolumeWarning {
  tone: InlineWarningTone
  title: string
  text: string
}

const str = (f: Finding, key: string): string | undefined => {
  const v = f.data?.[key]
  return v === undefined ? undefined : String(v)
}

/** The finding said for people who see the row: the volume itself is already on screen, so the text says what it means. */
function volumeWarning(f: Finding): VolumeWarning {
  const tone: InlineWarningTone = f.severity === 'critical' || f.severity === 'high' ? 'danger' : 'warning'
  if (f.ruleId === 'no-docker-socket') {
    const runtime = str(f, 'runtime') || 'container runtime'
    if (f.messageId === 'runtime-dir')
      return { tone, title: 'Runtime socket directory', text: 'This host directory holds the container runtime’s API socket: the container can drive the daemon and take over the host.' }
    return {
      tone,
      title: `${runtime} socket`,
      text: `Whoever can talk to this socket controls ${runtime}: the container can start a privileged container and take over the host.${f.messageId === 'socket-ro' ? ' Mounting it read-only does not prevent that.' : ''}`,
    }
  }
  if (f.ruleId === 'no-sensitive-host-mounts') {
    const root = str(f, 'root')
    const what = str(f, 'what')
    const where = root === '/' ? 'This is the whole host filesystem' : root && what ? `${root} holds ${what}` : 'This is a host system directory'
    return f.messageId === 'read-only'
      ? { tone, title: 'Host system directory', text: `${where}. Even read-only, the container can read the secrets there; mount only what it needs.` }
      : { tone, title: 'Host system directory', text: `${where}. Read-write, the container can change the host itself; mount only what it needs, read-only.` }
  }
  if (f.ruleId === 'no-shared-mount-propagation') {
    return { tone, title: 'Shared propagation', text: 'Mounts made inside the container appear on the host too (and the other way round); use the default, private propagation.' }
  }
  return { tone, title: 'Warning', text: f.message }
}
