// Monaco from the bundle, never a CDN: importing this module configures the loader, the workers and the compose schema.
import * as monaco from 'monaco-editor/editor'
import 'monaco-editor/features/register.all'
import 'monaco-editor/languages/definitions/yaml/register'
import { loader } from '@monaco-editor/react'
import { configureMonacoYaml } from 'monaco-yaml'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import YamlWorker from './yaml.worker?worker'
import composeSpec from '../schema/compose-spec.json'

export type Monaco = typeof monaco

/** The model's URI: it matches the schema's fileMatch, so compose validation applies to it. */
export const MODEL_PATH = 'file:///compose.yaml'

globalThis.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    if (label === 'yaml') return new YamlWorker()
    if (label === 'editorWorkerService') return new EditorWorker()
    throw new Error(`No worker is bundled for the Monaco label "${label}".`)
  },
}

interface LegacyWorkerOptions {
  worker?: unknown
  moduleId?: string
  label?: string
  createData?: unknown
  host?: unknown
  keepIdleModels?: boolean
}

// monaco-yaml 5.5 still calls createWebWorker({moduleId, label, createData}); monaco >= 0.55 wants {worker}.
// Without this shim it silently falls back to a worker without the yaml methods: no markers, completion or hover.
// The shim replays the handshake Monaco's own language workers use (monaco-yaml #272, monaco-editor #5049).
const createWebWorker = monaco.editor.createWebWorker
;(monaco.editor as { createWebWorker: unknown }).createWebWorker = (options: LegacyWorkerOptions) => {
  if (options.worker) return createWebWorker(options as never)
  const worker = Promise.resolve(globalThis.MonacoEnvironment!.getWorker!(options.moduleId ?? 'workerMain.js', options.label ?? '')).then((w) => {
    w.postMessage('ignore')
    w.postMessage(options.createData)
    return w
  })
  return createWebWorker({ worker, host: options.host, keepIdleModels: options.keepIdleModels } as never)
}

// Must run before the first <Editor> mounts, or @monaco-editor/react fetches Monaco from its CDN default.
loader.config({ monaco: monaco as never })

configureMonacoYaml(monaco as never, {
  enableSchemaRequest: false,
  validate: true,
  completion: true,
  hover: true,
  schemas: [
    {
      uri: 'https://raw.githubusercontent.com/compose-spec/compose-spec/main/schema/compose-spec.json',
      fileMatch: ['**/compose.yaml', '**/compose.yml', '**/docker-compose.yaml', '**/docker-compose.yml'],
      schema: composeSpec as never,
    },
  ],
})

export { monaco }
