// docker run <-> Compose in the page (issue 11 items 2 and 3): pasted commands become services shown as a diff, with
// what could not be converted listed; merging is one edit that one Ctrl+Z undoes. A service's docker run view shows
// and copies the command.
import { previewImport } from '../src/convert/import-preview'
import { serviceToRun } from '../src/convert/compose-to-run'
import { parseCompose } from '../src/compose/read/parse'
import { expect, test as base } from './fixtures'
import { ImportRunPage, RunViewPage } from './pages/convert-page'
import { addedLine } from './pages/text-diff'

const test = base.extend<{ importRun: ImportRunPage }>({
  importRun: async ({ page }, use) => use(new ImportRunPage(page)),
})

const DOCUMENT = `# Our stack
services:
  web:
    image: nginx:1.27 # pinned
    read_only: true
    depends_on: [cache]
  cache:
    image: redis:7
`

const COMMANDS = String.raw`docker run -d --name web \
  -p 127.0.0.1:8080:80 \
  --tmpfs /tmp --tmpfs /var/cache/nginx \
  --frobnicate \
  --read-only \
  nginx:1.27
docker run -d --name api --cap-drop ALL -e "GREETING=hello world" ghcr.io/acme/api:2.1 serve`

test('paste two docker run commands, review the diff and the unknown option, merge, and undo with one Ctrl+Z', async ({ app, editor, importRun }) => {
  const merged = previewImport(DOCUMENT, COMMANDS).merged!
  await app.open(DOCUMENT)
  await editor.expectText(DOCUMENT)

  await importRun.open()
  await expect(importRun.dialog).toBeVisible()
  await expect(importRun.commands).toBeFocused()
  await importRun.commands.fill(COMMANDS)
  await expect(importRun.status).toHaveText('Services: web-2, api.')
  await expect(importRun.list('Options not converted')).toContainText('--frobnicate (web-2): not a docker run option')
  await expect(importRun.list('Name clashes')).toContainText('web-2: named so because web is taken')
  await expect(importRun.diff).toBeVisible()
  // The change is shown as inserted lines on the modified side, the address kept.
  await expect(addedLine(importRun.diff, 'web-2:')).toBeVisible()
  await expect(addedLine(importRun.diff, '"127.0.0.1:8080:80"')).toBeVisible()

  await importRun.merge.click()
  await expect(importRun.dialog).toHaveCount(0)
  await editor.expectText(merged)
  const text = await editor.text()
  expect(text).toContain('# Our stack\nservices:\n  web:\n    image: nginx:1.27 # pinned\n')
  expect(text).toContain('      - "127.0.0.1:8080:80"')
  expect(text).toContain('      - /tmp\n      - /var/cache/nginx\n')

  await editor.undo()
  await editor.expectText(DOCUMENT)
})

test('a command that cannot be read says where, and nothing can be merged', async ({ app, importRun }) => {
  await app.open(DOCUMENT)
  await importRun.open()
  await importRun.commands.fill('docker run -e "A=1 nginx:1.27')
  await expect(importRun.list('Could not be converted')).toContainText('line 1, column 15: the double quote (") is never closed')
  await importRun.commands.fill('ls -la')
  await expect(importRun.list('Could not be converted')).toContainText('`ls -la` is not a docker run command')
  await expect(importRun.merge).toBeDisabled()
  await expect(importRun.openAsNew).toBeDisabled()
})

test('open as new document asks first, then replaces the text in one undoable edit', async ({ app, editor, importRun, page }) => {
  await app.open(DOCUMENT)
  await importRun.open()
  await importRun.commands.fill('docker run --name api --read-only ghcr.io/acme/api:2.1')
  await importRun.openAsNew.click()
  const confirm = page.getByRole('dialog', { name: 'Replace the document with the converted services?' })
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused()
  // Escape closes the question only; the focus goes back to the button that asked it.
  await page.keyboard.press('Escape')
  await expect(confirm).toHaveCount(0)
  await expect(importRun.openAsNew).toBeFocused()
  await importRun.openAsNew.click()
  await confirm.getByRole('button', { name: 'Replace the document' }).click()
  await expect(importRun.dialog).toHaveCount(0)
  await editor.expectText('services:\n  api:\n    image: ghcr.io/acme/api:2.1\n    read_only: true\n')
  await editor.undo()
  await editor.expectText(DOCUMENT)
})

test('the docker run view of a service shows its command and what has no flag, and Copy copies it', async ({ app, context, forms, page }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const expected = serviceToRun(parseCompose(DOCUMENT), 'web')!
  await app.open(DOCUMENT)
  await forms.selectService('web')
  const view = new RunViewPage(page, 'web')
  await view.open()
  await expect(view.dialog).toBeVisible()
  await expect(view.command).toHaveText(expected.command)
  await expect(view.command).toContainText('--read-only')
  await expect(view.notes).toContainText('depends_on: docker run has no start order')
  await view.copy.click()
  await expect(view.dialog.getByRole('status')).toHaveText('Copied the command to the clipboard.')
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected.command)
})
