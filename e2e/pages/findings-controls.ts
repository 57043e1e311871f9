// Page object for the findings list's controls (group, filters, search), its rule groups and the services list filter.
import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

export class FindingsControls {
  readonly page: Page
  readonly list: Locator
  readonly byRule: Locator
  readonly byService: Locator
  readonly severity: Locator
  readonly service: Locator
  readonly search: Locator
  readonly shownStatus: Locator
  readonly servicesRegion: Locator
  readonly servicesFilter: Locator
  readonly servicesToggle: Locator

  constructor(page: Page) {
    this.page = page
    this.list = page.getByRole('region', { name: 'Analysis' }).getByRole('tabpanel', { name: /^Findings/ })
    const bar = this.list.getByRole('search', { name: 'Filter findings' })
    this.byRule = bar.getByRole('radio', { name: 'By rule' })
    this.byService = bar.getByRole('radio', { name: 'By service' })
    this.severity = bar.getByRole('combobox', { name: 'Severity' })
    this.service = bar.getByRole('combobox', { name: 'Service' })
    this.search = bar.getByRole('searchbox', { name: 'Search findings' })
    this.shownStatus = bar.getByRole('status')
    this.servicesRegion = page.getByRole('region', { name: /^Services/ })
    this.servicesFilter = this.servicesRegion.getByRole('textbox', { name: 'Filter services' })
    this.servicesToggle = this.servicesRegion.getByRole('button', { name: /^Services \(\d+\)$/ })
  }

  /** The findings of one rule, when grouped by rule. */
  ruleGroup(ruleId: string): Locator {
    return this.list.getByRole('region', { name: `Findings of rule ${ruleId}` })
  }

  /** The findings of one service, when grouped by service. */
  serviceGroup(service: string): Locator {
    return this.list.getByRole('region', { name: `Findings of ${service}`, exact: true })
  }

  get serviceGroups(): Locator {
    return this.list.getByRole('region', { name: /^Findings of (?!rule )/ })
  }

  async groupByRule(): Promise<void> {
    // The radios are visually hidden inside their labels: click the label, as a person would.
    await this.byRule.check({ force: true })
    await expect(this.byRule).toBeChecked()
  }
}
