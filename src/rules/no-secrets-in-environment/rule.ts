// no-secrets-in-environment: a secret written in the compose file is in every copy of the file and in `docker inspect`.
import { readEnvironment } from '../../compose/read/settings'
import type { EnvVar } from '../../compose/read/settings'
import { interpolate, isInterpolated } from '../../compose/read/values'
import { defineRule } from '../define-rule'

const SECRET_NAME = /PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL/i

/** Names that hold settings about a secret rather than the secret: POSTGRES_PASSWORD_FILE, TOKEN_TTL, JWT_SECRET_ALGORITHM. */
const SETTING_SUFFIX = /_(FILE|PATH|DIR|URL|URI|ENDPOINT|HEADER|LENGTH|MIN_LENGTH|TTL|EXPIRY|EXPIRES_IN|EXPIRATION|TIMEOUT|LIFETIME|ALGORITHM|ALG|METHOD|POLICY|ENABLED|REQUIRED|TYPE)$/i

/** Flags such as MYSQL_RANDOM_ROOT_PASSWORD=yes or ALLOW_EMPTY_PASSWORD=true are switches, not secrets. */
const SWITCH = /^(true|false|yes|no|on|off|y|n|0|1)$/i

/** The literal secret a variable holds, or undefined: nothing, an interpolation without a literal default, a path to a secret file. */
function literalSecret(v: EnvVar): string | undefined {
  if (!SECRET_NAME.test(v.name) || SETTING_SUFFIX.test(v.name) || v.value === undefined) return undefined
  let value = v.value
  if (isInterpolated(value)) {
    // `${DB_PASSWORD:-changeme}` writes its default into the file: that default is a literal secret.
    const resolved = interpolate(value)
    if (!resolved.known) return undefined
    value = resolved.value
  }
  value = value.trim()
  if (value === '' || SWITCH.test(value) || value.startsWith('/run/secrets/')) return undefined
  return value
}

export default defineRule({
  id: 'no-secrets-in-environment',
  title: 'Keep secrets out of environment values',
  description:
    'A password, token or key written as an environment value is in the compose file, in version control, in ' +
    'every backup and CI log that holds the file, and in `docker inspect` output for anyone who can talk to the ' +
    'Docker API; child processes and crash reports inherit it too. Compose `secrets:` mount the value as a file ' +
    'readable only inside the container (many images accept a `*_FILE` variable that points at it), and ' +
    '`${VAR}` interpolation keeps the value out of the file at least.',
  severity: 'medium',
  checklist: [],
  references: [
    'https://docs.docker.com/compose/how-tos/use-secrets/',
    'https://docs.docker.com/reference/compose-file/services/#environment',
  ],
  fix: 'none',
  panel: null,
  howToFix: 'Move the value to a file, declare it under top-level `secrets:` (`file: ./secrets/db_password`), give the service `secrets: [db_password]`, and use the image\'s `*_FILE` variable (`POSTGRES_PASSWORD_FILE: /run/secrets/db_password`); or at least write `${DB_PASSWORD}` and keep the value in an untracked `.env`.',
  messages: {
    literal: 'Environment variable {{name}} holds a literal secret; move it to a compose secret (often via {{name}}_FILE) or interpolate it from the environment.',
    fromBase: 'Environment variable {{name}} (from service "{{base}}" via extends) holds a literal secret; fix it in "{{base}}".',
    default: 'Environment variable {{name}} falls back to a literal secret as its interpolation default; remove the default or use a compose secret.',
  },
  checkService({ service, report }) {
    for (const v of readEnvironment(service)) {
      if (literalSecret(v) === undefined) continue
      // In list syntax an `extends` base's items come first: the reader says where each is really written.
      if (!v.at) report({ messageId: 'fromBase', data: { name: v.name, base: v.located?.from ?? '' } })
      else report({ messageId: v.value && isInterpolated(v.value) ? 'default' : 'literal', at: v.at, data: { name: v.name } })
    }
  },
})
