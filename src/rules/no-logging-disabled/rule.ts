// no-logging-disabled: with the `none` log driver nothing a container writes is kept, to audit or to debug.
import { readLogging } from '../../compose/read/settings'
import { defineRule } from '../define-rule'

export default defineRule({
  id: 'no-logging-disabled',
  title: 'Keep container logs',
  description:
    'With `logging.driver: none` Docker throws away everything the container writes to stdout and stderr: `docker logs` shows nothing, and no log collector receives it. After an incident there is then no record of what the container did, and a failing service leaves no trace to debug. Limit the size of the logs instead of turning them off. The driver name is read in any letter case; a driver that is an interpolation without default is not judged.',
  severity: 'low',
  checklist: ['logging'],
  references: ['Runtime Security Checklist: configure logging', 'https://docs.docker.com/engine/logging/configure/', 'https://docs.docker.com/reference/compose-file/services/#logging'],
  fix: 'none',
  panel: 'health-logging',
  howToFix: 'Remove `driver: none` and keep the default json-file driver with a size cap (`logging: {driver: json-file, options: {max-size: 10m, max-file: "3"}}`), or send the logs to a central driver (journald, syslog, fluentd, …).',
  messages: {
    none: 'logging.driver is none: nothing the container writes is kept, so there is no record to audit or debug.',
  },
  checkService({ service, report }) {
    const logging = readLogging(service)
    if (logging.driver?.trim().toLowerCase() === 'none') report({ messageId: 'none', at: ['logging', 'driver'] })
  },
})
