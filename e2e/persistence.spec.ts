import { expect, test } from './fixtures'

test('the document is saved as you type and restored on reload', async ({ app, editor, forms }) => {
  await app.open()
  await editor.typeOver('secure-app', 'my-project')
  await forms.setUser('4242', '')
  await app.expectSaved()
  const saved = await editor.text()
  expect(saved).toContain('name: my-project')

  await app.reload()
  await editor.expectText(saved)
  await expect(forms.user).toHaveValue('4242')
})
