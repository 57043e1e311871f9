// The README's first command works: under `npm run dev` (StrictMode, unbundled modules) the editor loads, the
// dialogs open, a template and a quick fix apply, and the page never reloads by itself (a late dependency re-bundle).
import { readFileSync } from 'node:fs'
import { parseCompose } from '../../src/compose/read/parse'
import { analyze } from '../../src/rules/engine'
import { defaultSelection, hardenChoicesFor, hardenSelected } from '../../src/scoring/harden-choices'
import { previewFix } from '../../src/rules/fix-preview'
import { expect, scenario, test as base } from '../fixtures'
import { AnalysisPage } from '../pages/analysis-page'
import { HardenPage } from '../pages/harden-page'
import { ToolbarPage } from '../pages/toolbar-page'

const test = base.extend<{ analysis: AnalysisPage; toolbar: ToolbarPage; harden: HardenPage }>({
  analysis: async ({ page }, use) => use(new AnalysisPage(page)),
  toolbar: async ({ page }, use) => use(new ToolbarPage(page)),
  harden: async ({ page }, use) => use(new HardenPage(page)),
})

const BEFORE = scenario('unhardened.yaml')
const WEB_TEMPLATE = readFileSync(new URL('../../src/examples/templates/web.yaml', import.meta.url), 'utf8')

/** What the Fix button of `ruleId` on `service` must make of `text`, by the core's own plan. */
function fixed(text: string, ruleId: string, service: string): string {
  const file = parseCompose(text)
  const finding = analyze(file).find((f) => f.ruleId === ruleId && f.service === service)
  expect(finding, `${ruleId} on ${service}`).toBeDefined()
  const preview = previewFix(finding!, file)
  if (!preview.ok) throw new Error(preview.error)
  return preview.text
}

test('dev server: editor, quick fix, Harden and a template all work', async ({ page, app, editor, analysis, toolbar, harden }) => {
  const errors: string[] = []
  page.on('pageerror', (err) => errors.push(err.message))
  const loads: string[] = []
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) loads.push(frame.url())
  })

  await app.open(BEFORE)
  await expect(page.locator('.monaco-editor .view-lines')).toContainText('image: ghcr.io/example/worker:2.1')
  await editor.expectText(BEFORE)

  // A safe quick fix from the findings list.
  const afterFix = fixed(BEFORE, 'require-no-new-privileges', 'worker')
  expect(afterFix).not.toBe(BEFORE)
  await analysis.finding('require-no-new-privileges', 'worker').getByRole('button', { name: 'Fix Forbid privilege escalation (no-new-privileges) on worker' }).click()
  await editor.expectText(afterFix)
  await expect(analysis.finding('require-no-new-privileges', 'worker')).toHaveCount(0)

  // Harden opens (StrictMode mounts its dialog twice), Escape closes it and focus goes back to the button.
  await toolbar.harden.click()
  await expect(harden.dialog).toBeVisible()
  await harden.expectDiffContains('no-new-privileges:true')
  await page.keyboard.press('Escape')
  await expect(harden.dialog).toHaveCount(0)
  await expect(toolbar.harden).toBeFocused()
  await editor.expectText(afterFix)

  // Opened again, it applies the safe fixes.
  await toolbar.harden.click()
  await expect(harden.apply).toBeEnabled()
  await harden.apply.click()
  await expect(harden.dialog).toHaveCount(0)
  await editor.expectText(hardenSelected(afterFix, defaultSelection(hardenChoicesFor(afterFix))).text)

  // A template replaces the document after its confirmation.
  const confirm = await toolbar.chooseTemplate('Web service')
  await expect(confirm).toBeVisible()
  await confirm.getByRole('button', { name: 'Replace with Web service' }).click()
  await expect(confirm).toHaveCount(0)
  await editor.expectText(WEB_TEMPLATE)

  expect(loads, 'the page loaded once and never reloaded itself').toHaveLength(1)
  expect(errors, 'uncaught errors in the page').toEqual([])
})
