// unsupported-reference: files outside this one cannot be read in a browser; say what was left out, never fail.
import { isMap } from 'yaml'
import { findOwnPair } from '../../compose/read/services'
import type { ComposeFile, Pos } from '../../compose/types'
import { asList, asObject, get, toText } from '../../compose/read/values'
import { defineRule } from '../define-rule'

/** The paths an `include:` lists: strings, or `path:` (a string or a list) of long-syntax items. */
function includedPaths(value: unknown): string[] {
  return asList(value).flatMap((item) => {
    const long = asObject(item)
    return (long ? asList(long.path) : [item]).map((p) => {
      const t = toText(p)
      return t.known ? t.value : String(p)
    })
  })
}

function includePos(file: ComposeFile): Pos | undefined {
  const root = file.doc.contents
  const pair = isMap(root) ? findOwnPair(root, 'include') : undefined
  const offset = (pair?.key as { range?: [number, number, number] } | undefined)?.range?.[0]
  if (offset === undefined) return undefined
  const { line, col } = file.lineCounter.linePos(offset)
  return { line, column: col, offset }
}

const quoted = (items: string[]) => items.map((p) => `"${p}"`).join(', ')

export default defineRule({
  id: 'unsupported-reference',
  title: 'References to other files are not analysed',
  description:
    'Compose can pull settings from other files: `include:` adds whole compose files, and `extends:` with `file:` ' +
    'inherits a service from another file. The analyser runs in the browser on the one file you give it, so the ' +
    'settings those files add are not checked and the score does not account for them. Analyse those files too, ' +
    'or run `docker compose config` and analyse its merged output.',
  severity: 'info',
  checklist: [],
  references: [
    'https://docs.docker.com/reference/compose-file/include/',
    'https://docs.docker.com/reference/compose-file/services/#extends',
  ],
  fix: 'none',
  panel: null,
  howToFix: 'Check the referenced files as well (`secure-compose check` on each), or analyse the output of `docker compose config`, which has every include and extends resolved.',
  messages: {
    include: 'include: adds {{count}} other compose file(s) ({{paths}}) that cannot be read here; their services and settings are not analysed.',
    extendsFile: 'extends service "{{service}}" from {{file}}, which cannot be read here; the settings it inherits are not analysed.',
    extendsMissing: 'extends service "{{service}}", which is not defined in this file; the settings it would inherit are not analysed.',
  },
  checkFile({ file, report }) {
    const value = get(file.data, 'include')
    if (value === undefined) return
    const pos = includePos(file)
    const paths = includedPaths(value)
    if (pos) report({ messageId: 'include', pos, data: { count: paths.length, paths: quoted(paths) } })
  },
  checkService({ file, service, report }) {
    const ext = service.data.extends
    const long = asObject(ext)
    const target = typeof ext === 'string' ? ext : typeof long?.service === 'string' ? long.service : undefined
    if (target === undefined) return
    const fileRef = long?.file
    if (fileRef !== undefined && fileRef !== null) {
      const t = toText(fileRef)
      report({ messageId: 'extendsFile', at: ['extends', 'file'], data: { service: target, file: `"${t.known ? t.value : String(fileRef)}"` } })
      return
    }
    const services = asObject(file.data?.services) ?? {}
    if (!Object.prototype.hasOwnProperty.call(services, target)) {
      report({ messageId: 'extendsMissing', at: typeof ext === 'string' ? ['extends'] : ['extends', 'service'], data: { service: target } })
    }
  },
})
