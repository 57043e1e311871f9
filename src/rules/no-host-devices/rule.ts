// no-host-devices: every `devices` entry hands host hardware to the container; memory and disks hand over the host.
import { normalizePath } from '../../compose/read/host-path'
import { itemKeyPath, readDevices } from '../../compose/read/settings'
import type { DeviceMapping } from '../../compose/read/settings'
import type { ServiceView } from '../../compose/types'
import { defineRule } from '../define-rule'

/** Physical memory and I/O ports: reading them leaks every secret, writing them patches the running kernel. */
const MEMORY = /^\/dev\/(mem|kmem|port)$/
/**
 * Block disks: the catalogue's sd*, nvme*, vd*, xvd*, disk/*, plus the ones a reviewer would add: old IDE (hd*),
 * SD/eMMC (mmcblk*), device-mapper and LVM (dm-*, mapper/*), software RAID (md*) and /dev/block/*.
 */
const DISK = /^\/dev\/(sd|nvme|vd|xvd|hd|mmcblk|dm-|md)[^/]*$|^\/dev\/(disk|mapper|block)\//
/** Container Device Interface names (`nvidia.com/gpu=all`): the runtime injects the named host hardware. */
const CDI = /^[a-z0-9][a-z0-9.-]*\/[a-z0-9][a-z0-9._-]*=\S+$/i

type Kind = 'memory' | 'disk' | 'device' | 'cdi' | 'variable'
interface Device { item: DeviceMapping; kind: Kind; path: string; raw: string }

function devices(service: ServiceView): Device[] {
  return readDevices(service).flatMap((item): Device[] => {
    const source = item.long ? item.long.source : item.written
    if (typeof source !== 'string' || source.trim() === '' || item.host === undefined) return []
    const long = item.long
    const raw = long ? [source, long.target, long.permissions].filter((x) => x !== undefined && x !== null).join(':') : source
    if (!item.hostKnown) return [{ item, kind: 'variable', path: item.host, raw }]
    const text = item.host.trim()
    if (CDI.test(text)) return [{ item, kind: 'cdi', path: text, raw }]
    const path = normalizePath(text)
    const kind: Kind = MEMORY.test(path) ? 'memory' : DISK.test(path) ? 'disk' : 'device'
    return [{ item, kind, path, raw }]
  })
}

export default defineRule({
  id: 'no-host-devices',
  title: 'Map host devices only when needed',
  description:
    'Every `devices` entry hands a piece of host hardware to the container, outside the file-system isolation: the container talks to the host\'s driver directly, and a driver bug becomes a way into the host kernel. Most are ordinary (a GPU, a serial port, /dev/fuse) and worth a second look (medium). Physical memory and I/O ports (/dev/mem, /dev/kmem, /dev/port) and block disks (/dev/sd*, /dev/nvme*, /dev/vd*, /dev/xvd*, /dev/disk/*, and also /dev/hd*, /dev/mmcblk*, /dev/dm-*, /dev/md*, /dev/mapper/*) give the container the host itself: it can read any secret or rewrite the host\'s disk past every file permission (high). Container Device Interface names such as `nvidia.com/gpu=all` are not paths but still inject host hardware, so they count as a device; so does a device path held in a variable without default.',
  severity: 'high',
  checklist: [],
  references: ['CIS Docker Benchmark 5.18', 'https://docs.docker.com/reference/compose-file/services/#devices'],
  fix: 'none',
  panel: 'devices',
  howToFix: 'Remove the `devices:` entry unless the workload needs that hardware; map the narrowest device (one partition, one GPU) rather than a whole disk, and give it read-only permissions (`/dev/x:/dev/x:r`) where possible.',
  messages: {
    device: 'devices maps the host device {{path}} into the container ("{{item}}"): it reaches the host\'s driver directly; keep it only if the workload needs it.',
    memory: 'devices maps {{path}} ("{{item}}"): the container can read the host\'s physical memory or I/O ports, every secret included, and patch the running kernel.',
    disk: 'devices maps the host block device {{path}} ("{{item}}"): the container can read and rewrite the host\'s disk, past every file permission.',
    cdi: 'devices requests the CDI device {{path}}: the runtime injects that host hardware (device nodes and driver files) into the container; keep it only if the workload needs it.',
    variable: 'devices maps a host device chosen by a variable without default ("{{item}}"): whatever it names is host hardware inside the container.',
  },
  checkService({ service, report }) {
    for (const d of devices(service)) {
      const severity = d.kind === 'memory' || d.kind === 'disk' ? 'high' : 'medium'
      report({ messageId: d.kind, severity, at: itemKeyPath(d.item, 'source'), data: { path: d.path, item: d.raw } })
    }
  },
})
