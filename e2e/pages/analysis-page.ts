// Page object for the analysis beside the services: the score card, the Findings | Checklist tabs, and the
// findings' markers and quick fixes in the editor.
import { mkdirSync } from 'node:fs'
import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

/** The marker owner of the findings (src/editor/finding-markers.ts). */
export const FINDINGS_OWNER = 'secure-compose'

export interface FindingMarker {
  line: number
  severity: number
  message: string
}

export class AnalysisPage {
  readonly page: Page
  readonly score: Locator
  readonly fileScore: Locator
  readonly analysis: Locator
  readonly findingsTab: Locator
  readonly checklistTab: Locator
  readonly findings: Locator
  readonly checklist: Locator

  constructor(page: Page) {
    this.page = page
    this.score = page.getByRole('region', { name: 'Security score' })
    this.fileScore = this.score.getByTestId('score.file')
    this.analysis = page.getByRole('region', { name: 'Analysis' })
    this.findingsTab = this.analysis.getByRole('tab', { name: /^Findings/ })
    this.checklistTab = this.analysis.getByRole('tab', { name: /^Checklist/ })
    this.findings = this.analysis.getByRole('tabpanel', { name: /^Findings/ })
    this.checklist = this.analysis.getByRole('tabpanel', { name: /^Checklist/ })
  }

  /** A finding in the list, by rule id and service (the dot-named test id). */
  finding(ruleId: string, service: string): Locator {
    return this.findings.getByTestId(`finding.${ruleId}.${service}`)
  }

  /** The part of a finding a click on shows where it is. */
  findingButton(ruleId: string, service: string): Locator {
    return this.finding(ruleId, service).getByRole('button').first()
  }

  /** The waived findings, listed apart from the ones that count. */
  get waivedFindings(): Locator {
    return this.findings.getByRole('region', { name: 'Waived findings' })
  }

  /** A waived finding, by rule id and service. */
  waivedFinding(ruleId: string, service: string): Locator {
    return this.findings.getByTestId(`waived.${ruleId}.${service}`)
  }

  /** Opens a finding's "Waive…" form, types the reason and submits it with Enter. */
  async waive(ruleId: string, service: string, reason: string): Promise<void> {
    const item = this.finding(ruleId, service)
    await item.getByRole('button', { name: /^Waive…/ }).click()
    const form = item.getByRole('form', { name: /^Waive / })
    await form.getByLabel('Reason').fill(reason)
    await form.getByLabel('Reason').press('Enter')
  }

  async unwaive(ruleId: string, service: string): Promise<void> {
    await this.waivedFinding(ruleId, service).getByRole('button', { name: /^Unwaive / }).click()
  }

  checklistItem(id: string): Locator {
    return this.checklist.getByTestId(`checklist.${id}`)
  }

  /** One service's row in the score card. */
  serviceScore(name: string): Locator {
    return this.score.getByTestId(`score.${name}`)
  }

  async showChecklist(): Promise<void> {
    await this.checklistTab.click()
    await expect(this.checklist).toBeVisible()
  }

  /** The findings' markers in the editor (not the schema's). */
  async markers(): Promise<FindingMarker[]> {
    return this.page.evaluate((owner) => {
      const getMarkers = window.__monaco!.editor.getModelMarkers as unknown as (filter: { owner: string }) => Array<{ startLineNumber: number; severity: number; message: string }>
      return getMarkers({ owner }).map((m) => ({ line: m.startLineNumber, severity: m.severity, message: m.message }))
    }, FINDINGS_OWNER)
  }

  /** The editor's cursor line (1-based). */
  async cursorLine(): Promise<number> {
    return this.page.evaluate(() => (window.__editor as unknown as { getPosition(): { lineNumber: number } }).getPosition().lineNumber)
  }

  /** Opens the quick-fix menu (Ctrl+.) where the editor's cursor is, and picks the action called `title`. */
  async quickFix(title: string | RegExp): Promise<void> {
    await this.page.keyboard.press('Control+.')
    const menu = this.page.getByRole('listbox', { name: 'Action Widget' })
    const action = menu.getByRole('option', { name: title })
    await expect(action).toBeVisible()
    await action.click()
    await expect(menu).toBeHidden()
  }

  /** Screenshots of `panel` in the light and the dark theme: docs/panels with UPDATE_SCREENSHOTS=1, else the results folder. */
  async screenshot(panel: Locator, name: string): Promise<void> {
    const dir = process.env.UPDATE_SCREENSHOTS ? 'docs/panels' : `${process.env.E2E_RESULTS ?? 'test-results'}/panels`
    mkdirSync(dir, { recursive: true })
    for (const theme of ['light', 'dark'] as const) {
      await this.page.emulateMedia({ colorScheme: theme })
      await this.page.evaluate((dark) => document.documentElement.classList.toggle('dark', dark), theme === 'dark')
      await panel.scrollIntoViewIfNeeded()
      await panel.screenshot({ path: `${dir}/${name}-${theme}.png`, animations: 'disabled' })
    }
    await this.page.emulateMedia({ colorScheme: 'light' })
    await this.page.evaluate(() => document.documentElement.classList.remove('dark'))
  }
}
