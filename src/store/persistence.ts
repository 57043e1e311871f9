// Keeping the document in this browser. Invariant: loading never throws, and a failed save says why (saveFailureOf).
// The document lives in IndexedDB (indexed-db.ts: room for files far over localStorage's 5 MB); an older version's
// copy under the localStorage key is read once and moved there. Theme and checklist ticks stay in localStorage.
import type { DocumentStore, SaveFailure, TextStorage } from './app-state'

/** The localStorage key of the document: where earlier versions kept it, and the fallback when IndexedDB will not open. */
export const STORAGE_KEY = 'secure-compose-designer:document'

/** Web Storage with removal, for the one-time move out of localStorage. */
export interface LegacyStorage extends TextStorage {
  removeItem(key: string): void
}

/**
 * The saved document, or null when there is none. The copy in `documents` wins; else the old localStorage copy is
 * written to `documents` and, once that worked, removed from localStorage, so it is read only this once.
 */
export async function loadDocument(documents: DocumentStore, legacy: LegacyStorage | null): Promise<string | null> {
  let saved: string | null
  try {
    saved = await documents.load()
  } catch {
    // The store cannot be read: show the old copy if there is one, but move nothing over what may still be there.
    return readLegacy(legacy)
  }
  if (saved !== null) return saved
  const old = readLegacy(legacy)
  if (old === null) return null
  try {
    await documents.save(old)
    legacy?.removeItem(STORAGE_KEY)
  } catch {
    // Not moved: it stays in localStorage, and the next load tries again.
  }
  return old
}

function readLegacy(legacy: LegacyStorage | null): string | null {
  try {
    return legacy?.getItem(STORAGE_KEY) ?? null
  } catch {
    return null
  }
}

/** The document in Web Storage: the fallback where IndexedDB is missing or refused. Null storage refuses every save. */
export function webStorageDocuments(storage: TextStorage | null): DocumentStore {
  return {
    load: () => Promise.resolve(readLegacy(storage as LegacyStorage | null)),
    save: (text) =>
      new Promise<void>((resolve) => {
        if (!storage) throw new DOMException('This browser offers no storage to this page.', 'SecurityError')
        storage.setItem(STORAGE_KEY, text)
        resolve()
      }),
  }
}

/** What a storage error means for the person: full (QuotaExceededError), refused (private mode, sandbox) or other. */
export function saveFailureOf(err: unknown): SaveFailure {
  const name = typeof err === 'object' && err !== null && 'name' in err ? String(err.name) : ''
  if (name === 'QuotaExceededError') return 'full'
  if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'NotAllowedError') return 'refused'
  return 'error'
}

/** window.localStorage when the page may use it (private modes and sandboxed frames can refuse). */
export function browserStorage(): LegacyStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}
