// posthog.yaml (16 services failing the same rules): group by rule, filter, search, fix one rule in every service in
// one edit, a services list that folds and filters, skip links, and finding cards that are one Tab stop each.
import { readFileSync } from 'node:fs'
import { expect, test as base } from './fixtures'
import { openSlowly } from './pages/open-slowly'
import { AnalysisPage } from './pages/analysis-page'
import { ToolbarPage } from './pages/toolbar-page'
import { FindingsControls } from './pages/findings-controls'

const test = base.extend<{ analysis: AnalysisPage; controls: FindingsControls }>({
  analysis: async ({ page }, use) => use(new AnalysisPage(page)),
  controls: async ({ page }, use) => use(new FindingsControls(page)),
})

const POSTHOG = readFileSync(new URL('../test/corpus/coolify-templates/posthog.yaml', import.meta.url), 'utf8')
const SERVICES = 16

test.beforeEach(async ({ page, analysis }) => {
  await openSlowly(page)
  await new ToolbarPage(page).fileInput.setInputFiles({ name: 'posthog.yaml', mimeType: 'application/x-yaml', buffer: Buffer.from(POSTHOG) })
  await expect(analysis.findingsTab).toHaveText(/Findings\s*1\d\d/)
})

test('group by rule, filter by severity and service, and search', async ({ analysis, controls }) => {
  const total = Number((await analysis.findingsTab.textContent())?.match(/\d+/)?.[0])
  await expect(controls.serviceGroups).toHaveCount(SERVICES)

  await controls.groupByRule()
  const nnp = controls.ruleGroup('require-no-new-privileges')
  await expect(nnp.getByRole('listitem')).toHaveCount(SERVICES)
  await expect(nnp.getByRole('button', { name: `Fix in every service (${SERVICES}): Forbid privilege escalation (no-new-privileges)` })).toBeVisible()

  await controls.severity.selectOption({ label: 'High' })
  await expect(controls.shownStatus).toHaveText(`${2 * SERVICES} of ${total} findings shown.`)
  await expect(controls.list.getByRole('region', { name: /^Findings of rule / })).toHaveCount(2)

  await controls.severity.selectOption({ label: 'All severities' })
  await controls.service.selectOption('web')
  await controls.byService.check({ force: true })
  await expect(controls.serviceGroups).toHaveCount(1)
  await expect(controls.serviceGroup('web')).toBeVisible()

  await controls.service.selectOption('all')
  await controls.search.fill('capabilities redis')
  await expect(controls.shownStatus).toHaveText(`1 of ${total} findings shown.`)
  await expect(analysis.finding('require-cap-drop-all', 'redis')).toBeVisible()
  await controls.search.fill('no such finding')
  await expect(controls.list.getByText('No finding matches these filters.')).toBeVisible()
})

test('fix one rule in every service: one edit, one undo', async ({ editor, controls }) => {
  const before = await editor.text()
  await controls.groupByRule()
  await controls.ruleGroup('require-no-new-privileges').getByRole('button', { name: /^Fix in every service/ }).click()
  await expect(controls.ruleGroup('require-no-new-privileges')).toHaveCount(0)
  const after = await editor.text()
  expect(after.match(/no-new-privileges:true/g)).toHaveLength(SERVICES)
  // Only added lines: every line of the original is still there, in order.
  expect(after.split('\n').length - before.split('\n').length).toBeGreaterThanOrEqual(SERVICES)
  await editor.undo()
  await editor.expectText(before)
})

test('the services list filters and folds; skip links; one Tab stop per finding card', async ({ page, controls, analysis }) => {
  await controls.servicesFilter.fill('temporal')
  await expect(controls.servicesRegion.getByRole('list', { name: 'Services of the file' }).getByRole('listitem')).toHaveCount(4)
  await controls.servicesToggle.click()
  await expect(controls.servicesFilter).toBeHidden()
  await expect(analysis.fileScore).toBeInViewport()
  await controls.servicesToggle.click()

  // The skip links come before the toolbar: the page's first Tab stops.
  await new ToolbarPage(page).open.focus()
  await page.keyboard.press('Shift+Tab')
  await expect(page.getByRole('link', { name: 'Skip to findings' })).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(page.getByRole('link', { name: 'Skip to editor' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('.monaco-editor textarea')).toBeFocused()
  await new ToolbarPage(page).open.focus()
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Enter')
  await expect(page.locator('#findings')).toBeFocused()

  // Past the controls, each card is one stop: Tab goes from card to card, the arrows reach a card's actions.
  const first = analysis.findingButton('require-cap-drop-all', 'db')
  const second = analysis.findingButton('require-no-new-privileges', 'db')
  await first.focus()
  await page.keyboard.press('Tab')
  await expect(second).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(analysis.finding('require-no-new-privileges', 'db').getByRole('button', { name: /^Fix Forbid privilege escalation/ })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowUp')
  await expect(second).toBeFocused()
  // "More" shows the whole message and how to fix it.
  await analysis.finding('require-no-new-privileges', 'db').getByRole('button', { name: /^More/ }).click()
  await expect(analysis.finding('require-no-new-privileges', 'db').getByText('How to fix:')).toBeVisible()
})
