import { example, expect, test } from './fixtures'
import { HealthLoggingPanel } from './pages/health-logging-panel'
import { screenshotPanel } from './pages/panel-screenshots'

// The app service's health check in the example (the first service, so String.replace hits it, not db's).
const APP_TEST = '      test: ["CMD", "wget", "-qO-", "http://127.0.0.1:8080/health"]\n'
const APP_LOGGING = '    logging:\n      driver: json-file\n      options:\n        max-size: 10m\n        max-file: "3"\n    restart: unless-stopped\n    depends_on: [db]\n'

test.beforeEach(async ({ app }) => {
  await app.open()
})

test('shows the example health check, logging and restart policy', async ({ page }) => {
  const hl = new HealthLoggingPanel(page)
  await expect(hl.form('Exec (CMD)')).toBeChecked()
  await expect(hl.testCommand).toHaveValue('wget -qO- http://127.0.0.1:8080/health')
  await expect(hl.region.getByRole('list', { name: 'Arguments' }).getByRole('listitem')).toHaveText(['wget', '-qO-', 'http://127.0.0.1:8080/health'])
  await expect(hl.interval).toHaveValue('30s')
  await expect(hl.timeout).toHaveValue('5s')
  await expect(hl.retries).toHaveValue('3')
  await expect(hl.startPeriod).toHaveValue('10s')
  await expect(hl.disable).not.toBeChecked()
  await expect(hl.driver).toHaveValue('json-file')
  await expect(hl.maxSize).toHaveValue('10m')
  await expect(hl.maxFiles).toHaveValue('3')
  await expect(hl.policy('unless-stopped')).toBeChecked()
})

test('timing edits change only those lines, as one undo step', async ({ editor, page }) => {
  const hl = new HealthLoggingPanel(page)
  await hl.interval.fill('15s')
  await hl.retries.fill('5')
  await hl.retries.press('Enter')
  await editor.expectText(example().replace('      interval: 30s\n      timeout: 5s\n      retries: 3\n', '      interval: 15s\n      timeout: 5s\n      retries: 5\n'))
  await editor.undo()
  await editor.expectText(example())
  await expect(hl.interval).toHaveValue('30s')
})

test('the test switches between CMD and CMD-SHELL, keeping the other words quoted as written', async ({ editor, page }) => {
  const hl = new HealthLoggingPanel(page)
  await hl.form('Shell (CMD-SHELL)').check()
  await editor.expectText(example().replace(APP_TEST, '      test: ["CMD-SHELL", "wget -qO- http://127.0.0.1:8080/health"]\n'))

  await hl.testCommand.fill('wget -qO- http://127.0.0.1:8080/ready || exit 1')
  await hl.testCommand.press('Enter')
  await editor.expectText(example().replace(APP_TEST, '      test: ["CMD-SHELL", "wget -qO- http://127.0.0.1:8080/ready || exit 1"]\n'))
})

test('disabling drops the test; enabling brings back a template test', async ({ editor, page }) => {
  const hl = new HealthLoggingPanel(page)
  await hl.disable.check()
  await editor.expectText(example().replace(APP_TEST, '').replace('      start_period: 10s\n', '      start_period: 10s\n      disable: true\n'))
  await expect(hl.region.getByText('Health check disabled.')).toBeVisible()
  await expect(hl.interval).toHaveCount(0)

  await hl.disable.uncheck()
  await editor.expectText(
    example()
      .replace(APP_TEST, '')
      .replace('      start_period: 10s\n', '      start_period: 10s\n      test:\n        - CMD-SHELL\n        - wget -q --spider http://127.0.0.1:8080/health || exit 1\n'),
  )
  await expect(hl.testCommand).toHaveValue('wget -q --spider http://127.0.0.1:8080/health || exit 1')
})

