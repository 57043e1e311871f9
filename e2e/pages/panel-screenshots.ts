// Screenshots of one settings panel in the light and the dark theme (docs/panels with UPDATE_SCREENSHOTS=1, else the
// results folder), each theme also scanned with axe, since the panel's warning states are not on the opening page.
import { mkdirSync } from 'node:fs'
import { AxeBuilder } from '@axe-core/playwright'
import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

const dir = process.env.UPDATE_SCREENSHOTS ? 'docs/panels' : `${process.env.E2E_RESULTS ?? 'test-results'}/panels`

async function showTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  // The theme follows a `dark` class on <html>, which the page sets from the system scheme while the preference is "system".
  await page.emulateMedia({ colorScheme: theme })
  await page.evaluate((dark) => document.documentElement.classList.toggle('dark', dark), theme === 'dark')
}

async function axeViolations(page: Page, selector: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include(selector).analyze()
  expect(results.passes.length, `axe checked ${selector}`).toBeGreaterThan(0)
  return results.violations.map((v) => `${v.id} [${v.impact}]: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** `panel` must be a Panel section (its id is `<id>-title`'s region); `name` names the files: <name>-light.png, <name>-dark.png. */
export async function screenshotPanel(page: Page, panel: Locator, name: string): Promise<void> {
  mkdirSync(dir, { recursive: true })
  const selector = `section[aria-labelledby="${await panel.getAttribute('aria-labelledby')}"]`
  // Tall enough that a long panel is not cut by the scrolling settings column.
  await page.setViewportSize({ width: 1440, height: 1800 })
  for (const theme of ['light', 'dark'] as const) {
    await showTheme(page, theme)
    await panel.scrollIntoViewIfNeeded()
    await panel.screenshot({ path: `${dir}/${name}-${theme}.png`, animations: 'disabled' })
    expect(await axeViolations(page, selector), `axe in the ${theme} theme`).toEqual([])
  }
  await showTheme(page, 'light')
}
