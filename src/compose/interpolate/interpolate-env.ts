// Compose interpolation with known variables (Compose Specification, "Interpolation"): `${VAR}`, `$VAR`, `${VAR:-d}`,
// `${VAR-d}`, `${VAR:?e}`, `${VAR?e}`, `${VAR:+a}`, `${VAR+a}`, `$$`. Pure; never throws. The result is still compose
// text (a literal `$` written `$$`), and a variable the environment does not set stays as written, so the rules treat
// it as they always have (unknown, or decided by its default).

import { interpolationParts } from './scan'
import type { InterpolationPart } from './scan'

export type Env = ReadonlyMap<string, string>

export interface Interpolated {
  /** The value with every known variable substituted, as compose text. */
  text: string
  /** The variables whose values went into `text`. */
  used: string[]
}

const escape = (s: string) => s.replace(/\$/g, '$$$$')

export function interpolateEnv(value: string, env: Env): Interpolated {
  const used = new Set<string>()
  const text = value.includes('$') ? scan(value, env, used) : value
  return { text, used: [...used] }
}

function scan(value: string, env: Env, used: Set<string>): string {
  let out = ''
  for (const part of interpolationParts(value)) {
    if (part.kind === 'text') out += part.text
    else if (part.kind === 'escaped') out += '$$'
    else if (part.kind === 'unclosed') out += part.raw
    else if (part.kind === 'braced') out += braced(part, env, used)
    else {
      const v = env.get(part.name)
      if (v === undefined) out += `$${part.name}`
      else {
        out += escape(v)
        used.add(part.name)
      }
    }
  }
  return out
}

/** One `${…}`: kept as written (`raw`) when it cannot be decided. */
function braced({ raw, name, op, arg }: Extract<InterpolationPart, { kind: 'braced' }>, env: Env, used: Set<string>): string {
  if (name === null) return raw
  const v = env.get(name)
  const set = v !== undefined
  const nonEmpty = set && v !== ''
  const take = () => { used.add(name); return escape(v as string) }
  switch (op) {
    case '': return set ? take() : raw
    case ':-': return nonEmpty ? take() : scan(arg, env, used)
    case '-': return set ? take() : scan(arg, env, used)
    case ':?': return nonEmpty ? take() : raw
    case '?': return set ? take() : raw
    case ':+': if (nonEmpty) { used.add(name); return scan(arg, env, used) } return set ? '' : raw
    case '+': if (set) { used.add(name); return scan(arg, env, used) } return raw
    default: return raw
  }
}
