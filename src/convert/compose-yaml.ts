// A converted Compose document as YAML text in the project's style (src/examples): 2-space indentation, sequences
// indented under their key, a blank line between services and between top-level sections, port strings quoted,
// `cap_drop: [ALL]`-style flow lists for short name lists, exec-form commands as ["…", "…"], and any string that plain
// style could misread (`"1000:1000"`, `"3"`, `"no"`) in double quotes.
import { Document, Scalar, isMap, isPair, isScalar, isSeq } from 'yaml'
import type { Node as YNode, Pair, YAMLMap, YAMLSeq } from 'yaml'
import { isPlainSafe } from '../compose/write/plan-render'

/** Lists of names written on one line, as the examples do. */
const FLOW_LISTS = new Set(['cap_add', 'cap_drop', 'networks', 'secrets', 'depends_on'])
/** Exec-form commands: one line, every word double-quoted (`["CMD", "wget", "-qO-", …]`). */
const EXEC_FORM = new Set(['command', 'entrypoint'])
/** Lists whose strings are always quoted: ports read as numbers or base 60 otherwise, and the examples quote them. */
const QUOTED_LISTS = new Set(['ports', 'expose'])

export function toComposeYaml(document: Record<string, unknown>): string {
  const doc = new Document(document)
  const root = doc.contents
  if (!isMap(root)) return doc.toString()
  root.items.forEach((pair, i) => {
    if (i > 0) spaceBefore(pair)
    if (keyOf(pair) === 'services' && isMap(pair.value)) {
      pair.value.items.forEach((service, j) => {
        if (j > 0) spaceBefore(service)
        if (isMap(service.value)) styleService(service.value)
      })
    }
  })
  quoteScalars(root, false)
  return doc.toString({ indent: 2, indentSeq: true, lineWidth: 0, flowCollectionPadding: false, nullStr: '' })
}

function styleService(service: YAMLMap): void {
  for (const pair of service.items) {
    const key = keyOf(pair)
    const value = pair.value as YNode | null
    if (isSeq(value) && FLOW_LISTS.has(key) && value.items.every(isScalar)) value.flow = true
    if (isSeq(value) && EXEC_FORM.has(key)) execForm(value)
    if (isSeq(value) && QUOTED_LISTS.has(key)) for (const item of value.items) if (isScalar(item) && typeof item.value === 'string') item.type = Scalar.QUOTE_DOUBLE
    if (key === 'healthcheck' && isMap(value)) {
      const test = value.items.find((p) => keyOf(p) === 'test')?.value as YNode | undefined
      if (isSeq(test)) execForm(test)
    }
    if (key === 'volumes' && isSeq(value)) for (const item of value.items) octalTmpfsMode(item as YNode)
  }
}

function execForm(seq: YAMLSeq): void {
  seq.flow = true
  for (const item of seq.items) if (isScalar(item) && typeof item.value === 'string') item.type = Scalar.QUOTE_DOUBLE
}

/** A long-syntax tmpfs mode is an octal number (`mode: 0o1777`), as docker's tmpfs-mode was. */
function octalMode(node: YNode | null): void {
  if (isScalar(node) && typeof node.value === 'number') node.format = 'OCT'
}

function octalTmpfsMode(item: YNode): void {
  if (!isMap(item)) return
  const tmpfs = item.items.find((p) => keyOf(p) === 'tmpfs')?.value as YNode | undefined
  if (isMap(tmpfs)) octalMode(tmpfs.items.find((p) => keyOf(p) === 'mode')?.value as YNode | null)
}

/** Double quotes for any string (key or value) that plain style would not read back as the same string; the rest plain. */
function quoteScalars(node: unknown, flow: boolean): void {
  if (isMap(node) || isSeq(node)) {
    const inFlow = flow || Boolean(node.flow)
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        quoteScalars(item.key, inFlow)
        quoteScalars(item.value, inFlow)
      } else quoteScalars(item, inFlow)
    }
  } else if (isScalar(node) && typeof node.value === 'string' && node.type !== Scalar.QUOTE_DOUBLE) {
    node.type = isPlainSafe(node.value, flow) ? Scalar.PLAIN : Scalar.QUOTE_DOUBLE
  }
}

function spaceBefore(pair: Pair): void {
  if (isScalar(pair.key)) pair.key.spaceBefore = true
}

function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
}
