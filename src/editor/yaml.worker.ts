// The yaml language server as a Vite worker entry (monaco-yaml README, "Why doesn't it work with Vite?"), guarded:
// every request reads its document through TextDocument.create, so wrapping it gives the server textForWorker's view.
// vscode-languageserver-textdocument is monaco-yaml's own dependency; the worker bundle holds one copy, shared with it,
// and e2e/yaml-worker.spec.ts fails if that ever stops being true.
import { TextDocument } from 'vscode-languageserver-textdocument'
import 'monaco-yaml/yaml.worker.js'
import { textForWorker } from './worker-guard'

const create = TextDocument.create
;(TextDocument as { create: typeof create }).create = (uri, languageId, version, content) => create(uri, languageId, version, textForWorker(content))
