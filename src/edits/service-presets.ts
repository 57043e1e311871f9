// "Add service" from an image: a hardened service the image can run, built from the image knowledge (its user, the
// paths it writes, its health check, the capabilities it needs); databases on an internal network. Each preset
// scores A (service-presets.test.ts keeps it so).
import { databaseOf } from '../compose/read/database-images'
import { imageKnowledge } from '../compose/read/image-knowledge/image-knowledge'
import { imageUserInput } from '../compose/read/image-knowledge/service-needs'
import { formatUser } from '../compose/read/settings'
import { asObject, get } from '../compose/read/values'
import { plan, setOp } from '../compose/write/plan'
import type { ComposeFile, EditOp } from '../compose/types'
import type { EditResult } from './edit-result'
import { DEFAULT_TMPFS, scratchTmpfs } from './filesystem'
import { serviceNameProblem } from './service-name'

export interface ServicePreset {
  id: string
  label: string
  /** The name the form suggests. */
  name: string
  image: string
  /** A port the image listens on, published on 127.0.0.1 only. */
  port?: { host: number; container: number }
  /** The variable holding the first-run password, read from a secret through the image's `_FILE` variant. */
  passwordVar?: string
}

/** Real, pinned tags of the official images the image knowledge describes. */
export const SERVICE_PRESETS: readonly ServicePreset[] = [
  { id: 'nginx', label: 'nginx (web server)', name: 'web', image: 'nginx:1.27-alpine', port: { host: 8080, container: 80 } },
  { id: 'postgres', label: 'PostgreSQL', name: 'db', image: 'postgres:17.6-alpine', passwordVar: 'POSTGRES_PASSWORD' },
  { id: 'mariadb', label: 'MariaDB', name: 'db', image: 'mariadb:11.4', passwordVar: 'MARIADB_ROOT_PASSWORD' },
  { id: 'mysql', label: 'MySQL', name: 'db', image: 'mysql:8.4', passwordVar: 'MYSQL_ROOT_PASSWORD' },
  { id: 'mongo', label: 'MongoDB', name: 'db', image: 'mongo:7.0', passwordVar: 'MONGO_INITDB_ROOT_PASSWORD' },
  { id: 'redis', label: 'Redis', name: 'cache', image: 'redis:7.4-alpine' },
]

/** The internal network databases join: no route outside the project. */
export const DATABASE_NETWORK = 'backend'

const basename = (path: string) => path.split('/').filter(Boolean).pop() ?? 'data'

/** The service's settings and the top-level entries it needs (volumes, network, secret), for an image. */
export function hardenedService(name: string, image: string, preset?: ServicePreset) {
  const facts = imageKnowledge(image)
  const database = databaseOf(facts?.reference.path ?? image.split(/[:@]/)[0]) !== undefined
  const user = facts && imageUserInput(facts)
  const scratch = facts?.writablePaths.filter((p) => p.use === 'scratch').map((p) => p.path) ?? []
  const data = facts?.writablePaths.filter((p) => p.use === 'data').map((p) => ({ volume: `${name}-${basename(p.path)}`, path: p.path })) ?? []
  const secret = preset?.passwordVar ? `${name}_password` : undefined
  const service: Record<string, unknown> = {
    image,
    user: user ? formatUser(user.user, user.group) : '1000:1000',
    read_only: true,
    tmpfs: [...new Set(['/tmp', ...scratch])].map((p) => (p === '/tmp' ? DEFAULT_TMPFS : scratchTmpfs(p))),
    ...(data.length ? { volumes: data.map((d) => `${d.volume}:${d.path}`) } : {}),
    cap_drop: ['ALL'],
    security_opt: ['no-new-privileges:true', 'apparmor:docker-default'],
    ...(database ? { networks: [DATABASE_NETWORK] } : {}),
    ...(preset?.port ? { ports: [`127.0.0.1:${preset.port.host}:${preset.port.container}`] } : {}),
    ...(secret && preset?.passwordVar ? { environment: { [`${preset.passwordVar}_FILE`]: `/run/secrets/${secret}` }, secrets: [secret] } : {}),
    ...(facts?.healthcheck ? { healthcheck: { test: [...facts.healthcheck.test], interval: '10s', timeout: '5s', retries: 5 } } : {}),
    deploy: { resources: { limits: { cpus: database ? '2' : '1', memory: database ? '1G' : '256M', pids: 200 } } },
    logging: { driver: 'json-file', options: { 'max-size': '10m', 'max-file': '3' } },
    restart: 'unless-stopped',
  }
  return { service, volumes: data.map((d) => d.volume), network: database ? DATABASE_NETWORK : undefined, secret }
}

/** Adds service `name` running `image`, hardened for it, with the top-level entries it needs that the file lacks. */
export function addServiceFromImagePlan(file: ComposeFile, name: string, image: string): EditResult {
  const names = file.services.map((s) => s.name)
  const problem = serviceNameProblem(name, names)
  if (problem) return problem
  const preset = SERVICE_PRESETS.find((p) => p.image === image.trim())
  const built = hardenedService(name, image.trim(), preset)
  const ops: EditOp[] = [setOp(['services', name], built.service)]
  const top = (key: string, entry: string) => get(file.data, key, entry)
  for (const v of built.volumes) if (top('volumes', v) === undefined) ops.push(setOp(['volumes', v], {}))
  if (built.network) {
    const net = asObject(top('networks', built.network))
    if (!net) ops.push(setOp(['networks', built.network], { internal: true }))
    else if (net.internal !== true) ops.push(setOp(['networks', built.network, 'internal'], true))
  }
  if (built.secret && top('secrets', built.secret) === undefined) ops.push(setOp(['secrets', built.secret], { file: `./secrets/${built.secret}.txt` }))
  return plan(`Add service ${name} (${image.trim()})`, ...ops)
}
