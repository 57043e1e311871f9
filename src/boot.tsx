// The app, loaded by main.tsx: one store for the page, restored from this browser's storage (or the hardened example
// on first visit), analysed by the engine in its Web Worker (on the page if no worker starts).
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import exampleText from './examples/secure-app.yaml?raw'
import { createWorkerEngine } from './engine/worker-engine'
import type { WorkerLike } from './engine/worker-engine'
import EngineWorker from './engine/engine.worker?worker'
import { createAppStore } from './store/create-app-store'
import { openIndexedDbDocuments } from './store/indexed-db'
import { browserStorage, loadDocument, webStorageDocuments } from './store/persistence'
import { AppStoreContext } from './store/use-app'
import { App } from './ui/App'

export async function start(): Promise<void> {
  // Monaco's chunk (3.6 MB) takes V8 most of a second to parse, on a background thread: asked for here, that starts a
  // few hundred ms before the first render would ask for it. It cannot be parsed before that render is under way, so
  // its evaluation does not hold the page back. Editor text about 0.1 s sooner (A/B, 8 loads each); first findings
  // and the text preview unchanged.
  void import('./editor/YamlEditor')
  // The worker loads its engine while the saved document is read.
  const engine = createWorkerEngine(() => new EngineWorker({ name: 'secure-compose-engine' }) as unknown as WorkerLike, {
    onFallback: (reason) => console.warn(`Secure Compose Designer: analysis runs on the page: ${reason}.`),
  })
  const storage = browserStorage()
  // Where IndexedDB will not open, localStorage keeps what fits (and the save status says when it does not).
  const documents = await openIndexedDbDocuments().catch(() => webStorageDocuments(storage))
  const saved = await loadDocument(documents, storage)
  const store = createAppStore({ initialText: saved ?? exampleText, documents, storage, engine })
  window.addEventListener('pagehide', () => store.getState().actions.flush())

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppStoreContext value={store}>
        <App />
      </AppStoreContext>
    </StrictMode>,
  )
}
