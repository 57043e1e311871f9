// Hardening every real-world compose file of the corpus (safe + unsafe) must give YAML that parses, keeps every
// comment line in order, no longer has fixable findings (unless a fix failed and says why) and never scores worse.
import { existsSync, readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/parse'
import { harden } from '../scoring/harden'
import { CORPUS_DIR, corpusFiles } from '../testing/corpus'

const CORPUS = CORPUS_DIR

const commentLines = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.startsWith('#'))

/** The first comment line of `before` missing from `after` (in order), or undefined. */
function lostComment(before: string, after: string): string | undefined {
  const want = commentLines(before)
  let i = 0
  for (const line of commentLines(after)) if (i < want.length && line === want[i]) i++
  return want[i]
}

const count = <K>(map: Map<K, number>, key: K, n = 1) => map.set(key, (map.get(key) ?? 0) + n)

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
      const lost = lostComment(text, result.text)
      if (lost !== undefined) problems.push(`${name}: comment line lost or reordered: ${lost}`)

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
      ...[...failedFixes].sort((x, y) => y[1] - x[1]).map(([k, n]) => `  failed ×${n}: ${k} (e.g. ${failedExample.get(k)})`),
      'findings per rule (before -> after):',
      ...[...byRule].sort(([x], [y]) => (x < y ? -1 : 1)).map(([id, [b, a]]) => `  ${id.padEnd(40)} ${String(b).padStart(5)} -> ${a}`),
      `time ${((performance.now() - started) / 1000).toFixed(1)} s, slowest harden ${slowest.ms.toFixed(0)} ms (${slowest.file})`,
    ]
    console.log(lines.join('\n'))
    expect(problems).toEqual([])
  }, 900_000)
})
