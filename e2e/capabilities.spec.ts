import { example, expect, test } from './fixtures'
import { ANCHORED, anchoredWith } from './pages/anchored-defaults'
import { CapabilitiesPanel } from './pages/capabilities-panel'
import { screenshotPanel } from './pages/panel-screenshots'

const APP_DROP = '    cap_drop: [ALL]              # add back only what the app needs\n'
/** Removing the key keeps its line's comment, on a line of its own (the applier never drops a kept line's comment). */
const APP_DROP_GONE = '    # add back only what the app needs\n'
const APP_END = '    depends_on: [db]\n'

test.beforeEach(async ({ app }) => {
  await app.open()
})

test('lists all 41 capabilities with their guidance, and filters them', async ({ page }) => {
  const caps = new CapabilitiesPanel(page)
  await expect(caps.rows).toHaveCount(41)
  await expect(caps.row('NET_BIND_SERVICE')).toContainText('Servers that listen on ports such as 80 or 443')
  await expect(caps.row('CHOWN')).toContainText('Entrypoints that chown data directories')
  await expect(caps.row('SETUID')).toContainText('su-exec, gosu')
  await expect(caps.row('SYS_PTRACE')).toContainText('Debuggers and profilers, temporarily.')
  await expect(caps.row('NET_RAW')).toContainText('ping and traceroute')
  await expect(caps.row('SYS_ADMIN')).toContainText('critical')
  await expect(caps.region.getByText('default', { exact: true })).toHaveCount(14)

  await caps.filter.fill('cap_sys_ptrace')
  await expect(caps.rows).toHaveCount(1)
  await caps.filter.fill('mount')
  await expect(caps.rows).toHaveCount(1)
  await expect(caps.row('SYS_ADMIN')).toBeVisible()
  await caps.filter.fill('nothing like this')
  await expect(caps.rows).toHaveCount(0)
  await caps.region.getByRole('button', { name: 'Clear the filter' }).click()
  await expect(caps.rows).toHaveCount(41)
})

test('granting a capability appends it to cap_add, and Ctrl+Z undoes it in one step', async ({ editor, page }) => {
  const caps = new CapabilitiesPanel(page)
  await expect(caps.dropAll).toBeChecked()
  await expect(caps.region.getByText('None: processes in the container hold no capabilities')).toBeVisible()

  await caps.grant('NET_BIND_SERVICE').check()
  await editor.expectText(example().replace(APP_END, `${APP_END}    cap_add:\n      - NET_BIND_SERVICE\n`))
  await expect(caps.effective.getByRole('listitem')).toHaveText(['NET_BIND_SERVICE'])

  await editor.undo()
  await editor.expectText(example())
  await expect(caps.grant('NET_BIND_SERVICE')).not.toBeChecked()
})

test('Drop ALL off brings back the 14 defaults; taking one away drops it by name', async ({ editor, page }) => {
  const caps = new CapabilitiesPanel(page)
  await caps.dropAll.uncheck()
  await editor.expectText(example().replace(APP_DROP, APP_DROP_GONE))
  await expect(caps.effective.getByRole('listitem')).toHaveCount(14)

  // Keyboard: Space on a focused switch toggles it.
  await caps.grant('NET_RAW').focus()
  await page.keyboard.press('Space')
  await editor.expectText(example().replace(APP_DROP, APP_DROP_GONE).replace(APP_END, `${APP_END}    cap_drop:\n      - NET_RAW\n`))
  await expect(caps.effective.getByRole('listitem')).toHaveCount(13)
  await expect(caps.row('NET_RAW')).toContainText('dropped')

  await caps.dropAll.check()
  await editor.expectText(example().replace(APP_DROP, APP_DROP_GONE).replace(APP_END, `${APP_END}    cap_drop:\n      - NET_RAW\n      - ALL\n`))
  await expect(caps.effective.getByRole('listitem')).toHaveCount(0)
})

test('a cap_drop / cap_add typed in the editor shows in the form', async ({ editor, page }) => {
  const caps = new CapabilitiesPanel(page)
  await editor.typeOver('ALL', 'NET_RAW')
  await expect(caps.dropAll).not.toBeChecked()
  await expect(caps.grant('NET_RAW')).not.toBeChecked()
  await expect(caps.grant('CHOWN')).toBeChecked()
  await expect(caps.row('NET_RAW')).toContainText('dropped')
  await expect(caps.effective.getByRole('listitem')).toHaveCount(13)

  await editor.typeOver('cap_drop', 'cap_add')
  await editor.typeOver('NET_RAW', 'cap_sys_admin')
  await expect(caps.grant('SYS_ADMIN')).toBeChecked()
  await expect(caps.row('SYS_ADMIN')).toContainText('added')
  await expect(caps.effective.getByRole('listitem')).toHaveCount(15)
  await expect(caps.effective.getByText('SYS_ADMIN', { exact: true })).toBeVisible()
})

test('cap_add: ALL locks the switches until it is removed', async ({ editor, page }) => {
  const caps = new CapabilitiesPanel(page)
  await editor.typeOver('cap_drop', 'cap_add')
  await expect(caps.region.getByText('grants all 41 capabilities')).toBeVisible()
  await expect(caps.grant('SYS_ADMIN')).toBeChecked()
  await expect(caps.grant('KILL')).toBeDisabled()
  await caps.region.getByRole('button', { name: 'Remove ALL' }).click()
  await editor.expectText(example().replace(APP_DROP, APP_DROP_GONE))
  await expect(caps.grant('KILL')).toBeEnabled()
  await expect(caps.grant('SYS_ADMIN')).not.toBeChecked()
})

test('screenshots of the Capabilities panel', async ({ editor, page }) => {
  const caps = new CapabilitiesPanel(page)
  await editor.typeOver('ALL', 'ALL, cap_mknod')
  await caps.grant('NET_BIND_SERVICE').check()
  await caps.grant('CHOWN').check()
  await caps.grant('SYS_PTRACE').check()
  await expect(caps.effective.getByRole('listitem')).toHaveCount(3)
  // Show the table from its first row (the last switch clicked scrolled it down).
  await caps.rows.first().evaluate((row) => row.closest('table')!.parentElement!.scrollTo({ top: 0 }))
  await screenshotPanel(page, caps.region, 'capabilities')
})

test('an inherited cap_add is marked, and taking it away overrides the list on the service', async ({ app, editor, page }) => {
  await app.open(ANCHORED)
  const caps = new CapabilitiesPanel(page)
  await expect(caps.row('NET_BIND_SERVICE')).toContainText('added · inherited')
  await expect(caps.region.getByText('inherited from &defaults')).toBeVisible()
  await caps.grant('NET_BIND_SERVICE').uncheck()
  await editor.expectText(anchoredWith('    cap_add: []\n'))
  await expect(caps.effective.getByRole('listitem')).toHaveCount(0)
})
