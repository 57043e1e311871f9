import { AxeBuilder } from '@axe-core/playwright'
import { expect, scenario, test } from './fixtures'
import { screenshotPanel } from './pages/panel-screenshot'
import { VolumesPanel } from './pages/volumes-panel'

const EXPOSED = scenario('exposed.yaml')
const CACHE_TARGET = '        target: /var/cache/nginx\n'

test.beforeEach(async ({ app }) => {
  await app.open(EXPOSED)
})

test('the read-only switch adds or removes :ro in short syntax and read_only in long syntax', async ({ editor, page }) => {
  const volumes = new VolumesPanel(page)
  await expect(volumes.readOnly('/usr/share/nginx/html')).toBeChecked()
  await expect(volumes.readOnly('/host/etc')).not.toBeChecked()

  await volumes.readOnly('/host/etc').check()
  const etcRo = EXPOSED.replace('      - /etc:/host/etc\n', '      - /etc:/host/etc:ro\n')
  await editor.expectText(etcRo)
  await expect(volumes.row('/host/etc')).toContainText('Even read-only')

  await volumes.readOnly('/usr/share/nginx/html').uncheck()
  const siteRw = etcRo.replace('- ./site:/usr/share/nginx/html:ro', '- ./site:/usr/share/nginx/html')
  await editor.expectText(siteRw)

  await volumes.readOnly('/var/cache/nginx').check()
  await editor.expectText(siteRw.replace(CACHE_TARGET, `${CACHE_TARGET}        read_only: true\n`))
  await volumes.readOnly('/var/cache/nginx').uncheck()
  await editor.expectText(siteRw)

  await editor.undo()
  await editor.expectText(siteRw.replace(CACHE_TARGET, `${CACHE_TARGET}        read_only: true\n`))
  await expect(volumes.readOnly('/var/cache/nginx')).toBeChecked()
})

test('the Docker socket and host system directories are explained', async ({ page }) => {
  const volumes = new VolumesPanel(page)
  await expect(volumes.row('/var/run/docker.sock')).toContainText('Docker socket.')
  await expect(volumes.row('/var/run/docker.sock')).toContainText('take over the host')
  await expect(volumes.row('/host/etc')).toContainText('Host system directory.')
  await expect(volumes.row('/host/etc')).toContainText(/\/etc holds the host.s configuration/)
  await expect(volumes.row('/var/cache/nginx').getByText(/socket|system directory/)).toHaveCount(0)
})

test('adding and removing volumes', async ({ editor, page }) => {
  const volumes = new VolumesPanel(page)
  await volumes.add({ type: 'Volume', source: 'logs', target: '/var/log/nginx' })
  const withLogs = EXPOSED.replace(CACHE_TARGET, `${CACHE_TARGET}      - logs:/var/log/nginx\n`).replace('  db-data: {}\n', '  db-data: {}\n  logs: {}\n')
  await editor.expectText(withLogs)

  await volumes.add({ type: 'Bind mount', source: './conf', target: '/etc/nginx/conf.d', readOnly: true })
  const withConf = withLogs.replace('      - logs:/var/log/nginx\n', '      - logs:/var/log/nginx\n      - ./conf:/etc/nginx/conf.d:ro\n')
  await editor.expectText(withConf)
  await expect(volumes.readOnly('/etc/nginx/conf.d')).toBeChecked()

  await volumes.root.getByRole('button', { name: 'Remove volume /var/run/docker.sock' }).click()
  await editor.expectText(withConf.replace('      - /var/run/docker.sock:/var/run/docker.sock   # for the label-based proxy\n', ''))

  await volumes.add({ type: 'Bind mount', source: 'conf', target: 'x' })
  await expect(volumes.root.getByText('A host path starts with /')).toBeVisible()
  await expect(volumes.root.getByText('The container path must be absolute')).toBeVisible()
})

test('a volume edited in the editor shows in the form', async ({ editor, page }) => {
  const volumes = new VolumesPanel(page)
  await editor.typeOver('/etc:/host/etc', '/etc/ssl/certs:/host/etc:ro')
  await expect(volumes.readOnly('/host/etc')).toBeChecked()
  await expect(volumes.row('/host/etc')).toContainText('/etc/ssl/certs')
  await expect(volumes.row('/host/etc')).toContainText('Even read-only')
})

test('the volumes have no serious accessibility violations', async ({ page }) => {
  const results = await new AxeBuilder({ page }).include('section[aria-labelledby="filesystem-title"]').analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
})

test('screenshots of the Filesystem panel', async ({ page }) => {
  await screenshotPanel(page, new VolumesPanel(page).root, 'filesystem')
})
