// require-image-pinning: an unpinned image is whatever the registry serves at pull time.
import { readImage } from '../../compose/read/settings'
import { defineRule } from '../define-rule'

export default defineRule({
  id: 'require-image-pinning',
  title: 'Pin image versions',
  description:
    'An image without a tag, or tagged `latest`, is whatever the registry serves at the moment of the pull: ' +
    'two hosts can run different code from the same file, a compromised or hijacked upstream reaches you on the ' +
    'next pull, and a rollback has nothing to roll back to. A version tag makes deployments repeatable; a digest ' +
    '(`image@sha256:…`) pins the exact content and is the strongest form. A service that builds its image (`build:`) ' +
    'is not concerned: pin the base image in its Dockerfile.',
  severity: 'low',
  checklist: [],
  references: ['CIS Docker Benchmark 5.28', 'https://docs.docker.com/reference/compose-file/services/#image'],
  fix: 'none',
  panel: null,
  howToFix: 'Write the version you run (`postgres:16.4-alpine`), or a digest (`postgres@sha256:…`) for the exact content, and update it on purpose.',
  messages: {
    noTag: 'Image {{image}} has no tag, so it means {{image}}:latest, whatever the registry serves when it is pulled; pin a version or a digest.',
    latest: 'Image {{image}} uses the moving tag latest; pin a version or a digest.',
  },
  checkService({ service, report }) {
    const image = readImage(service)
    if (!image || image.unknown || image.digest || image.name.trim() === '') return
    // The image key of a built service names the build's result, not something pulled.
    if (service.data.build !== undefined && service.data.build !== null) return
    if (image.tag === undefined || image.tag === '') report({ messageId: 'noTag', at: ['image'], data: { image: image.name } })
    else if (image.tag.toLowerCase() === 'latest') report({ messageId: 'latest', at: ['image'], data: { image: image.raw } })
  },
})
