// Page object for the volumes of the Filesystem panel.
import type { Locator, Page } from '@playwright/test'

export class VolumesPanel {
  readonly root: Locator
  readonly list: Locator

  constructor(page: Page) {
    this.root = page.getByRole('region', { name: 'Filesystem', exact: true })
    this.list = this.root.getByRole('list', { name: /^Volumes of/ })
  }

  row(target: string): Locator {
    return this.list.getByRole('listitem').filter({ hasText: target })
  }

  readOnly(target: string): Locator {
    return this.root.getByRole('switch', { name: `Read-only ${target}`, exact: true })
  }

  async add(volume: { type: 'Volume' | 'Bind mount'; source: string; target: string; readOnly?: boolean }): Promise<void> {
    const form = this.root.getByRole('form', { name: 'Add a volume' })
    await form.getByLabel('Type', { exact: true }).selectOption({ label: volume.type })
    await form.getByLabel(volume.type === 'Bind mount' ? 'Host path' : 'Volume name', { exact: true }).fill(volume.source)
    await form.getByLabel('Container path', { exact: true }).fill(volume.target)
    if (volume.readOnly) await form.getByRole('switch', { name: 'Mount the new volume read-only' }).check()
    await form.getByRole('button', { name: 'Add volume' }).click()
  }
}
