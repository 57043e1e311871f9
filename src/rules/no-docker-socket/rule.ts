// no-docker-socket: a container runtime's API socket in a container is root on the host, read-only or not.
import type { ComposeFile, ServiceView } from '../../compose/types'
import { normalizePath } from '../../compose/read/host-path'
import { itemKeyPath, readHostMounts } from '../../compose/read/settings'
import type { HostMount } from '../../compose/read/settings'
import { toBool } from '../../compose/read/values'
import { combined } from '../../edits/edit-result'
import { removeVolumePlan, stopUsingApiSocketPlan } from '../../edits/volumes'
import { defineRule, planOrNull } from '../define-rule'
import { itemFix, mountLabel } from '../security-helpers'

const RUNTIMES: Record<string, string> = { docker: 'Docker', containerd: 'containerd', podman: 'Podman', crio: 'CRI-O' }

/** A host side ending in a runtime socket; also Docker Desktop's `docker.sock.raw`. Matched on the text as written
 *  too, so `${XDG_RUNTIME_DIR}/docker.sock` is caught whatever the variable holds. */
const SOCKET = /(docker|containerd|podman|crio)\.sock(\.raw)?$/i

/** Said after a volume that is a named volume binding a host path: `, through the named volume "x",`; else nothing. */
export const throughVolume = (m: HostMount): string => (m.volume === undefined ? '' : `, through the named volume "${m.volume}",`)

/** True when a host path is a container runtime's API socket (after normalisation, or as written with a variable). */
export const isRuntimeSocket = (path: string): boolean => SOCKET.test(path)

interface SocketMount { host: HostMount; kind: 'socket' | 'socket-ro'; path: string; runtime: string }

/**
 * The service's mounts of a runtime socket: bind mounts, and named volumes that bind one (the finding names the volume).
 * A mount of a directory that holds a socket (/run, /var/run) is no-sensitive-host-mounts' to report.
 */
function socketMounts(file: ComposeFile, service: ServiceView): SocketMount[] {
  const out: SocketMount[] = []
  for (const host of readHostMounts(file, service)) {
    const path = host.known ? normalizePath(host.path) : host.path
    const socket = SOCKET.exec(path)
    if (!socket) continue
    const kind = host.readOnly ? 'socket-ro' : 'socket'
    out.push({ host, kind, path, runtime: RUNTIMES[socket[1].toLowerCase()] })
  }
  return out
}

function usesApiSocket(service: ServiceView): boolean {
  const b = toBool(service.data.use_api_socket)
  return b.known && b.value
}

export default defineRule({
  id: 'no-docker-socket',
  title: 'Do not give containers the Docker socket',
  description:
    'The Docker socket (and the containerd, Podman and CRI-O sockets) is the daemon\'s full API. Whoever can connect to it can start a privileged container that mounts the host\'s root filesystem, so a container holding it is root on the host. Mounting it read-only does not help: a read-only mount still lets a process connect to the socket and send any request. This rule catches bind mounts whose host side ends in docker.sock, containerd.sock, podman.sock or crio.sock (short or long syntax, also behind a variable such as ${XDG_RUNTIME_DIR}), named volumes that bind-mount one (`driver_opts` with `type: none` or `o: bind` and the socket as `device`), and `use_api_socket: true`. A mount of a directory that holds a socket (/run, /var/run) is reported by no-sensitive-host-mounts. If a tool really needs the API, put a filtering proxy in front of it that allows only the calls it needs.',
  severity: 'critical',
  checklist: [],
  references: [
    'CIS Docker Benchmark 5.32',
    'https://docs.docker.com/engine/security/#docker-daemon-attack-surface',
    'https://docs.docker.com/reference/compose-file/services/#use_api_socket',
  ],
  fix: 'unsafe',
  panel: 'filesystem',
  fixLabel: 'Remove the Docker socket mounts',
  howToFix: 'Remove the socket mount (or `use_api_socket`). If a tool must talk to Docker, give it a socket proxy (for example one that allows only read-only container listing) and point the tool at the proxy over a private network.',
  fixDescription: 'Removes the socket mounts and `use_api_socket`; tools that manage containers (CI runners, dashboards, proxies that read labels) stop working.',
  messages: {
    socket: 'Volume "{{item}}"{{via}} mounts the {{runtime}} API socket {{path}}: the container can start a privileged container and take over the host.',
    'socket-ro':
      'Volume "{{item}}"{{via}} mounts the {{runtime}} API socket {{path}} read-only, which does not protect it: the container can still connect, start a privileged container and take over the host.',
    'api-socket': 'use_api_socket: true hands the Docker API socket to the container: it can start a privileged container and take over the host.',
  },
  checkService({ file, service, report }) {
    for (const { host, kind, path, runtime } of socketMounts(file, service)) {
      const data = { item: mountLabel(host.mount), via: throughVolume(host), path, runtime, volume: host.volume ?? '' }
      report({ messageId: kind, at: itemKeyPath(host.mount, 'source'), data, fix: itemFix(host.mount) })
    }
    if (usesApiSocket(service)) report({ messageId: 'api-socket', at: ['use_api_socket'] })
  },
  fixPlan({ file, service }) {
    // The Filesystem form's volume rows, each socket mount removed; and `use_api_socket` off.
    if (!service) return null
    const mounts = socketMounts(file, service).filter((s) => s.host.mount.origin !== 'extends').map((s) => s.host.mount.index)
    const volumes = mounts.length ? removeVolumePlan(file, service.name, mounts) : null
    return planOrNull(combined('Remove the container runtime socket', [volumes, stopUsingApiSocketPlan(file, service.name)]))
  },
})
