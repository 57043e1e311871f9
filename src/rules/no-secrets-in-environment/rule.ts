// no-secrets-in-environment: a secret written in the compose file is in every copy of the file and in `docker inspect`.
import { readEnvironment } from '../../compose/read/settings'
import type { EnvVar } from '../../compose/read/settings'
import { interpolate, isInterpolated, maskInterpolation } from '../../compose/read/values'
import { defineRule } from '../define-rule'

/** Words of a name that say it holds a secret (compared as whole words, split on `_`; a final S is allowed). */
const SECRET_WORDS = new Set(['PASSWORD', 'PASSWD', 'PASS', 'PWD', 'SECRET', 'TOKEN', 'CREDENTIAL', 'SALT', 'PASSPHRASE', 'DSN'])
/** Two-word secrets (API_KEY), also written as one word (APIKEY). */
const SECRET_PAIRS = [['API', 'KEY'], ['PRIVATE', 'KEY'], ['ACCESS', 'KEY'], ['ENCRYPTION', 'KEY']] as const
/** Long secret words also end a word that runs them together: PGPASSWORD, CLIENTSECRET, GITHUBTOKEN. */
const SECRET_ENDINGS = /(PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|CREDENTIAL)S?$/

/** The words of a name: `_`-separated (also `-`, `.` and camelCase humps), upper case. */
const words = (name: string): string[] => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase().split(/[_.-]+/).filter(Boolean)

/** `word`, or its plural. */
const is = (x: string | undefined, word: string) => x === word || x === `${word}S`

/** True when a variable's name says it holds a secret: DB_PASSWORD, STRIPE_API_KEY, ENCRYPTION_SALT_KEYS, PGPASSWORD. */
export function secretName(name: string): boolean {
  const w = words(name)
  if (w.some((x) => [...SECRET_WORDS].some((word) => is(x, word)) || SECRET_ENDINGS.test(x))) return true
  return w.some((x, i) => SECRET_PAIRS.some(([a, b]) => is(x, a + b) || (x === a && is(w[i + 1], b))))
}

/**
 * Names ending in one of these hold a setting about a secret when the value is plainly a setting (TOKEN_TTL: 3600),
 * also with a unit after the setting word (RESET_PASSWORD_TOKEN_EXPIRY_HOURS: 24, TOKEN_TTL_SECONDS: 3600).
 */
const SETTING_ENDING = /_(TTL|EXPIRE[A-Z]*|EXPIRY|EXPIRATION|EXPIRES_IN|TIMEOUT|LENGTH|PORT|ENABLED|POLICY|URL)(_(MS|MILLIS|MILLISECONDS|S|SECS?|SECONDS?|MINS?|MINUTES?|H|HRS?|HOURS?|D|DAYS?|WEEKS?))?$/i
const NUMBER = /^[-+]?\d+(\.\d+)?$/
/** A number written as arithmetic, as some apps read it: `(1000 * 60 * 60 * 24) * 7`. */
const NUMBER_EXPRESSION = /^[-+*/().\d\s]+$/
const BOOLEAN = /^(true|false|yes|no|on|off)$/i
const DURATION = /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h|d|w|y))+$/i
/** `scheme://user:password@host`: the userinfo's password, at its offset in the text. */
const URL_PASSWORD = /[a-z][a-z0-9+.-]*:\/\/[^\s:@/]*:([^\s@/]+)@[^\s]/i

/** A value that is plainly a setting, not a secret, for a name that ends in a setting word. */
const plainSetting = (value: string) => NUMBER.test(value) || (NUMBER_EXPRESSION.test(value) && /\d/.test(value)) || BOOLEAN.test(value) || DURATION.test(value) || (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) && !URL_PASSWORD.test(value))

/**
 * True when the value holds a URL with a literal password (`postgres://app:s3cret@db/app`), whatever the variable's
 * name. A password that is a variable without default is not literal; one with a literal default is.
 */
