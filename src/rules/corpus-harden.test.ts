// Hardening every real-world compose file of the corpus (safe + unsafe) must give YAML that parses, keeps every
// comment in order (full-line and same-line; only a deleted entry's own lines may take theirs along), no longer has
// fixable findings (unless a fix failed and says why), never scores worse, keeps every depends_on and links pair that
// shared a network on one, and gives database images the image table knows their own user and writable paths.
import { existsSync, readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isMap, isPair, isScalar, isSeq } from 'yaml'
import { imageUserInput, serviceImageFacts, uncoveredScratchPaths } from '../compose/read/image-knowledge/service-needs'
import { parseCompose } from '../compose/read/parse'
import { asList, asObject, formatUser, readUser } from '../compose/read/settings'
import type { ComposeFile, YamlPath } from '../compose/types'
import { harden } from '../scoring/harden'
import { yamlComments, lostComments } from '../testing/comments'
import { CORPUS_DIR, corpusFiles } from '../testing/corpus'
import { planFix } from './fix'
import { serviceDatabase, sharesNetwork } from './network-helpers'
import type { Finding } from './types'

const CORPUS = CORPUS_DIR

type Node = { range?: [number, number, number] | null }

/** Offset after the node's last content: the last entry of a block collection, recursively; its own end otherwise. */
function contentEnd(node: unknown): number {
  if ((isMap(node) || isSeq(node)) && !node.flow && node.items.length > 0) {
    const last: unknown = node.items[node.items.length - 1]
    return contentEnd(isPair(last) ? (last.value ?? last.key) : last)
  }
  return (node as Node | null)?.range?.[1] ?? 0
}

/**
 * The 0-based lines the entry at `path` (a map pair or a sequence item written in the text) has to itself, from its
 * start to its last content: none when something other than indentation and `- ` precedes it on its first line.
 */
function ownEntryLines(file: ComposeFile, path: YamlPath): number[] {
  const parent = file.doc.getIn(path.slice(0, -1), true)
  const seg = path[path.length - 1]
  let start: number | undefined
  let node: unknown
  if (isMap(parent)) {
    const pair = parent.items.findLast((p) => isScalar(p.key) && String(p.key.value) === String(seg))
    start = (pair?.key as Node | undefined)?.range?.[0]
    node = pair?.value ?? pair?.key
  } else if (isSeq(parent) && typeof seg === 'number') {
    node = parent.items[seg]
    start = (node as Node | undefined)?.range?.[0]
  }
  const { text } = file
  if (start === undefined || !/^[ \t]*(?:-[ \t]+)*$/.test(text.slice(text.lastIndexOf('\n', start - 1) + 1, start))) return []
  let end = Math.max(contentEnd(node), start + 1)
  while (end > start + 1 && /\s/.test(text[end - 1])) end--
  const lineOf = (offset: number) => file.lineCounter.linePos(offset).line - 1
  const lines: number[] = []
  for (let l = lineOf(start); l <= lineOf(end - 1); l++) lines.push(l)
  return lines
}

/** Lines of the input that the fixes of its findings delete whole: same-line comments there go with their entry. */
function deletedLines(file: ComposeFile, findings: readonly Finding[]): Set<number> {
  const lines = new Set<number>()
  for (const f of findings) {
    if (f.fix === 'none') continue
    const p = planFix(f, file, findings)
    for (const op of typeof p === 'string' ? [] : p.ops) if (op.kind === 'delete') for (const l of ownEntryLines(file, op.path)) lines.add(l)
  }
  return lines
}

const count = <K>(map: Map<K, number>, key: K, n = 1) => map.set(key, (map.get(key) ?? 0) + n)

/** The depends_on and links pairs (service, the service it names) whose two services share a network. */
function linkedPairs(file: ComposeFile): Array<[string, string]> {
  const pairs: Array<[string, string]> = []
  for (const s of file.services) {
    const deps = s.data.depends_on
    const named = Array.isArray(deps) ? deps.map(String) : Object.keys(asObject(deps) ?? {})
    for (const link of asList(s.data.links)) named.push(String(link).split(':')[0].trim())
    for (const name of new Set(named)) {
      const target = file.services.find((t) => t.name === name)
      if (target && target !== s && sharesNetwork(file, s, target)) pairs.push([s.name, name])
    }
  }
  return pairs
}

