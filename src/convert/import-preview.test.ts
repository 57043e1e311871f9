import { describe, expect, it } from 'vitest'
import { previewImport } from './import-preview'

const DOC = '# my stack\nservices:\n  web:\n    image: nginx:1.27 # pinned\nvolumes:\n  data: {}\n'

describe('previewImport', () => {
  it('merges the services as one plan, keeping the document\'s comments', () => {
    const p = previewImport(DOC, 'docker run --name cache -v data:/data redis:7')
    expect(p.plan?.label).toBe('Add service cache from docker run')
    expect(p.merged).toBe(`${DOC.replace('volumes:', '  cache:\n    image: redis:7\n    volumes:\n      - data:/data\nvolumes:')}`)
    expect(p.clashes).toEqual(['volumes: data is already defined in the document; its definition is kept'])
  })

  it('names a service clear of the document\'s and says so', () => {
    const p = previewImport(DOC, 'docker run --name web httpd:2.4\ndocker run --name web caddy:2')
    expect(p.result.services.map((s) => s.name)).toEqual(['web-2', 'web-3'])
    expect(p.clashes).toEqual(['web-2: named so because web is taken', 'web-3: named so because web-2 is taken'])
    expect(p.merged).toContain('  web-2:\n    image: httpd:2.4')
  })

  it('merges nothing, and says why, when the document cannot be read or nothing converts', () => {
    expect(previewImport('services: [\n', 'docker run nginx')).toMatchObject({ plan: null, merged: null, mergeError: expect.stringMatching(/YAML has an error/) })
    const quote = previewImport(DOC, 'docker run -e "A=1 nginx')
    expect(quote).toMatchObject({ plan: null, merged: null, mergeError: null })
    expect(quote.result.problems).toEqual([expect.objectContaining({ code: 'unterminated-quote', line: 1 })])
    expect(previewImport(DOC, 'ls -la').result.problems[0].code).toBe('not-docker-run')
  })
})
