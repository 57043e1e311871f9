// Entry. The first paint is index.html's loading screen, so this chunk stays tiny: it asks for the editor (Monaco, the
// biggest download) and the app at once, in parallel, instead of one after the other.
import './index.css'

void import('./editor/monaco-setup')
void import('./boot').then(({ start }) => start())
