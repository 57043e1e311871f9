// The Resources form: CPU, memory and process limits, each edited where the file already writes it (deploy.resources or legacy keys).
import { limitState, readResource, resourceSyntax, toBytes } from '../../../compose/read/settings'
import type { ServiceView } from '../../../compose/types'
import { newResourcePlace, RESOURCE_NAMES, resourceInputProblem, setResourcePlan } from '../../../edits/resources'
import type { ResourceField } from '../../../edits/resources'
import { useActions } from '../../../store/use-app'
import { Callout } from '../../controls/Callout'
import { commitHandlers } from '../../controls/commit-on-leave'
import { InheritedBadge } from '../../controls/InheritedBadge'
import { Panel } from '../../controls/Panel'
import { Subsection } from '../../controls/Subsection'
import { TextField } from '../../controls/TextField'
import { useDraft } from '../../controls/use-draft'

const PLACEHOLDERS: Record<ResourceField, string> = {
  cpus: '0.5',
  cpuShares: '1024',
  cpuset: '0-3',
  memory: '512M',
  memoryReservation: '128M',
  memswap: '1G',
  pids: '100',
}

export function ResourcesPanel({ service }: { service: ServiceView }) {
  const deploy = resourceSyntax(service) === 'deploy'
  const quota = readResource(service, 'cpuQuota')
  return (
    <Panel
      id="resources"
      title="Resources"
      description={
        deploy ? (
          <>
            New limits go under <code className="font-mono">deploy.resources</code>
          </>
        ) : (
          <>
            This service uses the legacy keys (<code className="font-mono">mem_limit</code>, <code className="font-mono">cpus</code>…); edits keep them
          </>
        )
      }
    >
      <Subsection title="CPU">
        <div className="grid grid-cols-2 gap-x-3 gap-y-2">
          <ResourceInput service={service} field="cpus" />
          <ResourceInput service={service} field="cpuShares" />
          <ResourceInput service={service} field="cpuset" />
          <Aside>Shares only weigh CPU time when CPUs are busy; a set pins the container to those CPUs.</Aside>
        </div>
        {quota && (
          <p className="text-[11px] text-slate-500 dark:text-slate-400">
            <code className="font-mono">cpu_quota: {String(quota.raw)}</code> also limits CPU time; edit it in the text.
          </p>
        )}
      </Subsection>
      <Subsection title="Memory">
        <div className="grid grid-cols-2 gap-x-3 gap-y-2">
          <ResourceInput service={service} field="memory" />
          <ResourceInput service={service} field="memoryReservation" />
          <ResourceInput service={service} field="memswap" />
          <Aside>Memory plus swap: equal to the memory limit means no swap at all.</Aside>
        </div>
      </Subsection>
      <Subsection title="Processes">
        <div className="grid grid-cols-2 gap-x-3 gap-y-2">
          <ResourceInput service={service} field="pids" />
          <Aside>A fork bomb stops at this many processes and threads instead of filling the host's process table.</Aside>
        </div>
      </Subsection>
      <ResourceAdvice service={service} />
    </Panel>
  )
}

/** A short explanation in the grid cell beside the last field of a group. */
function Aside({ children }: { children: string }) {
  return <p className="self-center text-[11px] leading-snug text-slate-500 dark:text-slate-400">{children}</p>
}

/** Where a setting is (or will be) written, short enough for a hint: `limits.memory`, `mem_limit`. */
function placeText(service: ServiceView, field: ResourceField): string {
  const at = readResource(service, field)?.at ?? newResourcePlace(service, field)
  return at[0] === 'deploy' ? at.slice(2).join('.') : at.join('.')
}

function ResourceInput({ service, field }: { service: ServiceView; field: ResourceField }) {
  const { applyEdit } = useActions()
  const current = readResource(service, field)
  const shown = current ? String(current.raw) : ''
  const [draft, setDraft] = useDraft(shown)
  const dirty = draft.trim() !== shown
  const problem = dirty ? resourceInputProblem(field, draft) : null

  const commit = () => {
    if (!dirty || problem) return
    // A refused edit (an inherited value cannot be removed) says why in the notice; the field shows the document again.
    if (!applyEdit((file) => setResourcePlan(file, service.name, { field, value: draft }))) setDraft(shown)
  }

  return (
    <form className="min-w-0 space-y-1" {...commitHandlers(commit)}>
      <TextField label={RESOURCE_NAMES[field]} value={draft} onChange={setDraft} placeholder={PLACEHOLDERS[field]} hint={placeText(service, field)} error={problem ?? undefined} mono />
      <InheritedBadge located={current?.located} />
    </form>
  )
}

/** Advice from the document's values: missing limits and values that contradict each other. */
function ResourceAdvice({ service }: { service: ServiceView }) {
  const missing = [
    limitState(readResource(service, 'cpus')) === 'unset' && limitState(readResource(service, 'cpuQuota')) === 'unset' && 'CPU',
    limitState(readResource(service, 'memory')) === 'unset' && 'memory',
    limitState(readResource(service, 'pids'), { unlimited: [-1] }) === 'unset' && 'PIDs',
  ].filter((x): x is string => typeof x === 'string')
  const memory = bytes(service, 'memory')
  const swap = bytes(service, 'memswap')
  const reservation = bytes(service, 'memoryReservation')
  const shares = readResource(service, 'cpuShares')
  return (
    <>
      {missing.length > 0 && (
        <Callout tone="warning" role="status">
          <strong>No {list(missing)} limit.</strong> One container can starve the host and every other service on it.
          {missing.includes('CPU') && shares ? ' CPU shares are only a relative weight under contention, not a limit.' : ''}
        </Callout>
      )}
      {memory !== undefined && swap !== undefined && swap > 0 && swap < memory && (
        <Callout tone="error" role="status">
          The memory + swap limit is below the memory limit, so Docker refuses to start the container. It counts memory plus swap: set it to at least the memory limit, or
          -1 for unlimited swap.
        </Callout>
      )}
      {memory !== undefined && reservation !== undefined && reservation > memory && (
        <Callout tone="warning" role="status">
          The memory reservation is above the memory limit; the container can never use what it reserves.
        </Callout>
      )}
    </>
  )
}

function bytes(service: ServiceView, field: ResourceField): number | undefined {
  const v = readResource(service, field)
  const b = v ? toBytes(v.raw) : undefined
  return b?.known ? b.value : undefined
}

const list = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`)
