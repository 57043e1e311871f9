import { expect, test } from './fixtures'

test('broken YAML freezes the forms with the parser message and keeps the text as typed', async ({ app, editor, forms }) => {
  await app.open()
  const before = await editor.text()
  // "image: x y: z" nests a mapping in a compact one: a syntax error on that line.
  await editor.select('ghcr.io/example/app:1.4.2')
  await editor.page.keyboard.press('End')
  await editor.page.keyboard.type(' x: y')
  const broken = before.replace('ghcr.io/example/app:1.4.2', 'ghcr.io/example/app:1.4.2 x: y')

  await expect(forms.parseError).toContainText('The YAML cannot be read: line 9')
  await expect(forms.parseError).toContainText('Nested mappings are not allowed')
  await expect(forms.user).toBeDisabled()
  await expect(forms.readOnly).toBeDisabled()
  await expect(forms.noNewPrivileges).toBeDisabled()
  await expect(forms.services.getByRole('button', { name: 'Add service' })).toBeDisabled()
  // The last valid values stay visible while frozen.
  await expect(forms.user).toHaveValue('1000')
  await editor.expectText(broken)

  await editor.select(' x: y')
  await editor.page.keyboard.press('Backspace')
  await editor.expectText(before)
  await expect(forms.parseError).toHaveCount(0)
  await expect(forms.user).toBeEnabled()
})
