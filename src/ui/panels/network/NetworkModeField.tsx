// network_mode: the project's networks (no key), bridge, host, none, or another service's or container's network stack.
import { useState } from 'react'
import { readNetworkMode } from '../../../compose/read/settings'
import type { ServiceView } from '../../../compose/types'
import { selectServiceNames } from '../../../store/selectors'
import { networkModeChoice, networkModeProblem, networkModeValue, setNetworkModePlan } from '../../../edits/network'
import type { NetworkModeKind } from '../../../edits/network'
import { useActions, useApp } from '../../../store/use-app'
import { ApplyButton } from '../../controls/ApplyButton'
import { Callout } from '../../controls/Callout'
import { commitHandlers } from '../../controls/commit-on-leave'
import { InheritedBadge } from '../../controls/InheritedBadge'
import { SelectField } from '../../controls/SelectField'
import { TextField } from '../../controls/TextField'
import { useDraft } from '../../controls/use-draft'

const OPTIONS: ReadonlyArray<[NetworkModeKind, string]> = [
  ['default', 'Default: the networks below'],
  ['bridge', 'bridge'],
  ['host', 'host'],
  ['none', 'none'],
  ['service', 'service: share another service’s network'],
  ['container', 'container: share a container’s network'],
  ['other', 'Other value…'],
]

const HINTS: Record<NetworkModeKind, string> = {
  default: 'The service joins the project networks listed below (the default network when none are listed).',
  bridge: 'Docker’s default bridge, outside the project networks: other services cannot reach it by name.',
  host: 'The host’s own network stack.',
  none: 'A loopback interface only.',
  service: 'The same network stack as another service: same interfaces, address and ports.',
  container: 'The same network stack as a running container: same interfaces, address and ports.',
  other: 'A value compose passes to Docker as written (for example a variable).',
}

const needsTarget = (kind: NetworkModeKind) => kind === 'service' || kind === 'container' || kind === 'other'

export function NetworkModeField({ service }: { service: ServiceView }) {
  const { applyEdit } = useActions()
  const names = useApp(selectServiceNames)
  const current = readNetworkMode(service)
  const raw = service.data.network_mode
  // A variable without default reads as unknown: show it as written.
  const choice = raw !== undefined && current.value === undefined ? { kind: 'other' as const, target: String(raw) } : networkModeChoice(current.value)
  const [pending, setPending] = useState<NetworkModeKind | null>(null)
  const kind = pending ?? choice.kind
  const [target, setTarget] = useDraft(kind === choice.kind ? choice.target : '')
  const listsNetworks = service.data.networks !== undefined
  const others = names.filter((n) => n !== service.name)

  const commit = (k: NetworkModeKind, t: string) => {
    if (applyEdit((file) => setNetworkModePlan(file, service.name, networkModeValue(k, t)))) setPending(null)
  }
  const choose = (value: string) => {
    const k = value as NetworkModeKind
    if (needsTarget(k) && k !== choice.kind) setPending(k)
    else commit(k, k === choice.kind ? choice.target : '')
  }
  const dirty = needsTarget(kind) && (kind !== choice.kind || target.trim() !== choice.target)
  const problem = dirty ? networkModeProblem(kind, target) : null

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-2">
        <SelectField
          label="Network mode"
          value={kind}
          onChange={choose}
          className="min-w-0 flex-1"
          hint={listsNetworks && choice.kind === 'default' ? 'Compose takes a network mode or networks, not both: leave the networks below to pick a mode.' : HINTS[kind]}
        >
          {OPTIONS.map(([k, text]) => (
            <option key={k} value={k} disabled={listsNetworks && k !== 'default' && k !== choice.kind}>
              {text}
            </option>
          ))}
        </SelectField>
        <InheritedBadge located={current.located} />
      </div>
      {kind === 'service' && (
        <SelectField label="Service to share the network of" value={choice.kind === 'service' ? choice.target : ''} onChange={(v) => v && commit('service', v)} mono>
          <option value="">Choose a service…</option>
          {others.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
          {choice.kind === 'service' && !others.includes(choice.target) && <option value={choice.target}>{choice.target} (not in this file)</option>}
        </SelectField>
      )}
      {(kind === 'container' || kind === 'other') && (
        <form className="flex items-start gap-2" {...commitHandlers(() => dirty && !problem && commit(kind, target))}>
          <TextField
            className="min-w-0 flex-1"
            label={kind === 'container' ? 'Container name or ID' : 'Network mode value'}
            value={target}
            onChange={setTarget}
            placeholder={kind === 'container' ? 'vpn-gateway' : '${NETWORK_MODE}'}
            error={problem ?? undefined}
            mono
          />
          <ApplyButton dirty={dirty} invalid={problem !== null} className="mt-5 h-[2.125rem]">
            Apply<span className="sr-only"> network mode</span>
          </ApplyButton>
        </form>
      )}
      <NetworkModeWarning kind={choice.kind} target={choice.target} />
    </div>
  )
}

function NetworkModeWarning({ kind, target }: { kind: NetworkModeKind; target: string }) {
  if (kind === 'host')
    return (
      <Callout tone="warning" role="status">
        <strong>Host network.</strong> The container uses the host’s network stack directly: every port it opens listens on the host’s
        interfaces, published-port settings and network isolation no longer apply, and it can reach services the host keeps on
        localhost. Use the project networks and publish only the ports you need.
      </Callout>
    )
  if (kind === 'none')
    return (
      <Callout tone="info">
        <strong>No network.</strong> The container has only a loopback interface: nothing can reach it and it can reach nothing. Right
        for jobs that need no network; published ports have no effect.
      </Callout>
    )
  if ((kind === 'service' || kind === 'container') && target)
    return (
      <Callout tone="info">
        Shares the network stack of <code className="font-mono">{target}</code>: whatever reaches {target} reaches this container, on
        the same ports.
      </Callout>
    )
  return null
}
