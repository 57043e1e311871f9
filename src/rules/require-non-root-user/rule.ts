// require-non-root-user: a container that runs as root turns any escape or writable host mount into host root.
import { isRootUser, readUser } from '../../compose/read/settings'
import { imageUserPlan } from '../../edits/user'
import { defineRule, planOrNull } from '../define-rule'

export default defineRule({
  id: 'require-non-root-user',
  title: 'Run as a non-root user',
  description:
    'Without `user`, a container runs as the user its image chooses, which is root for most images. Root in a container is UID 0 on the host kernel: a container escape, a writable bind mount or a kernel bug then acts as host root. Setting a non-root UID (and GID) removes that. A `user` that is an interpolation without default (`${APP_UID}`) cannot be judged and is not reported; one whose default is root (`${APP_UID:-0}`) is.',
  severity: 'high',
  checklist: ['non-root-user'],
  references: ['CIS Docker Benchmark 4.1', 'https://docs.docker.com/reference/compose-file/services/#user'],
  fix: 'unsafe',
  panel: 'user',
  fixLabel: 'Run as the image\'s own user, else `1000:1000`',
  howToFix: 'Set `user:` to the user the image documents (`postgres`, `node`, `nginx`\'s unprivileged variant) or to a numeric `uid:gid`, and make sure mounted volumes are owned by it.',
  fixDescription:
    'Sets `user: "1000:1000"` for an image the image table does not know (the generic fix); the image\'s files and the ' +
    'mounted volumes must be usable by that UID and GID. For an image it knows, sets the user the image\'s documentation ' +
    'says it runs as: `user: postgres` for postgres (uid 999, or 70 on alpine tags), `mysql`, `redis`, `nginx`, …; an ' +
    'image whose root master process runs its workers as that user (nginx, httpd) also gets a size-limited tmpfs for each ' +
    'path it must write as that user (its pid and temporary files) that no mount covers yet.',
  messages: {
    missing: 'No `user` is set: the container runs as its image\'s default user, which is root for most images.',
    empty: '`user` is empty: the image\'s default user (often root) applies.',
    root: '`user: {{value}}` runs the container as root (UID 0); an escape from it is root on the host.',
  },
  checkService({ service, report }) {
    const u = readUser(service)
    if (u.unknown) return
    if (u.raw === undefined) report({ messageId: 'missing', severity: 'medium' })
    else if (u.raw === '') report({ messageId: 'empty', severity: 'medium', at: ['user'] })
    else if (isRootUser(u)) report({ messageId: 'root', at: ['user'], data: { value: u.raw } })
  },
  fixPlan({ file, service }) {
    // The User form with the image's user (or 1000 and 1000) typed in, and the tmpfs rows it needs added.
    return service ? planOrNull(imageUserPlan(file, service.name)) : null
  },
})
