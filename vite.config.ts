/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { readFileSync } from 'node:fs'
import { defineConfig } from 'vite'
import pkg from './package.json' with { type: 'json' }

/** The Monaco modules src/editor/monaco-features.ts imports, for the dev server's pre-bundling. */
const monacoFeatures = [...readFileSync(new URL('./src/editor/monaco-features.ts', import.meta.url), 'utf8').matchAll(/^import '(monaco-editor\/[\w/]+)'$/gm)].map((m) => m[1])
if (monacoFeatures.length === 0) throw new Error('vite.config.ts: no Monaco feature imports found in src/editor/monaco-features.ts')

// Monaco 0.57 + monaco-yaml under Vite 8 need the alias, the ES worker format and optimizeDeps below (each is explained where it stands).
export default defineConfig({
  plugins: [react(), tailwindcss()],
  resolve: {
    alias: [
      // monaco-worker-manager imports 'monaco-editor/esm/vs/editor/editor.worker.js'; monaco-editor >= 0.56
      // only exposes its files through the exports map ('./*' -> './esm/vs/*.js').
      { find: /^monaco-editor\/esm\/vs\/(.*?)(\.js)?$/, replacement: 'monaco-editor/$1' },
    ],
  },
  worker: { format: 'es' },
  // The report export's SARIF names the tool's version as the CLI bundle does (scripts/cli-bundle.mjs), so the two match.
  define: { __SECURE_COMPOSE_VERSION__: JSON.stringify(pkg.version) },
  // Dev server: every dependency the first visit needs is bundled at server start (optimizeDeps).
  // The workers' imports are invisible to the dependency scan: without them listed, Vite finds them on the first visit,
  // re-bundles and reloads the page. Only index.html is scanned, not the html of e2e builds and reports in the tree.
  // (server.warmup made the cold first load slower on 2 cores: it competes with this bundling, so it is left out.)
  optimizeDeps: {
    entries: ['index.html'],
    include: [
      'react',
      'react/jsx-dev-runtime',
      'react-dom',
      'react-dom/client',
      'zustand',
      'zustand/vanilla',
      'yaml',
      '@monaco-editor/react',
      'monaco-editor/editor',
      ...monacoFeatures,
      'monaco-editor/languages/definitions/yaml/register',
      'monaco-yaml',
      'monaco-yaml/yaml.worker.js',
      'vscode-languageserver-textdocument',
      // The exposure diagram's layout engine (CommonJS), imported by its worker and lazily by the page.
      'elkjs/lib/elk.bundled.js',
    ],
  },
  build: { chunkSizeWarningLimit: 5000 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: {
    host: '127.0.0.1',
    // e2e builds and reports written while the dev server runs would otherwise reload the page (their .html changes).
    watch: { ignored: ['**/dist*/**', '**/test-results*/**', '**/playwright-report*/**'] },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
})
