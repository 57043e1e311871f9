// A service with a long environment: the Basics panel lists its first 40 variables and a button for the rest (5,000
// rows of fields made the page's first render take seconds; issue 9).
import { BasicsPanel } from './pages/basics-panel'
import { expect, test } from './fixtures'

const VARS = Array.from({ length: 45 }, (_, i) => `      - SETTING_${i}=value-${i}`).join('\n')
const FILE = `services:\n  web:\n    image: nginx:1.27\n    environment:\n${VARS}\n`

test('a long environment shows its first 40 variables, and all of them on request', async ({ app, page }) => {
  await app.open(FILE)
  const basics = new BasicsPanel(page)
  const rows = basics.environment.getByRole('list', { name: 'Environment of web' }).getByRole('listitem')
  await expect(rows).toHaveCount(40)
  await expect(basics.environment).toContainText('40 of 45 variables shown.')
  await expect(basics.environment.getByRole('form', { name: 'Variable SETTING_39' })).toBeVisible()
  await expect(basics.environment.getByRole('form', { name: 'Variable SETTING_40' })).toHaveCount(0)

  await basics.environment.getByRole('button', { name: 'Show all 45 variables' }).click()
  await expect(rows).toHaveCount(45)
  await expect(basics.environment.getByRole('form', { name: 'Variable SETTING_44' })).toBeVisible()
  // The keyboard goes on where the list does.
  await expect(basics.environment.getByRole('textbox', { name: 'Name of SETTING_40' })).toBeFocused()
  await expect(basics.environment.getByRole('button', { name: /^Show all/ })).toHaveCount(0)
})
