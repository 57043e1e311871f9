// Where the exported profile goes: a path beside the compose file for `security_opt: seccomp=<path>` (Compose reads
// it relative to the project directory, on the machine that runs `docker compose`), and the JSON it holds.
import type { SeccompProfile } from './types'

/** ./seccomp/<service>.json, with characters a file name should not hold replaced. */
export function defaultProfilePath(service: string): string {
  const safe = service.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '') || 'service'
  return `./seccomp/${safe}.json`
}

/** The last part of the path, for the download (a browser saves into one folder). */
export function profileFileName(path: string): string {
  const base = path.trim().split(/[\\/]/).pop() ?? ''
  return base && base !== '.' && base !== '..' ? base : 'seccomp-profile.json'
}

/** Tab-indented like Docker's own default.json, with a final newline. */
export function profileJson(profile: SeccompProfile): string {
  return `${JSON.stringify(profile, null, '\t')}\n`
}
