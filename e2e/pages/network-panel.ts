// Page object for the Network panel: network mode, the service's networks, published ports, the database hint.
import type { Locator, Page } from '@playwright/test'

export class NetworkPanel {
  readonly root: Locator
  readonly mode: Locator
  readonly ports: Locator
  readonly networks: Locator

  constructor(page: Page) {
    this.root = page.getByRole('region', { name: 'Network', exact: true })
    this.mode = this.root.getByRole('combobox', { name: 'Network mode' })
    this.ports = this.root.getByRole('table', { name: /^Published ports of/ })
    this.networks = this.root.getByRole('list', { name: /^Networks of/ })
  }

  portRow(hostPort: string): Locator {
    return this.ports.getByRole('row').filter({ has: this.root.page().getByRole('cell', { name: hostPort, exact: true }) })
  }

  bindButton(port: string): Locator {
    return this.root.getByRole('button', { name: `Bind port ${port} to 127.0.0.1` })
  }

  internalSwitch(network: string): Locator {
    return this.root.getByRole('switch', { name: `Internal network ${network}` })
  }

  /** The icc switch of a bridge network (Inter-container traffic). */
  iccSwitch(network: string): Locator {
    return this.root.getByRole('switch', { name: `Inter-container traffic (icc) on network ${network}` })
  }

  /** A network's row in Inter-container traffic: its switch, or why there is none, and its warnings. */
  iccRow(network: string): Locator {
    const list = this.root.getByRole('list', { name: 'Inter-container traffic by network' })
    return list.getByRole('listitem').filter({ has: this.root.page().getByText(network, { exact: true }) })
  }

  async addPort(port: { hostIp?: string; published?: string; target: string; protocol?: string }): Promise<void> {
    const form = this.root.getByRole('form', { name: 'Publish a port' })
    if (port.hostIp !== undefined) await form.getByLabel('Host IP', { exact: true }).fill(port.hostIp)
    if (port.published !== undefined) await form.getByLabel('Host port', { exact: true }).fill(port.published)
    await form.getByLabel('Container', { exact: true }).fill(port.target)
    if (port.protocol) await form.getByLabel('Protocol', { exact: true }).selectOption(port.protocol)
    await form.getByRole('button', { name: 'Add port' }).click()
  }

  async join(network: string): Promise<void> {
    await this.root.getByLabel('Network to join').fill(network)
    await this.root.getByRole('button', { name: 'Join network', exact: true }).click()
  }
}
