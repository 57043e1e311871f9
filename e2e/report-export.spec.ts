// Report export (issue 11 item 5): the HTML report opens offline and shows the app's score; the JSON report is what the
// CLI bundle prints for the same text.
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import * as esbuild from 'esbuild'
// @ts-expect-error: a plain ES module of the build scripts, without types
import { buildCliBundle } from '../scripts/cli-bundle.mjs'
import { expect, scenario, test as base } from './fixtures'
import { ToolbarPage } from './pages/toolbar-page'

const test = base.extend<{ toolbar: ToolbarPage }>({
  toolbar: async ({ page }, use) => use(new ToolbarPage(page)),
})

const DOCUMENT = scenario('unhardened.yaml')

/** Downloads one format of the report through the Export report menu; returns its name and text. */
async function download(toolbar: ToolbarPage, item: 'Markdown' | 'HTML page' | 'JSON' | 'SARIF') {
  await toolbar.exportReport.click()
  const menu = toolbar.page.getByRole('menu', { name: 'Export report' })
  const [file] = await Promise.all([toolbar.page.waitForEvent('download'), menu.getByRole('menuitem', { name: new RegExp(`^${item}`) }).click()])
  const path = await file.path()
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') }
}

test('the HTML report opens offline and shows the score of the app\'s score panel', async ({ app, browser, page, toolbar }) => {
  await app.open(DOCUMENT)
  const score = (await page.getByTestId('score.file').textContent())!.trim()
  expect(score).toMatch(/^\d+$/)
  const report = await download(toolbar, 'HTML page')
  expect(report.name).toBe('compose-report.html')
  await expect(toolbar.message).toContainText('Downloaded compose-report.html.')

  // Another browser, offline: the page must show everything without a single request.
  const offline = await browser.newContext({ offline: true })
  const reader = await offline.newPage()
  const requests: string[] = []
  reader.on('request', (r) => requests.push(r.url()))
  await reader.setContent(report.text)
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Security report: compose.yaml')
  await expect(reader.getByRole('region', { name: 'Score' }).locator('[data-score]')).toHaveText(score)
  await expect(reader.getByRole('heading', { name: /^Findings \(\d+\)$/ })).toBeVisible()
  expect(requests).toEqual([])
  expect(report.text).not.toMatch(/<script/i)
  await offline.close()
})

test('the JSON and SARIF reports are what secure-compose check prints for the same text', async ({ app, toolbar }, testInfo) => {
  await app.open(DOCUMENT)
  const json = await download(toolbar, 'JSON')
  const sarif = await download(toolbar, 'SARIF')
  expect(json.name).toBe('compose-report.json')

  // The CLI bundle of the current sources, run in a directory holding the same text as compose.yaml.
  const dir = testInfo.outputPath('cli')
  mkdirSync(dir, { recursive: true })
  const root = join(import.meta.dirname, '..')
  const cli = join(dir, 'secure-compose.mjs')
  await buildCliBundle(esbuild, { root, outfile: cli, packageJson: join(root, 'package.json') })
  writeFileSync(join(dir, 'compose.yaml'), DOCUMENT)
  const check = (format: string) => spawnSync(process.execPath, [cli, 'check', '--format', format, 'compose.yaml'], { cwd: dir, encoding: 'utf8' })
  const cliJson = check('json')
  expect(cliJson.stdout.length).toBeGreaterThan(100)
  expect(json.text).toBe(cliJson.stdout)
  expect(sarif.text).toBe(check('sarif').stdout)
  expect(JSON.parse(json.text).score.value).toBeGreaterThanOrEqual(0)
})
