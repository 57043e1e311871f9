// Logging: the driver, and for json-file / local the rotation (max-size, max-file) that keeps logs from filling the disk.
import type { ServiceView } from '../../../compose/types'
import { LOG_DRIVERS, loggingInputProblems, readLoggingForm, recommendedLoggingPlan, rotates, setLoggingPlan } from '../../../edits/health-logging'
import type { LoggingInput } from '../../../edits/health-logging'
import { useActions } from '../../../store/use-app'
import { Callout } from '../../controls/Callout'
import { commitHandlers } from '../../controls/commit-on-leave'
import { InheritedBadge } from '../../controls/InheritedBadge'
import { SelectField } from '../../controls/SelectField'
import { buttonClass } from '../../controls/styles'
import { Subsection } from '../../controls/Subsection'
import { TextField } from '../../controls/TextField'
import { useDraft } from '../../controls/use-draft'

export function LoggingSection({ service }: { service: ServiceView }) {
  const { applyEdit } = useActions()
  const form = readLoggingForm(service)
  const current = form.input
  const [maxSize, setMaxSize] = useDraft(current.maxSize)
  const [maxFile, setMaxFile] = useDraft(current.maxFile)
  const draft: LoggingInput = { driver: current.driver, maxSize, maxFile }
  const dirty = maxSize.trim() !== current.maxSize || maxFile.trim() !== current.maxFile
  const problems = dirty ? loggingInputProblems(draft) : {}
  const drivers: readonly string[] = LOG_DRIVERS.includes(current.driver as never) || !current.driver ? LOG_DRIVERS : [...LOG_DRIVERS, current.driver]

  const save = (input: LoggingInput) => applyEdit((file) => setLoggingPlan(file, service.name, input))
  const recommend = () => applyEdit((file) => recommendedLoggingPlan(file, service.name))
  const unbounded = rotates(current.driver) && !current.maxSize

  return (
    <Subsection title="Logging" badge={<InheritedBadge located={form.located} />} action={<code className="font-mono text-[11px] text-slate-500 dark:text-slate-400">logging</code>}>
      <form aria-label="Logging driver and rotation" className="grid grid-cols-[minmax(0,1fr)_5.5rem_5.5rem] items-start gap-2" {...commitHandlers(() => dirty && save(draft))}>
        <SelectField label="Log driver" value={current.driver} onChange={(driver) => save({ ...draft, driver })} mono>
          <option value="">daemon default</option>
          {drivers.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </SelectField>
        {rotates(current.driver) && (
          <>
            <TextField label="Max size" value={maxSize} onChange={setMaxSize} placeholder="10m" error={problems.maxSize} mono />
            <TextField label="Max files" value={maxFile} onChange={setMaxFile} placeholder="3" error={problems.maxFile} mono />
          </>
        )}
        <button type="submit" hidden tabIndex={-1} aria-label="Apply logging" />
      </form>
      {unbounded && (
        <Callout tone="warning">
          <p>
            <strong>Logs grow without limit.</strong> {form.present ? 'Without max-size' : 'With no logging settings'}, the log file of a chatty
            or attacked service can fill the host's disk.
          </p>
          <button type="button" className={`${buttonClass} mt-2`} onClick={recommend}>
            Rotate at 10m, keep 3
          </button>
        </Callout>
      )}
      {current.driver === 'none' && (
        <Callout tone="warning">
          <strong>No logs are kept.</strong> <code className="font-mono">docker logs</code> shows nothing, and an incident leaves no trace.
        </Callout>
      )}
      {!rotates(current.driver) && current.driver !== 'none' && (
        <p className="text-xs text-slate-500 dark:text-slate-400">
          The <code className="font-mono">{current.driver}</code> driver keeps or ships the logs; set their rotation and retention there.
        </p>
      )}
    </Subsection>
  )
}
