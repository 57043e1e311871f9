// Page object for the service list and the settings forms, located by role and label.
import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

export class FormsPage {
  readonly page: Page
  readonly settings: Locator
  readonly services: Locator
  readonly user: Locator
  readonly group: Locator
  readonly readOnly: Locator
  readonly noNewPrivileges: Locator
  readonly parseError: Locator
  readonly heading: Locator

  constructor(page: Page) {
    this.page = page
    this.settings = page.getByRole('region', { name: 'Service settings' })
    this.services = page.getByRole('region', { name: 'Services' })
    this.user = this.settings.getByRole('textbox', { name: 'User', exact: true })
    this.group = this.settings.getByRole('textbox', { name: 'Group', exact: true })
    this.readOnly = this.settings.getByRole('switch', { name: 'Read-only root filesystem' })
    this.noNewPrivileges = this.settings.getByRole('switch', { name: 'No new privileges' })
    this.parseError = this.settings.getByRole('alert')
    this.heading = this.settings.getByRole('heading', { level: 2 })
  }

  service(name: string) {
    return this.services.getByRole('button', { name: new RegExp(`^${name}\\b`) })
  }

  async selectService(name: string): Promise<void> {
    await this.service(name).click()
    await expect(this.heading).toHaveText(name)
  }

  /** Types a user and group and commits with Enter (one document edit). */
  async setUser(user: string, group: string): Promise<void> {
    await this.user.fill(user)
    await this.group.fill(group)
    await this.group.press('Enter')
  }

  async addService(name: string): Promise<void> {
    await this.services.getByLabel('New service name').fill(name)
    await this.services.getByRole('button', { name: 'Add service' }).click()
  }

  async renameSelected(to: string): Promise<void> {
    await this.settings.getByRole('button', { name: 'Rename' }).click()
    await this.settings.getByLabel('Service name').fill(to)
    await this.settings.getByRole('button', { name: 'Save name' }).click()
  }

  async removeSelected(name: string): Promise<void> {
    await this.settings.getByRole('button', { name: 'Remove', exact: true }).click()
    await this.settings.getByRole('button', { name: `Remove ${name}` }).click()
  }

  tmpfsField(field: 'Path' | 'Size' | 'Mode', position: number) {
    return this.settings.getByLabel(`${field} of mount ${position}`)
  }

  inheritedBadge(anchor: string) {
    return this.settings.getByText(`inherited from &${anchor}`)
  }
}
