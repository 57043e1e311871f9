import { AxeBuilder } from '@axe-core/playwright'
import { expect, scenario, test } from './fixtures'
import { NetworkPanel } from './pages/network-panel'
import { screenshotPanel } from './pages/panel-screenshot'

const EXPOSED = scenario('exposed.yaml')
const LONG_PORT = '        published: "8443"\n'

test.beforeEach(async ({ app }) => {
  await app.open(EXPOSED)
})

test('binding one port, then every port, to 127.0.0.1 rewrites only those ports; Ctrl+Z undoes it', async ({ editor, page }) => {
  const network = new NetworkPanel(page)
  await expect(network.ports.getByRole('row')).toHaveCount(6) // header, 3 ports, 2 warnings
  await network.bindButton('8080:80').click()
  await editor.expectText(EXPOSED.replace('"8080:80"', '"127.0.0.1:8080:80"'))
  await expect(network.bindButton('8080:80')).toHaveCount(0)

  await editor.undo()
  await editor.expectText(EXPOSED)
  await network.root.getByRole('button', { name: 'Bind all to 127.0.0.1' }).click()
  await editor.expectText(EXPOSED.replace('"8080:80"', '"127.0.0.1:8080:80"').replace(LONG_PORT, `${LONG_PORT}        host_ip: 127.0.0.1\n`))
  await expect(network.root.getByText('Open on every interface')).toHaveCount(0)
})

test('adding and removing ports', async ({ editor, page }) => {
  const network = new NetworkPanel(page)
  await network.addPort({ published: '8081', target: '81', protocol: 'udp' })
  await editor.expectText(EXPOSED.replace(LONG_PORT, `${LONG_PORT}      - 127.0.0.1:8081:81/udp\n`))
  await expect(network.portRow('8081')).toContainText('udp')

  await network.root.getByRole('button', { name: 'Remove port 127.0.0.1:9090:9090' }).click()
  await editor.expectText(EXPOSED.replace(LONG_PORT, `${LONG_PORT}      - 127.0.0.1:8081:81/udp\n`).replace('      - 127.0.0.1:9090:9090    # metrics, this host only\n', ''))

  await network.addPort({ hostIp: 'localhost', target: '80' })
  await expect(network.root.getByText('Write an IP address')).toBeVisible()
})

test('a port typed in the editor shows in the table, with its warning', async ({ editor, page }) => {
  const network = new NetworkPanel(page)
  await expect(network.bindButton('9090:9090')).toHaveCount(0)
  await editor.typeOver('127.0.0.1:9090:9090', '9090:9090')
  await expect(network.bindButton('9090:9090')).toBeVisible()
  await expect(network.portRow('9090')).toContainText('all interfaces')
})

test('joining and leaving networks, and the internal switch of top-level networks', async ({ editor, forms, page }) => {
  const network = new NetworkPanel(page)
  await network.root.getByRole('button', { name: 'Join network backend' }).click()
  await editor.expectText(EXPOSED.replace('networks: [frontend]', 'networks: [frontend, backend]'))
  await expect(network.networks.getByRole('listitem')).toHaveCount(2)

  await network.join('metrics')
  const joined = EXPOSED.replace('networks: [frontend]', 'networks: [frontend, backend, metrics]').replace(
    '    internal: true             # no route out\n',
    '    internal: true             # no route out\n  metrics: {}\n',
  )
  await editor.expectText(joined)

  await network.internalSwitch('backend').uncheck()
  await editor.expectText(joined.replace('internal: true', 'internal: false'))
  await network.internalSwitch('metrics').check()
  await editor.expectText(joined.replace('internal: true', 'internal: false').replace('metrics: {}', 'metrics: {internal: true}'))

  await forms.selectService('db')
  await network.root.getByRole('button', { name: 'Leave network frontend' }).first().click()
  await expect.poll(() => editor.text()).toContain('    networks: [backend]\n    volumes:\n      - db-data')
})

test('network mode: host is explained and warned about, none explained, and the mode follows the editor', async ({ editor, forms, page }) => {
  const network = new NetworkPanel(page)
  await expect(network.mode).toHaveValue('default')
  await expect(network.mode.getByRole('option', { name: 'host' })).toBeDisabled()

  await forms.selectService('gateway')
  await expect(network.mode).toHaveValue('host')
  await expect(network.root.getByText('Host network.')).toBeVisible()
  await network.mode.selectOption('none')
  await editor.expectText(EXPOSED.replace('network_mode: host', 'network_mode: none'))
  await expect(network.root.getByText('No network.')).toBeVisible()

  await network.mode.selectOption('container')
  await network.root.getByLabel('Container name or ID').fill('vpn')
  await network.root.getByLabel('Container name or ID').press('Enter')
  await editor.expectText(EXPOSED.replace('network_mode: host', 'network_mode: container:vpn'))

  await network.mode.selectOption('default')
  await editor.expectText(EXPOSED.replace('    network_mode: host\n', ''))
  await expect(network.networks.getByRole('listitem')).toHaveText([/default/])

  await editor.undo()
  await editor.typeOver('network_mode: container:vpn', 'network_mode: host')
  await expect(network.mode).toHaveValue('host')
  await expect(network.root.getByText('Host network.')).toBeVisible()
})

test('the database hint says what is wrong and fixes it', async ({ editor, forms, page }) => {
  const network = new NetworkPanel(page)
  await forms.selectService('db')
  const hint = network.root.getByRole('status').filter({ hasText: 'Database (postgres)' })
  await expect(hint).toContainText('Publishes 1 port.')
  await expect(hint).toContainText('Also on frontend, which is not internal.')

  await hint.getByRole('button', { name: 'Remove published ports' }).click()
  await editor.expectText(EXPOSED.replace('    ports:\n      - "5432:5432"\n', ''))
  await hint.getByRole('button', { name: 'Leave network frontend' }).click()
  await editor.expectText(EXPOSED.replace('    ports:\n      - "5432:5432"\n', '').replace('networks: [frontend, backend]', 'networks: [backend]'))
  await expect(hint).not.toContainText('Publishes')
  await expect(hint).not.toContainText('not internal')
})

test('the Network panel has no serious accessibility violations', async ({ forms, page }) => {
  for (const name of ['web', 'db', 'gateway']) {
    await forms.selectService(name)
    const results = await new AxeBuilder({ page }).include('section[aria-labelledby="network-title"]').analyze()
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(serious.map((v) => `${name}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  }
})

test('screenshots of the Network panel', async ({ forms, page }) => {
  const network = new NetworkPanel(page)
  await screenshotPanel(page, network.root, 'network')
  await forms.selectService('db')
  await screenshotPanel(page, network.root, 'network-database')
  await forms.selectService('gateway')
  await screenshotPanel(page, network.root, 'network-host')
})
