// A shell word as a Compose value: what the shell would expand stays an expansion, now Compose's (`${VAR}`), and
// everything the shell keeps literally is escaped for Compose (`$$`), so the file means what the command meant.
import { closingBrace } from '../compose/interpolate/scan'
import { LITERAL_DOLLAR, SUB_CLOSE, SUB_OPEN } from './shell-commands'

export interface ComposeValue {
  value: string
  /** Names of the variables the value reads (Compose takes them from the environment or `.env`). */
  variables: string[]
  /** Why part of the value could not keep its meaning, for the warnings. */
  problems: string[]
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/
/** What Compose's interpolation understands inside `${…}`: a name, optionally with :- - :? ? :+ + and the rest. */
const BRACED = /^[A-Za-z_][A-Za-z0-9_]*(?:(?::?[-?+]).*)?$/s
const PWD = /^(?:\$\(\s*pwd\s*\)|`\s*pwd\s*`)$/
/** `$(id -u)` and `$(id -g)`: the usual way to run as the calling user. */
const ID = /^(?:\$\(\s*id\s+-([ug])\s*\)|`\s*id\s+-([ug])\s*`)$/

export function composeValue(word: string, substitutions: readonly string[] = []): ComposeValue {
  const variables: string[] = []
  const problems: string[] = []
  let value = ''
  let i = 0
  while (i < word.length) {
    const c = word[i]
    if (c === LITERAL_DOLLAR) {
      value += '$$'
      i++
    } else if (c === SUB_OPEN) {
      const close = word.indexOf(SUB_CLOSE, i)
      const sub = substitutions[Number(word.slice(i + 1, close))] ?? ''
      const id = ID.exec(sub)
      if (PWD.test(sub)) {
        value += '${PWD}'
        variables.push('PWD')
      } else if (id) {
        const name = (id[1] ?? id[2]) === 'u' ? 'UID' : 'GID'
        value += `\${${name}}`
        variables.push(name)
        problems.push(`${sub} is written as \${${name}}, which docker compose reads from the environment: export ${name}=${sub} first (bash does not export UID, and has no GID)`)
      } else {
        value += sub.replace(/\$/g, '$$$$')
        problems.push(`the command substitution ${sub} is run by the shell and Compose cannot run it: it is kept as literal text; write the value or a \${VARIABLE} instead`)
      }
      i = close + 1
    } else if (c === '$' && word[i + 1] === '{') {
      const close = closingBrace(word, i + 1)
      const inner = close < 0 ? '' : word.slice(i + 2, close)
      if (close >= 0 && BRACED.test(inner)) {
        value += word.slice(i, close + 1)
        variables.push(NAME.exec(inner)![0])
        i = close + 1
      } else {
        const text = close < 0 ? word.slice(i) : word.slice(i, close + 1)
        value += text.replace(/\$/g, '$$$$')
        problems.push(`${text} is a shell expansion that Compose does not have: it is kept as literal text; use \${NAME}, \${NAME:-default} or \${NAME:?error}`)
        i += text.length
      }
    } else if (c === '$' && NAME.test(word.slice(i + 1))) {
      const name = NAME.exec(word.slice(i + 1))![0]
      value += `\${${name}}`
      variables.push(name)
      i += 1 + name.length
    } else if (c === '$') {
      const special = word[i + 1]
      if (special !== undefined && /[0-9@*#?$!-]/.test(special)) {
        problems.push(`the shell parameter $${special} has no meaning in Compose: it is kept as literal text`)
      }
      value += '$$'
      i++
    } else {
      value += c
      i++
    }
  }
  return { value, variables, problems }
}
