import { example, expect, test } from './fixtures'
import { ANCHORED, anchoredWith } from './pages/anchored-defaults'
import { IsolationPanel } from './pages/isolation-panel'
import { screenshotPanel } from './pages/panel-screenshots'

const APP_END = '    depends_on: [db]\n'

test.beforeEach(async ({ app }) => {
  await app.open()
})

test('all six switches start off, with what each gives away', async ({ page }) => {
  const iso = new IsolationPanel(page)
  await expect(iso.region.getByRole('switch')).toHaveCount(6)
  for (const s of await iso.region.getByRole('switch').all()) await expect(s).not.toBeChecked()
  await expect(iso.region.getByText('Fully isolated')).toBeVisible()
  await expect(iso.switch('Host process namespace')).toHaveAccessibleDescription(/see and signal every process on the host/)
})

test('switching on writes the setting; switching off removes it again', async ({ editor, page }) => {
  const iso = new IsolationPanel(page)
  await iso.switch('Privileged mode').check()
  await editor.expectText(example().replace(APP_END, `${APP_END}    privileged: true\n`))
  await expect(iso.region.getByText('1 shared with host')).toBeVisible()

  await iso.switch('Host process namespace').check()
  await editor.expectText(example().replace(APP_END, `${APP_END}    privileged: true\n    pid: host\n`))

  await iso.switch('Privileged mode').uncheck()
  await editor.expectText(example().replace(APP_END, `${APP_END}    pid: host\n`))

  await editor.undo()
  await editor.expectText(example().replace(APP_END, `${APP_END}    privileged: true\n    pid: host\n`))
  await expect(iso.switch('Privileged mode')).toBeChecked()
})

test('a namespace typed in the editor shows in the form', async ({ editor, page }) => {
  const iso = new IsolationPanel(page)
  await editor.typeOver('restart: unless-stopped', 'ipc: host')
  await expect(iso.switch('Host IPC namespace')).toBeChecked()
  await editor.typeOver('ipc: host', 'ipc: shareable')
  await expect(iso.switch('Host IPC namespace')).not.toBeChecked()
  await expect(iso.region.getByText("Now ipc: shareable, not the host's.")).toBeVisible()
})

test('screenshots of the Isolation panel', async ({ editor, page }) => {
  const iso = new IsolationPanel(page)
  await iso.switch('Host process namespace').check()
  await iso.switch('Host cgroup namespace').check()
  await expect(iso.region.getByText('2 shared with host')).toBeVisible()
  await editor.ready()
  await screenshotPanel(page, iso.region, 'isolation')
})

test('an inherited ipc: host is marked and switched off with an override', async ({ app, editor, page }) => {
  await app.open(ANCHORED)
  const iso = new IsolationPanel(page)
  await expect(iso.switch('Host IPC namespace')).toBeChecked()
  await expect(iso.region.getByText('inherited from &defaults')).toBeVisible()
  await iso.switch('Host IPC namespace').uncheck()
  await editor.expectText(anchoredWith('    ipc: private\n'))
  await expect(iso.region.getByText("Now ipc: private, not the host's.")).toBeVisible()
})
