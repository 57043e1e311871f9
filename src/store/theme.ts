// The colour theme: a preference (light, dark, system) kept in this browser, resolved against the system's
// scheme; the page shows it as a `dark` class on <html> (Tailwind's dark variant) and Monaco as 'vs' / 'vs-dark'.
import { createStore } from 'zustand/vanilla'
import type { StoreApi } from 'zustand/vanilla'
import type { TextStorage } from './app-state'
import { browserStorage } from './persistence'

export type ThemePreference = 'light' | 'dark' | 'system'
export type Theme = 'light' | 'dark'

export const THEME_PREFERENCES: readonly ThemePreference[] = ['light', 'dark', 'system']
export const THEME_KEY = 'secure-compose-designer:theme'

export interface ThemeState {
  preference: ThemePreference
  /** What the page shows: the preference, or the system's scheme for 'system'. */
  theme: Theme
  setPreference(preference: ThemePreference): void
}

export type ThemeStore = StoreApi<ThemeState>

/** The system's colour scheme (prefers-color-scheme), so tests can pass a fake. */
export interface SystemScheme {
  dark(): boolean
  /** Calls back when the system scheme changes; returns the unsubscribe. */
  subscribe(onChange: () => void): () => void
}

export function loadThemePreference(storage: TextStorage | null): ThemePreference {
  try {
    const saved = storage?.getItem(THEME_KEY)
    return THEME_PREFERENCES.includes(saved as ThemePreference) ? (saved as ThemePreference) : 'system'
  } catch {
    return 'system'
  }
}

export function resolveTheme(preference: ThemePreference, systemDark: boolean): Theme {
  if (preference === 'system') return systemDark ? 'dark' : 'light'
  return preference
}

export interface ThemeStoreOptions {
  storage: TextStorage | null
  system: SystemScheme
  /** Shows a theme (sets the class on <html>); called at creation and on every change. */
  apply?(theme: Theme): void
}

export function createThemeStore({ storage, system, apply }: ThemeStoreOptions): ThemeStore {
  const initial = loadThemePreference(storage)
  const store = createStore<ThemeState>()((set) => ({
    preference: initial,
    theme: resolveTheme(initial, system.dark()),
    setPreference(preference) {
      try {
        storage?.setItem(THEME_KEY, preference)
      } catch {
        // A refusing storage only means the choice is not remembered.
      }
      set({ preference, theme: resolveTheme(preference, system.dark()) })
    },
  }))
  system.subscribe(() => store.setState((s) => ({ theme: resolveTheme(s.preference, system.dark()) })))
  if (apply) {
    apply(store.getState().theme)
    store.subscribe((s, prev) => s.theme !== prev.theme && apply(s.theme))
  }
  return store
}

let page: ThemeStore | undefined

/** The page's theme store, created on first use: it reads localStorage and matchMedia and sets the class on <html>. */
export function pageTheme(): ThemeStore {
  if (page) return page
  const media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null
  page = createThemeStore({
    storage: browserStorage(),
    system: {
      dark: () => media?.matches ?? false,
      subscribe(onChange) {
        media?.addEventListener('change', onChange)
        return () => media?.removeEventListener('change', onChange)
      },
    },
    apply(theme) {
      document.documentElement.classList.toggle('dark', theme === 'dark')
    },
  })
  return page
}
