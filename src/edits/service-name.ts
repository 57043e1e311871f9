// Service names as compose accepts them (compose-spec: ^[a-zA-Z0-9._-]+$).

const SERVICE_NAME = /^[a-zA-Z0-9._-]+$/

/** A message saying what is wrong with `name`, or null when it can be used. */
export function serviceNameProblem(name: string, existing: readonly string[], current?: string): string | null {
  if (name === '') return 'Enter a service name.'
  if (!SERVICE_NAME.test(name)) return 'Use only letters, digits, ".", "_" and "-" in a service name.'
  if (name !== current && existing.includes(name)) return `A service named "${name}" already exists.`
  return null
}

/** The first free name of the form `service-N`. */
export function nextServiceName(existing: readonly string[]): string {
  for (let i = 1; ; i++) {
    const name = `service-${i}`
    if (!existing.includes(name)) return name
  }
}
