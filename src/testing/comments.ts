// Every comment of a YAML text, found by yaml's own lexer: a `#` inside quotes or a block scalar is never one.
import { CST, Lexer } from 'yaml'

export interface YamlComment {
  /** From `#` to the end of its line, trailing blanks trimmed. */
  text: string
  /** 0-based line number. */
  line: number
  /** True for a same-line comment after content, false for a comment alone on its line. */
  trailing: boolean
}

/** Control tokens the lexer emits that are not in the source. */
const CONTROL = new Set(['\x02', '\x18', '\x1f'])

export function yamlComments(text: string): YamlComment[] {
  const comments: YamlComment[] = []
  let offset = 0
  let line = 0
  let content = false
  for (const token of new Lexer().lex(text)) {
    if (CONTROL.has(token)) continue
    if (CST.tokenType(token) === 'comment') comments.push({ text: token.trimEnd(), line, trailing: content })
    else if (token.trim() !== '') content = true
    const breaks = token.split('\n').length - 1
    if (breaks > 0) {
      line += breaks
      // Text after the last break of a multi-line token (a scalar continued onto this line) is content on it.
      content = token.slice(token.lastIndexOf('\n') + 1).trim() !== ''
    }
    offset += token.length
  }
  if (offset !== text.length) throw new Error('the lexer tokens do not add up to the text')
  return comments
}

/**
 * The comments of `before` missing from `after`, which must hold the rest in the same order; `mayGo` says which may be
 * missing (they are then skipped, not searched for).
 */
export function lostComments(before: readonly YamlComment[], after: readonly YamlComment[], mayGo: (c: YamlComment) => boolean = () => false): YamlComment[] {
  const lost: YamlComment[] = []
  let j = 0
  for (const c of before) {
    if (mayGo(c)) continue
    let k = j
    while (k < after.length && after[k].text !== c.text) k++
    if (k < after.length) j = k + 1
    else lost.push(c)
  }
  return lost
}
