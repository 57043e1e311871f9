/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { defineConfig } from 'vite'

// See ../shared/notes/stack.md §3 for why the alias, the worker format and optimizeDeps are needed.
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
  // Without this the dev server discovers the yaml worker's deps late and reloads the page.
  optimizeDeps: { include: ['monaco-yaml/yaml.worker.js'] },
  build: { chunkSizeWarningLimit: 5000 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
})
