// Compose interpolation with known variables (Compose Specification, "Interpolation"): `${VAR}`, `$VAR`, `${VAR:-d}`,
// `${VAR-d}`, `${VAR:?e}`, `${VAR?e}`, `${VAR:+a}`, `${VAR+a}`, `$$`. Pure; never throws. The result is still compose
// text (a literal `$` written `$$`), and a variable the environment does not set stays as written, so the rules treat
// it as they always have (unknown, or decided by its default).

export type Env = ReadonlyMap<string, string>

export interface Interpolated {
  /** The value with every known variable substituted, as compose text. */
  text: string
  /** The variables whose values went into `text`. */
  used: string[]
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/
const escape = (s: string) => s.replace(/\$/g, '$$$$')

export function interpolateEnv(value: string, env: Env): Interpolated {
  const used = new Set<string>()
  const text = value.includes('$') ? scan(value, env, used) : value
  return { text, used: [...used] }
}

function scan(value: string, env: Env, used: Set<string>): string {
  let out = ''
  let i = 0
  while (i < value.length) {
    const c = value[i]
    if (c !== '$') { out += c; i++; continue }
    const next = value[i + 1]
    if (next === '$') { out += '$$'; i += 2; continue }
    if (next === '{') {
      const end = closingBrace(value, i + 2)
      if (end < 0) { out += value.slice(i); break }
      out += braced(value.slice(i, end + 1), value.slice(i + 2, end), env, used)
      i = end + 1
      continue
    }
    const name = NAME.exec(value.slice(i + 1))?.[0]
    if (name) {
      const v = env.get(name)
      if (v === undefined) out += `$${name}`
      else { out += escape(v); used.add(name) }
      i += 1 + name.length
      continue
    }
    out += c
    i++
  }
  return out
}

/** One `${…}`: `raw` is the whole expression (kept when it cannot be decided), `inner` what is between the braces. */
function braced(raw: string, inner: string, env: Env, used: Set<string>): string {
  const name = NAME.exec(inner)?.[0]
  if (!name) return raw
  const rest = inner.slice(name.length)
  const v = env.get(name)
  const set = v !== undefined
  const nonEmpty = set && v !== ''
  const take = () => { used.add(name); return escape(v as string) }
  if (rest === '') return set ? take() : raw
  const op = /^(:?[-?+])/.exec(rest)?.[1]
  if (!op) return raw
  const arg = rest.slice(op.length)
  switch (op) {
    case ':-': return nonEmpty ? take() : scan(arg, env, used)
    case '-': return set ? take() : scan(arg, env, used)
    case ':?': return nonEmpty ? take() : raw
    case '?': return set ? take() : raw
    case ':+': if (nonEmpty) { used.add(name); return scan(arg, env, used) } return set ? '' : raw
    case '+': if (set) { used.add(name); return scan(arg, env, used) } return raw
    default: return raw
  }
}

function closingBrace(s: string, from: number): number {
  let depth = 1
  for (let i = from; i < s.length; i++) {
    if (s[i] === '{') depth++
    else if (s[i] === '}' && --depth === 0) return i
  }
  return -1
}
