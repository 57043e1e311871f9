// Page object for the Health & logging panel: health check fields, log driver and rotation, restart policy.
import type { Locator, Page } from '@playwright/test'

export class HealthLoggingPanel {
  readonly region: Locator
  readonly testForm: Locator
  readonly testCommand: Locator
  readonly interval: Locator
  readonly timeout: Locator
  readonly retries: Locator
  readonly startPeriod: Locator
  readonly disable: Locator
  readonly useTemplate: Locator
  readonly driver: Locator
  readonly maxSize: Locator
  readonly maxFiles: Locator
  readonly restart: Locator
  readonly maxRetries: Locator

  constructor(page: Page) {
    this.region = page.getByRole('region', { name: 'Health & logging' })
    const field = (name: string) => this.region.getByRole('textbox', { name, exact: true })
    this.testForm = this.region.getByRole('radiogroup', { name: 'Test form' })
    this.testCommand = field('Test command')
    this.interval = field('Interval')
    this.timeout = field('Timeout')
    this.retries = field('Retries')
    this.startPeriod = field('Start period')
    this.disable = this.region.getByRole('switch', { name: 'Disable health check' })
    this.useTemplate = this.region.getByRole('button', { name: 'Use a template' })
    this.driver = this.region.getByRole('combobox', { name: 'Log driver' })
    this.maxSize = field('Max size')
    this.maxFiles = field('Max files')
    this.restart = this.region.getByRole('radiogroup', { name: 'Restart policy' })
    this.maxRetries = field('Max retries')
  }

  /** 'Shell (CMD-SHELL)' or 'Exec (CMD)'. */
  form(name: 'Shell (CMD-SHELL)' | 'Exec (CMD)'): Locator {
    return this.testForm.getByRole('radio', { name, exact: true })
  }

  policy(name: string): Locator {
    return this.restart.getByRole('radio', { name, exact: true })
  }
}
