import { describe, expect, it } from 'vitest'
import { parseCompose } from '../compose/read/parse'
import { tmpfsRelaxingOptions } from '../compose/read/settings'
import { removeTmpfsRelaxingOptionsPlan, withoutTmpfsRelaxingOptions } from './filesystem'
import { edited } from './test-utils'

describe('tmpfs relaxing options', () => {
  it('are exec, suid and dev where the last of each pair wins', () => {
    expect(tmpfsRelaxingOptions(['exec', 'size=1m', 'dev'])).toEqual(['exec', 'dev'])
    expect(tmpfsRelaxingOptions(['exec', 'noexec', 'nosuid', 'suid'])).toEqual(['suid'])
    expect(tmpfsRelaxingOptions([' EXEC '])).toEqual(['exec'])
    expect(tmpfsRelaxingOptions(['noexec', 'uid=1000', 'executable'])).toEqual([])
  })

  it('come off an entry, keeping the rest as written', () => {
    expect(withoutTmpfsRelaxingOptions('/run:exec,size=64M')).toBe('/run:size=64M')
    expect(withoutTmpfsRelaxingOptions('/cache:exec')).toBe('/cache')
    expect(withoutTmpfsRelaxingOptions('/x:size=1m,suid,mode=1777,dev,nodev')).toBe('/x:size=1m,mode=1777,nodev')
    expect(withoutTmpfsRelaxingOptions('${DIR:-/a:b}:exec,size=${S:-1m}')).toBe('${DIR:-/a:b}:size=${S:-1m}')
    expect(withoutTmpfsRelaxingOptions('/plain')).toBe('/plain')
  })
})

describe('removeTmpfsRelaxingOptionsPlan', () => {
  it('changes the entries that allow exec, suid or dev, or only the ones asked for', () => {
    const text = 'services:\n  app:\n    tmpfs:\n      - /tmp:size=64M\n      - /run:exec,size=8M\n      - /dev/shm:suid\n'
    expect(edited(text, (f) => removeTmpfsRelaxingOptionsPlan(f, 'app'))).toBe('services:\n  app:\n    tmpfs:\n      - /tmp:size=64M\n      - /run:size=8M\n      - /dev/shm\n')
    expect(edited(text, (f) => removeTmpfsRelaxingOptionsPlan(f, 'app', { indexes: [2] }))).toBe('services:\n  app:\n    tmpfs:\n      - /tmp:size=64M\n      - /run:exec,size=8M\n      - /dev/shm\n')
  })

  it('changes a lone scalar in place, and has nothing to do where nothing is relaxed', () => {
    expect(edited('services:\n  app:\n    tmpfs: /run:exec\n', (f) => removeTmpfsRelaxingOptionsPlan(f, 'app'))).toBe('services:\n  app:\n    tmpfs: /run\n')
    expect(removeTmpfsRelaxingOptionsPlan(parseCompose('services:\n  app:\n    tmpfs: [/run]\n'), 'app')).toBeNull()
  })

  it('leaves entries of an extends base to the base', () => {
    const text = 'services:\n  base:\n    tmpfs: ["/run:exec"]\n  app:\n    extends: base\n'
    expect(removeTmpfsRelaxingOptionsPlan(parseCompose(text), 'app')).toMatch(/extends/)
  })
})
