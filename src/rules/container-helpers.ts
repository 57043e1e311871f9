// Fix and message helpers the container rules share; what they read comes from the core readers (compose/read).
import type { ServiceView, YamlPath } from '../compose/types'

/** Absolute path of a setting of the service, for edit plans. */
export const servicePath = (s: ServiceView, ...at: YamlPath): YamlPath => ['services', s.name, ...at]

/** A value as people read it in a message: strings as written, others in YAML-ish form. */
export const shown = (v: unknown): string => (typeof v === 'string' ? v : v === null ? 'null' : JSON.stringify(v))
