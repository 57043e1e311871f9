import { fixKey } from '../src/rules/fix'
import { defaultSelection, hardenChoicesFor, hardenSelected } from '../src/scoring/harden-choices'
import { expect, scenario, test as base } from './fixtures'
import { HardenPage } from './pages/harden-page'
import { ToolbarPage } from './pages/toolbar-page'

const test = base.extend<{ toolbar: ToolbarPage; harden: HardenPage }>({
  toolbar: async ({ page }, use) => use(new ToolbarPage(page)),
  harden: async ({ page }, use) => use(new HardenPage(page)),
})

const BEFORE = scenario('unhardened.yaml')

// What the core makes of BEFORE with the safe fixes and worker's user fix: the dialog must apply exactly that.
const WORKER_USER = fixKey({ ruleId: 'require-non-root-user', service: 'worker', line: 11 })
const AFTER = hardenSelected(BEFORE, new Set([...defaultSelection(hardenChoicesFor(BEFORE)), WORKER_USER])).text

test('harden: review the diff, tick an unsafe fix, apply, and undo it with one Ctrl+Z', async ({ app, editor, forms, toolbar, harden }) => {
  await app.open(BEFORE)
  await editor.expectText(BEFORE)
  await forms.selectService('worker')
  await expect(forms.user).toHaveValue('root')

  await toolbar.harden.click()
  await expect(harden.dialog).toBeVisible()
  // Safe fixes start ticked, unsafe ones do not; each says what it does.
  await expect(harden.fix('Keep the default seccomp profile', 'web')).toBeChecked()
  await expect(harden.fix('Forbid privilege escalation (no-new-privileges)', 'worker')).toBeChecked()
  const rootFix = harden.fix('Run as a non-root user', 'worker')
  await expect(rootFix).not.toBeChecked()
  await expect(rootFix).toHaveAccessibleDescription(/Sets user: "1000:1000"/)
  await expect(harden.group('Unsafe fixes')).toContainText('may break the workload')

  // The diff shows the combined change of the safe fixes.
  await expect(harden.diff).toBeVisible()
  await harden.expectDiffContains('no-new-privileges:true')
  await expect.poll(() => harden.scores()).toEqual({ now: 18, after: 43 })

  await rootFix.check()
  await expect.poll(() => harden.scores()).toEqual({ now: 18, after: 51 })
  await harden.expectDiffContains('user: "1000:1000"')
  await expect(harden.apply).toHaveText('Apply 6 fixes')

  await harden.apply.click()
  await expect(harden.dialog).toHaveCount(0)
  await editor.expectText(AFTER)
  // What that is, in words: safe fixes on both services, the seccomp exception gone, comments kept.
  expect(AFTER).toMatch(/^ {4}user: "1000:1000" +# TODO: find out why$/m)
  expect(AFTER.match(/^ {6}- "?no-new-privileges:true"?$/gm)).toHaveLength(2)
  expect(AFTER.match(/^ {8}max-size: 10m$/gm)).toHaveLength(2)
  expect(AFTER).not.toContain('seccomp:unconfined')
  expect(AFTER).toContain('image: nginx:1.27            # the front end')
  await expect(toolbar.message).toContainText('Hardened: 6 fixes applied, score 18 → 51.')
  await expect(forms.user).toHaveValue('1000')

  // The whole harden is one undo step: a single Ctrl+Z restores the original byte for byte.
  await editor.undo()
  await editor.expectText(BEFORE)
  await expect(forms.user).toHaveValue('root')
})

test('harden: Escape and Cancel close the dialog without changing anything; focus returns to the button', async ({ app, editor, page, toolbar, harden }) => {
  await app.open(BEFORE)
  await toolbar.harden.focus()
  await page.keyboard.press('Enter')
  await expect(harden.dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(harden.dialog).toHaveCount(0)
  await expect(toolbar.harden).toBeFocused()

  await toolbar.harden.click()
  await harden.fix('Keep the default seccomp profile', 'web').uncheck()
  await harden.cancel.click()
  await expect(harden.dialog).toHaveCount(0)
  await editor.expectText(BEFORE)
})

test('harden: the dialog is modal: Tab and Shift+Tab stay in it, a click on the page behind it does nothing', async ({ app, editor, page, toolbar, harden }) => {
  await app.open(BEFORE)
  await toolbar.harden.click()
  await harden.expectDiffContains('no-new-privileges:true')
  const focusInDialog = () => harden.dialog.evaluate((d) => d.contains(document.activeElement) && document.activeElement !== d)
  // The focus starts on Close, the first stop; Shift+Tab goes round to Apply, the last, and Tab back.
  const close = harden.dialog.getByRole('button', { name: 'Close' })
  await expect(close).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(harden.apply).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(close).toBeFocused()
  // Round the dialog's tab stops both ways, past each end.
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press(key)
      expect(await focusInDialog(), `after ${i + 1} × ${key}`).toBe(true)
    }
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML)
  // The backdrop covers the page (the corner is outside the dialog): a click there reaches nothing behind it.
  expect(await page.evaluate(() => document.getElementById('root')!.contains(document.elementFromPoint(4, 4)))).toBe(false)
  await page.mouse.click(4, 4)
  await expect(harden.dialog).toBeVisible()
  expect(await page.evaluate(() => document.activeElement?.outerHTML)).toBe(focused)
  await page.keyboard.press('Escape')
  await expect(harden.dialog).toHaveCount(0)
  await editor.expectText(BEFORE)
})

test('harden: a hardened template has nothing to fix', async ({ app, toolbar, harden }) => {
  await app.open()
  const confirm = await toolbar.chooseTemplate('Web service')
  await confirm.getByRole('button', { name: 'Replace with Web service' }).click()
  await toolbar.harden.click()
  await expect(harden.dialog).toContainText('Nothing to fix automatically')
  await expect.poll(() => harden.scores()).toEqual({ now: 100, after: 100 })
  await expect(harden.apply).toBeDisabled()
})

test('harden: the diff folds unchanged lines, opens a fold on click, and shows one column in a narrow window', async ({ app, page, toolbar, harden }) => {
  await app.open(BEFORE)
  await toolbar.harden.click()
  await harden.expectDiffContains('no-new-privileges:true')
  // Lines 1-4 are more than three lines before the first change: folded.
  const fold = harden.diff.getByRole('button', { name: 'Show 4 hidden lines' })
  await expect(fold).toBeVisible()
  await expect(harden.diff.getByText('# Demo stack: a web front end and a worker, before hardening.')).toHaveCount(0)
  await fold.click()
  await expect(fold).toHaveCount(0)
  // The button is gone with its fold; the keyboard stays in the diff (arrow keys scroll it).
  await expect(harden.diff).toBeFocused()
  await expect(harden.diff.getByText('# Demo stack: a web front end and a worker, before hardening.').first()).toBeVisible()

  // Side by side: the removed line and the line that replaced it face each other.
  const removed = harden.diff.locator('[data-tone="removed"]').filter({ hasText: 'seccomp:unconfined' })
  const added = harden.diff.locator('[data-tone="added"]').filter({ hasText: 'no-new-privileges:true' }).first()
  const left = async (l: typeof removed) => (await l.boundingBox())!.x
  expect(await left(added)).toBeGreaterThan(await left(removed))

  // Narrow: one column, the removed line above the added ones, both line numbers in the margin.
  await page.setViewportSize({ width: 700, height: 900 })
  await expect(harden.diff.getByText('Current → Hardened')).toBeVisible()
  await expect.poll(async () => (await left(added)) - (await left(removed))).toBe(0)
})
