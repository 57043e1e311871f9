import { describe, expect, it } from 'vitest'
import type { TextStorage } from './app-state'
import { loadTicks, saveTicks, TICKS_KEY } from './manual-ticks'

const storage = (value: string | null): TextStorage & { saved?: string } => ({
  getItem: () => value,
  setItem(_key, v) {
    this.saved = v
  },
})

describe('manual ticks', () => {
  it('load only the ids of manual items, once each, in checklist order', () => {
    expect(loadTicks(storage('["audit-events","no-privileged","monitor-resources","audit-events",3]'))).toEqual(['monitor-resources', 'audit-events'])
  })

  it('load nothing from missing, broken or refusing storage', () => {
    expect(loadTicks(null)).toEqual([])
    expect(loadTicks(storage(null))).toEqual([])
    expect(loadTicks(storage('{not json'))).toEqual([])
    expect(loadTicks(storage('{"a":1}'))).toEqual([])
    const refusing: TextStorage = {
      getItem() {
        throw new DOMException('denied', 'SecurityError')
      },
      setItem() {
        throw new DOMException('full', 'QuotaExceededError')
      },
    }
    expect(loadTicks(refusing)).toEqual([])
    expect(saveTicks(refusing, ['audit-events'])).toBe(false)
  })

  it('save as JSON under their own key', () => {
    const items = new Map<string, string>()
    const s: TextStorage = { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) }
    expect(saveTicks(s, ['audit-events'])).toBe(true)
    expect(items.get(TICKS_KEY)).toBe('["audit-events"]')
    expect(loadTicks(s)).toEqual(['audit-events'])
  })
})
