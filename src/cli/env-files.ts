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
    for (const w of addEnvFile(path, text, out.env)) out.warnings.push(`secure-compose: ${w}`)
  }
  return out
}

/**
 * An env file's variables set into `into` (a later file's win), and its lines that are not KEY=VALUE as
 * "path:line: message" (by number, never their text).
 */
export function addEnvFile(path: string, text: string, into: Map<string, string>): string[] {
  const parsed = parseDotEnv(text)
  for (const [k, v] of parsed.env) into.set(k, v)
  return parsed.problems.map((p) => `${path}:${p.line}: ${p.message}`)
}
