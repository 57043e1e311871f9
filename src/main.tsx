// Entry: one store for the page, restored from this browser's storage, or the hardened example on first visit.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import exampleText from './examples/secure-app.yaml?raw'
import { createAppStore } from './store/create-app-store'
import { openIndexedDbDocuments } from './store/indexed-db'
import { browserStorage, loadDocument, webStorageDocuments } from './store/persistence'
import { AppStoreContext } from './store/use-app'
import { App } from './ui/App'
import './index.css'

async function start() {
  const storage = browserStorage()
  // Where IndexedDB will not open, localStorage keeps what fits (and the save status says when it does not).
  const documents = await openIndexedDbDocuments().catch(() => webStorageDocuments(storage))
  const saved = await loadDocument(documents, storage)
  const store = createAppStore({ initialText: saved ?? exampleText, documents, storage })
  window.addEventListener('pagehide', () => store.getState().actions.flush())

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppStoreContext value={store}>
        <App />
      </AppStoreContext>
    </StrictMode>,
  )
}

void start()
