// The "New" menu's starting points: hardened compose files (each scores 100/A, templates.test.ts keeps it so) and an empty one.
import database from './database.yaml?raw'
import empty from './empty.yaml?raw'
import web from './web.yaml?raw'
import worker from './worker.yaml?raw'

export type TemplateId = 'web' | 'worker' | 'database' | 'empty'

export interface Template {
  id: TemplateId
  label: string
  description: string
  text: string
}

export const TEMPLATES: readonly Template[] = [
  { id: 'web', label: 'Web service', description: 'An HTTP app published on localhost only', text: web },
  { id: 'worker', label: 'Worker', description: 'A background job runner with no ports', text: worker },
  { id: 'database', label: 'Database', description: 'PostgreSQL on an internal network', text: database },
  { id: 'empty', label: 'Empty file', description: 'Start from scratch', text: empty },
]
