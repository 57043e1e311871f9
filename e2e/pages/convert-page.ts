// Page objects for the docker run conversions: the toolbar's Import docker run… dialog and a service's docker run view.
import type { Locator, Page } from '@playwright/test'
import { diffIn } from './text-diff'

export class ImportRunPage {
  readonly page: Page
  readonly dialog: Locator
  readonly commands: Locator
  readonly diff: Locator
  readonly merge: Locator
  readonly openAsNew: Locator
  readonly status: Locator

  constructor(page: Page) {
    this.page = page
    this.dialog = page.getByRole('dialog', { name: 'Import docker run commands' })
    this.commands = this.dialog.getByLabel('docker run commands')
    this.diff = diffIn(this.dialog)
    this.merge = this.dialog.getByRole('button', { name: 'Merge into document' })
    this.openAsNew = this.dialog.getByRole('button', { name: 'Open as new document' })
    this.status = this.dialog.getByRole('status')
  }

  /** One of the lists beside the commands: "Options not converted", "Name clashes", "Could not be converted", "Notes". */
  list(title: string): Locator {
    return this.dialog.getByRole('region', { name: title })
  }

  async open(): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: 'Import docker run…' }).click()
  }
}

export class RunViewPage {
  readonly page: Page
  readonly dialog: Locator
  readonly command: Locator
  readonly copy: Locator
  readonly notes: Locator

  constructor(page: Page, service: string) {
    this.page = page
    this.dialog = page.getByRole('dialog', { name: `${service} as docker run` })
    this.command = this.dialog.getByRole('region', { name: 'Command' }).locator('pre')
    this.copy = this.dialog.getByRole('button', { name: /^(Copy|Copied)$/ })
    this.notes = this.dialog.getByRole('region', { name: 'No docker run option' })
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'docker run', exact: true }).click()
  }
}
