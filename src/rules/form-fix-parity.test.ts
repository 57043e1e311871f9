// A rule's fix and the form control for the same setting are one plan: on every fire fixture (and fix fixture input),
// for every service the rule fires on with a fix, the form's edits (applied one after the other, as a person clicks) give the same text as
// the rule's fix. A rule with no form counterpart is listed in NO_FORM, so a new fixable rule must be placed.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { imageUserInput, serviceImageFacts, uncoveredScratchPaths } from '../compose/read/image-knowledge/service-needs'
import { parseCompose } from '../compose/read/parse'
import { optItems, readCapAdd, readTmpfs, readVolumes, tmpfsRelaxingOptions } from '../compose/read/settings'
import type { MacKey } from '../compose/read/settings'
import type { ComposeFile, ServiceView } from '../compose/types'
import { applyPlan } from '../compose/write/apply-plan'
import { revokeCapabilityPlan, removeAddAllPlan, setDropAllPlan } from '../edits/capabilities'
import type { EditResult } from '../edits/edit-result'
import { addTmpfsPlan, removeTmpfsRelaxingOptionsPlan, setReadOnlyPlan, updateTmpfsPlan, setTmpfsSizePlan } from '../edits/filesystem'
import { recommendedLoggingPlan } from '../edits/health-logging'
import { setIsolationPlan } from '../edits/isolation'
import { bindAllPortsToLocalhostPlan, removeAllPortsPlan, setNetworkModePlan } from '../edits/network'
import { setNoNewPrivilegesPlan } from '../edits/no-new-privileges'
import { resourcePlace, setResourcePlan } from '../edits/resources'
import { setAppArmorPlan, setSELinuxPlan, setSeccompPlan } from '../edits/security-opt'
import { setUserPlan } from '../edits/user'
import { removeVolumePlan, stopUsingApiSocketPlan } from '../edits/volumes'
import { analyze } from './engine'
import { planFix } from './fix'
import { tierOf } from './no-dangerous-capabilities/rule'
import { RULES, RULE_BY_ID } from './registry'

/** One click in a form: an edit bound to its service and input, run against the text as it is by then. */
type Step = (file: ComposeFile) => EditResult
/** The clicks that do what the rule's fix does, read from the text before the first one. */
type Form = (service: ServiceView, file: ComposeFile) => Step[]

const one = (step: Step): Step[] => [step]
const NAMESPACES = ['pid', 'ipc', 'uts', 'userns_mode', 'cgroup'] as const

/** The choice the Security options form shows once the offending items are gone: the values that stay. */
const remaining = (service: ServiceView, key: MacKey, bad: (value: string) => boolean) =>
  optItems(service, key).filter((o) => !bad((o.value ?? o.rawValue).trim().toLowerCase())).map((o) => o.rawValue)

