// Page object for the harden dialog: its fixes (checkboxes), the diff, the score line and the buttons.
import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'
import { addedLine, diffIn } from './text-diff'

export class HardenPage {
  readonly page: Page
  readonly dialog: Locator
  readonly diff: Locator
  readonly score: Locator
  readonly apply: Locator
  readonly cancel: Locator
  readonly status: Locator

  constructor(page: Page) {
    this.page = page
    this.dialog = page.getByRole('dialog', { name: 'Harden compose.yaml' })
    this.diff = diffIn(this.dialog)
    this.score = this.dialog.getByTestId('harden.score')
    this.apply = this.dialog.getByRole('button', { name: /^Apply \d+ fix(es)?$/ })
    this.cancel = this.dialog.getByRole('button', { name: 'Cancel' })
    this.status = this.dialog.getByRole('status')
  }

  /** The checkbox of one fix: its rule's title and the service ("Run as a non-root user in worker"). */
  fix(title: string, service: string): Locator {
    return this.dialog.getByRole('checkbox', { name: `${title} in ${service}`, exact: true })
  }

  group(kind: 'Safe fixes' | 'Unsafe fixes'): Locator {
    return this.dialog.getByRole('group', { name: new RegExp(`^${kind}`) })
  }

  /** The score now and after the ticked fixes, read from the dialog's text. */
  async scores(): Promise<{ now: number; after: number }> {
    const text = (await this.score.textContent()) ?? ''
    const m = /Score (\d+) \(\w\) now, (\d+) \(\w\) after/.exec(text)
    expect(m, `score line "${text}"`).not.toBeNull()
    return { now: Number(m![1]), after: Number(m![2]) }
  }

  /** Waits until the diff shows a line with `text` added on the hardened side. */
  async expectDiffContains(text: string): Promise<void> {
    await expect(addedLine(this.diff, text)).toBeVisible()
  }
}
