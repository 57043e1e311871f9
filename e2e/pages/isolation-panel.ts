// Page object for the Isolation panel: privileged mode and the host namespaces, one switch each.
import type { Locator, Page } from '@playwright/test'

export type IsolationLabel =
  | 'Privileged mode'
  | 'Host process namespace'
  | 'Host IPC namespace'
  | 'Host UTS namespace'
  | 'Host user namespace'
  | 'Host cgroup namespace'

export class IsolationPanel {
  readonly region: Locator

  constructor(page: Page) {
    this.region = page.getByRole('region', { name: 'Isolation' })
  }

  switch(label: IsolationLabel): Locator {
    return this.region.getByRole('switch', { name: label, exact: true })
  }
}
