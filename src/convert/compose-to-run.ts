// A Compose service -> the docker run command that starts the same container, with a note for each setting that has no
// docker run option and the commands to run first (networks to create). Reads the service as resolved by the core
// (merge keys and extends applied); never throws.
import { parseCompose } from '../compose/read/parse'
import type { ComposeFile, ServiceView } from '../compose/types'
import { RunBuilder } from './run-builder'
import { EMITTERS } from './run-options'
import { shellWord } from './shell-word'

export interface ServiceRunCommand {
  service: string
  /** The command's words: `docker`, `run`, `-d`, the options, the image, its arguments. */
  argv: string[]
  /** The command as shell text, one option per line with `\` continuations. */
  command: string
  /** Settings with no docker run option, or whose meaning changes, and what to do. */
  notes: string[]
  /** Commands to run first (`docker network create --internal backend`). */
  before: string[]
}

export interface ComposeToRunResult {
  commands: ServiceRunCommand[]
  /** The `before` commands of all services, each once. */
  setup: string[]
  /** Why the text could not be converted (invalid YAML, with its line), or empty. */
  problems: string[]
}

/** One service of a parsed file (null when there is no such service). */
export function serviceToRun(file: ComposeFile, serviceName: string): ServiceRunCommand | null {
  const view = file.services.find((s) => s.name === serviceName)
  return view ? convert(view, file.data ?? {}, containerNames(file.services)) : null
}

/** Every service of a Compose text, in file order. */
export function composeToRun(text: string): ComposeToRunResult {
  const file = parseCompose(text)
  if (file.errors.length) return { commands: [], setup: [], problems: file.errors.map((e) => `line ${e.line}: ${e.message}`) }
  const containers = containerNames(file.services)
  const commands = file.services.map((view) => convert(view, file.data ?? {}, containers))
  const setup = [...new Set(commands.flatMap((c) => c.before))]
  return { commands, setup, problems: [] }
}

function containerNames(services: readonly ServiceView[]): Map<string, string> {
  return new Map(services.map((s) => [s.name, typeof s.data.container_name === 'string' ? s.data.container_name : s.name]))
}

function convert(view: ServiceView, top: Record<string, unknown>, containers: ReadonlyMap<string, string>): ServiceRunCommand {
  const data = view.data
  const b = new RunBuilder(top, containers)
  b.opt('--name', containers.get(view.name) ?? view.name)
  for (const [key, value] of Object.entries(data)) {
    if (key.startsWith('x-') || value === null) continue // extensions carry no setting; null leaves the default
    const emit = EMITTERS[key]
    if (emit) emit(b, value, key)
    else b.note(`${key} has no docker run option`)
  }
  if (data.networks === undefined && data.network_mode === undefined) {
    b.note('networks: Compose puts the service on the project\'s default network, where services reach each other by name; docker run uses the default bridge, where they cannot (create a network and add --network)')
  }
  if (Array.isArray(data.entrypoint) && data.entrypoint.length > 1) {
    b.note('entrypoint: --entrypoint takes only the program; its other words go before the command\'s arguments')
  }
  let image = typeof data.image === 'string' ? data.image : ''
  if (!image) {
    const project = typeof top.name === 'string' ? top.name : 'PROJECT'
    image = `${project}-${view.name}`
    b.note(`image: the service has none; ${image} is the name Compose gives the image it builds`)
  }
  const argv = ['docker', 'run', '-d', ...b.options.flat(), image, ...b.entrypointArgs, ...b.command]
  return { service: view.name, argv, command: layout(b.options, [image, ...b.entrypointArgs, ...b.command]), notes: b.notes, before: b.before }
}

/** `docker run -d \`, then one option per line, then the image and its arguments. */
function layout(options: readonly string[][], tail: readonly string[]): string {
  const lines = ['docker run -d', ...options.map((words) => words.map(shellWord).join(' ')), tail.map(shellWord).join(' ')]
  return lines.join(' \\\n  ')
}
