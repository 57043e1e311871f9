// A service with a long environment: the Basics panel lists its first 40 variables and a button for the rest (5,000
// rows of fields made the page's first render take seconds; issue 9).
import { BasicsPanel } from './pages/basics-panel'
import { expect, test } from './fixtures'

// The 43rd variable holds a literal password: its row, with its warning, is listed though it is past the 40th.
const VARS = Array.from({ length: 45 }, (_, i) => (i === 42 ? '      - DB_PASSWORD=hunter2' : `      - SETTING_${i}=value-${i}`)).join('\n')
const FILE = `services:\n  web:\n    image: nginx:1.27\n    environment:\n${VARS}\n`

test('a long environment shows its first 40 variables, those past them with a warning or just added, and all on request', async ({ app, page }) => {
  await app.open(FILE)
  const basics = new BasicsPanel(page)
  const rows = basics.environment.getByRole('list', { name: 'Environment of web' }).getByRole('listitem')
  await expect(rows).toHaveCount(41)
  await expect(basics.environment).toContainText('41 of 45 variables shown.')
  await expect(basics.environment.getByRole('form', { name: 'Variable SETTING_39' })).toBeVisible()
  await expect(basics.environment.getByRole('form', { name: 'Variable SETTING_40' })).toHaveCount(0)
  await expect(rows.last().getByRole('button', { name: 'Move to a secret' })).toBeVisible()
  await expect(rows.last().getByRole('form', { name: 'Variable DB_PASSWORD' })).toBeVisible()

  // A variable added with the form goes to the end of the file, and is listed.
  await basics.addVariable('ADDED_LAST', 'yes')
  await expect(basics.environment.getByRole('form', { name: 'Variable ADDED_LAST' })).toBeVisible()
  await expect(basics.environment).toContainText('42 of 46 variables shown.')
  // Renamed in its row (committed when the focus leaves the row), it stays listed.
  await basics.environment.getByRole('textbox', { name: 'Name of ADDED_LAST' }).fill('RENAMED_LAST')
  await basics.environment.getByRole('textbox', { name: 'New variable name' }).click()
  await expect(basics.environment.getByRole('form', { name: 'Variable RENAMED_LAST' })).toBeVisible()
  await expect(basics.environment).toContainText('42 of 46 variables shown.')

  await basics.environment.getByRole('button', { name: 'Show all 46 variables' }).click()
  await expect(rows).toHaveCount(46)
  await expect(basics.environment.getByRole('form', { name: 'Variable SETTING_44' })).toBeVisible()
  // The keyboard goes on where the list does.
  await expect(basics.environment.getByRole('textbox', { name: 'Name of SETTING_40' })).toBeFocused()
  await expect(basics.environment.getByRole('button', { name: /^Show all/ })).toHaveCount(0)
})
