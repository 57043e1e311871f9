// The service's volumes (bind mounts, named and anonymous volumes, tmpfs) with their read-only flags and the host paths to worry about.
import { useMemo } from 'react'
import { readVolumes } from '../../../compose/read/settings'
import type { ComposeFile, ServiceView } from '../../../compose/types'
import { selectFindings } from '../../../store/analysis-selectors'
import { findingsByItem } from '../../../edits/list-items'
import { useApp } from '../../../store/use-app'
import { Subsection } from '../../controls/Subsection'
import { VolumeAddRow } from './VolumeAddRow'
import { VolumeRow } from './VolumeRow'

const VOLUME_RULES = ['no-docker-socket', 'no-sensitive-host-mounts', 'no-shared-mount-propagation']

export function VolumeList({ service }: { file: ComposeFile; service: ServiceView }) {
  const findings = useApp(selectFindings)
  // Each analysis answer re-renders the list: read the volumes and match their findings only when either changed.
  const volumes = useMemo(() => readVolumes(service), [service])
  const byItem = useMemo(() => findingsByItem(service, 'volumes', findings, VOLUME_RULES), [service, findings])
  return (
    <Subsection title="Volumes">
      {volumes.length === 0 ? (
        <p className="text-xs text-slate-500 dark:text-slate-400">No volumes: the container keeps no data beyond its own lifetime.</p>
      ) : (
        <ul className="space-y-1.5" aria-label={`Volumes of ${service.name}`}>
          {volumes.map((v) => (
            <VolumeRow
              key={`${v.index}:${v.raw}`}
              service={service.name}
              volume={v}
              located={v.located}
              findings={byItem.get(v.index) ?? []}
            />
          ))}
        </ul>
      )}
      <VolumeAddRow service={service.name} />
    </Subsection>
  )
}
