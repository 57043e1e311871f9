// Colours for one YAML line in a diff, in the page editor's colours, without Monaco: keys, values, true/false/null,
// numbers and comments. One line at a time, so a line inside a block scalar (`key: |`) that looks like `a: b` is
// coloured as a key; the editor knows better, the diff only has to be easy to read.

export type TokenKind = 'key' | 'string' | 'keyword' | 'number' | 'comment' | 'plain'
export type Token = readonly [text: string, kind: TokenKind]

const KEYWORDS = /^(true|false|null|yes|no|on|off|~)$/i
const NUMBER = /^[-+]?(\d[\d_]*(\.\d*)?([eE][-+]?\d+)?|0x[\da-fA-F]+|0o[0-7]+|\.inf|\.nan)$/
/** Indentation and sequence dashes, a key (plain or quoted) and its colon, then the rest. */
const KEY = /^(\s*(?:-\s+)*)("(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s#'"{[][^#]*?)(\s*:)(?=\s|$)/
const DASHES = /^\s*(?:-(?:\s+|$))*/
/** A comment starts at a `#` at the start of the line or after white space (outside quotes, for the line's value). */
const COMMENT = /(^|\s)#.*$/

function valueKind(value: string): TokenKind {
  const v = value.trim()
  if (v === '' || v === '|' || v === '>' || /^[|>][-+]?\d*$/.test(v)) return 'plain'
  if (KEYWORDS.test(v)) return 'keyword'
  if (NUMBER.test(v)) return 'number'
  return 'string'
}

/** Splits off a trailing comment unless the `#` sits inside a quoted value. */
function splitComment(rest: string): [string, string] {
  const trimmed = rest.trimStart()
  if (trimmed.startsWith('"') || trimmed.startsWith("'")) {
    const q = trimmed[0]
    const close = trimmed.indexOf(q, 1)
    if (close > 0) {
      const cut = rest.length - trimmed.length + close + 1
      const m = COMMENT.exec(rest.slice(cut))
      return m ? [rest.slice(0, cut + m.index + m[1].length), rest.slice(cut + m.index + m[1].length)] : [rest, '']
    }
  }
  const m = COMMENT.exec(rest)
  return m ? [rest.slice(0, m.index + m[1].length), rest.slice(m.index + m[1].length)] : [rest, '']
}

function pushValue(out: Token[], text: string): void {
  if (text === '') return
  const body = text.trim()
  const lead = text.length - text.trimStart().length
  if (lead) out.push([text.slice(0, lead), 'plain'])
  if (body) out.push([body, valueKind(body)])
  if (lead + body.length < text.length) out.push([text.slice(lead + body.length), 'plain'])
}

/** Longer lines are drawn uncoloured: the key pattern backtracks over runs of spaces. */
const MAX_COLOURED = 2000

/** The line's tokens; their texts joined give the line back. */
export function yamlLineTokens(line: string): Token[] {
  if (line.length > MAX_COLOURED) return [[line, 'plain']]
  const out: Token[] = []
  const key = KEY.exec(line)
  let rest = line
  if (key) {
    if (key[1]) out.push([key[1], 'plain'])
    out.push([key[2], 'key'], [key[3], 'plain'])
    rest = line.slice(key[0].length)
  } else {
    const dashes = DASHES.exec(line)![0]
    if (dashes) out.push([dashes, 'plain'])
    rest = line.slice(dashes.length)
  }
  const [value, comment] = splitComment(rest)
  pushValue(out, value)
  if (comment) out.push([comment, 'comment'])
  return out
}
