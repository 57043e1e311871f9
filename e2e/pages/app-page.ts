// Page object for the whole page: open it (optionally with a saved document), wait for the editor, reload.
import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

const LOAD_MS = 60_000

export const STORAGE_KEY = 'secure-compose-designer:document'

export class AppPage {
  readonly page: Page
  readonly saveStatus: Locator

  constructor(page: Page) {
    this.page = page
    this.saveStatus = page.getByRole('banner').getByRole('status')
  }

  /** Opens the app; with `document`, as if an earlier version had saved that text (in localStorage, which the app moves to IndexedDB). */
  async open(document?: string): Promise<void> {
    if (document !== undefined) {
      await this.page.addInitScript(
        ({ key, text }) => {
          if (!sessionStorage.getItem('e2e-seeded')) {
            localStorage.setItem(key, text)
            sessionStorage.setItem('e2e-seeded', '1')
          }
        },
        { key: STORAGE_KEY, text: document },
      )
    }
    await this.page.goto('/')
    // A cold load (a fresh context: no cache) of the app and then of Monaco's chunk: on a busy 2-core machine that
    // alone can pass the 15 s of a step, so the load gets its own wait. Everything after it keeps the default.
    await expect(this.page.getByRole('heading', { level: 1, name: 'Secure Compose Designer' })).toBeVisible({ timeout: LOAD_MS })
    await this.page.waitForFunction(() => window.__editor?.getModel() != null, null, { timeout: LOAD_MS })
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText('Saved in this browser')
  }

  async reload(): Promise<void> {
    await this.page.reload()
    await this.page.waitForFunction(() => window.__editor?.getModel() != null, null, { timeout: LOAD_MS })
  }
}
