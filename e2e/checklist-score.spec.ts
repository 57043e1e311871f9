import { AxeBuilder } from '@axe-core/playwright'
import { expect, scenario, test as base } from './fixtures'
import { AnalysisPage } from './pages/analysis-page'

const test = base.extend<{ analysis: AnalysisPage }>({
  analysis: async ({ page }, use) => use(new AnalysisPage(page)),
})

// e2e/scenarios/findings.yaml: `app` loses 3 points (image tag `latest`); `worker` is privileged (critical, −40),
// keeps its capabilities, lacks no-new-privileges, turns seccomp off (high, −15 each) and has no healthcheck (−3).
const DOC = scenario('findings.yaml')
const PRIVILEGED = '    privileged: true             # "needed" for the old plugin\n'

test.describe('with findings', () => {
  test.beforeEach(async ({ app, analysis }) => {
    await app.open(DOC)
    await expect(analysis.fileScore).toHaveText('12')
  })

  test('the score: the weakest service decides, the mean beside it, and each service', async ({ analysis }) => {
    await expect(analysis.score).toContainText('Grade F')
    await expect(analysis.score).toContainText('Weakest service: worker · mean 55')
    await expect(analysis.serviceScore('app')).toHaveText(/app\s*97\s*Grade A/)
    await expect(analysis.serviceScore('worker')).toHaveText(/worker\s*12\s*Grade F/)
  })

  test('the breakdown explains each point a service lost', async ({ analysis }) => {
    await analysis.serviceScore('worker').getByRole('button').click()
    const lost = analysis.score.getByRole('list', { name: 'Points lost by worker' }).getByRole('listitem')
    await expect(lost).toHaveText([
      /^minus\s*−40\s*Never run privileged containers\s*Critical$/,
      /^minus\s*−15\s*Keep the default seccomp profile\s*High$/,
      /^minus\s*−15\s*Drop all capabilities\s*High$/,
      /^minus\s*−15\s*Forbid privilege escalation \(no-new-privileges\)\s*High$/,
      /^minus\s*−3\s*Define a health check\s*Low$/,
    ])
    await expect(analysis.serviceScore('worker')).toContainText('100 − 88 = 12')
    await expect(analysis.serviceScore('worker')).toContainText('A critical finding makes the grade F.')
  })

  test('fixing privileged mode raises the score and passes its checklist item', async ({ analysis, editor }) => {
    await analysis.showChecklist()
    const item = analysis.checklistItem('no-privileged')
    await expect(item).toContainText('Never use privileged mode in production')
    await expect(item).toContainText('Fail')
    await expect(item.getByRole('button', { name: 'worker fails Never use privileged mode in production: show why' })).toBeVisible()
    await expect(item.getByRole('listitem').filter({ hasText: 'app' })).toHaveText(/app\s*passes/)

    await analysis.findingsTab.click()
    await analysis.finding('no-privileged', 'worker').getByRole('button', { name: /^Fix…/ }).click()
    await analysis.findings.getByRole('button', { name: 'Apply fix' }).click()
    await editor.expectText(DOC.replace(PRIVILEGED, ''))

    await expect(analysis.fileScore).toHaveText('52')
    await expect(analysis.score).toContainText('mean 75')
    await analysis.showChecklist()
    await expect(item).toContainText('Pass')
    await expect(item.getByRole('button')).toHaveCount(0)
  })

  test('the score follows what is typed in the editor', async ({ analysis, editor }) => {
    await editor.typeOver('privileged: true', 'privileged: false')
    await expect(analysis.fileScore).toHaveText('52')
    await editor.typeOver('privileged: false', 'privileged: true')
    await expect(analysis.fileScore).toHaveText('12')
  })

  test('the checklist: the seed\'s 18 items in 4 groups, pass / fail / n.a. per service', async ({ analysis }) => {
    await analysis.showChecklist()
    const groups = analysis.checklist.getByRole('region')
    await expect(groups).toHaveCount(4)
    await expect(groups.getByRole('heading', { level: 3 })).toHaveText([/^Container configuration/, /^Network security/, /^Security options/, /^Monitoring/])
    await expect(analysis.checklist.getByTestId(/^checklist\./)).toHaveCount(18)
    await expect(analysis.checklistItem('internal-networks')).toContainText('N/A')
    await expect(analysis.checklistItem('internal-networks').getByRole('listitem')).toHaveText([/app\s*not applicable/, /worker\s*not applicable/])
    await expect(analysis.checklistItem('non-root-user')).toContainText('Pass')
    const caps = analysis.checklistItem('drop-capabilities')
    await expect(caps).toContainText('Fail')
    await expect(caps.getByRole('listitem')).toHaveText([/app\s*passes/, /worker/])
    await expect(analysis.checklist.getByRole('list', { name: 'Checklist summary' })).toHaveText(/10\s*pass\s*5\s*fail\s*1\s*n\/a\s*2\s*to do/)
  })

  test('a failing service in the checklist leads to the finding that fails it', async ({ analysis, forms }) => {
    await analysis.showChecklist()
    await analysis.checklistItem('seccomp').getByRole('button', { name: /^worker fails/ }).click()
    await expect(forms.heading).toHaveText('worker')
    await expect(forms.settings.getByRole('region', { name: 'Security options' })).toBeFocused()
    await expect.poll(() => analysis.cursorLine()).toBe(34)
  })

  test('the tabs work from the keyboard', async ({ analysis }) => {
    await analysis.findingsTab.focus()
    await analysis.page.keyboard.press('ArrowRight')
    await expect(analysis.checklistTab).toBeFocused()
    await expect(analysis.checklistTab).toHaveAttribute('aria-selected', 'true')
    await expect(analysis.checklist).toBeVisible()
    await expect(analysis.findings).toBeHidden()
    await analysis.page.keyboard.press('Home')
    await expect(analysis.findingsTab).toHaveAttribute('aria-selected', 'true')
  })

  test('no axe violations in the score, the findings (with a fix to confirm) and the checklist', async ({ analysis, page }) => {
    const scan = async () => {
      const results = await new AxeBuilder({ page }).include('[aria-label="Services and analysis"]').analyze()
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    }
    await analysis.serviceScore('worker').getByRole('button').click()
    await analysis.finding('no-privileged', 'worker').getByRole('button', { name: /^Fix…/ }).click()
    await expect(analysis.findings.getByRole('figure')).toBeVisible()
    expect(await scan()).toEqual([])
    await analysis.showChecklist()
    expect(await scan()).toEqual([])
    await page.evaluate(() => document.documentElement.classList.add('dark'))
    expect(await scan()).toEqual([])
  })

  test('screenshots of the score and the checklist', async ({ analysis, page }) => {
    // Tall enough for the whole checklist to fit in the left column.
    await page.setViewportSize({ width: 1440, height: 2300 })
    await analysis.serviceScore('worker').getByRole('button').click()
    await analysis.screenshot(analysis.score, 'score')
    await analysis.serviceScore('worker').getByRole('button').click()
    await analysis.showChecklist()
    await analysis.screenshot(analysis.analysis, 'checklist')
  })
})

test('manual checklist items can be ticked, and the ticks survive a reload', async ({ app, analysis }) => {
  await app.open(DOC)
  await analysis.showChecklist()
  const audit = analysis.checklist.getByRole('checkbox', { name: 'Audit container events' })
  await expect(audit).not.toBeChecked()
  await expect(analysis.checklistItem('audit-events')).toContainText('To do')
  await audit.check()
  await expect(analysis.checklistItem('audit-events')).toContainText('Done')

  await app.reload()
  await analysis.showChecklist()
  await expect(analysis.checklist.getByRole('checkbox', { name: 'Audit container events' })).toBeChecked()
  await expect(analysis.checklist.getByRole('checkbox', { name: 'Monitor resource usage' })).not.toBeChecked()
})

test('a file without services says why it has no score', async ({ app, analysis }) => {
  await app.open('name: empty\n')
  await expect(analysis.score).toContainText('The file has no `services:` section: there is nothing to score. Add a service to get a score.')
  await expect(analysis.fileScore).toHaveCount(0)
})
