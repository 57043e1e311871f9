import { expect, test } from './fixtures'

test.beforeEach(async ({ app }) => {
  await app.open()
})

test('typing in the editor updates the forms', async ({ editor, forms }) => {
  await editor.typeOver('1000:1000', '2000:3000')
  await expect(forms.user).toHaveValue('2000')
  await expect(forms.group).toHaveValue('3000')

  await editor.typeOver('read_only: true', 'read_only: false')
  await expect(forms.readOnly).not.toBeChecked()

  await editor.typeOver('no-new-privileges:true', 'no-new-privileges:false')
  await expect(forms.noNewPrivileges).not.toBeChecked()
})

test('typing in another service shows up when that service is picked', async ({ editor, forms }) => {
  await editor.typeOver('70:70', '999:999')
  await forms.selectService('db')
  await expect(forms.user).toHaveValue('999')
  await expect(forms.tmpfsField('Path', 2)).toHaveValue('/var/run/postgresql')
  await expect(forms.tmpfsField('Size', 2)).toHaveValue('16M')
})
