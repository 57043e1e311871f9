import { example, expect, test } from './fixtures'
import { screenshotPanel } from './pages/panel-screenshots'
import { SecurityOptionsPanel } from './pages/security-options-panel'

// The app service's security_opt in the example (the first service, so String.replace hits it, not db's).
const APP_OPTS = '      - no-new-privileges:true\n      - apparmor:docker-default\n'
const withApp = (items: string) => example().replace(APP_OPTS, items)

test.beforeEach(async ({ app }) => {
  await app.open()
})

test('shows the example: no-new-privileges on, default seccomp, the docker-default AppArmor profile, default SELinux', async ({ page }) => {
  const so = new SecurityOptionsPanel(page)
  await expect(so.noNewPrivileges).toBeChecked()
  await expect(so.choice('Seccomp profile', 'Default')).toBeChecked()
  await expect(so.choice('AppArmor profile', 'Named profile')).toBeChecked()
  await expect(so.appArmorProfile).toHaveValue('docker-default')
  await expect(so.choice('SELinux label', 'Default')).toBeChecked()
  await expect(so.seccompPath).toHaveCount(0)
})

test('seccomp unconfined is appended and flagged, default removes it, Ctrl+Z undoes one step', async ({ editor, page }) => {
  const so = new SecurityOptionsPanel(page)
  await so.choice('Seccomp profile', 'Unconfined').check()
  await editor.expectText(withApp(`${APP_OPTS}      - seccomp:unconfined\n`))
  await expect(so.region.getByText('Syscall filtering is off.')).toBeVisible()

  await so.choice('Seccomp profile', 'Default').check()
  await editor.expectText(example())
  await expect(so.region.getByText('Syscall filtering is off.')).toHaveCount(0)

  await editor.undo()
  await editor.expectText(withApp(`${APP_OPTS}      - seccomp:unconfined\n`))
  await expect(so.choice('Seccomp profile', 'Unconfined')).toBeChecked()
})

test('a custom seccomp profile is written once its path is complete, then replaced in place', async ({ editor, page }) => {
  const so = new SecurityOptionsPanel(page)
  await so.choice('Seccomp profile', 'Custom profile').check()
  await expect(so.seccompPath).toBeVisible()
  await editor.expectText(example())

  await so.seccompPath.press('Enter')
  await expect(so.region.getByText('Enter the path of a seccomp profile')).toBeVisible()
  await editor.expectText(example())

  await so.seccompPath.fill('./seccomp/app.json')
  await so.seccompPath.press('Enter')
  await editor.expectText(withApp(`${APP_OPTS}      - seccomp:./seccomp/app.json\n`))

  await so.seccompPath.fill('./seccomp/strict.json')
  await so.region.getByRole('button', { name: 'Apply seccomp profile path' }).click()
  await editor.expectText(withApp(`${APP_OPTS}      - seccomp:./seccomp/strict.json\n`))
})

test('AppArmor unconfined replaces the profile item in place; default removes it', async ({ editor, page }) => {
  const so = new SecurityOptionsPanel(page)
  await so.choice('AppArmor profile', 'Unconfined').check()
  await editor.expectText(withApp('      - no-new-privileges:true\n      - apparmor:unconfined\n'))
  await expect(so.region.getByText('AppArmor is off.')).toBeVisible()

  await so.choice('AppArmor profile', 'Default').check()
  await editor.expectText(withApp('      - no-new-privileges:true\n'))
})

test('SELinux options become one label item each; disable keeps one, flagged', async ({ editor, page }) => {
  const so = new SecurityOptionsPanel(page)
  await so.choice('SELinux label', 'Label options').check()
  await so.selinuxOptions.fill('type:container_t level:s0:c100,c200')
  await so.selinuxOptions.press('Enter')
  await editor.expectText(withApp(`${APP_OPTS}      - label:type:container_t\n      - label:level:s0:c100,c200\n`))

  await so.choice('SELinux label', 'Disable').check()
  await editor.expectText(withApp(`${APP_OPTS}      - label:disable\n`))
  await expect(so.region.getByText('SELinux separation is off.')).toBeVisible()
})

test('options typed in the editor show in the form', async ({ editor, page }) => {
  const so = new SecurityOptionsPanel(page)
  await editor.typeOver('apparmor:docker-default', 'apparmor=unconfined')
  await expect(so.choice('AppArmor profile', 'Unconfined')).toBeChecked()
  await expect(so.region.getByText('AppArmor is off.')).toBeVisible()

  await editor.typeOver('apparmor=unconfined', 'label=disable')
  await expect(so.choice('SELinux label', 'Disable')).toBeChecked()
  await expect(so.choice('AppArmor profile', 'Default')).toBeChecked()

  await editor.typeOver('label=disable', 'seccomp=./p.json')
  await expect(so.choice('Seccomp profile', 'Custom profile')).toBeChecked()
  await expect(so.seccompPath).toHaveValue('./p.json')
  await expect(so.choice('SELinux label', 'Default')).toBeChecked()
})

test('screenshots of the Security options panel', async ({ editor, page }) => {
  const so = new SecurityOptionsPanel(page)
  await so.choice('Seccomp profile', 'Unconfined').check()
  await so.choice('SELinux label', 'Label options').check()
  await so.selinuxOptions.fill('type:container_t')
  await so.selinuxOptions.press('Enter')
  await editor.expectText(withApp(`${APP_OPTS}      - seccomp:unconfined\n      - label:type:container_t\n`))
  await screenshotPanel(page, so.region, 'security-options')
})
