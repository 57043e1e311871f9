import { expect, scenario, test as base } from './fixtures'
import { AnalysisPage } from './pages/analysis-page'

const test = base.extend<{ analysis: AnalysisPage }>({
  analysis: async ({ page }, use) => use(new AnalysisPage(page)),
})

// e2e/scenarios/findings.yaml: `app` is hardened (only its image tag is loose); `worker` (from line 26) is privileged
// (line 32) and turns seccomp off (line 34).
const DOC = scenario('findings.yaml')
const PRIVILEGED = '    privileged: true             # "needed" for the old plugin\n'
const SECCOMP = '      - seccomp:unconfined       # left over from debugging\n'
const ERROR = 8
const INFO = 2

test.beforeEach(async ({ app, analysis }) => {
  await app.open(DOC)
  await expect(analysis.findingsTab).toHaveText(/Findings\s*6/)
})

test('findings are editor markers of their own owner, beside the schema markers', async ({ analysis, editor }) => {
  await expect.poll(() => analysis.markers()).toHaveLength(6)
  const markers = await analysis.markers()
  expect(markers.filter((m) => m.line === 32)).toEqual([
    { line: 32, severity: ERROR, message: expect.stringMatching(/^Service runs privileged.*\nno-privileged · unsafe fix/s) },
  ])
  expect(markers.filter((m) => m.line === 34)).toEqual([{ line: 34, severity: ERROR, message: expect.stringMatching(/\nno-seccomp-unconfined · safe fix/) }])
  expect(markers.find((m) => m.line === 6)).toMatchObject({ severity: INFO, message: expect.stringMatching(/require-image-pinning · no automatic fix$/) })

  // A schema problem is reported by monaco-yaml under its own owner; the findings' markers do not change.
  await editor.typeOver('name: shop', 'nme: shop')
  await expect.poll(() => editor.markerMessages()).toContain('Property nme is not allowed.')
  expect((await analysis.markers()).map((m) => m.message)).not.toContain('Property nme is not allowed.')
  await expect.poll(() => analysis.markers()).toHaveLength(6)
})

test('a safe quick fix from the lightbulb changes the YAML exactly, in one undo step, and its marker goes', async ({ analysis, editor }) => {
  await editor.select('seccomp:unconfined')
  await analysis.quickFix(/^Fix: Remove `seccomp:unconfined`/)
  await editor.expectText(DOC.replace(SECCOMP, ''))
  await expect.poll(async () => (await analysis.markers()).map((m) => m.message).join('\n')).not.toContain('no-seccomp-unconfined')
  await expect(analysis.finding('no-seccomp-unconfined', 'worker')).toHaveCount(0)

  await editor.undo()
  await editor.expectText(DOC)
  await expect(analysis.finding('no-seccomp-unconfined', 'worker')).toBeVisible()
})

test('an unsafe quick fix says so and first shows its change in the findings list; applying it runs its rule\'s plan', async ({ analysis, editor, page }) => {
  await page.getByRole('tab', { name: /Checklist/ }).click()
  await editor.select('privileged: true')
  await analysis.quickFix('Review fix (unsafe): Remove `privileged: true`, Quick Fix')
  const item = analysis.finding('no-privileged', 'worker')
  const confirm = item.getByRole('group', { name: 'Apply this fix? It may break the workload.' })
  await expect(confirm).toBeVisible()
  await expect(confirm.getByRole('figure')).toContainText('removed: -    privileged: true')
  await editor.expectText(DOC)
  await confirm.getByRole('button', { name: 'Apply fix' }).click()
  await editor.expectText(DOC.replace(PRIVILEGED, ''))
  await expect.poll(async () => (await analysis.markers()).some((m) => m.message.includes('no-privileged'))).toBe(false)
  await expect(analysis.finding('no-privileged', 'worker')).toHaveCount(0)
})

test('the lightbulb also opens the panel that governs the finding', async ({ analysis, editor, forms }) => {
  await expect(forms.heading).toHaveText('app')
  await editor.select('privileged: true')
  await analysis.quickFix(/^Open Isolation for worker/)
  await expect(forms.heading).toHaveText('worker')
  const isolation = forms.settings.getByRole('region', { name: 'Isolation' })
  await expect(isolation).toBeFocused()
  await expect(isolation).toBeInViewport()
})

