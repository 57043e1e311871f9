// Colours for one YAML line in a diff, in the page editor's colours, without Monaco: keys, values, true/false/null,
// numbers and comments. One line at a time; which lines are the text of a block scalar (`key: |`, whatever they look
// like) comes from one pass over the whole text first (blockScalarLines).

export type TokenKind = 'key' | 'string' | 'keyword' | 'number' | 'comment' | 'plain'
export type Token = readonly [text: string, kind: TokenKind]

const KEYWORDS = /^(true|false|null|yes|no|on|off|~)$/i
const NUMBER = /^[-+]?(\d[\d_]*(\.\d*)?([eE][-+]?\d+)?|0x[\da-fA-F]+|0o[0-7]+|\.inf|\.nan)$/
/** Indentation and sequence dashes before a key. */
const LEAD = /^\s*(?:-\s+)*/
const QUOTED_KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')(\s*:)(?=\s|$)/
/**
 * A plain key: up to the first `:` followed by white space or the end, with no `#` on the way. The lookahead and
 * back-reference make the run atomic (it is never re-tried shorter), so a line that is not a key fails in linear time.
 */
const PLAIN_KEY = /^[^\s#'"{[](?=((?:[^#:]|:(?!\s|$))*))\1:(?=\s|$)/

/** A key line's indentation and dashes, its key (plain or quoted) and its colon (white space before it included). */
export function matchKey(line: string): [lead: string, key: string, colon: string] | null {
  const lead = LEAD.exec(line)![0]
  const rest = line.slice(lead.length)
  const quoted = QUOTED_KEY.exec(rest)
  if (quoted) return [lead, quoted[1], quoted[2]]
  const plain = PLAIN_KEY.exec(rest)
  if (!plain) return null
  const key = plain[0].slice(0, -1).trimEnd()
  return [lead, key, plain[0].slice(key.length)]
}
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

/** Longer lines are drawn uncoloured: the patterns are linear, but a line this long is data, not YAML to read. */
const MAX_COLOURED = 100_000

/** A block scalar's header value: `|` or `>`, with a chomping indicator and an indentation indicator in either order. */
const BLOCK_HEADER = /^[|>](?:[-+]?[1-9]?|[1-9][-+])$/

const indentOf = (line: string) => line.length - line.trimStart().length

/**
 * Where a line opens a block scalar, the column its text must be indented beyond (the key's, or the entry's dash);
 * otherwise -1.
 */
function blockOpens(line: string): number {
  if (line.length > MAX_COLOURED) return -1
  const key = matchKey(line)
  const lead = key ? key.join('').length : DASHES.exec(line)![0].length
  const [value] = splitComment(line.slice(lead))
  if (!BLOCK_HEADER.test(value.trim())) return -1
  if (key) return key[0].length
  // `- |`: the entry's dash.
  return indentOf(line)
}

/** For each line, 1 when it is the text of a block scalar (blank lines inside one included), else 0. */
export function blockScalarLines(lines: readonly string[]): Uint8Array {
  const flags = new Uint8Array(lines.length)
  let parent = -1
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (parent >= 0 && (line.trim() === '' || indentOf(line) > parent)) {
      flags[i] = 1
      continue
    }
    parent = blockOpens(line)
  }
  return flags
}

/** The line's tokens; their texts joined give the line back. The text of a block scalar is all string. */
export function yamlLineTokens(line: string, inBlockScalar = false): Token[] {
  if (line.length > MAX_COLOURED) return [[line, 'plain']]
  if (inBlockScalar) {
    const out: Token[] = []
    pushValue(out, line)
    return out.map(([text, kind]) => [text, kind === 'plain' ? 'plain' : 'string'])
  }
  const out: Token[] = []
  const key = matchKey(line)
  let rest = line
  if (key) {
    const [lead, name, colon] = key
    if (lead) out.push([lead, 'plain'])
    out.push([name, 'key'], [colon, 'plain'])
    rest = line.slice(lead.length + name.length + colon.length)
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
