// Every corpus file survives a no-op byte for byte; hardening edits touch only their service's lines and keep every comment
// (full-line and same-line, in order).
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { isMap, isScalar, parseDocument } from 'yaml'
import type { Document } from 'yaml'
import { yamlComments } from '../../testing/comments'
import { CORPUS_DIR, corpusFiles } from '../../testing/corpus'
import { applyPlan } from './apply-plan'
import { appendOp, setOp } from './plan'
import type { EditOp } from '../types'

const corpus = CORPUS_DIR
const OPTIONS = { merge: true, uniqueKeys: false } as const

const files = corpusFiles()
const counts = { files: files.length, parsed: 0, skipped: 0, plainMerge: 0, services: 0, edits: 0, comments: 0, sameLineComments: 0 }
const skipped: string[] = []

afterAll(() => {
  console.log(`corpus ${corpus}: ${JSON.stringify(counts)}`)
  if (skipped.length) console.log(`skipped (rejected by the yaml parser):\n  ${skipped.join('\n  ')}`)
})

/** Line numbers (0-based) of the service's key and of its value's last non-blank character. */
function serviceLines(doc: Document.Parsed, text: string, name: string): [number, number] {
  const services = doc.get('services', true)
  if (!isMap(services)) throw new Error('services is not a map')
  const pair = services.items.findLast((p) => isScalar(p.key) && String(p.key.value) === name)
  if (!pair || !isScalar(pair.key) || !pair.key.range) throw new Error(`service ${name} not found`)
  const value = pair.value as { range?: [number, number, number] } | null
  let end = value?.range ? value.range[1] : pair.key.range[1]
  while (end > 0 && /\s/.test(text[end - 1])) end--
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length - 1
  return [lineOf(pair.key.range[0]), lineOf(Math.max(end - 1, pair.key.range[0]))]
}

/** The data the app shows (like parseCompose: a `<<` over a non-mapping is read as a plain key); throws when unreadable. */
function readData(text: string): { data: { services?: unknown } | null; plainMerge: boolean } {
  const doc = parseDocument(text, OPTIONS)
  if (doc.errors.length) throw new Error(doc.errors[0].message.split('\n')[0])
  try {
    return { data: doc.toJS({ maxAliasCount: 5000 }) as { services?: unknown } | null, plainMerge: false }
  } catch (err) {
    if (!(err instanceof Error && err.message.startsWith('Merge sources'))) throw err
    return { data: parseDocument(text, { ...OPTIONS, merge: false }).toJS({ maxAliasCount: 5000 }) as { services?: unknown } | null, plainMerge: true }
  }
}

const commentTexts = (text: string) => yamlComments(text).map((c) => c.text).join('\n')

function editsFor(name: string, service: Record<string, unknown>): { op: EditOp; check: (s: Record<string, unknown>) => boolean }[] {
  const base = ['services', name]
  const readOnly = service.read_only !== true
  const includes = (key: string, item: string) => (s: Record<string, unknown>) => Array.isArray(s[key]) && (s[key] as unknown[]).includes(item)
  return [
    { op: setOp([...base, 'user'], '1000:1000'), check: (s) => s.user === '1000:1000' },
    { op: setOp([...base, 'read_only'], readOnly), check: (s) => s.read_only === readOnly },
    { op: appendOp([...base, 'security_opt'], 'no-new-privileges:true'), check: includes('security_opt', 'no-new-privileges:true') },
    { op: appendOp([...base, 'tmpfs'], '/tmp:size=64M'), check: includes('tmpfs', '/tmp:size=64M') },
  ]
}

/** Every problem one edit of one service shows; empty when the edit is faithful. */
function checkEdit(text: string, comments: string, [first, last]: [number, number], name: string, op: EditOp, check: (s: Record<string, unknown>) => boolean): string[] {
  const what = `${name}: ${op.kind} ${op.path.slice(2).join('.')}`
  const result = applyPlan(text, [op])
  if (!result.ok) return [`${what} failed: ${result.error}`]
  const problems: string[] = []
  const before = text.split('\n')
  const after = result.text.split('\n')
  const tail = before.length - last - 1
  if (after.slice(0, first).join('\n') !== before.slice(0, first).join('\n')) problems.push(`${what} changed lines before the service`)
  if (after.slice(after.length - tail).join('\n') !== before.slice(last + 1).join('\n')) problems.push(`${what} changed lines after the service`)
  if (commentTexts(result.text) !== comments) problems.push(`${what} lost, added or reordered a comment`)
  let data: { services?: unknown } | null
  try {
    data = readData(result.text).data
  } catch (err) {
    return [...problems, `${what} left unreadable YAML: ${err instanceof Error ? err.message : String(err)}`]
  }
  const service = (data?.services as Record<string, Record<string, unknown>> | undefined)?.[name]
  if (!check(service ?? {})) problems.push(`${what} reads back as ${JSON.stringify(service)}`)
  return problems
}

// Per-file timeout: the largest files take seconds (two full parses per edit, four edits per service).
describe('corpus fidelity', { timeout: 60_000 }, () => {
  it('finds the corpus', () => {
    expect(fs.existsSync(corpus), `corpus folder missing: ${corpus} (set COMPOSE_CORPUS)`).toBe(true)
    expect(files.length, `no *.yaml / *.yml files under ${corpus}`).toBeGreaterThan(0)
  })

  it.each(files.map((f) => [path.relative(corpus, f), f]))('%s', (_name, file) => {
    const text = fs.readFileSync(file, 'utf8')
    const doc = parseDocument(text, OPTIONS)
    let data: { services?: unknown } | null
    try {
      const read = readData(text)
      data = read.data
      if (read.plainMerge) counts.plainMerge++
    } catch (err) {
      counts.skipped++
      skipped.push(`${path.relative(corpus, file)}: ${err instanceof Error ? err.message : String(err)}`)
      return
    }
    counts.parsed++
    const noop = applyPlan(text, [])
    expect(noop.ok && noop.text === text && noop.edits.length === 0, 'an empty plan must return the text unchanged').toBe(true)

    const comments = yamlComments(text)
    counts.comments += comments.length
    counts.sameLineComments += comments.filter((c) => c.trailing).length
    const services = data?.services && typeof data.services === 'object' ? (data.services as Record<string, unknown>) : {}
    const problems: string[] = []
    for (const [name, raw] of Object.entries(services)) {
      counts.services++
      const service = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {}
      const lines = serviceLines(doc, text, name)
      for (const { op, check } of editsFor(name, service)) {
        counts.edits++
        problems.push(...checkEdit(text, comments.map((c) => c.text).join('\n'), lines, name, op, check))
      }
    }
    expect(problems).toEqual([])
  })
})
