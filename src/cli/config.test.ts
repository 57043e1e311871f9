// The config file's validation: every mistake is a ConfigError naming the file and what to write instead.
import { describe, expect, it } from 'vitest'
import { ConfigError, findConfig, validate } from './config'
import type { Io } from './io'

describe('validate', () => {
  it('reads rules off and severities, skip and fail-on', () => {
    const c = validate({ rules: { 'no-privileged': 'off', 'require-healthcheck': 'LOW', 'require-cpu-limit': false }, skip: 'vendor/**', 'fail-on': 'Medium' }, 'c.yaml', '/r')
    expect([...c.off]).toEqual(['no-privileged', 'require-cpu-limit'])
    expect([...c.severity]).toEqual([['require-healthcheck', 'low']])
    expect(c).toMatchObject({ name: 'c.yaml', dir: '/r', skip: ['vendor/**'], failOn: 'medium' })
  })

  it.each([
    [[], 'c.yaml: the config must be a mapping with the keys rules, skip, fail-on'],
    [{ ignore: [] }, 'c.yaml: unknown key "ignore" (known keys: rules, skip, fail-on)'],
    [{ rules: { 'no-such-rule': 'off' } }, 'c.yaml: unknown rule id "no-such-rule" under rules (secure-compose\'s rules are listed in docs/rules.md)'],
    [{ rules: { 'no-privileged': 'severe' } }, 'c.yaml: rules.no-privileged must be off or one of critical, high, medium, low, info, not "severe"'],
    [{ rules: ['no-privileged'] }, 'c.yaml: `rules` must map rule ids to off or a severity'],
    [{ skip: [1] }, 'c.yaml: `skip` must be a list of paths or glob patterns'],
    [{ 'fail-on': 'sometimes' }, 'c.yaml: fail-on must be one of critical, high, medium, low, info, none, not "sometimes"'],
  ])('refuses %j', (data, message) => {
    expect(() => validate(data, 'c.yaml', '/r')).toThrow(new ConfigError(message))
  })
})

describe('findConfig', () => {
  const io = (files: Record<string, string>, dirs: string[] = []): Io => ({
    readFile: async (p: string) => { if (files[p] === undefined) throw Object.assign(new Error('x'), { code: 'ENOENT' }); return files[p] },
    kind: async (p: string) => (files[p] !== undefined ? 'file' : dirs.includes(p) ? 'dir' : 'none'),
    cwd: '/repo/app/sub',
  }) as unknown as Io

  it('searches up to the repository root, a package.json key counting like the file', async () => {
    expect(await findConfig(io({ '/repo/.secure-compose.yml': 'fail-on: low\n' }, ['/repo/.git']), undefined)).toMatchObject({ name: '../../.secure-compose.yml', failOn: 'low' })
    expect(await findConfig(io({ '/repo/app/package.json': '{"secure-compose": {"fail-on": "none"}}' }, ['/repo/.git']), undefined)).toMatchObject({ name: '../package.json#secure-compose', failOn: 'none' })
    expect(await findConfig(io({ '/.secure-compose.yaml': 'fail-on: low\n' }, ['/repo/.git']), undefined)).toBeUndefined()
    expect(await findConfig(io({ '/repo/app/package.json': '{"name": "x"}' }, ['/repo/.git']), undefined)).toBeUndefined()
  })

  it('reads --config, and says when it cannot', async () => {
    expect(await findConfig(io({ '/repo/app/sub/x.yaml': 'rules: {}\n' }), 'x.yaml')).toMatchObject({ name: 'x.yaml' })
    await expect(findConfig(io({}), 'gone.yaml')).rejects.toThrow('gone.yaml: cannot read the config file (ENOENT)')
    await expect(findConfig(io({ '/repo/app/sub/x.yaml': 'rules: [\n' }), 'x.yaml')).rejects.toThrow(/^x\.yaml: not valid YAML/)
  })
})
