// Page object for "Add service" (name, image, presets) and the selected service's Basics panel.
import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

export class BasicsPanel {
  readonly page: Page
  readonly services: Locator
  readonly region: Locator
  readonly image: Locator
  readonly command: Locator
  readonly entrypoint: Locator
  readonly environment: Locator

  constructor(page: Page) {
    this.page = page
    this.services = page.getByRole('region', { name: 'Services' })
    this.region = page.getByRole('region', { name: 'Basics' })
    this.image = this.region.getByRole('textbox', { name: 'Image', exact: true })
    this.command = this.region.getByRole('textbox', { name: 'Command', exact: true })
    this.entrypoint = this.region.getByRole('textbox', { name: 'Entrypoint', exact: true })
    this.environment = this.region.getByRole('group', { name: 'Environment' })
  }

  /** Adds a service from a preset of "Start from", under `name`; waits until it is the selected one. */
  async addFromPreset(preset: string, name: string): Promise<void> {
    const form = this.services.getByRole('form', { name: 'Add a service' })
    await form.getByRole('combobox', { name: 'Start from' }).selectOption({ label: preset })
    await form.getByRole('textbox', { name: 'New service name' }).fill(name)
    await form.getByRole('button', { name: 'Add service' }).click()
    await expect(this.page.getByRole('region', { name: 'Service settings' }).getByRole('heading', { level: 2 })).toHaveText(name)
  }

  /** Adds an environment variable with the row at the end of the table. */
  async addVariable(name: string, value: string): Promise<void> {
    const form = this.region.getByRole('form', { name: 'Add a variable' })
    await form.getByRole('textbox', { name: 'New variable name' }).fill(name)
    await form.getByRole('textbox', { name: 'New variable value' }).fill(value)
    await form.getByRole('button', { name: 'Add variable' }).click()
  }

  /** Moves a secret-looking variable to a compose secret, through its confirmation. */
  async moveToSecret(name: string): Promise<void> {
    await this.environment.getByRole('listitem').filter({ has: this.page.getByRole('form', { name: `Variable ${name}` }) }).getByRole('button', { name: 'Move to a secret' }).click()
    await this.region.getByRole('button', { name: `Move ${name} to a secret` }).click()
  }

  /** Makes the service wait for `service` under a condition (its visible text: started, healthy…). */
  async waitFor(service: string, condition: string): Promise<void> {
    const form = this.region.getByRole('form', { name: 'Wait for a service' })
    await form.getByRole('combobox', { name: 'Service to wait for' }).selectOption(service)
    await form.getByRole('combobox', { name: 'Condition' }).selectOption({ label: condition })
    await form.getByRole('button', { name: 'Wait for service' }).click()
  }
}
