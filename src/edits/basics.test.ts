import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import { commandText, imagePinning, setCommandPlan, setImagePlan } from './basics'
import { edited } from './test-utils'

const TEXT = `services:
  app:
    image: alpine:3.20  # pinned
    command: ["worker", "--concurrency", "4"]
  shell:
    image: busybox
    entrypoint: sh -c 'echo hi'
`

describe('image', () => {
  it('replaces the value and keeps the comment', () => {
    expect(edited(TEXT, (f) => setImagePlan(f, 'app', ' postgres:16.4-alpine '))).toBe(TEXT.replace('alpine:3.20', 'postgres:16.4-alpine'))
  })

  it('refuses an empty image or one with spaces; the same image changes nothing', () => {
    const file = parseCompose(TEXT)
    expect(setImagePlan(file, 'app', '')).toMatch(/Name an image/)
    expect(setImagePlan(file, 'app', 'a b')).toMatch(/no spaces/)
    expect(setImagePlan(file, 'app', 'alpine:3.20')).toBeNull()
  })

  it('says when a reference is not pinned', () => {
    expect(imagePinning('nginx')).toBe('noTag')
    expect(imagePinning('registry:5000/app')).toBe('noTag')
    expect(imagePinning('nginx:LATEST')).toBe('latest')
    expect(imagePinning('nginx:1.27')).toBe('pinned')
    expect(imagePinning('nginx@sha256:abc')).toBe('pinned')
  })
})

describe('command and entrypoint', () => {
  it('reads a list as shell words and a string as written', () => {
    const file = parseCompose(TEXT)
    expect(commandText(file, 'app', 'command')).toBe('worker --concurrency 4')
    expect(commandText(file, 'shell', 'entrypoint')).toBe("sh -c 'echo hi'")
    expect(commandText(file, 'app', 'entrypoint')).toBe('')
  })

  it('keeps a list a list and a string a string', () => {
    expect(edited(TEXT, (f) => setCommandPlan(f, 'app', { key: 'command', text: 'worker -c "a b"' }))).toBe(
      TEXT.replace('command: ["worker", "--concurrency", "4"]', 'command: [worker, -c, a b]'),
    )
    expect(edited(TEXT, (f) => setCommandPlan(f, 'shell', { key: 'entrypoint', text: 'sh -c "echo bye"' }))).toBe(
      TEXT.replace(`sh -c 'echo hi'`, `sh -c "echo bye"`),
    )
  })

  it('writes a new one as a list and removes an emptied one', () => {
    expect(edited(TEXT, (f) => setCommandPlan(f, 'shell', { key: 'command', text: 'httpd -f' }))).toBe(
      TEXT.replace(`echo hi'\n`, `echo hi'\n    command:\n      - httpd\n      - -f\n`),
    )
    expect(edited(TEXT, (f) => setCommandPlan(f, 'app', { key: 'command', text: ' ' }))).toBe(TEXT.replace('    command: ["worker", "--concurrency", "4"]\n', ''))
  })

  it('refuses an unclosed quote and changes nothing for the same words', () => {
    const file = parseCompose(TEXT)
    expect(setCommandPlan(file, 'app', { key: 'command', text: 'echo "open' })).toMatch(/double quote/)
    expect(setCommandPlan(file, 'app', { key: 'command', text: 'worker  --concurrency 4' })).toBeNull()
  })
})
