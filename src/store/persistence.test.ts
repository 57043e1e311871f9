import { describe, expect, it } from 'vitest'
import type { DocumentStore } from './app-state'
import { STORAGE_KEY, loadDocument, saveFailureOf, webStorageDocuments } from './persistence'
import type { LegacyStorage } from './persistence'

class MemoryStorage implements LegacyStorage {
  items = new Map<string, string>()
  getItem(key: string) {
    return this.items.get(key) ?? null
  }
  setItem(key: string, value: string) {
    this.items.set(key, value)
  }
  removeItem(key: string) {
    this.items.delete(key)
  }
}

class MemoryDocuments implements DocumentStore {
  text: string | null
  refuse: Error | null = null
  unreadable = false
  constructor(text: string | null = null) {
    this.text = text
  }
  load() {
    return this.unreadable ? Promise.reject(new Error('unreadable')) : Promise.resolve(this.text)
  }
  save(text: string) {
    if (this.refuse) return Promise.reject(this.refuse)
    this.text = text
    return Promise.resolve()
  }
}

const legacyWith = (text: string) => {
  const s = new MemoryStorage()
  s.setItem(STORAGE_KEY, text)
  s.setItem('secure-compose-designer:theme', 'dark')
  return s
}

describe('loadDocument', () => {
  it('reads the saved document; null when there is none', async () => {
    await expect(loadDocument(new MemoryDocuments('a: 1\n'), null)).resolves.toBe('a: 1\n')
    await expect(loadDocument(new MemoryDocuments(), new MemoryStorage())).resolves.toBeNull()
  })

  it('moves the old localStorage copy over once, and leaves the theme where it is', async () => {
    const legacy = legacyWith('old: 1\n')
    const documents = new MemoryDocuments()
    await expect(loadDocument(documents, legacy)).resolves.toBe('old: 1\n')
    expect(documents.text).toBe('old: 1\n')
    expect(legacy.getItem(STORAGE_KEY)).toBeNull()
    expect(legacy.getItem('secure-compose-designer:theme')).toBe('dark')
  })

  it('prefers the new copy over an old one', async () => {
    const legacy = legacyWith('old: 1\n')
    await expect(loadDocument(new MemoryDocuments('new: 1\n'), legacy)).resolves.toBe('new: 1\n')
  })

  it('keeps the old copy when moving it fails, and shows it without moving when the store cannot be read', async () => {
    const legacy = legacyWith('old: 1\n')
    const refusing = new MemoryDocuments()
    refusing.refuse = new DOMException('full', 'QuotaExceededError')
    await expect(loadDocument(refusing, legacy)).resolves.toBe('old: 1\n')
    expect(legacy.getItem(STORAGE_KEY)).toBe('old: 1\n')

    const unreadable = new MemoryDocuments()
    unreadable.unreadable = true
    await expect(loadDocument(unreadable, legacy)).resolves.toBe('old: 1\n')
    expect(unreadable.text).toBeNull()
    expect(legacy.getItem(STORAGE_KEY)).toBe('old: 1\n')
  })

  it('never throws, even when localStorage itself does', async () => {
    const throwing: LegacyStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError')
      },
      setItem: () => {},
      removeItem: () => {},
    }
    await expect(loadDocument(new MemoryDocuments(), throwing)).resolves.toBeNull()
  })
})

describe('webStorageDocuments', () => {
  it('keeps the document under the old key', async () => {
    const storage = new MemoryStorage()
    const documents = webStorageDocuments(storage)
    await documents.save('a: 1\n')
    expect(storage.getItem(STORAGE_KEY)).toBe('a: 1\n')
    await expect(documents.load()).resolves.toBe('a: 1\n')
  })

  it('rejects with the reason when storage is full or missing', async () => {
    const full = webStorageDocuments({
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
    })
    await expect(full.save('a: 1\n').catch(saveFailureOf)).resolves.toBe('full')
    await expect(webStorageDocuments(null).save('a: 1\n').catch(saveFailureOf)).resolves.toBe('refused')
    await expect(webStorageDocuments(null).load()).resolves.toBeNull()
  })
})

describe('saveFailureOf', () => {
  it('tells a full storage from a refused one and from anything else', () => {
    expect(saveFailureOf(new DOMException('quota', 'QuotaExceededError'))).toBe('full')
    expect(saveFailureOf(new DOMException('denied', 'SecurityError'))).toBe('refused')
    expect(saveFailureOf(new DOMException('closing', 'InvalidStateError'))).toBe('refused')
    expect(saveFailureOf(new DOMException('disk', 'UnknownError'))).toBe('error')
    expect(saveFailureOf('odd')).toBe('error')
    expect(saveFailureOf(null)).toBe('error')
  })
})
