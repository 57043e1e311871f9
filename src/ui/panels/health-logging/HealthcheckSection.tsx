// The health check: a template when there is none; else the test (shell or exec form), its timing, and disabling it.
import type { ServiceView } from '../../../compose/types'
import {
  healthcheckInputProblems,
  healthcheckTemplatePlan,
  healthcheckTemplateTest,
  joinArgs,
  readHealthcheckForm,
  setHealthcheckDisabledPlan,
  splitArgs,
  updateHealthcheckPlan,
} from '../../../edits/health-logging'
import type { EditBuilder } from '../../../edits/edit-result'
import type { HealthcheckInput, TestKind } from '../../../edits/health-logging'
import { useActions } from '../../../store/use-app'
import { ApplyButton } from '../../controls/ApplyButton'
import { Callout } from '../../controls/Callout'
import { commitHandlers } from '../../controls/commit-on-leave'
import { InheritedBadge } from '../../controls/InheritedBadge'
import { Segmented } from '../../controls/Segmented'
import { buttonClass } from '../../controls/styles'
import { Subsection } from '../../controls/Subsection'
import { Switch } from '../../controls/Switch'
import { TextField } from '../../controls/TextField'
import { useDraft } from '../../controls/use-draft'

const TEST_FORMS = [
  { value: 'CMD-SHELL', label: 'Shell (CMD-SHELL)' },
  { value: 'CMD', label: 'Exec (CMD)' },
] as const

/** Which probe the template writes, when the image's documentation gives one (else it is an HTTP probe to adapt). */
function TemplateSource({ service }: { service: ServiceView }) {
  const template = healthcheckTemplateTest(service)
  if (!template.source) return null
  return (
    <p className="mt-1">
      The template runs the image's own probe, <code className="font-mono">{joinArgs(template.test.slice(1))}</code>. {template.note}{' '}
      (source:{' '}
      <a href={template.source} target="_blank" rel="noreferrer noopener" className="break-all underline hover:no-underline">
        {template.source}
      </a>
      )
    </p>
  )
}

export function HealthcheckSection({ service }: { service: ServiceView }) {
  const { applyEdit } = useActions()
  const form = readHealthcheckForm(service)
  const edit = (build: EditBuilder) => applyEdit(build)
  return (
    <Subsection title="Health check" badge={<InheritedBadge located={form.located} />} action={<code className="font-mono text-[11px] text-slate-500 dark:text-slate-400">healthcheck</code>}>
      {form.state === 'absent' ? (
        <Callout tone="warning">
          <p>
            <strong>No health check.</strong> Unless the image defines one, Docker cannot tell a hung service from a healthy one, and{' '}
            <code className="font-mono">service_healthy</code> dependencies cannot wait for it.
          </p>
          <TemplateSource service={service} />
          <button type="button" className={`${buttonClass} mt-2`} onClick={() => edit((f) => healthcheckTemplatePlan(f, service.name))}>
            Use a template
          </button>
        </Callout>
      ) : (
        <>
          {form.state === 'enabled' && <HealthcheckFields input={form.input} service={service.name} edit={edit} />}
          <Switch
            label="Disable health check"
            checked={form.state === 'disabled'}
            onChange={(off) => edit((f) => setHealthcheckDisabledPlan(f, service.name, off))}
            hint={
              form.state === 'disabled'
                ? 'Also turns off any HEALTHCHECK of the image. Turning this off brings back a test to adapt.'
                : 'Disabling removes the test: compose refuses a test beside disable: true.'
            }
          />
          {form.state === 'disabled' && (
            <Callout tone="warning">
              <strong>Health check disabled.</strong> Docker reports no health for this service, so a hung process goes unnoticed.
            </Callout>
          )}
        </>
      )}
    </Subsection>
  )
}

interface FieldsProps {
  input: HealthcheckInput
  service: string
  edit(build: EditBuilder): boolean
}

function HealthcheckFields({ input, service, edit }: FieldsProps) {
  const [kind, setKind] = useDraft(input.kind)
  const [command, setCommand] = useDraft(input.command)
  const [interval, setIntervalDraft] = useDraft(input.interval)
  const [timeout, setTimeoutDraft] = useDraft(input.timeout)
  const [retries, setRetries] = useDraft(input.retries)
  const [startPeriod, setStartPeriod] = useDraft(input.startPeriod)
  const draft: HealthcheckInput = { kind: kind as TestKind, command, interval, timeout, retries, startPeriod }
  const dirty = (Object.keys(draft) as (keyof HealthcheckInput)[]).some((k) => draft[k].trim() !== input[k].trim())
  const problems = dirty ? healthcheckInputProblems(draft) : {}
  const words = kind === 'CMD' ? splitArgs(command) : null

  const commit = (next: HealthcheckInput = draft) => {
    if (Object.keys(healthcheckInputProblems(next)).length === 0) edit((f) => updateHealthcheckPlan(f, service, next))
  }

  return (
    <form aria-label="Health check test and timing" className="space-y-2" {...commitHandlers(() => dirty && commit())}>
      <Segmented
        label="Test form"
        options={TEST_FORMS}
        value={kind as TestKind}
        onChange={(k) => {
          setKind(k)
          commit({ ...draft, kind: k })
        }}
      />
      <TextField
        label="Test command"
        value={command}
        onChange={setCommand}
        placeholder={kind === 'CMD' ? 'curl -f http://127.0.0.1/health' : 'pg_isready -U postgres'}
        error={problems.command}
        hint={kind === 'CMD' ? 'Runs without a shell: each word below is one argument.' : "Runs with the container's /bin/sh -c."}
        mono
      />
      {Array.isArray(words) && words.length > 0 && (
        <ol aria-label="Arguments" className="flex flex-wrap gap-1">
          {words.map((w, i) => (
            <li key={i} className="rounded bg-slate-200/70 px-1.5 py-0.5 font-mono text-[11px] text-slate-700 dark:bg-slate-700/70 dark:text-slate-200">
              {w === '' ? '""' : w}
            </li>
          ))}
        </ol>
      )}
      <div className="grid grid-cols-4 gap-2">
        <TextField label="Interval" value={interval} onChange={setIntervalDraft} placeholder="30s" error={problems.interval} mono />
        <TextField label="Timeout" value={timeout} onChange={setTimeoutDraft} placeholder="30s" error={problems.timeout} mono />
        <TextField label="Retries" value={retries} onChange={setRetries} placeholder="3" error={problems.retries} mono />
        <TextField label="Start period" value={startPeriod} onChange={setStartPeriod} placeholder="0s" error={problems.startPeriod} mono />
      </div>
      <div className="flex justify-end">
        <ApplyButton dirty={dirty} invalid={Object.keys(problems).length > 0}>
          Apply health check
        </ApplyButton>
      </div>
    </form>
  )
}
