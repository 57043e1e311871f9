import { expect, test } from './fixtures'

test('tmpfs rows: add, edit and remove', async ({ app, editor, forms }) => {
  await app.open()
  await expect(forms.tmpfsField('Path', 1)).toHaveValue('/tmp')
  await expect(forms.tmpfsField('Size', 1)).toHaveValue('64M')
  await expect(forms.tmpfsField('Mode', 1)).toHaveValue('1777')

  await forms.settings.getByLabel('New mount path').fill('/run')
  await forms.settings.getByLabel('New mount size').fill('8m')
  await forms.settings.getByRole('button', { name: 'Add tmpfs mount' }).click()
  await expect(forms.tmpfsField('Path', 2)).toHaveValue('/run')
  await expect.poll(() => editor.text()).toMatch(/- \/tmp:size=64M,mode=1777 +# writable scratch space, size-limited\n {6}- "?\/run:size=8m"?\n/)

  await forms.tmpfsField('Size', 1).fill('128M')
  await forms.tmpfsField('Size', 1).press('Enter')
  await expect.poll(() => editor.text()).toMatch(/- "?\/tmp:size=128M,mode=1777"? +# writable scratch space, size-limited\n/)

  await forms.tmpfsField('Mode', 2).fill('abc')
  await expect(forms.settings.getByText('Write an octal mode')).toBeVisible()
  await forms.tmpfsField('Mode', 2).fill('0700')
  await forms.tmpfsField('Path', 1).focus()
  await expect.poll(() => editor.text()).toMatch(/- "?\/run:size=8m,mode=0700"?\n/)

  await forms.settings.getByRole('button', { name: 'Remove mount /run' }).click()
  await expect(forms.tmpfsField('Path', 2)).toHaveCount(0)
  await expect.poll(() => editor.text()).not.toContain('/run:')
})
