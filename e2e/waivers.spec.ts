// Waivers round trip in the browser: Waive… writes the comment on the finding's line (one edit, one undo step), the
// finding moves to "Waived" with its reason and stops counting; Ctrl+Z and Unwaive bring it back.
import { expect, test as base } from './fixtures'
import { AnalysisPage } from './pages/analysis-page'

const test = base.extend<{ analysis: AnalysisPage }>({
  analysis: async ({ page }, use) => use(new AnalysisPage(page)),
})

// A public reverse proxy: `80:80` (line 5) binds every interface and a privileged host port, on purpose.
const DOC = `name: edge
services:
  proxy:
    image: traefik:v3.1
    ports:
      - "80:80"
    cap_drop: [ALL]
`
const WAIVED = DOC.replace('"80:80"', '"80:80"  # secure-compose: ignore require-port-host-ip -- public reverse proxy')
const score = async (analysis: AnalysisPage) => Number(await analysis.fileScore.textContent())

test.beforeEach(async ({ app, analysis }) => {
  await app.open(DOC)
  await expect(analysis.finding('require-port-host-ip', 'proxy')).toBeVisible()
})

test('Waive… writes the comment on the finding line; the finding is shown as waived and stops counting; Ctrl+Z restores it', async ({ analysis, editor }) => {
  const before = await score(analysis)
  const badge = await analysis.findingsTab.textContent()
  const item = analysis.finding('require-port-host-ip', 'proxy')

  // The form asks for a reason, names the rule and refuses to waive without one.
  await item.getByRole('button', { name: 'Waive… Bind published ports to a specific host interface on proxy' }).click()
  const form = item.getByRole('form', { name: 'Waive Bind published ports to a specific host interface on proxy' })
  await expect(form).toContainText('# secure-compose: ignore require-port-host-ip -- …')
  await expect(form.getByLabel('Reason')).toBeFocused()
  await form.getByRole('button', { name: 'Waive', exact: true }).click()
  await expect(form.getByLabel('Reason')).toHaveAccessibleDescription(/a waiver without a reason waives nothing/)
  await editor.expectText(DOC)

  await form.getByLabel('Reason').fill('public reverse proxy')
  await form.getByLabel('Reason').press('Enter')
  await editor.expectText(WAIVED)

  await expect(item).toHaveCount(0)
  const waived = analysis.waivedFinding('require-port-host-ip', 'proxy')
  await expect(analysis.waivedFindings).toBeVisible()
  await expect(waived).toContainText('Waived: public reverse proxy')
  await expect(waived).toContainText('waiver on line 6')
  await expect.poll(() => score(analysis)).toBe(before + 7)
  await expect(analysis.findingsTab).not.toHaveText(badge!)
  expect((await analysis.markers()).map((m) => m.message).join('\n')).not.toContain('require-port-host-ip')
  // The other finding on the line still counts.
  await expect(analysis.finding('no-privileged-host-ports', 'proxy')).toBeVisible()

  await analysis.showChecklist()
  const bind = analysis.checklistItem('bind-localhost')
  await expect(bind).toContainText('Waived')
  await expect(bind.getByRole('list', { name: /by service/ })).toContainText('proxywaived (public reverse proxy)')

  await editor.undo()
  await editor.expectText(DOC)
  await analysis.findingsTab.click()
  await expect(analysis.finding('require-port-host-ip', 'proxy')).toBeVisible()
  await expect(analysis.waivedFindings).toHaveCount(0)
  await expect.poll(() => score(analysis)).toBe(before)
})

test('Unwaive removes the rule id, or the comment, and the finding counts again', async ({ analysis, editor }) => {
  const before = await score(analysis)
  await analysis.waive('require-port-host-ip', 'proxy', 'public reverse proxy')
  await editor.expectText(WAIVED)
  // A second waiver with the same reason joins the comment already on the line.
  await analysis.waive('no-privileged-host-ports', 'proxy', 'public reverse proxy')
  await editor.expectText(WAIVED.replace('require-port-host-ip', 'require-port-host-ip, no-privileged-host-ports'))
  await expect.poll(() => score(analysis)).toBe(before + 7 + 3)

  await analysis.unwaive('require-port-host-ip', 'proxy')
  await editor.expectText(DOC.replace('"80:80"', '"80:80"  # secure-compose: ignore no-privileged-host-ports -- public reverse proxy'))
  await expect(analysis.finding('require-port-host-ip', 'proxy')).toBeVisible()
  await analysis.unwaive('no-privileged-host-ports', 'proxy')
  await editor.expectText(DOC)
  await expect(analysis.waivedFindings).toHaveCount(0)
  await expect.poll(() => score(analysis)).toBe(before)
})

test('the waive form works from the keyboard: Enter opens it, Escape closes it unchanged', async ({ analysis, editor, page }) => {
  const item = analysis.finding('require-port-host-ip', 'proxy')
  const open = item.getByRole('button', { name: /^Waive…/ })
  await open.focus()
  await page.keyboard.press('Enter')
  await expect(open).toHaveAttribute('aria-expanded', 'true')
  await expect(item.getByLabel('Reason')).toBeFocused()
  await page.keyboard.type('later')
  await page.keyboard.press('Escape')
  await expect(item.getByRole('form')).toHaveCount(0)
  await expect(open).toBeFocused()
  await editor.expectText(DOC)
})

test('screenshots of a waived finding and the waived checklist item', async ({ analysis, editor, page }) => {
  await page.setViewportSize({ width: 1440, height: 1400 })
  await analysis.waive('require-port-host-ip', 'proxy', 'public reverse proxy')
  await editor.expectText(WAIVED)
  await expect(analysis.waivedFinding('require-port-host-ip', 'proxy')).toBeVisible()
  await analysis.screenshot(analysis.waivedFindings, 'findings-waived')
  const other = analysis.finding('no-privileged-host-ports', 'proxy')
  await other.getByRole('button', { name: /^Waive…/ }).click()
  await other.getByLabel('Reason').fill('HTTP only redirects to HTTPS')
  await analysis.screenshot(other, 'finding-waive-form')
  await analysis.showChecklist()
  await analysis.screenshot(analysis.checklistItem('bind-localhost'), 'checklist-waived')
})
