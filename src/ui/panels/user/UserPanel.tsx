// The User form: `user: uid[:gid]`, with a warning while the service would run as root.
import { formatUser, isRootUser, readUser } from '../../../compose/read/settings'
import type { UserSetting } from '../../../compose/read/settings'
import type { ServiceView } from '../../../compose/types'
import { setUserPlan, userInputProblem } from '../../../edits/user'
import { useActions } from '../../../store/use-app'
import { ApplyButton } from '../../controls/ApplyButton'
import { Callout } from '../../controls/Callout'
import { commitHandlers } from '../../controls/commit-on-leave'
import { InheritedBadge } from '../../controls/InheritedBadge'
import { Panel } from '../../controls/Panel'
import { buttonClass } from '../../controls/styles'
import { TextField } from '../../controls/TextField'
import { useDraft } from '../../controls/use-draft'

export function UserPanel({ service }: { service: ServiceView }) {
  const { applyEdit } = useActions()
  const setUser = (u: string, g: string) => applyEdit((f) => setUserPlan(f, service.name, { user: u, group: g }))
  const current = readUser(service)
  const [user, setUserDraft] = useDraft(current.unknown ? (current.raw ?? '') : (current.user ?? ''))
  const [group, setGroupDraft] = useDraft(current.unknown ? '' : (current.group ?? ''))
  const dirty = formatUser(user, group) !== (current.raw ?? '')
  const problem = dirty ? userInputProblem(user, group) : null

  const commit = () => {
    if (dirty && !problem) setUser(user, group)
  }

  return (
    <Panel
      id="user"
      title="User"
      description={<code className="font-mono">user: uid[:gid]</code>}
      aside={<InheritedBadge located={current.located} />}
    >
      <form className="space-y-3" {...commitHandlers(commit)}>
        <div className="grid grid-cols-2 gap-3">
          <TextField label="User" value={user} onChange={setUserDraft} placeholder="1000" mono error={problem ?? undefined} />
          <TextField label="Group" value={group} onChange={setGroupDraft} placeholder="1000" mono />
        </div>
        <div className="flex justify-end">
          <ApplyButton dirty={dirty} invalid={problem !== null}>
            Apply user
          </ApplyButton>
        </div>
      </form>
      <UserWarning setting={current} onUseNonRoot={() => setUser('1000', '1000')} />
    </Panel>
  )
}

function UserWarning({ setting, onUseNonRoot }: { setting: UserSetting; onUseNonRoot(): void }) {
  if (setting.unknown)
    return <Callout tone="info">The user comes from an environment variable; make sure it never resolves to root.</Callout>
  const root = isRootUser(setting)
  if (setting.user && !root) return null
  return (
    <Callout tone="warning" role="status">
      {root ? (
        <p>
          <strong>Runs as root.</strong> A process that escapes the container keeps root's power on the host. Use a non-root ID such as
          1000:1000.
        </p>
      ) : (
        <p>
          <strong>No user set.</strong> The container runs as the image's default user, which is often root. Set a non-root user such as
          1000:1000.
        </p>
      )}
      <button type="button" className={`${buttonClass} mt-2`} onClick={onUseNonRoot}>
        Use 1000:1000
      </button>
    </Callout>
  )
}
