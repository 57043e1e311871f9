// "Why?": the rule's reference page, inside the app (issue 10 item 4).
import { mkdirSync } from 'node:fs'
import { expect, scenario, test as base } from './fixtures'
import { AnalysisPage } from './pages/analysis-page'

const test = base.extend<{ analysis: AnalysisPage }>({
  analysis: async ({ page }, use) => use(new AnalysisPage(page)),
})

test('the lightbulb explains why a rule fires, how to fix it by hand and where the advice comes from', async ({ analysis, app, editor, page }) => {
  await app.open(scenario('findings.yaml'))
  await expect(analysis.finding('no-seccomp-unconfined', 'worker')).toBeVisible()
  await editor.select('seccomp:unconfined')
  await analysis.quickFix(/^Why\? .* · no-seccomp-unconfined, Quick Fix$/)

  const dialog = page.getByRole('dialog', { name: 'Keep the default seccomp profile' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('heading', { name: 'Why it matters' })).toBeVisible()
  await expect(dialog.getByRole('heading', { name: 'How to fix it by hand' })).toBeVisible()
  await expect(dialog).toContainText('no-seccomp-unconfined')
  await expect(dialog).toContainText('CIS Docker Benchmark 5.22')
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused()

  const dir = `${process.env.E2E_RESULTS ?? 'test-results'}/screens`
  mkdirSync(dir, { recursive: true })
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme })
    await page.evaluate((dark) => document.documentElement.classList.toggle('dark', dark), theme === 'dark')
    await dialog.screenshot({ path: `${dir}/rule-explanation-${theme}.png` })
  }

  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
})

test('each finding in the list names its rule and explains it with Why?', async ({ analysis, app, page }) => {
  await app.open(scenario('findings.yaml'))
  const item = analysis.finding('no-privileged', 'worker')
  await expect(item).toContainText('no-privileged')
  await item.getByRole('button', { name: /^Why\? / }).click()
  const dialog = page.getByRole('dialog', { name: 'Never run privileged containers' })
  await expect(dialog).toContainText('How to fix it by hand')
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toHaveCount(0)
  // The focus goes back to the button that opened it.
  await expect(item.getByRole('button', { name: /^Why\? / })).toBeFocused()

  const dir = `${process.env.E2E_RESULTS ?? 'test-results'}/screens`
  mkdirSync(dir, { recursive: true })
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme })
    await page.evaluate((dark) => document.documentElement.classList.toggle('dark', dark), theme === 'dark')
    await analysis.findings.screenshot({ path: `${dir}/findings-with-why-${theme}.png` })
  }
})