const FORMS: Record<string, Form> = {
  'require-cap-drop-all': (s) => one((f) => setDropAllPlan(f, s.name, true)),
  'no-dangerous-capabilities': (s) => {
    const added = readCapAdd(s).filter((c) => c.origin !== 'extends' && c.name !== undefined && tierOf(c.name))
    const caps = [...new Set(added.map((c) => c.name as string).filter((c) => c !== 'ALL'))]
    return [
      ...(added.some((c) => c.name === 'ALL') ? [(f: ComposeFile) => removeAddAllPlan(f, s.name)] : []),
      ...caps.map((cap) => (f: ComposeFile) => revokeCapabilityPlan(f, s.name, cap)),
    ]
  },
  'require-read-only-rootfs': (s) => one((f) => setReadOnlyPlan(f, s.name, true)),
  'require-tmpfs-size': (s) => readTmpfs(s).filter((m) => m.origin !== 'extends' && !m.unknown).flatMap((m): Step[] => {
    const unsized = m.size === undefined || /^\s*0+(\.0+)?\s*([kmgtp]?b?|%)?\s*$/i.test(m.size)
    if (!unsized) return []
    // A `tmpfs:` entry is a row of the Filesystem form; a `type: tmpfs` volume has no size control there.
    if (m.source === 'tmpfs') return [(f) => updateTmpfsPlan(f, s.name, { index: m.index, path: m.path, size: '64M', mode: m.mode ?? '' })]
    return [(f) => setTmpfsSizePlan(f, s.name, { size: '64M', mounts: [m] })]
  }),
  // The tmpfs rows show no mount options yet: each row's "noexec, nosuid, nodev" would be this edit for its entry.
  'no-tmpfs-exec': (s) => readTmpfs(s).filter((m) => m.source === 'tmpfs' && m.origin !== 'extends' && tmpfsRelaxingOptions(m.options).length > 0)
    .map((m): Step => (f) => removeTmpfsRelaxingOptionsPlan(f, s.name, { indexes: [m.index] })),
  // The user the image runs as typed in (else 1000 and 1000), then a tmpfs row for each path a master-drops image
  // (nginx) must write as that user.
  'require-non-root-user': (s) => {
    const facts = serviceImageFacts(s)
    const known = facts && imageUserInput(facts)
    const tmpfs = known && facts.privileges === 'master-drops' ? uncoveredScratchPaths(s, facts) : []
    return [
      (f: ComposeFile) => setUserPlan(f, s.name, known ?? { user: '1000', group: '1000' }),
      ...tmpfs.map((p) => (f: ComposeFile) => addTmpfsPlan(f, s.name, { path: p.path, size: '64M', mode: '' })),
    ]
  },
  'require-no-new-privileges': (s) => one((f) => setNoNewPrivilegesPlan(f, s.name, true)),
  'no-seccomp-unconfined': (s) => {
    const [profile] = remaining(s, 'seccomp', (v) => v === 'unconfined')
    return one((f) => setSeccompPlan(f, s.name, profile === undefined ? { mode: 'default' } : { mode: 'custom', value: profile }))
  },
  'no-apparmor-unconfined': (s) => {
    const [profile] = remaining(s, 'apparmor', (v) => v === 'unconfined')
    return one((f) => setAppArmorPlan(f, s.name, profile === undefined ? { mode: 'default' } : { mode: 'profile', value: profile }))
  },
  'no-selinux-disabled': (s) => {
    const options = remaining(s, 'label', (v) => v === 'disable' || /^type\s*:\s*(spc_t|unconfined_t)$/.test(v))
    return one((f) => setSELinuxPlan(f, s.name, options.length ? { mode: 'options', value: options.join(' ') } : { mode: 'none' }))
  },
  'no-privileged': (s) => one((f) => setIsolationPlan(f, s.name, { key: 'privileged', on: false })),
  // One switch at a time; the first override of a whole-alias service makes the others its own, so go round twice.
  'no-host-namespaces': (s) => [...NAMESPACES, ...NAMESPACES].map((key) => (f: ComposeFile) => setIsolationPlan(f, s.name, { key, on: false })),
  'require-memory-limit': (s) => one((f) => setResourcePlan(f, s.name, { field: 'memory', value: resourcePlace(s, 'memory')[0] === 'deploy' ? '512M' : '512m' })),
  'require-cpu-limit': (s) => one((f) => setResourcePlan(f, s.name, { field: 'cpus', value: '1' })),
  'require-pids-limit': (s) => one((f) => setResourcePlan(f, s.name, { field: 'pids', value: '100' })),
  'require-logging-limits': (s) => one((f) => recommendedLoggingPlan(f, s.name)),
  'require-port-host-ip': (s) => one((f) => bindAllPortsToLocalhostPlan(f, s.name)),
  'no-exposed-database-ports': (s) => one((f) => removeAllPortsPlan(f, s.name)),
  // "Default" where the form can unset network_mode; where it says the value is inherited, "bridge".
  'no-host-network': (s) => one((f) => {
    const cleared = setNetworkModePlan(f, s.name, '')
    return typeof cleared === 'string' ? setNetworkModePlan(f, s.name, 'bridge') : cleared
  }),
  'no-docker-socket': (s, file) => {
    const fired = analyze(file, [RULE_BY_ID.get('no-docker-socket')!]).filter((x) => x.service === s.name && x.fix !== 'none')
    // A finding on a long-syntax item points at its `source:` key, inside the item.
    const on = (at: unknown, item: unknown) => Array.isArray(at) && Array.isArray(item) && item.every((seg, i) => seg === at[i])
    const sockets = readVolumes(s).filter((v) => fired.some((x) => on(x.at, v.at))).map((v) => v.index)
    return [
      // The remove button of each socket's row, last row first so the others keep their place.
      ...sockets.sort((a, b) => b - a).map((i) => (f: ComposeFile) => removeVolumePlan(f, s.name, i)),
      // `use_api_socket` has no form control: the rule's fix turns it off with this edit.
      (f: ComposeFile) => stopUsingApiSocketPlan(f, s.name),
    ]
  },
}

/** Fixable rules whose fix no form control offers, and why. */
const NO_FORM: Record<string, string> = {
  'invalid-waiver': 'a waiver is a comment, not a setting: no settings form writes one (the findings list\'s Unwaive and this fix both call edits/waivers.ts)',
  'no-shared-mount-propagation': 'the volume rows have no propagation control',
  'require-internal-network-for-database': 'the Network form joins and leaves networks one at a time; the fix creates one and moves the database and its clients',
}

function apply(text: string, built: EditResult): string {
  if (built === null || typeof built === 'string') return text
  const out = applyPlan(text, built)
  if (!out.ok) throw new Error(`${built.label}: ${out.error}`)
  return out.text
}

describe('form edits and rule fixes are one plan', () => {
  it('every fixable rule has a form counterpart here, or says why not', () => {
    const fixable = RULES.filter((r) => r.fix !== 'none').map((r) => r.id).sort()
    expect([...Object.keys(FORMS), ...Object.keys(NO_FORM)].sort()).toEqual(fixable)
  })

  for (const [ruleId, form] of Object.entries(FORMS)) {
    const rule = RULE_BY_ID.get(ruleId)!
    // The fire fixtures, and the inputs of the fix fixtures (they hold the cases the fixes were written for).
    const inputs = ['fire', 'fix'].flatMap((kind) => {
      const dir = new URL(`./${ruleId}/fixtures/${kind}/`, import.meta.url)
      return readdirSync(dir).filter((n) => /\.ya?ml$/.test(n) && !n.includes('.fixed.')).sort().map((n) => ({ name: `${kind}/${n}`, url: new URL(n, dir) }))
    })
    for (const { name, url } of inputs) {
      const text = readFileSync(url, 'utf8')
      const file = parseCompose(text)
      const findings = analyze(file, [rule]).filter((f) => f.fix !== 'none' && f.service !== null)
      for (const service of new Set(findings.map((f) => f.service as string))) {
        it(`${ruleId}: ${name}, ${service}`, () => {
          const fix = planFix(findings.find((f) => f.service === service)!, file)
          expect(typeof fix, String(fix)).not.toBe('string')
          const fixed = apply(text, fix)
          let formed = text
          for (const step of form(file.services.find((s) => s.name === service)!, file)) formed = apply(formed, step(parseCompose(formed)))
          expect(formed).not.toBe(text)
          expect(formed).toBe(fixed)
        })
      }
    }
  }
})
