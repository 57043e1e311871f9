// Table tests of `include:` and `extends.file` as the loader follows them. Each expected model was checked against the
// Compose Specification: "Include" (compose-spec 14-include.md; docs.docker.com/reference/compose-file/include/):
// each path is loaded as a model of its own, relative to the including file; its resources are copied into the local
// model, and a name defined on both sides is not merged; `path:` as a list merges those files like -f override files;
// include applies recursively. "extends" (compose-spec 05-services.md#extends, docs.docker.com/compose/how-tos/
// multiple-compose-files/extends/): `file:` is relative to the file that has the `extends`, the local service is
// merged over the one it extends with the merge rules (sequences appended, command replaced), `extends` itself is gone.
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { toPlain } from '../compose/merge/model'
import type { Io } from './io'
import { Loader } from './load-file'

function loader(files: Record<string, string>, env: Record<string, string> = {}) {
  const io = {
    readFile: async (p: string) => {
      if (files[p] === undefined) throw Object.assign(new Error('nope'), { code: 'ENOENT' })
      return files[p]
    },
  } as unknown as Io
  return new Loader(io, new Map(Object.entries(env)))
}

const CASES: Array<{ name: string; files: Record<string, string>; expected: string }> = [
  {
    name: 'include: short syntax, relative to the including file; resources are copied in',
    files: {
      'app/compose.yaml': 'include:\n  - db/compose.yaml\nservices:\n  web:\n    image: nginx\n',
      'app/db/compose.yaml': 'services:\n  db:\n    image: postgres\nvolumes:\n  data: {}\n',
    },
    expected: 'services:\n  web: {image: nginx}\n  db: {image: postgres}\nvolumes:\n  data: {}\n',
  },
  {
    name: 'include: a name defined on both sides keeps the local definition, not merged',
    files: {
      'compose.yaml': 'include:\n  - other.yaml\nservices:\n  web:\n    image: nginx\n',
      'other.yaml': 'services:\n  web:\n    image: httpd\n    privileged: true\n  side:\n    image: busybox\n',
    },
    expected: 'services:\n  web: {image: nginx}\n  side: {image: busybox}\n',
  },
  {
    name: 'include: long syntax, a path list merged like -f override files',
    files: {
      'compose.yaml': 'include:\n  - path:\n      - base.yaml\n      - override.yaml\n',
      'base.yaml': 'services:\n  api:\n    image: api:1\n    ports: ["8080:80"]\n',
      'override.yaml': 'services:\n  api:\n    ports: ["8443:443"]\n',
    },
    expected: 'services:\n  api: {image: "api:1", ports: ["8080:80", "8443:443"]}\n',
  },
  {
    name: 'include: applies recursively, each path relative to its own file',
    files: {
      'compose.yaml': 'include: [a/compose.yaml]\n',
      'a/compose.yaml': 'include: [b/compose.yaml]\nservices:\n  a: {image: a}\n',
      'a/b/compose.yaml': 'services:\n  b: {image: b}\n',
    },
    expected: 'services:\n  a: {image: a}\n  b: {image: b}\n',
  },
  {
    name: 'extends.file: relative to the file, the local service merged over its base, extends removed',
    files: {
      'compose.yaml': 'services:\n  web:\n    extends:\n      file: common/base.yaml\n      service: base\n    command: [run]\n    ports: ["443:443"]\n',
      'common/base.yaml': 'services:\n  base:\n    image: nginx\n    command: [serve]\n    ports: ["80:80"]\n',
    },
    expected: 'services:\n  web: {image: nginx, command: [run], ports: ["80:80", "443:443"]}\n',
  },
  {
    name: 'extends.file: a base that extends a service of its own file is resolved there',
    files: {
      'compose.yaml': 'services:\n  web:\n    extends: {file: lib.yaml, service: hardened}\n',
      'lib.yaml': 'services:\n  root:\n    read_only: true\n  hardened:\n    extends: root\n    cap_drop: [ALL]\n',
    },
    expected: 'services:\n  web: {read_only: true, cap_drop: [ALL]}\n',
  },
  {
    name: 'extends without file stays for the analysis, which resolves same-file extends itself',
    files: { 'compose.yaml': 'services:\n  a: {image: x}\n  b:\n    extends: a\n' },
    expected: 'services:\n  a: {image: x}\n  b: {extends: a}\n',
  },
  {
    name: 'interpolation applies in every file read, include paths too',
    files: {
      'compose.yaml': 'include: ["${SUB}/c.yaml"]\nservices:\n  a:\n    image: "app:${TAG:-dev}"\n',
      'sub/c.yaml': 'services:\n  c:\n    mem_limit: ${MEM}\n',
    },
    expected: 'services:\n  a: {image: "app:1.2"}\n  c: {mem_limit: 512m}\n',
  },
]

