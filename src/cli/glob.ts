// A small glob matcher for file arguments and `skip:` patterns (Node 20 has no stable fs.glob): `*` and `?` within
// one path segment, `**` across segments, `{a,b}` alternatives, `[abc]` classes. Paths use `/`.

/** True when the text has glob syntax (a path without it is taken literally). */
export function isGlob(text: string): boolean {
  return /[*?[{]/.test(text)
}

const cache = new Map<string, RegExp>()

/** Whether a `/`-separated relative path matches the pattern. A pattern without `/` matches the base name anywhere. */
export function matchGlob(pattern: string, path: string): boolean {
  const p = pattern.replace(/^\.\//, '').replace(/\/$/, '/**')
  const full = p.includes('/') ? p : `**/${p}`
  let re = cache.get(full)
  if (!re) cache.set(full, (re = new RegExp(`^${toRegex(full)}$`)))
  return re.test(path.replace(/^\.\//, ''))
}

export function toRegex(glob: string): string {
  let out = ''
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/'
      out += slash ? '(?:[^/]*/)*' : '.*'
      i += slash ? 2 : 1
    } else if (c === '*') out += '[^/]*'
    else if (c === '?') out += '[^/]'
    else if (c === '{') {
      const end = glob.indexOf('}', i)
      if (end < 0) { out += '\\{'; continue }
      out += `(?:${glob.slice(i + 1, end).split(',').map(toRegex).join('|')})`
      i = end
    } else if (c === '[') {
      const end = glob.indexOf(']', i + 1)
      if (end < 0) { out += '\\['; continue }
      const body = glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\')
      out += `[${body}]`
      i = end
    } else out += /[.+^$()|\\]/.test(c) ? `\\${c}` : c
  }
  return out
}
