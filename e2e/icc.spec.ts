// Inter-container traffic: the icc switch of bridge networks as a minimal edit (one undo step), why other networks
// have none, and the Docker daemon settings as a copyable daemon.json snippet.
import { mkdirSync } from 'node:fs'
import { expect, scenario, test } from './fixtures'
import { NetworkPanel } from './pages/network-panel'
import { screenshotPanel } from './pages/panel-screenshot'

const ICC = scenario('icc.yaml')
const OPTION = 'com.docker.network.bridge.enable_icc: "false"'

test.beforeEach(async ({ app }) => {
  await app.open(ICC)
})

test('switching icc off on a flow-style bridge network writes driver_opts in place; Ctrl+Z undoes it in one step', async ({ editor, page }) => {
  const network = new NetworkPanel(page)
  const front = network.iccSwitch('front')
  await expect(front).toBeChecked()
  await expect(network.iccRow('front')).toContainText('Switching icc off would cut web → api')

  await front.uncheck()
  const off = ICC.replace('  front: {}                # the public side', `  front: {driver_opts: {${OPTION}}}                # the public side`)
  await editor.expectText(off)
  await expect(front).not.toBeChecked()
  await expect(network.iccRow('front')).toContainText('Off: containers on it cannot reach each other directly.')
  await expect(network.iccRow('front')).toContainText('They can no longer talk directly')

  await editor.undo()
  await editor.expectText(ICC)
  await expect(front).toBeChecked()
})

test('a block-style bridge network gains driver_opts under its keys, and switching back removes them', async ({ editor, forms, page }) => {
  const network = new NetworkPanel(page)
  await forms.selectService('api')
  await network.iccSwitch('back').uncheck()
  const off = ICC.replace('    internal: true         # no route out\n', `    internal: true         # no route out\n    driver_opts:\n      ${OPTION}\n`)
  await editor.expectText(off)
  await expect(network.iccRow('back')).toContainText('api → db')

  await network.iccSwitch('back').check()
  await editor.expectText(ICC)
})

test('external and overlay networks say why there is no icc switch', async ({ forms, page }) => {
  const network = new NetworkPanel(page)
  await forms.selectService('db')
  await expect(network.iccSwitch('back')).toBeVisible()
  await expect(network.iccSwitch('shared')).toHaveCount(0)
  await expect(network.iccRow('shared')).toContainText('No icc switch: Created outside this file (external)')
  await expect(network.iccRow('shared')).toContainText('docker network create -o com.docker.network.bridge.enable_icc=false shared')
  await expect(network.iccSwitch('mesh')).toHaveCount(0)
  await expect(network.iccRow('mesh')).toContainText('No icc switch: An overlay network spans Docker hosts')
})

test('the Docker daemon settings are advice with a copyable daemon.json', async ({ context, page }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const network = new NetworkPanel(page)
  await network.root.getByRole('button', { name: 'Docker daemon settings…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Docker daemon settings' })
  await expect(dialog).toContainText('This app cannot see your daemon, so it does not check them')
  const snippet = dialog.getByRole('figure', { name: 'daemon.json' })
  await expect(snippet).toContainText('"userns-remap": "default"')
  await expect(dialog.getByRole('listitem').filter({ hasText: '"icc": false' })).toContainText('default bridge only, not user-defined networks')
  await expect(dialog.getByRole('listitem').filter({ hasText: '"userns-remap"' })).toContainText('owned by the remapped IDs')

  await dialog.getByRole('button', { name: 'Copy daemon.json' }).click()
  await expect(dialog.getByRole('status')).toHaveText(/^Copied\./)
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(JSON.parse(copied)).toEqual({
    icc: false,
    'no-new-privileges': true,
    'userns-remap': 'default',
    'live-restore': true,
    'log-driver': 'json-file',
    'log-opts': { 'max-size': '10m', 'max-file': '3' },
  })

  const dir = `${process.env.E2E_RESULTS ?? 'test-results'}/panels`
  mkdirSync(dir, { recursive: true })
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((dark) => document.documentElement.classList.toggle('dark', dark), theme === 'dark')
    await page.screenshot({ path: `${dir}/daemon-settings-${theme}.png`, animations: 'disabled' })
  }
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
})

test('screenshots of Inter-container traffic', async ({ forms, page }) => {
  const network = new NetworkPanel(page)
  await network.iccSwitch('front').uncheck()
  await expect(network.iccSwitch('front')).not.toBeChecked()
  await forms.selectService('db')
  await screenshotPanel(page, network.root, 'network-icc')
})
