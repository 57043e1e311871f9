// Page object for the "Build a seccomp profile…" dialog opened from the Security options panel.
import type { Download, Locator, Page } from '@playwright/test'

export class SeccompBuilder {
  readonly page: Page
  readonly opener: Locator
  readonly dialog: Locator
  readonly search: Locator
  readonly path: Locator
  readonly download: Locator
  readonly copy: Locator
  readonly capabilities: Locator
  readonly status: Locator

  constructor(page: Page) {
    this.page = page
    this.opener = page.getByRole('region', { name: 'Security options' }).getByRole('button', { name: 'Build a seccomp profile…' })
    this.dialog = page.getByRole('dialog', { name: /^Seccomp profile for / })
    this.search = this.dialog.getByRole('textbox', { name: 'Search system calls' })
    this.path = this.dialog.getByRole('textbox', { name: 'Profile file, relative to the compose file' })
    this.download = this.dialog.getByRole('button', { name: /^Download / })
    this.copy = this.dialog.getByRole('button', { name: 'Copy JSON' })
    this.capabilities = this.dialog.getByRole('list', { name: /^Capabilities of .* that open calls$/ })
    this.status = this.dialog.getByRole('status')
  }

  async open(): Promise<void> {
    await this.opener.click()
  }

  start(label: "Docker's default" | 'Empty allow-list'): Locator {
    return this.dialog.getByRole('radiogroup', { name: 'Start from' }).getByRole('radio', { name: label, exact: true })
  }

  syscall(name: string): Locator {
    return this.dialog.getByRole('checkbox', { name, exact: true })
  }

  useIn(service: string): Locator {
    return this.dialog.getByRole('button', { name: `Use in ${service}` })
  }

  async downloadProfile(): Promise<Download> {
    const downloading = this.page.waitForEvent('download')
    await this.download.click()
    return downloading
  }
}
