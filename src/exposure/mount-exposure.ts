// Host mounts as risk edges: the runtime's API socket (root on the host, read-only or not) apart from other host paths.
import { readHostMounts } from '../compose/read/settings-host-mounts'
import { normalizePath } from '../compose/read/host-path'
import { toBool } from '../compose/read/values'
import type { ComposeFile, ServiceView } from '../compose/types'
import { isRuntimeSocket } from '../rules/no-docker-socket/rule'
import type { Exposure } from './graph-types'

export interface MountExposure {
  kind: 'socket' | 'mount'
  label: string
  sentence: string
  exposure: Exposure
}

/** The service's host mounts and API sockets, in the order of its `volumes:`, then `use_api_socket`. */
export function describeMounts(file: ComposeFile, service: ServiceView): MountExposure[] {
  const name = service.name
  const out: MountExposure[] = []
  for (const m of readHostMounts(file, service)) {
    // Labelled as written (./data stays relative to the compose file); matched after normalisation.
    const path = m.path.trim()
    const target = m.mount.target ?? '?'
    const via = m.volume === undefined ? '' : `, through the named volume ${m.volume},`
    if (isRuntimeSocket(m.known ? normalizePath(path) : path)) {
      out.push({
        kind: 'socket', exposure: 'risk', label: m.readOnly ? `${path} (ro)` : path,
        sentence: `${name} mounts the container runtime socket ${path}${via} at ${target}${m.readOnly ? ' read-only, which does not protect it' : ''}: it can start a privileged container and take over the host.`,
      })
      continue
    }
    const access = m.readOnly ? 'read-only' : 'read-write'
    out.push({
      kind: 'mount', exposure: m.readOnly ? 'limited' : 'risk', label: `${path}${m.readOnly ? ' (ro)' : ''}`,
      sentence: `${name} mounts the host path ${path}${via} at ${target}, ${access}${m.readOnly ? '' : ': it can change those files on the host'}.`,
    })
  }
  const api = toBool(service.data.use_api_socket)
  if (api.known && api.value) {
    out.push({
      kind: 'socket', exposure: 'risk', label: 'use_api_socket',
      sentence: `${name} gets the Docker API socket (use_api_socket: true): it can start a privileged container and take over the host.`,
    })
  }
  return out
}
