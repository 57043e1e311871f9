// Table tests of the override merge. Each expected result was checked against the Compose Specification,
// "Merge and override" (compose-spec 13-merge.md; docs.docker.com/reference/compose-file/merge/): the section is named
// in each case. Where the spec says nothing (environment as a mapping, networks, logging drivers, ulimits), the case
// follows compose-go's override/merge.go, which `docker compose` runs, and says so.
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { parseCompose } from '../read/parse'
import { mergeModels, mergeService, settle } from './merge'
import { modelOf, toPlain } from './model'
import type { MNode } from './model'

const model = (text: string, name = 'x.yaml'): MNode => modelOf(parseCompose(text), name)
const merged = (...texts: string[]) => toPlain(texts.map((t, i) => model(t, `f${i}.yaml`)).reduce((a, b) => mergeModels(a, b)))

const CASES: Array<{ name: string; section: string; files: string[]; expected: string }> = [
  {
    name: 'mappings are merged key by key, the later value wins', section: 'Mapping',
    files: ['services:\n  foo:\n    key1: value1\n    key2: value2\n', 'services:\n  foo:\n    key2: VALUE\n    key3: value3\n'],
    expected: 'services:\n  foo:\n    key1: value1\n    key2: VALUE\n    key3: value3\n',
  },
  {
    name: 'sequences are appended', section: 'Sequence',
    files: ['services:\n  foo:\n    dns:\n      - 1.1.1.1\n', 'services:\n  foo:\n    dns:\n      - 8.8.8.8\n'],
    expected: 'services:\n  foo:\n    dns: [1.1.1.1, 8.8.8.8]\n',
  },
  {
    name: 'command is replaced, not appended', section: 'Exceptions > Shell commands',
    files: ['services:\n  foo:\n    command: ["echo", "foo"]\n', 'services:\n  foo:\n    command: ["echo", "bar"]\n'],
    expected: 'services:\n  foo:\n    command: ["echo", "bar"]\n',
  },
  {
    name: 'entrypoint and healthcheck.test are replaced', section: 'Exceptions > Shell commands',
    files: [
      'services:\n  foo:\n    entrypoint: [a, b]\n    healthcheck:\n      test: [CMD, a]\n      interval: 5s\n',
      'services:\n  foo:\n    entrypoint: [c]\n    healthcheck:\n      test: [CMD, b]\n',
    ],
    expected: 'services:\n  foo:\n    entrypoint: [c]\n    healthcheck:\n      test: [CMD, b]\n      interval: 5s\n',
  },
  {
    name: 'volumes with the same target: the later one replaces it', section: 'Exceptions > Unique resources',
    files: ['services:\n  foo:\n    volumes:\n      - foo:/work\n', 'services:\n  foo:\n    volumes:\n      - bar:/work\n'],
    expected: 'services:\n  foo:\n    volumes:\n      - bar:/work\n',
  },
  {
    name: 'volumes: long and short syntax share the target key; other targets are appended', section: 'Exceptions > Unique resources',
    files: [
      'services:\n  foo:\n    volumes:\n      - ./data:/data\n      - logs:/logs\n',
      'services:\n  foo:\n    volumes:\n      - type: volume\n        source: data\n        target: /data\n        read_only: true\n      - /tmp:/tmp\n',
    ],
    expected: 'services:\n  foo:\n    volumes:\n      - {type: volume, source: data, target: /data, read_only: true}\n      - logs:/logs\n      - /tmp:/tmp\n',
  },
  {
    name: 'ports: the same {ip, target, published, protocol} is one port; a different one is appended', section: 'Exceptions > Unique resources',
    files: ['services:\n  foo:\n    ports:\n      - "8080:80"\n      - "127.0.0.1:9000:9000"\n', 'services:\n  foo:\n    ports:\n      - "8080:80"\n      - "8443:443"\n'],
    expected: 'services:\n  foo:\n    ports: ["8080:80", "127.0.0.1:9000:9000", "8443:443"]\n',
  },
  {
    name: 'secrets by target', section: 'Exceptions > Unique resources',
    files: ['services:\n  foo:\n    secrets:\n      - db\n', 'services:\n  foo:\n    secrets:\n      - source: db\n        mode: 0400\n      - api\n'],
    expected: 'services:\n  foo:\n    secrets:\n      - {source: db, mode: 0400}\n      - api\n',
  },
  {
    // The spec shows `app: {image: myapp}`: an environment left without variables is the same model.
    name: '!reset removes what the base set', section: 'Exceptions > Reset value',
    files: ['services:\n  app:\n    image: myapp\n    ports:\n      - "8080:80"\n    environment:\n      FOO: BAR\n', 'services:\n  app:\n    image: myapp\n    ports: !reset []\n    environment:\n      FOO: !reset null\n'],
    expected: 'services:\n  app:\n    image: myapp\n    environment: {}\n',
  },
  {
    name: '!override replaces a value instead of merging it', section: 'Exceptions > Replace value',
    files: ['services:\n  app:\n    image: myapp\n    ports:\n      - "8080:80"\n', 'services:\n  app:\n    ports: !override\n      - "8443:443"\n'],
    expected: 'services:\n  app:\n    image: myapp\n    ports: ["8443:443"]\n',
  },
  {
    name: 'environment is a mapping whatever its syntax (compose-go: mergeToSequence)', section: 'Mapping (compose-go)',
    files: ['services:\n  app:\n    environment:\n      - A=1\n      - B=2\n', 'services:\n  app:\n    environment:\n      B: "3"\n      C: "4"\n'],
    expected: 'services:\n  app:\n    environment: {A: "1", B: "3", C: "4"}\n',
  },
  {
    name: 'networks: a list and a mapping merge as a mapping (compose-go: mergeNetworks)', section: 'Mapping (compose-go)',
    files: ['services:\n  app:\n    networks: [front]\n', 'services:\n  app:\n    networks:\n      back:\n        aliases: [db]\n'],
    expected: 'services:\n  app:\n    networks:\n      front: null\n      back: {aliases: [db]}\n',
  },
  {
    name: 'logging with another driver replaces the options (compose-go: mergeLogging)', section: 'Mapping (compose-go)',
    files: ['services:\n  app:\n    logging:\n      driver: json-file\n      options: {max-size: 10m}\n', 'services:\n  app:\n    logging:\n      driver: syslog\n'],
    expected: 'services:\n  app:\n    logging: {driver: syslog}\n',
  },
  {
    name: 'new services and top-level keys are added', section: 'Mapping',
    files: ['services:\n  a:\n    image: x\n', 'services:\n  b:\n    image: y\nnetworks:\n  internal:\n    internal: true\n'],
    expected: 'services:\n  a: {image: x}\n  b: {image: y}\nnetworks:\n  internal: {internal: true}\n',
  },
  {
    name: 'an empty attribute in the override adds nothing and erases nothing', section: 'Mapping',
    files: ['services:\n  a:\n    environment:\n      A: "1"\n', 'services:\n  a:\n    environment:\n'],
    expected: 'services:\n  a:\n    environment: {A: "1"}\n',
  },
]

