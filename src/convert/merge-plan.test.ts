// Converted services merged into an open document: one plan, comments kept, existing definitions left alone.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import { applyPlan } from '../compose/write/apply-plan'
import { mergeConvertedPlan } from './merge-plan'
import { runToCompose } from './run-to-compose'

const SEED = readFileSync(new URL('../examples/secure-app.yaml', import.meta.url), 'utf8')

describe('mergeConvertedPlan', () => {
  const file = parseCompose(SEED)
  const taken = file.services.map((s) => s.name)

  it('adds the services and only the definitions the file does not have, keeping its comments', () => {
    const result = runToCompose('docker run --name app --network backend -v redis:/data -v ./secrets/db_password.txt:/run/secrets/db_password:ro redis:7', { takenNames: taken })
    const merge = mergeConvertedPlan(file, result)
    expect(merge).toMatchObject({ label: 'Add service app-2 from docker run' })
    const applied = applyPlan(SEED, merge as Exclude<typeof merge, string | null>)
    expect(applied.ok).toBe(true)
    const after = parseCompose((applied as { text: string }).text)
    expect(after.errors).toEqual([])
    expect(after.services.map((s) => s.name)).toEqual(['app', 'db', 'app-2'])
    expect(after.services[2].data).toEqual(result.services[0].service)
    expect(after.data?.networks).toEqual({ frontend: {}, backend: { internal: true } })
    expect(after.data?.volumes).toEqual({ 'db-data': {}, redis: {} })
    expect((applied as { text: string }).text).toContain('internal: true               # no route to the outside world')
  })

  it('refuses names the file already uses, and a file with a YAML error', () => {
    const result = runToCompose('docker run --name app nginx')
    expect(mergeConvertedPlan(file, result)).toBe('The file already has a service called app: convert again with the names in use, so the new services get free names.')
    expect(mergeConvertedPlan(parseCompose('services: [\n'), result)).toBe('The YAML has an error, so nothing was added: fix it first.')
  })

  it('adds nothing when nothing converted', () => {
    expect(mergeConvertedPlan(file, runToCompose('ls'))).toBeNull()
  })

  it('starts an empty document', () => {
    const empty = parseCompose('# compose.yaml\n')
    const result = runToCompose('docker run --read-only nginx:1.27')
    const applied = applyPlan('# compose.yaml\n', mergeConvertedPlan(empty, result) as Exclude<ReturnType<typeof mergeConvertedPlan>, string | null>)
    expect(applied.ok && parseCompose((applied as { text: string }).text).data).toEqual({ services: { nginx: { image: 'nginx:1.27', read_only: true } } })
  })
})
