// The app frame never scrolls: with the largest corpus file, wheel turns anywhere leave the document still,
// while each column keeps scrolling its own content.
import { readFileSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { AnalysisPage } from './pages/analysis-page'

const LARGEST = readFileSync(new URL('../test/corpus/coolify-templates/posthog.yaml', import.meta.url), 'utf8')

const VIEWPORTS = [
  { width: 1024, height: 768 },
  { width: 1440, height: 900 },
]

/** The document's scroll size and position; equal to the viewport and 0 when the page itself cannot scroll. */
function documentScroll(page: Page) {
  return page.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    scrollWidth: document.documentElement.scrollWidth,
    scrollY: window.scrollY,
    scrollX: window.scrollX,
  }))
}

/** A point in the gap between two boxes laid side by side, halfway down the viewport. */
async function gapBetween(left: Locator, right: Locator, height: number): Promise<{ x: number; y: number }> {
  const a = (await left.boundingBox())!
  const b = (await right.boundingBox())!
  expect(b.x - (a.x + a.width), 'a gap between the columns').toBeGreaterThan(2)
  return { x: (a.x + a.width + b.x) / 2, y: height / 2 }
}

for (const viewport of VIEWPORTS) {
  test(`at ${viewport.width}×${viewport.height} the document never scrolls, the columns do`, async ({ app, page }) => {
    await page.setViewportSize(viewport)
    await app.open(LARGEST)
    const analysis = new AnalysisPage(page)
    await expect(analysis.findings.getByRole('listitem').first()).toBeVisible()

    const left = page.getByRole('complementary', { name: 'Services and analysis' })
    const editor = page.getByRole('region', { name: 'compose.yaml' })
    const right = page.getByTestId('column.settings')
    const header = (await page.getByRole('banner').boundingBox())!
    const points = [
      { x: header.x + header.width / 2, y: header.y + header.height / 2 },
      { x: header.x + 8, y: header.y + 4 },
      await gapBetween(left, editor, viewport.height),
      await gapBetween(editor, right, viewport.height),
    ]
    for (const point of points) {
      await page.mouse.move(point.x, point.y)
      for (let turn = 0; turn < 3; turn++) await page.mouse.wheel(0, 600)
      await expect.poll(() => documentScroll(page)).toEqual({ scrollHeight: viewport.height, scrollWidth: viewport.width, scrollY: 0, scrollX: 0 })
    }

    // Each column scrolls its own content: a wheel turn low in the left column (below the services list, which scrolls
    // on its own from eight services) and over the forms moves them.
    for (const column of [left, right]) {
      const box = (await column.boundingBox())!
      expect(await column.evaluate((el) => el.scrollHeight > el.clientHeight), 'the column has more than fits').toBe(true)
      await page.mouse.move(box.x + box.width / 2, column === left ? box.y + box.height - 40 : box.y + box.height / 2)
      await page.mouse.wheel(0, 600)
      await expect.poll(() => column.evaluate((el) => el.scrollTop)).toBeGreaterThan(0)
    }
    expect(await documentScroll(page)).toEqual({ scrollHeight: viewport.height, scrollWidth: viewport.width, scrollY: 0, scrollX: 0 })
  })
}
