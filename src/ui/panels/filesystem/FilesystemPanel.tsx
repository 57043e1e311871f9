// The Filesystem form: the `read_only` switch, the tmpfs mounts that give the app writable scratch space, and its volumes.
import { readReadOnly } from '../../../compose/read/settings'
import type { ServiceView } from '../../../compose/types'
import { setReadOnlyPlan } from '../../../edits/filesystem'
import { selectShown } from '../../../store/selectors'
import { useActions, useApp } from '../../../store/use-app'
import { InheritedBadge } from '../../controls/InheritedBadge'
import { Panel } from '../../controls/Panel'
import { Switch } from '../../controls/Switch'
import { TmpfsList } from './TmpfsList'
import { VolumeList } from './VolumeList'

export function FilesystemPanel({ service }: { service: ServiceView }) {
  const { applyEdit } = useActions()
  const file = useApp(selectShown)
  const readOnly = readReadOnly(service)
  const hint =
    readOnly.value === null
      ? 'Not set: the container can write anywhere in its root filesystem.'
      : readOnly.value
        ? 'Writes outside volumes and tmpfs mounts fail, so malware cannot persist in the image layers.'
        : 'The container can write anywhere in its root filesystem.'
  return (
    <Panel id="filesystem" title="Filesystem" description={<code className="font-mono">read_only · tmpfs · volumes</code>}>
      <Switch
        label="Read-only root filesystem"
        checked={readOnly.value === true}
        onChange={(on) => applyEdit((f) => setReadOnlyPlan(f, service.name, on))}
        hint={hint}
        badge={<InheritedBadge located={readOnly.located} />}
      />
      <TmpfsList service={service} />
      <VolumeList file={file} service={service} />
    </Panel>
  )
}