export function urlWithPassword(raw: string): boolean {
  const resolved = interpolate(raw)
  if (resolved.known) return URL_PASSWORD.test(resolved.value)
  // Some other part is a variable: find the password where the text is written, and judge that part alone.
  const m = URL_PASSWORD.exec(maskInterpolation(raw))
  if (!m) return false
  const start = m.index + m[0].length - 2 - m[1].length
  const password = raw.slice(start, start + m[1].length)
  return !isInterpolated(password) || interpolate(password).known
}

type Kind = 'literal' | 'default' | 'url'

/** Why the variable holds a secret in the file, or undefined. */
function secretIn(v: EnvVar): Kind | undefined {
  if (v.value === undefined) return undefined
  if (urlWithPassword(v.value)) return 'url'
  if (!secretName(v.name)) return undefined
  const interpolated = isInterpolated(v.value)
  // `${DB_PASSWORD:-changeme}` writes its default into the file: that default is a literal secret.
  const resolved = interpolate(v.value)
  if (!resolved.known) return undefined
  const value = resolved.value.trim()
  // An empty value, also written as a pair of quotes (`- KEY=""` keeps them in list syntax): a placeholder to fill in.
  if (value === '' || value === '""' || value === "''") return undefined
  // A path to a secret file is not the secret: `*_FILE` names, and the compose secrets' own mount.
  if (/_FILE$/i.test(v.name) && /^([/~.]|[A-Za-z]:[\\/])/.test(value)) return undefined
  if (value.startsWith('/run/secrets/')) return undefined
  if (SETTING_ENDING.test(v.name) && plainSetting(value)) return undefined
  return interpolated ? 'default' : 'literal'
}

export default defineRule({
  id: 'no-secrets-in-environment',
  title: 'Keep secrets out of environment values',
  description:
    'A password, token or key written as an environment value is in the compose file, in version control, in ' +
    'every backup and CI log that holds the file, and in `docker inspect` output for anyone who can talk to the ' +
    'Docker API; child processes and crash reports inherit it too. Compose `secrets:` mount the value as a file ' +
    'readable only inside the container (many images accept a `*_FILE` variable that points at it), and ' +
    '`${VAR}` interpolation keeps the value out of the file at least. A name holds a secret when one of its words ' +
    '(split on `_`) is PASSWORD, PASSWD, PASS, PWD, SECRET, TOKEN, CREDENTIAL, SALT, PASSPHRASE or DSN, or it has ' +
    'API_KEY, PRIVATE_KEY, ACCESS_KEY or ENCRYPTION_KEY (PGPASSWORD and APIKEY count too). Not reported: a variable ' +
    'without default, an empty value (also `""`, which list syntax keeps as written), a `*_FILE` variable holding a ' +
    'path, and a number (also written as arithmetic, `(1000 * 60) * 7`), boolean or duration (or a URL without a ' +
    'password) in a name that ends in a setting word (_TTL, _EXPIRE…, _TIMEOUT, _LENGTH, _PORT, _ENABLED, _POLICY, ' +
    '_URL), possibly followed by a unit (_EXPIRY_HOURS, _TTL_SECONDS); the setting word alone never excuses a ' +
    'literal text. Any variable whose value is a ' +
    'URL with a literal password (`postgres://app:s3cret@db/app`) is reported whatever its name.',
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
    url: 'Environment variable {{name}} holds a URL with a literal password in it (scheme://user:password@host); move the password to a compose secret or interpolate it from the environment.',
  },
  checkService({ service, report }) {
    for (const v of readEnvironment(service)) {
      const kind = secretIn(v)
      if (kind === undefined) continue
      // In list syntax an `extends` base's items come first: the reader says where each is really written.
      if (!v.at) report({ messageId: 'fromBase', data: { name: v.name, base: v.located?.from ?? '' } })
      else report({ messageId: kind, at: v.at, data: { name: v.name } })
    }
  },
})
