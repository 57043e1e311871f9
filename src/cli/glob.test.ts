import { describe, expect, it } from 'vitest'
import { expandGlob } from './expand-inputs'
import { matchGlob } from './glob'
import type { Io } from './io'

describe('matchGlob', () => {
  it.each([
    ['deploy/**/*.yaml', 'deploy/a.yaml', true],
    ['deploy/**/*.yaml', 'deploy/x/y/a.yaml', true],
    ['deploy/**/*.yaml', 'other/a.yaml', false],
    ['deploy/*.yaml', 'deploy/x/a.yaml', false],
    ['*.example.yaml', 'deep/down/c.example.yaml', true],
    ['vendor/**', 'vendor/a/compose.yaml', true],
    ['vendor/', 'vendor/compose.yaml', true],
    ['{a,b}/compose.y?ml', 'b/compose.yaml', true],
    ['{a,b}/compose.y?ml', 'b/compose.yml', false],
    ['[ab]/c.yaml', 'c/c.yaml', false],
    ['a.yaml', 'xa.yaml', false],
  ])('%s ~ %s: %s', (pattern, path, expected) => {
    expect(matchGlob(pattern, path)).toBe(expected)
  })
})

describe('expandGlob', () => {
  it('walks from the literal folders, sorted, never into .git or node_modules', async () => {
    const tree: Record<string, Array<{ name: string; dir: boolean }>> = {
      deploy: [{ name: 'b', dir: true }, { name: 'a.yaml', dir: false }, { name: 'node_modules', dir: true }],
      'deploy/b': [{ name: 'c.yaml', dir: false }, { name: 'c.txt', dir: false }],
      'deploy/node_modules': [{ name: 'x.yaml', dir: false }],
    }
    const io = { readDir: async (p: string) => tree[p] ?? [] } as unknown as Io
    expect(await expandGlob('deploy/**/*.yaml', io)).toEqual(['deploy/a.yaml', 'deploy/b/c.yaml'])
    expect(await expandGlob('deploy/*.yaml', io)).toEqual(['deploy/a.yaml'])
  })
})