test('a click on a finding selects its service, opens its panel and reveals its line', async ({ analysis, editor, forms, page }) => {
  await expect(forms.heading).toHaveText('app')
  // Close the panel first: the finding opens it again.
  const disclosure = forms.settings.getByRole('button', { name: 'Isolation', exact: true })
  await disclosure.click()
  await expect(disclosure).toHaveAttribute('aria-expanded', 'false')
  await editor.select('name: shop')

  await analysis.findingButton('no-privileged', 'worker').click()
  await expect(forms.heading).toHaveText('worker')
  await expect(forms.services.getByRole('button', { name: /^worker\b/ })).toHaveAttribute('aria-current', 'true')
  const isolation = forms.settings.getByRole('region', { name: 'Isolation' })
  await expect(isolation).toBeFocused()
  await expect(isolation).toBeInViewport()
  // Only the settings column scrolled, not the page around it.
  await expect(page.getByRole('banner')).toBeInViewport({ ratio: 1 })
  await expect(forms.settings.getByRole('button', { name: 'Isolation', exact: true })).toHaveAttribute('aria-expanded', 'true')
  await expect.poll(() => analysis.cursorLine()).toBe(32)
  await expect(page.locator('.monaco-editor .view-line').filter({ hasText: 'privileged: true' })).toBeInViewport()
})

test('a Fix button applies a safe fix at once; Ctrl+Z in the editor undoes it', async ({ analysis, editor }) => {
  await analysis.finding('require-no-new-privileges', 'worker').getByRole('button', { name: 'Fix Forbid privilege escalation (no-new-privileges) on worker' }).click()
  const fixed = DOC.replace('      - apparmor:docker-default\n    deploy:\n      resources:\n        limits: {cpus: "0.5"', '      - apparmor:docker-default\n      - no-new-privileges:true\n    deploy:\n      resources:\n        limits: {cpus: "0.5"')
  expect(fixed).not.toBe(DOC)
  await editor.expectText(fixed)
  await expect(analysis.finding('require-no-new-privileges', 'worker')).toHaveCount(0)
  await expect(analysis.findingsTab).toHaveText(/Findings\s*5/)
  await editor.undo()
  await editor.expectText(DOC)
})

test('Fix… shows what an unsafe fix changes and applies it only when confirmed', async ({ analysis, editor }) => {
  const item = analysis.finding('no-privileged', 'worker')
  await item.getByRole('button', { name: /^Fix…/ }).click()
  const confirm = item.getByRole('group', { name: 'Apply this fix? It may break the workload.' })
  await expect(confirm).toContainText('Removes `privileged: true`; grant the few capabilities')
  await expect(confirm.getByRole('figure')).toContainText('Change from line 32')
  await expect(confirm.getByRole('figure')).toContainText('removed: -    privileged: true             # "needed" for the old plugin')
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await expect(confirm).toHaveCount(0)
  await editor.expectText(DOC)

  await item.getByRole('button', { name: /^Fix…/ }).click()
  await item.getByRole('button', { name: 'Apply fix' }).click()
  await editor.expectText(DOC.replace(PRIVILEGED, ''))
  await expect(item).toHaveCount(0)
})

test('findings follow what is typed in the editor', async ({ analysis, editor }) => {
  await expect(analysis.finding('no-privileged', 'worker')).toBeVisible()
  await editor.typeOver('privileged: true', 'privileged: false')
  await expect(analysis.finding('no-privileged', 'worker')).toHaveCount(0)
  await expect.poll(async () => (await analysis.markers()).some((m) => m.line === 32)).toBe(false)
  await editor.typeOver('privileged: false', 'privileged: true')
  await expect(analysis.finding('no-privileged', 'worker')).toBeVisible()
})

test('findings are grouped by service, then by severity', async ({ analysis }) => {
  const groups = analysis.findings.getByRole('region')
  await expect(groups).toHaveCount(2)
  await expect(groups.nth(0)).toHaveAccessibleName('Findings of app')
  const worker = groups.nth(1)
  await expect(worker).toHaveAccessibleName('Findings of worker')
  await expect(worker.getByRole('list')).toHaveCount(3)
  await expect(worker.getByRole('list').nth(0)).toHaveAccessibleName('Critical severity')
  await expect(worker.getByRole('list').nth(1)).toHaveAccessibleName('High severity')
  await expect(worker.getByRole('list').nth(1).getByRole('listitem')).toHaveCount(3)
  await expect(worker.getByRole('list').nth(2)).toHaveAccessibleName('Low severity')
})

test('screenshots of the findings', async ({ analysis, page }) => {
  await page.setViewportSize({ width: 1440, height: 1500 })
  await expect(analysis.finding('no-privileged', 'worker')).toBeVisible()
  await analysis.finding('no-privileged', 'worker').getByRole('button', { name: /^Fix…/ }).click()
  await expect(analysis.findings.getByRole('figure')).toBeVisible()
  await analysis.screenshot(analysis.analysis, 'findings')
})
