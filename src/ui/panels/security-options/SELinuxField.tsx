// SELinux: Docker's default labels, label options of your own (one `label:` item each), or labelling disabled (flagged).
import type { ServiceView } from '../../../compose/types'
import { readSELinux } from '../../../compose/read/settings'
import type { SELinuxMode } from '../../../compose/read/settings'
import { parseLabelOptions, setSELinuxPlan } from '../../../edits/security-opt'
import { Callout } from '../../controls/Callout'
import { SecurityOptionsChoice } from './SecurityOptionsChoice'

const OPTIONS = [
  { value: 'none', label: 'Default' },
  { value: 'options', label: 'Label options' },
  { value: 'disable', label: 'Disable', danger: true },
] as const

const NOTES = {
  none: 'On hosts with SELinux enforcing (Fedora, RHEL) Docker runs the container as container_t with its own MCS category.',
  disable: (
    <Callout tone="error">
      <strong>SELinux separation is off.</strong> label:disable runs the container without SELinux confinement: nothing keeps it away
      from the files of the host and of other containers. Remove it, or set the label the workload needs.
    </Callout>
  ),
}

const labelProblem = (text: string) => {
  const parsed = parseLabelOptions(text)
  return typeof parsed === 'string' ? parsed : null
}

export function SELinuxField({ service }: { service: ServiceView }) {
  return (
    <SecurityOptionsChoice<SELinuxMode>
      service={service}
      title="SELinux"
      syntax="label:…"
      groupLabel="SELinux label"
      options={OPTIONS}
      current={readSELinux(service)}
      valueMode="options"
      field={{ label: 'SELinux label options', placeholder: 'type:container_t', hint: 'user:…, role:…, type:… or level:…, separated by spaces; each becomes its own label item.' }}
      problem={labelProblem}
      build={setSELinuxPlan}
      notes={NOTES}
    />
  )
}
