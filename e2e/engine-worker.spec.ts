// The analysis runs in its own Web Worker; when that worker cannot start, the page says so and analyses on its own
// thread, with the same findings (issue 9).
import { expect, scenario, test } from './fixtures'
import { AnalysisPage } from './pages/analysis-page'
import { HardenPage } from './pages/harden-page'
import { ToolbarPage } from './pages/toolbar-page'

test('findings and Harden come from the engine worker', async ({ app, page }) => {
  const workers: string[] = []
  page.on('worker', (w) => workers.push(w.url()))
  await app.open(scenario('unhardened.yaml'))
  const analysis = new AnalysisPage(page)
  await expect(analysis.finding('no-seccomp-unconfined', 'web')).toBeVisible()
  expect(workers.some((url) => /\/assets\/engine\.worker-[\w-]+\.js$/.test(url)), workers.join('\n')).toBe(true)
  await expect(page.getByText(/The analysis runs on this page/)).toHaveCount(0)

  const harden = new HardenPage(page)
  await new ToolbarPage(page).harden.click()
  await harden.expectDiffContains('no-new-privileges:true')
})

test('when the worker cannot start, the page says why and still analyses, fixes and hardens', async ({ app, editor, page }) => {
  await page.route(/\/assets\/engine\.worker-[\w-]+\.js$/, (route) => route.abort())
  await app.open(scenario('unhardened.yaml'))
  const analysis = new AnalysisPage(page)
  await expect(analysis.score.getByText('The analysis runs on this page because the background worker stopped')).toBeVisible()
  await expect(analysis.finding('no-seccomp-unconfined', 'web')).toBeVisible()

  await editor.typeOver('seccomp:unconfined', 'label:type:web_t')
  await expect(analysis.finding('no-seccomp-unconfined', 'web')).toHaveCount(0)
  await expect(analysis.finding('require-non-root-user', 'worker')).toBeVisible()

  const harden = new HardenPage(page)
  await new ToolbarPage(page).harden.click()
  await harden.expectDiffContains('no-new-privileges:true')
})
