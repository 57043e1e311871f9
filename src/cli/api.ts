// The programmatic API the bench (and other Node tools) use: the same core the CLI runs, without any I/O.
export { buildReport, reportForText } from '../scoring/report'
export { harden } from '../scoring/harden'
export { parseCompose } from '../compose/read/parse'
export { analyze } from '../rules/engine'
export { RULES } from '../rules/registry'
