// Opens the app with the patience a busy machine needs: the first load of a fresh build compiles every chunk, and with
// several builds and browsers sharing two cores it can take longer than AppPage.open's 15 s.
import { expect } from '@playwright/test'
import type { Page } from '@playwright/test'

export async function openSlowly(page: Page): Promise<void> {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Secure Compose Designer' })).toBeVisible({ timeout: 60_000 })
  await page.waitForFunction(() => window.__editor?.getModel() != null, undefined, { timeout: 60_000 })
}
