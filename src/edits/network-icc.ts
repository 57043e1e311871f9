// The icc switch of a top-level bridge network: off writes `driver_opts: {com.docker.network.bridge.enable_icc: "false"}`
// (declaring the network when only services name it), on removes that option again, and an emptied driver_opts with it.
import { ICC_OPTION, readNetworkIcc, writtenDriverOpts } from '../compose/read/settings-network-icc'
import { asObject, get } from '../compose/read/values'
import { deleteOp, plan, setOp } from '../compose/write/plan'
import type { ComposeFile } from '../compose/types'
import type { EditResult } from './edit-result'

/** Turns inter-container traffic on `network` on (the driver's default) or off. */
export function setNetworkIccPlan(file: ComposeFile, network: string, on: boolean): EditResult {
  const icc = readNetworkIcc(file.data, network)
  if (icc.notOffered) return icc.notOffered
  if (icc.state === 'unknown') return `A variable sets ${ICC_OPTION} on network ${network}; change it in the editor.`
  if (on === (icc.state === 'on')) return null
  const opts = writtenDriverOpts(file.data, network)
  if (opts === null) return `driver_opts of network ${network} is not written as a map; fix it in the editor first.`
  const path = ['networks', network, 'driver_opts', ICC_OPTION]
  if (!on) return plan(`Turn off inter-container traffic on network ${network}`, setOp(path, 'false'))
  const label = `Turn inter-container traffic back on for network ${network}`
  const def = asObject(get(file.data, 'networks', network)) ?? {}
  const onlyOption = Object.keys(opts ?? {}).length === 1 && Object.keys(def).length === 1
  // Deleting the last option would empty driver_opts and then the network, and a delete removes emptied maps: the
  // network stays declared, as an empty map.
  return onlyOption ? plan(label, setOp(['networks', network], {})) : plan(label, deleteOp(path))
}
