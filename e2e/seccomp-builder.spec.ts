import { mkdirSync, readFileSync } from 'node:fs'
import { AxeBuilder } from '@axe-core/playwright'
import { example, expect, test } from './fixtures'
import { CapabilitiesPanel } from './pages/capabilities-panel'
import { SeccompBuilder } from './pages/seccomp-builder'

// The app service's security_opt in the example (the first service, so String.replace hits it, not db's).
const APP_OPTS = '      - no-new-privileges:true\n      - apparmor:docker-default\n'
const withApp = (items: string) => example().replace(APP_OPTS, items)

// A load with room for a busy machine (below) and, in the last test, two axe scans: more than the usual 90 s.
test.describe.configure({ timeout: 180_000 })

// app.open() with more room: on a busy 2-core machine the first paint of a fresh browser context often outlasts its
// 15 s wait for the heading. The example document, as app.open() gives it.
test.beforeEach(async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Secure Compose Designer' })).toBeVisible({ timeout: 90_000 })
  await page.waitForFunction(() => window.__editor?.getModel() != null, undefined, { timeout: 90_000 })
})

interface Rule {
  names: string[]
  action: string
}

test("builds from Docker's default without ptrace, downloads a profile Docker accepts, and points security_opt at it", async ({ editor, page }) => {
  const builder = new SeccompBuilder(page)
  await builder.open()
  await expect(builder.start("Docker's default")).toBeChecked()
  // Docker's current default allows ptrace on kernels 4.8 and later: the seed's guide wants it blocked.
  await expect(builder.syscall('ptrace')).toBeChecked()
  await expect(builder.syscall('mount')).not.toBeChecked()
  await builder.syscall('ptrace').uncheck()
  await expect(builder.syscall('ptrace')).not.toBeChecked()

  await expect(builder.path).toHaveValue('./seccomp/app.json')
  const download = await builder.downloadProfile()
  expect(download.suggestedFilename()).toBe('app.json')
  const profile = JSON.parse(readFileSync(await download.path(), 'utf8'))
  expect(profile.defaultAction).toBe('SCMP_ACT_ERRNO')
  expect(Array.isArray(profile.architectures) || Array.isArray(profile.archMap)).toBe(true)
  expect(profile.architectures !== undefined && profile.archMap !== undefined).toBe(false)
  expect(profile.syscalls.length).toBeGreaterThan(0)
  for (const rule of profile.syscalls as Rule[]) {
    expect(rule.names.length).toBeGreaterThan(0)
    expect(rule.names.every((n) => typeof n === 'string')).toBe(true)
    expect(rule.action).toMatch(/^SCMP_ACT_/)
  }
  const allowed = (profile.syscalls as Rule[]).filter((r) => r.action === 'SCMP_ACT_ALLOW').flatMap((r) => r.names)
  expect(allowed).not.toContain('ptrace')
  expect(allowed).toContain('read')
  await expect(builder.status).toHaveText('Downloaded app.json: save it as ./seccomp/app.json beside the compose file.')

  await builder.useIn('app').click()
  await expect(builder.dialog).toHaveCount(0)
  await editor.expectText(withApp(`${APP_OPTS}      - seccomp:./seccomp/app.json\n`))
  const so = page.getByRole('region', { name: 'Security options' })
  await expect(so.getByRole('radio', { name: 'Custom profile', exact: true })).toBeChecked()
  await expect(so.getByRole('textbox', { name: 'Seccomp profile path' })).toHaveValue('./seccomp/app.json')
  await editor.undo()
  await editor.expectText(example())
})

test('follows the service capabilities: SYS_ADMIN opens mount; an empty allow-list warns without execve', async ({ page }) => {
  const caps = new CapabilitiesPanel(page)
  await caps.grant('SYS_ADMIN').check()
  await expect(caps.effective).toContainText('SYS_ADMIN')
  const builder = new SeccompBuilder(page)
  await builder.open()
  await expect(builder.capabilities.getByRole('listitem').filter({ hasText: 'SYS_ADMIN' })).toContainText('mount')
  await expect(builder.syscall('mount')).toBeChecked()
  await expect(builder.syscall('reboot')).not.toBeChecked()
  await builder.capabilities.screenshot({ path: `${process.env.E2E_RESULTS ?? 'test-results'}/panels/seccomp-builder-caps.png` })

  await builder.search.fill('kexec')
  await expect(builder.dialog.getByRole('checkbox')).toHaveCount(2)
  await expect(builder.syscall('kexec_load')).not.toBeChecked()

  await builder.start('Empty allow-list').check()
  await builder.search.fill('')
  await expect(builder.dialog.getByText('execve is not allowed')).toBeVisible()
  await builder.syscall('execve').check()
  await expect(builder.dialog.getByText('execve is not allowed')).toHaveCount(0)
  const download = await builder.downloadProfile()
  const profile = JSON.parse(readFileSync(await download.path(), 'utf8'))
  expect(profile).toEqual({
    defaultAction: 'SCMP_ACT_ERRNO',
    defaultErrnoRet: 1,
    architectures: ['SCMP_ARCH_X86_64', 'SCMP_ARCH_X86', 'SCMP_ARCH_X32', 'SCMP_ARCH_AARCH64', 'SCMP_ARCH_ARM'],
    syscalls: [{ names: ['execve'], action: 'SCMP_ACT_ALLOW' }],
  })

  await page.keyboard.press('Escape')
  await expect(builder.dialog).toHaveCount(0)
  await expect(builder.opener).toBeFocused()
})

test('the dialog passes axe in both themes (screenshots in the results folder)', async ({ page }) => {
  const builder = new SeccompBuilder(page)
  await builder.open()
  const dir = `${process.env.E2E_RESULTS ?? 'test-results'}/panels`
  mkdirSync(dir, { recursive: true })
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme })
    await page.evaluate((dark) => document.documentElement.classList.toggle('dark', dark), theme === 'dark')
    await builder.search.fill('')
    await builder.dialog.screenshot({ path: `${dir}/seccomp-builder-${theme}.png`, animations: 'disabled' })
    // A group with calls explained one by one and calls explained together keeps axe's scan short on a busy machine.
    await builder.search.fill('sched')
    await expect(builder.syscall('sched_yield')).toBeVisible()
    await builder.dialog.screenshot({ path: `${dir}/seccomp-builder-search-${theme}.png`, animations: 'disabled' })
    const results = await new AxeBuilder({ page }).include('dialog').analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), theme).toEqual([])
  }
})