// Each included project reads its own variables (compose-go's loader, "include"; docs.docker.com/reference/compose-file/
// include/): its env_file list (relative to the including project; /dev/null skipped), else the .env of its project
// directory; they add to the including project's variables, which keep their values. project_directory (relative to
// the including project) is where the included project's own relative paths start.
const INCLUDE_ENV_CASES: Array<{ name: string; files: Record<string, string>; expected: string }> = [
  {
    name: 'include env_file: its variables interpolate the included file; the including project\'s win',
    files: {
      'compose.yaml': 'include:\n  - path: db/compose.yaml\n    env_file: [db.env, /dev/null]\n',
      'db.env': 'DB_TAG=16\nTAG=from-file\n',
      'db/compose.yaml': 'services:\n  db:\n    image: "postgres:${DB_TAG}"\n    labels: ["tag=${TAG}"]\n',
    },
    expected: 'services:\n  db: {image: "postgres:16", labels: [tag=1.2]}\n',
  },
  {
    name: 'include without env_file: the .env of the included project\'s folder',
    files: {
      'compose.yaml': 'include: [db/compose.yaml]\n',
      'db/.env': 'DB_TAG=17\n',
      'db/compose.yaml': 'services:\n  db:\n    image: "postgres:${DB_TAG}"\n',
    },
    expected: 'services:\n  db: {image: "postgres:17"}\n',
  },
  {
    name: 'include project_directory: its .env, and the start of the included project\'s own include paths',
    files: {
      'compose.yaml': 'include:\n  - path: lib/db.yaml\n    project_directory: proj\n',
      'proj/.env': 'DB_TAG=15\n',
      'proj/cache.yaml': 'services:\n  cache:\n    image: "redis:${DB_TAG}"\n',
      'lib/db.yaml': 'include: [cache.yaml]\nservices:\n  db:\n    image: "postgres:${DB_TAG}"\n',
    },
    expected: 'services:\n  db: {image: "postgres:15"}\n  cache: {image: "redis:15"}\n',
  },
]

describe('Loader: include and extends.file (Compose Specification)', () => {
  it.each(INCLUDE_ENV_CASES)('$name', async ({ files, expected }) => {
    const l = loader(files, { TAG: '1.2' })
    expect(toPlain(await l.load('compose.yaml'))).toEqual(parse(expected))
  })

  it('warns about a line of an include env_file that is not KEY=VALUE, by its number only', async () => {
    const l = loader({ 'compose.yaml': 'include:\n  - path: a.yaml\n    env_file: a.env\n', 'a.env': 'A=1\nnot a pair\n', 'a.yaml': 'services: {}\n' })
    await l.load('compose.yaml')
    expect(l.warnings).toEqual(['a.env:2: not a KEY=VALUE line; it is ignored'])
  })

  it('names an include env_file that cannot be read at its line', async () => {
    await expect(loader({ 'c.yaml': 'include:\n  - path: a.yaml\n    env_file: gone.env\n', 'a.yaml': 'services: {}\n' }).load('c.yaml'))
      .rejects.toMatchObject({ file: 'c.yaml', line: 3, column: 15, message: 'include: env_file gone.env: file not found' })
  })

  it('reads a file included twice with different variables once for each', async () => {
    const l = loader({
      'compose.yaml': 'include:\n  - path: svc.yaml\n    env_file: a.env\nservices:\n  main:\n    extends: {file: svc.yaml, service: s}\n',
      'a.env': 'TAG=a\n',
      'svc.yaml': 'services:\n  s:\n    image: "x:${TAG}"\n',
    })
    expect(toPlain(await l.load('compose.yaml'))).toEqual(parse('services:\n  main: {image: "x:${TAG}"}\n  s: {image: "x:a"}\n'))
  })

  it.each(CASES)('$name', async ({ files, expected }) => {
    const l = loader(files, { SUB: 'sub', TAG: '1.2', MEM: '512m' })
    const first = Object.keys(files)[0]
    expect(toPlain(await l.load(first))).toEqual(parse(expected))
  })

  it('warns about an included name that clashes with a local one', async () => {
    const l = loader(CASES[1].files)
    await l.load('compose.yaml')
    expect(l.warnings).toEqual(['compose.yaml: service "web" is defined here and in the included other.yaml; the included one is not used (Compose does not merge them)'])
  })

  it('names a missing file at the line that names it, and a cycle', async () => {
    await expect(loader({ 'c.yaml': 'services:\n  a:\n    extends:\n      file: gone.yaml\n      service: x\n' }).load('c.yaml'))
      .rejects.toMatchObject({ file: 'c.yaml', line: 4, column: 13, message: 'cannot read gone.yaml: file not found (paths in include: and extends.file are relative to c.yaml)' })
    await expect(loader({ 'a.yaml': 'include: [b.yaml]\n', 'b.yaml': 'include: [a.yaml]\n' }).load('a.yaml'))
      .rejects.toMatchObject({ file: 'b.yaml', message: 'a.yaml includes or extends itself through a.yaml → b.yaml → a.yaml' })
    await expect(loader({ 'a.yaml': 'services:\n  w:\n    extends: {file: b.yaml, service: nope}\n', 'b.yaml': 'services: {}\n' }).load('a.yaml'))
      .rejects.toMatchObject({ file: 'a.yaml', line: 3, message: 'extends: service "nope" is not defined in b.yaml' })
  })
})
