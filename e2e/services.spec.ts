import { expect, test } from './fixtures'

test('add, rename and remove a service', async ({ app, editor, forms }) => {
  await app.open()
  const before = await editor.text()

  await forms.addService('worker')
  await expect(forms.service('worker')).toBeVisible()
  await expect(forms.heading).toHaveText('worker')
  await expect(forms.readOnly).toBeChecked()
  await expect.poll(() => editor.text()).toMatch(/^ {2}worker:\n {4}image: "?alpine:3\.20"?$/m)

  await forms.renameSelected('jobs')
  await expect(forms.service('jobs')).toBeVisible()
  await expect(forms.service('worker')).toHaveCount(0)
  await expect.poll(() => editor.text()).toMatch(/^ {2}jobs:$/m)

  await forms.removeSelected('jobs')
  await expect(forms.service('jobs')).toHaveCount(0)
  await expect(forms.heading).toHaveText('app')
  // Add, rename and remove leave no trace.
  await editor.expectText(before)
})

test('a service name that compose would refuse is not written', async ({ app, editor, forms }) => {
  await app.open()
  const before = await editor.text()
  await forms.addService('my service')
  await expect(forms.services.getByText('Use only letters, digits')).toBeVisible()
  await forms.addService('db')
  await expect(forms.services.getByText('A service named "db" already exists.')).toBeVisible()
  await editor.expectText(before)
})