describe('mergeModels (Compose Specification, Merge and override)', () => {
  it.each(CASES)('$section: $name', ({ files, expected }) => {
    expect(merged(...files)).toEqual(parse(expected))
  })

  it('reads anchors and merge keys before merging, and tags in a single file mean nothing to merge', () => {
    const one = model('x-d: &d\n  read_only: true\nservices:\n  a:\n    <<: *d\n    image: x\n    ports: !reset []\n')
    expect(toPlain(settle(one) as MNode)).toEqual({ 'x-d': { read_only: true }, services: { a: { image: 'x', read_only: true } } })
  })

  it('keeps where each value was written: the override wins the value, the base keeps its keys', () => {
    const m = mergeModels(model('services:\n  a:\n    image: x\n    privileged: false\n', 'base.yaml'), model('services:\n  a:\n    privileged: true\n', 'over.yaml'))
    const svc = m.kind === 'map' && m.entries[0].value.kind === 'map' ? m.entries[0].value.entries[0] : undefined
    const a = svc?.value.kind === 'map' ? svc.value.entries : []
    expect(svc?.keyAt.map((s) => s.file)).toEqual(['base.yaml', 'over.yaml'])
    expect(a.find((e) => e.key === 'image')?.value.at).toEqual({ file: 'base.yaml', line: 3, column: 12 })
    expect(a.find((e) => e.key === 'privileged')?.value.at).toEqual({ file: 'over.yaml', line: 3, column: 17 })
  })

  it('merges a service over the service it extends with the same rules', () => {
    const base = model('image: x\nports: ["80:80"]\ncommand: [a]\n')
    const own = model('ports: ["443:443"]\ncommand: [b]\n')
    expect(toPlain(mergeService(base, own))).toEqual({ image: 'x', ports: ['80:80', '443:443'], command: ['b'] })
  })
})
