// Type, Tab, click another control: the text commits as focus leaves its form, and the click still lands.
// A click is lost when the layout moves between its press and its release (an Apply button that vanishes on commit).
import { example, expect, test } from './fixtures'
import { HealthLoggingPanel } from './pages/health-logging-panel'

test.beforeEach(async ({ app }) => {
  await app.open()
})

test('type a group, Tab onto Apply user, click the read-only switch: both changes are made', async ({ editor, forms, page }) => {
  // With Capabilities closed, the User and Filesystem panels share the screen: nothing scrolls between the two.
  await forms.settings.getByRole('button', { name: 'Capabilities', exact: true }).click()
  await expect(forms.readOnly).toBeInViewport()
  await forms.group.click()
  await forms.group.press('Control+a')
  await page.keyboard.type('2000')
  await page.keyboard.press('Tab')
  await expect(forms.settings.getByRole('button', { name: 'Apply user' })).toBeFocused()

  await forms.readOnly.click()
  await editor.expectText(
    example()
      .replace('user: "1000:1000"            # never run as root', 'user: "1000:2000"            # never run as root')
      .replace('read_only: true              # immutable root filesystem', 'read_only: false              # immutable root filesystem'),
  )
  await expect(forms.group).toHaveValue('2000')
  await expect(forms.readOnly).not.toBeChecked()
})

test('type an interval, Tab onto Apply health check, click a restart policy: both changes are made', async ({ editor, page }) => {
  const hl = new HealthLoggingPanel(page)
  await hl.startPeriod.click()
  await hl.startPeriod.press('Control+a')
  await page.keyboard.type('20s')
  await page.keyboard.press('Tab')
  await expect(hl.region.getByRole('button', { name: 'Apply health check' })).toBeFocused()

  await hl.policy('always').click()
  await editor.expectText(example().replace('      start_period: 10s\n', '      start_period: 20s\n').replace('    restart: unless-stopped\n    depends_on', '    restart: always\n    depends_on'))
  await expect(hl.policy('always')).toBeChecked()
})
