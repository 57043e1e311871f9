// no-tmpfs-exec: a tmpfs mount that allows exec, suid or dev is a writable place to run, escalate from or reach devices.
import { readTmpfs, tmpfsRelaxingOptions } from '../../compose/read/settings'
import type { TmpfsMount, TmpfsRelaxingOption } from '../../compose/read/settings'
import type { ServiceView } from '../../compose/types'
import { relabel } from '../../edits/edit-result'
import { removeTmpfsRelaxingOptionsPlan } from '../../edits/filesystem'
import { defineRule, planOrNull } from '../define-rule'

const WHAT: Readonly<Record<TmpfsRelaxingOption, string>> = {
  exec: 'files written there can be run',
  suid: 'setuid files there raise privileges',
  dev: 'device nodes there reach host devices',
}

interface Relaxed { mount: TmpfsMount; options: TmpfsRelaxingOption[] }

/** The service's `tmpfs:` entries that end up with exec, suid or dev (a `type: tmpfs` volume takes no such options). */
function relaxedMounts(service: ServiceView): Relaxed[] {
  return readTmpfs(service)
    .filter((m) => m.source === 'tmpfs')
    .map((mount) => ({ mount, options: tmpfsRelaxingOptions(mount.options) }))
    .filter((r) => r.options.length > 0)
}

export default defineRule({
  id: 'no-tmpfs-exec',
  title: 'Keep tmpfs mounts noexec, nosuid and nodev',
  description:
    'Docker mounts a tmpfs `noexec,nosuid,nodev` unless told otherwise: nothing written there can be run, setuid bits are ignored and device nodes do not work. An `exec`, `suid` or `dev` option turns that off, so the writable scratch space of an otherwise read-only container becomes a place to drop and run a downloaded tool, to escalate through a setuid binary, or to reach a device through a node created there. Options apply in order, so `exec,noexec` stays noexec. The service\'s `tmpfs:` entries are read, as a list or a single string; a volume of `type: tmpfs` takes only a size and a mode in Compose, so it is always mounted noexec, nosuid and nodev. Only a few programs need exec on a tmpfs (some JIT runtimes and installers that run scripts from /tmp).',
  severity: 'low',
  checklist: ['tmpfs'],
  references: ['Runtime Security Checklist: use tmpfs for writable areas', 'https://docs.docker.com/engine/storage/tmpfs/', 'https://docs.docker.com/reference/compose-file/services/#tmpfs'],
  fix: 'safe',
  panel: 'filesystem',
  fixLabel: 'Mount tmpfs noexec, nosuid and nodev',
  howToFix: 'Remove `exec`, `suid` and `dev` from the tmpfs options (`/tmp:exec,size=64M` becomes `/tmp:size=64M`). If a program must run files from its scratch directory, give it its own small tmpfs with `exec` and keep the others locked down.',
  fixDescription: 'Removes the `exec`, `suid` and `dev` options from each such `tmpfs:` entry, keeping its size, mode and other options, so Docker\'s `noexec,nosuid,nodev` apply again.',
  messages: {
    relaxed: 'tmpfs mount {{path}} is mounted with {{options}}: {{what}}. Docker mounts tmpfs noexec, nosuid and nodev unless told otherwise.',
    fromBase: 'tmpfs mount {{path}} of the extended service is mounted with {{options}}; remove them there.',
  },
  checkService({ service, report }) {
    for (const { mount, options } of relaxedMounts(service)) {
      const data = { path: mount.path || '(no path)', options: options.join(', '), what: options.map((o) => WHAT[o]).join(', ') }
      if (!mount.at) report({ messageId: 'fromBase', data, fix: 'none' })
      else report({ messageId: 'relaxed', at: mount.at, data })
    }
  },
  fixPlan({ file, service }) {
    // The same edit a tmpfs row of the Filesystem form would make.
    return service ? planOrNull(relabel(removeTmpfsRelaxingOptionsPlan(file, service.name), 'Mount tmpfs noexec, nosuid and nodev')) : null
  },
})
