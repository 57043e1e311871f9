// Page object for the Devices panel: devices and device cgroup rules.
import type { Locator, Page } from '@playwright/test'

export class DevicesPanel {
  readonly root: Locator
  readonly devices: Locator
  readonly rules: Locator

  constructor(page: Page) {
    this.root = page.getByRole('region', { name: 'Devices', exact: true })
    this.devices = this.root.getByRole('list', { name: /^Devices of/ })
    this.rules = this.root.getByRole('list', { name: /^Device cgroup rules of/ })
  }

  device(host: string): Locator {
    return this.devices.getByRole('listitem').filter({ hasText: host })
  }

  rule(text: string): Locator {
    return this.rules.getByRole('listitem').filter({ hasText: text })
  }

  async addDevice(device: { host: string; container?: string; permissions?: string }): Promise<void> {
    const form = this.root.getByRole('form', { name: 'Add a device' })
    await form.getByLabel('Host device', { exact: true }).fill(device.host)
    if (device.container) await form.getByLabel('Container path', { exact: true }).fill(device.container)
    if (device.permissions) await form.getByLabel('Permissions', { exact: true }).fill(device.permissions)
    await form.getByRole('button', { name: 'Add device' }).click()
  }

  async addRule(rule: string): Promise<void> {
    await this.root.getByLabel('New device cgroup rule').fill(rule)
    await this.root.getByRole('button', { name: 'Add rule' }).click()
  }
}
