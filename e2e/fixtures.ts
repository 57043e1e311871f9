// The shared test: page objects as fixtures, and an automatic request log that fails any test that reached off 127.0.0.1.
import { readFileSync } from 'node:fs'
import { test as base, expect } from '@playwright/test'
import { recordRequests } from './offsite-requests'
import type { RequestLog } from './offsite-requests'
import { AppPage } from './pages/app-page'
import { EditorPage } from './pages/editor-page'
import { FormsPage } from './pages/forms-page'

interface Fixtures {
  requests: RequestLog
  app: AppPage
  editor: EditorPage
  forms: FormsPage
}

export const test = base.extend<Fixtures>({
  requests: [
    async ({ context }, use, testInfo) => {
      const log = await recordRequests(context)
      await use(log)
      await testInfo.attach('requests.txt', { body: log.all.join('\n'), contentType: 'text/plain' })
      expect(log.offsite, 'requests that left 127.0.0.1').toEqual([])
    },
    { auto: true },
  ],
  app: async ({ page }, use) => use(new AppPage(page)),
  editor: async ({ page }, use) => use(new EditorPage(page)),
  forms: async ({ page }, use) => use(new FormsPage(page)),
})

export { expect }

/** A scenario file from e2e/scenarios. */
export function scenario(name: string): string {
  return readFileSync(new URL(`./scenarios/${name}`, import.meta.url), 'utf8')
}

/** The app's first document. */
export function example(): string {
  return readFileSync(new URL('../src/examples/secure-app.yaml', import.meta.url), 'utf8')
}
