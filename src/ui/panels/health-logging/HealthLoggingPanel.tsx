// The Health & logging form: the health check, the log driver and its rotation, and the restart policy.
import type { ServiceView } from '../../../compose/types'
import { readRestart, RESTART_POLICIES } from '../../../compose/read/settings'
import type { RestartPolicy } from '../../../compose/read/settings'
import { setRestartPlan } from '../../../edits/health-logging'
import { useActions } from '../../../store/use-app'
import { commitHandlers } from '../../controls/commit-on-leave'
import { InheritedBadge } from '../../controls/InheritedBadge'
import { Panel } from '../../controls/Panel'
import { Segmented } from '../../controls/Segmented'
import { Subsection } from '../../controls/Subsection'
import { TextField } from '../../controls/TextField'
import { HealthcheckSection } from './HealthcheckSection'
import { LoggingSection } from './LoggingSection'
import { useDraft } from '../../controls/use-draft'

export function HealthLoggingPanel({ service }: { service: ServiceView }) {
  return (
    <Panel id="health-logging" title="Health & logging" description={<code className="font-mono">healthcheck · logging · restart</code>}>
      <HealthcheckSection service={service} />
      <LoggingSection service={service} />
      <RestartField service={service} />
    </Panel>
  )
}

const POLICY_OPTIONS = RESTART_POLICIES.map((value) => ({ value, label: value, mono: true }))

const POLICY_NOTES: Record<RestartPolicy, string> = {
  no: 'Never restarted: a crash leaves the service down.',
  always: 'Restarted whenever it stops, and after the Docker daemon restarts, even if you stopped it yourself.',
  'on-failure': 'Restarted when it exits with an error. A limit stops a crash loop.',
  'unless-stopped': 'Restarted whenever it stops, unless you stopped it yourself.',
}

const isPolicy = (p: string | undefined): p is RestartPolicy => (RESTART_POLICIES as readonly string[]).includes(p ?? '')

function RestartField({ service }: { service: ServiceView }) {
  const { applyEdit } = useActions()
  const current = readRestart(service)
  const [retries, setRetries] = useDraft(current.maxRetries)
  const policy = isPolicy(current.policy) ? current.policy : null
  const set = (p: RestartPolicy, n = '') => applyEdit((file) => setRestartPlan(file, service.name, { policy: p, maxRetries: n }))
  const retriesProblem = retries.trim() && !/^\d+$/.test(retries.trim()) ? 'Write a whole number, for example 5.' : undefined
  const note =
    current.policy === undefined
      ? 'Not set: Docker never restarts the service (no).'
      : policy
        ? POLICY_NOTES[policy]
        : `Set to ${current.policy} in the text.`

  return (
    <Subsection title="Restart policy" badge={<InheritedBadge located={current.located} />} action={<code className="font-mono text-[11px] text-slate-500 dark:text-slate-400">restart</code>}>
      <Segmented label="Restart policy" fit options={POLICY_OPTIONS} value={policy} onChange={(p) => set(p, p === 'on-failure' ? current.maxRetries : '')} />
      {policy === 'on-failure' && (
        <form aria-label="On-failure retries" className="w-40" {...commitHandlers(() => retries.trim() !== current.maxRetries && !retriesProblem && set('on-failure', retries))}>
          <TextField label="Max retries" value={retries} onChange={setRetries} placeholder="unlimited" error={retriesProblem} mono />
        </form>
      )}
      <p className="text-xs text-slate-500 dark:text-slate-400">{note}</p>
    </Subsection>
  )
}