test('a service without a health check gets one from the template', async ({ editor, forms, page }) => {
  const hl = new HealthLoggingPanel(page)
  await forms.addService('worker')
  await expect(forms.heading).toHaveText('worker')
  const before = await editor.text()
  await expect(hl.region.getByText('No health check.')).toBeVisible()
  await hl.useTemplate.click()
  const block =
    '    healthcheck:\n      test:\n        - CMD-SHELL\n        - wget -q --spider http://127.0.0.1:8080/health || exit 1\n      interval: 30s\n      timeout: 5s\n      retries: 3\n      start_period: 10s\n'
  // The new service is the last one: its block ends where the top-level networks begin.
  const end = before.indexOf('\nnetworks:')
  await editor.expectText(`${before.slice(0, end)}${block}${before.slice(end)}`)
  await expect(hl.form('Shell (CMD-SHELL)')).toBeChecked()
})

test('logging: driver and rotation edits, and the recommended limits when logging goes', async ({ editor, page }) => {
  const hl = new HealthLoggingPanel(page)
  await hl.driver.selectOption('local')
  await hl.maxSize.fill('20m')
  await hl.maxSize.press('Enter')
  await editor.expectText(example().replace(APP_LOGGING, APP_LOGGING.replace('json-file', 'local').replace('10m', '20m')))

  await hl.driver.selectOption('journald')
  await editor.expectText(example().replace(APP_LOGGING, '    logging:\n      driver: journald\n    restart: unless-stopped\n    depends_on: [db]\n'))
  await expect(hl.maxSize).toHaveCount(0)

  await hl.driver.selectOption('')
  await editor.expectText(example().replace(APP_LOGGING, '    restart: unless-stopped\n    depends_on: [db]\n'))
  await expect(hl.region.getByText('Logs grow without limit.')).toBeVisible()
  await hl.region.getByRole('button', { name: 'Rotate at 10m, keep 3' }).click()
  await editor.expectText(
    example().replace(APP_LOGGING, '    restart: unless-stopped\n    depends_on: [db]\n    logging:\n      driver: json-file\n      options:\n        max-size: 10m\n        max-file: "3"\n'),
  )
})

test('restart policy: in place, with on-failure retries', async ({ editor, page }) => {
  const hl = new HealthLoggingPanel(page)
  await hl.policy('on-failure').check()
  await editor.expectText(example().replace('restart: unless-stopped', 'restart: on-failure'))
  await hl.maxRetries.fill('5')
  await hl.maxRetries.press('Enter')
  await editor.expectText(example().replace('restart: unless-stopped', 'restart: on-failure:5'))
  await hl.policy('no').check()
  await editor.expectText(example().replace('restart: unless-stopped', 'restart: "no"'))
})

test('health, logging and restart typed in the editor show in the form', async ({ editor, page }) => {
  const hl = new HealthLoggingPanel(page)
  await editor.typeOver('interval: 30s', 'interval: 45s')
  await expect(hl.interval).toHaveValue('45s')
  await editor.typeOver('-qO-', '-q')
  await expect(hl.testCommand).toHaveValue('wget -q http://127.0.0.1:8080/health')
  await editor.typeOver('max-size: 10m', 'max-size: 25m')
  await expect(hl.maxSize).toHaveValue('25m')
  await editor.typeOver('restart: unless-stopped', 'restart: always')
  await expect(hl.policy('always')).toBeChecked()
})

test('screenshots of the Health & logging panel', async ({ editor, page }) => {
  const hl = new HealthLoggingPanel(page)
  await expect(hl.interval).toHaveValue('30s')
  await editor.ready()
  await screenshotPanel(page, hl.region, 'health-logging')
})

test('screenshot of a service with no health check, logging or restart policy', async ({ forms, page }) => {
  const hl = new HealthLoggingPanel(page)
  await forms.addService('worker')
  await expect(hl.useTemplate).toBeVisible()
  await expect(hl.region.getByText('Logs grow without limit.')).toBeVisible()
  await screenshotPanel(page, hl.region, 'health-logging-unset')
})
