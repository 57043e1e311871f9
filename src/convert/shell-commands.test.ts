// The shell grammar around shlex's words: where commands end, continuations, comments, quotes, substitutions.
import { describe, expect, it } from 'vitest'
import { composeValue } from './compose-value'
import { splitShellCommands } from './shell-commands'

const words = (text: string) => splitShellCommands(text).commands.map((c) => c.words.map((w) => composeValue(w, c.substitutions).value))

describe('splitShellCommands', () => {
  it('ends commands at newlines, ;, &&, || and |, but not inside quotes', () => {
    expect(words('a 1; b "2;3" && c \'4&&5\'\nd || e | f & g')).toEqual([['a', '1'], ['b', '2;3'], ['c', '4&&5'], ['d'], ['e'], ['f'], ['g']])
  })

  it('joins \\-newline continuations, also inside double quotes and with CRLF line ends', () => {
    expect(words('docker run \\\r\n  -e "A=x\\\ny" \\\n  nginx')).toEqual([['docker', 'run', '-e', 'A=xy', 'nginx']])
  })

  it('keeps a newline inside single quotes', () => {
    expect(words("echo 'a\nb'")).toEqual([['echo', 'a\nb']])
  })

  it('gives each command the line it starts on', () => {
    expect(splitShellCommands('\n# c\na \\\n b; c\n\nd').commands.map((c) => c.line)).toEqual([3, 4, 6])
  })

  it('drops comments only at the start of a word', () => {
    expect(words('a b#c # comment\n#whole line')).toEqual([['a', 'b#c']])
  })

  it('drops redirections and keeps them for the notes', () => {
    const { commands } = splitShellCommands('run x >out.log 2>&1 < in.txt >> more')
    expect(commands[0].words).toEqual(['run', 'x'])
    expect(commands[0].redirections).toEqual(['>out.log', '2>&1', '< in.txt', '>> more'])
  })

  it('lifts out command substitutions whole, nested and quoted', () => {
    const { commands } = splitShellCommands('a "$(echo "(x)" $(b c))" `d e`')
    expect(commands[0].substitutions).toEqual(['$(echo "(x)" $(b c))', '`d e`'])
    expect(commands[0].words).toHaveLength(3)
  })

  it('reads ANSI-C quotes', () => {
    expect(words("a $'x\\ty\\'z'")).toEqual([['a', "x\ty'z"]])
  })

  it('reports an unclosed quote or substitution with its line and column, never throwing', () => {
    expect(splitShellCommands("ok\n  echo 'abc").problems).toEqual([
      { line: 2, column: 8, code: 'unterminated-quote', message: "line 2, column 8: the single quote (') is never closed; close it or escape it (\\')" },
    ])
    expect(splitShellCommands('echo $(date').problems.map((p) => p.code)).toEqual(['unterminated-substitution'])
  })
})

describe('composeValue', () => {
  it.each([
    ['$HOME', '${HOME}', ['HOME']],
    ['${A:-x}-${B?err}', '${A:-x}-${B?err}', ['A', 'B']],
    ['${#LEN}', '$${#LEN}', []],
    ['cost: $', 'cost: $$', []],
  ])('%s -> %s', (word, value, variables) => {
    expect(composeValue(word)).toMatchObject({ value, variables })
  })
})
