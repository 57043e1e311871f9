// Keeps the values of variables out of every message: each substituted text is replaced by the `${VAR}` form it was
// written as. Short values (under 3 characters) are left alone: they could not be told apart from other text.

export interface Hidden {
  /** Text that came from the environment and must not be printed. */
  secret: string
  /** What to print instead: the value as written (`${PORT}:80`) or `${NAME}`. */
  shown: string
}

const MIN = 3
/** Values at least this long are replaced wherever they occur, even inside a longer word. */
const ANYWHERE = 8

export function redactor(hidden: readonly Hidden[]): (text: string) => string {
  const list = hidden.filter((h) => h.secret.length >= MIN && h.secret !== h.shown).sort((a, b) => b.secret.length - a.secret.length)
  if (list.length === 0) return (text) => text
  return (text) => {
    let out = text
    for (const { secret, shown } of list) out = replaceAll(out, secret, shown, secret.length >= ANYWHERE)
    return out
  }
}

const WORD = /[A-Za-z0-9]/

function replaceAll(text: string, secret: string, shown: string, anywhere: boolean): string {
  let out = ''
  let from = 0
  for (let i = text.indexOf(secret); i >= 0; i = text.indexOf(secret, i + secret.length)) {
    const before = text[i - 1] ?? ''
    const after = text[i + secret.length] ?? ''
    if (!anywhere && (WORD.test(before) || WORD.test(after))) continue
    out += text.slice(from, i) + shown
    from = i + secret.length
  }
  return out + text.slice(from)
}
