// The pure core imports no React, store or Monaco, and the edits sit below the rules (the rules' fixes call them).
// .oxlintrc.json says the same for `npm run lint`; this makes `npm test` enforce it.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

const SRC = fileURLToPath(new URL('.', import.meta.url))
const PURE = ['compose', 'rules', 'scoring', 'edits', 'engine', 'convert', 'share', 'report', 'seccomp', 'exposure']
const FORBIDDEN = /^(react|react-dom|zustand|monaco-editor|monaco-yaml|@monaco-editor\/react)(\/|$)|\/(store|ui|editor)(\/|$)/
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
}

it('compose, rules, scoring, edits, engine and convert import no React, zustand, Monaco, store, editor or ui', () => {
  const violations: string[] = []
  for (const folder of PURE) {
    let files: string[] = []
    try {
      files = sources(join(SRC, folder))
    } catch {
      continue
    }
    for (const file of files) {
      for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const spec = m[1] ?? m[2] ?? m[3]
        if (FORBIDDEN.test(spec)) violations.push(`${relative(SRC, file)} imports ${spec}`)
      }
    }
  }
  expect(violations).toEqual([])
})

// src/edits sits between compose and rules; its tests may still use the rules to make findings.
it('edits import only from compose and edits: the rules build their fixes on them, not the other way round', () => {
  const violations: string[] = []
  for (const file of sources(join(SRC, 'edits')).filter((f) => !/\.test\.tsx?$/.test(f))) {
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3]
      const target = relative(SRC, resolve(dirname(file), spec))
      if (spec.startsWith('.') && !/^(compose|edits)\//.test(target)) violations.push(`${relative(SRC, file)} imports ${spec}`)
    }
  }
  expect(violations).toEqual([])
})
