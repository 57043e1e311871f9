// The variables a project's interpolation is decided with: the `--env-file`s given (later ones win), otherwise the
// `.env` beside the project's first file, as `docker compose` reads them. The shell's environment is not used: the
// same files give the same findings on every machine. Values are never printed.
import { dirname, join } from 'node:path'
import { parseDotEnv } from '../compose/interpolate/dotenv'
import { describeReadError } from './io'
import type { Io } from './io'

export interface ProjectEnv {
  env: Map<string, string>
  /** Lines for stderr: lines of an env file that are not KEY=VALUE (by number, never their text). */
  warnings: string[]
  /** An --env-file that cannot be read. */
  error?: string
}

export async function projectEnv(io: Io, envFiles: readonly string[], firstFile: string): Promise<ProjectEnv> {
  const out: ProjectEnv = { env: new Map(), warnings: [] }
  const explicit = envFiles.length > 0
  const paths = explicit ? envFiles : [join(firstFile === '-' ? '.' : dirname(firstFile), '.env')]
  for (const path of paths) {
    if (!explicit && (await io.kind?.(path)) !== 'file') continue
    let text: string
    try {
      text = await io.readFile(path)
    } catch (err) {
      if (explicit) out.error = `--env-file ${path}: ${describeReadError(err)}`
      if (explicit) return out
      continue
    }
    const parsed = parseDotEnv(text)
    for (const [k, v] of parsed.env) out.env.set(k, v)
    for (const p of parsed.problems) out.warnings.push(`secure-compose: ${path}:${p.line}: ${p.message}`)
  }
  return out
}
