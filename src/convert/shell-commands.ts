// Cuts pasted shell text into simple commands and their words; never throws (problems are returned, with their line).
//
// shlex (a port of Python's shlex) splits the words: quotes, escapes and `\`-newline continuations. What it does not do
// is the shell's grammar around words, so this scanner does that first, tracking quotes so that nothing inside them is
// touched: commands end at an unquoted newline, `;`, `&&`, `||`, `|` or `&`; `#` starts a comment; redirections are
// dropped. It also marks the `$` that the shell would keep literal (in '…' or escaped as \$) and lifts out command
// substitutions, so that afterwards every word can be written as a Compose value (see compose-value.ts).
import { split } from 'shlex'

/** Stands for a `$` the shell keeps literally; Compose writes it `$$`. */
export const LITERAL_DOLLAR = '\uE000'
/** `\uE001<index>\uE002` stands for the command substitution `substitutions[index]` (`$(…)` or `` `…` ``). */
export const SUB_OPEN = '\uE001'
export const SUB_CLOSE = '\uE002'

export interface ShellCommand {
  /** 1-based line where the command starts. */
  line: number
  /** The command's words after the shell's quote removal (with the markers above). */
  words: string[]
  /** The text of each command substitution, as written (`$(pwd)`). */
  substitutions: string[]
  /** Redirections dropped from the command, as written. */
  redirections: string[]
}

export interface ShellProblem {
  line: number
  column: number
  code: 'unterminated-quote' | 'unterminated-substitution' | 'words'
  message: string
}

interface Segment {
  line: number
  text: string
  substitutions: string[]
  redirections: string[]
}

export function splitShellCommands(input: string): { commands: ShellCommand[]; problems: ShellProblem[] } {
  const text = input.replace(/\r\n?/g, '\n').replace(/[\uE000-\uE002]/g, '\uFFFD')
  const { segments, problems } = scan(text)
  const commands: ShellCommand[] = []
  for (const seg of segments) {
    let words: string[]
    try {
      words = split(seg.text)
    } catch (err) {
      // The scanner has already checked the quotes; this is a backstop, never a throw into the caller.
      problems.push({ line: seg.line, column: 1, code: 'words', message: `line ${seg.line}: ${err instanceof Error ? err.message : String(err)}` })
      continue
    }
    if (words.length) commands.push({ line: seg.line, words, substitutions: seg.substitutions, redirections: seg.redirections })
  }
  return { commands, problems }
}

