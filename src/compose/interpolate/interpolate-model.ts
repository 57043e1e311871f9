// Interpolates every string value of a model (keys are never interpolated, as in Compose) and returns what must never
// be shown: each substituted value, with the `${VAR}` text to show in its place.
import type { MNode } from '../merge/model'
import { interpolateEnv } from './interpolate-env'
import type { Env } from './interpolate-env'
import type { Hidden } from './redact'

export function interpolateModel(model: MNode, env: Env): { model: MNode; hidden: Hidden[] } {
  const hidden: Hidden[] = []
  const used = new Set<string>()
  const walk = (node: MNode): MNode => {
    if (node.kind === 'map') return { ...node, entries: node.entries.map((e) => ({ ...e, value: walk(e.value) })) }
    if (node.kind === 'seq') return { ...node, items: node.items.map(walk) }
    if (typeof node.value !== 'string' || !node.value.includes('$')) return node
    const r = interpolateEnv(node.value, env)
    if (r.used.length === 0) return node
    for (const name of r.used) used.add(name)
    hidden.push({ secret: r.text, shown: node.value }, { secret: r.text.replace(/\$\$/g, '$'), shown: node.value })
    return { ...node, value: r.text }
  }
  const out = walk(model)
  for (const name of used) {
    const v = env.get(name)
    if (v) hidden.push({ secret: v, shown: `\${${name}}` })
  }
  return { model: out, hidden }
}
