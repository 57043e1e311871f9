// require-internal-network-for-database: a database needs no route out; an `internal: true` network takes it away.
import { readNetworkMode } from '../../compose/read/settings'
import type { ComposeFile, ServiceView } from '../../compose/types'
import { defineRule } from '../define-rule'
import type { ReportDescriptor } from '../types'

type MessageId = 'networkMode' | 'external' | 'defaultNetwork' | 'open'
import { serviceDatabase } from '../network-helpers'
import { fixable, internalNetworkPlan } from './fix-plan'
import { hasNetworkMode, serviceNetworks, sharesOrHasNoNetwork } from './networks'

/** The findings for one service, without reporting them (the fix needs to know which databases fire). */
function problems(file: ComposeFile, service: ServiceView): ReportDescriptor<MessageId>[] {
  const database = serviceDatabase(service)
  if (!database) return []
  const fix = fixable(file, service) ? undefined : ('none' as const)
  const withFix = (d: ReportDescriptor<MessageId>): ReportDescriptor<MessageId> => (fix ? { ...d, fix } : d)
  if (hasNetworkMode(service)) {
    const mode = readNetworkMode(service).value
    if (mode === undefined || sharesOrHasNoNetwork(mode)) return []
    return [withFix({ messageId: 'networkMode', at: ['network_mode'], data: { database, mode } })]
  }
  const out: ReportDescriptor<MessageId>[] = []
  for (const n of serviceNetworks(file, service)) {
    if (n.kind === 'internal' || n.kind === 'unknown') continue
    const data = { database, network: n.name }
    if (n.kind === 'external') out.push({ messageId: 'external', at: n.place?.at, data, fix: 'none' })
    else if (!n.place) out.push(withFix({ messageId: 'defaultNetwork', data }))
    else out.push(withFix({ messageId: 'open', at: n.place.at, data }))
  }
  return out
}

export default defineRule({
  id: 'require-internal-network-for-database',
  title: 'Keep databases on an internal network',
  description:
    'A database only needs to answer the services that use it. On a normal network (the default one included) ' +
    'it can also open connections to the internet, which is what an attacker who gets code execution through ' +
    'an injection or a malicious extension needs to fetch tools and exfiltrate data. A network declared ' +
    '`internal: true` has no route outside the project: the database and its clients still talk to each other ' +
    'by service name, nothing else gets in or out.',
  severity: 'medium',
  checklist: ['internal-networks'],
  references: [
    'Runtime Security Checklist: use internal networks for databases',
    'https://docs.docker.com/reference/compose-file/networks/#internal',
  ],
  fix: 'unsafe',
  panel: 'network',
  fixLabel: 'Move the database to an internal network',
  howToFix: 'Declare a network with `internal: true` under top-level `networks:`, put the database only on it, and add it to every service that talks to the database (keeping their other networks).',
  fixDescription:
    'Declares a top-level network `backend` with `internal: true` (or `backend-internal`, `internal`, … when the ' +
    'name is taken by a network that is not internal, a service or a volume; an internal network the database is ' +
    'already on is used instead of a new one). The database keeps only its internal networks: its other networks and ' +
    'any `network_mode` are removed, and aliases it had on them move to the internal network. So that no edge is cut, ' +
    'every service it shares one with is attached to that network too and keeps its existing networks (a service ' +
    'without `networks:` was on `default`, so it gets `default` plus the internal one): the services that list the ' +
    'database in `depends_on` or `links` or name it as a host in an environment value, and the services the database ' +
    'itself lists in `depends_on` or `links`. A service in another\'s network namespace (`network_mode: service:X`) is ' +
    'reached through X, which is attached instead. The database loses outbound access and its published ports; ' +
    'services that reach it some other way must be attached by hand.',
  messages: {
    defaultNetwork: 'Database service ({{database}}) is on the default network, which is not internal: the database can open connections outside the project.',
    open: 'Database service ({{database}}) joins network {{network}}, which is not declared internal: true, so the database can open connections outside the project.',
    external: 'Database service ({{database}}) joins external network {{network}}; this file cannot show whether it is internal (if it was created with --internal, waive this finding).',
    networkMode: 'Database service ({{database}}) uses network_mode: {{mode}}, which is not an internal network.',
  },
  checkService({ file, service, report }) {
    for (const d of problems(file, service)) report(d)
  },
  fixPlan({ file, service }) {
    if (!service) return null
    const flagged = new Set(file.services.filter((s) => problems(file, s).some((d) => d.fix !== 'none')).map((s) => s.name))
    return flagged.has(service.name) ? internalNetworkPlan(file, service, flagged) : null
  },
})
