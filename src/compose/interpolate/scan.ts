// The one reader of Compose's interpolation syntax (Compose Specification, "Interpolation"): `$$` is a literal `$`,
// `${NAME…}` an expression (braces may nest in its argument), `$NAME` a variable, any other `$` literal text. Both the
// rules' defaults-only reading (read/values.ts) and the substitution of known variables (interpolate-env.ts) walk a
// value's parts from here, so they cannot disagree on where an expression starts or ends. Pure; never throws.

export type InterpolationPart =
  | { kind: 'text'; text: string }
  /** `$$`. */
  | { kind: 'escaped' }
  /** `$NAME`. */
  | { kind: 'bare'; name: string }
  /**
   * `${…}`, whole in `raw`. `name` is null when what is between the braces is not a name, alone or followed by one of
   * the operators `:-` `-` `:?` `?` `:+` `+` (`op`, '' for none) and its argument `arg`.
   */
  | { kind: 'braced'; raw: string; name: string | null; op: string; arg: string }
  /** A `${` that no brace closes: the rest of the value. */
  | { kind: 'unclosed'; raw: string }

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/
const OP = /^:?[-?+]/

export function interpolationParts(value: string): InterpolationPart[] {
  const parts: InterpolationPart[] = []
  let text = ''
  const flush = () => {
    if (text) parts.push({ kind: 'text', text })
    text = ''
  }
  let i = 0
  while (i < value.length) {
    const at = value.indexOf('$', i)
    if (at < 0) {
      text += value.slice(i)
      break
    }
    text += value.slice(i, at)
    const next = value[at + 1]
    if (next === '$') {
      flush()
      parts.push({ kind: 'escaped' })
      i = at + 2
    } else if (next === '{') {
      flush()
      const end = closingBrace(value, at + 1)
      if (end < 0) {
        parts.push({ kind: 'unclosed', raw: value.slice(at) })
        return parts
      }
      parts.push(braced(value.slice(at, end + 1), value.slice(at + 2, end)))
      i = end + 1
    } else {
      const name = NAME.exec(value.slice(at + 1))?.[0]
      if (name) {
        flush()
        parts.push({ kind: 'bare', name })
        i = at + 1 + name.length
      } else {
        text += '$'
        i = at + 1
      }
    }
  }
  flush()
  return parts
}

function braced(raw: string, inner: string): InterpolationPart {
  const name = NAME.exec(inner)?.[0]
  const rest = name ? inner.slice(name.length) : ''
  const op = OP.exec(rest)?.[0] ?? ''
  if (!name || (rest !== '' && op === '')) return { kind: 'braced', raw, name: null, op: '', arg: '' }
  return { kind: 'braced', raw, name, op, arg: rest.slice(op.length) }
}

/** The index of the `}` that closes the `{` at `open` (braces between nest), or -1. */
export function closingBrace(s: string, open: number): number {
  let depth = 0
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') depth++
    else if (s[i] === '}' && --depth === 0) return i
  }
  return -1
}
