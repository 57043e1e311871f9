import { expect, test } from './fixtures'

/** A billion-laughs document: 10 levels of 10 aliases, 10^10 leaves once expanded. */
function aliasBomb(): string {
  const lines = [`l0: &l0 [${Array(10).fill('"lol"').join(', ')}]`]
  for (let i = 1; i < 10; i++) lines.push(`l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]`)
  return `${lines.join('\n')}\nservices: {}\n`
}

test('an alias bomb is refused without hanging schema validation for the next document', async ({ editor, forms, app }) => {
  await app.open()
  await editor.pasteOver(aliasBomb())
  await expect(forms.parseError).toContainText('alias bomb')

  await editor.pasteOver('servicess:\n  web:\n    image: nginx\n')
  await expect(forms.parseError).toHaveCount(0)
  // Before the guard the yaml worker spent minutes expanding the bomb and answered nothing else.
  await expect.poll(() => editor.markerMessages(), { timeout: 15_000 }).toContain('Property servicess is not allowed.')
})
