// Every edit of every settings group has the one signature, Edit: (file, service, input) => EditResult. The type check
// is the test: an exported `…Plan` of another shape does not compile here.
import { expect, it } from 'vitest'
import * as capabilities from './capabilities'
import * as devices from './devices'
import type { Edit } from './edit-result'
import * as filesystem from './filesystem'
import * as healthLogging from './health-logging'
import * as isolation from './isolation'
import * as network from './network'
import * as networkIcc from './network-icc'
import * as noNewPrivileges from './no-new-privileges'
import * as resources from './resources'
import * as securityOpt from './security-opt'
import * as services from './services'
import * as user from './user'
import * as volumes from './volumes'

/** The module with each `…Plan` export required to be an Edit (of any input). */
type Edits<M> = { [K in keyof M]: K extends `${string}Plan` ? Edit<never> : M[K] }

const groups: { [name: string]: Record<string, unknown> } = {
  capabilities: capabilities satisfies Edits<typeof capabilities>,
  devices: devices satisfies Edits<typeof devices>,
  filesystem: filesystem satisfies Edits<typeof filesystem>,
  healthLogging: healthLogging satisfies Edits<typeof healthLogging>,
  isolation: isolation satisfies Edits<typeof isolation>,
  network: network satisfies Edits<typeof network>,
  networkIcc: networkIcc satisfies Edits<typeof networkIcc>,
  noNewPrivileges: noNewPrivileges satisfies Edits<typeof noNewPrivileges>,
  resources: resources satisfies Edits<typeof resources>,
  securityOpt: securityOpt satisfies Edits<typeof securityOpt>,
  services: services satisfies Edits<typeof services>,
  user: user satisfies Edits<typeof user>,
  volumes: volumes satisfies Edits<typeof volumes>,
}

it('each settings group exports its edits as (file, service, input) functions', () => {
  for (const [group, exports] of Object.entries(groups)) {
    const edits = Object.entries(exports).filter(([name]) => name.endsWith('Plan'))
    expect(edits.length, group).toBeGreaterThan(0)
    for (const [name, fn] of edits) expect(typeof fn === 'function' && fn.length >= 2 && fn.length <= 3, `${group}.${name}`).toBe(true)
  }
})
