// What converting one docker run command works on: the service being built, what it adds to the file's top level,
// and what it reports (notes on settings that changed meaning, options that have no Compose equivalent).
import type { Draft } from './service-draft'

export interface Unsupported {
  /** The option as written (`--rm`, `-d`, `--volume-driver=local`). */
  flag: string
  reason: string
}

/** Top-level definitions the services need: named volumes, networks and file secrets. */
export interface TopLevel {
  volumes: Record<string, Draft>
  networks: Record<string, Draft>
  secrets: Record<string, Draft>
}

export interface NetworkRequest {
  /** `--network` values as written (after Compose value conversion). */
  networks: string[]
  aliases: string[]
  ip?: string
  ip6?: string
  linkLocalIps: string[]
  /** The options that ask for these settings, for the message when there is no user network to put them on. */
  endpointFlags: string[]
}

export interface ConvertContext {
  draft: Draft
  notes: string[]
  unsupported: Unsupported[]
  /** What docker itself would refuse in the command. */
  problems: Array<{ code: 'bad-value' | 'conflict'; message: string }>
  top: TopLevel
  network: NetworkRequest
  /** The service made from the container named `name` by another command of the same input, if any. */
  serviceOf(name: string): string | undefined
  /** A word as a Compose value (`$VAR` -> `${VAR}`), noting what cannot keep its meaning. */
  value(word: string, flag: string): string
}

/** Adds a note once. */
export function noteOnce(ctx: ConvertContext, text: string): void {
  if (!ctx.notes.includes(text)) ctx.notes.push(text)
}
