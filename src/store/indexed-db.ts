// The document in IndexedDB: one database, one object store, one record. Browser-only; e2e/persistence.spec.ts covers it.
import type { DocumentStore } from './app-state'

const DB_NAME = 'secure-compose-designer'
const STORE = 'documents'
const KEY = 'current'

/** Opens the database; rejects when the browser has no IndexedDB or refuses it (some private modes, sandboxed frames). */
export function openIndexedDbDocuments(): Promise<DocumentStore> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') throw new DOMException('This browser has no IndexedDB.', 'SecurityError')
    const request = indexedDB.open(DB_NAME, 1)
    request.onupgradeneeded = () => request.result.createObjectStore(STORE)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open.'))
    request.onsuccess = () => {
      const db = request.result
      // A later version opened in another tab needs this connection closed; saves here then fail and say so.
      db.onversionchange = () => db.close()
      resolve(documentsIn(db))
    }
  })
}

function documentsIn(db: IDBDatabase): DocumentStore {
  /** Runs one request in its own transaction; settles when the transaction commits or aborts (a full disk aborts it). */
  const run = <T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode)
      const request = act(tx.objectStore(STORE))
      tx.oncomplete = () => resolve(request.result)
      tx.onabort = () => reject(tx.error ?? request.error ?? new Error('The IndexedDB transaction was aborted.'))
      // Commit now rather than after the next turn: a save started as the page goes away gets its best chance.
      tx.commit()
    })
  return {
    async load() {
      const value = await run('readonly', (s) => s.get(KEY))
      return typeof value === 'string' ? value : null
    },
    async save(text) {
      await run('readwrite', (s) => s.put(text, KEY))
    },
  }
}
