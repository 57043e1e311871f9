// Monaco from the bundle, never a CDN: importing this module configures the loader, the workers and the compose schema.
import * as monaco from 'monaco-editor/editor'
import './monaco-features'
import 'monaco-editor/languages/definitions/yaml/register'
import { loader } from '@monaco-editor/react'
import { configureMonacoYaml } from 'monaco-yaml'
import EditorWorker from 'monaco-editor/editor/editor.worker?worker'
import YamlWorker from './yaml.worker?worker'
import composeSpec from '../schema/compose-spec.json'
import { restartingWorker } from './worker-watchdog'

export type Monaco = typeof monaco

export { EDITOR_FONT } from './editor-font'

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

/** How long the yaml worker may leave a request unanswered before it is replaced (a 1 MB file validates in about 10 s). */
const WORKER_ANSWER_MS = 30_000

// monaco-yaml 5.5 still calls createWebWorker({moduleId, label, createData}); monaco >= 0.55 wants {worker}.
// Without this shim it silently falls back to a worker without the yaml methods: no markers, completion or hover.
// The shim replays the handshake Monaco's own language workers use (monaco-yaml #272, monaco-editor #5049),
// and replaces the worker when it stops answering (worker-watchdog.ts).
const createWebWorker = monaco.editor.createWebWorker
;(monaco.editor as { createWebWorker: unknown }).createWebWorker = (options: LegacyWorkerOptions) => {
  if (options.worker) return createWebWorker(options as never)
  const start = () => {
    const worker = Promise.resolve(globalThis.MonacoEnvironment!.getWorker!(options.moduleId ?? 'workerMain.js', options.label ?? '')).then((w) => {
      w.postMessage('ignore')
      w.postMessage(options.createData)
      return w
    })
    return createWebWorker<object>({ worker, host: options.host, keepIdleModels: options.keepIdleModels } as never)
  }
  return restartingWorker(start, {
    timeoutMs: WORKER_ANSWER_MS,
    onRestart: () => console.warn(`The ${options.label ?? ''} language worker did not answer for ${WORKER_ANSWER_MS / 1000} s and was restarted.`),
  })
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
