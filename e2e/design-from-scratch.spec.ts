// From an empty document to web + postgres + redis at grade A with the forms alone, and the CLI agrees on the download.
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, readFileSync } from 'node:fs'
import { expect, test as base } from './fixtures'
import { openSlowly } from './pages/open-slowly'
import { AnalysisPage } from './pages/analysis-page'
import { BasicsPanel } from './pages/basics-panel'
import { ToolbarPage } from './pages/toolbar-page'

const test = base.extend<{ toolbar: ToolbarPage; basics: BasicsPanel; analysis: AnalysisPage }>({
  toolbar: async ({ page }, use) => use(new ToolbarPage(page)),
  basics: async ({ page }, use) => use(new BasicsPanel(page)),
  analysis: async ({ page }, use) => use(new AnalysisPage(page)),
})

const CLI = new URL('../dist-cli/secure-compose.mjs', import.meta.url).pathname

test('design web + postgres + redis from an empty file, reach A, and the CLI gives the same score', async ({ editor, page, toolbar, basics, analysis }, testInfo) => {
  await openSlowly(page)
  const confirm = await toolbar.chooseTemplate('Empty file')
  await confirm.getByRole('button', { name: 'Replace with Empty file' }).click()
  await expect(analysis.fileScore).toHaveCount(0)

  await basics.addFromPreset('PostgreSQL', 'db')
  await expect(basics.image).toHaveValue('postgres:17.6-alpine')
  await basics.addFromPreset('Redis', 'cache')
  await basics.addFromPreset('nginx (web server)', 'web')

  // The web service, designed with the Basics forms: what it waits for, and a token moved out of the file.
  await basics.waitFor('db', 'healthy')
  await basics.waitFor('cache', 'healthy')
  await basics.addVariable('API_TOKEN', 'not-in-the-file')
  await expect(analysis.finding('no-secrets-in-environment', 'web')).toBeVisible()
  await basics.moveToSecret('API_TOKEN')
  await expect(analysis.finding('no-secrets-in-environment', 'web')).toHaveCount(0)
  await expect.poll(() => editor.text()).not.toContain('not-in-the-file')
  const text = await editor.text()
  expect(text).toContain('      - api_token\n')
  expect(text).toContain('      db:\n        condition: service_healthy\n')

  await expect(analysis.fileScore).toHaveText('100')
  // The big badge beside the file's score: "Grade " for screen readers, then the letter.
  await expect(analysis.fileScore.locator('xpath=../../..').locator('span', { hasText: /^Grade [A-F]$/ }).first()).toHaveText('Grade A')

  for (const theme of ['Light', 'Dark'] as const) {
    await toolbar.setTheme(theme)
    await basics.region.screenshot({ path: testInfo.outputPath(`basics-${theme.toLowerCase()}.png`) })
    await basics.services.screenshot({ path: testInfo.outputPath(`add-service-${theme.toLowerCase()}.png`) })
  }

  const downloading = page.waitForEvent('download')
  await toolbar.download.click()
  const saved = testInfo.outputPath('compose.yaml')
  copyFileSync(await (await downloading).path(), saved)
  expect(readFileSync(saved, 'utf8')).toBe(await editor.text())

  if (!existsSync(CLI)) execFileSync('npm', ['run', 'build:cli'], { stdio: 'ignore' })
  const report = JSON.parse(execFileSync('node', [CLI, 'check', saved, '--format', 'json'], { encoding: 'utf8' }))
  expect(report.score).toMatchObject({ value: 100, grade: 'A' })
  expect(report.services.map((s: { name: string; grade: string }) => `${s.name} ${s.grade}`)).toEqual(['db A', 'cache A', 'web A'])
  expect(report.findings).toEqual([])
})
