// Page object for the Resources panel: one text field per limit, committed with Enter or when focus leaves it.
import type { Locator, Page } from '@playwright/test'

export type ResourceLabel = 'CPU limit' | 'CPU shares' | 'CPU set' | 'Memory limit' | 'Memory reservation' | 'Memory + swap limit' | 'PIDs limit'

export class ResourcesPanel {
  readonly region: Locator

  constructor(page: Page) {
    this.region = page.getByRole('region', { name: 'Resources' })
  }

  field(label: ResourceLabel): Locator {
    return this.region.getByRole('textbox', { name: label, exact: true })
  }

  /** Types a value and commits it with Enter (one document edit). */
  async set(label: ResourceLabel, value: string): Promise<void> {
    await this.field(label).fill(value)
    await this.field(label).press('Enter')
  }
}