function scan(text: string): { segments: Segment[]; problems: ShellProblem[] } {
  const segments: Segment[] = []
  const problems: ShellProblem[] = []
  let seg: Segment = { line: 1, text: '', substitutions: [], redirections: [] }
  let line = 1
  const where = (at: number) => ({ line: lineAt(text, at), column: at - text.lastIndexOf('\n', at - 1) })
  const flush = (nextLine: number) => {
    if (seg.text.trim() !== '') segments.push(seg)
    seg = { line: nextLine, text: '', substitutions: [], redirections: [] }
  }
  const atWordStart = () => seg.text === '' || /\s$/.test(seg.text)

  let i = 0
  while (i < text.length) {
    const c = text[i]
    const next = text[i + 1]
    if (c === '\n') {
      line++
      flush(line)
      i++
    } else if (c === '\\') {
      if (next === '\n') { line++; i += 2; continue }
      if (next === '$') { seg.text += LITERAL_DOLLAR; i += 2; continue }
      seg.text += next === undefined ? '\\\\' : c + next
      i += 2
    } else if (c === "'" || c === '"') {
      const ansi = c === "'" && seg.text.endsWith('$') && !seg.text.endsWith('\\$')
      const end = quoted(text, i, c, ansi, seg)
      if (end < 0) {
        const at = where(i)
        const kind = c === "'" ? 'single' : 'double'
        problems.push({ ...at, code: 'unterminated-quote', message: `line ${at.line}, column ${at.column}: the ${kind} quote (${c}) is never closed; close it or escape it (\\${c})` })
        return { segments, problems }
      }
      line += countNewlines(text, i, end)
      i = end
    } else if (c === '#' && atWordStart()) {
      while (i < text.length && text[i] !== '\n') i++
    } else if (c === ';' || c === '|' || c === '&') {
      // `2>&1` is a redirection, handled below; here `&` ends a command (`&&`, or `&` running it in the background).
      i += next === c ? 2 : 1
      flush(line)
    } else if ((c === '$' && next === '(') || c === '`') {
      const end = substitution(text, i)
      if (end < 0) {
        const at = where(i)
        problems.push({ ...at, code: 'unterminated-substitution', message: `line ${at.line}, column ${at.column}: the command substitution ${c === '`' ? '`…`' : '$(…)'} is never closed` })
        return { segments, problems }
      }
      seg.text += SUB_OPEN + seg.substitutions.length + SUB_CLOSE
      seg.substitutions.push(text.slice(i, end))
      line += countNewlines(text, i, end)
      i = end
    } else if (c === '>' || c === '<') {
      i = redirection(text, i, seg)
    } else {
      seg.text += c
      i++
    }
  }
  flush(line)
  return { segments, problems }
}

/** Copies a quoted string into the segment; returns the index after its closing quote, or -1 when it is never closed. */
function quoted(text: string, start: number, quote: string, ansi: boolean, seg: Segment): number {
  let out = quote
  let i = start + 1
  while (i < text.length) {
    const c = text[i]
    if (c === quote) { seg.text += out + quote; return i + 1 }
    if (quote === "'" && !ansi) {
      out += c === '$' ? LITERAL_DOLLAR : c
      i++
    } else if (c === '\\') {
      const next = text[i + 1]
      if (next === undefined) return -1
      if (quote === '"' && next === '\n') i += 2 // a continuation inside double quotes joins the lines
      else if (quote === '"' && next === '$') { out += LITERAL_DOLLAR; i += 2 }
      else if (quote === '"' && next === '`') { out += '`'; i += 2 }
      else { out += c + next; i += 2 }
    } else if (quote === '"' && (c === '`' || (c === '$' && text[i + 1] === '('))) {
      const end = substitution(text, i)
      if (end < 0) return -1
      out += SUB_OPEN + seg.substitutions.length + SUB_CLOSE
      seg.substitutions.push(text.slice(i, end))
      i = end
    } else {
      out += c
      i++
    }
  }
  return -1
}

/** The index after a `$( … )` or `` `…` `` starting at `start` (nested parentheses and quotes inside skipped), or -1. */
function substitution(text: string, start: number): number {
  if (text[start] === '`') {
    for (let i = start + 1; i < text.length; i++) {
      if (text[i] === '\\') i++
      else if (text[i] === '`') return i + 1
    }
    return -1
  }
  let depth = 0
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i]
    if (c === '\\') i++
    else if (c === "'" || c === '"') {
      const close = text.indexOf(c, i + 1)
      if (close < 0) return -1
      i = close
    } else if (c === '(') depth++
    else if (c === ')' && --depth === 0) return i + 1
  }
  return -1
}

/** Drops a redirection (`> log`, `2>&1`, `>> out`, `< in`) and its target; returns the index after it. */
function redirection(text: string, start: number, seg: Segment): number {
  const fd = /\d+$/.exec(seg.text)
  const fdText = fd && (fd.index === 0 || /\s/.test(seg.text[fd.index - 1])) ? fd[0] : ''
  if (fdText) seg.text = seg.text.slice(0, -fdText.length)
  let i = start + 1
  if (text[i] === text[start] || text[i] === '&') i++
  if (text[i - 1] === '&' && /\d|-/.test(text[i] ?? '')) i++
  else {
    while (text[i] === ' ' || text[i] === '\t') i++
    while (i < text.length && !/[\s;&|<>]/.test(text[i])) i++
  }
  seg.redirections.push((fdText + text.slice(start, i)).trim())
  return i
}

function lineAt(text: string, at: number): number {
  return countNewlines(text, 0, at) + 1
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) if (text[i] === '\n') n++
  return n
}
