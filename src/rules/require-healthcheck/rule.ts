// require-healthcheck: without a health check, Docker (and depends_on: service_healthy) only knows that the process runs.
import { readHealthcheck } from '../../compose/read/settings'
import { defineRule } from '../define-rule'

export default defineRule({
  id: 'require-healthcheck',
  title: 'Define a health check',
  description:
    'A health check lets Docker tell a container that runs from one that works: a hung, deadlocked or ' +
    'compromised process shows as unhealthy, `depends_on: condition: service_healthy` waits for real readiness, ' +
    'and monitoring can alert on the state. Without one a container is "running" for as long as its main process ' +
    'exists. If the image already declares a HEALTHCHECK, this finding can be waived.',
  severity: 'low',
  checklist: ['healthchecks'],
  references: ['CIS Docker Benchmark 5.27', 'https://docs.docker.com/reference/compose-file/services/#healthcheck'],
  fix: 'none',
  panel: 'health-logging',
  howToFix: 'Add a `healthcheck:` whose `test` proves the service works (`["CMD", "pg_isready", "-U", "postgres"]`, `["CMD", "wget", "-qO-", "http://localhost:8080/health"]`), with `interval`, `timeout` and `retries`.',
  messages: {
    missing: 'No healthcheck: Docker only knows the main process runs, not that the service works (unless the image declares a HEALTHCHECK).',
    disabled: 'healthcheck is disabled with disable: true, which also turns off any HEALTHCHECK the image declares.',
    none: 'healthcheck test is ["NONE"], which turns off any HEALTHCHECK the image declares.',
  },
  checkService({ service, report }) {
    const hc = readHealthcheck(service)
    if (!hc.present) {
      report({ messageId: 'missing', ...(service.data.healthcheck === null ? { at: ['healthcheck'] } : {}) })
      return
    }
    // Only the list form disables: `test: NONE` is a shell command named NONE (compose reads a string as CMD-SHELL).
    if (hc.disabledBy === 'disable') report({ messageId: 'disabled', at: ['healthcheck', 'disable'] })
    else if (hc.disabledBy === 'none') report({ messageId: 'none', at: ['healthcheck', 'test'] })
  },
})
