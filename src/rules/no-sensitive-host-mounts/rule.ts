// no-sensitive-host-mounts: bind mounts of system directories expose (or let the container rewrite) the host itself.
import { isUnder, normalizePath } from '../../compose/read/host-path'
import { readVolumes } from '../../compose/read/settings'
import type { VolumeMount } from '../../compose/read/settings'
import type { ServiceView } from '../../compose/types'
import { defineRule } from '../define-rule'
import { mountLabel } from '../security-helpers'

/**
 * Host directories that must not be bind-mounted, with what they hold. Beyond the catalogue's list: /bin, /sbin and
 * /lib32, /lib64, /libx32 (the same programs and libraries as /usr and /lib, usr-merged or not) and the state of the
 * other container runtimes next to /var/lib/docker.
 */
const SENSITIVE: ReadonlyArray<[root: string, what: string]> = [
  ['/boot', "the host's kernel and boot loader"],
  ['/dev', "the host's device nodes (disks, memory, terminals)"],
  ['/etc', "the host's configuration (users, password hashes, sudoers, cron, systemd units)"],
  ['/lib', "the host's system libraries and kernel modules"],
  ['/lib32', "the host's system libraries"],
  ['/lib64', "the host's system libraries"],
  ['/libx32', "the host's system libraries"],
  ['/bin', "the host's programs"],
  ['/sbin', "the host's system programs"],
  ['/proc', "the host's process and kernel interfaces"],
  ['/sys', "the host's kernel and device settings"],
  ['/usr', "the host's programs and libraries"],
  ['/root', "root's home directory on the host (SSH keys, shell history, credentials)"],
  ['/var/lib/docker', "Docker's state: every image, container filesystem and volume"],
  ['/var/lib/containerd', "containerd's state: every image and container filesystem"],
  ['/var/lib/containers', "Podman's and CRI-O's state: every image and container filesystem"],
]

interface Sensitive { mount: VolumeMount; path: string; root: string; what: string }

function sensitiveMounts(service: ServiceView): Sensitive[] {
  const out: Sensitive[] = []
  for (const mount of readVolumes(service)) {
    // A variable without default could be anything: neither flagged nor cleared.
    if (mount.type !== 'bind' || mount.source === undefined || !mount.sourceKnown || !mount.source.startsWith('/')) continue
    const path = normalizePath(mount.source)
    if (path === '/') { out.push({ mount, path, root: '/', what: 'the whole host filesystem' }); continue }
    const hit = SENSITIVE.find(([root]) => isUnder(path, root))
    if (hit) out.push({ mount, path, root: hit[0], what: hit[1] })
  }
  return out
}

export default defineRule({
  id: 'no-sensitive-host-mounts',
  title: 'Do not mount the host\'s system directories',
  description:
    'A bind mount of the host\'s root or of a system directory (/boot, /dev, /etc, /lib, /proc, /sys, /usr, /root, /var/lib/docker, or anything below them; also /bin, /sbin, /lib64 and the other runtimes\' state directories) puts the host itself inside the container. Read-write, a compromised container can plant a cron job, replace a library or a binary, add a user or rewrite another container\'s files, and so take over the host. Read-only it still reads secrets such as password hashes, SSH keys and other containers\' data. Paths are compared after removing doubled slashes, `/./`, `..` and trailing slashes; named volumes never count. Common mounts such as /etc/localtime:ro are reported too, at the lower severity: mount only the file the workload needs, or use the TZ variable.',
  severity: 'high',
  checklist: [],
  references: ['CIS Docker Benchmark 5.6', 'https://docs.docker.com/engine/storage/bind-mounts/'],
  fix: 'none',
  panel: 'filesystem',
  howToFix: 'Mount only the file or subdirectory the workload needs, read-only (`:ro`), or use a named volume. For the clock zone, mount `/etc/localtime:/etc/localtime:ro` or set `TZ`.',
  messages: {
    'read-write': 'Volume "{{item}}" bind-mounts {{path}} read-write, and {{root}} holds {{what}}: the container can change the host itself, which is a way to take it over.',
    'read-only': 'Volume "{{item}}" bind-mounts {{path}} read-only, and {{root}} holds {{what}}: the container can still read the host files there, secrets included; mount only what it needs.',
  },
  checkService({ service, report }) {
    for (const s of sensitiveMounts(service)) {
      report({
        messageId: s.mount.readOnly ? 'read-only' : 'read-write',
        severity: s.mount.readOnly ? 'medium' : 'high',
        at: s.mount.at,
        data: { item: mountLabel(s.mount), path: s.path, root: s.root, what: s.what },
      })
    }
  },
})
