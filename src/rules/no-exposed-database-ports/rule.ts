// no-exposed-database-ports: a database is reached by its clients over the compose network, never through a published port.
import { readPorts } from '../../compose/read/settings'
import type { ServiceView } from '../../compose/types'
import { relabel } from '../../edits/edit-result'
import { removeAllPortsPlan } from '../../edits/network'
import { defineRule, planOrNull } from '../define-rule'
import { serviceDatabase } from '../network-helpers'

/** Items an `extends` base contributes cannot be removed from the service: compose adds them back. */
function portsFromBase(service: ServiceView): boolean {
  return readPorts(service).some((p) => p.origin === 'extends')
}

function listPorts(service: ServiceView): string {
  const shown = readPorts(service).map((p) => (p.long ? `${p.published ?? 'random'}→${p.target ?? '?'}` : p.raw))
  return shown.length > 3 ? `${shown.slice(0, 3).join(', ')} and ${shown.length - 3} more` : shown.join(', ')
}

export default defineRule({
  id: 'no-exposed-database-ports',
  title: 'Do not publish database ports',
  description:
    'Services in the same compose project reach a database over the project network by its service name; a ' +
    'published port only adds a way in from outside. Exposed databases are a leading cause of data breaches: ' +
    'scanners find open Redis, MongoDB, Elasticsearch and PostgreSQL ports within minutes, and many of these ' +
    'images start with weak or no authentication. Reach the database with `docker compose exec` or a port bound ' +
    'to 127.0.0.1 in a development-only override file instead.',
  severity: 'medium',
  checklist: ['no-unnecessary-ports'],
  references: [
    'Runtime Security Checklist: don\'t expose unnecessary ports (databases have none)',
    'CIS Docker Benchmark 5.9',
    'https://docs.docker.com/reference/compose-file/services/#ports',
  ],
  fix: 'unsafe',
  panel: 'network',
  fixLabel: 'Remove the database\'s published ports',
  howToFix: 'Delete the database\'s `ports:`; other services reach it as `<service>:<port>` on the project network. For local access, put `ports: ["127.0.0.1:5432:5432"]` in a development-only override file, or use `docker compose exec`.',
  fixDescription:
    'Removes the database\'s `ports:` (or, when they come from an anchor, overrides them with `ports: []`). Other ' +
    'services keep reaching it by service name; tools on the host lose their direct connection.',
  messages: {
    published: 'Database service ({{database}}) publishes {{ports}}; its clients can reach it over the compose network without any published port.',
  },
  checkService({ service, report }) {
    const database = serviceDatabase(service)
    if (!database || readPorts(service).length === 0) return
    const fix = portsFromBase(service) ? 'none' : undefined
    report({ messageId: 'published', at: ['ports'], data: { database, ports: listPorts(service) }, ...(fix ? { fix } : {}) })
  },
  fixPlan({ file, service }) {
    // The Network form's "Stop publishing" button for a database.
    if (!service || !serviceDatabase(service) || readPorts(service).length === 0 || portsFromBase(service)) return null
    return planOrNull(relabel(removeAllPortsPlan(file, service.name), 'Remove the database\'s published ports'))
  },
})
