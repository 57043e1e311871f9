// Saving the document in the browser. Storage can be missing or full; neither may break editing.
import type { TextStorage } from './app-state'

export const STORAGE_KEY = 'secure-compose-designer:document'

/** The saved document, or null when there is none or storage is unavailable. */
export function loadText(storage: TextStorage | null | undefined): string | null {
  try {
    return storage?.getItem(STORAGE_KEY) ?? null
  } catch {
    return null
  }
}

/** True when the text was written. */
export function saveText(storage: TextStorage, text: string): boolean {
  try {
    storage.setItem(STORAGE_KEY, text)
    return true
  } catch {
    return false
  }
}

/** window.localStorage when the page may use it (private modes and sandboxed frames can refuse). */
export function browserStorage(): TextStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}
