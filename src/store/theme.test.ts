import { describe, expect, it } from 'vitest'
import type { TextStorage } from './app-state'
import { THEME_KEY, createThemeStore, loadThemePreference, resolveTheme } from './theme'
import type { SystemScheme, Theme } from './theme'

class MemoryStorage implements TextStorage {
  items = new Map<string, string>()
  getItem(key: string) {
    return this.items.get(key) ?? null
  }
  setItem(key: string, value: string) {
    this.items.set(key, value)
  }
}

function fakeSystem(dark: boolean) {
  const listeners = new Set<() => void>()
  const system: SystemScheme & { set(dark: boolean): void } = {
    dark: () => dark,
    subscribe(onChange) {
      listeners.add(onChange)
      return () => listeners.delete(onChange)
    },
    set(next) {
      dark = next
      listeners.forEach((l) => l())
    },
  }
  return system
}

describe('theme', () => {
  it('resolves system to the scheme the system prefers', () => {
    expect(resolveTheme('system', true)).toBe('dark')
    expect(resolveTheme('system', false)).toBe('light')
    expect(resolveTheme('light', true)).toBe('light')
    expect(resolveTheme('dark', false)).toBe('dark')
  })

  it('starts from the saved preference, or system when none or an unknown one is saved', () => {
    const storage = new MemoryStorage()
    expect(loadThemePreference(storage)).toBe('system')
    storage.setItem(THEME_KEY, 'sepia')
    expect(loadThemePreference(storage)).toBe('system')
    storage.setItem(THEME_KEY, 'dark')
    expect(loadThemePreference(storage)).toBe('dark')
    expect(loadThemePreference(null)).toBe('system')
  })

  it('saves the choice, shows it at once, and follows the system while the choice is system', () => {
    const storage = new MemoryStorage()
    const system = fakeSystem(false)
    const shown: Theme[] = []
    const store = createThemeStore({ storage, system, apply: (t) => shown.push(t) })
    expect(store.getState()).toMatchObject({ preference: 'system', theme: 'light' })

    system.set(true)
    expect(store.getState().theme).toBe('dark')

    store.getState().setPreference('light')
    expect(storage.items.get(THEME_KEY)).toBe('light')
    expect(store.getState().theme).toBe('light')
    system.set(false)
    system.set(true)
    expect(store.getState().theme).toBe('light')
    expect(shown).toEqual(['light', 'dark', 'light'])
  })

  it('keeps working when storage refuses to save', () => {
    const storage: TextStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
    }
    const store = createThemeStore({ storage, system: fakeSystem(false) })
    store.getState().setPreference('dark')
    expect(store.getState().theme).toBe('dark')
  })
})
