// e2e runs against a production build made in `e2e` mode (the only build that exposes window.__editor / __monaco);
// e2e/dev runs against the dev server instead (playwright.dev.config.ts).
import { existsSync } from 'node:fs'
import { chromium, defineConfig } from '@playwright/test'

// E2E_PORT / E2E_OUT let several runs (one per engineer) build and serve side by side.
const PORT = Number(process.env.E2E_PORT ?? 4174)
const OUT_DIR = process.env.E2E_OUT ?? 'dist-e2e'
const BASE_URL = `http://127.0.0.1:${PORT}`

/** CHROMIUM_PATH, else a browser Playwright installed, else Debian's chromium package. */
function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  try {
    const bundled = chromium.executablePath()
    if (bundled && existsSync(bundled)) return bundled
  } catch {
    // No Playwright-managed browser: fall through to the system one.
  }
  return '/usr/bin/chromium'
}

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  testIgnore: 'dev/**',
  outputDir: process.env.E2E_RESULTS ?? 'test-results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  // On CI one retry, reported as "flaky" in the list (a real failure fails twice); locally none, so flakes show.
  retries: process.env.CI ? 1 : 0,
  // axe scans of the whole page take 15–55 s on a busy 2-core machine; 90 s leaves them headroom without hiding a hang.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--disable-features=OptimizationHints,MediaRouter,Translate',
      ],
    },
  },
  webServer: {
    command: `npx vite build --mode e2e --outDir ${OUT_DIR} --emptyOutDir --logLevel warn && npx vite preview --outDir ${OUT_DIR} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    // Always a fresh build of the current sources; a server left on the port fails the run instead of testing stale code.
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
