// Page object for the exposure diagram: the "Diagram" view of the middle column, its service nodes (buttons named
// like "db, grade A"), its export buttons, and its text alternative.
import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

export class ExposurePage {
  readonly page: Page
  readonly tab: Locator
  readonly yamlTab: Locator
  readonly diagram: Locator
  readonly words: Locator
  readonly exportSvg: Locator
  readonly exportPng: Locator

  constructor(page: Page) {
    this.page = page
    const views = page.getByRole('tablist', { name: 'View of the document' })
    this.tab = views.getByRole('tab', { name: 'Diagram' })
    this.yamlTab = views.getByRole('tab', { name: 'YAML' })
    this.diagram = page.getByRole('group', { name: 'Exposure diagram of compose.yaml' })
    this.words = page.getByRole('list', { name: 'The diagram in words' })
    this.exportSvg = page.getByRole('button', { name: 'Export SVG' })
    this.exportPng = page.getByRole('button', { name: 'Export PNG' })
  }

  /** Opens the Diagram view and waits for the first layout. */
  async open(): Promise<void> {
    await this.tab.click()
    await expect(this.diagram).toBeVisible()
  }

  /** The service's node in the diagram; its accessible name starts with the service's name. */
  node(service: string): Locator {
    return this.diagram.getByRole('button', { name: new RegExp(`^${service},`) })
  }

  /** The sentences about one service, in order. */
  said(service: string): Locator {
    return this.words.getByRole('listitem').filter({ hasText: new RegExp(`^${service} `) })
  }

  /** A drawn edge by its id prefix (`port-risk:web->host`, `socket:…`, `host-network:…`). */
  edge(prefix: string): Locator {
    return this.diagram.locator(`[data-edge^="${prefix}"]`)
  }
}
