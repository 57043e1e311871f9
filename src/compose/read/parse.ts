// parseCompose never throws: every problem (syntax, size, alias bombs, odd roots) becomes a ParseProblem.
import { LineCounter, isAlias, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml'
import type { ComposeFile, ParseProblem, ServiceView } from '../types'
import { resolveServices } from './services'

/** Larger files are refused: the yaml parser reads about 0.8 MB/s, and no real compose file comes near. */
export const MAX_BYTES = 1024 * 1024
/** Alias expansions allowed per anchor (count × nested aliases); a billion-laughs file trips it at once. */
export const MAX_ALIAS_COUNT = 5000

export const PARSE_OPTIONS = { merge: true, prettyErrors: false, maxAliasCount: MAX_ALIAS_COUNT } as const

export function parseCompose(text: string): ComposeFile {
  const lineCounter = new LineCounter()
  if (text.length > MAX_BYTES) {
    const doc = parseDocument('', { ...PARSE_OPTIONS, lineCounter })
    const mb = (text.length / (1024 * 1024)).toFixed(1)
    return failed(text, doc, lineCounter, [
      problem('too-large', `The file is ${mb} MB; files over ${MAX_BYTES / (1024 * 1024)} MB are not analysed. Split it or remove unrelated parts.`, 1, 1),
    ])
  }
  const doc = parseDocument(text, { ...PARSE_OPTIONS, lineCounter })
  const at = (offset: number) => lineCounter.linePos(offset)
  const toProblem = (e: { code: string; message: string; pos: [number, number] }): ParseProblem => {
    const { line, col } = at(e.pos[0])
    return problem(e.code, firstLine(e.message), line, col)
  }
  const errors = doc.errors.map(toProblem)
  const warnings = doc.warnings.map(toProblem)
  if (errors.length) return failed(text, doc, lineCounter, errors, warnings)

  const root = doc.contents
  if (root !== null && !isMap(root) && !(isScalar(root) && root.value === null)) {
    const { line, col } = at(root.range?.[0] ?? 0)
    return failed(text, doc, lineCounter, [
      problem('not-a-map', 'A compose file must be a mapping (keys such as `services:`) at the top level.', line, col),
    ], warnings)
  }

  let data: Record<string, unknown>
  try {
    data = toData(doc)
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err)
    if (!message.startsWith('Merge sources')) {
      const reason = message.includes('Excessive alias count')
        ? 'Too many alias expansions: the file looks like an alias bomb ("billion laughs") and is not analysed.'
        : `The file cannot be read: ${message}`
      return failed(text, doc, lineCounter, [problem('aliases', reason, 1, 1)], warnings)
    }
    // Docker rejects `<<:` over a list, but some generators write it: read such a key as a plain key instead.
    const plain = parseDocument(text, { ...PARSE_OPTIONS, merge: false })
    try {
      data = toData(plain)
    } catch {
      return failed(text, doc, lineCounter, [problem('aliases', `The file cannot be read: ${message}`, 1, 1)], warnings)
    }
    const at = badMergeOffset(doc)
    const { line, col } = lineCounter.linePos(at)
    warnings.push(problem('bad-merge', 'A `<<` merge key refers to something that is not a mapping; Docker Compose rejects this, and it is ignored here.', line, col))
  }

  let services: ServiceView[] = []
  const raw = data.services
  if (raw !== undefined && raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) {
    const node = isMap(root) ? root.items.find((p) => isScalar(p.key) && p.key.value === 'services') : undefined
    const { line, col } = at(node && isScalar(node.key) ? (node.key.range?.[0] ?? 0) : 0)
    return { text, doc, lineCounter, errors: [problem('services-not-a-map', '`services` must be a mapping of service names to their settings.', line, col)], warnings, data, services }
  }
  const odd = servicesNotMaps(doc, data)
  if (odd.length) {
    const problems = odd.map(({ name, offset, kind }) => {
      const { line, col } = at(offset)
      return problem('service-not-a-map', `Service "${name}" is ${kind}, not a mapping of its settings: write \`${name}:\` with its keys (\`image:\`, \`ports:\`, …) indented below it.`, line, col)
    })
    return { text, doc, lineCounter, errors: problems, warnings, data, services }
  }
  services = resolveServices(doc, lineCounter, data)
  return { text, doc, lineCounter, errors, warnings, data, services }
}

/**
 * Services whose value is not a mapping (`web: nginx`, `web: [a]`), with the offset of their key: compose refuses them,
 * and no rule could judge them. An empty service (`web:` with nothing yet) reads as one without settings.
 */
function servicesNotMaps(doc: ComposeFile['doc'], data: Record<string, unknown>): Array<{ name: string; offset: number; kind: string }> {
  const services = data.services
  if (services === null || typeof services !== 'object') return []
  const root = doc.contents
  let node: unknown = isMap(root) ? root.items.find((p) => isScalar(p.key) && p.key.value === 'services')?.value : undefined
  if (isAlias(node)) node = node.resolve(doc)
  const out: Array<{ name: string; offset: number; kind: string }> = []
  if (!isMap(node)) return out
  for (const pair of node.items) {
    if (!isScalar(pair.key) || typeof pair.key.value === 'symbol') continue
    const name = String(pair.key.value)
    const value = Object.prototype.hasOwnProperty.call(services, name) ? (services as Record<string, unknown>)[name] : undefined
    if (value === null || value === undefined || (typeof value === 'object' && !Array.isArray(value))) continue
    const kind = Array.isArray(value) ? 'a list' : typeof value === 'string' ? `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"` : `the value ${String(value)}`
    out.push({ name, offset: pair.key.range?.[0] ?? 0, kind })
  }
  return out
}

function toData(doc: ComposeFile['doc']): Record<string, unknown> {
  const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}
}

/** Offset of the first merge key whose value is not a mapping (or an alias of one). */
function badMergeOffset(doc: ComposeFile['doc']): number {
  let found = 0
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || typeof pair.key.value !== 'symbol') return undefined
      const items = isSeq(pair.value) ? pair.value.items : [pair.value]
      const bad = items.some((i) => !isMap(isAlias(i) ? i.resolve(doc) : i))
      if (!bad) return undefined
      found = pair.key.range?.[0] ?? 0
      return visit.BREAK
    },
  })
  return found
}

function failed(text: string, doc: ComposeFile['doc'], lineCounter: LineCounter, errors: ParseProblem[], warnings: ParseProblem[] = []): ComposeFile {
  return { text, doc, lineCounter, errors, warnings, data: null, services: [] }
}

function problem(code: string, message: string, line: number, column: number): ParseProblem {
  return { code, message, line, column }
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
}