/**
 * What the image-aware fixes must have given each database service whose image the table knows, where they applied:
 * its own user, and a mount at every scratch path it writes. Problems, and how many services each check saw.
 */
function databaseNeeds(name: string, file: ComposeFile, hardened: ComposeFile, applied: readonly Finding[]) {
  const problems: string[] = []
  let users = 0, paths = 0
  const fixed = (ruleId: string, service: string) => applied.some((f) => f.ruleId === ruleId && f.service === service)
  for (const s of file.services) {
    const facts = serviceDatabase(s) ? serviceImageFacts(s) : undefined
    const now = hardened.services.find((x) => x.name === s.name)
    if (!facts || !now) continue
    const input = imageUserInput(facts)
    if (input && fixed('require-non-root-user', s.name)) {
      users++
      const want = formatUser(input.user, input.group)
      if (readUser(now).raw !== want) problems.push(`${name}: ${s.name} (${facts.id}) runs as ${readUser(now).raw ?? 'its default'} after hardening, not ${want}`)
    }
    if (fixed('require-read-only-rootfs', s.name)) {
      paths++
      const left = uncoveredScratchPaths(now, facts).map((p) => p.path)
      if (left.length) problems.push(`${name}: ${s.name} (${facts.id}) is read-only with nothing mounted at ${left.join(', ')}`)
    }
  }
  return { problems, users, paths }
}

