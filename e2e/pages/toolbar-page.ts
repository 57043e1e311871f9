// Page object for the app bar's document toolbar: open, new from a template, copy, download, harden, theme.
import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

export class ToolbarPage {
  readonly page: Page
  readonly toolbar: Locator
  readonly open: Locator
  readonly fileInput: Locator
  readonly newMenu: Locator
  readonly importRun: Locator
  readonly copy: Locator
  readonly share: Locator
  readonly download: Locator
  readonly exportReport: Locator
  readonly harden: Locator
  /** The message the last toolbar action left (success or error). */
  readonly message: Locator
  readonly dropOverlay: Locator

  constructor(page: Page) {
    this.page = page
    this.toolbar = page.getByRole('banner').getByRole('group', { name: 'Document' })
    this.open = this.toolbar.getByRole('button', { name: 'Open…' })
    this.fileInput = page.getByLabel('Open a compose file')
    this.newMenu = this.toolbar.getByRole('button', { name: 'New' })
    this.importRun = this.toolbar.getByRole('button', { name: 'Import docker run…' })
    this.copy = this.toolbar.getByRole('button', { name: /^(Copy|Copied)$/ })
    this.share = this.toolbar.getByRole('button', { name: 'Share link' })
    this.download = this.toolbar.getByRole('button', { name: 'Download' })
    this.exportReport = this.toolbar.getByRole('button', { name: 'Export report' })
    this.harden = this.toolbar.getByRole('button', { name: 'Harden…' })
    this.message = page.getByRole('complementary', { name: 'Messages' })
    this.dropOverlay = page.getByTestId('drop-overlay')
  }

  theme(name: 'Light' | 'Dark' | 'System'): Locator {
    return this.toolbar.getByRole('group', { name: 'Theme' }).getByRole('radio', { name })
  }

  async setTheme(name: 'Light' | 'Dark' | 'System'): Promise<void> {
    // The radios are visually hidden inside their labels: click the label, as a person would.
    await this.toolbar.getByTitle(`${name} theme`).click()
    await expect(this.theme(name)).toBeChecked()
  }

  /** Chooses a template from the New menu; returns the confirmation dialog (it may not appear). */
  async chooseTemplate(label: 'Web service' | 'Worker' | 'Database' | 'Empty file'): Promise<Locator> {
    await this.newMenu.click()
    await this.page.getByRole('menu', { name: 'New document' }).getByRole('menuitem', { name: new RegExp(`^${label}`) }).click()
    return this.page.getByRole('dialog', { name: new RegExp(`^Replace the document with the ${label} template`) })
  }

  /** Dispatches a file drop on the page, as the browser does for a file dragged from the desktop. */
  async dropFile(name: string, content: string | Buffer, type = 'application/x-yaml'): Promise<void> {
    const bytes = [...(typeof content === 'string' ? Buffer.from(content, 'utf8') : content)]
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, bytes, type }) => {
        const dt = new DataTransfer()
        dt.items.add(new File([new Uint8Array(bytes)], name, { type }))
        return dt
      },
      { name, bytes, type },
    )
    await this.page.dispatchEvent('main', 'dragenter', { dataTransfer })
    await expect(this.dropOverlay).toBeVisible()
    await this.page.dispatchEvent('main', 'dragover', { dataTransfer })
    await this.page.dispatchEvent('main', 'drop', { dataTransfer })
    await expect(this.dropOverlay).toHaveCount(0)
  }
}
