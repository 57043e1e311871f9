import { AxeBuilder } from '@axe-core/playwright'
import { expect, test } from './fixtures'

test('no axe violations outside the editor widget', async ({ app, page }) => {
  await app.open()
  // Monaco is third-party and scanned poorly (its own line-number contrast); the rest of the page must be clean.
  const results = await new AxeBuilder({ page }).exclude('.monaco-editor').analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
})
