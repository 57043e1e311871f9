// Reads a `.env` file as Compose does (Compose "Use an environment file"): KEY=VALUE lines, `export ` prefixes,
// `#` comments, single quotes literal, double quotes with escapes, `${OTHER}` from keys above. Never throws; a line
// that is not KEY=VALUE is reported by its line number only (the file may hold secrets: no text of it is quoted).
import { interpolateEnv } from './interpolate-env'

export interface DotEnv {
  env: Map<string, string>
  problems: Array<{ line: number; message: string }>
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\', $: '$' }

export function parseDotEnv(text: string): DotEnv {
  const env = new Map<string, string>()
  const problems: DotEnv['problems'] = []
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].trim()
    if (line === '' || line.startsWith('#')) continue
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/.exec(line)
    if (!m) {
      problems.push({ line: n + 1, message: 'not a KEY=VALUE line; it is ignored' })
      continue
    }
    const [, key, rest] = m
    env.set(key, value(rest, env))
  }
  return { env, problems }
}

function value(rest: string, env: Map<string, string>): string {
  if (rest.startsWith("'")) {
    const end = rest.indexOf("'", 1)
    return end < 0 ? rest.slice(1) : rest.slice(1, end)
  }
  if (rest.startsWith('"')) {
    let out = ''
    for (let i = 1; i < rest.length; i++) {
      const c = rest[i]
      if (c === '"') break
      if (c === '\\' && i + 1 < rest.length) { out += ESCAPES[rest[i + 1]] ?? `\\${rest[i + 1]}`; i++; continue }
      out += c
    }
    return expand(out, env)
  }
  return expand(rest.replace(/\s+#.*$/, '').trim(), env)
}

/** `${OTHER}` from a key above; `$$` is a literal `$`, and what cannot be decided stays as written. */
function expand(raw: string, env: Map<string, string>): string {
  if (!raw.includes('$')) return raw
  return interpolateEnv(raw, env).text.replace(/\$\$/g, '$')
}
