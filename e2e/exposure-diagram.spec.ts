// The exposure diagram (issue 13.3): the seed's example keeps db on the internal network with no way in from the
// host; a host-network service with the Docker socket shows both risks; a node selects its service; it exports.
import { readFileSync } from 'node:fs'
import { example, expect, test } from './fixtures'
import { AnalysisPage } from './pages/analysis-page'
import { ExposurePage } from './pages/exposure-page'
import { IsolationPanel } from './pages/isolation-panel'

const HOST_AND_SOCKET = `services:
  agent:
    image: portainer/agent:2.21.0
    network_mode: host
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock
  web:
    image: nginx:1.27-alpine
    ports:
      - "8080:80"
`

test('the seed\'s example: db only on the internal network, and no edge from db to the host', async ({ app, page }) => {
  await app.open(example())
  const diagram = new ExposurePage(page)
  await diagram.open()
  await expect(diagram.said('db')).toHaveText([
    'db is only on network backend (internal: no route outside).',
    'db publishes no ports to the host.',
  ])
  await expect(diagram.said('app')).toContainText(['app joins the networks frontend, backend (internal: no route outside).', 'app publishes port 8080 on 127.0.0.1 only'])
  await expect(diagram.edge('port-limited:app->host')).toHaveCount(1)
  await expect(diagram.diagram.locator('[data-edge*=":db->"]')).toHaveCount(0)
  await expect(diagram.node('db')).toHaveAccessibleName('db, grade A')
  // db is drawn inside the backend group's box.
  const group = (await diagram.diagram.locator('[data-group="network:backend"] rect').boundingBox())!
  const db = (await diagram.node('db').locator('rect').last().boundingBox())!
  expect(db.x >= group.x && db.y >= group.y && db.x + db.width <= group.x + group.width && db.y + db.height <= group.y + group.height).toBe(true)
})

test('network_mode: host and a Docker socket mount are both drawn as risks, and said', async ({ app, page }) => {
  await app.open(HOST_AND_SOCKET)
  const diagram = new ExposurePage(page)
  await diagram.open()
  await expect(diagram.edge('host-network:agent->host')).toHaveCount(1)
  await expect(diagram.edge('socket:agent->docker-socket')).toHaveCount(1)
  await expect(diagram.edge('port-risk:web->host')).toContainText('0.0.0.0:8080→80')
  await expect(diagram.node('agent')).toHaveAccessibleName(/^agent, grade F, host network, mounts the Docker socket$/)
  await expect(diagram.said('agent')).toContainText([
    'agent uses the host\'s network (network_mode: host)',
    'agent mounts the container runtime socket /var/run/docker.sock at /var/run/docker.sock: it can start a privileged container and take over the host.',
  ])
  await expect(diagram.said('web')).toContainText(['web publishes port 8080 on every interface of the host (0.0.0.0:8080 → container port 80/tcp): other machines can connect.'])
})

test('a node selects its service (click or Enter), and the diagram follows the text', async ({ app, forms, page }) => {
  await app.open(example())
  const diagram = new ExposurePage(page)
  await diagram.open()
  await diagram.node('db').click()
  await expect(forms.heading).toHaveText('db')
  await expect(diagram.node('db')).toHaveAttribute('aria-current', 'true')
  await diagram.node('app').focus()
  await page.keyboard.press('Enter')
  await expect(forms.heading).toHaveText('app')

  // A form edit while the diagram shows: app becomes privileged, and the node and the words say so.
  await new IsolationPanel(page).switch('Privileged mode').click()
  await expect(diagram.node('app')).toHaveAccessibleName(/^app, grade F, privileged, publishes 127\.0\.0\.1:8080→8080$/)
  await expect(diagram.said('app')).toContainText(['app is privileged'])

  // Showing where a finding is brings the YAML back.
  await new AnalysisPage(page).findingButton('no-privileged', 'app').click()
  await expect(diagram.yamlTab).toHaveAttribute('aria-selected', 'true')
  await expect(diagram.diagram).toBeHidden()
})

test('the diagram exports as SVG and PNG', async ({ app, page }) => {
  await app.open(example())
  const diagram = new ExposurePage(page)
  await diagram.open()
  const [svg] = await Promise.all([page.waitForEvent('download'), diagram.exportSvg.click()])
  expect(svg.suggestedFilename()).toBe('compose-exposure.svg')
  const markup = readFileSync((await svg.path())!, 'utf8')
  expect(markup).toContain('<svg')
  expect(markup).toContain('<title id="exposure-diagram-title">Exposure diagram of compose.yaml</title>')
  expect(markup).toContain('>db<')
  const [png] = await Promise.all([page.waitForEvent('download'), diagram.exportPng.click()])
  expect(png.suggestedFilename()).toBe('compose-exposure.png')
  const bytes = readFileSync((await png.path())!)
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  expect(bytes.length).toBeGreaterThan(2000)
})
