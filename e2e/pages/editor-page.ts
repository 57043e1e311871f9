// Page object for the Monaco editor, driven through the e2e-only window.__editor hook (Monaco 0.57 has no <textarea>).
import { expect } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'

export class EditorPage {
  readonly page: Page

  constructor(page: Page) {
    this.page = page
  }

  async ready(): Promise<void> {
    await this.page.waitForFunction(() => window.__editor?.getModel() != null)
  }

  async text(): Promise<string> {
    return this.page.evaluate(() => window.__editor!.getValue())
  }

  async expectText(expected: string): Promise<void> {
    await expect.poll(() => this.text()).toBe(expected)
  }

  /** Selects the `occurrence`-th (0-based) literal match of `search` and focuses the editor. */
  async select(search: string, occurrence = 0): Promise<void> {
    const found = await this.page.evaluate(
      ({ search, occurrence }) => {
        const ed = window.__editor!
        const match = ed.getModel()!.findMatches(search, false, false, true, null, false)[occurrence]
        if (!match) return false
        ed.setSelection(match.range)
        ed.focus()
        return true
      },
      { search, occurrence },
    )
    expect(found, `"${search}" (match ${occurrence}) in the editor`).toBe(true)
  }

  /**
   * Moves the mouse over the middle of the `occurrence`-th literal match of `search`, at the place Monaco itself says
   * it is drawn (not via token spans, whose split depends on tokenization and decorations).
   */
  async hover(search: string, occurrence = 0): Promise<void> {
    const point = await this.page.evaluate(
      ({ search, occurrence }) => {
        const ed = window.__editor!
        const match = ed.getModel()!.findMatches(search, false, false, true, null, false)[occurrence]
        if (!match) return null
        ed.revealRangeInCenterIfOutsideViewport(match.range, 1)
        const start = ed.getScrolledVisiblePosition({ lineNumber: match.range.startLineNumber, column: match.range.startColumn })
        const end = ed.getScrolledVisiblePosition({ lineNumber: match.range.endLineNumber, column: match.range.endColumn })
        const box = ed.getDomNode()!.getBoundingClientRect()
        if (!start || !end) return null
        return { x: box.left + (start.left + end.left) / 2, y: box.top + start.top + start.height / 2 }
      },
      { search, occurrence },
    )
    expect(point, `"${search}" (match ${occurrence}) drawn in the editor`).not.toBeNull()
    await this.page.mouse.move(point!.x, point!.y)
  }

  /**
   * Hovers a match until Monaco shows its hover, and returns the visible hover. A hover is a pointer gesture: when the
   * layout moves between measuring the word and moving the mouse (a busy machine), the pointer rests beside it, and a
   * person would move the mouse again. Broken hovers still fail: nothing shows within the timeout.
   */
  async showHover(search: string, occurrence = 0): Promise<Locator> {
    const hover = this.page.locator('.monaco-editor .monaco-hover').filter({ visible: true })
    await expect(async () => {
      await this.page.mouse.move(0, 0)
      await this.hover(search, occurrence)
      await expect(hover).toBeVisible({ timeout: 3_000 })
    }).toPass({ timeout: 20_000 })
    return hover
  }

  /** Types over a literal match, key by key, as a person would. Avoid quotes and brackets: Monaco auto-closes them. */
  async typeOver(search: string, replacement: string, occurrence = 0): Promise<void> {
    await this.select(search, occurrence)
    await this.page.keyboard.type(replacement)
  }

  /** Replaces the whole text with a paste from the clipboard (select all, Ctrl+V), as a person would. */
  async pasteOver(text: string): Promise<void> {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text)
    await this.page.evaluate(() => window.__editor!.focus())
    await this.page.keyboard.press('Control+a')
    await this.page.keyboard.press('Control+v')
  }

  async undo(): Promise<void> {
    await this.page.evaluate(() => window.__editor!.focus())
    await this.page.keyboard.press('Control+z')
  }

  async markerMessages(): Promise<string[]> {
    return this.page.evaluate(() => window.__monaco!.editor.getModelMarkers({}).map((m) => m.message))
  }
}
