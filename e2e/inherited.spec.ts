import { expect, scenario, test } from './fixtures'

test('inherited values are marked, and editing one writes an override on the service', async ({ app, editor, forms }) => {
  const text = scenario('inherited.yaml')
  await app.open(text)
  await editor.expectText(text)
  await expect(forms.heading).toHaveText('web')
  await expect(forms.user).toHaveValue('1000')
  await expect(forms.inheritedBadge('defaults')).toHaveCount(3)

  await forms.setUser('2000', '2000')
  await expect.poll(() => editor.text()).toMatch(/^ {4}user: "?2000:2000"?$/m)
  const after = await editor.text()
  // The anchor is untouched, and so is the other service that merges it.
  const anchor = (s: string) => s.slice(0, s.indexOf('services:'))
  expect(anchor(after)).toBe(anchor(text))
  expect(after.slice(after.indexOf('  worker:'))).toBe(text.slice(text.indexOf('  worker:')))
  // The override is the service's own now: no badge on User, the others still inherited.
  await expect(forms.inheritedBadge('defaults')).toHaveCount(2)

  await forms.selectService('worker')
  await expect(forms.user).toHaveValue('1000')
  await expect(forms.inheritedBadge('defaults')).toHaveCount(3)
})
