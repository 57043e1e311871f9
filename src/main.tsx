// Entry. The first paint is index.html's loading screen, so this chunk stays tiny: the app (React, the store, the
// forms) loads next, and its editor pulls Monaco in once the page is on screen. Asking for Monaco here as well made
// the page wait for Monaco's evaluation (seconds on a busy machine) before its first render.
import './index.css'

void import('./boot').then(({ start }) => start())
