import { example, expect, test } from './fixtures'
import { ANCHORED, anchoredWith } from './pages/anchored-defaults'
import { screenshotPanel } from './pages/panel-screenshots'
import { ResourcesPanel } from './pages/resources-panel'

test.beforeEach(async ({ app }) => {
  await app.open()
})

test('shows the limits where the file writes them', async ({ page }) => {
  const res = new ResourcesPanel(page)
  await expect(res.field('CPU limit')).toHaveValue('1')
  await expect(res.field('Memory limit')).toHaveValue('512M')
  await expect(res.field('Memory reservation')).toHaveValue('128M')
  await expect(res.field('PIDs limit')).toHaveValue('100')
  await expect(res.field('CPU shares')).toHaveValue('')
  await expect(res.field('Memory limit')).toHaveAccessibleDescription('limits.memory')
  await expect(res.field('PIDs limit')).toHaveAccessibleDescription('limits.pids')
})

test('an edit keeps the place and quoting of the value; clearing deletes the key', async ({ editor, page }) => {
  const res = new ResourcesPanel(page)
  await res.set('CPU limit', '2')
  await editor.expectText(example().replace('          cpus: "1"\n', '          cpus: "2"\n'))

  await res.set('Memory limit', '')
  await editor.expectText(example().replace('          cpus: "1"\n', '          cpus: "2"\n').replace('          memory: 512M\n', ''))
  await expect(res.region.getByText(/No memory limit\./)).toBeVisible()

  await editor.undo()
  await editor.expectText(example().replace('          cpus: "1"\n', '          cpus: "2"\n'))
  await expect(res.field('Memory limit')).toHaveValue('512M')
})

test('a new setting is written as its service key, committed when focus leaves the field', async ({ editor, page }) => {
  const res = new ResourcesPanel(page)
  await res.field('Memory + swap limit').fill('1G')
  await res.field('CPU set').focus()
  await editor.expectText(example().replace('    depends_on: [db]\n', '    depends_on: [db]\n    memswap_limit: 1G\n'))
  await expect(res.field('Memory + swap limit')).toHaveAccessibleDescription('memswap_limit')
})

test('invalid input is explained inline and never reaches the YAML', async ({ editor, page }) => {
  const res = new ResourcesPanel(page)
  await res.field('Memory limit').fill('lots')
  await expect(res.region.getByText('Write a size such as 512M')).toBeVisible()
  await expect(res.field('Memory limit')).toHaveAttribute('aria-invalid', 'true')
  await res.field('Memory limit').press('Enter')
  await res.field('CPU limit').fill('-1')
  await expect(res.region.getByText('Write a positive number of CPUs')).toBeVisible()
  await res.field('PIDs limit').focus()
  await editor.expectText(example())
  await res.field('CPU limit').fill('0.5')
  await expect(res.region.getByText('Write a positive number of CPUs')).toHaveCount(0)
})

test('a limit typed in the editor shows in the form', async ({ editor, page }) => {
  const res = new ResourcesPanel(page)
  await editor.typeOver('memory: 512M', 'memory: 768M')
  await expect(res.field('Memory limit')).toHaveValue('768M')
  await editor.typeOver('pids: 100', 'pids: 64')
  await expect(res.field('PIDs limit')).toHaveValue('64')
})

test('screenshots of the Resources panel', async ({ editor, page }) => {
  const res = new ResourcesPanel(page)
  await editor.typeOver('memory: 128M', 'memory: 1G')
  await expect(res.field('Memory reservation')).toHaveValue('1G')
  await res.field('CPU shares').fill('abc')
  await expect(res.region.getByText('Write a whole number from 2')).toBeVisible()
  await screenshotPanel(page, res.region, 'resources')
})

test('an inherited limit is marked, overridden on the service, and cannot be cleared there', async ({ app, editor, forms, page }) => {
  await app.open(ANCHORED)
  const res = new ResourcesPanel(page)
  await expect(res.field('Memory limit')).toHaveValue('256m')
  await expect(res.region.getByText('inherited from &defaults')).toBeVisible()
  await expect(res.field('Memory limit')).toHaveAccessibleDescription('mem_limit')

  await res.set('Memory limit', '')
  await expect(forms.settings.getByRole('status').filter({ hasText: 'comes from &defaults, so it cannot be removed here' })).toBeVisible()
  await expect(res.field('Memory limit')).toHaveValue('256m')
  await editor.expectText(ANCHORED)

  await res.set('Memory limit', '512m')
  await editor.expectText(anchoredWith('    mem_limit: 512m\n'))
  await expect(res.region.getByText('inherited from &defaults')).toHaveCount(0)
})
