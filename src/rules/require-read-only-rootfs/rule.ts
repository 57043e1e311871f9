// require-read-only-rootfs: an attacker who cannot write the image's files cannot plant binaries or change its config.
import { isInterpolated, readReadOnly } from '../../compose/read/settings'
import { setReadOnlyPlan } from '../../edits/filesystem'
import { defineRule, planOrNull } from '../define-rule'
import { shown } from '../container-helpers'

export default defineRule({
  id: 'require-read-only-rootfs',
  title: 'Use a read-only root filesystem',
  description:
    'With a writable root filesystem, anyone who gets code execution in the container can replace binaries, drop tools, change configuration and keep a foothold across the process\'s restarts. `read_only: true` mounts the image\'s filesystem read-only; the paths the application must write go to tmpfs mounts or volumes. Boolean strings ("true") count; a `read_only` that is an interpolation without default is not judged.',
  severity: 'medium',
  checklist: ['read-only-fs'],
  references: ['CIS Docker Benchmark 5.13', 'https://docs.docker.com/reference/compose-file/services/#read_only'],
  fix: 'unsafe',
  panel: 'filesystem',
  fixLabel: 'Make the root filesystem read-only',
  howToFix: 'Add `read_only: true`, then a size-limited `tmpfs:` for each scratch path the application writes (`/tmp`, `/var/run`, caches) and a volume for data it must keep.',
  fixDescription:
    'Sets `read_only: true`, and adds `tmpfs: ["/tmp:size=64M"]` when the service has no tmpfs mount (and nothing is ' +
    'mounted at /tmp). For an image the image table knows, also a size-limited tmpfs for each path the image\'s ' +
    'documentation says it writes (`/var/run/postgresql` for postgres, `/var/cache/nginx` and `/var/run` for nginx) that ' +
    'no tmpfs, volume or bind mount covers yet; its data paths are left to volumes. For other images this is the ' +
    'generic fix: other paths the application writes need their own tmpfs or volume.',
  messages: {
    missing: '`read_only` is not set: the container can modify its own filesystem (binaries, configuration).',
    disabled: '`read_only: {{value}}` leaves the container\'s filesystem writable (binaries, configuration).',
  },
  checkService({ service, report }) {
    const raw = service.data.read_only
    if (raw === undefined || raw === null) {
      report({ messageId: 'missing' })
      return
    }
    const ro = readReadOnly(service)
    if (ro.value === true || (ro.value === null && isInterpolated(raw))) return
    report({ messageId: 'disabled', at: ['read_only'], data: { value: shown(raw) } })
  },
  fixPlan({ file, service }) {
    // The Filesystem form's "Read-only root filesystem" switch, turned on (with the tmpfs mounts the image needs).
    return service ? planOrNull(setReadOnlyPlan(file, service.name, true)) : null
  },
})
