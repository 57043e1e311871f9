// docker run commands -> Compose services (and the top-level volumes, networks and secrets they need), as data and as
// YAML text. Never throws: a command that cannot be read is a problem with its line, and the others still convert.
import { toComposeYaml } from './compose-yaml'
import { composeValue } from './compose-value'
import type { ConvertContext, TopLevel, Unsupported } from './convert-context'
import { HANDLERS, asWritten } from './map-flags'
import { mapNetworks } from './map-network'
import { parseRunCommands } from './parse-run'
import type { ConvertProblem, DockerRun } from './parse-run'
import { ordered, put } from './service-draft'
import type { Draft } from './service-draft'

export type { ConvertProblem } from './parse-run'
export type { Unsupported } from './convert-context'

export interface ConvertedService {
  name: string
  /** Line of the input where its command starts. */
  line: number
  service: Record<string, unknown>
  /** Options with no Compose equivalent (or not docker run options at all), as written, and why. */
  unsupported: Unsupported[]
  /** What changed meaning or needs attention in the conversion. */
  notes: string[]
}

export interface RunToComposeResult {
  services: ConvertedService[]
  /** `{ services, networks?, volumes?, secrets? }`: the converted services as a Compose file. */
  document: Record<string, unknown>
  /** The document as YAML text ('' when nothing converted). */
  yaml: string
  /** Commands that could not be converted, or that docker itself would refuse, with their line. */
  problems: ConvertProblem[]
  /** Variables the values read (`$VAR` in the commands, now `${VAR}`). */
  variables: string[]
}

export interface RunToComposeOptions {
  /** Service names already in use (the document the services are merged into); new names avoid them. */
  takenNames?: Iterable<string>
}

export function runToCompose(input: string, options: RunToComposeOptions = {}): RunToComposeResult {
  const { runs, problems } = parseRunCommands(input)
  const names = serviceNames(runs, options.takenNames ?? [])
  const byContainer = new Map<string, string>()
  runs.forEach((run, i) => {
    const container = lastValue(run, 'name')
    if (container !== undefined) byContainer.set(composeValue(container, run.substitutions).value, names[i])
  })
  const top: TopLevel = { volumes: {}, networks: {}, secrets: {} }
  const variables = new Set<string>()
  const services = runs.map((run, i) => {
    const converted = convertRun(run, names[i], top, (c) => byContainer.get(c), variables)
    for (const { code, message } of converted.problems) problems.push({ line: run.line, code, message: `line ${run.line}: ${message}` })
    return converted.service
  })
  problems.sort((a, b) => a.line - b.line)
  const document = composeDocument(services, top)
  return { services, document, yaml: services.length ? toComposeYaml(document) : '', problems, variables: [...variables].sort() }
}

function convertRun(run: DockerRun, name: string, top: TopLevel, serviceOf: (c: string) => string | undefined, variables: Set<string>) {
  const draft: Draft = {}
  const used: string[] = []
  const ctx: ConvertContext = {
    draft, notes: [], unsupported: [], problems: [], top, serviceOf,
    network: { networks: [], aliases: [], linkLocalIps: [], endpointFlags: [] },
    value(word, flag) {
      const v = composeValue(word, run.substitutions)
      for (const name of v.variables) if (!used.includes(name)) used.push(name)
      for (const problem of v.problems) ctx.notes.push(`${flag}: ${problem}`)
      return v.value
    },
  }
  draft.image = ctx.value(run.image, 'image')
  if (run.args.length) draft.command = run.args.map((a) => ctx.value(a, 'command'))
  for (const flag of run.flags) {
    const value = ctx.value(flag.value, flag.written)
    HANDLERS[flag.name](ctx, value, { ...flag, value })
  }
  mapNetworks(ctx)
  for (const u of run.unknown) {
    const written = u.value === undefined ? u.written : `${u.written}=${u.value}`
    const hint = u.value === undefined && u.written.startsWith('--') ? `; if it takes a value, write ${u.written}=VALUE so the value is not read as the image` : ''
    ctx.unsupported.push({ flag: written, reason: `not a docker run option${hint}` })
  }
  checkHealthcheck(ctx, run)
  for (const r of run.redirections) ctx.notes.push(`The redirection ${r} is ignored: Compose keeps the output (docker compose logs).`)
  if (used.length) {
    for (const v of used) variables.add(v)
    const list = used.map((v) => `\${${v}}`).join(', ')
    ctx.notes.push(`${list}: the shell's variables are written as Compose variables; docker compose reads them from the environment or an .env file.`)
  }
  const service: ConvertedService = { name, line: run.line, service: ordered(draft), unsupported: ctx.unsupported, notes: ctx.notes }
  return { service, problems: ctx.problems }
}

/** docker refuses --no-healthcheck with a --health-* option; Compose refuses disable with other health settings. */
function checkHealthcheck(ctx: ConvertContext, run: DockerRun): void {
  const disabled = run.flags.some((f) => f.name === 'no-healthcheck' && f.value === 'true')
  const health = run.flags.filter((f) => f.name.startsWith('health-'))
  if (!disabled || health.length === 0) return
  ctx.problems.push({ code: 'conflict', message: `--no-healthcheck conflicts with ${health.map(asWritten).join(', ')} (docker refuses the command); only --no-healthcheck is kept` })
  ctx.draft.healthcheck = { disable: true }
}

const lastValue = (run: DockerRun, name: string) => run.flags.filter((f) => f.name === name).at(-1)?.value

/** From --name, else the image's last path segment (no tag or digest); made valid and unique. */
function serviceNames(runs: readonly DockerRun[], taken: Iterable<string>): string[] {
  const used = new Set(taken)
  return runs.map((run) => {
    const container = lastValue(run, 'name')
    const base = sanitize(composeValue(container ?? imageBaseName(run.image), run.substitutions).value) || 'service'
    let name = base
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`
    used.add(name)
    return name
  })
}

function imageBaseName(image: string): string {
  const noDigest = image.split('@')[0]
  const last = noDigest.slice(noDigest.lastIndexOf('/') + 1)
  return last.split(':')[0]
}

/** Compose service names: letters, digits, `.`, `_` and `-`, starting with a letter or digit. */
function sanitize(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+|[-_.]+$/g, '')
}

function composeDocument(services: readonly ConvertedService[], top: TopLevel): Record<string, unknown> {
  const byName: Draft = {}
  for (const s of services) put(byName, s.name, s.service)
  const doc: Record<string, unknown> = { services: byName }
  for (const key of ['networks', 'volumes', 'secrets'] as const) {
    if (Object.keys(top[key]).length) doc[key] = top[key]
  }
  return doc
}
