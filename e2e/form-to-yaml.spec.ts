import { example, expect, test } from './fixtures'

test.beforeEach(async ({ app }) => {
  await app.open()
})

test('the page opens on the example, with the first service in the forms', async ({ editor, forms, page }) => {
  await editor.expectText(example())
  await expect(forms.heading).toHaveText('app')
  await expect(forms.user).toHaveValue('1000')
  await expect(forms.group).toHaveValue('1000')
  await expect(forms.readOnly).toBeChecked()
  await expect(forms.noNewPrivileges).toBeChecked()
  await expect(page.getByRole('heading', { name: 'Security score' })).toBeVisible()
})

test('a User form edit changes only that value in the YAML, and keeps its comment', async ({ editor, forms }) => {
  const before = await editor.text()
  await forms.setUser('1001', '1002')
  await editor.expectText(before.replace('user: "1000:1000"            # never run as root', 'user: "1001:1002"            # never run as root'))
})

test('turning a switch off keeps the comment on its line', async ({ editor, forms }) => {
  const before = await editor.text()
  await forms.readOnly.uncheck()
  const after = await editor.text()
  expect(after).toMatch(/^ {4}read_only: false +# immutable root filesystem$/m)
  // Nothing but that line changed.
  const changed = after.split('\n').filter((line, i) => line !== before.split('\n')[i])
  expect(changed).toEqual([expect.stringMatching(/read_only: false/)])
})

test('Ctrl+Z in the editor undoes a form edit in one step, byte for byte', async ({ editor, forms }) => {
  const before = await editor.text()
  await forms.noNewPrivileges.uncheck()
  await expect.poll(() => editor.text()).toContain('no-new-privileges:false')
  await editor.undo()
  await editor.expectText(before)
  await expect(forms.noNewPrivileges).toBeChecked()
})

test('the user warning appears for root and for an empty user', async ({ forms }) => {
  await forms.setUser('root', '')
  await expect(forms.settings.getByText('Runs as root.')).toBeVisible()
  await forms.setUser('0', '0')
  await expect(forms.settings.getByText('Runs as root.')).toBeVisible()
  await forms.setUser('', '')
  await expect(forms.settings.getByText('No user set.')).toBeVisible()
  await forms.setUser('1000', '')
  await expect(forms.settings.getByText(/Runs as root|No user set/)).toHaveCount(0)
})
