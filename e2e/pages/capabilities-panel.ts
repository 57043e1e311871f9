// Page object for the Capabilities panel: the Drop ALL switch, a grant switch per capability, the filter and the effective set.
import type { Locator, Page } from '@playwright/test'

export class CapabilitiesPanel {
  readonly page: Page
  readonly region: Locator
  readonly dropAll: Locator
  readonly filter: Locator
  readonly effective: Locator
  readonly rows: Locator

  constructor(page: Page) {
    this.page = page
    this.region = page.getByRole('region', { name: 'Capabilities' })
    this.dropAll = this.region.getByRole('switch', { name: 'Drop ALL capabilities' })
    this.filter = this.region.getByRole('textbox', { name: 'Filter capabilities' })
    this.effective = this.region.getByRole('list', { name: 'Effective set' })
    this.rows = this.region.getByRole('table').locator('tbody').getByRole('row')
  }

  grant(name: string): Locator {
    return this.region.getByRole('switch', { name: `Grant ${name}`, exact: true })
  }

  row(name: string): Locator {
    // A `has` locator is resolved inside each row, so it starts from the page, not from the region.
    return this.rows.filter({ has: this.page.getByRole('switch', { name: `Grant ${name}`, exact: true }) })
  }
}
