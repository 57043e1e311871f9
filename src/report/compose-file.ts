// What makes a YAML file a Compose file for the CLI: `services:` or another top-level key of the Compose Specification.

/** The top-level keys the Compose Specification defines (src/schema/compose-spec.json), `x-*` extensions aside. */
export const COMPOSE_KEYS: readonly string[] = ['services', 'version', 'name', 'include', 'networks', 'volumes', 'secrets', 'configs', 'models']

/**
 * Why a readable YAML document is not a Compose file, or undefined when it is one: it has none of the Compose keys
 * (a file of only `x-*` extensions, or another kind of YAML, such as a Kubernetes manifest or a CI workflow).
 */
export function notComposeReason(data: Record<string, unknown> | null): string | undefined {
  if (data === null) return undefined
  const keys = Object.keys(data)
  if (keys.some((k) => COMPOSE_KEYS.includes(k))) return undefined
  if (keys.length === 0) return 'the file is empty; a Compose file needs at least `services:`'
  const shown = keys.slice(0, 3).map((k) => `\`${k}:\``).join(', ') + (keys.length > 3 ? ', …' : '')
  return `not a Compose file: it has no \`services:\` and none of the other top-level Compose keys (${COMPOSE_KEYS.slice(1).join(', ')}), only ${shown}`
}