describe('corpus: harden (safe + unsafe)', () => {
  it('gives valid YAML that keeps comments, clears fixable findings and never scores worse', () => {
    expect(existsSync(CORPUS), `corpus not found at ${CORPUS} (set COMPOSE_CORPUS)`).toBe(true)
    const files = corpusFiles()
    expect(files.length, `no .yaml files under ${CORPUS}`).toBeGreaterThan(0)

    const problems: string[] = []
    const invalid: string[] = []
    const failedFixes = new Map<string, number>()
    const failedExample = new Map<string, string>()
    const byRule = new Map<string, [number, number]>()
    let parsed = 0, before = 0, after = 0, applied = 0, failed = 0
    const edges = { pairs: 0, files: 0, networks: 0 }
    const databases = { users: 0, paths: 0 }
    const comments = { all: 0, sameLine: 0, mayGo: 0, went: 0 }
    const started = performance.now()
    let slowest = { ms: 0, file: '' }

    for (const path of files) {
      const name = relative(CORPUS, path)
      const text = readFileSync(path, 'utf8')
      const file = parseCompose(text)
      if (file.errors.length) {
        const e = file.errors[0]
        invalid.push(`${name}:${e.line}:${e.column}: ${e.message}`)
        continue
      }
      parsed++
      const t0 = performance.now()
      const result = harden(text, { unsafe: true })
      const ms = performance.now() - t0
      if (ms > slowest.ms) slowest = { ms, file: name }
      before += result.before.findings.length
      after += result.after.findings.length
      applied += result.applied.length
      for (const f of result.before.findings) { const c = byRule.get(f.ruleId) ?? [0, 0]; c[0]++; byRule.set(f.ruleId, c) }
      for (const f of result.after.findings) { const c = byRule.get(f.ruleId) ?? [0, 0]; c[1]++; byRule.set(f.ruleId, c) }

      if (result.after.errors.length) {
        problems.push(`${name}: hardened YAML does not parse: ${result.after.errors[0].line}:${result.after.errors[0].column} ${result.after.errors[0].message}`)
        continue
      }
      const hardened = parseCompose(result.text)
      const pairs = linkedPairs(file)
      edges.pairs += pairs.length
      if (pairs.length) edges.files++
      for (const [from, to] of pairs) {
        const [a, b] = [from, to].map((n) => hardened.services.find((x) => x.name === n))
        if (!a || !b || !sharesNetwork(hardened, a, b)) problems.push(`${name}: ${from} → ${to} (depends_on or links) no longer share a network after hardening`)
      }
      const names = (f: ComposeFile, key: string) => Object.keys(asObject(f.data?.[key]) ?? {})
      for (const network of names(hardened, 'networks').filter((n) => !names(file, 'networks').includes(n))) {
        edges.networks++
        if (names(file, 'services').includes(network) || names(file, 'volumes').includes(network)) problems.push(`${name}: the new network ${network} has the name of a service or volume`)
      }
      const needs = databaseNeeds(name, file, hardened, result.applied)
      problems.push(...needs.problems)
      databases.users += needs.users
      databases.paths += needs.paths

      const deleted = deletedLines(file, result.before.findings)
      const mayGo = (c: { line: number; trailing: boolean }) => c.trailing && deleted.has(c.line)
      const was = yamlComments(text)
      const now = yamlComments(result.text)
      const lost = lostComments(was, now, mayGo)
      for (const c of lost) problems.push(`${name}:${c.line + 1}: ${c.trailing ? 'same-line' : 'full-line'} comment lost or reordered: ${c.text}`)
      comments.all += was.length
      comments.sameLine += was.filter((c) => c.trailing).length
      comments.mayGo += was.filter(mayGo).length
      comments.went += was.length - now.length

      const failedHere = new Set<string>()
      for (const s of result.skipped) {
        if (s.finding.fix === 'none') continue
        if (s.reason.startsWith('reverted')) problems.push(`${name}: ${s.finding.ruleId} on ${s.finding.service}: ${s.reason}`)
        failed++
        failedHere.add(`${s.finding.ruleId} ${s.finding.service}`)
        const key = `${s.finding.ruleId}: ${s.reason.replace(/services\.[\w.[\]-]+/g, 'services.…').slice(0, 180)}`
        count(failedFixes, key)
        if (!failedExample.has(key)) failedExample.set(key, `${name}:${s.finding.line}`)
      }
      for (const f of result.after.findings) {
        if (f.fix !== 'none' && !failedHere.has(`${f.ruleId} ${f.service}`)) problems.push(`${name}:${f.line}: ${f.ruleId} (${f.fix}) still fires on ${f.service} after hardening, with no failure recorded`)
      }

      const b = result.before.score, a = result.after.score
      if (b && (!a || a.value < b.value)) problems.push(`${name}: file score ${b.value} -> ${a?.value ?? 'none'}`)
      for (const s of result.before.services) {
        const n = result.after.services.find((x) => x.name === s.name)
        if (!n || n.score < s.score) problems.push(`${name}: service ${s.name} score ${s.score} -> ${n?.score ?? 'missing'}`)
      }
    }

    const lines = [
      `corpus ${CORPUS}`,
      `files ${files.length}, parsed ${parsed}, skipped (invalid) ${invalid.length}`,
      ...invalid.map((i) => `  invalid: ${i}`),
      `findings before ${before}, after ${after}; fixes applied ${applied}; failed fixes ${failed}`,
      `depends_on and links pairs on a shared network, kept on one: ${edges.pairs} (in ${edges.files} files); new networks ${edges.networks}, none named as a service or volume`,
      `database services the image table knows: own user set on ${databases.users}, writable paths mounted on ${databases.paths} read-only ones`,
      `comments ${comments.all} (${comments.sameLine} same-line) kept in order, except ${comments.mayGo} same-line ones on deleted entries' own lines that may go (${comments.went} went)`,
      ...[...failedFixes].sort((x, y) => y[1] - x[1]).map(([k, n]) => `  failed ×${n}: ${k} (e.g. ${failedExample.get(k)})`),
      'findings per rule (before -> after):',
      ...[...byRule].sort(([x], [y]) => (x < y ? -1 : 1)).map(([id, [b, a]]) => `  ${id.padEnd(40)} ${String(b).padStart(5)} -> ${a}`),
      `time ${((performance.now() - started) / 1000).toFixed(1)} s, slowest harden ${slowest.ms.toFixed(0)} ms (${slowest.file})`,
    ]
    console.log(lines.join('\n'))
    expect(problems).toEqual([])
  }, 900_000)
})
