import { AxeBuilder } from '@axe-core/playwright'
import { expect, scenario, test } from './fixtures'
import { DevicesPanel } from './pages/devices-panel'
import { screenshotPanel } from './pages/panel-screenshot'

const EXPOSED = scenario('exposed.yaml')

test.beforeEach(async ({ app, forms }) => {
  await app.open(EXPOSED)
  await forms.selectService('gateway')
})

test('devices show both syntaxes, and memory and disks are warned about', async ({ page }) => {
  const devices = new DevicesPanel(page)
  await expect(devices.device('/dev/ttyUSB0')).toContainText('short syntax')
  await expect(devices.device('/dev/ttyUSB0')).toContainText('rw')
  await expect(devices.device('/dev/sda')).toContainText('long syntax')
  await expect(devices.device('/dev/mem')).toContainText('Host memory.')
  await expect(devices.device('/dev/sda')).toContainText('Host disk.')
  await expect(devices.device('/dev/ttyUSB0')).not.toContainText(/Host (memory|disk)/)
})

test('adding and removing devices', async ({ editor, page }) => {
  const devices = new DevicesPanel(page)
  await devices.addDevice({ host: '/dev/ttyACM0', permissions: 'rw' })
  const added = EXPOSED.replace('        permissions: r\n', '        permissions: r\n      - /dev/ttyACM0:/dev/ttyACM0:rw\n')
  await editor.expectText(added)
  await expect(devices.device('/dev/ttyACM0')).toContainText('short syntax')

  await devices.root.getByRole('button', { name: 'Remove device /dev/mem' }).click()
  await editor.expectText(added.replace('      - /dev/mem\n', ''))

  await devices.addDevice({ host: 'ttyS0', permissions: 'x' })
  await expect(devices.root.getByText('The host device must be an absolute path')).toBeVisible()
  await expect(devices.root.getByText('Permissions are r, w and m')).toBeVisible()
})

test('device cgroup rules: broad ones are warned about; add and remove', async ({ editor, page }) => {
  const devices = new DevicesPanel(page)
  await expect(devices.rule('c 188:* rmw')).toContainText('Too broad.')
  await expect(devices.rule('a *:* rwm')).toContainText('Type a allows every host device')
  await expect(devices.rule('c 189:1 rwm')).not.toContainText('Too broad.')

  await devices.addRule('c  166:0   rw')
  const added = EXPOSED.replace("      - 'c 189:1 rwm'\n", "      - 'c 189:1 rwm'\n      - c 166:0 rw\n")
  await editor.expectText(added)
  await devices.root.getByRole('button', { name: 'Remove rule a *:* rwm' }).click()
  await editor.expectText(added.replace("      - 'a *:* rwm'\n", ''))

  await devices.addRule('x 1:2')
  await expect(devices.root.getByText(/Write a rule as/)).toBeVisible()
})

test('devices typed in the editor show in the form', async ({ editor, page }) => {
  const devices = new DevicesPanel(page)
  await editor.typeOver('/dev/mem', '/dev/fuse')
  await expect(devices.device('/dev/fuse')).toBeVisible()
  await expect(devices.root.getByText('Host memory.')).toHaveCount(0)
  await editor.typeOver('a *:* rwm', 'c 10:229 rwm')
  await expect(devices.rule('c 10:229 rwm')).not.toContainText('Too broad.')
})

test('the Devices panel has no serious accessibility violations', async ({ page }) => {
  const results = await new AxeBuilder({ page }).include('section[aria-labelledby="devices-title"]').analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
})

test('screenshots of the Devices panel', async ({ page }) => {
  await screenshotPanel(page, new DevicesPanel(page).root, 'devices')
})
