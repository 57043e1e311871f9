// Entry: one store for the page, restored from this browser's storage, or the hardened example on first visit.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import exampleText from './examples/secure-app.yaml?raw'
import { createAppStore } from './store/create-app-store'
import { browserStorage, loadText } from './store/persistence'
import { AppStoreContext } from './store/use-app'
import { App } from './ui/App'
import './index.css'

const storage = browserStorage()
const store = createAppStore({ initialText: loadText(storage) ?? exampleText, storage })
window.addEventListener('pagehide', () => store.getState().actions.flush())

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppStoreContext value={store}>
      <App />
    </AppStoreContext>
  </StrictMode>,
)
