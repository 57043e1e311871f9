// A Compose value as one shell word with the same meaning: Compose variables (`${VAR}`) stay expansions, so the value is
// double-quoted; Compose's escaped `$$` is a literal `$` for the shell (`\$`); anything else is quoted by shlex.
import { quote } from 'shlex'
import { closingBrace } from '../compose/interpolate/scan'

export function shellWord(value: string): string {
  if (!value.includes('$')) return quote(value)
  let out = ''
  for (let i = 0; i < value.length; i++) {
    const c = value[i]
    if (c === '$' && value[i + 1] === '$') {
      out += '\\$'
      i++
    } else if (c === '$' && value[i + 1] === '{') {
      const close = closingBrace(value, i + 1)
      if (close < 0) out += '\\$'
      else {
        out += value.slice(i, close + 1)
        i = close
      }
    } else if (c === '$') {
      out += /[A-Za-z_]/.test(value[i + 1] ?? '') ? '$' : '\\$'
    } else out += c === '"' || c === '\\' || c === '`' ? `\\${c}` : c
  }
  return `"${out}"`
}
