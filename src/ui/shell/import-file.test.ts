import { describe, expect, it } from 'vitest'
import { decodeImport, importProblem } from './import-file'

const bytes = (s: string) => new TextEncoder().encode(s)
const facts = (name: string, size: number, type = '') => ({ name, size, type })

describe('importProblem', () => {
  it('accepts compose files up to 1 MiB, whatever type the browser guessed', () => {
    expect(importProblem(facts('compose.yaml', 1024 * 1024))).toBeNull()
    expect(importProblem(facts('docker-compose.yml', 10, 'application/x-yaml'))).toBeNull()
    expect(importProblem(facts('compose.txt', 10, 'text/plain'))).toBeNull()
  })

  it('refuses files over 1 MiB with their size and what to do', () => {
    expect(importProblem(facts('big.yaml', 2.5 * 1024 * 1024))).toBe(
      'big.yaml is 2.5 MB; files over 1 MB cannot be opened. Open the compose file itself, or split it.',
    )
  })

  it('refuses binary types', () => {
    expect(importProblem(facts('logo.png', 100, 'image/png'))).toBe('logo.png is not a text file (image/png). Open a compose file (.yaml or .yml).')
    expect(importProblem(facts('a.zip', 100, 'application/zip'))).toMatch(/^a\.zip is not a text file/)
  })
})

describe('decodeImport', () => {
  it('decodes UTF-8, drops a BOM and turns CRLF into LF, keeping everything else', () => {
    const text = '\uFEFFservices:\r\n  app: # é\r\n    image: x\r\n'
    expect(decodeImport(facts('c.yaml', 40), bytes(text))).toEqual({ ok: true, name: 'c.yaml', text: 'services:\n  app: # é\n    image: x\n' })
  })

  it('refuses content with NUL bytes or invalid UTF-8', () => {
    expect(decodeImport(facts('c.yaml', 3), new Uint8Array([0x61, 0, 0x62]))).toEqual({
      ok: false,
      error: 'c.yaml is not a text file. Open a compose file (.yaml or .yml).',
    })
    expect(decodeImport(facts('latin1.yaml', 2), new Uint8Array([0x61, 0xe9]))).toEqual({
      ok: false,
      error: 'latin1.yaml is not UTF-8 text. Save it as UTF-8 and open it again.',
    })
  })

  it('judges the size by the bytes read, not only by what the file claimed', () => {
    const result = decodeImport(facts('c.yaml', 1), new Uint8Array(1024 * 1024 + 1).fill(0x61))
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/files over 1 MB cannot be opened/) })
  })
})
