// Smoke tests against the dev server (`npm run dev`: StrictMode effects, unbundled modules, Vite's dependency
// pre-bundling), which the e2e build cannot see. Same browser and settings as playwright.config.ts.
import { defineConfig } from '@playwright/test'
import base from './playwright.config'

// E2E_DEV_PORT lets several runs serve side by side; E2E_RESULTS is shared with the main config (a subfolder here).
const PORT = Number(process.env.E2E_DEV_PORT ?? 5173)
const BASE_URL = `http://127.0.0.1:${PORT}`

export default defineConfig({
  ...base,
  testDir: 'e2e/dev',
  testMatch: '**/*.spec.ts',
  testIgnore: [],
  outputDir: `${process.env.E2E_RESULTS ?? 'test-results'}/dev`,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never', outputFolder: 'playwright-report/dev' }]] : 'list',
  // A cold server bundles Monaco on the first visit, and the dev page loads some 400 modules one by one.
  timeout: 240_000,
  expect: { timeout: 60_000 },
  use: { ...base.use, baseURL: BASE_URL },
  webServer: {
    command: `npx vite --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
