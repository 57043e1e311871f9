// no-docker-socket: a container runtime's API socket in a container is root on the host, read-only or not.
import type { ServiceView } from '../../compose/types'
import { normalizePath } from '../../compose/read/host-path'
import { readVolumes } from '../../compose/read/settings'
import type { VolumeMount } from '../../compose/read/settings'
import { toBool } from '../../compose/read/values'
import { combined } from '../../edits/edit-result'
import { removeVolumePlan, stopUsingApiSocketPlan } from '../../edits/volumes'
import { defineRule, planOrNull } from '../define-rule'
import { itemFix, mountLabel } from '../security-helpers'

const RUNTIMES: Record<string, string> = { docker: 'Docker', containerd: 'containerd', podman: 'Podman', crio: 'CRI-O' }

/** A host side ending in a runtime socket; also Docker Desktop's `docker.sock.raw`. Matched on the text as written
 *  too, so `${XDG_RUNTIME_DIR}/docker.sock` is caught whatever the variable holds. */
const SOCKET = /(docker|containerd|podman|crio)\.sock(\.raw)?$/i

/** Directories that hold a runtime socket (`/var/run` is a link to `/run`): mounting them exposes the socket too. */
const RUNTIME_DIR = /^\/run(\/(containerd|podman|crio|user(\/\d+(\/podman)?)?))?$/

interface SocketMount { mount: VolumeMount; kind: 'socket' | 'socket-ro' | 'runtime-dir'; path: string; runtime: string }

function socketMounts(service: ServiceView): SocketMount[] {
  const out: SocketMount[] = []
  for (const mount of readVolumes(service)) {
    if (mount.type !== 'bind' || !mount.source) continue
    const path = mount.sourceKnown ? normalizePath(mount.source) : mount.source
    const socket = SOCKET.exec(path)
    if (socket) {
      out.push({ mount, kind: mount.readOnly ? 'socket-ro' : 'socket', path, runtime: RUNTIMES[socket[1].toLowerCase()] })
    } else if (mount.sourceKnown && RUNTIME_DIR.test(path.replace(/^\/var\/run(?=\/|$)/, '/run'))) {
      out.push({ mount, kind: 'runtime-dir', path, runtime: '' })
    }
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
    'The Docker socket (and the containerd, Podman and CRI-O sockets) is the daemon\'s full API. Whoever can connect to it can start a privileged container that mounts the host\'s root filesystem, so a container holding it is root on the host. Mounting it read-only does not help: a read-only mount still lets a process connect to the socket and send any request. This rule catches bind mounts whose host side ends in docker.sock, containerd.sock, podman.sock or crio.sock (short or long syntax, also behind a variable such as ${XDG_RUNTIME_DIR}), mounts of the directories that hold them (/run, /var/run, /run/containerd, …), and `use_api_socket: true`. If a tool really needs the API, put a filtering proxy in front of it that allows only the calls it needs.',
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
    socket: 'Volume "{{item}}" mounts the {{runtime}} API socket {{path}}: the container can start a privileged container and take over the host.',
    'socket-ro':
      'Volume "{{item}}" mounts the {{runtime}} API socket {{path}} read-only, which does not protect it: the container can still connect, start a privileged container and take over the host.',
    'runtime-dir':
      'Volume "{{item}}" mounts the host directory {{path}}, which holds the container runtime\'s API socket: the container can drive the daemon and take over the host.',
    'api-socket': 'use_api_socket: true hands the Docker API socket to the container: it can start a privileged container and take over the host.',
  },
  checkService({ service, report }) {
    for (const s of socketMounts(service)) {
      report({ messageId: s.kind, at: s.mount.at, data: { item: mountLabel(s.mount), path: s.path, runtime: s.runtime }, fix: itemFix(s.mount) })
    }
    if (usesApiSocket(service)) report({ messageId: 'api-socket', at: ['use_api_socket'] })
  },
  fixPlan({ file, service }) {
    // The Filesystem form's volume rows, each socket mount removed; and `use_api_socket` off.
    if (!service) return null
    const mounts = socketMounts(service).filter((s) => s.mount.origin !== 'extends').map((s) => s.mount.index)
    const volumes = mounts.length ? removeVolumePlan(file, service.name, mounts) : null
    return planOrNull(combined('Remove the container runtime socket', [volumes, stopUsingApiSocketPlan(file, service.name)]))
  },
})
