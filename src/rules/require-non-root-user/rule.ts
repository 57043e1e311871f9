// require-non-root-user: a container that runs as root turns any escape or writable host mount into host root.
import { isRootUser, readUser } from '../../compose/read/settings'
import { setUserPlan } from '../../edits/user'
import { defineRule, planOrNull } from '../define-rule'

/** The user the fix sets: an unprivileged uid and gid that most images leave free. */
export const NON_ROOT_USER = { user: '1000', group: '1000' }

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
  fixLabel: 'Run as `1000:1000`',
  howToFix: 'Set `user:` to the user the image documents (`postgres`, `node`, `nginx`\'s unprivileged variant) or to a numeric `uid:gid`, and make sure mounted volumes are owned by it.',
  fixDescription: 'Sets `user: "1000:1000"`; the image\'s files and the mounted volumes must be usable by that UID and GID.',
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
    // The User form with 1000 and 1000 typed in.
    return service ? planOrNull(setUserPlan(file, service.name, NON_ROOT_USER)) : null
  },
})
